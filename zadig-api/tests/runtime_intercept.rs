//! Extending the runtime: interceptors around each call and attempt (async, fallible, per
//! client or per call), and an injected time source so retries, waits, timeouts and deadlines
//! run without sleeping.

mod runtime_support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use runtime_support::{TOKEN, builder};
use serde_json::{Value, json};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};
use zadig_api::ErrorKind;
use zadig_api::intercept::{
    AttemptOutcome, AttemptRequest, CallInfo, CallOutcome, Intercepted, Interceptor,
};
use zadig_api::time::{Sleep, Sleeping};
use zadig_api::types::WorkflowTaskStatus;

/// What an interceptor saw, one line per point: `before <endpoint> #<attempt>`,
/// `after #<attempt> <status or error kind>`.
#[derive(Default, Clone)]
struct Recorder {
    lines: Arc<Mutex<Vec<String>>>,
}

impl Recorder {
    fn lines(&self) -> Vec<String> {
        self.lines.lock().unwrap().clone()
    }
}

impl Interceptor for Recorder {
    fn before_attempt<'a>(&'a self, request: &'a mut AttemptRequest) -> Intercepted<'a> {
        assert!(request.headers().contains_key("authorization"));
        let attempt = request.attempt().to_string().parse().unwrap();
        request.headers_mut().insert("x-attempt", attempt);
        self.lines.lock().unwrap().push(format!(
            "before {} {} #{}",
            request.endpoint(),
            request.method(),
            request.attempt()
        ));
        zadig_api::intercept::proceed()
    }

    fn after_attempt<'a>(&'a self, outcome: &'a AttemptOutcome<'_>) -> Intercepted<'a> {
        let what = match (outcome.status(), outcome.error()) {
            (Some(status), None) => status.as_u16().to_string(),
            (None, Some(error)) => format!("{:?}", error.kind()),
            other => panic!("an outcome is a response or an error, not {other:?}"),
        };
        self.lines
            .lock()
            .unwrap()
            .push(format!("after #{} {what}", outcome.attempt()));
        zadig_api::intercept::proceed()
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
async fn interceptors_see_every_attempt_and_can_add_headers() {
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
        .interceptor(recorder.clone())
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
async fn interceptors_run_in_order_and_one_may_replace_the_token() {
    struct Rotate;
    impl Interceptor for Rotate {
        fn before_attempt<'a>(&'a self, request: &'a mut AttemptRequest) -> Intercepted<'a> {
            Box::pin(async move {
                request.set_bearer_token("rotated")?;
                assert!(request.headers()["authorization"].is_sensitive());
                Ok(())
            })
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
        .interceptor(recorder.clone())
        .interceptor(Rotate)
        .build()
        .unwrap();
    let answer: Value = client
        .request(reqwest::Method::GET, "/x")
        .send()
        .await
        .unwrap();
    assert_eq!(answer, json!({"ok": true}));
    assert!(
        format!("{client:?}").contains("interceptors: 2"),
        "{client:?}"
    );
    assert!(!format!("{client:?}").contains(TOKEN));
}

#[tokio::test]
async fn an_attempt_without_a_response_reaches_the_interceptors_as_its_error() {
    // A port nobody listens on: every attempt fails to connect.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let recorder = Recorder::default();
    let (waits, sleep) = recorded_sleep();
    let client = builder(&base)
        .interceptor(recorder.clone())
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
fn the_blocking_client_has_the_same_interceptors() {
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
        .interceptor(recorder.clone())
        .build()
        .unwrap();
    assert_eq!(client.get_registry("r1").send().unwrap().registry_id, "r1");
    assert_eq!(
        recorder.lines(),
        ["before get_registry GET #1", "after #1 200"]
    );
}

/// An identity provider's token, fetched with an async HTTP call when none is cached or the
/// cached one has expired: the async token refresh of the guide ("Interceptors").
struct SsoToken {
    provider: String,
    http: reqwest::Client,
    cached: tokio::sync::Mutex<Option<String>>,
}

impl SsoToken {
    async fn token(&self) -> Result<String, reqwest::Error> {
        let mut cached = self.cached.lock().await;
        if let Some(token) = &*cached {
            return Ok(token.clone());
        }
        let answer: Value = self
            .http
            .post(format!("{}/oauth/token", self.provider))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let token = answer["access_token"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        *cached = Some(token.clone());
        Ok(token)
    }

    async fn expire(&self) {
        *self.cached.lock().await = None;
    }
}

impl Interceptor for SsoToken {
    fn before_attempt<'a>(&'a self, request: &'a mut AttemptRequest) -> Intercepted<'a> {
        Box::pin(async move {
            let token = self.token().await?;
            request.set_bearer_token(&token)?;
            Ok(())
        })
    }

    fn after_attempt<'a>(&'a self, outcome: &'a AttemptOutcome<'_>) -> Intercepted<'a> {
        Box::pin(async move {
            // The server no longer takes the token: fetch a new one for the next attempt.
            if outcome.status() == Some(reqwest::StatusCode::UNAUTHORIZED) {
                self.expire().await;
            }
            Ok(())
        })
    }
}

/// The token comes from an async call to an identity provider, once per token: two calls
/// share it, and when Zadig refuses it (401) the next call fetches a new one.
#[tokio::test]
async fn an_async_interceptor_refreshes_the_token() {
    let provider = MockServer::start().await;
    let issued = Arc::new(AtomicUsize::new(0));
    let counter = issued.clone();
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(move |_: &Request| {
            let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
            ResponseTemplate::new(200).set_body_json(json!({"access_token": format!("sso-{n}")}))
        })
        .mount(&provider)
        .await;
    let zadig = MockServer::start().await;
    // Zadig takes the first token once, then only the second.
    Mock::given(method("GET"))
        .and(path("/openapi/system/registry/r1"))
        .and(header("authorization", "Bearer sso-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"registry_id": "r1"})))
        .up_to_n_times(2)
        .mount(&zadig)
        .await;
    Mock::given(method("GET"))
        .and(path("/openapi/system/registry/r1"))
        .and(header("authorization", "Bearer sso-1"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"code": 401, "message": "token expired"})),
        )
        .mount(&zadig)
        .await;
    Mock::given(method("GET"))
        .and(path("/openapi/system/registry/r1"))
        .and(header("authorization", "Bearer sso-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"registry_id": "r1"})))
        .mount(&zadig)
        .await;
    let client = builder(&zadig.uri())
        .interceptor(SsoToken {
            provider: provider.uri(),
            http: reqwest::Client::new(),
            cached: tokio::sync::Mutex::new(None),
        })
        .build()
        .unwrap();
    for _ in 0..2 {
        assert_eq!(
            client.get_registry("r1").send().await.unwrap().registry_id,
            "r1"
        );
    }
    assert_eq!(
        issued.load(Ordering::SeqCst),
        1,
        "the token is fetched once and kept"
    );
    let refused = client.get_registry("r1").send().await.unwrap_err();
    assert!(refused.is_unauthorized(), "{refused}");
    assert_eq!(
        client.get_registry("r1").send().await.unwrap().registry_id,
        "r1"
    );
    assert_eq!(
        issued.load(Ordering::SeqCst),
        2,
        "a refused token is replaced"
    );
    let sent: Vec<String> = zadig
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|request| {
            request.headers["authorization"]
                .to_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        sent,
        [
            "Bearer sso-1",
            "Bearer sso-1",
            "Bearer sso-1",
            "Bearer sso-2"
        ]
    );
    assert!(!sent.iter().any(|token| token.contains(TOKEN)));
}

/// The interceptor's own error, for the tests that fail calls.
#[derive(Debug)]
struct NoPermit;

impl std::fmt::Display for NoPermit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no permit left")
    }
}

impl std::error::Error for NoPermit {}

/// Fails every call before its first attempt.
struct Refuse;

impl Interceptor for Refuse {
    fn before_call<'a>(&'a self, call: &'a CallInfo) -> Intercepted<'a> {
        assert_eq!(call.path_template(), "/openapi/system/registry/{id}");
        Box::pin(async { Err(NoPermit.into()) })
    }
}

/// An interceptor fails the call with its own error, before anything is sent, and the call is
/// not retried.
#[tokio::test]
async fn an_interceptor_fails_the_call_with_its_own_error() {
    let server = MockServer::start().await;
    let client = builder(&server.uri()).interceptor(Refuse).build().unwrap();
    let err = client.get_registry("r1").send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Interceptor);
    assert!(!err.is_retryable());
    assert_eq!(err.endpoint(), Some("get_registry"));
    let source = std::error::Error::source(&err).expect("the interceptor's error");
    assert!(source.downcast_ref::<NoPermit>().is_some(), "{source:?}");
    assert!(err.to_string().contains("no permit left"), "{err}");
    assert!(server.received_requests().await.unwrap().is_empty());
}

/// Counts the calls and attempts it sees, and keeps each call's outcome.
#[derive(Default, Clone)]
struct Outcomes {
    calls: Arc<Mutex<Vec<String>>>,
}

impl Interceptor for Outcomes {
    fn after_call<'a>(&'a self, outcome: &'a CallOutcome<'_>) -> Intercepted<'a> {
        let line = format!(
            "{} {} after {} attempts: {:?} {:?}",
            outcome.method(),
            outcome.endpoint(),
            outcome.attempts(),
            outcome.status().map(|status| status.as_u16()),
            outcome.error().map(zadig_api::Error::kind),
        );
        self.calls.lock().unwrap().push(line);
        zadig_api::intercept::proceed()
    }
}

/// An interceptor given to one call runs for that call only, after the client's; `after_call`
/// sees how the call ended, retries counted.
#[tokio::test]
async fn interceptors_per_call_and_the_call_outcome() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/openapi/system/registry/r1"))
        .respond_with(Sequence(
            vec![
                ResponseTemplate::new(503),
                ResponseTemplate::new(200).set_body_json(json!({"registry_id": "r1"})),
            ],
            Arc::default(),
        ))
        .mount(&server)
        .await;
    let (_, sleep) = recorded_sleep();
    let outcomes = Outcomes::default();
    let client = builder(&server.uri())
        .interceptor(outcomes.clone())
        .sleep(sleep)
        .build()
        .unwrap();
    let per_call = Recorder::default();
    client
        .get_registry("r1")
        .interceptor(per_call.clone())
        .send()
        .await
        .unwrap();
    client.get_registry("missing").send().await.unwrap_err();
    assert_eq!(
        per_call.lines(),
        [
            "before get_registry GET #1",
            "after #1 503",
            "before get_registry GET #2",
            "after #2 200",
        ]
    );
    let calls = outcomes.calls.lock().unwrap().clone();
    assert_eq!(
        calls,
        [
            "GET get_registry after 2 attempts: Some(200) None",
            "GET get_registry after 1 attempts: Some(404) Some(Api)",
        ]
    );
    // A per-call interceptor that refuses ends only its call.
    let err = client
        .get_registry("r1")
        .interceptor(Refuse)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Interceptor);
    assert!(client.get_registry("r1").send().await.is_ok());
}

/// A time source whose waits return at once and whose timers fire at once for a bound of
/// `fire_at` or less and never for a longer one; it records every bound asked for.
struct TestClock {
    fire_at: Duration,
    bounds: Arc<Mutex<Vec<Duration>>>,
}

impl Sleep for TestClock {
    fn sleep(&self, _: Duration) -> Sleeping {
        Box::pin(std::future::ready(()))
    }

    fn timer(&self, bound: Duration) -> Sleeping {
        self.bounds.lock().unwrap().push(bound);
        if bound <= self.fire_at {
            Box::pin(std::future::ready(()))
        } else {
            Box::pin(std::future::pending())
        }
    }
}

/// A server that answers after 10 s, for the bounds to end calls first.
async fn slow_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"registry_id": "r1"}))
                .set_delay(Duration::from_secs(10)),
        )
        .mount(&server)
        .await;
    server
}

/// An attempt's timeout is a timer of the time source: the test fires it, nobody waits 30 s,
/// and a timed-out attempt is retried as before.
#[tokio::test]
async fn timeouts_run_on_the_time_source() {
    let server = slow_server().await;
    let bounds: Arc<Mutex<Vec<Duration>>> = Arc::default();
    let client = builder(&server.uri())
        .timeout(Duration::from_secs(30))
        .max_attempts(2)
        .sleep(TestClock {
            fire_at: Duration::from_secs(30),
            bounds: bounds.clone(),
        })
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.get_registry("r1").send().await.unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "waited for real"
    );
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert!(err.is_retryable());
    assert_eq!(
        err.to_string(),
        "get_registry: request timed out after 30s (after 2 attempts)"
    );
    assert_eq!(*bounds.lock().unwrap(), [Duration::from_secs(30); 2]);
}

/// A call's deadline is a timer of the time source too, around the attempts and their own
/// timeouts.
#[tokio::test]
async fn deadlines_run_on_the_time_source() {
    let server = slow_server().await;
    let bounds: Arc<Mutex<Vec<Duration>>> = Arc::default();
    let client = builder(&server.uri())
        .timeout(Duration::from_secs(30))
        .deadline(Duration::from_secs(20))
        .sleep(TestClock {
            fire_at: Duration::from_secs(20),
            bounds: bounds.clone(),
        })
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.get_registry("r1").send().await.unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "waited for real"
    );
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert_eq!(
        err.to_string(),
        "get_registry: the call did not finish within its deadline of 20s (retries included)"
    );
    assert_eq!(bounds.lock().unwrap()[0], Duration::from_secs(20));
    // A call's own deadline goes through it as well.
    let err = client
        .get_registry("r1")
        .deadline(Duration::from_secs(7))
        .send()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("deadline of 7s"), "{err}");
}
