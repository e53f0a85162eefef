// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Conformance tests: each endpoint through both clients against a local server.
#![allow(clippy::too_many_lines)]
#[allow(unused_imports)]
use crate::runtime::conformance::{Exchange, Reply};
#[cfg(feature = "api")]
#[tokio::test]
async fn restart_pod() {
    let exchange = Exchange {
        method: "POST",
        path: "/environments/name%20a%2Fb%3Fc%20d/pods/podName%20a%2Fb%3Fc%20d/restart",
        query: &[("force", "true"), ("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::LATEST,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .restart_pod("projectKey value & more", "name a/b?c d", "podName a/b?c d", true)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "api")]
#[cfg(feature = "blocking")]
#[test]
fn restart_pod_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/environments/name%20a%2Fb%3Fc%20d/pods/podName%20a%2Fb%3Fc%20d/restart",
        query: &[("force", "true"), ("projectKey", "projectKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::LATEST,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .restart_pod("projectKey value & more", "name a/b?c d", "podName a/b?c d", true)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
#[cfg(feature = "api")]
#[tokio::test]
async fn get_run() {
    let exchange = Exchange {
        method: "GET",
        path: "/runs",
        query: &[("taskId", "7"), ("workflowKey", "workflowKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::LATEST,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .get_run("workflowKey value & more", 7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value.message, "success");
}
#[cfg(feature = "api")]
#[cfg(feature = "blocking")]
#[test]
fn get_run_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/runs",
        query: &[("taskId", "7"), ("workflowKey", "workflowKey value & more")],
        body: None,
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::LATEST,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .get_run("workflowKey value & more", 7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value.message, "success");
}
