//! The escape hatch: raw requests through the client's runtime, and extra query parameters on
//! generated calls.

mod runtime_support;

use runtime_support::{TOKEN, client};
use serde::Deserialize;
use serde_json::{Value, json};
use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};
use zadig_api::ErrorKind;
use zadig_api::reqwest::Method;

#[derive(Debug, Deserialize, PartialEq)]
struct User {
    account: String,
    #[serde(default)]
    phone: Option<String>,
}

#[tokio::test]
async fn raw_get_fills_encoded_path_params_and_query_and_decodes_a_typed_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/openapi/users/a%2Fb%20c"))
        .and(query_param("projectKey", "demo"))
        .and(query_param("pageNum", "2"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"account": "ada"})))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let user: User = client
        .request(Method::GET, "/openapi/users/{uid}")
        .path_param("uid", "a/b c")
        .query("projectKey", "demo")
        .query("pageNum", 2)
        .send()
        .await
        .expect("the call succeeds");
    assert_eq!(
        user,
        User {
            account: "ada".into(),
            phone: None
        }
    );
}

#[tokio::test]
async fn raw_post_sends_json_and_reads_untyped_json_text_and_messages() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/openapi/build"))
        .and(body_json(json!({"name": "b1", "projectKey": "demo"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 7})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/openapi/text"))
        .respond_with(ResponseTemplate::new(200).set_body_string("line 1\n"))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/openapi/build"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"message": "success"})))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let value: Value = client
        .request(Method::POST, "/openapi/build")
        .json(&json!({"name": "b1", "projectKey": "demo"}))
        .send()
        .await
        .expect("the call succeeds");
    assert_eq!(value, json!({"id": 7}));
    let text = client
        .request(Method::GET, "/openapi/text")
        .send_text()
        .await
        .expect("text");
    assert_eq!(text, "line 1\n");
    let message = client
        .request(Method::DELETE, "/openapi/build")
        .send_message()
        .await
        .expect("message");
    assert_eq!(message.message, "success");
}

#[tokio::test]
async fn raw_errors_carry_zadigs_error_body_and_name_the_call() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "code": 6000, "message": "invalid param", "description": "empty project key."
        })))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let err = client
        .request(Method::GET, "/openapi/build/{name}/detail")
        .path_param("name", "b1")
        .send::<Value>()
        .await
        .expect_err("a 400 is an error");
    assert_eq!(err.kind(), ErrorKind::Api);
    assert_eq!(err.api_code(), Some(6000));
    assert_eq!(err.endpoint(), Some("GET /openapi/build/{name}/detail"));
    let shown = err.to_string();
    assert!(shown.contains("invalid param"), "{shown}");
    assert!(
        !shown.contains("b1"),
        "the filled path stays out of errors: {shown}"
    );
}

#[tokio::test]
async fn raw_gets_are_retried_like_generated_ones() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([1, 2])))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let value: Vec<i64> = client
        .request(Method::GET, "/openapi/x")
        .send()
        .await
        .expect("the retry succeeds");
    assert_eq!(value, [1, 2]);
    // A POST is not retried unless the call opts in.
    let posts = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&posts)
        .await;
    let err = runtime_support::client(&posts.uri())
        .request(Method::POST, "/openapi/x")
        .send_empty()
        .await
        .expect_err("a 503 is an error");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
}

#[tokio::test]
async fn bad_raw_paths_and_params_fail_before_sending() {
    let client = client("http://127.0.0.1:9");
    for (path, want) in [
        ("openapi/x", "must start with `/`"),
        ("/openapi/x?a=b", "must not hold a query"),
    ] {
        let err = client
            .request(Method::GET, path)
            .send::<Value>()
            .await
            .expect_err("a bad path is refused");
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "{path}");
        assert!(err.to_string().contains(want), "{path}: {err}");
    }
    let err = client
        .request(Method::GET, "/openapi/users/{uid}")
        .send::<Value>()
        .await
        .expect_err("an unfilled placeholder is refused");
    assert!(err.to_string().contains("`uid` was not given"), "{err}");
    let err = client
        .request(Method::GET, "/openapi/users/{uid}")
        .path_param("uid", "..")
        .send::<Value>()
        .await
        .expect_err("`..` is refused");
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
}

#[tokio::test]
async fn generated_calls_take_extra_query_parameters() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/openapi/workflows"))
        .and(query_param("projectKey", "demo"))
        .and(query_param("extra", "1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"workflows": []})))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    client
        .list_workflows("demo")
        .query_param("extra", 1)
        .send()
        .await
        .expect("the call succeeds with the extra parameter");
}

#[cfg(feature = "blocking")]
#[test]
fn blocking_raw_requests_and_extra_query_parameters() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = runtime.block_on(MockServer::start());
    runtime.block_on(
        Mock::given(method("GET"))
            .and(path("/openapi/users/u1"))
            .and(query_param("verbose", "true"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"account": "ada"})))
            .expect(2)
            .mount(&server),
    );
    let client = zadig_api::blocking::Client::from_async(runtime_support::client(&server.uri()))
        .expect("blocking client");
    let user: User = client
        .request(Method::GET, "/openapi/users/{uid}")
        .path_param("uid", "u1")
        .query("verbose", true)
        .send()
        .expect("the call succeeds");
    assert_eq!(user.account, "ada");
    let value: Value = client
        .request(Method::GET, "/openapi/users/u1")
        .query("verbose", true)
        .send()
        .expect("a literal path works too");
    assert_eq!(value["account"], "ada");
}

/// A raw path never leaves the base URL's path, where a reverse proxy may route another
/// application of the same host: `.` and `..` segments, plain or percent-encoded in any case,
/// are refused before anything is sent, on both clients; so is a path without its leading `/`.
#[tokio::test]
async fn raw_paths_stay_under_the_base_path() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .mount(&server)
        .await;
    let client = client(&format!("{}/zadig/", server.uri()));
    for escape in [
        "../other/app",
        "/../other/app",
        "/openapi/../../other/app",
        "/%2e%2e/other/app",
        "/%2E%2E/other/app",
        "/.%2e/other/app",
        "/openapi/%2e%2e/%2e%2e/other",
        "/./openapi/users",
        "/openapi\\..\\..\\other",
    ] {
        let err = client
            .request(Method::GET, escape)
            .send::<Value>()
            .await
            .expect_err(escape);
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "{escape}: {err}");
        assert!(!err.is_retryable(), "{escape}");
        assert_eq!(err.endpoint(), Some(format!("GET {escape}").as_str()));
    }
    // A path parameter cannot climb either.
    let err = client
        .request(Method::GET, "/openapi/users/{uid}")
        .path_param("uid", "..")
        .send::<Value>()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert!(
        server.received_requests().await.unwrap().is_empty(),
        "nothing is sent"
    );
    // Dots inside a segment are ordinary characters, and the path stays under `/zadig/`.
    let answer: Value = client
        .request(Method::GET, "/openapi/..x/%2e%2ey")
        .send()
        .await
        .unwrap();
    assert_eq!(answer, json!({"ok": true}));
    let sent = server.received_requests().await.unwrap();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].url.path(), "/zadig/openapi/..x/%2e%2ey");
}

#[cfg(feature = "blocking")]
#[test]
fn blocking_raw_paths_stay_under_the_base_path() {
    let client =
        zadig_api::blocking::Client::new("http://127.0.0.1:9/zadig/", TOKEN).expect("a client");
    for escape in ["/../other", "/%2E%2e/other"] {
        let err = client
            .request(Method::GET, escape)
            .send::<Value>()
            .expect_err(escape);
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "{escape}: {err}");
    }
}
