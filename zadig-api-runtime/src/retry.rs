//! When to retry, and how long to wait before the next attempt: the one retry classifier.
//!
//! Whether a failure may go away on another attempt is decided here and only here, when the
//! error is made ([`is_retryable_status`] for answers, [`transport_failure`] for requests
//! without one, a timeout always); the error keeps the verdict
//! ([`Error::is_retryable`](crate::Error::is_retryable)) and the send loop retries on exactly
//! that, when the call may be retried at all ([`may_retry`]).

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

use crate::error::{Error, ErrorKind, Label};

/// When and how often to retry.
#[derive(Debug, Clone, Copy)]
#[doc(hidden)]
pub struct RetryConfig {
    #[doc(hidden)]
    pub max_attempts: u32,
    #[doc(hidden)]
    pub initial_backoff: Duration,
    #[doc(hidden)]
    pub max_backoff: Duration,
}

/// Zadig's (or a proxy's) answer with an error status, with the classifier's verdict.
#[doc(hidden)]
pub fn api_error(endpoint: &Label, status: StatusCode, body: &[u8]) -> Error {
    Error::api(endpoint, status, body).retryable(is_retryable_status(status))
}

/// Whether a call may be retried at all: the call's own `retry(..)` when set, else whether the
/// method is idempotent (GET, HEAD, OPTIONS, PUT, DELETE).
#[doc(hidden)]
pub fn may_retry(method: &Method, retry: Option<bool>) -> bool {
    retry.unwrap_or(matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::PUT | Method::DELETE
    ))
}

/// How a request that got no answer failed: the error kind, a message, and whether another
/// attempt may help. A connection refused or lost, or a timeout, may; a redirect loop, a
/// request that could not be built or a TLS set-up failure will fail the same way again.
#[doc(hidden)]
pub fn transport_failure(err: &reqwest::Error, in_body: bool) -> (ErrorKind, &'static str, bool) {
    use ErrorKind::{InvalidInput, Timeout, Transport};
    if err.is_timeout() {
        (Timeout, "request timed out", true)
    } else if err.is_builder() {
        (InvalidInput, "could not build the request", false)
    } else if err.is_redirect() {
        (
            Transport,
            "redirect failed (too many redirects or a redirect loop)",
            false,
        )
    } else if err.is_connect() {
        (Transport, "could not connect", true)
    } else if in_body || err.is_body() || err.is_decode() {
        (
            Transport,
            "connection lost while reading the response body",
            true,
        )
    } else {
        (Transport, "request failed", true)
    }
}

/// Statuses worth another attempt: 429 Too Many Requests, 502, 503, 504.
#[doc(hidden)]
pub fn is_retryable_status(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::TOO_MANY_REQUESTS
            | StatusCode::BAD_GATEWAY
            | StatusCode::SERVICE_UNAVAILABLE
            | StatusCode::GATEWAY_TIMEOUT
    )
}

/// The wait a `Retry-After` header asks for: delay-seconds or an HTTP date (a date in the past
/// means no wait). `None` when there is no such header or it cannot be read.
#[doc(hidden)]
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        // Digits only: an overflowing number is simply "very long".
        return Some(Duration::from_secs(text.parse().unwrap_or(u64::MAX)));
    }
    let when = httpdate::parse_http_date(text).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Exponential backoff with full jitter: a random wait between zero and
/// `min(max_backoff, initial_backoff * 2^(attempt - 1))`, where `attempt` is the attempt that
/// just failed (1 for the first).
#[doc(hidden)]
pub fn backoff(config: &RetryConfig, attempt: u32) -> Duration {
    let factor = 1u32 << attempt.saturating_sub(1).min(20);
    let ceiling = config
        .initial_backoff
        .saturating_mul(factor)
        .min(config.max_backoff);
    ceiling.mul_f64(random_fraction())
}

/// A number in `[0, 1)`, random enough for jitter, without a random-number crate: std's
/// randomly keyed hasher over a counter and the time.
#[doc(hidden)]
pub fn random_fraction() -> f64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    if let Ok(now) = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH) {
        hasher.write_u128(now.as_nanos());
    }
    // The top 53 bits make an evenly spread f64 in [0, 1).
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn one_classifier_decides_and_the_error_reports_it() {
        let label: Label = "get_workflow".into();
        for (status, retryable) in [(400, false), (404, false), (500, false), (429, true)]
            .into_iter()
            .chain([(502, true), (503, true), (504, true)])
        {
            let status = StatusCode::from_u16(status).unwrap_or_default();
            assert_eq!(is_retryable_status(status), retryable, "{status}");
            let error = api_error(&label, status, b"{\"code\": 1}");
            assert_eq!(error.is_retryable(), retryable, "{status}");
        }
        assert!(Error::new(ErrorKind::Timeout, "slow").is_retryable());
        assert!(!Error::invalid_input("bad").is_retryable());
        // Zadig's own 503 and a proxy's 502 page alike.
        let busy = api_error(
            &label,
            StatusCode::SERVICE_UNAVAILABLE,
            br#"{"message":"busy"}"#,
        );
        assert!(busy.is_api() && busy.is_retryable());
        let proxy = api_error(&label, StatusCode::BAD_GATEWAY, b"<html>bad gateway</html>");
        assert!(proxy.is_http() && proxy.is_retryable());
        assert!(may_retry(&Method::GET, None) && may_retry(&Method::DELETE, None));
        assert!(!may_retry(&Method::POST, None) && may_retry(&Method::POST, Some(true)));
        assert!(!may_retry(&Method::GET, Some(false)));
    }

    #[test]
    fn backoff_stays_under_its_ceiling() {
        let config = RetryConfig {
            max_attempts: 5,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(250),
        };
        for attempt in 1..40 {
            let ceiling = Duration::from_millis(100)
                .saturating_mul(1 << (attempt - 1).min(20))
                .min(Duration::from_millis(250));
            assert!(backoff(&config, attempt) <= ceiling);
        }
        let spread: std::collections::HashSet<_> = (0..20).map(|_| backoff(&config, 3)).collect();
        assert!(spread.len() > 1, "jitter should vary");
    }

    #[test]
    fn reads_retry_after() {
        let mut headers = HeaderMap::new();
        assert_eq!(retry_after(&headers), None);
        headers.insert(RETRY_AFTER, HeaderValue::from_static("7"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
        headers.insert(
            RETRY_AFTER,
            HeaderValue::from_static("99999999999999999999999"),
        );
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(u64::MAX)));
        headers.insert(
            RETRY_AFTER,
            HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"),
        );
        assert_eq!(retry_after(&headers), Some(Duration::ZERO));
        let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(120));
        headers.insert(
            RETRY_AFTER,
            HeaderValue::try_from(later).unwrap_or(HeaderValue::from_static("x")),
        );
        let wait = retry_after(&headers).unwrap_or_default();
        assert!(
            wait > Duration::from_secs(100) && wait <= Duration::from_secs(120),
            "{wait:?}"
        );
        headers.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&headers), None);
    }
}
