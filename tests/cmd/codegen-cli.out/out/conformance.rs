// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Conformance tests: each endpoint through both clients against a local server.
#![allow(clippy::too_many_lines)]
#[allow(unused_imports)]
use crate::runtime::conformance::{Exchange, Reply};
#[cfg(feature = "api")]
#[tokio::test]
async fn list_runs() {
    let exchange = Exchange {
        method: "GET",
        path: "/projects/projectKey%20a%2Fb%3Fc%20d/runs",
        query: &[
            ("status", "running"),
            ("kinds", "running"),
            ("kinds", "running"),
            ("tags", "first"),
            ("tags", "second"),
            ("detailed", "true"),
            ("pageNum", "7"),
            ("pageSize", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "{/"total/":7,/"runs/":[{/"run_id/":7,/"status/":/"running/",/"tags/":[/"text/"]}]}",
        ),
        release: crate::Release::LATEST,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .list_runs("projectKey a/b?c d", "running")
        .kinds(
            vec![
                crate ::types::RunStatus::from("running"), crate
                ::types::RunStatus::from("running")
            ],
        )
        .tags(vec!["first".to_owned(), "second".to_owned()])
        .detailed(true)
        .page_num(7i64)
        .page_size(7i64)
        .send()
        .await
        .expect("the call succeeds");
    exchange.verify_request(&server).await;
    exchange.verify_json(&value);
}
#[cfg(feature = "api")]
#[cfg(feature = "blocking")]
#[test]
fn list_runs_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/projects/projectKey%20a%2Fb%3Fc%20d/runs",
        query: &[
            ("status", "running"),
            ("kinds", "running"),
            ("kinds", "running"),
            ("tags", "first"),
            ("tags", "second"),
            ("detailed", "true"),
            ("pageNum", "7"),
            ("pageSize", "7"),
        ],
        body: None,
        reply: Reply::Json(
            "{/"total/":7,/"runs/":[{/"run_id/":7,/"status/":/"running/",/"tags/":[/"text/"]}]}",
        ),
        release: crate::Release::LATEST,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .list_runs("projectKey a/b?c d", "running")
        .kinds(
            vec![
                crate ::types::RunStatus::from("running"), crate
                ::types::RunStatus::from("running")
            ],
        )
        .tags(vec!["first".to_owned(), "second".to_owned()])
        .detailed(true)
        .page_num(7i64)
        .page_size(7i64)
        .send()
        .expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    exchange.verify_json(&value);
}
#[cfg(feature = "api")]
#[tokio::test]
async fn create_run() {
    let exchange = Exchange {
        method: "POST",
        path: "/runs",
        query: &[],
        body: Some(
            "{/"name/":/"text/",/"status/":/"running/",/"retries/":7,/"dry_run/":true}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::LATEST,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client
        .create_run(
            match serde_json::from_str::<
                crate::types::NewRun,
            >(
                "{/"name/":/"text/",/"status/":/"running/",/"retries/":7,/"dry_run/":true}",
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
fn create_run_blocking() {
    let exchange = Exchange {
        method: "POST",
        path: "/runs",
        query: &[],
        body: Some(
            "{/"name/":/"text/",/"status/":/"running/",/"retries/":7,/"dry_run/":true}",
        ),
        reply: Reply::Json(r#"{"message":"success"}"#),
        release: crate::Release::LATEST,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client
        .create_run(
            match serde_json::from_str::<
                crate::types::NewRun,
            >(
                "{/"name/":/"text/",/"status/":/"running/",/"retries/":7,/"dry_run/":true}",
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
#[cfg(feature = "api")]
#[tokio::test]
async fn get_run_log() {
    let exchange = Exchange {
        method: "GET",
        path: "/runs/7/log",
        query: &[],
        body: None,
        reply: Reply::Text("first line/nsecond line/n"),
        release: crate::Release::LATEST,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.get_run_log(7i64).send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    assert_eq!(value, "first line/nsecond line/n");
}
#[cfg(feature = "api")]
#[cfg(feature = "blocking")]
#[test]
fn get_run_log_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/runs/7/log",
        query: &[],
        body: None,
        reply: Reply::Text("first line/nsecond line/n"),
        release: crate::Release::LATEST,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.get_run_log(7i64).send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    assert_eq!(value, "first line/nsecond line/n");
}
#[cfg(feature = "api")]
#[tokio::test]
async fn follow_run_log() {
    let exchange = Exchange {
        method: "GET",
        path: "/runs/7/log/stream",
        query: &[],
        body: None,
        reply: Reply::EventStream("data: first line/n/ndata: second line/n/n"),
        release: crate::Release::LATEST,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.follow_run_log(7i64).send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    let lines: Vec<String> = futures_util::TryStreamExt::try_collect(value)
        .await
        .expect("the stream reads to its end");
    assert_eq!(lines, ["first line", "second line"]);
}
#[cfg(feature = "api")]
#[cfg(feature = "blocking")]
#[test]
fn follow_run_log_blocking() {
    let exchange = Exchange {
        method: "GET",
        path: "/runs/7/log/stream",
        query: &[],
        body: None,
        reply: Reply::EventStream("data: first line/n/ndata: second line/n/n"),
        release: crate::Release::LATEST,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.follow_run_log(7i64).send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    let lines: Vec<String> = value
        .collect::<crate::Result<_>>()
        .expect("the stream reads to its end");
    assert_eq!(lines, ["first line", "second line"]);
}
#[cfg(feature = "api")]
#[tokio::test]
async fn delete_run() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/runs/7",
        query: &[],
        body: None,
        reply: Reply::Empty,
        release: crate::Release::LATEST,
    };
    let server = exchange.server().await;
    let client = exchange.client(&server);
    let value = client.delete_run(7i64).send().await.expect("the call succeeds");
    exchange.verify_request(&server).await;
    let () = value;
}
#[cfg(feature = "api")]
#[cfg(feature = "blocking")]
#[test]
fn delete_run_blocking() {
    let exchange = Exchange {
        method: "DELETE",
        path: "/runs/7",
        query: &[],
        body: None,
        reply: Reply::Empty,
        release: crate::Release::LATEST,
    };
    let runtime = crate::runtime::conformance::server_runtime();
    let server = runtime.block_on(exchange.server());
    let client = exchange.blocking_client(&server);
    let value = client.delete_run(7i64).send().expect("the call succeeds");
    runtime.block_on(exchange.verify_request(&server));
    let () = value;
}
