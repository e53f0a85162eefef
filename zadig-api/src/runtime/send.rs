//! Sending a [`Request`]: headers, timeouts, retries, tracing, and decoding the answer.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use reqwest::StatusCode;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue, USER_AGENT};
use serde::de::DeserializeOwned;
use tracing::Instrument;
use tracing::field::Empty;
use url::Url;

use super::retry::{backoff, is_idempotent, is_retryable_status, retry_after};
use super::sse::LogStream;
use super::{CallOptions, Request};
use crate::client::Client;
use crate::error::{Error, ErrorKind, Label, Result};
use crate::hooks::{AttemptOutcome, AttemptRequest};
use crate::types::ApiMessage;

const ACCEPT_JSON: &str = "application/json";
const ACCEPT_EVENTS: &str = "text/event-stream";
const ACCEPT_TEXT: &str = "text/plain, */*";
/// How much of an error response's body is read (for Zadig's error JSON or a snippet).
const MAX_ERROR_BODY: usize = 64 << 10;

/// What one attempt reads from a 2xx response.
trait Receive {
    type Output: Send;
    fn receive(
        response: reqwest::Response,
    ) -> impl Future<Output = reqwest::Result<Self::Output>> + Send;
}

/// The whole body.
struct WholeBody;

impl Receive for WholeBody {
    type Output = Bytes;
    fn receive(response: reqwest::Response) -> impl Future<Output = reqwest::Result<Bytes>> + Send {
        response.bytes()
    }
}

/// Only the head; the body is read later, as a stream.
struct HeadOnly;

impl Receive for HeadOnly {
    type Output = reqwest::Response;
    fn receive(
        response: reqwest::Response,
    ) -> impl Future<Output = reqwest::Result<reqwest::Response>> + Send {
        std::future::ready(Ok(response))
    }
}

/// How one attempt ended, short of an error that is never retried.
enum Attempt<T> {
    Success(StatusCode, T),
    Failure {
        status: StatusCode,
        retry_after: Option<Duration>,
        body: Bytes,
    },
}

/// An attempt's error and whether another attempt may help.
struct Failed {
    error: Error,
    retryable: bool,
}

impl Client {
    /// Sends `req` and decodes a 2xx body as JSON into `T`.
    pub(crate) async fn send_json<T: DeserializeOwned>(
        &self,
        req: Request,
        opts: CallOptions,
    ) -> Result<T> {
        let endpoint = req.endpoint.clone();
        let (status, body) = self.execute::<WholeBody>(req, opts, ACCEPT_JSON).await?;
        decode_json(&endpoint, status, &body)
    }

    /// Sends `req` and returns a 2xx body as text.
    pub(crate) async fn send_text(&self, req: Request, opts: CallOptions) -> Result<String> {
        let endpoint = req.endpoint.clone();
        let (status, body) = self.execute::<WholeBody>(req, opts, ACCEPT_TEXT).await?;
        decode_text(&endpoint, status, body)
    }

    /// Sends `req` and decodes Zadig's `{"message": ...}` acknowledgement (an empty body or
    /// `null` counts as an acknowledgement without a message).
    pub(crate) async fn send_message(&self, req: Request, opts: CallOptions) -> Result<ApiMessage> {
        let endpoint = req.endpoint.clone();
        let (status, body) = self.execute::<WholeBody>(req, opts, ACCEPT_JSON).await?;
        decode_message(&endpoint, status, &body)
    }

    /// Sends `req`; any 2xx answer is success and its body is ignored.
    pub(crate) async fn send_empty(&self, req: Request, opts: CallOptions) -> Result<()> {
        self.execute::<WholeBody>(req, opts, ACCEPT_JSON).await?;
        Ok(())
    }

    /// Sends `req` and returns its body as a [`LogStream`]. A non-2xx answer is an error
    /// before any item. The request timeout covers the wait for the response head; the body is
    /// bounded by the idle timeout only.
    pub(crate) async fn send_event_stream(
        &self,
        req: Request,
        opts: CallOptions,
    ) -> Result<LogStream> {
        let endpoint = req.endpoint.clone();
        let (_, response) = self.execute::<HeadOnly>(req, opts, ACCEPT_EVENTS).await?;
        Ok(LogStream::new(
            response,
            endpoint,
            self.inner.stream_idle_timeout,
        ))
    }

    /// Sends `req`, retrying as allowed, inside one `zadig_api.request` span.
    async fn execute<R: Receive>(
        &self,
        req: Request,
        opts: CallOptions,
        accept: &'static str,
    ) -> Result<(StatusCode, R::Output)> {
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
        let endpoint = req.endpoint.clone();
        let deadline = opts.deadline.or(self.inner.deadline);
        let call = self
            .execute_in_span::<R>(req, opts, accept, &span)
            .instrument(span.clone());
        // The deadline bounds the whole call, retries and backoff included; each attempt keeps
        // its own timeout inside it.
        let result = match deadline {
            None => call.await,
            Some(deadline) => match tokio::time::timeout(deadline, call).await {
                Ok(result) => result,
                Err(_) => Err(Error::new(
                    ErrorKind::Timeout,
                    format!(
                        "the call did not finish within its deadline of {deadline:?} (retries included)"
                    ),
                )
                .with_endpoint(endpoint)),
            },
        };
        span.record("elapsed_ms", started.elapsed().as_millis() as u64);
        result
    }

    async fn execute_in_span<R: Receive>(
        &self,
        mut req: Request,
        mut opts: CallOptions,
        accept: &'static str,
        span: &tracing::Span,
    ) -> Result<(StatusCode, R::Output)> {
        if let Some(error) = req.take_error() {
            return Err(error);
        }
        opts.apply_query(&mut req);
        let url = req.url(&self.inner.base_url)?;
        let retry = self.inner.retry;
        let retryable = opts.retry.unwrap_or_else(|| is_idempotent(&req.method));
        let max_attempts = if retryable { retry.max_attempts } else { 1 };
        let timeout = opts.timeout.or(self.inner.timeout);
        let mut attempt = 1;
        loop {
            span.record("attempt", attempt);
            let (error, wait) = match self
                .attempt::<R>(&req, &url, accept, timeout, attempt)
                .await
            {
                Ok(Attempt::Success(status, output)) => {
                    span.record("status", status.as_u16());
                    return Ok((status, output));
                }
                Ok(Attempt::Failure {
                    status,
                    retry_after,
                    body,
                }) => {
                    span.record("status", status.as_u16());
                    let error =
                        Error::api(&req.endpoint, status, &body).with_retry_after(retry_after);
                    if !is_retryable_status(status) {
                        return Err(error);
                    }
                    (error, retry_after)
                }
                Err(Failed { error, retryable }) => {
                    if !retryable {
                        return Err(error);
                    }
                    (error, None)
                }
            };
            if attempt >= max_attempts {
                return Err(error.after_attempts(attempt));
            }
            let delay = match wait {
                Some(wait) if wait > retry.max_backoff => {
                    tracing::debug!(
                        retry_after_ms = wait.as_millis() as u64,
                        "not retrying: Retry-After is longer than max_backoff"
                    );
                    return Err(error.after_attempts(attempt));
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
            self.inner.extensions.sleep.sleep(delay).await;
            attempt += 1;
        }
    }

    /// One attempt, bounded by `timeout`, with the client's hooks around it.
    async fn attempt<R: Receive>(
        &self,
        req: &Request,
        url: &Url,
        accept: &'static str,
        timeout: Option<Duration>,
        number: u32,
    ) -> std::result::Result<Attempt<R::Output>, Failed> {
        let inner = &self.inner;
        let endpoint = &req.endpoint;
        let mut builder = inner
            .http
            .request(req.method.clone(), url.clone())
            .header(AUTHORIZATION, inner.authorization.clone())
            .header(ACCEPT, HeaderValue::from_static(accept))
            .header(USER_AGENT, inner.user_agent.clone());
        if let Some(body) = &req.body {
            builder = builder
                .header(CONTENT_TYPE, HeaderValue::from_static(ACCEPT_JSON))
                .body(body.clone());
        }
        let mut request = builder
            .build()
            .map_err(|err| transport_error(endpoint, url, err, false))?;
        let hooks = &inner.extensions.hooks;
        for hook in hooks {
            hook.before_attempt(&mut AttemptRequest {
                endpoint,
                attempt: number,
                method: &req.method,
                url,
                headers: request.headers_mut(),
            });
        }
        let sent = Instant::now();
        let notify = |result: std::result::Result<(StatusCode, &HeaderMap), &Error>| {
            let seen = AttemptOutcome {
                endpoint,
                attempt: number,
                method: &req.method,
                url,
                elapsed: sent.elapsed(),
                result,
            };
            for hook in hooks {
                hook.after_attempt(&seen);
            }
        };
        // Whether the hooks saw a response head, so that they see an error only without one.
        let answered = AtomicBool::new(false);
        let work = async {
            let response = inner
                .http
                .execute(request)
                .await
                .map_err(|err| transport_error(endpoint, url, err, false))?;
            let status = response.status();
            if !hooks.is_empty() {
                answered.store(true, Ordering::Relaxed);
                notify(Ok((status, response.headers())));
            }
            if status.is_success() {
                let output = R::receive(response)
                    .await
                    .map_err(|err| transport_error(endpoint, url, err, true))?;
                Ok(Attempt::Success(status, output))
            } else {
                let retry_after = retry_after(response.headers());
                let body = read_error_body(response).await;
                Ok(Attempt::Failure {
                    status,
                    retry_after,
                    body,
                })
            }
        };
        let result = match timeout {
            None => work.await,
            Some(limit) => match tokio::time::timeout(limit, work).await {
                Ok(outcome) => outcome,
                Err(_) => Err(Failed {
                    error: Error::new(
                        ErrorKind::Timeout,
                        format!("request timed out after {}", show_duration(limit)),
                    )
                    .with_endpoint(endpoint.clone()),
                    retryable: true,
                }),
            },
        };
        if let Err(failed) = &result {
            if !hooks.is_empty() && !answered.load(Ordering::Relaxed) {
                notify(Err(&failed.error));
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

/// Classifies a reqwest error. Its URL is dropped: the error names the endpoint instead.
fn transport_error(endpoint: &Label, url: &Url, err: reqwest::Error, in_body: bool) -> Failed {
    let (kind, message, retryable) = if err.is_timeout() {
        (ErrorKind::Timeout, "request timed out".to_owned(), true)
    } else if err.is_builder() {
        (
            ErrorKind::InvalidInput,
            "could not build the request".to_owned(),
            false,
        )
    } else if err.is_redirect() {
        (
            ErrorKind::Transport,
            "redirect failed (too many redirects or a redirect loop)".to_owned(),
            false,
        )
    } else if err.is_connect() {
        let host = url.host_str().unwrap_or("the server");
        let target = match url.port_or_known_default() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_owned(),
        };
        (
            ErrorKind::Transport,
            format!("could not connect to {target}"),
            true,
        )
    } else if in_body || err.is_body() || err.is_decode() {
        (
            ErrorKind::Transport,
            "connection lost while reading the response body".to_owned(),
            true,
        )
    } else {
        (ErrorKind::Transport, "request failed".to_owned(), true)
    };
    Failed {
        error: Error::new(kind, message)
            .with_endpoint(endpoint.clone())
            .with_source(err.without_url()),
        retryable,
    }
}

/// Decodes a 2xx JSON body.
pub(crate) fn decode_json<T: DeserializeOwned>(
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
pub(crate) fn decode_text(endpoint: &Label, status: StatusCode, body: Bytes) -> Result<String> {
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
pub(crate) fn decode_message(
    endpoint: &Label,
    status: StatusCode,
    body: &[u8],
) -> Result<ApiMessage> {
    let trimmed = body.trim_ascii();
    if trimmed.is_empty() || trimmed == b"null" {
        return Ok(ApiMessage::default());
    }
    decode_json(endpoint, status, body)
}

/// `30s`, `1.5s`, `250ms`.
pub(crate) fn show_duration(duration: Duration) -> String {
    if duration.subsec_nanos() == 0 {
        format!("{}s", duration.as_secs())
    } else if duration < Duration::from_secs(1) {
        format!("{}ms", duration.as_millis())
    } else {
        format!("{:.1}s", duration.as_secs_f64())
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
