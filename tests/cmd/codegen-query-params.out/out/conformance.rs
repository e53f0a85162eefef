// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Conformance tests: each endpoint through both clients against a local server.
#![allow(clippy::too_many_lines)]
#[allow(unused_imports)]
use crate::runtime::conformance::{Exchange, Reply};
#[cfg(feature = "api")]
#[tokio::test]
async fn list_items() {
    let exchange = Exchange {
        method: "GET",
        path: "/projects/projectKey%20a%2Fb%3Fc%20d/items",
        query: &[
            ("envName", "envName value & more"),
            ("pageNum", "7"),
            ("pageSize", "7"),
            ("tags", "first"),
            ("tags", "second"),
            ("verbose", "true"),
        ],
        body: None,
        reply: Reply::Json("{/"total/":7,/"items/":[{/"any/":[/"json/",1]}]}"),
        release: crate::Release::LATEST,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_items("projectKey a/b?c d", "envName value & more")
        .page_num(7i64)
        .page_size(7i64)
        .tags(vec!["first".to_owned(), "second".to_owned()])
        .verbose(true)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "api")]
#[cfg(feature = "blocking")]
#[test]
fn list_items_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/projects/projectKey%20a%2Fb%3Fc%20d/items",
        query: &[
            ("envName", "envName value & more"),
            ("pageNum", "7"),
            ("pageSize", "7"),
            ("tags", "first"),
            ("tags", "second"),
            ("verbose", "true"),
        ],
        body: None,
        reply: Reply::Json("{/"total/":7,/"items/":[{/"any/":[/"json/",1]}]}"),
        release: crate::Release::LATEST,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_items("projectKey a/b?c d", "envName value & more")
        .page_num(7i64)
        .page_size(7i64)
        .tags(vec!["first".to_owned(), "second".to_owned()])
        .verbose(true)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
