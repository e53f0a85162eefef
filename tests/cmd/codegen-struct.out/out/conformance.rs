// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Conformance tests: each endpoint through both clients against a local server.
#![allow(clippy::too_many_lines)]
#[allow(unused_imports)]
use crate::runtime::conformance::{Exchange, Reply};
#[cfg(feature = "api")]
#[tokio::test]
async fn get_thing() {
    let exchange = Exchange {
        method: "GET",
        path: "/things/thingId%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{/"name/":/"demo/",/"size/":3}"),
        release: crate::Release::LATEST,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_thing("thingId a/b?c d")
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "api")]
#[cfg(feature = "blocking")]
#[test]
fn get_thing_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/things/thingId%20a%2Fb%3Fc%20d",
        query: &[],
        body: None,
        reply: Reply::Json("{/"name/":/"demo/",/"size/":3}"),
        release: crate::Release::LATEST,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_thing("thingId a/b?c d").send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
