//! Extending the runtime: a [`Hook`] around each attempt of every call, and the [`Sleep`] the
//! client waits with between retries and polls.
//!
//! Both are set on the [`ClientBuilder`](crate::ClientBuilder) and hold for every call of the
//! client, generated, raw and [`wait_for_workflow_task`](crate::Client::wait_for_workflow_task)
//! alike, and for the blocking client built from it.
//!
//! ```
//! use std::sync::atomic::{AtomicU32, Ordering};
//! use zadig_api::hooks::{AttemptOutcome, AttemptRequest, Hook};
//!
//! /// Tags every request with a trace id and counts the attempts that got no answer.
//! #[derive(Debug, Default)]
//! struct Tracing {
//!     unanswered: AtomicU32,
//! }
//!
//! impl Hook for Tracing {
//!     fn before_attempt(&self, request: &mut AttemptRequest<'_>) {
//!         let id = format!("{}-{}", request.endpoint(), request.attempt());
//!         if let Ok(value) = id.parse() {
//!             request.headers_mut().insert("x-trace-id", value);
//!         }
//!     }
//!
//!     fn after_attempt(&self, outcome: &AttemptOutcome<'_>) {
//!         if outcome.status().is_none() {
//!             self.unanswered.fetch_add(1, Ordering::Relaxed);
//!         }
//!     }
//! }
//!
//! # fn main() -> zadig_api::Result<()> {
//! let client = zadig_api::Client::builder()
//!     .base_url("https://zadig.example.com")
//!     .token("my-api-token")
//!     .hook(Tracing::default())
//!     .build()?;
//! # let _ = client; Ok(()) }
//! ```

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use url::Url;

use crate::error::Error;

/// Code run around each attempt of every call (retries are attempts too): to add or change
/// headers before it is sent, and to observe how it ended (metrics, logs, assertions in tests).
///
/// Hooks run in the order they were added, on the task making the call, and should return
/// quickly. A hook cannot fail a call; it sees what the runtime sees.
pub trait Hook: Send + Sync + 'static {
    /// Before each attempt is sent. The request carries every header the client sets,
    /// `Authorization` included (marked sensitive); a hook may change or add headers.
    fn before_attempt(&self, request: &mut AttemptRequest<'_>) {
        let _ = request;
    }

    /// Once per attempt: when the response head arrives (whatever its status, before the
    /// body is read), or with the error when no response came (a connection failure, a
    /// timeout before the head).
    fn after_attempt(&self, outcome: &AttemptOutcome<'_>) {
        let _ = outcome;
    }
}

/// An attempt about to be sent, as a [`Hook`] sees it.
#[derive(Debug)]
pub struct AttemptRequest<'a> {
    pub(crate) endpoint: &'a str,
    pub(crate) attempt: u32,
    pub(crate) method: &'a Method,
    pub(crate) url: &'a Url,
    pub(crate) headers: &'a mut HeaderMap,
}

impl AttemptRequest<'_> {
    /// The endpoint id (`get_workflow_task`), or the label of a raw request.
    pub fn endpoint(&self) -> &str {
        self.endpoint
    }

    /// Which attempt this is: 1 for the first, 2 for the first retry, ...
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

    /// The headers to be sent.
    pub fn headers(&self) -> &HeaderMap {
        self.headers
    }

    /// The headers to be sent, to change.
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        self.headers
    }
}

/// How an attempt ended, as a [`Hook`] sees it: a response head or an error.
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
    /// The endpoint id, or the label of a raw request.
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

/// A future that finishes after a wait; what [`Sleep::sleep`] returns.
pub type Sleeping = Pin<Box<dyn Future<Output = ()> + Send>>;

/// How the client waits between the attempts of a call (backoff, `Retry-After`) and between
/// the polls of [`wait_for_workflow_task`](crate::Client::wait_for_workflow_task).
///
/// The default is Tokio's timer ([`TokioSleep`]). Tests can put in one that records the waits
/// and returns at once, so retries and waits run without sleeping. Timeouts and deadlines stay
/// on Tokio's timer: they bound real time.
///
/// A closure `Fn(Duration) -> impl Future<Output = ()>` is a `Sleep`:
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use std::time::Duration;
///
/// let waits: Arc<Mutex<Vec<Duration>>> = Arc::default();
/// let recorded = waits.clone();
/// let builder = zadig_api::Client::builder().sleep(move |duration| {
///     recorded.lock().unwrap().push(duration);
///     std::future::ready(())
/// });
/// # let _ = builder;
/// ```
pub trait Sleep: Send + Sync + 'static {
    /// A future that finishes after `duration`.
    fn sleep(&self, duration: Duration) -> Sleeping;
}

impl<F, Fut> Sleep for F
where
    F: Fn(Duration) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    fn sleep(&self, duration: Duration) -> Sleeping {
        Box::pin(self(duration))
    }
}

/// The default [`Sleep`]: `tokio::time::sleep`.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokioSleep;

impl Sleep for TokioSleep {
    fn sleep(&self, duration: Duration) -> Sleeping {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// The hooks and the sleep of one client.
#[derive(Clone)]
pub(crate) struct Extensions {
    pub(crate) hooks: Vec<std::sync::Arc<dyn Hook>>,
    pub(crate) sleep: std::sync::Arc<dyn Sleep>,
}

impl Default for Extensions {
    fn default() -> Self {
        Extensions {
            hooks: Vec::new(),
            sleep: std::sync::Arc::new(TokioSleep),
        }
    }
}

impl fmt::Debug for Extensions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Extensions")
            .field("hooks", &self.hooks.len())
            .finish_non_exhaustive()
    }
}
