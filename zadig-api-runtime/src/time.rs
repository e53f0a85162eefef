//! The client's time source, [`Sleep`]: the waits it chooses (backoff between attempts,
//! `Retry-After`, the polls of `wait_for_workflow_task`)
//! and the timers behind its bounds (each attempt's timeout, a call's deadline, a log stream's
//! idle timeout, the waiter's deadline).
//!
//! Set on the `ClientBuilder` with `.sleep(..)`; the default is
//! Tokio's timer ([`TokioSleep`]). A test puts in one that records the waits and returns at
//! once, so retries run without sleeping, and one whose [`timer`](Sleep::timer) fires when the
//! test says, so timeouts and deadlines are tested without waiting for them.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// A future that finishes after a wait; what [`Sleep::sleep`] and [`Sleep::timer`] return.
pub type Sleeping = Pin<Box<dyn Future<Output = ()> + Send>>;

/// How the client waits and how it measures its bounds.
///
/// [`sleep`](Sleep::sleep) carries the waits the client chooses; [`timer`](Sleep::timer) the
/// bounds (a timeout or deadline is over when its timer finishes), by default Tokio's timer,
/// so that a `Sleep` which only records its waits and returns at once does not end every
/// attempt at once.
///
/// A closure `Fn(Duration) -> impl Future<Output = ()>` is a `Sleep` for the waits (its timers
/// stay Tokio's):
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use std::time::Duration;
///
/// let waits: Arc<Mutex<Vec<Duration>>> = Arc::default();
/// let recorded = waits.clone();
/// let builder = zadig_api::Client::builder().sleep(move |duration| {
///     recorded.lock().unwrap().push(duration);
///     std::future::ready(())
/// });
/// # let _ = builder;
/// ```
///
/// A test that drives the bounds too implements both:
///
/// ```
/// use std::time::Duration;
/// use zadig_api::time::{Sleep, Sleeping};
///
/// /// Waits return at once; a bound of `fire_at` or less is over at once, a longer one never.
/// struct TestClock {
///     fire_at: Duration,
/// }
///
/// impl Sleep for TestClock {
///     fn sleep(&self, _: Duration) -> Sleeping {
///         Box::pin(std::future::ready(()))
///     }
///
///     fn timer(&self, bound: Duration) -> Sleeping {
///         if bound <= self.fire_at {
///             Box::pin(std::future::ready(()))
///         } else {
///             Box::pin(std::future::pending())
///         }
///     }
/// }
///
/// let builder = zadig_api::Client::builder().sleep(TestClock { fire_at: Duration::from_secs(1) });
/// # let _ = builder;
/// ```
pub trait Sleep: Send + Sync + 'static {
    /// A wait the client chose: a future that finishes after `duration`.
    fn sleep(&self, duration: Duration) -> Sleeping;

    /// The timer of a bound of `duration` (a timeout or a deadline): a future that finishes
    /// when the bound is over. The default is Tokio's timer.
    fn timer(&self, duration: Duration) -> Sleeping {
        Box::pin(tokio::time::sleep(duration))
    }
}

impl<F, Fut> Sleep for F
where
    F: Fn(Duration) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    fn sleep(&self, duration: Duration) -> Sleeping {
        Box::pin(self(duration))
    }
}

/// The default [`Sleep`]: `tokio::time::sleep` for waits and bounds alike.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokioSleep;

impl Sleep for TokioSleep {
    fn sleep(&self, duration: Duration) -> Sleeping {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// Runs `work` until it finishes or the timer of `limit` does (`None`: no bound); `Err(())`
/// when the bound was reached first.
#[doc(hidden)]
pub async fn bounded<F: Future>(
    time: &dyn Sleep,
    limit: Option<Duration>,
    work: F,
) -> Result<F::Output, ()> {
    let Some(limit) = limit else {
        return Ok(work.await);
    };
    let work = std::pin::pin!(work);
    match futures_util::future::select(work, time.timer(limit)).await {
        futures_util::future::Either::Left((output, _)) => Ok(output),
        futures_util::future::Either::Right(((), _)) => Err(()),
    }
}
