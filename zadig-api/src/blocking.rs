//! A blocking client, for code that does not run an async runtime.
//!
//! [`Client`] wraps the async [`crate::Client`] and a single-threaded Tokio runtime of its own,
//! and offers the same endpoints as blocking calls. It works wherever blocking is allowed,
//! including a thread of `tokio::task::spawn_blocking` and inside `tokio::task::block_in_place`;
//! on a thread that is running async tasks (a runtime worker, or the future of `block_on`)
//! every call fails with [`ErrorKind::InvalidInput`](crate::ErrorKind) instead of blocking the
//! runtime. Async code uses the async client, or moves blocking calls into `spawn_blocking`.
//!
//! Needs the `blocking` feature (on by default).

use std::fmt;
use std::future::Future;
use std::sync::Arc;

use futures_util::StreamExt;

use crate::client::GenericClient;
use crate::error::{Error, ErrorKind, Result};

/// The blocking mode: `send()` blocks the thread until the answer is there. [`Client`] is the
/// client in this mode; it runs the async client on a runtime of its own.
#[derive(Clone)]
pub struct Blocking {
    /// The same client in the async mode, which the blocking calls run.
    async_client: crate::Client,
    runtime: Arc<Runtime>,
}

impl fmt::Debug for Blocking {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Blocking").finish_non_exhaustive()
    }
}

/// A blocking client for the Zadig OpenAPI: [`GenericClient`] in the [`Blocking`] mode, with
/// every endpoint of the async client, without `.await`.
///
/// Cheap to clone; clones share the connection pool and the runtime. `Send` and `Sync`: several
/// threads may use it at once. The settings are those of the async client (see
/// [`ClientBuilder`]).
///
/// ```no_run
/// # fn demo() -> zadig_api::Result<()> {
/// let client = zadig_api::blocking::Client::new("https://zadig.example.com", "my-api-token")?;
/// let workflows = client.list_workflows("demo").send()?;
/// # let _ = workflows; Ok(()) }
/// ```
pub type Client = GenericClient<Blocking>;

/// Owns the runtime and shuts it down without blocking, so that dropping the last clone of a
/// client inside async code does not panic.
struct Runtime(Option<tokio::runtime::Runtime>);

impl Drop for Runtime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_background();
        }
    }
}

impl Client {
    /// A blocking client for the Zadig instance at `base_url`, authenticating with `token`;
    /// see [`crate::Client::new`].
    pub fn new(base_url: impl AsRef<str>, token: impl Into<String>) -> Result<Client> {
        Client::builder().base_url(base_url).token(token).build()
    }

    /// A builder for a blocking client with settings other than the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A blocking client configured from `ZADIG_URL` and `ZADIG_TOKEN`; see
    /// [`crate::Client::from_env`].
    pub fn from_env() -> Result<Client> {
        let (url, token) = zadig_api_runtime::client::env_config()?;
        Client::new(url, token)
    }

    /// Wraps an async client.
    pub fn from_async(client: crate::Client) -> Result<Client> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|err| {
                Error::new(
                    ErrorKind::Transport,
                    "could not start the blocking client's runtime",
                )
                .with_source(err)
            })?;
        Ok(Client {
            inner: client.inner.clone(),
            mode: Blocking {
                async_client: client,
                runtime: Arc::new(Runtime(Some(runtime))),
            },
        })
    }

    /// Asks the server which release it runs, blocking; see the async
    /// [`server_release`](crate::Client::server_release).
    ///
    /// # Errors
    ///
    /// As for any call (see [`Call`'s errors](crate::call#errors)).
    pub fn server_release(&self) -> Result<crate::ServerRelease> {
        self.block_on(self.as_async().server_release())
    }

    /// The async client this one wraps.
    pub fn as_async(&self) -> &crate::Client {
        &self.mode.async_client
    }

    /// Runs `fut` to completion on this client's runtime.
    ///
    /// Works on any thread where blocking is allowed: a plain thread, one of
    /// `tokio::task::spawn_blocking`'s, or inside `tokio::task::block_in_place`. Never panics:
    /// on a thread that is running async tasks (a runtime worker, or inside `block_on`) it
    /// returns an [`ErrorKind::InvalidInput`] error instead of blocking the runtime.
    pub(crate) fn block_on<T: Send>(
        &self,
        fut: impl Future<Output = Result<T>> + Send,
    ) -> Result<T> {
        let Some(runtime) = &self.mode.runtime.0 else {
            return Err(Error::invalid_input(
                "the blocking client's runtime has shut down",
            ));
        };
        if tokio::runtime::Handle::try_current().is_err() {
            return runtime.block_on(fut);
        }
        if polling_async_task() {
            return Err(Error::invalid_input(
                "the blocking client cannot be used inside async code (this thread is running \
                 async tasks); use the async zadig_api::Client there, or move the blocking \
                 call into tokio::task::spawn_blocking",
            ));
        }
        // A runtime's thread where blocking is allowed. Tokio refuses to start a runtime on a
        // thread that entered another one in some of these cases (a task that opted out of
        // budgeting with `tokio::task::unconstrained` looks the same from here), so the call
        // runs on a short-lived thread of its own, outside every runtime.
        std::thread::scope(|scope| match scope.spawn(|| runtime.block_on(fut)).join() {
            Ok(result) => result,
            Err(panic) => std::panic::resume_unwind(panic),
        })
    }
}

/// Whether this thread is polling an async task: a runtime worker running a task, or the
/// future given to `Runtime::block_on`.
///
/// Tokio has no public query for this. Its cooperative budget tells: Tokio gives each task a
/// budget while it polls it and lifts the budget on the threads where blocking is allowed
/// (`spawn_blocking`, `block_in_place`). The probe spends budget units one by one until Tokio
/// says none is left (budgeted) or more than a task ever gets (unbudgeted), then gives every
/// unit back, so the task's budget ends as it was.
fn polling_async_task() -> bool {
    /// Far above Tokio's budget per poll (128).
    const PROBE_LIMIT: usize = 4096;
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    let mut spent = Vec::new();
    let budgeted = loop {
        match tokio::task::coop::poll_proceed(&mut context) {
            std::task::Poll::Ready(unit) => {
                spent.push(unit);
                if spent.len() > PROBE_LIMIT {
                    break false;
                }
            }
            std::task::Poll::Pending => break true,
        }
    };
    // Each guard restores the budget it found, so they are dropped newest first.
    while let Some(unit) = spent.pop() {
        drop(unit);
    }
    budgeted
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("blocking::Client")
            .field(&self.mode.async_client)
            .finish()
    }
}

/// Settings for a blocking [`Client`]: [`crate::ClientBuilder`] with a `build` that returns a
/// blocking client. Every setting is the async client's.
pub type ClientBuilder = crate::ClientBuilder<Client>;

impl crate::ClientBuilder<Client> {
    /// Checks the settings and builds the blocking client; see [`crate::ClientBuilder::build`].
    pub fn build(self) -> Result<Client> {
        Client::from_async(self.retarget::<crate::Client>().build()?)
    }
}

/// A live log read line by line with blocking calls: an iterator of `Result<String>`.
///
/// The blocking counterpart of [`LogStream`](crate::LogStream), with the same items, errors
/// and timeouts. After an `Err` item, the iterator ends.
pub struct LogLines {
    stream: Option<crate::LogStream>,
    client: Client,
}

impl LogLines {
    pub(crate) fn new(stream: crate::LogStream, client: &Client) -> Self {
        LogLines {
            stream: Some(stream),
            client: client.clone(),
        }
    }
}

impl Iterator for LogLines {
    type Item = Result<String>;

    fn next(&mut self) -> Option<Result<String>> {
        let stream = self.stream.as_mut()?;
        let item = match self.client.block_on(async { Ok(stream.next().await) }) {
            Ok(item) => item,
            Err(error) => Some(Err(error)),
        };
        if !matches!(item, Some(Ok(_))) {
            self.stream = None;
        }
        item
    }
}

impl fmt::Debug for LogLines {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LogLines")
            .field("finished", &self.stream.is_none())
            .finish_non_exhaustive()
    }
}

/// All items of a paginated list, fetched page by page with blocking calls: an iterator of
/// `Result<T>`.
///
/// The blocking counterpart of [`Paginated`](crate::Paginated). After an `Err` item, the
/// iterator ends.
pub struct PaginatedIter<'a, T> {
    stream: Option<crate::Paginated<'a, T>>,
    client: &'a Client,
}

impl<'a, T> PaginatedIter<'a, T> {
    pub(crate) fn new(stream: crate::Paginated<'a, T>, client: &'a Client) -> Self {
        PaginatedIter {
            stream: Some(stream),
            client,
        }
    }

    /// Reads every remaining item into a `Vec`, stopping at the first error.
    pub fn collect_all(self) -> Result<Vec<T>>
    where
        T: Send,
    {
        self.collect()
    }
}

impl<T: Send> Iterator for PaginatedIter<'_, T> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Result<T>> {
        let stream = self.stream.as_mut()?;
        let item = match self.client.block_on(async { Ok(stream.next().await) }) {
            Ok(item) => item,
            Err(error) => Some(Err(error)),
        };
        if !matches!(item, Some(Ok(_))) {
            self.stream = None;
        }
        item
    }
}

impl<T> fmt::Debug for PaginatedIter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PaginatedIter")
            .field("finished", &self.stream.is_none())
            .finish_non_exhaustive()
    }
}
