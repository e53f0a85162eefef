//! The client core every call goes through: the connection settings, the HTTP client and the
//! interceptors, built once from [`Settings`] and shared by every clone of a client.
//!
//! `zadig-api`'s clients (`GenericClient` in either mode) hold a [`Core`]; its builder holds
//! [`Settings`]. Both are declared here, below the generated code, so that the send loop that
//! reads them is compiled once, in this crate.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;
use url::Url;

use crate::error::{Error, Result};
use crate::intercept::Interceptors;
use crate::release::Release;
use crate::retry::RetryConfig;
use crate::time::{Sleep, TokioSleep};

/// The request timeout used when none is set: 30 seconds.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The connect timeout used when none is set: 10 seconds.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The longest silence allowed between two chunks of a log stream when none is set: 5 minutes.
pub const DEFAULT_STREAM_IDLE_TIMEOUT: Duration = Duration::from_secs(300);
/// How many times a retryable request is tried when not set: 3.
pub const DEFAULT_MAX_ATTEMPTS: u32 = 3;
/// The first retry's maximum backoff when not set: 500 ms (it doubles with each retry).
pub const DEFAULT_INITIAL_BACKOFF: Duration = Duration::from_millis(500);
/// The longest wait between two attempts when not set: 30 seconds. A `Retry-After` longer
/// than this is not waited for: the error is returned instead.
pub const DEFAULT_MAX_BACKOFF: Duration = Duration::from_secs(30);
/// How many redirects the client's own HTTP client follows.
const MAX_REDIRECTS: usize = 10;

/// The environment variable `Client::from_env` reads the base URL from.
pub const ENV_URL: &str = "ZADIG_URL";
/// The environment variable `Client::from_env` reads the API token from.
pub const ENV_TOKEN: &str = "ZADIG_TOKEN";

/// An API token that never shows in `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// Wraps the token text.
    pub fn new(token: impl Into<String>) -> Self {
        Token(token.into())
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// What every clone of a client shares: the HTTP client, the checked settings, the
/// interceptors and the time source.
pub struct Core {
    pub(crate) http: reqwest::Client,
    /// The base URL every endpoint path is appended to.
    pub base_url: Url,
    /// `Bearer <token>`, marked sensitive.
    pub(crate) authorization: HeaderValue,
    pub(crate) user_agent: HeaderValue,
    /// `None` only with a caller-supplied HTTP client and no explicit timeout.
    pub(crate) timeout: Option<Duration>,
    pub(crate) stream_idle_timeout: Duration,
    pub(crate) retry: RetryConfig,
    /// The bound on a whole call, attempts and backoff included; `None`: no bound.
    pub(crate) deadline: Option<Duration>,
    /// Run around every call and attempt.
    pub(crate) interceptors: Interceptors,
    /// The waits between attempts and polls, and the timers of the bounds.
    pub time: Arc<dyn Sleep>,
    /// The Zadig release the server runs (the builder's `release`).
    pub release: Release,
}

impl Core {
    /// Writes the client's settings, the token redacted, as the `Debug` output of `name`.
    pub fn debug_as(&self, name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = self;
        f.debug_struct(name)
            .field("base_url", &inner.base_url.as_str())
            .field("token", &"<redacted>")
            .field("user_agent", &inner.user_agent)
            .field("timeout", &inner.timeout)
            .field("stream_idle_timeout", &inner.stream_idle_timeout)
            .field("max_attempts", &inner.retry.max_attempts)
            .field("deadline", &inner.deadline)
            .field("initial_backoff", &inner.retry.initial_backoff)
            .field("max_backoff", &inner.retry.max_backoff)
            .field("interceptors", &inner.interceptors.len())
            .finish_non_exhaustive()
    }
}

/// Reads `ZADIG_URL` and `ZADIG_TOKEN` (surrounding whitespace, such as a trailing newline,
/// is dropped).
pub fn env_config() -> Result<(String, String)> {
    let read = |name: &str| match std::env::var(name) {
        Ok(value) if !value.trim().is_empty() => Ok(value.trim().to_owned()),
        Ok(_) => Err(Error::invalid_input(format!(
            "environment variable {name} is empty"
        ))),
        Err(std::env::VarError::NotPresent) => Err(Error::invalid_input(format!(
            "environment variable {name} is not set"
        ))),
        Err(std::env::VarError::NotUnicode(_)) => Err(Error::invalid_input(format!(
            "environment variable {name} is not valid Unicode"
        ))),
    };
    Ok((read(ENV_URL)?, read(ENV_TOKEN)?))
}

/// A client's settings as the builder collects them; `None` is the default. Checked by
/// [`build`](Settings::build).
#[derive(Clone, Default)]
#[allow(missing_docs, reason = "each is the builder setter of the same name")]
pub struct Settings {
    pub base_url: Option<String>,
    pub token: Option<Token>,
    pub timeout: Option<Duration>,
    pub connect_timeout: Option<Duration>,
    pub stream_idle_timeout: Option<Duration>,
    pub user_agent: Option<String>,
    pub max_attempts: Option<u32>,
    pub deadline: Option<Duration>,
    pub initial_backoff: Option<Duration>,
    pub max_backoff: Option<Duration>,
    pub http_client: Option<reqwest::Client>,
    pub interceptors: Interceptors,
    pub time: Option<Arc<dyn Sleep>>,
    pub release: Option<Release>,
}

impl Settings {
    /// Checks the settings and builds the client core; see the builder's `build` for the
    /// errors.
    pub fn build(self) -> Result<Core> {
        let base_url = parse_base_url(
            self.base_url
                .as_deref()
                .ok_or_else(|| Error::invalid_input("no base URL set"))?,
        )?;
        let token = self
            .token
            .ok_or_else(|| Error::invalid_input("no API token set"))?;
        if token.0.trim().is_empty() {
            return Err(Error::invalid_input("the API token is empty"));
        }
        let mut authorization =
            HeaderValue::try_from(format!("Bearer {}", token.0)).map_err(|_| {
                Error::invalid_input(
                    "the API token contains characters that cannot be sent in an HTTP header",
                )
            })?;
        authorization.set_sensitive(true);
        let user_agent = self
            .user_agent
            .unwrap_or_else(|| concat!("zadig-api/", env!("CARGO_PKG_VERSION")).to_owned());
        let user_agent = HeaderValue::try_from(user_agent).map_err(|_| {
            Error::invalid_input(
                "the user agent contains characters that cannot be sent in an HTTP header",
            )
        })?;
        let (http, timeout) = match self.http_client {
            Some(http) => (http, self.timeout),
            None => {
                let http = reqwest::Client::builder()
                    .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                    .redirect(reqwest::redirect::Policy::limited(MAX_REDIRECTS))
                    .build()
                    .map_err(|err| {
                        Error::new(
                            crate::ErrorKind::Transport,
                            "could not set up the HTTP client",
                        )
                        .with_source(err)
                    })?;
                (http, Some(self.timeout.unwrap_or(DEFAULT_TIMEOUT)))
            }
        };
        Ok(Core {
            http,
            base_url,
            authorization,
            user_agent,
            timeout,
            stream_idle_timeout: self
                .stream_idle_timeout
                .unwrap_or(DEFAULT_STREAM_IDLE_TIMEOUT),
            retry: RetryConfig {
                max_attempts: self.max_attempts.unwrap_or(DEFAULT_MAX_ATTEMPTS).max(1),
                initial_backoff: self.initial_backoff.unwrap_or(DEFAULT_INITIAL_BACKOFF),
                max_backoff: self.max_backoff.unwrap_or(DEFAULT_MAX_BACKOFF),
            },
            deadline: self.deadline,
            release: self.release.unwrap_or(Release::LATEST),
            interceptors: self.interceptors,
            time: self.time.unwrap_or_else(|| Arc::new(TokioSleep)),
        })
    }
}

impl Settings {
    /// Writes the settings, the token and any URL credentials redacted, as the `Debug` output
    /// of `name`.
    pub fn debug_as(&self, name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let settings = self;
        f.debug_struct(name)
            .field(
                "base_url",
                &settings.base_url.as_deref().map(redact_url_text),
            )
            .field("token", &settings.token.as_ref().map(|_| "<redacted>"))
            .field("timeout", &settings.timeout)
            .field("connect_timeout", &settings.connect_timeout)
            .field("stream_idle_timeout", &settings.stream_idle_timeout)
            .field("user_agent", &settings.user_agent)
            .field("max_attempts", &settings.max_attempts)
            .field("deadline", &settings.deadline)
            .field("initial_backoff", &settings.initial_backoff)
            .field("max_backoff", &settings.max_backoff)
            .field("http_client", &settings.http_client.is_some())
            .field("interceptors", &settings.interceptors.len())
            .finish()
    }
}

/// Base URL text for `Debug`: anything that looks like credentials (`user:pass@`) is hidden.
fn redact_url_text(text: &str) -> String {
    match Url::parse(text) {
        Ok(url) if url.username().is_empty() && url.password().is_none() => text.to_owned(),
        Ok(mut url) => {
            // Both setters only fail for URLs that cannot carry credentials.
            let _ = url.set_username("");
            let _ = url.set_password(None);
            format!("{url} (credentials removed)")
        }
        Err(_) if text.contains('@') => "<unparsable URL>".to_owned(),
        Err(_) => text.to_owned(),
    }
}

/// Parses and checks a base URL: `http`/`https`, a host, no credentials, query or fragment.
fn parse_base_url(text: &str) -> Result<Url> {
    let url = Url::parse(text.trim())
        .map_err(|err| Error::invalid_input(format!("invalid base URL: {err}")).with_source(err))?;
    match url.scheme() {
        "http" | "https" => {}
        other => {
            return Err(Error::invalid_input(format!(
                "the base URL must use http or https, not `{other}`"
            )));
        }
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(Error::invalid_input("the base URL has no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::invalid_input(
            "the base URL must not contain credentials; pass the API token with `token`",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::invalid_input(
            "the base URL must not have a query or fragment",
        ));
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_checks() {
        assert!(parse_base_url("https://zadig.example.com").is_ok());
        assert!(parse_base_url("http://127.0.0.1:8080/zadig/").is_ok());
        let err = parse_base_url("ftp://host").err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("the base URL must use http or https, not `ftp`")
        );
        assert!(parse_base_url("not a url").is_err());
        assert!(parse_base_url("https://u:secret@host").is_err());
        assert!(parse_base_url("https://host/?a=b").is_err());
    }

    #[test]
    fn redacts_url_credentials() {
        let shown = redact_url_text("https://user:hunter2@host/");
        assert!(!shown.contains("hunter2"), "{shown}");
    }
}
