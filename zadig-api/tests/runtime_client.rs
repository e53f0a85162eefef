//! Client settings and request building: base URL, headers, path and query encoding, bodies,
//! and that the token never shows.

mod runtime_support;

use std::time::Duration;

use reqwest::Method;
use runtime_support::{TOKEN, client, raw_server, respond};
use serde_json::json;
use wiremock::matchers::{header, method};
use wiremock::{Mock, MockServer, ResponseTemplate};
use zadig_api::__private::RawCall;
use zadig_api::{Client, ErrorKind};

#[test]
fn base_url_must_be_http_or_https() {
    let err = Client::new("ftp://zadig.example.com", TOKEN).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert!(err.to_string().contains("`ftp`"), "{err}");

    let err = Client::new("zadig.example.com", TOKEN).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert!(err.to_string().starts_with("invalid base URL"), "{err}");

    let err = Client::new("https://user:pw@zadig.example.com", TOKEN).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert!(!format!("{err} {err:?}").contains("pw@"));

    assert!(Client::new("https://zadig.example.com", "").is_err());
    assert!(Client::new("https://zadig.example.com", "bad\ntoken").is_err());
    let err = Client::builder().token(TOKEN).build().unwrap_err();
    assert!(err.to_string().contains("base URL"), "{err}");
    let err = Client::builder()
        .base_url("https://zadig.example.com")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("token"), "{err}");

    let client = Client::new("https://zadig.example.com/zadig/", TOKEN).unwrap();
    assert_eq!(
        client.base_url().as_str(),
        "https://zadig.example.com/zadig/"
    );
}

#[test]
fn debug_output_never_shows_the_token() {
    let builder = Client::builder()
        .base_url("https://zadig.example.com")
        .token(TOKEN)
        .timeout(Duration::from_secs(3));
    let client = builder.clone().build().unwrap();
    let shown = format!("{builder:?} {builder:#?} {client:?} {client:#?}");
    assert!(!shown.contains(TOKEN), "{shown}");
    assert!(shown.contains("<redacted>"), "{shown}");
    assert!(shown.contains("zadig.example.com"), "{shown}");

    #[cfg(feature = "blocking")]
    {
        let blocking =
            zadig_api::blocking::Client::new("https://zadig.example.com", TOKEN).unwrap();
        let shown = format!(
            "{blocking:?} {:?}",
            zadig_api::blocking::Client::builder().token(TOKEN)
        );
        assert!(!shown.contains(TOKEN), "{shown}");
    }

    let err = Client::new("https://zadig.example.com", format!("{TOKEN}\n")).unwrap_err();
    assert!(!format!("{err} {err:?}").contains(TOKEN));
}

#[tokio::test]
async fn sends_bearer_token_accept_and_user_agent() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .and(header("accept", "application/json"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .mount(&server)
        .await;
    let value = RawCall::new("get_thing", Method::GET, "/openapi/thing")
        .json(&client(&server.uri()))
        .await
        .unwrap();
    assert_eq!(value, json!({"ok": true}));
    let requests = server.received_requests().await.unwrap();
    let agent = requests[0]
        .headers
        .get("user-agent")
        .unwrap()
        .to_str()
        .unwrap();
    assert_eq!(agent, concat!("zadig-api/", env!("CARGO_PKG_VERSION")));
    assert!(requests[0].headers.get("content-type").is_none());

    let custom = runtime_support::builder(&server.uri())
        .user_agent("my-tool/1.0")
        .build()
        .unwrap();
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&server)
        .await;
    RawCall::new("get_thing", Method::GET, "/openapi/thing")
        .json(&custom)
        .await
        .unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        requests[1].headers.get("user-agent").unwrap(),
        "my-tool/1.0"
    );
}

#[tokio::test]
async fn path_params_are_one_encoded_segment_and_base_path_is_kept() {
    let (base, _) = raw_server(|request, socket| async move {
        let line = request.request_line().to_owned();
        respond(
            socket,
            "200 OK",
            "application/json",
            &serde_json::to_vec(&line).unwrap(),
        )
        .await;
    })
    .await;
    let client = client(&format!("{base}/zadig/"));
    let cases = [
        ("a/b", "a%2Fb"),
        ("what?x=1", "what%3Fx%3D1"),
        ("frag#ment", "frag%23ment"),
        ("100%", "100%25"),
        ("with space", "with%20space"),
        ("../etc/passwd", "..%2Fetc%2Fpasswd"),
        ("...", "..."),
        ("a.b-c_d~e", "a.b-c_d~e"),
        ("工作流", "%E5%B7%A5%E4%BD%9C%E6%B5%81"),
        ("semi;colon+plus", "semi%3Bcolon%2Bplus"),
    ];
    for (value, encoded) in cases {
        let line = RawCall::new(
            "get_workflow",
            Method::GET,
            "/openapi/workflows/{key}/detail",
        )
        .path_param("key", value)
        .json(&client)
        .await
        .unwrap();
        assert_eq!(
            line,
            json!(format!(
                "GET /zadig/openapi/workflows/{encoded}/detail HTTP/1.1"
            )),
            "value {value:?}"
        );
    }

    // Query parameters keep their order, may repeat, and are form-encoded.
    let line = RawCall::new("list", Method::GET, "/openapi/list")
        .query("projectKey", "p q&r=s")
        .query("id", 1)
        .query("id", 2)
        .query("flag", true)
        .json(&client)
        .await
        .unwrap();
    assert_eq!(
        line,
        json!("GET /zadig/openapi/list?projectKey=p+q%26r%3Ds&id=1&id=2&flag=true HTTP/1.1")
    );
}

#[tokio::test]
async fn route_changing_path_params_are_rejected_before_sending() {
    let (base, count) = raw_server(|_, socket| async move {
        respond(socket, "200 OK", "application/json", b"{}").await;
    })
    .await;
    let client = client(&base);
    for bad in ["", ".", ".."] {
        let err = RawCall::new("get_workflow", Method::GET, "/openapi/workflows/{key}")
            .path_param("key", bad)
            .json(&client)
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "{bad:?}");
        assert_eq!(err.endpoint(), Some("get_workflow"));
        assert!(err.to_string().contains("`key`"), "{err}");
    }
    let err = RawCall::new("get_workflow", Method::GET, "/openapi/workflows/{key}")
        .json(&client)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 0);
}

#[tokio::test]
async fn json_bodies_carry_content_type_and_bad_bodies_fail_at_send() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(header("content-type", "application/json"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"message": "success"})))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let message = RawCall::new("create_thing", Method::POST, "/openapi/things")
        .json_body(&json!({"name": "n", "list": [1, 2]}))
        .message(&client)
        .await
        .unwrap();
    assert_eq!(message.message, "success");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        requests[0].body_json::<serde_json::Value>().unwrap(),
        json!({"name": "n", "list": [1, 2]})
    );

    // A map with non-string keys cannot be JSON: reported at send, nothing sent.
    let mut bad = std::collections::HashMap::new();
    bad.insert((1, 2), "x");
    let err = RawCall::new("create_thing", Method::POST, "/openapi/things")
        .json_body(&bad)
        .message(&client)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert!(err.to_string().contains("encode"), "{err}");
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn message_text_and_empty_answers() {
    let (base, _) = raw_server(|request, socket| async move {
        let body: &[u8] = match request.request_line().split(' ').nth(1).unwrap_or("") {
            "/message-number" => br#"{"message": 200, "code": 1}"#,
            "/message-empty" => b"",
            "/text" => "apiVersion: v1\nkind: 日本\n".as_bytes(),
            "/empty" => b"anything at all <html>",
            _ => b"{}",
        };
        respond(socket, "200 OK", "text/plain", body).await;
    })
    .await;
    let client = client(&base);
    let message = RawCall::new("m", Method::POST, "/message-number")
        .message(&client)
        .await
        .unwrap();
    assert_eq!((message.message.as_str(), message.code), ("200", Some(1)));
    let message = RawCall::new("m", Method::POST, "/message-empty")
        .message(&client)
        .await
        .unwrap();
    assert_eq!(message.message, "");
    let text = RawCall::new("t", Method::GET, "/text")
        .text(&client)
        .await
        .unwrap();
    assert_eq!(text, "apiVersion: v1\nkind: 日本\n");
    RawCall::new("e", Method::DELETE, "/empty")
        .empty(&client)
        .await
        .unwrap();
}

#[test]
fn client_is_send_sync_clone_and_futures_are_send() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    fn assert_send<T: Send>(_: &T) {}
    assert_send_sync::<Client>();
    #[cfg(feature = "blocking")]
    assert_send_sync::<zadig_api::blocking::Client>();
    fn assert_send_sync_only<T: Send + Sync>() {}
    assert_send_sync_only::<zadig_api::Error>();
    let client = Client::new("http://127.0.0.1:9", TOKEN).unwrap();
    let future = RawCall::new("x", Method::GET, "/x").json(&client);
    assert_send(&future);
    let stream_future = RawCall::new("x", Method::GET, "/x").event_stream(&client);
    assert_send(&stream_future);
    fn assert_stream<S: futures_util::Stream + Unpin + Send>() {}
    assert_stream::<zadig_api::LogStream>();
    assert_stream::<zadig_api::Paginated<'static, serde_json::Value>>();
    fn assert_error<E: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<zadig_api::Error>();
}
