//! Waiting for a workflow task: polling until a final status, backoff, the deadline, errors,
//! on both clients.

mod runtime_support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use runtime_support::client;
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};
use zadig_api::ErrorKind;
use zadig_api::types::{WorkflowTaskDetail, WorkflowTaskStatus};
use zadig_api::wait::is_final;

const TASK_PATH: &str = "/openapi/workflows/custom/task";

/// Answers with `bodies` in turn (the last one repeats) and notes when each request came.
struct Sequence {
    answers: Vec<ResponseTemplate>,
    seen: Arc<Mutex<Vec<Instant>>>,
}

impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let mut seen = self.seen.lock().unwrap();
        seen.push(Instant::now());
        let index = (seen.len() - 1).min(self.answers.len() - 1);
        self.answers[index].clone()
    }
}

fn task(status: &str, end_time: i64) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "task_id": 42,
        "workflow_key": "build-deploy",
        "project_key": "demo",
        "status": status,
        "create_time": 1_700_000_000,
        "start_time": 1_700_000_001,
        "end_time": end_time,
        "stages": []
    }))
}

/// A server for task 42 of `build-deploy` giving `answers` in turn; the instants of the
/// requests it saw.
async fn task_server(answers: Vec<ResponseTemplate>) -> (MockServer, Arc<Mutex<Vec<Instant>>>) {
    let server = MockServer::start().await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    Mock::given(method("GET"))
        .and(path(TASK_PATH))
        .and(query_param("taskId", "42"))
        .and(query_param("workflowKey", "build-deploy"))
        .respond_with(Sequence {
            answers,
            seen: seen.clone(),
        })
        .mount(&server)
        .await;
    (server, seen)
}

fn count(seen: &Arc<Mutex<Vec<Instant>>>) -> usize {
    seen.lock().unwrap().len()
}

fn fast(builder: zadig_api::wait::WaitForTask<'_>) -> zadig_api::wait::WaitForTask<'_> {
    builder
        .poll_interval(Duration::from_millis(10))
        .max_poll_interval(Duration::from_millis(20))
        .deadline(Duration::from_secs(10))
}

fn unknown(text: &str) -> WorkflowTaskStatus {
    WorkflowTaskStatus::from(text)
}

#[tokio::test]
async fn running_running_passed_returns_the_final_task_after_three_requests() {
    let (server, seen) = task_server(vec![
        task("running", 0),
        task("running", 0),
        task("passed", 1_700_000_100),
    ])
    .await;
    let client = client(&server.uri());
    let statuses = Arc::new(Mutex::new(Vec::new()));
    let noted = statuses.clone();
    let done = fast(client.wait_for_workflow_task("build-deploy", 42))
        .on_status(move |task| {
            noted
                .lock()
                .unwrap()
                .push(task.status.as_ref().map(|s| s.as_str().to_owned()));
        })
        .send()
        .await
        .unwrap();
    assert_eq!(done.status, Some(WorkflowTaskStatus::Passed));
    assert_eq!(done.task_id, 42);
    assert_eq!(done.end_time, Some(1_700_000_100));
    assert_eq!(count(&seen), 3);
    // The callback hears each change once: running (first answer), then passed.
    assert_eq!(
        *statuses.lock().unwrap(),
        [Some("running".to_owned()), Some("passed".to_owned())]
    );
    // No further request after the final answer.
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(count(&seen), 3);
}

#[tokio::test]
async fn failed_timeout_cancelled_and_reject_are_final_at_once() {
    for status in ["failed", "timeout", "cancelled", "reject"] {
        let (server, seen) = task_server(vec![task(status, 0)]).await;
        let client = client(&server.uri());
        let done = fast(client.wait_for_workflow_task("build-deploy", 42))
            .send()
            .await
            .unwrap_or_else(|err| panic!("{status}: {err}"));
        assert_eq!(done.status.as_ref().map(|s| s.as_str()), Some(status));
        assert_eq!(count(&seen), 1, "{status}");
    }
}

#[tokio::test]
async fn an_unknown_status_is_final_once_end_time_is_set() {
    // `prepare` is an in-progress state even with an end time; `mystery` is final only once the
    // server reports an end time.
    let (server, seen) = task_server(vec![
        task("prepare", 1_700_000_050),
        task("mystery", 0),
        task("mystery", 1_700_000_100),
    ])
    .await;
    let client = client(&server.uri());
    let done = fast(client.wait_for_workflow_task("build-deploy", 42))
        .send()
        .await
        .unwrap();
    assert_eq!(done.status, Some(unknown("mystery")));
    assert!(matches!(done.status, Some(WorkflowTaskStatus::Unknown(_))));
    assert_eq!(done.end_time, Some(1_700_000_100));
    assert_eq!(count(&seen), 3);
}

#[test]
fn the_final_status_rule() {
    let at = |status: Option<WorkflowTaskStatus>, end: Option<i64>| {
        let mut task = WorkflowTaskDetail::new();
        task.status = status;
        task.end_time = end;
        is_final(&task)
    };
    let ended = Some(1_700_000_100);
    for status in [
        WorkflowTaskStatus::Passed,
        WorkflowTaskStatus::Failed,
        WorkflowTaskStatus::Timeout,
        WorkflowTaskStatus::Cancelled,
    ] {
        assert!(at(Some(status.clone()), None), "{status}");
    }
    for status in [WorkflowTaskStatus::Created, WorkflowTaskStatus::Running] {
        assert!(!at(Some(status.clone()), ended), "{status}");
    }
    assert!(at(Some(WorkflowTaskStatus::Reject), None));
    // The server's spelling is lower case; another case reads the same.
    assert!(at(Some(unknown("Reject")), Some(0)));
    assert!(!at(Some(unknown("RUNNING")), ended));
    for waiting in [
        "waiting",
        "queued",
        "prepare",
        "wait_for_approval",
        "pause",
        "blocked",
        "debug_before",
        "wait_for_manual_error_handling",
    ] {
        assert!(
            !at(Some(WorkflowTaskStatus::from(waiting)), ended),
            "{waiting}"
        );
    }
    // States the spec does not place follow `end_time`.
    assert!(!at(Some(WorkflowTaskStatus::Unstable), Some(0)));
    assert!(at(Some(WorkflowTaskStatus::Unstable), ended));
    assert!(!at(Some(unknown("mystery")), None));
    assert!(!at(Some(unknown("mystery")), Some(0)));
    assert!(at(Some(unknown("mystery")), ended));
    assert!(!at(None, None));
    assert!(at(None, ended));
}

#[tokio::test]
async fn a_task_still_running_at_the_deadline_is_a_timeout_naming_the_last_status() {
    let (server, seen) = task_server(vec![task("running", 0)]).await;
    let client = client(&server.uri());
    let started = Instant::now();
    let err = client
        .wait_for_workflow_task("build-deploy", 42)
        .poll_interval(Duration::from_millis(10))
        .max_poll_interval(Duration::from_millis(20))
        .deadline(Duration::from_millis(300))
        .send()
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert!(err.is_timeout());
    assert_eq!(
        err.to_string(),
        "workflow task build-deploy #42 did not finish within 300ms; last status: running"
    );
    assert_eq!(err.endpoint(), None);
    // Not much before the deadline (at most one poll's latency early), and not long after.
    assert!(elapsed >= Duration::from_millis(250), "{elapsed:?}");
    assert!(elapsed < Duration::from_millis(1500), "{elapsed:?}");
    // 10, 20, 20, ... ms apart: many polls, none after the wait gave up.
    let polls = count(&seen);
    assert!(polls >= 5, "{polls} polls");
    tokio::time::sleep(Duration::from_millis(60)).await;
    assert_eq!(count(&seen), polls);
}

#[tokio::test]
async fn the_deadline_bounds_a_poll_in_flight() {
    let (server, seen) =
        task_server(vec![task("running", 0).set_delay(Duration::from_secs(5))]).await;
    let client = client(&server.uri());
    let started = Instant::now();
    let err = client
        .wait_for_workflow_task("build-deploy", 42)
        .deadline(Duration::from_millis(200))
        .send()
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert_eq!(
        err.to_string(),
        "workflow task build-deploy #42 did not finish within 200ms; no status seen yet"
    );
    assert!(elapsed >= Duration::from_millis(190), "{elapsed:?}");
    assert!(elapsed < Duration::from_millis(1500), "{elapsed:?}");
    assert_eq!(count(&seen), 1);
}

#[tokio::test]
async fn the_interval_doubles_up_to_the_maximum() {
    let mut answers = vec![task("running", 0); 6];
    answers.push(task("passed", 1_700_000_100));
    let (server, seen) = task_server(answers).await;
    let client = client(&server.uri());
    client
        .wait_for_workflow_task("build-deploy", 42)
        .poll_interval(Duration::from_millis(20))
        .max_poll_interval(Duration::from_millis(80))
        .send()
        .await
        .unwrap();
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 7);
    let gaps: Vec<Duration> = seen.windows(2).map(|w| w[1] - w[0]).collect();
    // Each wait is the interval less up to 10% jitter; a sleep never ends early.
    for (gap, expected) in gaps.iter().zip([20u64, 40, 80, 80, 80, 80]) {
        let floor = Duration::from_millis(expected * 9 / 10 - 1);
        assert!(*gap >= floor, "gaps {gaps:?}: {gap:?} < {floor:?}");
    }
    // The maximum holds: the whole wait is 380 ms of sleeping, give or take scheduling.
    let total = seen[6] - seen[0];
    assert!(total < Duration::from_millis(1500), "gaps {gaps:?}");
}

#[tokio::test]
async fn an_api_error_ends_the_wait_with_that_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(TASK_PATH))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_json(json!({"code": 6894, "message": "workflow task not found"})),
        )
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let err = fast(client.wait_for_workflow_task("build-deploy", 42))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Api);
    assert!(err.is_not_found());
    assert_eq!(err.api_code(), Some(6894));
    assert_eq!(err.endpoint(), Some("get_workflow_task"));
    assert_eq!(
        err.to_string(),
        "get_workflow_task: HTTP 404 Not Found: workflow task not found (code 6894)"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_503_during_polling_is_retried_by_the_runtime() {
    let (server, seen) = task_server(vec![
        task("running", 0),
        ResponseTemplate::new(503),
        task("passed", 1_700_000_100),
    ])
    .await;
    let client = client(&server.uri());
    let done = fast(client.wait_for_workflow_task("build-deploy", 42))
        .send()
        .await
        .unwrap();
    assert_eq!(done.status, Some(WorkflowTaskStatus::Passed));
    assert_eq!(count(&seen), 3);
}

#[tokio::test]
async fn a_body_that_is_not_a_task_ends_the_wait_with_a_decode_error() {
    let (server, seen) = task_server(vec![
        ResponseTemplate::new(200).set_body_string("<html>login</html>"),
    ])
    .await;
    let client = client(&server.uri());
    let err = fast(client.wait_for_workflow_task("build-deploy", 42))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert_eq!(count(&seen), 1);
}

#[test]
fn the_wait_future_is_send_and_the_builder_shows_its_settings() {
    fn assert_send<T: Send>(_: &T) {}
    let client = zadig_api::Client::new("http://127.0.0.1:9", "t").unwrap();
    let wait = client
        .wait_for_workflow_task("build-deploy", 42)
        .deadline(Duration::from_secs(5))
        .on_status(|_| {});
    let shown = format!("{wait:?}");
    assert!(
        shown.contains("build-deploy") && shown.contains("task_id: 42"),
        "{shown}"
    );
    assert!(
        shown.contains("deadline: 5s") && shown.contains("on_status: true"),
        "{shown}"
    );
    let future = wait.send();
    assert_send(&future);
}

// The blocking client.

/// A wiremock server on a runtime of its own, so the test thread can make blocking calls.
fn blocking_server(
    answers: Vec<ResponseTemplate>,
) -> (
    tokio::runtime::Runtime,
    MockServer,
    Arc<Mutex<Vec<Instant>>>,
) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let (server, seen) = runtime.block_on(task_server(answers));
    (runtime, server, seen)
}

fn blocking_client(base: &str) -> zadig_api::blocking::Client {
    zadig_api::blocking::Client::from_async(client(base)).unwrap()
}

#[test]
fn blocking_wait_polls_until_passed() {
    let (_runtime, server, seen) = blocking_server(vec![
        task("running", 0),
        task("running", 0),
        task("passed", 1_700_000_100),
    ]);
    let client = blocking_client(&server.uri());
    // The callback is `Send` for both clients: the blocking call may run on a helper thread
    // (see `blocking::Client`, on a `spawn_blocking` thread).
    let changes = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let noted = changes.clone();
    let done = client
        .wait_for_workflow_task("build-deploy", 42)
        .poll_interval(Duration::from_millis(10))
        .max_poll_interval(Duration::from_millis(20))
        .deadline(Duration::from_secs(10))
        .on_status(move |_| {
            noted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        })
        .send()
        .unwrap();
    assert_eq!(done.status, Some(WorkflowTaskStatus::Passed));
    assert_eq!(count(&seen), 3);
    assert_eq!(changes.load(std::sync::atomic::Ordering::SeqCst), 2);
}

#[test]
fn blocking_wait_times_out_and_ends_on_errors() {
    let (runtime, server, _) = blocking_server(vec![task("queued", 0)]);
    let client = blocking_client(&server.uri());
    let started = Instant::now();
    let err = client
        .wait_for_workflow_task("build-deploy", 42)
        .poll_interval(Duration::from_millis(10))
        .deadline(Duration::from_millis(200))
        .send()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert_eq!(
        err.to_string(),
        "workflow task build-deploy #42 did not finish within 200ms; last status: queued"
    );
    assert!(started.elapsed() < Duration::from_millis(1500));

    let missing = runtime.block_on(async {
        let server = MockServer::start().await;
        Mock::given(path(TASK_PATH))
            .respond_with(
                ResponseTemplate::new(404).set_body_json(json!({"code": 6894, "message": "nope"})),
            )
            .mount(&server)
            .await;
        server
    });
    let client = blocking_client(&missing.uri());
    let err = client
        .wait_for_workflow_task("build-deploy", 42)
        .send()
        .unwrap_err();
    assert_eq!(err.api_code(), Some(6894));
    let requests = runtime.block_on(missing.received_requests()).unwrap();
    assert_eq!(requests.len(), 1);
}

#[tokio::test]
async fn blocking_wait_inside_async_code_is_an_error_not_a_panic() {
    let calls = Arc::new(AtomicUsize::new(0));
    let client = zadig_api::blocking::Client::new("http://127.0.0.1:9", "t").unwrap();
    let seen = calls.clone();
    let err = client
        .wait_for_workflow_task("build-deploy", 42)
        .on_status(move |_| {
            seen.fetch_add(1, Ordering::SeqCst);
        })
        .send()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert_eq!(calls.load(Ordering::SeqCst), 0);
}
