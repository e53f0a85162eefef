// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Conformance tests: each endpoint through both clients against a local server.
#![allow(clippy::too_many_lines)]
#[allow(unused_imports)]
use crate::runtime::conformance::{Exchange, Reply};
#[cfg(feature = "api")]
#[tokio::test]
async fn update_thing() {
    let exchange = Exchange {
        method: "PUT",
        path: "/things",
        query: &[],
        body: Some(
            "{/"id/":7,/"owner/":/"text/",/"labels/":[/"text/"],/"extra/":{/"key/":{/"any/":[/"json/",1]}}}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::LATEST,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .update_thing(
            match serde_json::from_str::<
                crate::types::Thing,
            >(
                "{/"id/":7,/"owner/":/"text/",/"labels/":[/"text/"],/"extra/":{/"key/":{/"any/":[/"json/",1]}}}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "api")]
#[cfg(feature = "blocking")]
#[test]
fn update_thing_blocking() {
    let exchange = Exchange {
        method: "PUT",
        path: "/things",
        query: &[],
        body: Some(
            "{/"id/":7,/"owner/":/"text/",/"labels/":[/"text/"],/"extra/":{/"key/":{/"any/":[/"json/",1]}}}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::LATEST,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .update_thing(
            match serde_json::from_str::<
                crate::types::Thing,
            >(
                "{/"id/":7,/"owner/":/"text/",/"labels/":[/"text/"],/"extra/":{/"key/":{/"any/":[/"json/",1]}}}",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
