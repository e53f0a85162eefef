//! A mock Zadig server for testing code that calls Zadig through `zadig-api`.
//!
//! [`MockZadig::start`] serves on loopback; point a client at [`MockZadig::url`]. Every
//! endpoint of the spec has a method named as the client's (`mock.list_workflows()`) that
//! returns an expectation builder, generated from the same spec as the client: one matcher
//! setter per path and query parameter (named as the client's), `body`/`body_matches` for
//! endpoints that take one, then a responder (`respond` with a value of the response type,
//! `respond_example` with one of the spec's documented examples, `respond_error` and
//! `respond_error_described` with Zadig's error body, `respond_text`, `respond_lines` and
//! `respond_lines_with_delays`, `respond_pages`), which registers it. The returned [`Mounted`]
//! takes `.times(n)` and `.delay(d)`.
//!
//! The server checks each request against the spec as Zadig would: an unknown route answers
//! `404`, and a known one without a required query parameter or with a body that does not
//! decode as the endpoint's body type answers `400`, all with Zadig's error body
//! (`{"code":..,"message":..,"description":..}`, the description saying what was wrong). Those requests, and requests no
//! expectation matches (answered `404`), are recorded; [`MockZadig::verify`] reports them with
//! every expectation that was not met. Dropping the mock verifies too, unless `verify` was
//! called.
//!
//! ```
//! use zadig_mock::MockZadig;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mock = MockZadig::start().await;
//! mock.list_workflows()
//!     .project_key("demo")
//!     .respond_example("success")
//!     .times(1);
//!
//! let client = zadig_api::Client::new(mock.url(), "token")?;
//! let workflows = client.list_workflows("demo").send().await?;
//! assert!(!workflows.workflows.is_empty());
//!
//! mock.verify()?;
//! # Ok(())
//! # }
//! ```
//!
//! For the blocking client, [`MockZadig::start_blocking`] starts the mock without an async
//! runtime. [`MockZadig::workflow_run`] serves a run that is `running` for a number of polls,
//! for testing `wait_for_workflow_task`.

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

use std::time::Duration;

use bytes::Bytes;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use server::{Answer, AnswerBody, Received, Server};

// The generated code names the client's types as `crate::types::..`.
use zadig_api::types;

#[rustfmt::skip]
pub mod generated;
mod server;

/// The README's example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// The workspace README's "Testing your code" example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct WorkspaceReadmeDoctests;

/// How much of an unexpected request's body the report shows.
const BODY_SHOWN: usize = 400;

/// One endpoint of the spec, as the server checks requests against it (generated).
#[derive(Debug)]
pub(crate) struct Route {
    /// The endpoint id (`list_workflows`).
    pub(crate) id: &'static str,
    pub(crate) method: &'static str,
    /// The path template (`/openapi/workflows/{name}`).
    pub(crate) path: &'static str,
    /// The query parameters a request must carry.
    pub(crate) required_query: &'static [&'static str],
    /// The JSON body the endpoint takes, if any.
    pub(crate) body: Option<BodyType>,
    pub(crate) paging: Option<Paging>,
    /// The documented answers.
    pub(crate) examples: &'static [Example],
}

/// The type a request body must decode as (generated).
#[derive(Debug)]
pub(crate) struct BodyType {
    /// The Rust type's name, for the error description.
    pub(crate) name: &'static str,
    pub(crate) decodes: fn(&[u8]) -> Result<(), String>,
}

/// Whether `bytes` decode as JSON of type `T`, and why not (what `BodyType::decodes` is).
pub(crate) fn decodes<T: DeserializeOwned>(bytes: &[u8]) -> Result<(), String> {
    serde_json::from_slice::<T>(bytes)
        .map(drop)
        .map_err(|err| err.to_string())
}

/// A paged list's parameters and response fields (generated).
#[derive(Debug)]
pub(crate) struct Paging {
    pub(crate) page_param: &'static str,
    pub(crate) size_param: &'static str,
    pub(crate) default_size: u64,
    pub(crate) items_field: &'static str,
    pub(crate) total_field: Option<&'static str>,
}

/// A documented answer (generated).
#[derive(Debug)]
pub(crate) struct Example {
    pub(crate) name: &'static str,
    pub(crate) status: u16,
    pub(crate) body: ExampleBody,
}

/// A documented answer's payload (generated), in the form the endpoint answers with.
#[derive(Debug)]
pub(crate) enum ExampleBody {
    Json(&'static str),
    /// A text answer (a YAML file, a whole log).
    Text(&'static str),
    /// A log stream, one line an event.
    Lines(&'static [&'static str]),
}

/// A mock Zadig server on loopback.
pub struct MockZadig {
    server: Server,
    state: Arc<Mutex<State>>,
}

impl fmt::Debug for MockZadig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockZadig")
            .field("url", &self.server.url())
            .finish_non_exhaustive()
    }
}

#[derive(Default)]
struct State {
    expectations: Vec<Registered>,
    unexpected: Vec<UnexpectedRequest>,
    /// Mistakes in setting up expectations (an unknown example name).
    setup_errors: Vec<String>,
    /// `verify` was called: dropping does not verify again.
    verified: bool,
}

/// A registered expectation and what happened to it.
struct Registered {
    route: &'static Route,
    matchers: Matchers,
    responder: Responder,
    /// Exactly this many calls; `None`: at least one.
    times: Option<u64>,
    calls: u64,
    /// How long the server waits before answering.
    delay: Option<Duration>,
}

#[derive(Clone, Default)]
struct Matchers {
    path: Vec<(&'static str, String)>,
    query: Vec<(&'static str, Vec<String>)>,
    body: Option<BodyMatcher>,
}

/// Whether a request body (its bytes) is the one expected.
type BodyCheck = Arc<dyn Fn(&[u8]) -> bool + Send + Sync>;

#[derive(Clone)]
struct BodyMatcher {
    description: String,
    check: BodyCheck,
}

enum Responder {
    Json {
        status: u16,
        body: String,
    },
    Text(String),
    /// Log lines, each sent after its delay.
    Lines(Vec<(Duration, String)>),
    Sequence(Vec<String>),
    Pages(Vec<Value>),
    Empty,
}

impl MockZadig {
    /// Starts a mock server on loopback, from inside a tokio runtime (of either flavour).
    ///
    /// # Panics
    ///
    /// When the server cannot start: no free loopback port, or the process is out of threads
    /// or file handles.
    pub async fn start() -> MockZadig {
        MockZadig::serve()
    }

    /// Starts a mock server without an async runtime, for tests of the blocking client. (The
    /// server runs on a thread and runtime of its own either way.)
    ///
    /// # Panics
    ///
    /// As [`MockZadig::start`].
    pub fn start_blocking() -> MockZadig {
        MockZadig::serve()
    }

    fn serve() -> MockZadig {
        let state = Arc::new(Mutex::new(State::default()));
        let shared = Arc::clone(&state);
        let handler = Arc::new(move |received: Received| dispatch(&shared, received));
        match Server::start(handler) {
            Ok(server) => MockZadig { server, state },
            Err(err) => panic!("zadig-mock: cannot start the server on loopback: {err}"),
        }
    }

    /// The base URL to give the client: `zadig_api::Client::new(mock.url(), token)`.
    pub fn url(&self) -> String {
        self.server.url()
    }

    /// Checks every expectation and reports, at once, each one that was not met (naming the
    /// endpoint, its matchers and the calls expected and received), every request that did not
    /// fit the spec or no expectation, and every setup mistake. Once called, dropping the mock
    /// does not verify again.
    pub fn verify(&self) -> Result<(), VerifyError> {
        let mut state = lock(&self.state);
        state.verified = true;
        let mut problems = state.setup_errors.clone();
        for expectation in &state.expectations {
            let met = match expectation.times {
                Some(times) => expectation.calls == times,
                None => expectation.calls > 0,
            };
            if !met {
                let wanted = match expectation.times {
                    Some(1) => "exactly 1 call".to_owned(),
                    Some(times) => format!("exactly {times} calls"),
                    None => "at least 1 call".to_owned(),
                };
                problems.push(format!(
                    "`{}` ({} {}{}) expected {wanted}, received {}",
                    expectation.route.id,
                    expectation.route.method,
                    expectation.route.path,
                    expectation.matchers.describe(),
                    expectation.calls
                ));
            }
        }
        problems.extend(
            state
                .unexpected
                .iter()
                .map(|request| format!("unexpected request: {request}")),
        );
        if problems.is_empty() {
            Ok(())
        } else {
            Err(VerifyError { problems })
        }
    }

    /// The requests that did not fit the spec or no expectation, in arrival order.
    pub fn unexpected_requests(&self) -> Vec<UnexpectedRequest> {
        lock(&self.state).unexpected.clone()
    }

    /// Serves a workflow run, `get_workflow_task(workflow_key, task_id)`, that answers
    /// `running` to the first `running_polls` polls and `final_status` after that, so that
    /// `wait_for_workflow_task` can be tested. The run is the spec's documented example with
    /// its key, number and status replaced (and no end time while running).
    pub fn workflow_run(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
        running_polls: usize,
        final_status: impl Into<types::WorkflowTaskStatus>,
    ) -> Mounted {
        let workflow_key: String = workflow_key.into();
        let final_status: types::WorkflowTaskStatus = final_status.into();
        let mut expectation = self.expect("get_workflow_task");
        expectation.match_query("workflowKey", &workflow_key);
        expectation.match_query("taskId", &task_id);
        let template = expectation
            .route
            .and_then(|route| route.examples.iter().find(|e| e.name == "success"))
            .and_then(|example| match example.body {
                ExampleBody::Json(json) => serde_json::from_str::<Value>(json).ok(),
                _ => None,
            })
            .unwrap_or_else(|| json!({}));
        let run = |status: Value, end_time: Option<i64>| {
            let mut run = template.clone();
            if let Value::Object(object) = &mut run {
                object.insert("workflow_key".to_owned(), json!(workflow_key));
                object.insert("task_id".to_owned(), json!(task_id));
                object.insert("status".to_owned(), status);
                if let Some(end_time) = end_time {
                    object.insert("end_time".to_owned(), json!(end_time));
                }
            }
            run.to_string()
        };
        let mut answers: Vec<String> = (0..running_polls)
            .map(|_| run(json!("running"), Some(0)))
            .collect();
        let final_json = serde_json::to_value(&final_status).unwrap_or(Value::Null);
        answers.push(run(final_json, None));
        expectation.register(Responder::Sequence(answers))
    }

    /// A new expectation of the endpoint `id` (called by the generated methods).
    fn expect(&self, id: &str) -> Expectation<'_> {
        let route = generated::routes::ROUTES
            .iter()
            .find(|route| route.id == id);
        Expectation {
            mock: self,
            route,
            id: id.to_owned(),
            matchers: Matchers::default(),
        }
    }
}

impl Drop for MockZadig {
    fn drop(&mut self) {
        let verified = lock(&self.state).verified;
        if !verified
            && !std::thread::panicking()
            && let Err(err) = self.verify()
        {
            panic!("{err}");
        }
    }
}

/// What the generated expectation builders are made of: the endpoint and the matchers so far.
pub(crate) struct Expectation<'a> {
    mock: &'a MockZadig,
    route: Option<&'static Route>,
    id: String,
    matchers: Matchers,
}

impl fmt::Debug for Expectation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Expectation")
            .field("endpoint", &self.id)
            .field("matchers", &self.matchers.describe())
            .finish_non_exhaustive()
    }
}

impl Expectation<'_> {
    fn match_path<T: Serialize>(&mut self, name: &'static str, value: &T) {
        let text = wire_texts(value).join(",");
        self.matchers.path.push((name, text));
    }

    fn match_query<T: Serialize>(&mut self, name: &'static str, value: &T) {
        self.matchers.query.push((name, wire_texts(value)));
    }

    fn match_body<T: Serialize + DeserializeOwned>(&mut self, value: &T) {
        let expected = serde_json::to_value(value).unwrap_or(Value::Null);
        let description = format!("body = {expected}");
        self.matchers.body = Some(BodyMatcher {
            description,
            check: Arc::new(move |bytes| {
                serde_json::from_slice::<T>(bytes)
                    .ok()
                    .and_then(|sent| serde_json::to_value(sent).ok())
                    .is_some_and(|sent| sent == expected)
            }),
        });
    }

    fn match_body_json(&mut self, expected: Value) {
        let description = format!("body is exactly {expected}");
        self.matchers.body = Some(BodyMatcher {
            description,
            check: Arc::new(move |bytes| {
                serde_json::from_slice::<Value>(bytes).is_ok_and(|sent| sent == expected)
            }),
        });
    }

    fn match_body_with<T: DeserializeOwned>(
        &mut self,
        predicate: impl Fn(&T) -> bool + Send + Sync + 'static,
    ) {
        self.matchers.body = Some(BodyMatcher {
            description: "body passes a predicate".to_owned(),
            // The predicate runs inside the server: one that panics counts as a mismatch
            // rather than taking the server down.
            check: Arc::new(move |bytes| {
                serde_json::from_slice::<T>(bytes).is_ok_and(|sent| {
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| predicate(&sent)))
                        .unwrap_or(false)
                })
            }),
        });
    }

    fn respond_json<T: Serialize>(self, value: &T) -> Mounted {
        let body = serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned());
        self.register(Responder::Json { status: 200, body })
    }

    fn respond_sequence<T: Serialize>(self, values: &[T]) -> Mounted {
        let bodies = values
            .iter()
            .map(|value| serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned()))
            .collect();
        self.register(Responder::Sequence(bodies))
    }

    fn respond_pages<T: Serialize>(self, items: &[T]) -> Mounted {
        let items = items
            .iter()
            .map(|item| serde_json::to_value(item).unwrap_or(Value::Null))
            .collect();
        self.register(Responder::Pages(items))
    }

    fn respond_success(self) -> Mounted {
        self.register(Responder::Json {
            status: 200,
            body: json!({"message": "success"}).to_string(),
        })
    }

    fn respond_text(self, text: String) -> Mounted {
        self.register(Responder::Text(text))
    }

    fn respond_lines(self, lines: Vec<(Duration, String)>) -> Mounted {
        self.register(Responder::Lines(lines))
    }

    #[allow(
        dead_code,
        reason = "used once the spec has an endpoint with `response: empty`"
    )]
    fn respond_empty(self) -> Mounted {
        self.register(Responder::Empty)
    }

    fn respond_error(
        self,
        status: u16,
        code: i64,
        message: String,
        description: String,
    ) -> Mounted {
        if !is_http_status(status) {
            lock(&self.mock.state).setup_errors.push(format!(
                "`{}`: {status} is not an HTTP status (100 to 999); the mock answers 500",
                self.id
            ));
        }
        let body = error_body(code, &message, &description);
        self.register(Responder::Json { status, body })
    }

    fn respond_example(self, name: &str) -> Mounted {
        let examples = self.route.map_or(&[][..], |route| route.examples);
        match examples.iter().find(|example| example.name == name) {
            Some(example) => match example.body {
                ExampleBody::Json(json) => self.register(Responder::Json {
                    status: example.status,
                    body: json.to_owned(),
                }),
                ExampleBody::Text(text) => self.register(Responder::Text(text.to_owned())),
                ExampleBody::Lines(lines) => self.register(Responder::Lines(
                    lines
                        .iter()
                        .map(|line| (Duration::ZERO, (*line).to_owned()))
                        .collect(),
                )),
            },
            None => {
                let known: Vec<&str> = examples.iter().map(|example| example.name).collect();
                let problem = format!(
                    "`{}` has no documented example named `{name}`; it has: {}",
                    self.id,
                    if known.is_empty() {
                        "none".to_owned()
                    } else {
                        known.join(", ")
                    }
                );
                lock(&self.mock.state).setup_errors.push(problem.clone());
                self.register(Responder::Json {
                    status: 500,
                    body: error_body(500, "zadig-mock: no such example", &problem),
                })
            }
        }
    }

    fn register(self, responder: Responder) -> Mounted {
        let mut state = lock(&self.mock.state);
        let Some(route) = self.route else {
            state
                .setup_errors
                .push(format!("`{}` is not an endpoint of the spec", self.id));
            return Mounted {
                state: Arc::clone(&self.mock.state),
                index: None,
            };
        };
        state.expectations.push(Registered {
            route,
            matchers: self.matchers,
            responder,
            times: None,
            calls: 0,
            delay: None,
        });
        Mounted {
            state: Arc::clone(&self.mock.state),
            index: Some(state.expectations.len() - 1),
        }
    }
}

/// A registered expectation: by default it must be called at least once.
#[derive(Clone)]
pub struct Mounted {
    state: Arc<Mutex<State>>,
    index: Option<usize>,
}

impl fmt::Debug for Mounted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mounted")
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

impl Mounted {
    /// Expects exactly `times` matching calls (`0`: the call must not happen). Once they have
    /// all arrived, a later expectation for the same call answers further ones, if there is
    /// one; otherwise this one answers them too and verification reports the excess.
    pub fn times(self, times: u64) -> Mounted {
        if let Some(index) = self.index
            && let Some(expectation) = lock(&self.state).expectations.get_mut(index)
        {
            expectation.times = Some(times);
        }
        self
    }

    /// Holds each answer back for `delay` before sending its status and headers (for testing
    /// timeouts and deadlines). Log lines can be spaced out one by one with the endpoint's
    /// `respond_lines_with_delays`.
    pub fn delay(self, delay: Duration) -> Mounted {
        if let Some(index) = self.index
            && let Some(expectation) = lock(&self.state).expectations.get_mut(index)
        {
            expectation.delay = Some(delay);
        }
        self
    }

    /// How many calls this expectation has answered so far.
    pub fn calls(&self) -> u64 {
        self.index
            .and_then(|index| {
                lock(&self.state)
                    .expectations
                    .get(index)
                    .map(|expectation| expectation.calls)
            })
            .unwrap_or(0)
    }
}

/// What [`MockZadig::verify`] found: each problem on a line of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError {
    problems: Vec<String>,
}

impl VerifyError {
    /// Each problem, in words: an expectation not met, an unexpected request, a setup mistake.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "the mock Zadig server was not used as expected:")?;
        for problem in &self.problems {
            writeln!(f, "  - {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for VerifyError {}

/// A request that fit no route, lacked a required parameter, or matched no expectation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnexpectedRequest {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path as it arrived (percent-encoded).
    pub path: String,
    /// The query string as it arrived, without `?`.
    pub query: String,
    /// The body as text (lossy UTF-8), cut after a few hundred bytes.
    pub body: String,
    /// Why it was unexpected, and what the server answered.
    pub reason: String,
}

impl fmt::Display for UnexpectedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)?;
        if !self.query.is_empty() {
            write!(f, "?{}", self.query)?;
        }
        if !self.body.is_empty() {
            write!(f, " body {}", self.body)?;
        }
        write!(f, ": {}", self.reason)
    }
}

impl Matchers {
    fn describe(&self) -> String {
        let mut parts: Vec<String> = self
            .path
            .iter()
            .map(|(name, value)| format!("{name} = {value}"))
            .collect();
        parts.extend(
            self.query
                .iter()
                .map(|(name, values)| format!("{name} = {}", values.join(","))),
        );
        if let Some(body) = &self.body {
            parts.push(body.description.clone());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!(", {}", parts.join(", "))
        }
    }

    fn accepts(&self, call: &Call<'_>) -> bool {
        self.path.iter().all(|(name, expected)| {
            call.path_params
                .iter()
                .any(|(param, value)| param == name && value == expected)
        }) && self.query.iter().all(|(name, expected)| {
            let sent: Vec<&str> = call
                .query
                .iter()
                .filter(|(key, _)| key == name)
                .map(|(_, value)| value.as_str())
                .collect();
            sent == expected.iter().map(String::as_str).collect::<Vec<_>>()
        }) && self
            .body
            .as_ref()
            .is_none_or(|body| (body.check)(call.body))
    }
}

/// A request as the matchers see it.
struct Call<'r> {
    path_params: Vec<(&'static str, String)>,
    query: Vec<(String, String)>,
    body: &'r [u8],
}

/// Answers a request from the shared state, recording it if it was unexpected.
fn dispatch(state: &Mutex<State>, request: Received) -> Answer {
    let mut state = lock(state);
    let (answer, unexpected) = answer(&mut state, &request);
    if let Some(reason) = unexpected {
        let body = String::from_utf8_lossy(&request.body);
        let body: String = body.chars().take(BODY_SHOWN).collect();
        state.unexpected.push(UnexpectedRequest {
            method: request.method,
            path: request.path,
            query: request.query,
            body,
            reason,
        });
    }
    answer
}

/// The answer to `request`, and the reason it was unexpected if it was.
fn answer(state: &mut State, request: &Received) -> (Answer, Option<String>) {
    let method = request.method.as_str();
    let path = request.path.as_str();
    let Some((route, path_params)) = find_route(method, path) else {
        let description = format!("no endpoint of the spec is {method} {path}");
        return (
            error_template(404, 404, "not found", &description),
            Some(format!("{description}; answered 404")),
        );
    };
    let query = request.query_pairs();
    if let Some(missing) = route
        .required_query
        .iter()
        .find(|name| !query.iter().any(|(key, _)| key == *name))
    {
        // Zadig answers a request it cannot bind with its generic 400 ("Bad Request") and
        // says what was wrong in the description.
        let description = format!("missing required query parameter `{missing}`");
        return (
            error_template(400, 400, "Bad Request", &description),
            Some(format!("`{}`: {description}; answered 400", route.id)),
        );
    }
    if let Some(body) = &route.body
        && let Err(err) = (body.decodes)(&request.body)
    {
        let description = format!("the body does not decode as `{}`: {err}", body.name);
        return (
            error_template(400, 400, "Bad Request", &description),
            Some(format!("`{}`: {description}; answered 400", route.id)),
        );
    }
    let call = Call {
        path_params,
        query,
        body: &request.body,
    };
    let matching: Vec<usize> = state
        .expectations
        .iter()
        .enumerate()
        .filter(|(_, expectation)| {
            std::ptr::eq(expectation.route, route) && expectation.matchers.accepts(&call)
        })
        .map(|(index, _)| index)
        .collect();
    // The first one with calls still to come, else the last one.
    let chosen = matching
        .iter()
        .copied()
        .find(|index| {
            let expectation = &state.expectations[*index];
            expectation
                .times
                .is_none_or(|times| expectation.calls < times)
        })
        .or_else(|| matching.last().copied());
    let Some(index) = chosen else {
        let message = format!("no expectation of `{}` matches", route.id);
        return (
            error_template(404, 404, "zadig-mock: no expectation matches", &message),
            Some(format!("{message}; answered 404")),
        );
    };
    let expectation = &mut state.expectations[index];
    let call_index = expectation.calls;
    expectation.calls += 1;
    let mut answer = respond(expectation, call_index, &call);
    answer.delay = expectation.delay;
    (answer, None)
}

fn respond(expectation: &Registered, call_index: u64, call: &Call<'_>) -> Answer {
    const JSON: Option<&str> = Some("application/json");
    match &expectation.responder {
        Responder::Json { status, body } => {
            // A number that is not a status answers 500 (the setup mistake is reported by
            // `verify`).
            let status = if is_http_status(*status) {
                *status
            } else {
                500
            };
            Answer::new(status, JSON, Bytes::from(body.clone()))
        }
        Responder::Text(text) => Answer::new(
            200,
            Some("text/plain; charset=utf-8"),
            Bytes::from(text.clone()),
        ),
        Responder::Lines(lines) => Answer {
            body: AnswerBody::Parts(
                lines
                    .iter()
                    .map(|(delay, line)| (*delay, Bytes::from(event(line))))
                    .collect(),
            ),
            ..Answer::new(200, Some("text/event-stream"), Bytes::new())
        },
        Responder::Sequence(bodies) => {
            let index = usize::try_from(call_index).unwrap_or(usize::MAX);
            let body = bodies
                .get(index)
                .or_else(|| bodies.last())
                .cloned()
                .unwrap_or_else(|| "null".to_owned());
            Answer::new(200, JSON, Bytes::from(body))
        }
        Responder::Pages(items) => page(expectation.route, items, call),
        Responder::Empty => Answer::new(200, None, Bytes::new()),
    }
}

/// One page of `items`, as the paging parameters of `call` ask.
fn page(route: &Route, items: &[Value], call: &Call<'_>) -> Answer {
    let Some(paging) = &route.paging else {
        return error_template(500, 500, "zadig-mock: not a paged list", route.id);
    };
    let number = |name: &str, default: u64| -> Result<u64, String> {
        match call.query.iter().find(|(key, _)| key == name) {
            None => Ok(default),
            Some((_, value)) => value
                .parse::<u64>()
                .map_err(|_| format!("`{name}` is not a number: `{value}`")),
        }
    };
    let (page_number, size) = match (
        number(paging.page_param, 1),
        number(paging.size_param, paging.default_size),
    ) {
        (Ok(page), Ok(size)) => (page.max(1), size),
        (Err(message), _) | (_, Err(message)) => {
            return error_template(400, 400, &message, route.id);
        }
    };
    let start = usize::try_from((page_number - 1).saturating_mul(size)).unwrap_or(usize::MAX);
    let size = usize::try_from(size).unwrap_or(usize::MAX);
    let slice: Vec<Value> = items.iter().skip(start).take(size).cloned().collect();
    let mut body = Map::new();
    body.insert(paging.items_field.to_owned(), Value::Array(slice));
    if let Some(total) = paging.total_field {
        body.insert(total.to_owned(), json!(items.len()));
    }
    Answer::new(
        200,
        Some("application/json"),
        Bytes::from(Value::Object(body).to_string()),
    )
}

/// One server-sent event per line: a `data:` field for each line of it.
fn event(line: &str) -> String {
    let mut event: String = line
        .split('\n')
        .map(|part| format!("data: {part}\n"))
        .collect();
    event.push('\n');
    event
}

/// The route `method path` is, with its path parameters percent-decoded. A literal segment
/// wins over a parameter, so `/workflows/view` is not `/workflows/{name}`.
fn find_route(method: &str, path: &str) -> Option<(&'static Route, Vec<(&'static str, String)>)> {
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    generated::routes::ROUTES
        .iter()
        .filter(|route| route.method.eq_ignore_ascii_case(method))
        .filter_map(|route| {
            let template: Vec<&'static str> = route.path.trim_end_matches('/').split('/').collect();
            if template.len() != segments.len() {
                return None;
            }
            let mut params = Vec::new();
            let mut literals = 0usize;
            for (part, segment) in template.iter().zip(&segments) {
                if let Some(name) = part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
                    if segment.is_empty() {
                        return None;
                    }
                    let value = percent_encoding::percent_decode_str(segment)
                        .decode_utf8_lossy()
                        .into_owned();
                    params.push((name, value));
                } else if part == segment {
                    literals += 1;
                } else {
                    return None;
                }
            }
            Some((literals, route, params))
        })
        .max_by_key(|(literals, _, _)| *literals)
        .map(|(_, route, params)| (route, params))
}

/// Whether `status` is a number HTTP (and hyper) takes as a status code.
fn is_http_status(status: u16) -> bool {
    (100..=999).contains(&status)
}

/// Zadig's error body.
fn error_body(code: i64, message: &str, description: &str) -> String {
    json!({"code": code, "message": message, "description": description}).to_string()
}

fn error_template(status: u16, code: i64, message: &str, description: &str) -> Answer {
    Answer::new(
        status,
        Some("application/json"),
        Bytes::from(error_body(code, message, description)),
    )
}

/// The texts a value stands for on the wire: a string as it is, a number or boolean as its
/// JSON, an array as its elements (repeated query parameters).
fn wire_texts<T: Serialize>(value: &T) -> Vec<String> {
    fn texts(value: Value, out: &mut Vec<String>) {
        match value {
            Value::Null => {}
            Value::String(text) => out.push(text),
            Value::Array(items) => items.into_iter().for_each(|item| texts(item, out)),
            other => out.push(other.to_string()),
        }
    }
    let mut out = Vec::new();
    texts(serde_json::to_value(value).unwrap_or(Value::Null), &mut out);
    out
}

/// The state, also after a panic elsewhere while it was held.
fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every route is reachable: a request to its path, with a sample value in each parameter,
    /// finds that route and no other (a literal segment of another route does not shadow it,
    /// and no two routes have the same shape).
    #[test]
    fn every_route_is_found_by_its_own_path() {
        for route in generated::routes::ROUTES {
            let path: String = route
                .path
                .split('/')
                .map(|segment| {
                    if segment.starts_with('{') {
                        "sample%20value"
                    } else {
                        segment
                    }
                })
                .collect::<Vec<_>>()
                .join("/");
            let found = find_route(route.method, &path).map(|(found, _)| found.id);
            assert_eq!(found, Some(route.id), "{} {path}", route.method);
        }
    }

    #[test]
    fn only_three_digit_numbers_are_statuses() {
        assert!(is_http_status(100));
        assert!(is_http_status(999));
        assert!(!is_http_status(99));
        assert!(!is_http_status(1000));
    }

    #[test]
    fn path_parameters_are_percent_decoded() {
        let (route, params) =
            find_route("GET", "/openapi/workflows/custom/a%2Fb%20c/detail").expect("a route");
        assert_eq!(route.id, "get_workflow");
        assert_eq!(params, [("workflowKey", "a/b c".to_owned())]);
    }

    #[test]
    fn wire_texts_follow_the_query_encoding() {
        assert_eq!(wire_texts(&"demo"), ["demo"]);
        assert_eq!(wire_texts(&42i64), ["42"]);
        assert_eq!(wire_texts(&true), ["true"]);
        assert_eq!(wire_texts(&vec!["a", "b"]), ["a", "b"]);
        assert!(wire_texts(&None::<String>).is_empty());
    }
}
