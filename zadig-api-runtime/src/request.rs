//! One HTTP call as the endpoints describe it: a [`Route`] (endpoint id, method, path
//! template, parameter names), the path and query values, a JSON body.

use std::fmt::Display;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use reqwest::Method;
use url::Url;

use crate::error::{Error, Label, Result};
use crate::intercept::{Interceptor, Interceptors};
use crate::release::{Availability, Release};

/// Everything but RFC 3986's unreserved characters is encoded, so a value is always exactly one
/// path segment: `/`, `?`, `#`, `%`, spaces, `;` and non-ASCII all arrive percent-encoded.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Where and how an endpoint is called: one `static` per endpoint in the generated
/// `endpoints` modules, read by the runtime when a call is sent.
///
/// The parameters are named as on the wire; the generated code fills them by these names, so
/// the runtime alone decides where each goes.
#[derive(Debug)]
#[non_exhaustive]
pub struct Route {
    /// The endpoint id, which is also the client method's name (`list_workflows`).
    pub id: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path relative to the base URL, with `{name}` placeholders
    /// (`/openapi/workflows/custom/{workflowKey}/detail`).
    pub path: &'static str,
    /// The query parameters the endpoint declares, required and optional, in spec order.
    pub query: &'static [&'static str],
    /// The Zadig releases that serve the endpoint, and where older ones serve it when its path
    /// moved.
    pub served: Availability,
}

impl Route {
    /// A route; only generated code makes them.
    #[doc(hidden)]
    pub const fn new(
        id: &'static str,
        method: Method,
        path: &'static str,
        query: &'static [&'static str],
        served: Availability,
    ) -> Route {
        Route {
            id,
            method,
            path,
            query,
            served,
        }
    }

    /// The path template `release` serves the endpoint at, or `None` when that release does
    /// not serve it. A release the bindings do not know is served as the known one before it
    /// ([`Release::served_as`]).
    pub fn path_in(&self, release: Release) -> Option<&'static str> {
        let release = release.served_as();
        self.served
            .serves(release)
            .then(|| self.served.older_path(release).unwrap_or(self.path))
    }

    /// The names of the path's placeholders, in order.
    pub fn path_params(&self) -> impl Iterator<Item = &'static str> {
        let path = self.path;
        path.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
    }
}

/// One HTTP call, filled in by an endpoint (or a raw request) and sent by the runtime.
///
/// Problems found while filling it in (a path parameter that would change the route, a body
/// that cannot be encoded) are kept and reported when it is sent, so the builders stay
/// infallible. Public for zadig-api's endpoints, which fill it; not part of zadig-api's API.
#[derive(Debug)]
pub struct Request {
    /// The endpoint id (`list_workflows`), or for a raw request its method and path template.
    #[doc(hidden)]
    pub endpoint: Label,
    #[doc(hidden)]
    pub method: Method,
    /// The path with `{name}` placeholders (never the filled path, which may hold ids that
    /// do not belong in logs).
    #[doc(hidden)]
    pub path_template: Label,
    path_params: Vec<(Label, String)>,
    query: Vec<(Label, String)>,
    #[doc(hidden)]
    pub body: Option<Bytes>,
    error: Option<Error>,
}

impl Request {
    /// A call of `route`.
    #[doc(hidden)]
    pub fn of(route: &'static Route) -> Self {
        Request::new(route.id, route.method.clone(), route.path)
    }

    /// A call to the endpoint with id `endpoint` (e.g. `list_workflows`), at `path_template`
    /// (e.g. `/openapi/workflows/custom/{workflowKey}/detail`) relative to the base URL.
    #[doc(hidden)]
    pub fn new(
        endpoint: impl Into<Label>,
        method: Method,
        path_template: impl Into<Label>,
    ) -> Self {
        Request {
            endpoint: endpoint.into(),
            method,
            path_template: path_template.into(),
            path_params: Vec::new(),
            query: Vec::new(),
            body: None,
            error: None,
        }
    }

    /// Fills `{name}` in the path template with `value`, percent-encoded as one segment.
    /// An empty value, `.` or `..` is an [`ErrorKind::InvalidInput`](crate::ErrorKind) error
    /// reported when the request is sent: such a value would change the route.
    #[doc(hidden)]
    pub fn path_param(&mut self, name: impl Into<Label>, value: &str) {
        let name = name.into();
        let problem = match value {
            "" => Some("must not be empty"),
            "." | ".." => Some("must not be `.` or `..`"),
            _ => None,
        };
        if let Some(problem) = problem {
            self.fail(Error::invalid_input(format!(
                "path parameter `{name}` {problem}"
            )));
        }
        let encoded = utf8_percent_encode(value, SEGMENT).to_string();
        match self.path_params.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = encoded,
            None => self.path_params.push((name, encoded)),
        }
    }

    /// Fills `{name}` with a value that is not text (a number).
    #[doc(hidden)]
    pub fn path_value(&mut self, name: &'static str, value: &dyn Display) {
        self.path_param(name, &value.to_string());
    }

    /// Adds `name=value` to the query string. Parameters keep the order of the calls; a name
    /// may repeat (arrays).
    #[doc(hidden)]
    pub fn query(&mut self, name: impl Into<Label>, value: &dyn Display) {
        self.query.push((name.into(), value.to_string()));
    }

    /// Adds `name=value` when the value is set.
    #[doc(hidden)]
    pub fn query_opt<T: Display>(&mut self, name: &'static str, value: &Option<T>) {
        if let Some(value) = value {
            self.query(name, value);
        }
    }

    /// Adds `name=value` once per value, in order.
    #[doc(hidden)]
    pub fn query_each<T: Display>(&mut self, name: &'static str, values: &[T]) {
        for value in values {
            self.query(name, value);
        }
    }

    /// Serialises `body` as the JSON request body now (so a retry can send it again). An
    /// encoding error is reported when the request is sent.
    #[doc(hidden)]
    pub fn json_body<T: serde::Serialize + ?Sized>(&mut self, body: &T) {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.body = Some(Bytes::from(bytes)),
            Err(err) => self.fail(
                Error::invalid_input(format!("could not encode the request body: {err}"))
                    .with_source(err),
            ),
        }
    }

    #[doc(hidden)]
    pub fn fail(&mut self, error: Error) {
        if self.error.is_none() {
            self.error = Some(error.with_endpoint(self.endpoint.clone()));
        }
    }

    /// Addresses the request to `release`: refused (reported when sent, before anything goes
    /// out) when that release does not serve `route`, else at the path the release serves it
    /// at. A placeholder of an older path may name a query parameter, which then travels in
    /// the path; a path parameter the release's path does not name is not sent.
    #[doc(hidden)]
    pub fn for_release(&mut self, route: &Route, release: Release) {
        let Some(template) = route.path_in(release) else {
            let configured = if release.served_as() == release {
                format!("Zadig {release}")
            } else {
                format!("Zadig {release} (served as {})", release.served_as())
            };
            self.fail(Error::unsupported(format!(
                "`{}` is not served by {configured}, the release this client is configured for; it is served by {}",
                route.id,
                route.served.describe()
            )));
            return;
        };
        if template == route.path {
            return;
        }
        self.path_template = Label::Borrowed(template);
        for name in placeholders(template) {
            if self.path_params.iter().any(|(param, _)| param == name) {
                continue;
            }
            if let Some(index) = self.query.iter().position(|(param, _)| param == name) {
                let (_, value) = self.query.remove(index);
                self.path_param(name, &value);
            }
        }
    }

    /// The error recorded while the request was filled in, if any.
    #[doc(hidden)]
    pub fn take_error(&mut self) -> Option<Error> {
        self.error.take()
    }

    /// The path with every placeholder filled.
    fn path(&self) -> Result<String> {
        let template = &*self.path_template;
        let mut path = String::with_capacity(template.len() + 32);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            path.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                return Err(Error::invalid_input(format!(
                    "path template `{template}` has an unclosed placeholder"
                ))
                .with_endpoint(self.endpoint.clone()));
            };
            let name = &after[..close];
            let value = self
                .path_params
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.as_str())
                .ok_or_else(|| {
                    Error::invalid_input(format!("path parameter `{name}` was not given"))
                        .with_endpoint(self.endpoint.clone())
                })?;
            path.push_str(value);
            rest = &after[close + 1..];
        }
        path.push_str(rest);
        Ok(path)
    }

    /// The full URL: the base URL's path (trailing `/` dropped), the filled path, the query.
    /// A URL whose path would not stay under the base URL's path is refused: filled
    /// parameters are single segments and raw paths are checked when given
    /// ([`check_raw_path`]), so this only guards against what those checks missed.
    #[doc(hidden)]
    pub fn url(&self, base: &Url) -> Result<Url> {
        let path = self.path()?;
        let mut url = base.clone();
        let base_path = base.path().trim_end_matches('/');
        let separator = if path.starts_with('/') { "" } else { "/" };
        url.set_path(&format!("{base_path}{separator}{path}"));
        let under_base = url
            .path()
            .strip_prefix(base_path)
            .is_some_and(|rest| rest.starts_with('/'));
        if !under_base {
            return Err(Error::invalid_input(format!(
                "the path `{}` leaves the base URL's path `{}/`",
                self.path_template, base_path
            ))
            .with_endpoint(self.endpoint.clone()));
        }
        url.set_query(None);
        url.set_fragment(None);
        if !self.query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (name, value) in &self.query {
                pairs.append_pair(name, value);
            }
        }
        Ok(url)
    }
}

/// The names of `template`'s `{name}` placeholders, in order.
fn placeholders(template: &'static str) -> impl Iterator<Item = &'static str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
}

/// Why a raw path could leave the base URL's path, if it could: it must start with `/`, hold
/// no query or fragment, and no segment may be `.` or `..`, written plainly or percent-encoded
/// (`%2e%2e`), nor hold a `\\` (which URL parsers read as `/`).
#[doc(hidden)]
pub fn check_raw_path(path: &str) -> std::result::Result<(), &'static str> {
    if !path.starts_with('/') {
        return Err("must start with `/`");
    }
    if path.contains(['?', '#']) {
        return Err("must not hold a query or fragment; add query parameters with `query`");
    }
    if path.contains('\\') {
        return Err("must not hold a `\\`");
    }
    let dot_segment = path.split('/').any(|segment| {
        let decoded = percent_decode_str(segment).decode_utf8_lossy();
        decoded == "." || decoded == ".."
    });
    if dot_segment {
        return Err(
            "must not hold a `.` or `..` segment (plain or percent-encoded): it would leave the base URL's path",
        );
    }
    Ok(())
}

/// Per-call settings that override the client's: the request timeout and deadline, whether
/// to retry, query parameters the caller adds to those the endpoint declares, and
/// interceptors for this call alone.
#[derive(Clone, Default)]
#[doc(hidden)]
pub struct CallOptions {
    #[doc(hidden)]
    pub timeout: Option<Duration>,
    #[doc(hidden)]
    pub retry: Option<bool>,
    #[doc(hidden)]
    pub deadline: Option<Duration>,
    #[doc(hidden)]
    pub extra_query: Vec<(String, String)>,
    #[doc(hidden)]
    pub interceptors: Interceptors,
}

impl std::fmt::Debug for CallOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallOptions")
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("deadline", &self.deadline)
            .field("extra_query", &self.extra_query)
            .field("interceptors", &self.interceptors.len())
            .finish()
    }
}

impl CallOptions {
    /// Adds an interceptor for this call, after the client's.
    #[doc(hidden)]
    pub fn add_interceptor(&mut self, interceptor: impl Interceptor) {
        self.interceptors.push(Arc::new(interceptor));
    }

    /// Adds `name=value` to the query string, after the endpoint's own parameters.
    #[doc(hidden)]
    pub fn add_query(&mut self, name: impl Into<String>, value: impl Display) {
        self.extra_query.push((name.into(), value.to_string()));
    }

    /// Moves the added query parameters into `request`.
    #[doc(hidden)]
    pub fn apply_query(&mut self, request: &mut Request) {
        for (name, value) in self.extra_query.drain(..) {
            request.query(name, &value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(text: &str) -> Url {
        Url::parse(text).unwrap_or_else(|err| panic!("{text}: {err}"))
    }

    #[test]
    fn fills_and_encodes_one_segment() {
        let mut request = Request::new("e", Method::GET, "/openapi/x/{key}/detail");
        request.path_param("key", "a/b?c#d%e f..g");
        request.query("projectKey", &"p q&r");
        request.query("id", &1);
        request.query("id", &2);
        let url = request.url(&base("https://host/zadig/"));
        assert_eq!(
            url.map(String::from).unwrap_or_default(),
            "https://host/zadig/openapi/x/a%2Fb%3Fc%23d%25e%20f..g/detail?projectKey=p+q%26r&id=1&id=2"
        );
    }

    #[test]
    fn rejects_route_changing_values() {
        for bad in ["", ".", ".."] {
            let mut request = Request::new("e", Method::GET, "/x/{key}");
            request.path_param("key", bad);
            assert!(request.take_error().is_some_and(|e| e.is_invalid_input()));
        }
        let request = Request::new("e", Method::GET, "/x/{key}");
        assert!(request.url(&base("http://h")).is_err());
    }

    #[test]
    fn raw_paths_stay_under_the_base_path() {
        for bad in [
            "../other/app",
            "/../other/app",
            "/openapi/../../other",
            "/%2e%2e/other",
            "/%2E%2e/other",
            "/.%2e/other",
            "/x/./y",
            "/x/%2e/y",
            "/x\\..\\y",
        ] {
            assert!(check_raw_path(bad).is_err(), "{bad}");
        }
        for good in ["/openapi/users/{uid}", "/a/..b/c", "/a/%2e%2ex", "/"] {
            assert!(check_raw_path(good).is_ok(), "{good}");
        }
        // What the check could miss is refused when the URL is made.
        let request = Request::new("e", Method::GET, "/../other");
        let refused = request.url(&base("https://host/zadig/"));
        assert!(refused.is_err_and(|e| e.is_invalid_input()));
    }

    #[test]
    fn routes_name_their_path_parameters() {
        static ROUTE: Route = Route::new(
            "e",
            Method::GET,
            "/a/{one}/b/{two}",
            &["q"],
            Availability::ALL,
        );
        assert_eq!(ROUTE.path_params().collect::<Vec<_>>(), ["one", "two"]);
    }

    /// Served from v4.3.0; until v5.0.0 at a path with the service, and with the id in the
    /// path where newer releases take it from the query. Releases are spelt with
    /// `Release::new`, not the generated constants: the snapshot step builds these tests on
    /// fixture specs that know other releases.
    static MOVED: Route = Route::new(
        "restart",
        Method::POST,
        "/envs/{env}/pods/{pod}/restart",
        &["id"],
        Availability {
            since: Some(Release::new(4, 3, 0)),
            until: None,
            older_paths: &[(
                Release::new(5, 0, 0),
                "/envs/{env}/services/{service}/pods/{pod}/{id}",
            )],
        },
    );

    fn moved_request(release: Release) -> Request {
        let mut request = Request::of(&MOVED);
        request.path_param("env", "dev");
        request.path_param("service", "web");
        request.path_param("pod", "web-1");
        request.query("id", &7);
        request.for_release(&MOVED, release);
        request
    }

    #[test]
    fn a_release_gets_the_path_it_serves_the_route_at() {
        let base = base("https://host/zadig/");
        let url = |release| moved_request(release).url(&base).map(|url| url.to_string());
        assert_eq!(
            url(Release::new(5, 0, 0)).unwrap(),
            "https://host/zadig/envs/dev/services/web/pods/web-1/7"
        );
        // A patch release the bindings do not list is served as the release it patches.
        assert_eq!(
            url(Release::new(5, 0, 3)).unwrap(),
            "https://host/zadig/envs/dev/services/web/pods/web-1/7"
        );
        // The newest path: no service segment (not sent), the id back in the query.
        assert_eq!(
            url(Release::MAIN).unwrap(),
            "https://host/zadig/envs/dev/pods/web-1/restart?id=7"
        );
    }

    #[test]
    fn a_release_that_does_not_serve_the_route_refuses_it_before_sending() {
        let mut request = moved_request(Release::new(4, 2, 1));
        let error = request.take_error().expect("refused");
        assert_eq!(error.kind(), crate::ErrorKind::Unsupported);
        let message = error.to_string();
        assert!(
            message.contains("`restart` is not served by Zadig v4.2.1"),
            "{message}"
        );
        assert!(message.contains("v4.3.0 and later"), "{message}");
        assert!(!error.is_retryable());
    }
}
