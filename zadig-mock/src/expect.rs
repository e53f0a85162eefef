//! The expectation builder, [`Expect`]: its matchers and responders, stated once for every
//! endpoint (the generated code adds only each endpoint's per-parameter matchers), and the
//! handle a responder returns, [`Mounted`].

use std::fmt::{self, Display};
use std::marker::PhantomData;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;
use serde_json::{Value, json};

use crate::endpoint::{
    EmptyAnswer, Endpoint, JsonAnswer, JsonBody, LinesAnswer, MessageAnswer, PagedAnswer, Raw,
    TextAnswer,
};
use crate::matchers::{BodyMatcher, Matcher, Matchers, field_pointer};
use crate::{
    ExampleBody, MockZadig, Registered, Responder, State, Target, error_body, is_http_status, lock,
    wire_texts,
};

/// An expected call: set matchers, then call a responder, which registers it and returns its
/// [`Mounted`] handle.
///
/// `E` is the endpoint ([`MockZadig::list_workflows`] returns an
/// `Expect<generated::workflow::ListWorkflows>`), or [`Raw`] for a route outside the spec
/// ([`MockZadig::request`]). Every expectation has the matchers and responders of this page
/// that `E` allows (see [`crate::endpoint`]): the generated matchers of a spec endpoint are named
/// as the client's parameters (`.project_key("demo")`), each optional query parameter with its
/// `without_` matcher (`.without_view_name()`, the call does not send it).
///
/// All matchers must hold for a request to meet the expectation. A request that meets none of
/// an endpoint's expectations is answered `404` and reported by [`MockZadig::verify`] with what
/// each expectation found wrong with it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
pub struct Expect<'a, E> {
    pub(crate) draft: Draft<'a>,
    endpoint: PhantomData<fn() -> E>,
}

/// What an [`Expect`] holds. Its helpers live here rather than on `Expect`, where a generated
/// matcher (named after a parameter) could take their names.
pub(crate) struct Draft<'a> {
    mock: &'a MockZadig,
    target: Target,
    matchers: Matchers,
}

impl<E> fmt::Debug for Expect<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Expect")
            .field("endpoint", &self.draft.target.label())
            .field("matchers", &self.draft.matchers)
            .finish_non_exhaustive()
    }
}

impl<'a> Draft<'a> {
    /// A new expectation of `target`, without matchers.
    pub(crate) fn start<E>(mock: &'a MockZadig, target: Target) -> Expect<'a, E> {
        Expect {
            draft: Draft {
                mock,
                target,
                matchers: Matchers::default(),
            },
            endpoint: PhantomData,
        }
    }

    fn error(self, status: u16, code: i64, message: &str, description: &str) -> Mounted {
        if !is_http_status(status) {
            self.setup_error(format!(
                "{}: {status} is not an HTTP status (100 to 999); the mock answers 500",
                self.target.label()
            ));
        }
        let body = error_body(code, message, description);
        self.register(Responder::Json { status, body })
    }

    /// Answers every call with `value` as JSON, `200` (its type is checked by the callers'
    /// bounds).
    fn json<T: Serialize>(self, value: &T) -> Mounted {
        let body = serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned());
        self.register(Responder::Json { status: 200, body })
    }

    fn lines(self, lines: Vec<(Duration, String)>) -> Mounted {
        self.register(Responder::Lines(lines))
    }

    fn setup_error(&self, problem: String) {
        lock(&self.mock.state).setup_errors.push(problem);
    }

    /// The spec endpoint's documented examples (none for a raw route).
    pub(crate) fn examples(&self) -> &'static [crate::Example] {
        match &self.target {
            Target::Spec {
                route: Some(route), ..
            } => route.examples,
            _ => &[],
        }
    }

    pub(crate) fn register(self, responder: Responder) -> Mounted {
        let mut state = lock(&self.mock.state);
        if let Target::Spec {
            id, route: None, ..
        } = &self.target
        {
            state
                .setup_errors
                .push(format!("`{id}` is not an endpoint of the spec"));
            return Mounted {
                state: Arc::clone(&self.mock.state),
                index: None,
            };
        }
        state.expectations.push(Registered {
            target: self.target,
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

// The names of the methods below, and of those generated matchers call (`match_path`,
// `match_query`, `match_query_absent`), are kept from parameters by the generator's
// `RESERVED_NAMES` (codegen/src/emit/mock.rs): the two would clash on `Expect<E>`.
impl<E> Expect<'_, E> {
    /// Matches only calls whose path parameter `name` is `value` (generated matchers).
    pub(crate) fn match_path<T: Serialize>(mut self, name: &str, value: &T) -> Self {
        self.draft.matchers.push(Matcher::Path {
            name: name.to_owned(),
            value: wire_texts(value).join(","),
        });
        self
    }

    /// Matches only calls whose query parameter `name` is `value` (generated matchers).
    pub(crate) fn match_query<T: Serialize>(mut self, name: &str, value: &T) -> Self {
        let matcher = Matcher::Query {
            name: name.to_owned(),
            values: wire_texts(value),
        };
        self.draft.matchers.set_query(name, matcher);
        self
    }

    /// Matches only calls that do not send query parameter `name` (generated matchers).
    pub(crate) fn match_query_absent(mut self, name: &str) -> Self {
        self.draft
            .matchers
            .set_query(name, Matcher::QueryAbsent(name.to_owned()));
        self
    }

    /// Matches only calls that send `name=value` in the query string: for a parameter the
    /// spec does not declare, added with the client's `query_param` (or a raw request's
    /// `query`). Given more than once for one name, the parameter must be sent with each
    /// value, in that order.
    pub fn query_param(mut self, name: impl Into<String>, value: impl Display) -> Self {
        self.draft
            .matchers
            .add_query(name.into(), value.to_string());
        self
    }

    /// Matches only calls that do not send query parameter `name` at all (not even empty).
    /// Each optional parameter of a spec endpoint has its own form of this,
    /// `without_<parameter>()`.
    pub fn without_query_param(mut self, name: impl Into<String>) -> Self {
        let name = name.into();
        self.draft
            .matchers
            .set_query(&name.clone(), Matcher::QueryAbsent(name));
        self
    }

    /// Matches only calls that send header `name` (any case) with `value`.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.draft.matchers.push(Matcher::Header {
            name: name.into().to_ascii_lowercase(),
            value: value.into(),
        });
        self
    }

    /// Matches only calls that do not send header `name` (any case).
    pub fn without_header(mut self, name: impl Into<String>) -> Self {
        self.draft
            .matchers
            .push(Matcher::HeaderAbsent(name.into().to_ascii_lowercase()));
        self
    }

    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(self, status: u16, code: i64, message: impl Into<String>) -> Mounted {
        self.draft.error(status, code, &message.into(), "")
    }

    /// Answers `status` with Zadig's error body with a `description` too, the longer text that
    /// says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.draft
            .error(status, code, &message.into(), &description.into())
    }
}

impl<E: JsonBody> Expect<'_, E> {
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: E::Body) -> Self {
        let expected = serde_json::to_value(&value).unwrap_or(Value::Null);
        self.draft.matchers.push(Matcher::Body(BodyMatcher {
            description: format!("body = {expected}"),
            failure: "the body is another value",
            check: Arc::new(move |bytes| {
                serde_json::from_slice::<E::Body>(bytes)
                    .ok()
                    .and_then(|sent| serde_json::to_value(sent).ok())
                    .is_some_and(|sent| sent == expected)
            }),
        }));
        self
    }

    /// Matches only calls whose body is exactly the JSON `value` (the order of object keys
    /// aside): stricter than [`body`](Self::body), which compares decoded values and so cannot
    /// tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: Value) -> Self {
        let description = format!("body is exactly {value}");
        self.draft.matchers.push(Matcher::Body(BodyMatcher {
            description,
            failure: "the body is not exactly the JSON expected",
            check: Arc::new(move |bytes| {
                serde_json::from_slice::<Value>(bytes).is_ok_and(|sent| sent == value)
            }),
        }));
        self
    }

    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(&E::Body) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.draft.matchers.push(Matcher::Body(BodyMatcher {
            description: "body passes a predicate".to_owned(),
            failure: "the body fails the predicate",
            // The predicate runs inside the server: one that panics counts as a mismatch
            // rather than taking the server down.
            check: Arc::new(move |bytes| {
                serde_json::from_slice::<E::Body>(bytes).is_ok_and(|sent| {
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| predicate(&sent)))
                        .unwrap_or(false)
                })
            }),
        }));
        self
    }

    /// Matches only calls whose JSON body holds nothing at `field`, not even `null`: a
    /// top-level key (`"description"`), or a JSON Pointer to a nested one
    /// (`"/advanced_settings/timeout"`). For asserting that the client left an unset field out.
    pub fn without_body_field(mut self, field: impl Into<String>) -> Self {
        let field = field.into();
        let pointer = field_pointer(&field);
        self.draft
            .matchers
            .push(Matcher::BodyFieldAbsent { field, pointer });
        self
    }
}

impl<E: JsonAnswer> Expect<'_, E> {
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: E::Response) -> Mounted {
        self.draft.json(&value)
    }

    /// Answers each call with the next of `values` as JSON; the last one answers every call
    /// after it.
    pub fn respond_sequence(self, values: Vec<E::Response>) -> Mounted {
        let bodies = values
            .iter()
            .map(|value| serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned()))
            .collect();
        self.draft.register(Responder::Sequence(bodies))
    }
}

impl<E: PagedAnswer> Expect<'_, E> {
    /// Answers with pages of `items`, as the server pages them: the endpoint's paging query
    /// parameters pick the slice (page 1 and the server's default size when not sent), and
    /// the list's field holds it, with the count of all items where the list has one. Any
    /// number of calls.
    pub fn respond_pages(self, items: Vec<E::Item>) -> Mounted {
        let items = items
            .iter()
            .map(|item| serde_json::to_value(item).unwrap_or(Value::Null))
            .collect();
        self.draft.register(Responder::Pages(items))
    }
}

impl<E: MessageAnswer> Expect<'_, E> {
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.draft.json(&json!({"message": "success"}))
    }
}

impl<E: TextAnswer> Expect<'_, E> {
    /// Answers `200` with `text` as `text/plain`.
    pub fn respond_text(self, text: impl Into<String>) -> Mounted {
        self.draft.register(Responder::Text(text.into()))
    }
}

impl<E: LinesAnswer> Expect<'_, E> {
    /// Answers `200` with `lines` as a `text/event-stream`, one `data:` event per line, all at
    /// once.
    pub fn respond_lines<L: Into<String>>(self, lines: Vec<L>) -> Mounted {
        self.draft.lines(
            lines
                .into_iter()
                .map(|line| (Duration::ZERO, line.into()))
                .collect(),
        )
    }

    /// Answers `200` with a `text/event-stream` that sends each line (one `data:` event) after
    /// its delay, counted from the line before: for testing a reader's idle timeout or what it
    /// does with lines as they come.
    pub fn respond_lines_with_delays<L: Into<String>>(self, lines: Vec<(Duration, L)>) -> Mounted {
        self.draft.lines(
            lines
                .into_iter()
                .map(|(delay, line)| (delay, line.into()))
                .collect(),
        )
    }
}

impl<E: EmptyAnswer> Expect<'_, E> {
    /// Answers `200` with an empty body.
    pub fn respond_empty(self) -> Mounted {
        self.draft.register(Responder::Empty)
    }
}

impl<E: Endpoint> Expect<'_, E> {
    /// Answers with the spec's documented example called `name` (its status and payload). An
    /// unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the examples
    /// there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        let examples = self.draft.examples();
        let Some(example) = examples.iter().find(|example| example.name == name) else {
            let known: Vec<&str> = examples.iter().map(|example| example.name).collect();
            let problem = format!(
                "`{}` has no documented example named `{name}`; it has: {}",
                E::ID,
                if known.is_empty() {
                    "none".to_owned()
                } else {
                    known.join(", ")
                }
            );
            self.draft.setup_error(problem.clone());
            return self.draft.register(Responder::Json {
                status: 500,
                body: error_body(500, "zadig-mock: no such example", &problem),
            });
        };
        match example.body {
            ExampleBody::Json(json) => self.draft.register(Responder::Json {
                status: example.status,
                body: json.to_owned(),
            }),
            ExampleBody::Text(text) => self.draft.register(Responder::Text(text.to_owned())),
            ExampleBody::Lines(lines) => self.draft.lines(
                lines
                    .iter()
                    .map(|line| (Duration::ZERO, (*line).to_owned()))
                    .collect(),
            ),
        }
    }
}

impl Expect<'_, Raw> {
    /// Matches only calls whose path parameter `name` (a `{name}` placeholder of the path given
    /// to [`MockZadig::request`]) is `value`, percent-decoded.
    pub fn path_param(mut self, name: impl Into<String>, value: impl Display) -> Self {
        let name = name.into();
        if !self.draft.target.has_placeholder(&name) {
            self.draft.setup_error(format!(
                "{}: `path_param(\"{name}\", ..)` names no `{{{name}}}` placeholder of the path",
                self.draft.target.label()
            ));
        }
        self.draft.matchers.push(Matcher::Path {
            name,
            value: value.to_string(),
        });
        self
    }
}

/// A registered expectation: by default it must be called at least once.
#[derive(Clone)]
pub struct Mounted {
    pub(crate) state: Arc<Mutex<State>>,
    pub(crate) index: Option<usize>,
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
    /// timeouts and deadlines). Log lines can be spaced out one by one with
    /// [`respond_lines_with_delays`](Expect::respond_lines_with_delays).
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
