//! Retries (which methods, which statuses, Retry-After) and timeouts.

mod runtime_support;

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode};
use runtime_support::{builder, client, raw_server};
use serde_json::json;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};
use zadig_api::__private::RawCall;
use zadig_api::ErrorKind;

/// A server that answers `first` `times` times, then 200 `{"ok": true}`.
async fn flaky(first: ResponseTemplate, times: u64) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(first)
        .up_to_n_times(times)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .mount(&server)
        .await;
    server
}

async fn requests(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

#[tokio::test]
async fn get_is_retried_after_503_and_succeeds_on_the_second_attempt() {
    let server = flaky(ResponseTemplate::new(503), 1).await;
    let value = RawCall::new("list", Method::GET, "/x")
        .json(&client(&server.uri()))
        .await
        .unwrap();
    assert_eq!(value, json!({"ok": true}));
    assert_eq!(requests(&server).await, 2);
}

#[tokio::test]
async fn put_and_delete_are_retried_on_429_502_504() {
    for (method, status) in [
        (Method::PUT, 429),
        (Method::DELETE, 502),
        (Method::GET, 504),
    ] {
        let server = flaky(ResponseTemplate::new(status), 2).await;
        RawCall::new("call", method.clone(), "/x")
            .json(&client(&server.uri()))
            .await
            .unwrap_or_else(|err| panic!("{method} {status}: {err}"));
        assert_eq!(requests(&server).await, 3, "{method} {status}");
    }
}

#[tokio::test]
async fn retries_stop_after_max_attempts_and_500_is_not_retried() {
    let server = flaky(ResponseTemplate::new(503), 10).await;
    let err = RawCall::new("list", Method::GET, "/x")
        .json(&client(&server.uri()))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(
        err.to_string(),
        "list: HTTP 503 Service Unavailable (after 3 attempts)"
    );
    assert_eq!(requests(&server).await, 3);

    let server = flaky(ResponseTemplate::new(500), 10).await;
    let err = RawCall::new("list", Method::GET, "/x")
        .json(&client(&server.uri()))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert_eq!(requests(&server).await, 1);

    let server = flaky(ResponseTemplate::new(503), 10).await;
    let client = builder(&server.uri()).max_attempts(5).build().unwrap();
    RawCall::new("list", Method::GET, "/x")
        .json(&client)
        .await
        .unwrap_err();
    assert_eq!(requests(&server).await, 5);
}

#[tokio::test]
async fn retry_after_seconds_is_honoured() {
    let server = flaky(
        ResponseTemplate::new(429).insert_header("Retry-After", "1"),
        1,
    )
    .await;
    let started = Instant::now();
    RawCall::new("list", Method::GET, "/x")
        .json(&client(&server.uri()))
        .await
        .unwrap();
    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_millis(950), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
    assert_eq!(requests(&server).await, 2);
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_honoured() {
    let when = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(2));
    let server = flaky(
        ResponseTemplate::new(503).insert_header("Retry-After", when.as_str()),
        1,
    )
    .await;
    let started = Instant::now();
    RawCall::new("list", Method::GET, "/x")
        .json(&client(&server.uri()))
        .await
        .unwrap();
    // The date has one-second resolution: the wait is between 1 and 2 seconds.
    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_millis(900), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
}

#[tokio::test]
async fn retry_after_longer_than_max_backoff_returns_the_error_at_once() {
    let server = flaky(
        ResponseTemplate::new(503).insert_header("Retry-After", "3600"),
        1,
    )
    .await;
    let started = Instant::now();
    let err = RawCall::new("list", Method::GET, "/x")
        .json(&client(&server.uri()))
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(err.retry_after(), Some(Duration::from_secs(3600)));
    assert_eq!(requests(&server).await, 1);
}

#[tokio::test]
async fn post_and_patch_are_not_retried_unless_asked() {
    for method in [Method::POST, Method::PATCH] {
        let server = flaky(ResponseTemplate::new(503), 1).await;
        let started = Instant::now();
        let err = RawCall::new("run_workflow", method.clone(), "/x")
            .json_body(&json!({"a": 1}))
            .json(&client(&server.uri()))
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
        assert_eq!(
            err.to_string(),
            "run_workflow: HTTP 503 Service Unavailable"
        );
        assert!(started.elapsed() < Duration::from_secs(1));
        assert_eq!(requests(&server).await, 1, "{method}");

        // Opted in: retried, and the same body is sent again.
        let server = flaky(ResponseTemplate::new(503), 1).await;
        RawCall::new("run_workflow", method.clone(), "/x")
            .json_body(&json!({"a": 1}))
            .retry(true)
            .json(&client(&server.uri()))
            .await
            .unwrap();
        let seen = server.received_requests().await.unwrap();
        assert_eq!(seen.len(), 2, "{method}");
        assert_eq!(seen[0].body, seen[1].body);
        assert_eq!(
            seen[1].body_json::<serde_json::Value>().unwrap(),
            json!({"a": 1})
        );
    }
}

#[tokio::test]
async fn retry_can_be_turned_off_per_call_and_per_client() {
    let server = flaky(ResponseTemplate::new(503), 1).await;
    RawCall::new("list", Method::GET, "/x")
        .retry(false)
        .json(&client(&server.uri()))
        .await
        .unwrap_err();
    assert_eq!(requests(&server).await, 1);

    let server = flaky(ResponseTemplate::new(503), 1).await;
    let client = builder(&server.uri()).max_attempts(1).build().unwrap();
    RawCall::new("list", Method::GET, "/x")
        .json(&client)
        .await
        .unwrap_err();
    assert_eq!(requests(&server).await, 1);
}

/// A server that reads the request and then never answers.
async fn silent_server() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    raw_server(|_, socket| async move {
        tokio::time::sleep(Duration::from_secs(60)).await;
        drop(socket);
    })
    .await
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_close_to_the_timeout() {
    let (base, count) = silent_server().await;
    let client = builder(&base)
        .timeout(Duration::from_millis(500))
        .max_attempts(1)
        .build()
        .unwrap();
    let started = Instant::now();
    let err = RawCall::new("list", Method::GET, "/x")
        .json(&client)
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert!(err.is_timeout());
    assert_eq!(err.to_string(), "list: request timed out after 500ms");
    assert!(elapsed >= Duration::from_millis(480), "{elapsed:?}");
    assert!(elapsed < Duration::from_millis(1500), "{elapsed:?}");
    assert_eq!(count.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn timeouts_are_retried_for_get_and_can_be_set_per_call() {
    let (base, count) = silent_server().await;
    let client = builder(&base)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = RawCall::new("list", Method::GET, "/x")
        .timeout(Duration::from_millis(300))
        .json(&client)
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(err.is_timeout());
    assert!(err.to_string().ends_with("(after 3 attempts)"), "{err}");
    assert!(elapsed >= Duration::from_millis(880), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
    // The raw server counts requests as it reads them; give the last one a moment.
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(count.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_caller_supplied_http_client_is_used_with_its_own_timeout() {
    let (base, _) = silent_server().await;
    let http = reqwest::Client::builder()
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let client = zadig_api::Client::builder()
        .base_url(&base)
        .token("t")
        .http_client(http)
        .max_attempts(1)
        .build()
        .unwrap();
    let started = Instant::now();
    let err = RawCall::new("list", Method::GET, "/x")
        .json(&client)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn connection_errors_are_retried_for_get_only() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let client = client(&format!("http://{address}"));
    let err = RawCall::new("list", Method::GET, "/x")
        .json(&client)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport);
    assert!(err.to_string().ends_with("(after 3 attempts)"), "{err}");
    let err = RawCall::new("create", Method::POST, "/x")
        .json(&client)
        .await
        .unwrap_err();
    assert!(!err.to_string().contains("attempts"), "{err}");
}

// The same rules through generated endpoints, so that their `.retry()` and `.timeout()`
// setters are covered, not only the runtime's test hook.

fn execute_body() -> zadig_api::types::ExecuteWorkflowRequest {
    zadig_api::types::ExecuteWorkflowRequest::new("demo", "build-deploy", Vec::new())
}

#[tokio::test]
async fn a_generated_get_is_retried_unless_turned_off() {
    let server = flaky(ResponseTemplate::new(503), 1).await;
    let client = client(&server.uri());
    client.list_workflows("p").send().await.unwrap();
    let seen = server.received_requests().await.unwrap();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1].url.path(), "/openapi/workflows");
    assert_eq!(seen[1].url.query(), Some("projectKey=p"));

    let server = flaky(ResponseTemplate::new(503), 1).await;
    let client = runtime_support::client(&server.uri());
    let err = client
        .list_workflows("p")
        .retry(false)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "list_workflows: HTTP 503 Service Unavailable"
    );
    assert_eq!(requests(&server).await, 1);
}

#[tokio::test]
async fn a_generated_post_is_retried_only_when_opted_in() {
    let server = flaky(ResponseTemplate::new(503), 1).await;
    let client = client(&server.uri());
    let started = Instant::now();
    let err = client
        .execute_workflow(execute_body())
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "execute_workflow: HTTP 503 Service Unavailable"
    );
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(requests(&server).await, 1);

    let server = flaky(ResponseTemplate::new(503), 1).await;
    let client = runtime_support::client(&server.uri());
    client
        .execute_workflow(execute_body())
        .retry(true)
        .send()
        .await
        .unwrap();
    let seen = server.received_requests().await.unwrap();
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().all(|r| r.method.as_str() == "POST"));
    assert_eq!(seen[1].url.path(), "/openapi/workflows/custom/task");
    assert_eq!(seen[0].body, seen[1].body);
    assert_eq!(
        seen[1].body_json::<serde_json::Value>().unwrap(),
        // Fields Go always reads are always written: empty lists go out as `[]`.
        json!({
            "project_key": "demo",
            "workflow_key": "build-deploy",
            "parameters": [],
            "inputs": [],
            "notify_inputs": []
        })
    );
}

#[tokio::test]
async fn a_generated_builder_overrides_the_client_timeout() {
    let (base, count) = silent_server().await;
    // The client allows 30 s; the call allows 300 ms, and one attempt.
    let client = builder(&base)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client
        .list_workflows("p")
        .timeout(Duration::from_millis(300))
        .retry(false)
        .send()
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert_eq!(
        err.to_string(),
        "list_workflows: request timed out after 300ms"
    );
    assert!(elapsed >= Duration::from_millis(280), "{elapsed:?}");
    assert!(elapsed < Duration::from_millis(1500), "{elapsed:?}");
    assert_eq!(count.load(Ordering::SeqCst), 1);

    // A generated POST with the override: one attempt, the same timeout.
    let started = Instant::now();
    let err = client
        .execute_workflow(execute_body())
        .timeout(Duration::from_millis(300))
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "execute_workflow: request timed out after 300ms"
    );
    assert!(started.elapsed() < Duration::from_millis(1500));
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

/// The generated blocking builders forward `.retry()` and `.timeout()`.
#[cfg(feature = "blocking")]
#[test]
fn generated_blocking_builders_forward_retry_and_timeout() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = runtime.block_on(flaky(ResponseTemplate::new(503), 1));
    let client = zadig_api::blocking::Client::from_async(client(&server.uri())).unwrap();
    client
        .execute_workflow(execute_body())
        .retry(true)
        .send()
        .unwrap();
    assert_eq!(runtime.block_on(requests(&server)), 2);

    let (base, count) = runtime.block_on(silent_server());
    let client = zadig_api::blocking::Client::from_async(
        builder(&base)
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap(),
    )
    .unwrap();
    let started = Instant::now();
    let err = client
        .list_workflows("p")
        .timeout(Duration::from_millis(300))
        .retry(false)
        .send()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "list_workflows: request timed out after 300ms"
    );
    assert!(started.elapsed() < Duration::from_millis(1500));
    assert_eq!(count.load(Ordering::SeqCst), 1);
}

/// A server that stalls every answer by `delay`.
async fn stalling(delay: Duration) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_delay(delay))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn the_deadline_bounds_the_whole_call_retries_included() {
    // Each attempt times out after 800 ms and four are allowed: without a deadline the call
    // takes over 3 s. With a 1 s deadline it ends after about 1 s, as a timeout.
    let server = stalling(Duration::from_secs(30)).await;
    let client = builder(&server.uri())
        .timeout(Duration::from_millis(800))
        .max_attempts(4)
        .deadline(Duration::from_secs(1))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = RawCall::new("list", Method::GET, "/x")
        .json(&client)
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    assert!(err.to_string().contains("deadline of 1s"), "{err}");
    assert_eq!(err.endpoint(), Some("list"));
    assert!(took >= Duration::from_millis(950), "{took:?}");
    assert!(took < Duration::from_millis(2500), "{took:?}");
    assert_eq!(
        requests(&server).await,
        2,
        "the second attempt was cut short"
    );

    // A call's own deadline overrides the client's, through the public raw request too.
    let started = Instant::now();
    let err = client
        .request(Method::GET, "/x")
        .deadline(Duration::from_millis(300))
        .send::<serde_json::Value>()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    assert!(
        started.elapsed() < Duration::from_millis(790),
        "{:?}",
        started.elapsed()
    );
}
