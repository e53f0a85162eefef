//! One HTTP call as the generated request builders describe it: endpoint id, method, path
//! template, path and query parameters, JSON body.

use std::fmt::Display;
use std::time::Duration;

use bytes::Bytes;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::Method;
use url::Url;

use crate::error::{Error, Label, Result};

/// Everything but RFC 3986's unreserved characters is encoded, so a value is always exactly one
/// path segment: `/`, `?`, `#`, `%`, spaces, `;` and non-ASCII all arrive percent-encoded.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// One HTTP call, filled in by a generated request builder and sent by one of the
/// `Client::send_*` methods.
///
/// Problems found while filling it in (a path parameter that would change the route, a body
/// that cannot be encoded) are kept and reported when it is sent, so the builders stay
/// infallible.
#[derive(Debug)]
pub(crate) struct Request {
    /// The endpoint id (`list_workflows`), or for a raw request its method and path template.
    pub(crate) endpoint: Label,
    pub(crate) method: Method,
    /// The path with `{name}` placeholders (never the filled path, which may hold ids that
    /// do not belong in logs).
    pub(crate) path_template: Label,
    path_params: Vec<(Label, String)>,
    query: Vec<(Label, String)>,
    pub(crate) body: Option<Bytes>,
    error: Option<Error>,
}

impl Request {
    /// A call to the endpoint with id `endpoint` (e.g. `list_workflows`), at `path_template`
    /// (e.g. `/openapi/workflows/custom/{workflowKey}/detail`) relative to the base URL.
    pub(crate) fn new(
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
    pub(crate) fn path_param(&mut self, name: impl Into<Label>, value: &str) {
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

    /// Adds `name=value` to the query string. Parameters keep the order of the calls; a name
    /// may repeat (arrays).
    pub(crate) fn query(&mut self, name: impl Into<Label>, value: &dyn Display) {
        self.query.push((name.into(), value.to_string()));
    }

    /// Serialises `body` as the JSON request body now (so a retry can send it again). An
    /// encoding error is reported when the request is sent.
    pub(crate) fn json_body<T: serde::Serialize + ?Sized>(&mut self, body: &T) {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.body = Some(Bytes::from(bytes)),
            Err(err) => self.fail(
                Error::invalid_input(format!("could not encode the request body: {err}"))
                    .with_source(err),
            ),
        }
    }

    pub(crate) fn fail(&mut self, error: Error) {
        if self.error.is_none() {
            self.error = Some(error.with_endpoint(self.endpoint.clone()));
        }
    }

    /// The error recorded while the request was filled in, if any.
    pub(crate) fn take_error(&mut self) -> Option<Error> {
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
    pub(crate) fn url(&self, base: &Url) -> Result<Url> {
        let path = self.path()?;
        let mut url = base.clone();
        let base_path = base.path().trim_end_matches('/');
        let separator = if path.starts_with('/') { "" } else { "/" };
        url.set_path(&format!("{base_path}{separator}{path}"));
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

/// Per-call settings that override the client's: the request timeout and whether to retry,
/// and query parameters the caller adds to those the endpoint declares.
#[derive(Debug, Clone, Default)]
pub(crate) struct CallOptions {
    pub(crate) timeout: Option<Duration>,
    pub(crate) retry: Option<bool>,
    pub(crate) deadline: Option<Duration>,
    pub(crate) extra_query: Vec<(String, String)>,
}

impl CallOptions {
    /// Overrides the client's request timeout for this call.
    pub(crate) fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = Some(timeout);
    }

    /// Overrides the client's deadline (the bound on the whole call) for this call.
    pub(crate) fn set_deadline(&mut self, deadline: Duration) {
        self.deadline = Some(deadline);
    }

    /// `true` retries this call even if it is a POST or PATCH; `false` never retries it.
    pub(crate) fn set_retry(&mut self, retry: bool) {
        self.retry = Some(retry);
    }

    /// Adds `name=value` to the query string, after the endpoint's own parameters.
    pub(crate) fn add_query(&mut self, name: impl Into<String>, value: impl Display) {
        self.extra_query.push((name.into(), value.to_string()));
    }

    /// Moves the added query parameters into `request`.
    pub(crate) fn apply_query(&mut self, request: &mut Request) {
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
}
