//! Interceptors: code the client runs around each call and each of its attempts, on every
//! call of the client (generated, raw and
//! `Client::wait_for_workflow_task`'s polls) or on one call.
//!
//! An [`Interceptor`] has four points, each async and fallible, each optional:
//!
//! | point | when | it can |
//! | --- | --- | --- |
//! | [`before_call`](Interceptor::before_call) | once, before the first attempt | wait (a rate limit, a token fetch), fail the call |
//! | [`before_attempt`](Interceptor::before_attempt) | before each attempt is sent, retries included | change the request's headers (a fresh token, a signature), fail the call |
//! | [`after_attempt`](Interceptor::after_attempt) | when each attempt's response head arrives, or with its error | observe (metrics, logs), fail the call |
//! | [`after_call`](Interceptor::after_call) | once, when the call's last attempt is over | observe, fail the call |
//!
//! Interceptors set on the `ClientBuilder` with `.interceptor(..)` run
//! on every call, in the order they were added, then those set on one call with
//! `Call::interceptor`. An interceptor that fails ends the call
//! with an [`ErrorKind::Interceptor`](crate::ErrorKind::Interceptor) error whose
//! [`source`](std::error::Error::source) is its own error (a [`crate::Error`] it returns is
//! passed on as it is); such a call is not retried.
//!
//! The methods return a boxed future ([`Intercepted`]) so that interceptors can be kept as
//! `dyn Interceptor`; `Box::pin(async move { .. })` makes one.
//!
//! ```
//! use std::sync::Arc;
//! use tokio::sync::RwLock;
//! use zadig_api::intercept::{AttemptRequest, Intercepted, Interceptor};
//!
//! /// Sends the token an identity provider issued, fetching a new one when it has expired.
//! struct SsoToken {
//!     current: Arc<RwLock<String>>,
//! }
//!
//! impl SsoToken {
//!     async fn fresh_token(&self) -> Result<String, std::io::Error> {
//!         // An async call to the identity provider would be here.
//!         Ok(self.current.read().await.clone())
//!     }
//! }
//!
//! impl Interceptor for SsoToken {
//!     fn before_attempt<'a>(&'a self, request: &'a mut AttemptRequest) -> Intercepted<'a> {
//!         Box::pin(async move {
//!             let token = self.fresh_token().await?;
//!             request.set_bearer_token(&token)?;
//!             Ok(())
//!         })
//!     }
//! }
//!
//! # fn main() -> zadig_api::Result<()> {
//! let client = zadig_api::Client::builder()
//!     .base_url("https://zadig.example.com")
//!     .token("placeholder, replaced on every attempt")
//!     .interceptor(SsoToken { current: Arc::default() })
//!     .build()?;
//! # let _ = client; Ok(()) }
//! ```

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use url::Url;

use crate::error::{Error, Label, Result};

/// The error an interceptor fails a call with: any error type.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// What an interceptor's methods return: a boxed future of `Ok(())` to go on, or the error
/// that ends the call.
pub type Intercepted<'a> =
    Pin<Box<dyn Future<Output = std::result::Result<(), BoxError>> + Send + 'a>>;

/// Code run around each call and each attempt; see the [module](self) for when each method
/// runs and what it may do. Every method does nothing by default.
pub trait Interceptor: Send + Sync + 'static {
    /// Once per call, before its first attempt.
    fn before_call<'a>(&'a self, call: &'a CallInfo) -> Intercepted<'a> {
        let _ = call;
        proceed()
    }

    /// Before each attempt is sent. The request carries every header the client sets,
    /// `Authorization` included (marked sensitive); the interceptor may change or add headers.
    fn before_attempt<'a>(&'a self, request: &'a mut AttemptRequest) -> Intercepted<'a> {
        let _ = request;
        proceed()
    }

    /// Once per attempt: when the response head arrives (whatever its status, before the body
    /// is read), or with the error when no response came (a connection failure, a timeout
    /// before the head).
    fn after_attempt<'a>(&'a self, outcome: &'a AttemptOutcome<'_>) -> Intercepted<'a> {
        let _ = outcome;
        proceed()
    }

    /// Once per call, after its last attempt: with the last response head, or the error the
    /// call ends with.
    fn after_call<'a>(&'a self, outcome: &'a CallOutcome<'_>) -> Intercepted<'a> {
        let _ = outcome;
        proceed()
    }
}

/// The [`Intercepted`] future that goes on at once.
pub fn proceed<'a>() -> Intercepted<'a> {
    Box::pin(std::future::ready(Ok(())))
}

/// The interceptors of a client or a call, in the order they run.
#[doc(hidden)]
pub type Interceptors = Vec<Arc<dyn Interceptor>>;

/// A call about to start, as [`Interceptor::before_call`] sees it.
#[derive(Debug)]
pub struct CallInfo {
    pub(crate) endpoint: Label,
    pub(crate) method: Method,
    pub(crate) path_template: Label,
}

impl CallInfo {
    /// The endpoint id (`get_workflow_task`), or a raw request's method and path template.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The path before its parameters are filled in (`/openapi/workflows/custom/{workflowKey}/detail`).
    pub fn path_template(&self) -> &str {
        &self.path_template
    }
}

/// One attempt about to be sent, as [`Interceptor::before_attempt`] sees it.
#[derive(Debug)]
pub struct AttemptRequest {
    pub(crate) endpoint: Label,
    pub(crate) attempt: u32,
    pub(crate) request: reqwest::Request,
}

impl AttemptRequest {
    /// The endpoint id, or a raw request's method and path template.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// Which attempt this is: 1 for the first, 2 for the first retry, ...
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        self.request.method()
    }

    /// The full URL, query included.
    pub fn url(&self) -> &Url {
        self.request.url()
    }

    /// The headers to be sent.
    pub fn headers(&self) -> &HeaderMap {
        self.request.headers()
    }

    /// The headers to be sent, to change.
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        self.request.headers_mut()
    }

    /// The JSON body, when the call has one.
    pub fn body(&self) -> Option<&[u8]> {
        self.request.body().and_then(reqwest::Body::as_bytes)
    }

    /// Sends `Authorization: Bearer <token>` (marked sensitive, so it stays out of logs)
    /// instead of the client's token. Fails with
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) for a token that cannot be
    /// sent in a header.
    pub fn set_bearer_token(&mut self, token: &str) -> Result<()> {
        let mut value = HeaderValue::try_from(format!("Bearer {token}")).map_err(|_| {
            Error::invalid_input("the token contains characters that cannot be sent in a header")
        })?;
        value.set_sensitive(true);
        self.request.headers_mut().insert(AUTHORIZATION, value);
        Ok(())
    }
}

/// How an attempt ended, as [`Interceptor::after_attempt`] sees it: a response head or an
/// error.
#[derive(Debug)]
pub struct AttemptOutcome<'a> {
    pub(crate) endpoint: &'a str,
    pub(crate) attempt: u32,
    pub(crate) method: &'a Method,
    pub(crate) url: &'a Url,
    pub(crate) elapsed: Duration,
    pub(crate) result: std::result::Result<(StatusCode, &'a HeaderMap), &'a Error>,
}

impl AttemptOutcome<'_> {
    /// The endpoint id, or a raw request's method and path template.
    pub fn endpoint(&self) -> &str {
        self.endpoint
    }

    /// Which attempt this was: 1 for the first.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        self.method
    }

    /// The full URL, query included.
    pub fn url(&self) -> &Url {
        self.url
    }

    /// From sending the attempt to its response head (or its error).
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }

    /// The response status, when a response came.
    pub fn status(&self) -> Option<StatusCode> {
        self.result.ok().map(|(status, _)| status)
    }

    /// The response headers, when a response came.
    pub fn headers(&self) -> Option<&HeaderMap> {
        self.result.ok().map(|(_, headers)| headers)
    }

    /// The error, when no response came.
    pub fn error(&self) -> Option<&Error> {
        self.result.err()
    }
}

/// How a call ended, as [`Interceptor::after_call`] sees it: the last response head (a success,
/// or an error status the call ends with, which [`error`](Self::error) then holds too) or the
/// error without a response.
#[derive(Debug)]
pub struct CallOutcome<'a> {
    pub(crate) info: &'a CallInfo,
    pub(crate) attempts: u32,
    pub(crate) elapsed: Duration,
    pub(crate) head: Option<(StatusCode, &'a HeaderMap)>,
    pub(crate) error: Option<&'a Error>,
}

impl CallOutcome<'_> {
    /// The endpoint id, or a raw request's method and path template.
    pub fn endpoint(&self) -> &str {
        &self.info.endpoint
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        &self.info.method
    }

    /// How many attempts were made (0 when the call failed before its first).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// From the start of the call to its end, waits between attempts included.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }

    /// The last response status, when a response came.
    pub fn status(&self) -> Option<StatusCode> {
        self.head.map(|(status, _)| status)
    }

    /// The last response's headers, when a response came.
    pub fn headers(&self) -> Option<&HeaderMap> {
        self.head.map(|(_, headers)| headers)
    }

    /// The error the call ends with, if it fails.
    pub fn error(&self) -> Option<&Error> {
        self.error
    }
}
