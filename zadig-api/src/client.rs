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

use futures_util::future::BoxFuture;
use url::Url;
use zadig_api_runtime::client::{Core, Settings, Token, env_config};
use zadig_api_runtime::request::{CallOptions, Request};
use zadig_api_runtime::send::{Expect, Received};

use crate::error::Result;
use crate::intercept::Interceptor;
use crate::release::{Release, ServerRelease, VersionAnswer};
use crate::time::Sleep;

pub use zadig_api_runtime::client::{
    DEFAULT_CONNECT_TIMEOUT, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_BACKOFF,
    DEFAULT_STREAM_IDLE_TIMEOUT, DEFAULT_TIMEOUT, ENV_TOKEN, ENV_URL,
};

/// A client for the Zadig OpenAPI, async or blocking by its mode `M`; users name it
/// [`Client`] (async) or [`blocking::Client`](crate::blocking::Client).
///
/// Cheap to clone (the settings and the connection pool are shared), `Send` and `Sync`.
/// Every request carries `Authorization: Bearer <token>`; the token never appears in `Debug`
/// output, in errors or in tracing fields. Each endpoint is a method returning a
/// [`Call`](crate::Call), the same for both modes.
#[derive(Clone)]
pub struct GenericClient<M> {
    pub(crate) inner: Arc<Core>,
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

impl Client {
    /// Sends a request through the client core, the one path every call takes
    /// ([`Core::execute`]).
    #[inline]
    pub(crate) fn execute(
        &self,
        request: Request,
        options: CallOptions,
        expect: Expect,
    ) -> BoxFuture<'_, Result<Received>> {
        self.inner.execute(request, options, expect)
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.debug_as("Client", f)
    }
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
        Ok(Client {
            inner: Arc::new(self.settings.build()?),
            mode: Async,
        })
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
        self.settings.token = Some(Token::new(token));
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

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.settings.debug_as("ClientBuilder", f)
    }
}
