//! A mock Zadig server for testing code that calls Zadig through `zadig-api`.
//!
//! [`MockZadig::start`] serves on loopback; point a client at [`MockZadig::url`]. Every
//! endpoint of the spec has a method named as the client's (`mock.list_workflows()`) that
//! returns an expectation, [`Expect`], typed by the endpoint (generated from the same spec as
//! the client): one matcher per path and query parameter (named as the client's setter), a
//! `without_` matcher per optional query parameter (the call must not send it),
//! `body`/`body_json`/`body_matches`/`without_body_field` for endpoints that take a body,
//! `query_param`/`header` and their `without_` forms for every endpoint; then a responder
//! (`respond` with a value of the response type, `respond_example` with one of the spec's
//! documented examples, `respond_error` and `respond_error_described` with Zadig's error body,
//! `respond_success`, `respond_text`, `respond_lines` and `respond_lines_with_delays`,
//! `respond_pages`), which registers it. The returned [`Mounted`] takes `.times(n)` and
//! `.delay(d)`. [`MockZadig::request`] mounts a route outside the spec, for code that uses the
//! client's escape hatch (`client.request(method, path)`), with the same matchers and
//! responders.
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

use endpoint::{Endpoint, Raw};
use matchers::{Call, Matchers};
use server::{Answer, AnswerBody, Received, Server};

use expect::Draft;
pub use expect::{Expect, Mounted};

// The generated code names the client's types as `crate::types::..`.
use zadig_api::Release;
use zadig_api::release::Availability;
use zadig_api::types;

pub mod endpoint;
mod expect;
#[rustfmt::skip]
pub mod generated;
mod matchers;
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
    /// The path template (`/openapi/workflows/{name}`) of the newest releases.
    pub(crate) path: &'static str,
    /// The releases that serve it, and where older ones serve it when the route moved.
    pub(crate) served: Availability,
    /// The query parameters a request must carry (in the releases that read them).
    pub(crate) required_query: &'static [RequiredQuery],
    /// The query parameters a request must carry when another has some value.
    pub(crate) required_when: &'static [RequiredWhen],
    /// The JSON body the endpoint takes, if any.
    pub(crate) body: Option<BodyType>,
    pub(crate) paging: Option<Paging>,
    /// The documented answers.
    pub(crate) examples: &'static [Example],
}

impl Route {
    /// The path template `release` serves the route at, when it serves it.
    pub(crate) fn path_in(&self, release: Release) -> Option<&'static str> {
        self.served
            .serves(release)
            .then(|| self.served.older_path(release).unwrap_or(self.path))
    }
}

/// A query parameter a request must carry (generated).
#[derive(Debug)]
pub(crate) struct RequiredQuery {
    pub(crate) name: &'static str,
    /// The releases that read it; a release that does not read it does not require it.
    pub(crate) served: Availability,
}

/// A query parameter the server requires when another query parameter has (or lacks) some
/// value (generated from the spec's `required_when`).
#[derive(Debug)]
pub(crate) struct RequiredWhen {
    pub(crate) name: &'static str,
    /// The query parameter tested.
    pub(crate) on: &'static str,
    /// It is required when `on` is one of these (an absent `on` counts as empty).
    pub(crate) is: &'static [&'static str],
    /// Or when `on` is none of these.
    pub(crate) is_not: &'static [&'static str],
    /// The releases that read it; a release that does not read it does not require it.
    pub(crate) served: Availability,
}

impl RequiredWhen {
    /// Whether the condition holds for `query`.
    fn applies(&self, query: &[(String, String)]) -> bool {
        let value = query
            .iter()
            .find(|(key, _)| key == self.on)
            .map_or("", |(_, value)| value.as_str());
        if !self.is.is_empty() {
            self.is.contains(&value)
        } else {
            !self.is_not.contains(&value)
        }
    }
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

struct State {
    /// The release the server answers as ([`MockZadig::start_as`]).
    release: Release,
    expectations: Vec<Registered>,
    unexpected: Vec<UnexpectedRequest>,
    /// Mistakes in setting up expectations (an unknown example name).
    setup_errors: Vec<String>,
    /// `verify` was called: dropping does not verify again.
    verified: bool,
}

/// A registered expectation and what happened to it.
struct Registered {
    target: Target,
    matchers: Matchers,
    responder: Responder,
    /// Exactly this many calls; `None`: at least one.
    times: Option<u64>,
    calls: u64,
    /// How long the server waits before answering.
    delay: Option<Duration>,
}

/// What an expectation is for: an endpoint of the spec, or a route outside it.
#[derive(Debug, Clone)]
enum Target {
    Spec {
        id: &'static str,
        /// `None` only if the generated code and the route table disagree (reported).
        route: Option<&'static Route>,
    },
    Raw(RawRoute),
}

/// A route outside the spec, mounted with [`MockZadig::request`].
#[derive(Debug, Clone)]
struct RawRoute {
    /// Upper case (`GET`).
    method: String,
    /// As given (`/openapi/quality/gates/{id}`); a `{name}` segment is any one segment.
    path: String,
}

impl Target {
    /// The expectation's name in reports: `` `list_workflows` `` or `` `GET /path` ``.
    fn label(&self) -> String {
        match self {
            Target::Spec { id, .. } => format!("`{id}`"),
            Target::Raw(raw) => format!("`{} {}`", raw.method, raw.path),
        }
    }

    /// The label and what it stands for, with `matchers`: `` `list_workflows` (GET
    /// /openapi/workflows, projectKey = demo) ``.
    fn describe(&self, matchers: &Matchers) -> String {
        match self {
            Target::Spec {
                id,
                route: Some(route),
            } => format!(
                "`{id}` ({} {}{})",
                route.method,
                route.path,
                matchers.describe()
            ),
            Target::Spec { id, route: None } => format!("`{id}` ({})", matchers.describe()),
            Target::Raw(raw) => format!(
                "`{} {}` (outside the spec{})",
                raw.method,
                raw.path,
                matchers.describe()
            ),
        }
    }

    fn has_placeholder(&self, name: &str) -> bool {
        match self {
            Target::Raw(raw) => path_segments(&raw.path).iter().any(|segment| {
                segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) == Some(name)
            }),
            Target::Spec { .. } => false,
        }
    }

    fn paging(&self) -> Option<&'static Paging> {
        match self {
            Target::Spec {
                route: Some(route), ..
            } => route.paging.as_ref(),
            _ => None,
        }
    }
}

impl MockZadig {
    /// Starts a mock server on loopback, from inside a tokio runtime (of either flavour).
    ///
    /// # Panics
    ///
    /// When the server cannot start: no free loopback port, or the process is out of threads
    /// or file handles.
    pub async fn start() -> MockZadig {
        MockZadig::serve(Release::LATEST)
    }

    /// Starts a mock server that answers as a server of `release` would: a route that
    /// release does not serve answers `404` (as Zadig's router does), a route that moved is
    /// served where that release serves it, and only the query parameters that release reads
    /// are required. [`MockZadig::start`] answers as the latest release
    /// ([`Release::LATEST`]). A release the bindings do not know is served as the known
    /// release before it ([`Release::served_as`]).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use zadig_api::{Client, ErrorKind, Release};
    /// use zadig_mock::MockZadig;
    ///
    /// let mock = MockZadig::start_as(Release::V4_0_0).await;
    /// let client = Client::builder()
    ///     .base_url(mock.url())
    ///     .token("token")
    ///     .release(Release::V4_0_0)
    ///     .build()?;
    /// // v4.0.0 has no chart templates: the client refuses the call before sending it.
    /// let err = client.list_chart_templates().send().await.unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Unsupported);
    /// mock.verify()?;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn start_as(release: Release) -> MockZadig {
        MockZadig::serve(release)
    }

    /// Starts a mock server without an async runtime, for tests of the blocking client. (The
    /// server runs on a thread and runtime of its own either way.)
    ///
    /// # Panics
    ///
    /// As [`MockZadig::start`].
    pub fn start_blocking() -> MockZadig {
        MockZadig::serve(Release::LATEST)
    }

    /// [`MockZadig::start_as`] without an async runtime.
    pub fn start_blocking_as(release: Release) -> MockZadig {
        MockZadig::serve(release)
    }

    /// The release the server answers as.
    pub fn release(&self) -> Release {
        lock(&self.state).release
    }

    fn serve(release: Release) -> MockZadig {
        let state = Arc::new(Mutex::new(State {
            release: release.served_as(),
            expectations: Vec::new(),
            unexpected: Vec::new(),
            setup_errors: Vec::new(),
            verified: false,
        }));
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

    /// Expects calls to a route outside the spec: `method` and `path` as the code under test
    /// gives them to the client's escape hatch, `client.request(method, path)`. A `{name}`
    /// placeholder in `path` stands for any one segment (match its value with
    /// [`path_param`](Expect::path_param)). The expectation takes the generic matchers
    /// (`query_param`, `header`, `body_json`, their `without_` forms, ...) and answers with any
    /// of the responders, `respond` taking a [`serde_json::Value`].
    ///
    /// A request goes to a spec endpoint when there is one for its method and path; only the
    /// others reach routes mounted here. Mounting a path a spec endpoint serves, or a path
    /// that does not start with `/` or holds a query, is a setup mistake that
    /// [`verify`](MockZadig::verify) reports.
    pub fn request(
        &self,
        method: zadig_api::reqwest::Method,
        path: impl Into<String>,
    ) -> Expect<'_, Raw> {
        let path: String = path.into();
        let method = method.as_str().to_ascii_uppercase();
        let label = format!("`{method} {path}`");
        let problem = if !path.starts_with('/') {
            Some(format!("{label}: the path must start with `/`"))
        } else if path.contains(['?', '#']) {
            Some(format!(
                "{label}: the path must hold no query (match it with `query_param`)"
            ))
        } else {
            // The spec's route table answers first: with a sample in each placeholder, the
            // path must not be one of its endpoints.
            let sample: Vec<&str> = path_segments(&path)
                .into_iter()
                .map(|segment| {
                    if segment.starts_with('{') && segment.ends_with('}') {
                        "zadig-mock-sample"
                    } else {
                        segment
                    }
                })
                .collect();
            let sample = sample.join("/");
            let release = lock(&self.state).release;
            find_route(&method, &sample, release).map(|(route, _)| {
                format!(
                    "{label} is the spec endpoint `{0}`, which answers it first: expect it with `mock.{0}()`",
                    route.id
                )
            })
        };
        if let Some(problem) = problem {
            lock(&self.state).setup_errors.push(problem);
        }
        Draft::start(self, Target::Raw(RawRoute { method, path }))
    }

    /// Checks every expectation and reports, at once, each one that was not met (naming the
    /// endpoint, its matchers and the calls expected and received), every request that did not
    /// fit the spec or no expectation (with what each expectation of its route found wrong
    /// with it), and every setup mistake. Once called, dropping the mock does not verify again.
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
                    "{} expected {wanted}, received {}",
                    expectation.target.describe(&expectation.matchers),
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
    /// its key, number and status replaced (and no end time while running); while it runs, its
    /// last stage and that stage's jobs run too (the stages before it have passed), and a final
    /// status other than `passed` is also the status of the last stage and of its last job.
    pub fn workflow_run(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
        running_polls: usize,
        final_status: impl Into<types::WorkflowTaskStatus>,
    ) -> Mounted {
        let workflow_key: String = workflow_key.into();
        let final_status: types::WorkflowTaskStatus = final_status.into();
        let expectation = self
            .get_workflow_task()
            .workflow_key(workflow_key.clone())
            .task_id(task_id);
        let template = expectation
            .draft
            .examples()
            .iter()
            .find(|example| example.name == "success")
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
        // While the run runs, so does its last stage with its jobs (the stages before it have
        // passed); a run that did not pass ends with its last stage's last job as it ended (the
        // example's jobs all passed).
        let running = with_last_stage(run(json!("running"), Some(0)), &json!("running"), Jobs::All);
        let mut answers: Vec<String> = vec![running; running_polls];
        let final_json = serde_json::to_value(&final_status).unwrap_or(Value::Null);
        let last = run(final_json.clone(), None);
        answers.push(if final_json == json!("passed") {
            last
        } else {
            with_last_stage(last, &final_json, Jobs::Last)
        });
        expectation.draft.register(Responder::Sequence(answers))
    }

    /// A new expectation of the spec endpoint `E` (what the generated methods return).
    fn expect<E: Endpoint>(&self) -> Expect<'_, E> {
        let route = generated::routes::ROUTES
            .iter()
            .find(|route| route.id == E::ID);
        let mut state = lock(&self.state);
        let release = state.release;
        if let Some(route) = route
            && !route.served.serves(release)
        {
            // The client refuses such a call before sending it, so the expectation could never
            // be met: say why at once rather than as a call that never came.
            state.setup_errors.push(format!(
                "`{}` is not served by {release}, which the mock answers as (served by {}): a client configured for it refuses the call",
                route.id,
                route.served.describe()
            ));
        }
        drop(state);
        Draft::start(self, Target::Spec { id: E::ID, route })
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

/// How an expectation answers.
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

/// Which jobs of a stage [`with_last_stage`] sets.
enum Jobs {
    All,
    Last,
}

/// The run `text` (JSON) with its last stage, and all or the last of that stage's jobs, in
/// `status`; `text` unchanged when it is not a run with stages.
fn with_last_stage(text: String, status: &Value, jobs: Jobs) -> String {
    let Ok(mut run) = serde_json::from_str::<Value>(&text) else {
        return text;
    };
    let Some(stage) = run
        .get_mut("stages")
        .and_then(Value::as_array_mut)
        .and_then(|stages| stages.last_mut())
        .and_then(Value::as_object_mut)
    else {
        return text;
    };
    stage.insert("status".to_owned(), status.clone());
    if let Some(list) = stage.get_mut("jobs").and_then(Value::as_array_mut) {
        let chosen: Vec<&mut Value> = match jobs {
            Jobs::All => list.iter_mut().collect(),
            Jobs::Last => list.last_mut().into_iter().collect(),
        };
        for job in chosen.into_iter().filter_map(Value::as_object_mut) {
            job.insert("status".to_owned(), status.clone());
        }
    }
    run.to_string()
}

/// The answer to `request`, and the reason it was unexpected if it was.
fn answer(state: &mut State, request: &Received) -> (Answer, Option<String>) {
    let method = request.method.as_str();
    let path = request.path.as_str();
    let query = request.query_pairs();
    let release = state.release;
    let Some((route, path_params)) = find_route(method, path, release) else {
        return answer_raw(state, request, query);
    };
    if let Some(missing) = route
        .required_query
        .iter()
        .filter(|param| param.served.serves(release))
        .map(|param| param.name)
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
    if let Some(rule) = route
        .required_when
        .iter()
        .filter(|rule| rule.served.serves(release))
        .find(|rule| rule.applies(&query) && !query.iter().any(|(key, _)| key == rule.name))
    {
        let description = format!(
            "missing query parameter `{}`, which `{}` as sent requires",
            rule.name, rule.on
        );
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
        path_params: path_params
            .into_iter()
            .map(|(name, value)| (name.to_owned(), value))
            .collect(),
        query,
        headers: &request.headers,
        body: &request.body,
    };
    let candidates: Vec<(usize, &Call<'_>)> = state
        .expectations
        .iter()
        .enumerate()
        .filter(|(_, expectation)| {
            matches!(expectation.target, Target::Spec { route: Some(own), .. } if std::ptr::eq(own, route))
        })
        .map(|(index, _)| (index, &call))
        .collect();
    choose(state, &candidates, &format!("`{}`", route.id))
}

/// The answer to a request no spec endpoint serves: from the routes mounted with
/// [`MockZadig::request`] that fit it best (a literal segment wins over a placeholder).
fn answer_raw(
    state: &mut State,
    request: &Received,
    query: Vec<(String, String)>,
) -> (Answer, Option<String>) {
    let method = request.method.as_str();
    let path = request.path.as_str();
    let segments = path_segments(path);
    // (expectation, literal segments, path parameters) of each raw route the path fits.
    type Fitting = (usize, usize, Vec<(String, String)>);
    let fitting: Vec<Fitting> = state
        .expectations
        .iter()
        .enumerate()
        .filter_map(|(index, expectation)| match &expectation.target {
            Target::Raw(raw) if raw.method.eq_ignore_ascii_case(method) => {
                let (literals, params) = fit(&raw.path, &segments, true)?;
                let params = params
                    .into_iter()
                    .map(|(name, value)| (name.to_owned(), value))
                    .collect();
                Some((index, literals, params))
            }
            _ => None,
        })
        .collect();
    let Some(best) = fitting.iter().map(|(_, literals, _)| *literals).max() else {
        // A spec endpoint another release serves here: say so, as the 404 is the release's.
        let elsewhere = Release::KNOWN
            .iter()
            .find_map(|other| find_route(method, path, *other));
        let description = match elsewhere {
            Some((route, _)) => format!(
                "{} does not serve {method} {path} (`{}` is served by {})",
                state.release,
                route.id,
                route.served.describe()
            ),
            None => format!("no endpoint of the spec is {method} {path}"),
        };
        return (
            error_template(404, 404, "not found", &description),
            Some(format!("{description}; answered 404")),
        );
    };
    let calls: Vec<(usize, Call<'_>)> = fitting
        .into_iter()
        .filter(|(_, literals, _)| *literals == best)
        .map(|(index, _, path_params)| {
            let call = Call {
                path_params,
                query: query.clone(),
                headers: &request.headers,
                body: &request.body,
            };
            (index, call)
        })
        .collect();
    let candidates: Vec<(usize, &Call<'_>)> =
        calls.iter().map(|(index, call)| (*index, call)).collect();
    let label = candidates
        .first()
        .map(|(index, _)| state.expectations[*index].target.label())
        .unwrap_or_default();
    choose(state, &candidates, &label)
}

/// Answers with the first of `candidates` (expectations of the route the request reached, each
/// with the request as it sees it) that the request meets and that has calls still to come,
/// else the last one it meets; if it meets none, `404` and the reason, with what each
/// candidate found wrong.
fn choose(
    state: &mut State,
    candidates: &[(usize, &Call<'_>)],
    label: &str,
) -> (Answer, Option<String>) {
    let mut mismatches = Vec::new();
    let mut matching = Vec::new();
    for (index, call) in candidates {
        match state.expectations[*index].matchers.mismatch(call) {
            None => matching.push((*index, *call)),
            Some(why) => mismatches.push(why),
        }
    }
    let chosen = matching
        .iter()
        .find(|(index, _)| {
            let expectation = &state.expectations[*index];
            expectation
                .times
                .is_none_or(|times| expectation.calls < times)
        })
        .or_else(|| matching.last());
    let Some(&(index, call)) = chosen else {
        let mut message = format!("no expectation of {label} matches");
        if !mismatches.is_empty() {
            message.push_str(": ");
            message.push_str(&mismatches.join("; "));
        }
        return (
            error_template(404, 404, "zadig-mock: no expectation matches", &message),
            Some(format!("{message}; answered 404")),
        );
    };
    let expectation = &mut state.expectations[index];
    let call_index = expectation.calls;
    expectation.calls += 1;
    let mut answer = respond(expectation, call_index, call);
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
        Responder::Pages(items) => page(&expectation.target, items, call),
        Responder::Empty => Answer::new(200, None, Bytes::new()),
    }
}

/// One page of `items`, as the paging parameters of `call` ask.
fn page(target: &Target, items: &[Value], call: &Call<'_>) -> Answer {
    let Some(paging) = target.paging() else {
        return error_template(500, 500, "zadig-mock: not a paged list", &target.label());
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
            return error_template(400, 400, &message, &target.label());
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

/// A path's segments, without a trailing `/`.
fn path_segments(path: &str) -> Vec<&str> {
    path.trim_end_matches('/').split('/').collect()
}

/// How a request path's `segments` (percent-encoded) fit the path `template`, whose `{name}`
/// segments stand for any one non-empty segment: the number of literal segments and the
/// parameters, percent-decoded; `None` when they do not fit. Spec templates compare literal
/// segments as they arrive; templates written by users (`decode_literals`) compare them
/// decoded, as the client encodes them.
fn fit<'t>(
    template: &'t str,
    segments: &[&str],
    decode_literals: bool,
) -> Option<(usize, Vec<(&'t str, String)>)> {
    let parts = path_segments(template);
    if parts.len() != segments.len() {
        return None;
    }
    let decode = |text: &str| {
        percent_encoding::percent_decode_str(text)
            .decode_utf8_lossy()
            .into_owned()
    };
    let mut params = Vec::new();
    let mut literals = 0usize;
    for (part, segment) in parts.iter().zip(segments) {
        if let Some(name) = part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
            if segment.is_empty() {
                return None;
            }
            params.push((name, decode(segment)));
        } else if part == segment || (decode_literals && decode(part) == decode(segment)) {
            literals += 1;
        } else {
            return None;
        }
    }
    Some((literals, params))
}

/// The spec route `method path` is in `release`, with its path parameters percent-decoded. A
/// literal segment wins over a parameter, so `/workflows/view` is not `/workflows/{name}`.
fn find_route(
    method: &str,
    path: &str,
    release: Release,
) -> Option<(&'static Route, Vec<(&'static str, String)>)> {
    let segments = path_segments(path);
    generated::routes::ROUTES
        .iter()
        .filter(|route| route.method.eq_ignore_ascii_case(method))
        .filter_map(|route| {
            let template = route.path_in(release)?;
            let (literals, params) = fit(template, &segments, false)?;
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
        // In every release: at the path that release serves it, and in no release that does not
        // serve it (two endpoints share a route in releases apart).
        for &release in Release::KNOWN {
            for route in generated::routes::ROUTES {
                let Some(template) = route.path_in(release) else {
                    continue;
                };
                let path: String = template
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
                let found = find_route(route.method, &path, release).map(|(found, _)| found.id);
                assert_eq!(found, Some(route.id), "{release}: {} {path}", route.method);
            }
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
        let (route, params) = find_route(
            "GET",
            "/openapi/workflows/custom/a%2Fb%20c/detail",
            Release::LATEST,
        )
        .expect("a route");
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
