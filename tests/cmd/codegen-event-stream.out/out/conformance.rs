// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Conformance tests: each endpoint through both clients against a local server.
#![allow(clippy::too_many_lines)]
#[allow(unused_imports)]
use crate::runtime::conformance::{Exchange, Reply};
#[cfg(feature = "api")]
#[tokio::test]
async fn stream_logs() {
    let exchange = Exchange {
        method: "GET",
        path: "/logs/jobId%20a%2Fb%3Fc%20d/7",
        query: &[],
        body: None,
        reply: Reply::EventStream("data: first line/n/ndata: second line/n/n"),
        release: crate::Release::LATEST,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .stream_logs("jobId a/b?c d", 7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    let lines: Vec<String> = futures_util::TryStreamExt::try_collect(value)
        .await
        .expect("the stream reads to its end");
    assert_eq!(lines, ["first line", "second line"]);
}
#[cfg(feature = "api")]
#[cfg(feature = "blocking")]
#[test]
fn stream_logs_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/logs/jobId%20a%2Fb%3Fc%20d/7",
        query: &[],
        body: None,
        reply: Reply::EventStream("data: first line/n/ndata: second line/n/n"),
        release: crate::Release::LATEST,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .stream_logs("jobId a/b?c d", 7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    let lines: Vec<String> = value
        .collect::<crate::Result<_>>()
        .expect("the stream reads to its end");
    assert_eq!(lines, ["first line", "second line"]);
}
