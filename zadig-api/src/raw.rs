//! Raw requests: a call the bindings do not (yet) describe, sent through the same runtime as
//! every generated endpoint.
//!
//! [`Client::request`] (and [`blocking::Client::request`](crate::blocking::Client::request))
//! takes a method and a path relative to the base URL and returns a [`RawRequest`]. It gets the
//! client's token, base URL, timeouts, retries, tracing span and error mapping, exactly as a
//! generated call does; only the shapes are up to the caller.
//!
//! ```no_run
//! # async fn demo(client: zadig_api::Client) -> zadig_api::Result<()> {
//! use zadig_api::reqwest::Method;
//!
//! // Typed: any `serde::de::DeserializeOwned` type.
//! #[derive(serde::Deserialize)]
//! struct User {
//!     account: String,
//! }
//! let user: User = client
//!     .request(Method::GET, "/openapi/users/{uid}")
//!     .path_param("uid", "6f1c…")
//!     .send()
//!     .await?;
//!
//! // Untyped: `serde_json::Value`.
//! let builds: serde_json::Value = client
//!     .request(Method::GET, "/openapi/build")
//!     .query("projectKey", "demo")
//!     .query("pageNum", 1)
//!     .send()
//!     .await?;
//! # let _ = (user.account, builds); Ok(()) }
//! ```
//!
//! To add a query parameter to a generated call instead, every request builder has
//! `query_param(name, value)`.

use std::fmt::{self, Display};
use std::time::Duration;

use reqwest::Method;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::runtime::{CallOptions, LogStream, Request};
use crate::types::ApiMessage;

/// A request to any path, made by [`Client::request`] (or the blocking client's `request`):
/// set parameters and a body, then call one of the `send` methods.
///
/// `C` is the client it is sent with: [`Client`] (async `send`s) or
/// [`blocking::Client`](crate::blocking::Client) (blocking `send`s). The settings are the same
/// for both.
#[must_use = "a request does nothing until it is sent"]
pub struct RawRequest<'a, C = Client> {
    client: &'a C,
    request: Request,
    options: CallOptions,
}

impl Client {
    /// A request to `path` (relative to the base URL, e.g. `/openapi/users/{uid}`) with
    /// `method`, sent through this client's runtime: token, timeouts, retries, tracing and error
    /// mapping as for every generated call. `{name}` placeholders in `path` are filled with
    /// [`path_param`](RawRequest::path_param), percent-encoded.
    ///
    /// The path must start with `/` and hold no query (add it with
    /// [`query`](RawRequest::query)); otherwise sending fails with
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput). Errors name the call as
    /// `METHOD path`.
    pub fn request(&self, method: Method, path: impl Into<String>) -> RawRequest<'_> {
        RawRequest::new(self, method, path.into())
    }
}

impl<'a, C> RawRequest<'a, C> {
    pub(crate) fn new(client: &'a C, method: Method, path: String) -> Self {
        let label = format!("{method} {path}");
        let problem = if !path.starts_with('/') {
            Some("must start with `/`")
        } else if path.contains(['?', '#']) {
            Some("must not hold a query or fragment; add query parameters with `query`")
        } else {
            None
        };
        let mut request = Request::new(label, method, path);
        if let Some(problem) = problem {
            request.fail(Error::invalid_input(format!("the path {problem}")));
        }
        RawRequest {
            client,
            request,
            options: CallOptions::default(),
        }
    }

    /// Fills the `{name}` placeholder of the path with `value`, percent-encoded as one path
    /// segment. An empty value, `.` or `..` fails the call with
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput), as for generated calls.
    pub fn path_param(mut self, name: impl Into<String>, value: impl Display) -> Self {
        self.request.path_param(name.into(), &value.to_string());
        self
    }

    /// Adds `name=value` to the query string; a name may repeat.
    pub fn query(mut self, name: impl Into<String>, value: impl Display) -> Self {
        self.request.query(name.into(), &value);
        self
    }

    /// Sends `body` as the JSON request body. An encoding error fails the call with
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput).
    pub fn json<T: Serialize + ?Sized>(mut self, body: &T) -> Self {
        self.request.json_body(body);
        self
    }

    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }

    /// Overrides the client's deadline (the whole call, retries included) for this call; see
    /// [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }

    /// Turns retries on or off for this call. By default `GET`, `PUT` and `DELETE` are retried
    /// and `POST` and `PATCH` are not, since repeating them may repeat their effect.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
}

impl RawRequest<'_, Client> {
    /// Sends the request and decodes a 2xx JSON body into `T` (`serde_json::Value` for any
    /// JSON).
    ///
    /// # Errors
    ///
    /// As for generated calls: [`ErrorKind::Api`](crate::ErrorKind::Api) for an error status,
    /// [`ErrorKind::Decode`](crate::ErrorKind::Decode) when the body is not a `T`,
    /// [`ErrorKind::Timeout`](crate::ErrorKind::Timeout),
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport), and
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) for a bad path or body.
    pub async fn send<T: DeserializeOwned>(self) -> Result<T> {
        self.client.send_json(self.request, self.options).await
    }

    /// Sends the request and returns a 2xx body as text; errors as for [`send`](Self::send).
    pub async fn send_text(self) -> Result<String> {
        self.client.send_text(self.request, self.options).await
    }

    /// Sends the request and decodes Zadig's `{"message": ...}` acknowledgement; errors as for
    /// [`send`](Self::send).
    pub async fn send_message(self) -> Result<ApiMessage> {
        self.client.send_message(self.request, self.options).await
    }

    /// Sends the request; any 2xx answer is success and its body is ignored. Errors as for
    /// [`send`](Self::send).
    pub async fn send_empty(self) -> Result<()> {
        self.client.send_empty(self.request, self.options).await
    }

    /// Sends the request and reads the answer as a log stream (server-sent events or plain
    /// lines); errors as for [`send`](Self::send), then per line as [`LogStream`] says.
    pub async fn send_event_stream(self) -> Result<LogStream> {
        self.client
            .send_event_stream(self.request, self.options)
            .await
    }
}

#[cfg(feature = "blocking")]
mod blocking {
    use serde::de::DeserializeOwned;

    use super::RawRequest;
    use crate::blocking::{Client, LogLines};
    use crate::error::Result;
    use crate::types::ApiMessage;

    impl Client {
        /// A request to `path` with `method` through this client's runtime; see
        /// [`crate::Client::request`].
        pub fn request(
            &self,
            method: reqwest::Method,
            path: impl Into<String>,
        ) -> RawRequest<'_, Client> {
            RawRequest::new(self, method, path.into())
        }
    }

    impl RawRequest<'_, Client> {
        /// Sends the request, blocking, and decodes a 2xx JSON body into `T`; see the async
        /// [`send`](RawRequest::send). Inside async code this fails with
        /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput).
        pub fn send<T: DeserializeOwned + Send>(self) -> Result<T> {
            let client = self.client;
            client.block_on(client.as_async().send_json(self.request, self.options))
        }

        /// The blocking [`send_text`](RawRequest::send_text).
        pub fn send_text(self) -> Result<String> {
            let client = self.client;
            client.block_on(client.as_async().send_text(self.request, self.options))
        }

        /// The blocking [`send_message`](RawRequest::send_message).
        pub fn send_message(self) -> Result<ApiMessage> {
            let client = self.client;
            client.block_on(client.as_async().send_message(self.request, self.options))
        }

        /// The blocking [`send_empty`](RawRequest::send_empty).
        pub fn send_empty(self) -> Result<()> {
            let client = self.client;
            client.block_on(client.as_async().send_empty(self.request, self.options))
        }

        /// The blocking [`send_event_stream`](RawRequest::send_event_stream): the log as an
        /// iterator of lines.
        pub fn send_event_stream(self) -> Result<LogLines> {
            let client = self.client;
            let stream = client.block_on(
                client
                    .as_async()
                    .send_event_stream(self.request, self.options),
            )?;
            Ok(LogLines::new(stream, client))
        }
    }
}

impl<C> fmt::Debug for RawRequest<'_, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawRequest")
            .field("request", &self.request)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}
