//! The one error type of the crate: [`Error`], classified by [`ErrorKind`].
//!
//! An [`Error`] never holds the API token, so it can be logged as it is: both its `Display`
//! and its `Debug` output are free of secrets.

use std::error::Error as StdError;
use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A `Result` whose error is this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The most characters of a response body that an error keeps, ellipsis included (see
/// [`Error::body_snippet`]).
pub(crate) const SNIPPET_CHARS: usize = 200;

type Source = Box<dyn StdError + Send + Sync + 'static>;

/// What errors call the endpoint: a generated endpoint's id (borrowed), or a raw request's
/// method and path template.
#[doc(hidden)]
pub type Label = std::borrow::Cow<'static, str>;

/// What went wrong, in broad classes that callers can match on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Zadig answered with a non-2xx HTTP status, with its error body (or no body at all).
    /// [`Error::status`] gives the status and [`Error::api_error`] the body's `code`,
    /// `message` and `description`.
    Api,
    /// A non-2xx HTTP status whose body is not Zadig's error body: an HTML page or plain text
    /// from a proxy, a load balancer or a gateway in front of Zadig. [`Error::status`] gives
    /// the status and [`Error::body_snippet`] the start of the body.
    Http,
    /// The request, or a log stream's wait for its next line, took longer than allowed.
    Timeout,
    /// The request could not be sent or its response could not be received: connection
    /// refused, DNS, TLS, a connection lost while reading the body, too many redirects.
    Transport,
    /// The server answered 2xx, but the body is not what the endpoint returns (for example an
    /// HTML page from a proxy). [`Error::body_snippet`] shows the start of the body.
    Decode,
    /// The call could not be made as asked: a bad base URL or token, a path parameter that would
    /// change the route, a body that cannot be encoded, a blocking call inside async code.
    InvalidInput,
    /// A log stream broke off in the middle of an event, or sent something that is not an
    /// event stream.
    Stream,
    /// An [`Interceptor`](crate::intercept::Interceptor) failed the call. Its own error is the
    /// [`source`](std::error::Error::source), to downcast.
    Interceptor,
    /// The Zadig release the client is configured for does not serve this call
    /// (`ClientBuilder::release`); nothing was sent. The
    /// message names the method, the releases that serve it and the configured one.
    Unsupported,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::Api => "API error",
            ErrorKind::Http => "HTTP error",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Transport => "transport error",
            ErrorKind::Decode => "unexpected response body",
            ErrorKind::InvalidInput => "invalid input",
            ErrorKind::Stream => "log stream error",
            ErrorKind::Interceptor => "refused by an interceptor",
            ErrorKind::Unsupported => "not served by the configured Zadig release",
        })
    }
}

/// The body of a Zadig error response, such as
/// `{"code": 6894, "message": "workflow not found", "description": "...", "type": "error", "extra": {}}`.
///
/// Every field is optional: the server leaves some out, and a field of an unexpected type is
/// dropped rather than failing the whole error. A numeric `message` is kept as its decimal text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ApiErrorBody {
    /// Zadig's error code, e.g. `6894`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    /// A short message, e.g. `workflow not found`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// A longer explanation, often the underlying error text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The error's type, usually `error`.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub error_type: Option<String>,
    /// Extra data some errors carry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Value>,
}

impl ApiErrorBody {
    /// Parses Zadig's error body; `None` unless the body is a JSON object carrying at least one
    /// of `code`, `message` or `description`.
    pub(crate) fn parse(body: &[u8]) -> Option<Self> {
        let Ok(Value::Object(object)) = serde_json::from_slice::<Value>(body) else {
            return None;
        };
        let code = object.get("code").and_then(|value| match value {
            Value::Number(number) => number.as_i64().or_else(|| {
                number
                    .as_f64()
                    .filter(|f| f.fract() == 0.0)
                    .map(|f| f as i64)
            }),
            Value::String(text) => text.trim().parse().ok(),
            _ => None,
        });
        let text = |name: &str| {
            object.get(name).and_then(|value| match value {
                Value::String(text) => Some(text.clone()),
                Value::Number(number) => Some(number.to_string()),
                Value::Bool(flag) => Some(flag.to_string()),
                _ => None,
            })
        };
        let parsed = ApiErrorBody {
            code,
            message: text("message"),
            description: text("description"),
            error_type: text("type"),
            extra: object.get("extra").filter(|v| !v.is_null()).cloned(),
        };
        if parsed.code.is_none() && parsed.message.is_none() && parsed.description.is_none() {
            return None;
        }
        Some(parsed)
    }
}

/// An error from a Zadig API call.
///
/// Classified by [`kind`](Error::kind); the accessors give the details that apply (HTTP status,
/// Zadig's error body, the endpoint id, a snippet of an unexpected body). The `Display` text is
/// one line such as `get_workflow: HTTP 400 Bad Request: Bad Request (code 6540): workflow
/// build-deploy not found` (endpoint, status, Zadig's message, code and description);
/// the underlying cause, when there is one, is available through
/// [`source`](std::error::Error::source).
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    endpoint: Option<Label>,
    message: String,
    status: Option<StatusCode>,
    api: Option<ApiErrorBody>,
    snippet: Option<String>,
    retry_after: Option<Duration>,
    /// Whether another attempt may help, as the retry classifier decided
    /// (`runtime::retry`); the runtime retries on exactly this.
    retryable: bool,
    source: Option<Source>,
}

impl Error {
    /// An error of `kind`; a timeout counts as retryable, anything else as not until the
    /// retry classifier (`runtime::retry`) says otherwise ([`Error::retryable`]).
    #[doc(hidden)]
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            inner: Box::new(Inner {
                kind,
                endpoint: None,
                message: message.into(),
                status: None,
                api: None,
                snippet: None,
                retry_after: None,
                retryable: kind == ErrorKind::Timeout,
                source: None,
            }),
        }
    }

    /// An interceptor's error: a crate [`Error`] it returned passes through unchanged, any
    /// other becomes the source of an [`ErrorKind::Interceptor`] error.
    pub(crate) fn interceptor(error: Source) -> Self {
        match error.downcast::<Error>() {
            Ok(error) => *error,
            Err(other) => {
                let message = format!("an interceptor failed the call: {other}");
                Self::new(ErrorKind::Interceptor, message).with_source(other)
            }
        }
    }

    /// A call the configured release does not serve (never retryable).
    #[doc(hidden)]
    pub fn unsupported(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Unsupported, message)
    }

    #[doc(hidden)]
    pub fn invalid_input(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::InvalidInput, message)
    }

    /// A non-2xx answer: parses Zadig's error body out of `body` when there is one. Whether it
    /// is retryable is the retry classifier's to say (`runtime::retry::api_error`).
    ///
    /// An error status with Zadig's error body, or with no body at all, is an
    /// [`ErrorKind::Api`] error. An error status whose body is something else (a proxy's HTML
    /// page, plain text) is an [`ErrorKind::Http`] error: the answer did not come from Zadig's
    /// API. Both keep the status, so [`Error::status`], [`Error::is_not_found`] and
    /// [`Error::is_unauthorized`] work on either; neither is a [`ErrorKind::Decode`] error, which
    /// is kept for 2xx bodies that are not what the endpoint returns.
    pub(crate) fn api(endpoint: &Label, status: StatusCode, body: &[u8]) -> Self {
        let api = ApiErrorBody::parse(body);
        let blank = body.iter().all(u8::is_ascii_whitespace);
        let kind = if api.is_none() && !blank {
            ErrorKind::Http
        } else {
            ErrorKind::Api
        };
        let mut error = Self::new(kind, String::new()).with_endpoint(endpoint.clone());
        error.inner.status = Some(status);
        error.inner.api = api;
        if kind == ErrorKind::Http {
            error.inner.snippet = snippet(body);
        }
        error
    }

    /// A 2xx answer whose body is not what the endpoint returns.
    #[doc(hidden)]
    pub fn decode(
        endpoint: &Label,
        status: StatusCode,
        body: &[u8],
        message: impl Into<String>,
    ) -> Self {
        let mut error = Self::new(ErrorKind::Decode, message).with_endpoint(endpoint.clone());
        error.inner.status = Some(status);
        error.inner.snippet = snippet(body);
        error
    }

    pub(crate) fn with_endpoint(mut self, endpoint: impl Into<Label>) -> Self {
        self.inner.endpoint = Some(endpoint.into());
        self
    }

    #[doc(hidden)]
    pub fn with_source(mut self, source: impl Into<Source>) -> Self {
        self.inner.source = Some(source.into());
        self
    }

    #[doc(hidden)]
    pub fn with_status(mut self, status: StatusCode) -> Self {
        self.inner.status = Some(status);
        self
    }

    pub(crate) fn with_retry_after(mut self, delay: Option<Duration>) -> Self {
        self.inner.retry_after = delay;
        self
    }

    /// Records the retry classifier's verdict (`runtime::retry`).
    pub(crate) fn retryable(mut self, retryable: bool) -> Self {
        self.inner.retryable = retryable;
        self
    }

    /// Notes how many attempts were made, when there was more than one.
    pub(crate) fn after_attempts(mut self, attempts: u32) -> Self {
        if attempts > 1 {
            let note = format!("after {attempts} attempts");
            if matches!(self.inner.kind, ErrorKind::Api | ErrorKind::Http)
                || self.inner.message.is_empty()
            {
                self.inner.message = note;
            } else {
                self.inner.message = format!("{} ({note})", self.inner.message);
            }
        }
        self
    }

    /// The class of the error.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The HTTP status the server answered with, for [`ErrorKind::Api`], [`ErrorKind::Http`]
    /// and [`ErrorKind::Decode`] errors (and stream errors that happened after the answer).
    pub fn status(&self) -> Option<StatusCode> {
        self.inner.status
    }

    /// Zadig's error body (`code`, `message`, ...), when the server sent one with a non-2xx
    /// status.
    pub fn api_error(&self) -> Option<&ApiErrorBody> {
        self.inner.api.as_ref()
    }

    /// Zadig's error code from the error body, a shortcut for `api_error()?.code`.
    pub fn api_code(&self) -> Option<i64> {
        self.inner.api.as_ref().and_then(|api| api.code)
    }

    /// The id of the endpoint the call was for (e.g. `list_workflows`), or for a raw request
    /// its method and path template (`GET /openapi/users/{uid}`), when known.
    pub fn endpoint(&self) -> Option<&str> {
        self.inner.endpoint.as_deref()
    }

    /// The start of the response body (at most 200 characters, whitespace collapsed), kept for
    /// [`ErrorKind::Decode`] and [`ErrorKind::Http`] errors.
    pub fn body_snippet(&self) -> Option<&str> {
        self.inner.snippet.as_deref()
    }

    /// How long the server asked to wait before trying again (`Retry-After`), if it did.
    pub fn retry_after(&self) -> Option<Duration> {
        self.inner.retry_after
    }

    /// True for [`ErrorKind::Timeout`].
    pub fn is_timeout(&self) -> bool {
        self.inner.kind == ErrorKind::Timeout
    }

    /// True for [`ErrorKind::Api`].
    pub fn is_api(&self) -> bool {
        self.inner.kind == ErrorKind::Api
    }

    /// True for [`ErrorKind::Http`].
    pub fn is_http(&self) -> bool {
        self.inner.kind == ErrorKind::Http
    }

    /// True when trying the same call again may succeed, as the client's retry classifier
    /// decided when the error happened, and so exactly the failures the client itself retries
    /// (for idempotent calls, GET, PUT and DELETE, when retries are on): a timeout, a
    /// connection refused or lost, or an answer of 429 Too Many Requests, 502, 503 or 504
    /// (with Zadig's body or a proxy's). A redirect loop, a TLS or request-building failure, a
    /// refused input or an interceptor's error are not. By the time a call returns a retryable
    /// error its retries are spent, so this is for callers with their own, longer retry loop.
    pub fn is_retryable(&self) -> bool {
        self.inner.retryable
    }

    /// True for [`ErrorKind::Transport`].
    pub fn is_transport(&self) -> bool {
        self.inner.kind == ErrorKind::Transport
    }

    /// True for [`ErrorKind::Decode`].
    pub fn is_decode(&self) -> bool {
        self.inner.kind == ErrorKind::Decode
    }

    /// True for [`ErrorKind::InvalidInput`].
    pub fn is_invalid_input(&self) -> bool {
        self.inner.kind == ErrorKind::InvalidInput
    }

    /// True for [`ErrorKind::Stream`].
    pub fn is_stream(&self) -> bool {
        self.inner.kind == ErrorKind::Stream
    }

    /// True when the server answered 404 Not Found.
    pub fn is_not_found(&self) -> bool {
        self.inner.status == Some(StatusCode::NOT_FOUND)
    }

    /// True when the server answered 401 Unauthorized or 403 Forbidden (a missing, wrong or
    /// under-privileged token).
    pub fn is_unauthorized(&self) -> bool {
        matches!(
            self.inner.status,
            Some(StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN)
        )
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        if let Some(endpoint) = &inner.endpoint {
            write!(f, "{endpoint}: ")?;
        }
        match inner.kind {
            ErrorKind::Api | ErrorKind::Http => {
                match inner.status {
                    Some(status) => write!(f, "HTTP {status}")?,
                    None => f.write_str("API error")?,
                }
                if let Some(api) = &inner.api {
                    let message = api.message.as_deref().filter(|m| !m.trim().is_empty());
                    let description = api
                        .description
                        .as_deref()
                        .filter(|d| !d.trim().is_empty() && Some(*d) != message);
                    if let Some(message) = message {
                        write!(f, ": {}", clip(message))?;
                    }
                    if let Some(code) = api.code {
                        write!(f, " (code {code})")?;
                    }
                    // The description usually says what was wrong; the message is often only
                    // the status in words ("Bad Request").
                    if let Some(description) = description {
                        write!(f, ": {}", clip(description))?;
                    }
                } else if let Some(snippet) = &inner.snippet {
                    write!(f, ", not Zadig's error body: {snippet}")?;
                }
                if !inner.message.is_empty() {
                    write!(f, " ({})", inner.message)?;
                }
                Ok(())
            }
            ErrorKind::Decode => {
                f.write_str(&inner.message)?;
                // No let chain: the crate's rust-version (1.85) predates them.
                match inner.status {
                    Some(status) if !inner.message.starts_with("HTTP ") => {
                        write!(f, " (HTTP {status})")?;
                    }
                    _ => {}
                }
                match &inner.snippet {
                    Some(snippet) => write!(f, "; body: {snippet}"),
                    None => Ok(()),
                }
            }
            _ => f.write_str(&inner.message),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        let mut debug = f.debug_struct("Error");
        debug.field("kind", &inner.kind);
        if let Some(endpoint) = &inner.endpoint {
            debug.field("endpoint", &endpoint);
        }
        debug.field("message", &inner.message);
        if let Some(status) = inner.status {
            debug.field("status", &status);
        }
        if let Some(api) = &inner.api {
            debug.field("api_error", api);
        }
        if let Some(snippet) = &inner.snippet {
            debug.field("body_snippet", snippet);
        }
        if let Some(delay) = inner.retry_after {
            debug.field("retry_after", &delay);
        }
        debug.field("retryable", &inner.retryable);
        if let Some(source) = &inner.source {
            debug.field("source", source);
        }
        debug.finish()
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.inner
            .source
            .as_deref()
            .map(|source| source as &(dyn StdError + 'static))
    }
}

/// The start of `body` as readable text: lossy UTF-8, control characters and runs of
/// whitespace collapsed to one space, at most [`SNIPPET_CHARS`] characters (an ellipsis marks a
/// cut). `None` for a body that is empty or only whitespace.
pub(crate) fn snippet(body: &[u8]) -> Option<String> {
    // Enough bytes for SNIPPET_CHARS characters of up to 4 bytes each, plus collapsed spaces.
    let head = &body[..body.len().min(SNIPPET_CHARS * 8)];
    let text = String::from_utf8_lossy(head);
    let mut out = String::with_capacity(SNIPPET_CHARS + 4);
    let mut count = 0;
    let mut pending_space = false;
    let mut truncated = head.len() < body.len();
    for ch in text.chars() {
        if ch.is_whitespace() || ch.is_control() {
            pending_space = count > 0;
            continue;
        }
        let needed = if pending_space { 2 } else { 1 };
        if count + needed > SNIPPET_CHARS {
            truncated = true;
            break;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(ch);
        count += needed;
    }
    if out.is_empty() {
        return None;
    }
    if truncated {
        // Make room for the ellipsis within the limit.
        if count >= SNIPPET_CHARS {
            out.pop();
        }
        out.truncate(out.trim_end().len());
        out.push('…');
    }
    Some(out)
}

/// `30s`, `1.5s`, `250ms`: a duration in an error message.
#[doc(hidden)]
pub fn show_duration(duration: Duration) -> String {
    if duration.subsec_nanos() == 0 {
        format!("{}s", duration.as_secs())
    } else if duration < Duration::from_secs(1) {
        format!("{}ms", duration.as_millis())
    } else {
        format!("{:.1}s", duration.as_secs_f64())
    }
}

/// Shortens a server-provided message for a one-line `Display`.
fn clip(message: &str) -> std::borrow::Cow<'_, str> {
    match snippet(message.as_bytes()) {
        Some(short) => std::borrow::Cow::Owned(short),
        None => std::borrow::Cow::Borrowed(message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_well() {
        assert_eq!(show_duration(Duration::from_secs(30)), "30s");
        assert_eq!(show_duration(Duration::from_millis(250)), "250ms");
        assert_eq!(show_duration(Duration::from_millis(1500)), "1.5s");
    }

    #[test]
    fn snippet_is_short_and_char_safe() {
        let body = "é".repeat(1000);
        let s = snippet(body.as_bytes()).unwrap_or_default();
        assert_eq!(s.chars().count(), SNIPPET_CHARS);
        assert!(s.ends_with('…'));
        assert_eq!(snippet(b"  \n\t "), None);
        assert_eq!(
            snippet(b"<html>\n  <body>bad</body>\n</html>\n").as_deref(),
            Some("<html> <body>bad</body> </html>")
        );
        // Invalid UTF-8 and a cut multi-byte character do not panic.
        let mut bytes = vec![0xff, 0xfe, b'a'];
        bytes.extend_from_slice(&"日本".as_bytes()[..4]);
        assert!(snippet(&bytes).is_some());
    }

    #[test]
    fn display_says_status_code_message_and_description() {
        let label: Label = "get_workflow".into();
        let body = br#"{"code":6540,"message":"Bad Request","description":"workflow build-deploy not found"}"#;
        let err = Error::api(&label, StatusCode::BAD_REQUEST, body);
        assert_eq!(
            err.to_string(),
            "get_workflow: HTTP 400 Bad Request: Bad Request (code 6540): workflow build-deploy not found"
        );
        // A description that only repeats the message is shown once.
        let body = br#"{"message":"busy","description":"busy"}"#;
        let err = Error::api(&label, StatusCode::SERVICE_UNAVAILABLE, body);
        assert_eq!(
            err.to_string(),
            "get_workflow: HTTP 503 Service Unavailable: busy"
        );
        assert!(err.is_api());
        // Only a description: still shown.
        let body = br#"{"description":"token expired"}"#;
        let err = Error::api(&label, StatusCode::UNAUTHORIZED, body);
        assert_eq!(
            err.to_string(),
            "get_workflow: HTTP 401 Unauthorized: token expired"
        );
    }

    #[test]
    fn api_body_parsing_is_lenient() {
        let body = br#"{"code":6894,"message":"workflow not found","description":"d","type":"error","extra":{}}"#;
        let parsed = ApiErrorBody::parse(body).unwrap_or_default();
        assert_eq!(parsed.code, Some(6894));
        assert_eq!(parsed.message.as_deref(), Some("workflow not found"));
        let numeric = ApiErrorBody::parse(br#"{"message": 500, "code": "12"}"#).unwrap_or_default();
        assert_eq!(numeric.message.as_deref(), Some("500"));
        assert_eq!(numeric.code, Some(12));
        assert_eq!(ApiErrorBody::parse(br#"{"items": []}"#), None);
        assert_eq!(ApiErrorBody::parse(b"[1,2]"), None);
        assert_eq!(ApiErrorBody::parse(b"<html>"), None);
    }

    #[test]
    fn display_is_one_line() {
        let error = Error::api(
            &Label::Borrowed("list_workflows"),
            StatusCode::NOT_FOUND,
            br#"{"code":6894,"message":"workflow not found"}"#,
        );
        assert_eq!(
            error.to_string(),
            "list_workflows: HTTP 404 Not Found: workflow not found (code 6894)"
        );
    }
}
