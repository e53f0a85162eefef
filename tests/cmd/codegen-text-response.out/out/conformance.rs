// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Conformance tests: each endpoint through both clients against a local server.
#![allow(clippy::too_many_lines)]
#[allow(unused_imports)]
use crate::runtime::conformance::{Exchange, Reply};
#[cfg(feature = "api")]
#[tokio::test]
async fn get_service_yaml() {
    let exchange = Exchange {
        method: "GET",
        path: "/services/name%20a%2Fb%3Fc%20d/yaml",
        query: &[],
        body: None,
        reply: Reply::Text("first line/nsecond line/n"),
        release: crate::Release::LATEST,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_service_yaml("name a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value, "first line/nsecond line/n");
}
#[cfg(feature = "api")]
#[cfg(feature = "blocking")]
#[test]
fn get_service_yaml_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/services/name%20a%2Fb%3Fc%20d/yaml",
        query: &[],
        body: None,
        reply: Reply::Text("first line/nsecond line/n"),
        release: crate::Release::LATEST,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_service_yaml("name a/b?c d")
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value, "first line/nsecond line/n");
}
