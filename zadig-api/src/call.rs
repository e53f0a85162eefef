//! One call of an endpoint: [`Call`], what every client method returns.
//!
//! A call is the client it goes through, the endpoint's parameters, and the per-call settings.
//! Everything that is the same for every endpoint is written here once: the per-call settings
//! ([`timeout`](Call::timeout), [`deadline`](Call::deadline), [`retry`](Call::retry),
//! [`query_param`](Call::query_param), [`interceptor`](Call::interceptor)), `send()` for each
//! client (`async` on the [`Client`](crate::Client), blocking on the
//! [`blocking::Client`](crate::blocking::Client)), [`send_with_response`](Call::send_with_response)
//! (status and headers with the value), and `items()` for paged lists. What is particular to
//! an endpoint is generated: its parameters ([`crate::endpoints`]) and their setters, on the
//! call's type alias in [`crate::requests`] (`requests::ListWorkflows<'a, M>` is
//! `Call<'a, M, endpoints::ListWorkflows>`).
//!
//! # Errors
//!
//! Every `send` of every endpoint fails the same ways, each an [`ErrorKind`](crate::ErrorKind):
//!
//! - [`Api`](crate::ErrorKind::Api): Zadig answered an error status, with its error body
//!   (`code`, `message`, `description` in [`Error::api_error`](crate::Error::api_error)).
//! - [`Http`](crate::ErrorKind::Http): an error status without Zadig's body (a proxy's page).
//! - [`Decode`](crate::ErrorKind::Decode): a 2xx body that is not what the endpoint returns.
//! - [`Timeout`](crate::ErrorKind::Timeout): an attempt's timeout or the call's deadline.
//! - [`Transport`](crate::ErrorKind::Transport): no answer (connection refused or lost, TLS,
//!   a redirect loop).
//! - [`InvalidInput`](crate::ErrorKind::InvalidInput): refused before sending: a path
//!   parameter that is empty, `.` or `..`, a body that cannot be encoded, a raw path that
//!   would leave the base URL's path, the blocking client on a thread that runs async tasks.
//! - [`Interceptor`](crate::ErrorKind::Interceptor): an interceptor failed the call.

use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

use crate::client::{Async, GenericClient};
use crate::error::Result;
use crate::intercept::Interceptor;
use crate::runtime::pagination::{Page, Paginated};
use crate::runtime::send::{
    ACCEPT_EVENTS, ACCEPT_JSON, ACCEPT_TEXT, Expect, Received, decode_json, decode_message,
    decode_text,
};
use crate::runtime::{CallOptions, LogStream, Request};
use crate::types::ApiMessage;

pub use crate::runtime::Route;

/// A call of one endpoint through a client: made by a client method, tuned with setters, made
/// with `send()`.
///
/// `M` is the client's mode, [`Async`] or [`Blocking`](crate::blocking::Blocking), and decides
/// what `send()` is; `E` is the endpoint with its parameters (a struct of
/// [`crate::endpoints`], or [`Raw`](crate::raw::Raw) for a raw request). Each endpoint's
/// setters are on its alias in [`crate::requests`]; the settings below are on every call.
#[must_use = "a call does nothing until it is sent"]
pub struct Call<'a, M, E> {
    pub(crate) client: &'a GenericClient<M>,
    pub(crate) endpoint: E,
    pub(crate) options: CallOptions,
}

impl<'a, M, E> Call<'a, M, E> {
    pub(crate) fn new(client: &'a GenericClient<M>, endpoint: E) -> Self {
        Call {
            client,
            endpoint,
            options: CallOptions::default(),
        }
    }

    /// Overrides the client's timeout of one attempt for this call; see
    /// [`ClientBuilder::timeout`](crate::ClientBuilder::timeout).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Overrides the client's deadline (the whole call, retries and the waits between them
    /// included) for this call; see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Turns retries on or off for this call. By default `GET`, `PUT` and `DELETE` calls are
    /// retried and `POST` and `PATCH` calls are not, since repeating them may repeat their
    /// effect; opt those in only when that is safe. See the guide's "Retries".
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Adds `name=value` to the query string, after the parameters the endpoint declares: for
    /// a parameter the server reads that the bindings do not know yet. A name may repeat.
    pub fn query_param(mut self, name: impl Into<String>, value: impl fmt::Display) -> Self {
        self.options.add_query(name, value);
        self
    }

    /// Adds an [`Interceptor`] for this call alone; it runs after the client's.
    pub fn interceptor(mut self, interceptor: impl Interceptor) -> Self {
        self.options.add_interceptor(interceptor);
        self
    }

    /// The endpoint and the parameters set so far.
    pub fn endpoint(&self) -> &E {
        &self.endpoint
    }
}

impl<M, E: Endpoint> Call<'_, M, E> {
    /// The request the endpoint describes, with the call's settings. The body is encoded here,
    /// in generic code, so that encoding an endpoint's body is compiled where it is called.
    fn into_request(self) -> (Request, CallOptions) {
        (
            request_of(&self.endpoint, self.client.inner.release),
            self.options,
        )
    }
}

/// The request `endpoint` describes, in the form `release` serves.
fn request_of<E: Endpoint>(endpoint: &E, release: crate::Release) -> Request {
    let route = E::route();
    let mut request = Request::of(route);
    endpoint.write(&mut request);
    request.for_release(route, release);
    if let Some(body) = endpoint.body() {
        request.json_body(body);
    }
    request
}

/// One page of a paged endpoint's answer.
fn read_page<E: Paged>(received: Received) -> Result<Page<E::Item>> {
    Ok(E::page(E::Answer::read(received)?))
}

impl<E: Endpoint> Call<'_, Async, E> {
    /// Sends the call and returns what the endpoint answers, decoded (see the client method
    /// for what that is).
    ///
    /// # Errors
    ///
    /// As every call fails: see [`Call`'s errors](crate::call#errors).
    pub async fn send(self) -> Result<Output<E>> {
        let client = self.client;
        let (request, options) = self.into_request();
        let received = client.execute(request, options, E::Answer::EXPECT).await?;
        E::Answer::read(received)
    }

    /// Sends the call and returns the decoded answer with the response's status and headers
    /// (a total some endpoints send in a header, a request id); errors as for
    /// [`send`](Self::send).
    pub async fn send_with_response(self) -> Result<Response<Output<E>>> {
        let client = self.client;
        let (request, options) = self.into_request();
        let received = client.execute(request, options, E::Answer::EXPECT).await?;
        Response::read::<E::Answer>(received)
    }
}

impl<'a, E> Call<'a, Async, E>
where
    E: Paged,
    E::Item: Send + 'a,
{
    /// Every item across all pages, fetched lazily one page at a time.
    ///
    /// Starts at the page the call asks for (page 1 unless set) and stops at the reported
    /// total, at an empty page, or at a short page. Each page is one call with this call's
    /// settings; an error ends the stream after it is yielded. See the guide's "Paged lists".
    pub fn items(self) -> Paginated<'a, E::Item> {
        let (first_page, page_size) = self.endpoint.paging();
        let Call {
            client,
            endpoint,
            options,
        } = self;
        let release = client.inner.release;
        // Only the endpoint and the settings are captured here; the client and the futures
        // are `Paginated::of_requests`' (see there why).
        let request = move |page| {
            let mut endpoint = endpoint.clone();
            endpoint.set_page(page);
            (request_of(&endpoint, release), options.clone())
        };
        Paginated::of_requests(
            &client.inner,
            first_page,
            page_size,
            E::Answer::EXPECT,
            Box::new(request),
            read_page::<E>,
        )
    }
}

/// What `send()` returns on the async client for endpoint `E`.
pub type Output<E> = <<E as Endpoint>::Answer as Answer>::Output;

/// An endpoint: where it is ([`Route`]), what it answers ([`Answer`]), and how its parameters
/// fill the request. Implemented by the structs of [`crate::endpoints`], one per endpoint;
/// not meant to be implemented elsewhere.
pub trait Endpoint: Clone + Send + 'static {
    /// What the endpoint answers.
    type Answer: Answer;

    /// The JSON body it sends (`()` for none).
    type Body: serde::Serialize;

    /// The endpoint's route.
    fn route() -> &'static Route;

    /// Fills the path and query of `request` from the parameters.
    #[doc(hidden)]
    fn write(&self, request: &mut Request);

    /// The body, when the endpoint sends one.
    #[doc(hidden)]
    fn body(&self) -> Option<&Self::Body>;
}

/// An endpoint whose answer is one page of a list: its calls have `items()`, a stream (or on
/// the blocking client an iterator) of every item of every page.
pub trait Paged: Endpoint {
    /// One item of the list.
    type Item;

    /// The first page asked for and the page size.
    #[doc(hidden)]
    fn paging(&self) -> (i64, i64);

    /// Asks for page `page` instead.
    #[doc(hidden)]
    fn set_page(&mut self, page: i64);

    /// The items (and the total, when the server sends one) of one answer.
    #[doc(hidden)]
    fn page(answer: Output<Self>) -> Page<Self::Item>;
}

/// How an endpoint answers, and so what `send()` returns: [`Json`], [`Text`], [`Message`],
/// [`Empty`] or [`Events`]. Not meant to be implemented elsewhere.
pub trait Answer: Send + 'static {
    /// What `send()` returns on the async client.
    type Output: Send;

    /// What `send()` returns on the blocking client: the same, but a log stream is an
    /// iterator there.
    #[cfg(feature = "blocking")]
    type Blocking;

    #[doc(hidden)]
    const EXPECT: Expect;

    #[doc(hidden)]
    fn read(received: Received) -> Result<Self::Output>;

    #[cfg(feature = "blocking")]
    #[doc(hidden)]
    fn blocking(output: Self::Output, client: &crate::blocking::Client) -> Self::Blocking;
}

/// A JSON body, decoded into `T`.
pub struct Json<T>(PhantomData<fn() -> T>);

impl<T: DeserializeOwned + Send + 'static> Answer for Json<T> {
    type Output = T;
    #[cfg(feature = "blocking")]
    type Blocking = T;
    const EXPECT: Expect = Expect {
        accept: ACCEPT_JSON,
        stream: false,
    };

    fn read(received: Received) -> Result<T> {
        decode_json(&received.endpoint, received.status, received.bytes())
    }

    #[cfg(feature = "blocking")]
    fn blocking(output: T, _: &crate::blocking::Client) -> T {
        output
    }
}

/// A text body (a log, a YAML file).
pub struct Text;

impl Answer for Text {
    type Output = String;
    #[cfg(feature = "blocking")]
    type Blocking = String;
    const EXPECT: Expect = Expect {
        accept: ACCEPT_TEXT,
        stream: false,
    };

    fn read(received: Received) -> Result<String> {
        let body = match received.body {
            crate::runtime::send::Body::Whole(bytes) => bytes,
            crate::runtime::send::Body::Stream(_) => bytes::Bytes::new(),
        };
        decode_text(&received.endpoint, received.status, body)
    }

    #[cfg(feature = "blocking")]
    fn blocking(output: String, _: &crate::blocking::Client) -> String {
        output
    }
}

/// Zadig's `{"message": "success"}` acknowledgement (an empty body or `null` counts as one
/// without a message).
pub struct Message;

impl Answer for Message {
    type Output = ApiMessage;
    #[cfg(feature = "blocking")]
    type Blocking = ApiMessage;
    const EXPECT: Expect = Expect {
        accept: ACCEPT_JSON,
        stream: false,
    };

    fn read(received: Received) -> Result<ApiMessage> {
        decode_message(&received.endpoint, received.status, received.bytes())
    }

    #[cfg(feature = "blocking")]
    fn blocking(output: ApiMessage, _: &crate::blocking::Client) -> ApiMessage {
        output
    }
}

/// Any 2xx answer; its body is ignored.
pub struct Empty;

impl Answer for Empty {
    type Output = ();
    #[cfg(feature = "blocking")]
    type Blocking = ();
    const EXPECT: Expect = Expect {
        accept: ACCEPT_JSON,
        stream: false,
    };

    fn read(_: Received) -> Result<()> {
        Ok(())
    }

    #[cfg(feature = "blocking")]
    fn blocking(output: (), _: &crate::blocking::Client) {
        output
    }
}

/// A log stream (server-sent events or plain lines), read as the server sends it: a
/// [`LogStream`], or on the blocking client [`LogLines`](crate::blocking::LogLines).
pub struct Events;

impl Answer for Events {
    type Output = LogStream;
    #[cfg(feature = "blocking")]
    type Blocking = crate::blocking::LogLines;
    const EXPECT: Expect = Expect {
        accept: ACCEPT_EVENTS,
        stream: true,
    };

    fn read(received: Received) -> Result<LogStream> {
        Ok(LogStream::new(received))
    }

    #[cfg(feature = "blocking")]
    fn blocking(output: LogStream, client: &crate::blocking::Client) -> crate::blocking::LogLines {
        crate::blocking::LogLines::new(output, client)
    }
}

/// A decoded answer with the response's status and headers, from
/// [`send_with_response`](Call::send_with_response). Dereferences to the value.
///
/// ```no_run
/// # async fn demo(client: zadig_api::Client) -> zadig_api::Result<()> {
/// let versions = client
///     .list_artifact_versions()
///     .project_key("demo")
///     .page_size(20)
///     .send_with_response()
///     .await?;
/// let total: Option<i64> = versions.header("X-Total").and_then(|total| total.parse().ok());
/// println!("{} of {total:?} versions", versions.len());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Response<T> {
    status: StatusCode,
    headers: HeaderMap,
    value: T,
}

impl<T> Response<T> {
    pub(crate) fn read<A: Answer<Output = T>>(mut received: Received) -> Result<Response<T>> {
        let status = received.status;
        let headers = std::mem::take(&mut received.headers);
        let value = A::read(received)?;
        Ok(Response {
            status,
            headers,
            value,
        })
    }

    /// The HTTP status of the answer (a 2xx).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The value of header `name` (any case), when it is there and is text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    /// The decoded value.
    pub fn into_inner(self) -> T {
        self.value
    }

    /// The status, the headers and the value.
    pub fn into_parts(self) -> (StatusCode, HeaderMap, T) {
        (self.status, self.headers, self.value)
    }

    /// The same status and headers with the value changed by `f`.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            status: self.status,
            headers: self.headers,
            value: f(self.value),
        }
    }
}

impl<T> std::ops::Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

impl<M, E: Clone> Clone for Call<'_, M, E> {
    fn clone(&self) -> Self {
        Call {
            client: self.client,
            endpoint: self.endpoint.clone(),
            options: self.options.clone(),
        }
    }
}

impl<M, E: fmt::Debug> fmt::Debug for Call<'_, M, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("endpoint", &self.endpoint)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "blocking")]
mod blocking {
    use super::{Answer, Call, Endpoint, Paged, Response};
    use crate::blocking::{Blocking, PaginatedIter};
    use crate::error::Result;

    /// What `send()` returns on the blocking client for endpoint `E`.
    type Output<E> = <<E as Endpoint>::Answer as Answer>::Blocking;

    impl<E: Endpoint> Call<'_, Blocking, E> {
        /// Sends the call and waits for the answer; see the async `send`.
        ///
        /// # Errors
        ///
        /// As every call fails (see [`Call`'s errors](crate::call#errors)); on a thread that
        /// runs async tasks, [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput)
        /// without sending.
        pub fn send(self) -> Result<Output<E>> {
            let client = self.client;
            let (request, options) = self.into_request();
            let received = client.block_on(client.as_async().execute(
                request,
                options,
                E::Answer::EXPECT,
            ))?;
            Ok(E::Answer::blocking(E::Answer::read(received)?, client))
        }

        /// Sends the call and returns the answer with the response's status and headers;
        /// errors as for [`send`](Self::send).
        pub fn send_with_response(self) -> Result<Response<Output<E>>> {
            let client = self.client;
            let (request, options) = self.into_request();
            let received = client.block_on(client.as_async().execute(
                request,
                options,
                E::Answer::EXPECT,
            ))?;
            Ok(Response::read::<E::Answer>(received)?
                .map(|value| E::Answer::blocking(value, client)))
        }
    }

    impl<'a, E> Call<'a, Blocking, E>
    where
        E: Paged,
        E::Item: Send + 'a,
    {
        /// Every item across all pages, fetched lazily one page at a time: an iterator of
        /// `Result` items; see the async `items`.
        pub fn items(self) -> PaginatedIter<'a, E::Item> {
            let client = self.client;
            let call = Call {
                client: client.as_async(),
                endpoint: self.endpoint,
                options: self.options,
            };
            PaginatedIter::new(call.items(), client)
        }
    }
}
