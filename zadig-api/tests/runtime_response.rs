//! Response metadata: the status and headers of an answer with its typed value, through
//! `send_with_response` on both clients (generated and raw calls).

mod runtime_support;

use runtime_support::client;
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// One page of `list_artifact_versions`, with the number of matching versions in `X-Total`,
/// as the server sends it (its docs send the user to that header).
async fn versions_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/aslan/delivery/releases"))
        .and(query_param("projectName", "demo"))
        .and(query_param("per_page", "2"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("X-Total", "57")
                .insert_header("X-Request-Id", "req-1")
                .set_body_json(json!([
                    {"id": "v1", "version": "1.0.0", "project_name": "demo"},
                    {"id": "v2", "version": "1.1.0", "project_name": "demo"}
                ])),
        )
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn the_total_of_artifact_versions_comes_from_the_x_total_header() {
    let server = versions_server().await;
    let client = client(&server.uri());
    let versions = client
        .list_artifact_versions()
        .project_key("demo")
        .page_size(2)
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(versions.status(), reqwest::StatusCode::OK);
    let total: i64 = versions.header("x-total").unwrap().parse().unwrap();
    assert_eq!(total, 57);
    assert_eq!(versions.headers()["x-request-id"], "req-1");
    // The typed value, through `Deref` and taken out.
    assert_eq!(versions.len(), 2);
    let (status, headers, versions) = versions.into_parts();
    assert!(status.is_success() && headers.contains_key("x-total"));
    let names: Vec<&str> = versions
        .iter()
        .map(|version| version.version.as_str())
        .collect();
    assert_eq!(names, ["1.0.0", "1.1.0"]);
    // `send` is the same call without the head.
    let plain = client
        .list_artifact_versions()
        .project_key("demo")
        .page_size(2)
        .send()
        .await
        .unwrap();
    assert_eq!(plain, versions);
}

#[tokio::test]
async fn raw_calls_return_the_head_too() {
    let server = versions_server().await;
    let client = client(&server.uri());
    let answer = client
        .request(reqwest::Method::GET, "/api/aslan/delivery/releases")
        .query("projectName", "demo")
        .query("per_page", 2)
        .send_with_response::<serde_json::Value>()
        .await
        .unwrap();
    assert_eq!(answer.header("X-Total"), Some("57"));
    assert_eq!(answer.as_array().map(Vec::len), Some(2));
}

#[cfg(feature = "blocking")]
#[test]
fn the_blocking_client_reads_the_header_as_well() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(versions_server());
    let client = zadig_api::blocking::Client::new(server.uri(), runtime_support::TOKEN).unwrap();
    let versions = client
        .list_artifact_versions()
        .project_key("demo")
        .page_size(2)
        .send_with_response()
        .unwrap();
    assert_eq!(versions.header("X-Total"), Some("57"));
    assert_eq!(versions.into_inner().len(), 2);
}
