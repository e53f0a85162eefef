//! Sending a [`Request`]: headers, interceptors, timeouts and the deadline on the client's time
//! source, retries, tracing; then decoding the answer.
//!
//! [`Core::execute`] is the one path every call takes, generated or raw, async or
//! blocking. It is not generic: what a call returns is decided afterwards, from the
//! [`Received`] head and body, by the endpoint's answer kind (`crate::call::Answer`).

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use reqwest::StatusCode;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue, USER_AGENT};
use serde::de::DeserializeOwned;
use tracing::Instrument;
use tracing::field::Empty;
use url::Url;

use super::retry::{api_error, backoff, may_retry, retry_after, transport_failure};
use crate::client::Core;
use crate::error::{Error, ErrorKind, Label, Result, show_duration};
use crate::intercept::{AttemptOutcome, AttemptRequest, CallInfo, CallOutcome, Interceptor};
use crate::model::ApiMessage;
use crate::request::{CallOptions, Request};
use crate::time::{Sleep, bounded};

#[doc(hidden)]
pub const ACCEPT_JSON: &str = "application/json";
#[doc(hidden)]
pub const ACCEPT_EVENTS: &str = "text/event-stream";
#[doc(hidden)]
pub const ACCEPT_TEXT: &str = "text/plain, */*";
/// How much of an error response's body is read (for Zadig's error JSON or a snippet).
const MAX_ERROR_BODY: usize = 64 << 10;

/// What a call received: the response head and its body, read whole or left to stream.
/// Public for zadig-api's answer kinds, which read it; not part of zadig-api's API.
pub struct Received {
    #[doc(hidden)]
    pub endpoint: Label,
    #[doc(hidden)]
    pub status: StatusCode,
    #[doc(hidden)]
    pub headers: HeaderMap,
    #[doc(hidden)]
    pub body: Body,
    /// For a streamed body: the longest silence allowed, and the timer that measures it.
    #[doc(hidden)]
    pub stream_idle_timeout: Duration,
    #[doc(hidden)]
    pub time: Arc<dyn Sleep>,
}

/// A 2xx body: read whole, or the response to read it from as a stream.
#[derive(Debug)]
#[doc(hidden)]
pub enum Body {
    Whole(Bytes),
    Stream(reqwest::Response),
}

impl std::fmt::Debug for Received {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Received")
            .field("endpoint", &self.endpoint)
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("body", &self.body)
            .finish_non_exhaustive()
    }
}

impl Received {
    /// The whole body (empty for a streamed one, which no whole-body answer asks for).
    #[doc(hidden)]
    pub fn bytes(&self) -> &[u8] {
        match &self.body {
            Body::Whole(bytes) => bytes,
            Body::Stream(_) => &[],
        }
    }
}

/// What the call asks for: the `Accept` header, and whether the body is streamed. Public for
/// zadig-api's answer kinds, which name it; not part of zadig-api's API.
#[derive(Debug, Clone, Copy)]
pub struct Expect {
    #[doc(hidden)]
    pub accept: &'static str,
    #[doc(hidden)]
    pub stream: bool,
}

/// How one attempt ended, short of an error without an answer.
enum Attempt {
    Success(StatusCode, HeaderMap, Body),
    Failure {
        status: StatusCode,
        headers: HeaderMap,
        body: Bytes,
    },
}

impl Core {
    /// Sends `req` inside one `zadig_api.request` span, with the client's and the call's
    /// interceptors, retrying as allowed, all within the deadline.
    ///
    /// Boxed: every `send()` awaits this future, and a named, boxed type keeps the compiler
    /// from re-deriving the layout and auto traits of the whole send loop inside each of them.
    pub fn execute(
        &self,
        req: Request,
        opts: CallOptions,
        expect: Expect,
    ) -> futures_util::future::BoxFuture<'_, Result<Received>> {
        Box::pin(self.execute_unboxed(req, opts, expect))
    }

    async fn execute_unboxed(
        &self,
        req: Request,
        opts: CallOptions,
        expect: Expect,
    ) -> Result<Received> {
        let span = tracing::info_span!(
            "zadig_api.request",
            endpoint = &*req.endpoint,
            method = %req.method,
            path_template = &*req.path_template,
            attempt = Empty,
            status = Empty,
            elapsed_ms = Empty,
        );
        let started = Instant::now();
        let call = Call {
            inner: self,
            span: &span,
            attempts: AtomicU32::new(0),
        };
        let result = call
            .run(req, opts, expect, started)
            .instrument(span.clone())
            .await;
        span.record("elapsed_ms", started.elapsed().as_millis() as u64);
        result
    }
}

/// One call in progress.
struct Call<'a> {
    inner: &'a Core,
    span: &'a tracing::Span,
    /// Attempts made so far, for the call's outcome.
    attempts: AtomicU32,
}

impl Call<'_> {
    async fn run(
        &self,
        mut req: Request,
        mut opts: CallOptions,
        expect: Expect,
        started: Instant,
    ) -> Result<Received> {
        if let Some(error) = req.take_error() {
            return Err(error);
        }
        opts.apply_query(&mut req);
        let interceptors: Vec<&dyn Interceptor> = self
            .inner
            .interceptors
            .iter()
            .chain(&opts.interceptors)
            .map(|interceptor| &**interceptor)
            .collect();
        let info = CallInfo {
            endpoint: req.endpoint.clone(),
            method: req.method.clone(),
            path_template: req.path_template.clone(),
        };
        let deadline = opts.deadline.or(self.inner.deadline);
        let work = async {
            for interceptor in &interceptors {
                interceptor.before_call(&info).await.map_err(|err| {
                    (
                        Error::interceptor(err).with_endpoint(req.endpoint.clone()),
                        None,
                    )
                })?;
            }
            self.attempts(&req, &opts, expect, &interceptors).await
        };
        // The deadline bounds the whole call, retries and waits included; each attempt keeps
        // its own timeout inside it.
        let result = match bounded(&*self.inner.time, deadline, work).await {
            Ok(result) => result,
            Err(()) => Err((
                Error::new(
                    ErrorKind::Timeout,
                    format!(
                        "the call did not finish within its deadline of {} (retries included)",
                        show_duration(deadline.unwrap_or_default())
                    ),
                )
                .with_endpoint(req.endpoint.clone()),
                None,
            )),
        };
        if interceptors.is_empty() {
            return result.map_err(|(error, _)| error);
        }
        let (head, error) = match &result {
            Ok(received) => (Some((received.status, &received.headers)), None),
            Err((error, head)) => (head.as_ref().map(|(s, h)| (*s, h)), Some(error)),
        };
        let outcome = CallOutcome {
            info: &info,
            attempts: self.attempts.load(Ordering::Relaxed),
            elapsed: started.elapsed(),
            head,
            error,
        };
        for interceptor in &interceptors {
            if let Err(err) = interceptor.after_call(&outcome).await {
                return Err(Error::interceptor(err).with_endpoint(req.endpoint.clone()));
            }
        }
        result.map_err(|(error, _)| error)
    }

    /// The attempts: until one succeeds, fails for good, or the attempts allowed are spent.
    /// An error comes with the last response head, when there was one.
    async fn attempts(
        &self,
        req: &Request,
        opts: &CallOptions,
        expect: Expect,
        interceptors: &[&dyn Interceptor],
    ) -> std::result::Result<Received, (Error, Option<(StatusCode, HeaderMap)>)> {
        let inner = self.inner;
        let url = req.url(&inner.base_url).map_err(|error| (error, None))?;
        let retry = inner.retry;
        let max_attempts = if may_retry(&req.method, opts.retry) {
            retry.max_attempts
        } else {
            1
        };
        let timeout = opts.timeout.or(inner.timeout);
        let mut attempt = 1;
        loop {
            self.span.record("attempt", attempt);
            self.attempts.store(attempt, Ordering::Relaxed);
            let (error, head, wait) = match self
                .attempt(req, &url, expect, timeout, attempt, interceptors)
                .await
            {
                Ok(Attempt::Success(status, headers, body)) => {
                    self.span.record("status", status.as_u16());
                    return Ok(Received {
                        endpoint: req.endpoint.clone(),
                        status,
                        headers,
                        body,
                        stream_idle_timeout: inner.stream_idle_timeout,
                        time: inner.time.clone(),
                    });
                }
                Ok(Attempt::Failure {
                    status,
                    headers,
                    body,
                }) => {
                    self.span.record("status", status.as_u16());
                    let wait = retry_after(&headers);
                    let error = api_error(&req.endpoint, status, &body).with_retry_after(wait);
                    (error, Some((status, headers)), wait)
                }
                Err(error) => (error, None, None),
            };
            if !error.is_retryable() {
                return Err((error, head));
            }
            if attempt >= max_attempts {
                return Err((error.after_attempts(attempt), head));
            }
            let delay = match wait {
                Some(wait) if wait > retry.max_backoff => {
                    tracing::debug!(
                        retry_after_ms = wait.as_millis() as u64,
                        "not retrying: Retry-After is longer than max_backoff"
                    );
                    return Err((error.after_attempts(attempt), head));
                }
                Some(wait) => wait,
                None => backoff(&retry, attempt),
            };
            tracing::debug!(
                attempt,
                delay_ms = delay.as_millis() as u64,
                error = %error,
                "retrying"
            );
            inner.time.sleep(delay).await;
            attempt += 1;
        }
    }

    /// One attempt, bounded by `timeout`, with the interceptors around it.
    async fn attempt(
        &self,
        req: &Request,
        url: &Url,
        expect: Expect,
        timeout: Option<Duration>,
        number: u32,
        interceptors: &[&dyn Interceptor],
    ) -> Result<Attempt> {
        let inner = self.inner;
        let endpoint = &req.endpoint;
        let mut builder = inner
            .http
            .request(req.method.clone(), url.clone())
            .header(AUTHORIZATION, inner.authorization.clone())
            .header(ACCEPT, HeaderValue::from_static(expect.accept))
            .header(USER_AGENT, inner.user_agent.clone());
        if let Some(body) = &req.body {
            builder = builder
                .header(CONTENT_TYPE, HeaderValue::from_static(ACCEPT_JSON))
                .body(body.clone());
        }
        let mut request = builder
            .build()
            .map_err(|err| transport_error(endpoint, url, &err, false).with_source(err))?;
        if !interceptors.is_empty() {
            let mut attempt = AttemptRequest {
                endpoint: endpoint.clone(),
                attempt: number,
                request,
            };
            for interceptor in interceptors {
                interceptor
                    .before_attempt(&mut attempt)
                    .await
                    .map_err(|err| Error::interceptor(err).with_endpoint(endpoint.clone()))?;
            }
            request = attempt.request;
        }
        let sent = Instant::now();
        // The response head, once it came; the interceptors see an error only without one.
        let mut head: Option<(StatusCode, HeaderMap)> = None;
        let work = async {
            let mut response = inner
                .http
                .execute(request)
                .await
                .map_err(|err| transport_error(endpoint, url, &err, false).with_source(err))?;
            let status = response.status();
            if !interceptors.is_empty() {
                head = Some((status, response.headers().clone()));
            }
            // Moved out, not copied: the body is read (or streamed) without them.
            let headers = std::mem::take(response.headers_mut());
            if !status.is_success() {
                let body = read_error_body(response).await;
                return Ok(Attempt::Failure {
                    status,
                    headers,
                    body,
                });
            }
            if expect.stream {
                return Ok(Attempt::Success(status, headers, Body::Stream(response)));
            }
            let body = response
                .bytes()
                .await
                .map_err(|err| transport_error(endpoint, url, &err, true).with_source(err))?;
            Ok(Attempt::Success(status, headers, Body::Whole(body)))
        };
        let result = match bounded(&*inner.time, timeout, work).await {
            Ok(outcome) => outcome,
            Err(()) => Err(Error::new(
                ErrorKind::Timeout,
                format!(
                    "request timed out after {}",
                    show_duration(timeout.unwrap_or_default())
                ),
            )
            .with_endpoint(endpoint.clone())),
        };
        if interceptors.is_empty() {
            return result;
        }
        let seen = AttemptOutcome {
            endpoint,
            attempt: number,
            method: &req.method,
            url,
            elapsed: sent.elapsed(),
            result: match (&head, &result) {
                (Some((status, headers)), _) => Ok((*status, headers)),
                (None, Err(error)) => Err(error),
                // Without interceptors no head is kept; with them, a response always has one.
                (None, Ok(_)) => return result,
            },
        };
        for interceptor in interceptors {
            if let Err(err) = interceptor.after_attempt(&seen).await {
                return Err(Error::interceptor(err).with_endpoint(endpoint.clone()));
            }
        }
        result
    }
}

/// Up to [`MAX_ERROR_BODY`] bytes of an error response's body; a read error ends it early.
async fn read_error_body(mut response: reqwest::Response) -> Bytes {
    let mut body = BytesMut::new();
    while body.len() < MAX_ERROR_BODY {
        match response.chunk().await {
            Ok(Some(chunk)) => body.extend_from_slice(&chunk),
            Ok(None) | Err(_) => break,
        }
    }
    body.truncate(MAX_ERROR_BODY);
    body.freeze()
}

/// A reqwest error as the crate's error, classified by the retry classifier. Its URL is
/// dropped: the error names the endpoint instead.
fn transport_error(endpoint: &Label, url: &Url, err: &reqwest::Error, in_body: bool) -> Error {
    let (kind, message, retryable) = transport_failure(err, in_body);
    let message = if message == "could not connect" {
        let host = url.host_str().unwrap_or("the server");
        match url.port_or_known_default() {
            Some(port) => format!("could not connect to {host}:{port}"),
            None => format!("could not connect to {host}"),
        }
    } else {
        message.to_owned()
    };
    Error::new(kind, message)
        .with_endpoint(endpoint.clone())
        .retryable(retryable)
}

/// Decodes a 2xx JSON body.
#[doc(hidden)]
pub fn decode_json<T: DeserializeOwned>(
    endpoint: &Label,
    status: StatusCode,
    body: &[u8],
) -> Result<T> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::decode(
            endpoint,
            status,
            body,
            "empty response body where JSON was expected",
        ));
    }
    serde_json::from_slice(body).map_err(|err| {
        Error::decode(
            endpoint,
            status,
            body,
            format!("could not decode the response: {err}"),
        )
        .with_source(err)
    })
}

/// Decodes a 2xx text body (UTF-8).
#[doc(hidden)]
pub fn decode_text(endpoint: &Label, status: StatusCode, body: Bytes) -> Result<String> {
    match String::from_utf8(Vec::from(body)) {
        Ok(text) => Ok(text),
        Err(err) => {
            let message = format!("the response body is not valid UTF-8: {}", err.utf8_error());
            let bytes = err.into_bytes();
            Err(Error::decode(endpoint, status, &bytes, message))
        }
    }
}

/// Decodes a 2xx `{"message": ...}` body; empty or `null` gives an empty message.
#[doc(hidden)]
pub fn decode_message(endpoint: &Label, status: StatusCode, body: &[u8]) -> Result<ApiMessage> {
    let trimmed = body.trim_ascii();
    if trimmed.is_empty() || trimmed == b"null" {
        return Ok(ApiMessage::default());
    }
    decode_json(endpoint, status, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoders_classify() {
        const E: &Label = &Label::Borrowed("e");
        let ok = StatusCode::OK;
        assert!(decode_json::<serde_json::Value>(E, ok, b"").is_err_and(|e| e.is_decode()));
        assert!(decode_json::<serde_json::Value>(E, ok, b"{\"a\":").is_err_and(|e| e.is_decode()));
        assert!(decode_message(E, ok, b"").is_ok());
        assert!(decode_message(E, ok, br#"{"message": 200}"#).is_ok_and(|m| m.message == "200"));
        assert!(decode_text(E, ok, Bytes::from_static(b"\xff")).is_err_and(|e| e.is_decode()));
    }
}
