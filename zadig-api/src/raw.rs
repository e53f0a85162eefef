//! Raw requests: a call the bindings do not (yet) describe, sent through the same runtime as
//! every generated endpoint.
//!
//! [`Client::request`](crate::Client::request) (the same method on the
//! [`blocking::Client`](crate::blocking::Client))
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
//! To add a query parameter to a generated call instead, every call has
//! [`query_param(name, value)`](crate::Call::query_param).

use std::fmt::{self, Display};

use reqwest::Method;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::call::{Answer, Call, Empty, Events, Json, Message, Response, Text};
use crate::client::{Async, GenericClient};
use crate::error::{Error, Result};
use crate::runtime::{LogStream, Request, check_raw_path};
use crate::types::ApiMessage;

/// A raw request's endpoint: its method, path, parameters and body as the caller gave them.
pub struct Raw {
    request: Request,
}

impl fmt::Debug for Raw {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Raw")
            .field("request", &self.request)
            .finish()
    }
}

/// A request to any path, made by [`Client::request`](crate::Client::request) (on either client):
/// set parameters and a body, then call one of the `send` methods. The per-call settings
/// (`timeout`, `deadline`, `retry`, `interceptor`) are every [`Call`]'s.
///
/// `M` is the client's mode: [`Async`] (async `send`s) or
/// [`Blocking`](crate::blocking::Blocking) (blocking `send`s).
pub type RawRequest<'a, M = Async> = Call<'a, M, Raw>;

impl<M> GenericClient<M> {
    /// A request to `path` (relative to the base URL, e.g. `/openapi/users/{uid}`) with
    /// `method`, sent through this client's runtime: token, timeouts, retries, interceptors,
    /// tracing and error mapping as for every generated call. `{name}` placeholders in `path`
    /// are filled with [`path_param`](RawRequest::path_param), percent-encoded.
    ///
    /// The path must start with `/`, hold no query (add it with [`query`](RawRequest::query))
    /// and stay under the base URL's path: a `.` or `..` segment, plain or percent-encoded
    /// (`%2e%2e`), is refused, so the token never goes to another application behind the same
    /// host. Otherwise sending fails with
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput), without a request. Errors
    /// name the call as `METHOD path`.
    pub fn request(&self, method: Method, path: impl Into<String>) -> RawRequest<'_, M> {
        let path = path.into();
        let label = format!("{method} {path}");
        let problem = check_raw_path(&path);
        let mut request = Request::new(label, method, path);
        if let Err(problem) = problem {
            request.fail(Error::invalid_input(format!("the path {problem}")));
        }
        Call::new(self, Raw { request })
    }
}

impl<M> RawRequest<'_, M> {
    /// Fills the `{name}` placeholder of the path with `value`, percent-encoded as one path
    /// segment. An empty value, `.` or `..` fails the call with
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput), as for generated calls.
    pub fn path_param(mut self, name: impl Into<String>, value: impl Display) -> Self {
        self.endpoint
            .request
            .path_param(name.into(), &value.to_string());
        self
    }

    /// Adds `name=value` to the query string; a name may repeat.
    pub fn query(mut self, name: impl Into<String>, value: impl Display) -> Self {
        self.endpoint.request.query(name.into(), &value);
        self
    }

    /// Sends `body` as the JSON request body. An encoding error fails the call with
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput).
    pub fn json<T: Serialize + ?Sized>(mut self, body: &T) -> Self {
        self.endpoint.request.json_body(body);
        self
    }
}

impl RawRequest<'_, Async> {
    /// Sends the request, expecting the answer `A` reads.
    async fn received<A: Answer>(self) -> Result<crate::runtime::send::Received> {
        let client = self.client;
        client
            .execute(self.endpoint.request, self.options, A::EXPECT)
            .await
    }
}

impl RawRequest<'_, Async> {
    /// Sends the request and decodes a 2xx JSON body into `T` (`serde_json::Value` for any
    /// JSON).
    ///
    /// # Errors
    ///
    /// As for generated calls (see [`Call`'s errors](crate::call#errors)); a bad path or body
    /// is [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput).
    pub async fn send<T: DeserializeOwned + Send + 'static>(self) -> Result<T> {
        Json::<T>::read(self.received::<Json<T>>().await?)
    }

    /// Sends the request and returns the decoded 2xx JSON body with the response's status and
    /// headers; errors as for [`send`](Self::send).
    pub async fn send_with_response<T: DeserializeOwned + Send + 'static>(
        self,
    ) -> Result<Response<T>> {
        Response::read::<Json<T>>(self.received::<Json<T>>().await?)
    }

    /// Sends the request and returns a 2xx body as text; errors as for [`send`](Self::send).
    pub async fn send_text(self) -> Result<String> {
        Text::read(self.received::<Text>().await?)
    }

    /// Sends the request and decodes Zadig's `{"message": ...}` acknowledgement; errors as for
    /// [`send`](Self::send).
    pub async fn send_message(self) -> Result<ApiMessage> {
        Message::read(self.received::<Message>().await?)
    }

    /// Sends the request; any 2xx answer is success and its body is ignored. Errors as for
    /// [`send`](Self::send).
    pub async fn send_empty(self) -> Result<()> {
        Empty::read(self.received::<Empty>().await?)
    }

    /// Sends the request and reads the answer as a log stream (server-sent events or plain
    /// lines); errors as for [`send`](Self::send), then per line as [`LogStream`] says.
    pub async fn send_event_stream(self) -> Result<LogStream> {
        Events::read(self.received::<Events>().await?)
    }
}

#[cfg(feature = "blocking")]
mod blocking {
    use serde::de::DeserializeOwned;

    use super::RawRequest;
    use crate::blocking::{Blocking, LogLines};
    use crate::call::{Answer, Empty, Events, Json, Message, Response, Text};
    use crate::error::Result;
    use crate::runtime::send::Received;
    use crate::types::ApiMessage;

    impl RawRequest<'_, Blocking> {
        /// Sends the request on the client's runtime, blocking.
        fn received<A: Answer>(self) -> Result<Received> {
            let client = self.client;
            client.block_on(client.as_async().execute(
                self.endpoint.request,
                self.options,
                A::EXPECT,
            ))
        }

        /// Sends the request, blocking, and decodes a 2xx JSON body into `T`; see the async
        /// [`send`](RawRequest::send). On a thread that runs async tasks this fails with
        /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput).
        pub fn send<T: DeserializeOwned + Send + 'static>(self) -> Result<T> {
            Json::<T>::read(self.received::<Json<T>>()?)
        }

        /// The blocking [`send_with_response`](RawRequest::send_with_response).
        pub fn send_with_response<T: DeserializeOwned + Send + 'static>(
            self,
        ) -> Result<Response<T>> {
            Response::read::<Json<T>>(self.received::<Json<T>>()?)
        }

        /// The blocking [`send_text`](RawRequest::send_text).
        pub fn send_text(self) -> Result<String> {
            Text::read(self.received::<Text>()?)
        }

        /// The blocking [`send_message`](RawRequest::send_message).
        pub fn send_message(self) -> Result<ApiMessage> {
            Message::read(self.received::<Message>()?)
        }

        /// The blocking [`send_empty`](RawRequest::send_empty).
        pub fn send_empty(self) -> Result<()> {
            Empty::read(self.received::<Empty>()?)
        }

        /// The blocking [`send_event_stream`](RawRequest::send_event_stream): the log as an
        /// iterator of lines.
        pub fn send_event_stream(self) -> Result<LogLines> {
            let client = self.client;
            let stream = Events::read(self.received::<Events>()?)?;
            Ok(LogLines::new(stream, client))
        }
    }
}
