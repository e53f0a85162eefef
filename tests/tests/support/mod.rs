//! Shared by the `e2e_*` tests: a wiremock server with an async and a blocking client pointed
//! at it, and matchers for what every endpoint test asserts.
//!
//! Tests are plain `#[test]` functions: async calls run through [`Harness::run`] on the
//! harness's own runtime, blocking calls run directly on the test thread (outside any runtime,
//! as the blocking client requires). [`both!`] makes the same call through both clients.
#![allow(dead_code)]

use std::future::Future;
use std::time::Duration;

use wiremock::matchers::{header, method, path};
use wiremock::{Match, Mock, MockBuilder, MockServer, Request, ResponseTemplate};

/// The API token both clients send.
pub const TOKEN: &str = "e2e-token-0123";

/// A mock server, a runtime for the async side, and one client of each kind.
pub struct Harness {
    pub server: MockServer,
    pub client: zadig_api::Client,
    pub blocking: zadig_api::blocking::Client,
    runtime: tokio::runtime::Runtime,
}

impl Harness {
    pub fn start() -> Harness {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("test runtime");
        let server = runtime.block_on(MockServer::start());
        let client = zadig_api::Client::builder()
            .base_url(server.uri())
            .token(TOKEN)
            .timeout(Duration::from_secs(10))
            .initial_backoff(Duration::from_millis(5))
            .build()
            .expect("async client");
        let blocking = zadig_api::blocking::Client::builder()
            .base_url(server.uri())
            .token(TOKEN)
            .timeout(Duration::from_secs(10))
            .initial_backoff(Duration::from_millis(5))
            .build()
            .expect("blocking client");
        Harness {
            server,
            client,
            blocking,
            runtime,
        }
    }

    /// Runs `future` (an async client call) to completion on the harness's runtime.
    pub fn run<F: Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    pub fn mount(&self, mock: Mock) {
        self.run(self.server.register(mock));
    }

    /// Every request the server received so far, in order.
    pub fn received(&self) -> Vec<Request> {
        self.run(self.server.received_requests())
            .expect("request recording is on")
    }

    /// Checks every mounted mock's `expect` now (it is also checked when the server drops).
    pub fn verify(&self) {
        self.run(self.server.verify());
    }
}

/// Makes the same call through the async and the blocking client and returns both results:
/// `both!(h, c => c.list_workflows("demo").view_name("v"))` is
/// `(h.client.list_workflows(..)...send().await, h.blocking.list_workflows(..)...send())`.
#[macro_export]
macro_rules! both {
    ($harness:expr, $c:ident => $call:expr) => {{
        let harness = &$harness;
        let async_result = harness.run(async {
            let $c = &harness.client;
            $call.send().await
        });
        let blocking_result = {
            let $c = &harness.blocking;
            $call.send()
        };
        (async_result, blocking_result)
    }};
}

/// A mock for `METHOD path` (the raw, still percent-encoded path) that also requires
/// `Authorization: Bearer <TOKEN>`.
pub fn endpoint(http_method: &str, raw_path: &str) -> MockBuilder {
    Mock::given(method(http_method))
        .and(path(raw_path))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
}

/// Matches when the query string holds exactly these (decoded) pairs, in any order, and nothing
/// else.
pub struct ExactQuery(Vec<(String, String)>);

pub fn exact_query(pairs: &[(&str, &str)]) -> ExactQuery {
    let mut pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    pairs.sort();
    ExactQuery(pairs)
}

impl Match for ExactQuery {
    fn matches(&self, request: &Request) -> bool {
        let mut got: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
        got.sort();
        got == self.0
    }
}

/// Matches a request without a body.
pub struct NoBody;

impl Match for NoBody {
    fn matches(&self, request: &Request) -> bool {
        request.body.is_empty()
    }
}

/// A 200 answer with `body` as JSON.
pub fn ok_json(body: serde_json::Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

/// An answer with status `status` and `body` sent as `content_type`.
pub fn raw(status: u16, content_type: &str, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), content_type)
}

/// The same call through the async client (on a runtime of its own) and the blocking one,
/// against `mock`: both must succeed with the same value, which is returned.
pub fn on_both<T: PartialEq + std::fmt::Debug>(
    mock: &zadig_mock::MockZadig,
    call_async: impl AsyncFnOnce(zadig_api::Client) -> zadig_api::Result<T>,
    call_blocking: impl FnOnce(zadig_api::blocking::Client) -> zadig_api::Result<T>,
) -> T {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("test runtime");
    let client = zadig_api::Client::new(mock.url(), TOKEN).expect("async client");
    let from_async = runtime
        .block_on(call_async(client))
        .expect("the async call succeeds");
    let blocking = zadig_api::blocking::Client::new(mock.url(), TOKEN).expect("blocking client");
    let from_blocking = call_blocking(blocking).expect("the blocking call succeeds");
    assert_eq!(from_async, from_blocking);
    from_async
}

/// The same call through both clients against `mock`; both must fail, and both errors are
/// returned (async first).
pub fn on_both_err<T: std::fmt::Debug>(
    mock: &zadig_mock::MockZadig,
    call_async: impl AsyncFnOnce(zadig_api::Client) -> zadig_api::Result<T>,
    call_blocking: impl FnOnce(zadig_api::blocking::Client) -> zadig_api::Result<T>,
) -> (zadig_api::Error, zadig_api::Error) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("test runtime");
    let client = zadig_api::Client::new(mock.url(), TOKEN).expect("async client");
    let from_async = runtime
        .block_on(call_async(client))
        .expect_err("the async call fails");
    let blocking = zadig_api::blocking::Client::new(mock.url(), TOKEN).expect("blocking client");
    let from_blocking = call_blocking(blocking).expect_err("the blocking call fails");
    (from_async, from_blocking)
}

/// The spec's documented example `name` of `endpoint` in `spec/<module>.yaml`, read from the
/// spec itself so a test cannot carry a copy that drifts from it.
pub fn spec_example(module: &str, endpoint: &str, name: &str) -> zadig_codegen::spec::Example {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../spec")
        .join(format!("{module}.yaml"));
    let text = std::fs::read_to_string(&file)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", file.display()));
    let parsed = zadig_codegen::load::parse_module(&file.display().to_string(), &text)
        .unwrap_or_else(|err| panic!("{err}"));
    parsed
        .endpoints
        .iter()
        .find(|e| e.id == endpoint)
        .unwrap_or_else(|| panic!("spec/{module}.yaml has no endpoint `{endpoint}`"))
        .examples
        .iter()
        .find(|e| e.name == name)
        .cloned()
        .unwrap_or_else(|| panic!("`{endpoint}` has no example `{name}`"))
}

/// The JSON of the spec's example `name` of `endpoint` (see [`spec_example`]).
pub fn spec_example_json(module: &str, endpoint: &str, name: &str) -> serde_json::Value {
    spec_example(module, endpoint, name)
        .json
        .unwrap_or_else(|| panic!("`{endpoint}` example `{name}` has no JSON"))
}

/// The spec's documented request example `name` of `endpoint` in `spec/<module>.yaml`,
/// decoded through the body type `T` (so a field the type does not model fails the test).
pub fn request_example<T: serde::de::DeserializeOwned>(
    module: &str,
    endpoint: &str,
    name: &str,
) -> T {
    let example = spec_example(module, endpoint, name);
    assert_eq!(
        example.kind,
        zadig_codegen::spec::ExampleKind::Request,
        "`{endpoint}` example `{name}` is not a request example"
    );
    let json = example
        .json
        .unwrap_or_else(|| panic!("`{endpoint}` has no JSON request example `{name}`"));
    serde_json::from_value(json)
        .unwrap_or_else(|err| panic!("`{endpoint}` example `{name}` does not decode: {err}"))
}
