//! The clients and their [`ClientBuilder`].
//!
//! One type, [`GenericClient<M>`], is both clients: [`Client`] is `GenericClient<Async>` and
//! [`blocking::Client`](crate::blocking::Client) is `GenericClient<Blocking>`. The endpoints
//! are methods of `GenericClient<M>` for every `M`, added by the generated code, so each is
//! written once for both clients; only `send()` differs (see [`Call`](crate::Call)). This
//! module holds the connection settings every call shares.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;
use url::Url;

use crate::error::{Error, Result};
use crate::intercept::{Interceptor, Interceptors};
use crate::release::{Release, ServerRelease, VersionAnswer};
use crate::runtime::retry::RetryConfig;
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

/// The environment variable [`Client::from_env`] reads the base URL from.
pub const ENV_URL: &str = "ZADIG_URL";
/// The environment variable [`Client::from_env`] reads the API token from.
pub const ENV_TOKEN: &str = "ZADIG_TOKEN";

/// An API token that never shows in `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Token(String);

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// A client for the Zadig OpenAPI, async or blocking by its mode `M`; users name it
/// [`Client`] (async) or [`blocking::Client`](crate::blocking::Client).
///
/// Cheap to clone (the settings and the connection pool are shared), `Send` and `Sync`.
/// Every request carries `Authorization: Bearer <token>`; the token never appears in `Debug`
/// output, in errors or in tracing fields. Each endpoint is a method returning a
/// [`Call`](crate::Call), the same for both modes.
#[derive(Clone)]
pub struct GenericClient<M> {
    pub(crate) inner: Arc<ClientInner>,
    #[cfg_attr(
        not(feature = "blocking"),
        allow(dead_code, reason = "only the blocking mode carries state")
    )]
    pub(crate) mode: M,
}

/// The async mode: `send()` is an `async fn`. [`Client`] is the client in this mode.
#[derive(Debug, Clone, Copy, Default)]
pub struct Async;

/// An async client for the Zadig OpenAPI: [`GenericClient`] in the [`Async`] mode.
///
/// ```no_run
/// # async fn demo() -> zadig_api::Result<()> {
/// let client = zadig_api::Client::new("https://zadig.example.com", "my-api-token")?;
/// // or: let client = zadig_api::Client::from_env()?;  // ZADIG_URL, ZADIG_TOKEN
/// let workflows = client.list_workflows("demo").send().await?;
/// # let _ = workflows; Ok(()) }
/// ```
///
/// Calls need a Tokio runtime with its I/O and time drivers enabled (`#[tokio::main]` does
/// this); without async code, use [`blocking::Client`](crate::blocking::Client).
pub type Client = GenericClient<Async>;

pub(crate) struct ClientInner {
    pub(crate) http: reqwest::Client,
    pub(crate) base_url: Url,
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
    pub(crate) time: Arc<dyn Sleep>,
    /// The Zadig release the server runs ([`ClientBuilder::release`]).
    pub(crate) release: Release,
}

impl<M> GenericClient<M> {
    /// The base URL every endpoint path is appended to.
    pub fn base_url(&self) -> &Url {
        &self.inner.base_url
    }

    /// The Zadig release the client talks to: the one set with
    /// [`ClientBuilder::release`], else [`Release::LATEST`].
    pub fn release(&self) -> Release {
        self.inner.release
    }
}

impl Client {
    /// Asks the server which release it runs, on the route Zadig reports its version on
    /// (`GET /openapi/system/cli/context`, served since v5.0.0; the version is told to
    /// system administrators only). Sent as a raw request, so it works whatever release
    /// the client is configured for; pass the answer's
    /// [`release()`](ServerRelease::release) to [`ClientBuilder::release`] to build a
    /// client for it.
    ///
    /// A 404 is [`ServerRelease::BeforeV5`], not an error.
    ///
    /// # Errors
    ///
    /// As for any call (see [`Call`'s errors](crate::call#errors)).
    pub async fn server_release(&self) -> Result<ServerRelease> {
        let answer = self
            .request(reqwest::Method::GET, ServerRelease::PATH)
            .send::<VersionAnswer>()
            .await;
        ServerRelease::from_answer(answer)
    }

    /// A client for the Zadig instance at `base_url` (e.g. `https://zadig.example.com`),
    /// authenticating with the API token `token`, with default settings.
    ///
    /// Fails with [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) when the URL is
    /// not an `http`/`https` URL or the token cannot be sent in a header.
    pub fn new(base_url: impl AsRef<str>, token: impl Into<String>) -> Result<Client> {
        Client::builder().base_url(base_url).token(token).build()
    }

    /// A builder for a client with settings other than the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment: the base URL from `ZADIG_URL`, the token from
    /// `ZADIG_TOKEN`. The error names the variable that is missing.
    pub fn from_env() -> Result<Client> {
        let (url, token) = env_config()?;
        Client::new(url, token)
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        f.debug_struct("Client")
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
pub(crate) fn env_config() -> Result<(String, String)> {
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

/// Settings for a [`Client`]; made by [`Client::builder`], finished by
/// [`build`](ClientBuilder::build).
///
/// The same builder makes a [`blocking::Client`](crate::blocking::Client): `C` is the client
/// that `build` returns, and the blocking client's builder is
/// [`blocking::ClientBuilder`](crate::blocking::ClientBuilder) = `ClientBuilder<blocking::Client>`.
/// The settings are declared once, here.
///
/// ```no_run
/// # fn demo() -> zadig_api::Result<()> {
/// use std::time::Duration;
/// let client = zadig_api::Client::builder()
///     .base_url("https://zadig.example.com")
///     .token("my-api-token")
///     .timeout(Duration::from_secs(10))
///     .max_attempts(5)
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
pub struct ClientBuilder<C = Client> {
    settings: Settings,
    client: PhantomData<fn() -> C>,
}

#[derive(Clone, Default)]
struct Settings {
    base_url: Option<String>,
    token: Option<Token>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    stream_idle_timeout: Option<Duration>,
    user_agent: Option<String>,
    max_attempts: Option<u32>,
    deadline: Option<Duration>,
    initial_backoff: Option<Duration>,
    max_backoff: Option<Duration>,
    http_client: Option<reqwest::Client>,
    interceptors: Interceptors,
    time: Option<Arc<dyn Sleep>>,
    release: Option<Release>,
}

impl<C> Default for ClientBuilder<C> {
    fn default() -> Self {
        ClientBuilder {
            settings: Settings::default(),
            client: PhantomData,
        }
    }
}

impl<C> Clone for ClientBuilder<C> {
    fn clone(&self) -> Self {
        ClientBuilder {
            settings: self.settings.clone(),
            client: PhantomData,
        }
    }
}

impl ClientBuilder {
    /// A builder with every setting at its default; the same as [`Client::builder`].
    pub fn new() -> Self {
        ClientBuilder::default()
    }

    /// Checks the settings and builds the client.
    ///
    /// Fails with [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) when the base URL
    /// or token is missing or unusable, and with
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the HTTP client cannot be set
    /// up (e.g. no TLS backend).
    pub fn build(self) -> Result<Client> {
        self.settings.build()
    }
}

impl<C> ClientBuilder<C> {
    /// The Zadig instance's base URL, `http` or `https`. A path is kept: with
    /// `https://host/zadig/`, endpoint `/openapi/x` is requested at `https://host/zadig/openapi/x`.
    pub fn base_url(mut self, base_url: impl AsRef<str>) -> Self {
        self.settings.base_url = Some(base_url.as_ref().to_owned());
        self
    }

    /// The API token, sent as `Authorization: Bearer <token>`.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.settings.token = Some(Token(token.into()));
        self
    }

    /// The timeout of one attempt of a request, from sending it to the end of the response body
    /// (default 30 s). For log streams it bounds the wait for the response head only. A call can
    /// override it.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.settings.timeout = Some(timeout);
        self
    }

    /// The time a whole call may take, every attempt and the waits between retries included
    /// (none by default). [`timeout`](Self::timeout) bounds one attempt; this bounds
    /// the call, so a 1 s deadline ends a call after about 1 s however many retries are left.
    /// It ends with an [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) error. For log streams
    /// it covers the wait for the response head, like the timeout; the stream itself is bounded
    /// by [`stream_idle_timeout`](Self::stream_idle_timeout). A call can override it.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.settings.deadline = Some(deadline);
        self
    }

    /// The timeout for establishing a connection (default 10 s). Not applied to a
    /// caller-supplied [`http_client`](Self::http_client).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.settings.connect_timeout = Some(timeout);
        self
    }

    /// The longest silence allowed between two chunks of a log stream (default 5 minutes).
    /// A log stream has no total timeout.
    pub fn stream_idle_timeout(mut self, timeout: Duration) -> Self {
        self.settings.stream_idle_timeout = Some(timeout);
        self
    }

    /// The `User-Agent` header (default `zadig-api/<version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.settings.user_agent = Some(user_agent.into());
        self
    }

    /// How many times a retryable request is tried in all (default 3; 1 turns retries off,
    /// 0 counts as 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.settings.max_attempts = Some(attempts);
        self
    }

    /// The upper bound of the first retry's random backoff (default 500 ms); it doubles for each
    /// further retry, up to [`max_backoff`](Self::max_backoff).
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.settings.initial_backoff = Some(backoff);
        self
    }

    /// The longest wait between two attempts (default 30 s). A server's `Retry-After` longer
    /// than this is not waited for: the error is returned at once.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.settings.max_backoff = Some(backoff);
        self
    }

    /// Uses the given HTTP client instead of one built from these settings. Its connect
    /// timeout, redirect policy, proxies and TLS settings then apply; the request
    /// [`timeout`](Self::timeout) applies only if set on this builder. A total timeout
    /// set on the given client also applies to log streams, cutting them after that time.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.settings.http_client = Some(client);
        self
    }

    /// Adds an [`Interceptor`] run around every call and each of its attempts (after those
    /// added before): to wait for or refresh a token, sign requests, observe answers, or fail
    /// a call. See [`crate::intercept`].
    pub fn interceptor(mut self, interceptor: impl Interceptor) -> Self {
        self.settings.interceptors.push(Arc::new(interceptor));
        self
    }

    /// The client's time source (default: Tokio's timer): the waits between attempts and
    /// between the polls of [`wait_for_workflow_task`](Client::wait_for_workflow_task), and
    /// the timers of timeouts and deadlines. Tests put in one that returns at once or fires
    /// when they say; see [`crate::time::Sleep`].
    pub fn sleep(mut self, sleep: impl Sleep) -> Self {
        self.settings.time = Some(Arc::new(sleep));
        self
    }

    /// The Zadig release the server runs (default: [`Release::LATEST`], the latest release the
    /// bindings know). A call that release does not serve fails before anything is sent, with
    /// [`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported); a call whose route moved
    /// between releases is sent where that release serves it. A release the bindings do not
    /// list is served as the known release before it (a patch release as the release it
    /// patches; a newer one as the latest). Each method's docs say which releases serve it.
    ///
    /// ```
    /// use zadig_api::{Client, Release};
    ///
    /// let production = Client::builder()
    ///     .base_url("https://zadig.example.com")
    ///     .token("my-api-token")
    ///     .release("4.0".parse::<Release>()?)
    ///     .build()?;
    /// assert_eq!(production.release(), Release::V4_0_0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn release(mut self, release: Release) -> Self {
        self.settings.release = Some(release);
        self
    }

    /// The same settings, for another kind of client.
    #[cfg(feature = "blocking")]
    pub(crate) fn retarget<D>(self) -> ClientBuilder<D> {
        ClientBuilder {
            settings: self.settings,
            client: PhantomData,
        }
    }
}

impl Settings {
    fn build(self) -> Result<Client> {
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
        Ok(Client {
            mode: Async,
            inner: Arc::new(ClientInner {
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
            }),
        })
    }
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let settings = &self.settings;
        f.debug_struct("ClientBuilder")
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
