// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Conformance tests: each endpoint through both clients against a local server.
#![allow(clippy::too_many_lines)]
#[allow(unused_imports)]
use crate::runtime::conformance::{Exchange, Reply};
#[cfg(feature = "api")]
#[tokio::test]
async fn run_jobs() {
    let exchange = Exchange {
        method: "POST",
        path: "/jobs",
        query: &[],
        body: Some(
            "[{/"job_name/":/"text/",/"parameters/":{/"image/":/"text/"},/"job_type/":/"build/"}]",
        ),
        reply: Reply::Empty,
        release: crate::Release::LATEST,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .run_jobs(
            match serde_json::from_str::<
                Vec<crate::types::JobInput>,
            >(
                "[{/"job_name/":/"text/",/"parameters/":{/"image/":/"text/"},/"job_type/":/"build/"}]",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    let () = value;
}
#[cfg(feature = "api")]
#[cfg(feature = "blocking")]
#[test]
fn run_jobs_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/jobs",
        query: &[],
        body: Some(
            "[{/"job_name/":/"text/",/"parameters/":{/"image/":/"text/"},/"job_type/":/"build/"}]",
        ),
        reply: Reply::Empty,
        release: crate::Release::LATEST,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .run_jobs(
            match serde_json::from_str::<
                Vec<crate::types::JobInput>,
            >(
                "[{/"job_name/":/"text/",/"parameters/":{/"image/":/"text/"},/"job_type/":/"build/"}]",
            ) {
                Ok(body) => body,
                Err(err) => panic!("the sample body does not decode: {err}"),
            },
        )
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    let () = value;
}
