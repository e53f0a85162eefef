//! Extending the runtime: hooks around each attempt, and an injected sleep so retries and
//! waits run without sleeping.

mod runtime_support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use runtime_support::{TOKEN, builder};
use serde_json::{Value, json};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};
use zadig_api::ErrorKind;
use zadig_api::hooks::{AttemptOutcome, AttemptRequest, Hook};
use zadig_api::types::WorkflowTaskStatus;

/// What a hook saw, one line per call: `before <endpoint> #<attempt>`, `after #<attempt>
/// <status or error kind>`.
#[derive(Default, Clone)]
struct Recorder {
    lines: Arc<Mutex<Vec<String>>>,
}

impl Recorder {
    fn lines(&self) -> Vec<String> {
        self.lines.lock().unwrap().clone()
    }
}

impl Hook for Recorder {
    fn before_attempt(&self, request: &mut AttemptRequest<'_>) {
        assert!(request.headers().contains_key("authorization"));
        let attempt = request.attempt().to_string().parse().unwrap();
        request.headers_mut().insert("x-attempt", attempt);
        self.lines.lock().unwrap().push(format!(
            "before {} {} #{}",
            request.endpoint(),
            request.method(),
            request.attempt()
        ));
    }

    fn after_attempt(&self, outcome: &AttemptOutcome<'_>) {
        let what = match (outcome.status(), outcome.error()) {
            (Some(status), None) => status.as_u16().to_string(),
            (None, Some(error)) => format!("{:?}", error.kind()),
            other => panic!("an outcome is a response or an error, not {other:?}"),
        };
        self.lines
            .lock()
            .unwrap()
            .push(format!("after #{} {what}", outcome.attempt()));
    }
}

/// Answers in turn (the last repeats).
struct Sequence(Vec<ResponseTemplate>, Arc<Mutex<usize>>);

impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let mut seen = self.1.lock().unwrap();
        *seen += 1;
        self.0[(*seen - 1).min(self.0.len() - 1)].clone()
    }
}

fn recorded_sleep() -> (
    Arc<Mutex<Vec<Duration>>>,
    impl Fn(Duration) -> std::future::Ready<()> + Send + Sync + 'static,
) {
    let waits: Arc<Mutex<Vec<Duration>>> = Arc::default();
    let recorded = waits.clone();
    (waits, move |duration| {
        recorded.lock().unwrap().push(duration);
        std::future::ready(())
    })
}

#[tokio::test]
async fn hooks_see_every_attempt_and_can_add_headers() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/openapi/system/registry/r1"))
        .and(header("x-attempt", "1"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/openapi/system/registry/r1"))
        .and(header("x-attempt", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"registry_id": "r1"})))
        .mount(&server)
        .await;
    let recorder = Recorder::default();
    let client = builder(&server.uri())
        .hook(recorder.clone())
        .build()
        .unwrap();
    let registry = client.get_registry("r1").send().await.unwrap();
    assert_eq!(registry.registry_id, "r1");
    assert_eq!(
        recorder.lines(),
        [
            "before get_registry GET #1",
            "after #1 503",
            "before get_registry GET #2",
            "after #2 200",
        ]
    );
}

#[tokio::test]
async fn hooks_run_in_order_and_one_may_replace_the_token() {
    struct Rotate;
    impl Hook for Rotate {
        fn before_attempt(&self, request: &mut AttemptRequest<'_>) {
            let mut value: reqwest::header::HeaderValue = "Bearer rotated".parse().unwrap();
            value.set_sensitive(true);
            request.headers_mut().insert("authorization", value);
        }
    }
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/x"))
        .and(header("authorization", "Bearer rotated"))
        .and(header("x-attempt", "1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .mount(&server)
        .await;
    let recorder = Recorder::default();
    let client = builder(&server.uri())
        .hook(recorder.clone())
        .hook(Rotate)
        .build()
        .unwrap();
    let answer: Value = client
        .request(reqwest::Method::GET, "/x")
        .send()
        .await
        .unwrap();
    assert_eq!(answer, json!({"ok": true}));
    assert!(format!("{client:?}").contains("hooks: 2"), "{client:?}");
    assert!(!format!("{client:?}").contains(TOKEN));
}

#[tokio::test]
async fn an_attempt_without_a_response_reaches_the_hooks_as_its_error() {
    // A port nobody listens on: every attempt fails to connect.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let recorder = Recorder::default();
    let (waits, sleep) = recorded_sleep();
    let client = builder(&base)
        .hook(recorder.clone())
        .sleep(sleep)
        .max_attempts(3)
        .build()
        .unwrap();
    let err = client.get_registry("r1").send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport);
    assert_eq!(
        recorder.lines(),
        [
            "before get_registry GET #1",
            "after #1 Transport",
            "before get_registry GET #2",
            "after #2 Transport",
            "before get_registry GET #3",
            "after #3 Transport",
        ]
    );
    assert_eq!(waits.lock().unwrap().len(), 2);
}

/// A `Retry-After` of 20 s is honoured through the injected sleep: the call returns at once
/// and the wait is recorded, not slept.
#[tokio::test]
async fn retries_wait_through_the_injected_sleep() {
    let server = MockServer::start().await;
    let seen = Arc::new(Mutex::new(0));
    Mock::given(method("GET"))
        .and(path("/openapi/system/registry/r1"))
        .respond_with(Sequence(
            vec![
                ResponseTemplate::new(429).insert_header("retry-after", "20"),
                ResponseTemplate::new(503),
                ResponseTemplate::new(200).set_body_json(json!({"registry_id": "r1"})),
            ],
            seen.clone(),
        ))
        .mount(&server)
        .await;
    let (waits, sleep) = recorded_sleep();
    let client = builder(&server.uri())
        .max_backoff(Duration::from_secs(60))
        .initial_backoff(Duration::from_secs(8))
        .sleep(sleep)
        .build()
        .unwrap();
    let started = Instant::now();
    let registry = client.get_registry("r1").send().await.unwrap();
    assert_eq!(registry.registry_id, "r1");
    assert!(started.elapsed() < Duration::from_secs(5), "slept for real");
    let waits = waits.lock().unwrap().clone();
    assert_eq!(waits.len(), 2, "{waits:?}");
    assert_eq!(waits[0], Duration::from_secs(20));
    // The second retry's backoff: random, at most twice the initial backoff.
    assert!(waits[1] <= Duration::from_secs(16), "{waits:?}");
    assert_eq!(*seen.lock().unwrap(), 3);
}

/// The waiter's poll intervals (2 s, then 4 s by default) go through the injected sleep too.
#[tokio::test]
async fn waiting_for_a_task_polls_through_the_injected_sleep() {
    let task = |status: &str, end: i64| {
        ResponseTemplate::new(200).set_body_json(json!({
            "task_id": 42, "workflow_key": "build-deploy", "status": status,
            "end_time": end, "stages": []
        }))
    };
    let server = MockServer::start().await;
    let seen = Arc::new(Mutex::new(0));
    Mock::given(method("GET"))
        .and(path("/openapi/workflows/custom/task"))
        .respond_with(Sequence(
            vec![
                task("running", 0),
                task("running", 0),
                task("passed", 1_700_000_100),
            ],
            seen.clone(),
        ))
        .mount(&server)
        .await;
    let (waits, sleep) = recorded_sleep();
    let client = builder(&server.uri()).sleep(sleep).build().unwrap();
    let started = Instant::now();
    let task = client
        .wait_for_workflow_task("build-deploy", 42)
        .send()
        .await
        .unwrap();
    assert_eq!(task.status, Some(WorkflowTaskStatus::Passed));
    assert!(started.elapsed() < Duration::from_secs(1), "slept for real");
    let waits = waits.lock().unwrap().clone();
    assert_eq!(waits.len(), 2, "{waits:?}");
    // Up to 10% shorter at random.
    assert!(
        (Duration::from_millis(1800)..=Duration::from_secs(2)).contains(&waits[0]),
        "{waits:?}"
    );
    assert!(
        (Duration::from_millis(3600)..=Duration::from_secs(4)).contains(&waits[1]),
        "{waits:?}"
    );
}

#[cfg(feature = "blocking")]
#[test]
fn the_blocking_client_has_the_same_hooks() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(async {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/openapi/system/registry/r1"))
            .and(header("x-attempt", "1"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"registry_id": "r1"})))
            .mount(&server)
            .await;
        server
    });
    let recorder = Recorder::default();
    let client = zadig_api::blocking::Client::builder()
        .base_url(server.uri())
        .token(TOKEN)
        .hook(recorder.clone())
        .build()
        .unwrap();
    assert_eq!(client.get_registry("r1").send().unwrap().registry_id, "r1");
    assert_eq!(
        recorder.lines(),
        ["before get_registry GET #1", "after #1 200"]
    );
}
