//! How answers that are not success become errors: Zadig's error bodies, proxies' HTML,
//! empty and broken bodies, cut connections.

mod runtime_support;

use reqwest::{Method, StatusCode};
use runtime_support::{TOKEN, builder, client, raw_server, respond};
use serde_json::json;
use tokio::io::AsyncWriteExt;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};
use zadig_api::__private::RawCall;
use zadig_api::ErrorKind;

async fn server_answering(template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(template)
        .mount(&server)
        .await;
    server
}

async fn get_json(server: &MockServer) -> zadig_api::Error {
    RawCall::new("list_workflows", Method::GET, "/openapi/workflows")
        .json(&builder(&server.uri()).max_attempts(1).build().unwrap())
        .await
        .unwrap_err()
}

#[tokio::test]
async fn zadig_error_body_becomes_an_api_error() {
    let server = server_answering(ResponseTemplate::new(404).set_body_json(json!({
        "code": 6894,
        "description": "record not found in collection workflow",
        "extra": {"key": "v"},
        "message": "workflow not found",
        "type": "error"
    })))
    .await;
    let err = get_json(&server).await;
    assert_eq!(err.kind(), ErrorKind::Api);
    assert!(err.is_api() && err.is_not_found());
    assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
    assert_eq!(err.endpoint(), Some("list_workflows"));
    assert_eq!(err.api_code(), Some(6894));
    let body = err.api_error().unwrap();
    assert_eq!(body.message.as_deref(), Some("workflow not found"));
    assert_eq!(
        body.description.as_deref(),
        Some("record not found in collection workflow")
    );
    assert_eq!(body.error_type.as_deref(), Some("error"));
    assert_eq!(body.extra, Some(json!({"key": "v"})));
    assert_eq!(
        err.to_string(),
        "list_workflows: HTTP 404 Not Found: workflow not found (code 6894): record not found in collection workflow"
    );
    assert!(!format!("{err:?}").contains(TOKEN));
}

#[tokio::test]
async fn numeric_message_and_partial_bodies_are_accepted() {
    let server = server_answering(
        ResponseTemplate::new(400).set_body_json(json!({"code": 400, "message": 12345})),
    )
    .await;
    let err = get_json(&server).await;
    assert_eq!(err.api_error().unwrap().message.as_deref(), Some("12345"));
    assert_eq!(
        err.to_string(),
        "list_workflows: HTTP 400 Bad Request: 12345 (code 400)"
    );

    let server = server_answering(
        ResponseTemplate::new(500).set_body_json(json!({"description": "db down", "code": null})),
    )
    .await;
    let err = get_json(&server).await;
    assert_eq!(err.api_code(), None);
    assert_eq!(
        err.to_string(),
        "list_workflows: HTTP 500 Internal Server Error: db down"
    );
}

#[tokio::test]
async fn html_from_a_proxy_gives_a_readable_error_with_a_snippet() {
    let page = format!(
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n{}</body>\r\n</html>\r\n",
        "<!-- padding -->\n".repeat(100)
    );
    // Non-2xx without Zadig's body: an Http error (its own kind, not Decode) keeping the
    // status and the body's start; a 502 is worth retrying.
    let server =
        server_answering(ResponseTemplate::new(502).set_body_raw(page.clone(), "text/html")).await;
    let err = get_json(&server).await;
    assert_eq!(err.kind(), ErrorKind::Http);
    assert!(err.is_retryable());
    assert_eq!(err.status(), Some(StatusCode::BAD_GATEWAY));
    assert!(err.api_error().is_none());
    let snippet = err.body_snippet().unwrap();
    assert!(
        snippet.starts_with("<html> <head><title>502 Bad Gateway</title>"),
        "{snippet}"
    );
    assert!(
        snippet.chars().count() <= 200,
        "{}",
        snippet.chars().count()
    );
    assert!(snippet.ends_with('…'));
    let shown = err.to_string();
    assert!(
        shown.starts_with("list_workflows: HTTP 502 Bad Gateway, not Zadig's error body: <html>"),
        "{shown}"
    );
    assert!(!shown.contains('\n'));

    // 2xx with HTML where JSON is expected: a Decode error naming endpoint and status.
    let server = server_answering(ResponseTemplate::new(200).set_body_raw(page, "text/html")).await;
    let err = get_json(&server).await;
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert_eq!(err.status(), Some(StatusCode::OK));
    assert_eq!(err.endpoint(), Some("list_workflows"));
    assert!(err.body_snippet().unwrap().starts_with("<html> <head>"));
    let shown = err.to_string();
    assert!(
        shown.starts_with("list_workflows: could not decode the response"),
        "{shown}"
    );
    assert!(shown.contains("(HTTP 200 OK); body: <html>"), "{shown}");
    assert!(std::error::Error::source(&err).is_some());
}

#[tokio::test]
async fn empty_and_truncated_json_bodies_are_decode_errors() {
    let server = server_answering(ResponseTemplate::new(200)).await;
    let err = get_json(&server).await;
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert!(err.to_string().contains("empty response body"), "{err}");
    assert_eq!(err.body_snippet(), None);

    let server = server_answering(
        ResponseTemplate::new(200).set_body_raw(r#"{"list": [1, 2"#, "application/json"),
    )
    .await;
    let err = get_json(&server).await;
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert_eq!(err.body_snippet(), Some(r#"{"list": [1, 2"#));

    // Valid JSON of the wrong shape is a Decode error too.
    let server = server_answering(
        ResponseTemplate::new(200).set_body_json(json!({"message": {"nested": true}})),
    )
    .await;
    let err = RawCall::new("update_thing", Method::POST, "/x")
        .message(&client(&server.uri()))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert_eq!(err.endpoint(), Some("update_thing"));
}

#[tokio::test]
async fn connection_closed_mid_body_is_a_transport_error() {
    let (base, count) = raw_server(|_, mut socket| async move {
        let _ = socket
            .write_all(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"list\": [1, 2, ")
            .await;
        let _ = socket.shutdown().await;
    })
    .await;
    let err = RawCall::new("list_workflows", Method::GET, "/x")
        .json(&builder(&base).max_attempts(2).build().unwrap())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport);
    assert!(err.to_string().contains("connection lost"), "{err}");
    assert!(err.to_string().contains("after 2 attempts"), "{err}");
    // A GET is idempotent: the cut was retried.
    assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 2);
}

#[tokio::test]
async fn connection_refused_is_a_transport_error_naming_the_host() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let err = RawCall::new("list_workflows", Method::GET, "/x")
        .json(
            &builder(&format!("http://{address}"))
                .max_attempts(1)
                .build()
                .unwrap(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport);
    assert_eq!(
        err.to_string(),
        format!("list_workflows: could not connect to {address}")
    );
    assert!(std::error::Error::source(&err).is_some());
}

#[tokio::test]
async fn unauthorized_and_forbidden_with_and_without_zadig_body() {
    let (base, _) = raw_server(|request, socket| async move {
        let path = request.request_line().split(' ').nth(1).unwrap_or("").to_owned();
        match path.as_str() {
            "/401-body" => {
                respond(socket, "401 Unauthorized", "application/json",
                    br#"{"code":10000,"message":"Unauthorized","description":"token is invalid","type":"error"}"#).await
            }
            "/401-empty" => respond(socket, "401 Unauthorized", "text/plain", b"").await,
            "/403-body" => {
                respond(socket, "403 Forbidden", "application/json",
                    br#"{"code":6093,"message":"Forbidden","type":"error"}"#).await
            }
            _ => respond(socket, "403 Forbidden", "text/plain", b"403 Forbidden\n").await,
        }
    })
    .await;
    let client = client(&base);
    let err = RawCall::new("e", Method::GET, "/401-body")
        .json(&client)
        .await
        .unwrap_err();
    assert!(err.is_unauthorized());
    assert_eq!(err.status(), Some(StatusCode::UNAUTHORIZED));
    assert_eq!(err.api_code(), Some(10000));
    assert_eq!(
        err.to_string(),
        "e: HTTP 401 Unauthorized: Unauthorized (code 10000): token is invalid"
    );

    let err = RawCall::new("e", Method::GET, "/401-empty")
        .json(&client)
        .await
        .unwrap_err();
    assert!(err.is_unauthorized());
    assert!(err.api_error().is_none());
    assert_eq!(err.body_snippet(), None);
    assert_eq!(err.to_string(), "e: HTTP 401 Unauthorized");

    let err = RawCall::new("e", Method::GET, "/403-body")
        .json(&client)
        .await
        .unwrap_err();
    assert!(err.is_unauthorized());
    assert_eq!(
        err.to_string(),
        "e: HTTP 403 Forbidden: Forbidden (code 6093)"
    );

    let err = RawCall::new("e", Method::GET, "/403-text")
        .json(&client)
        .await
        .unwrap_err();
    // Not Zadig's error body: an Http error (not Decode) that still says what the status was.
    assert_eq!(err.kind(), ErrorKind::Http);
    assert!(err.is_http() && !err.is_api() && !err.is_decode());
    assert!(err.is_unauthorized());
    assert!(!err.is_retryable());
    assert_eq!(err.status(), Some(StatusCode::FORBIDDEN));
    assert_eq!(
        err.to_string(),
        "e: HTTP 403 Forbidden, not Zadig's error body: 403 Forbidden"
    );
    let all = format!("{err} {err:?}");
    assert!(!all.contains(TOKEN));
}

#[tokio::test]
async fn a_huge_error_body_is_read_only_in_part() {
    let server = server_answering(
        ResponseTemplate::new(500).set_body_raw("x".repeat(10 << 20), "text/plain"),
    )
    .await;
    let err = get_json(&server).await;
    assert_eq!(err.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert!(err.body_snippet().unwrap().len() <= 210);
}
