//! Waiting for a workflow task (one run of a workflow) to finish.
//!
//! [`Client::wait_for_workflow_task`] returns a [`WaitForTask`] builder that polls the
//! task-detail endpoint ([`Client::get_workflow_task`]) with a growing interval until the task
//! reaches a final status (see [`is_final`]) or a deadline passes. The blocking client has the
//! same builder, with a blocking `send`.
//!
//! ```no_run
//! # async fn demo(client: zadig_api::Client) -> zadig_api::Result<()> {
//! use std::time::Duration;
//! use zadig_api::types::WorkflowTaskStatus;
//!
//! let task = client
//!     .wait_for_workflow_task("build-deploy", 42)
//!     .deadline(Duration::from_secs(20 * 60))
//!     .on_status(|task| println!("status: {:?}", task.status))
//!     .send()
//!     .await?;
//! if task.status != Some(WorkflowTaskStatus::Passed) {
//!     eprintln!("the run did not pass");
//! }
//! # Ok(()) }
//! ```

use std::fmt;
use std::time::Duration;

use tokio::time::Instant;

use crate::client::{Async, Client, GenericClient};
use crate::error::{Error, ErrorKind, Result};
use crate::runtime::random_fraction;
use crate::time::bounded;
use crate::types::{WorkflowTaskDetail, WorkflowTaskStatus};

/// The wait before the second poll when not set: 2 seconds.
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_secs(2);
/// The longest wait between two polls when not set: 30 seconds.
pub const DEFAULT_MAX_POLL_INTERVAL: Duration = Duration::from_secs(30);
/// How long a wait may take in all when not set: 1 hour.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(60 * 60);

/// The shortest wait between two polls; a shorter interval counts as this one.
const MIN_POLL_INTERVAL: Duration = Duration::from_millis(1);
/// Each wait is shortened by a random fraction of up to this much, so that many waiters
/// started together do not poll in step.
const JITTER: f64 = 0.1;

/// Whether `task` has reached a final status, the rule [`WaitForTask`] stops on.
///
/// - The spec says which states a run ends in and which it passes through
///   ([`WorkflowTaskStatus::is_final`], after the server's own lists): `passed`, `failed`,
///   `timeout`, `cancelled` and `reject` are final; `created`, `running`, the queued states and
///   the states where a run waits for a person (an approval, a breakpoint, manual error
///   handling, `pause`) are not.
/// - A value the bindings do not know is read again in lower case (`Passed` is `passed`).
/// - A state the spec does not place (`skipped`, `unstable`, ...), an unknown one and a task
///   without a status are final when the server reports that the run has ended: `end_time`
///   is set and greater than zero (Zadig sends `0` for a run that has not ended).
pub fn is_final(task: &WorkflowTaskDetail) -> bool {
    let ended = task.end_time.is_some_and(|end| end > 0);
    let placed = task.status.as_ref().and_then(|status| match status {
        WorkflowTaskStatus::Unknown(value) => {
            WorkflowTaskStatus::from(value.as_str().trim().to_ascii_lowercase()).is_final()
        }
        known => known.is_final(),
    });
    placed.unwrap_or(ended)
}

/// What to wait for and how, shared by the async and the blocking builder.
#[derive(Debug, Clone)]
struct Settings {
    workflow_key: String,
    task_id: i64,
    poll_interval: Duration,
    max_poll_interval: Duration,
    deadline: Duration,
}

impl Settings {
    fn new(workflow_key: String, task_id: i64) -> Self {
        Settings {
            workflow_key,
            task_id,
            poll_interval: DEFAULT_POLL_INTERVAL,
            max_poll_interval: DEFAULT_MAX_POLL_INTERVAL,
            deadline: DEFAULT_DEADLINE,
        }
    }

    /// The error for a wait that reached its deadline; `last` is the status of the last answer
    /// (`None` when no poll was answered).
    fn timed_out(&self, last: Option<&Option<WorkflowTaskStatus>>) -> Error {
        let seen = match last {
            None => "no status seen yet".to_owned(),
            Some(None) => "last status: none reported".to_owned(),
            Some(Some(status)) if status.as_str().trim().is_empty() => {
                "last status: empty".to_owned()
            }
            Some(Some(status)) => format!("last status: {}", status.as_str()),
        };
        Error::new(
            ErrorKind::Timeout,
            format!(
                "workflow task {} #{} did not finish within {}; {seen}",
                self.workflow_key,
                self.task_id,
                show_duration(self.deadline)
            ),
        )
    }
}

/// Polls until the task is final, an error ends the wait, or the deadline passes.
///
/// The deadline bounds everything, including a poll in flight. A poll that would start so late
/// that it could not be answered before the deadline (judging by how long the previous one
/// took) is moved earlier, and it is the last one.
async fn run<F>(
    client: &Client,
    settings: &Settings,
    mut on_status: Option<&mut F>,
) -> Result<WorkflowTaskDetail>
where
    F: FnMut(&WorkflowTaskDetail) + ?Sized,
{
    let deadline = Instant::now().checked_add(settings.deadline);
    let cap = settings
        .max_poll_interval
        .max(settings.poll_interval)
        .max(MIN_POLL_INTERVAL);
    let mut interval = settings.poll_interval.max(MIN_POLL_INTERVAL);
    // `None` until a poll is answered, then the status of the latest answer.
    let mut last: Option<Option<WorkflowTaskStatus>> = None;
    let mut last_poll = false;
    loop {
        let sent = Instant::now();
        let poll = client
            .get_workflow_task(settings.workflow_key.as_str(), settings.task_id)
            .send();
        let left = deadline.map(|deadline| deadline.saturating_duration_since(sent));
        let task = match bounded(&*client.inner.time, left, poll).await {
            Ok(answer) => answer?,
            Err(()) => return Err(settings.timed_out(last.as_ref())),
        };
        let latency = sent.elapsed();
        if last.as_ref() != Some(&task.status) {
            if let Some(callback) = on_status.as_deref_mut() {
                callback(&task);
            }
        }
        if is_final(&task) {
            return Ok(task);
        }
        last = Some(task.status);
        if last_poll {
            return Err(settings.timed_out(last.as_ref()));
        }

        let now = Instant::now();
        let delay = interval.mul_f64(1.0 - JITTER * random_fraction());
        interval = interval.saturating_mul(2).min(cap);
        // The last moment a poll as slow as the previous one can start and still be answered.
        let latest =
            deadline.map(|deadline| deadline.checked_sub(latency).unwrap_or(deadline).max(now));
        let sleep = &client.inner.time;
        match latest {
            Some(latest) if now.checked_add(delay).is_none_or(|wake| wake >= latest) => {
                last_poll = true;
                sleep.sleep(latest.saturating_duration_since(now)).await;
            }
            _ => sleep.sleep(delay).await,
        }
    }
}

/// `1h`, `20m`, `90s`, `250ms`, `1.5s`: a duration as a person would write it.
fn show_duration(duration: Duration) -> String {
    let secs = duration.as_secs();
    if duration.subsec_nanos() != 0 {
        if duration < Duration::from_secs(1) {
            format!("{}ms", duration.as_millis())
        } else {
            format!("{:.1}s", duration.as_secs_f64())
        }
    } else if secs != 0 && secs % 3600 == 0 {
        format!("{}h", secs / 3600)
    } else if secs != 0 && secs % 60 == 0 {
        format!("{}m", secs / 60)
    } else {
        format!("{secs}s")
    }
}

type Callback<'a> = Box<dyn FnMut(&WorkflowTaskDetail) + Send + 'a>;

impl<M> GenericClient<M> {
    /// Waits for run `task_id` of workflow `workflow_key` to finish: polls
    /// [`get_workflow_task`](Client::get_workflow_task) until the task reaches a final status
    /// (see [`is_final`]) and returns that last answer.
    ///
    /// The first poll is made at once; the wait between polls starts at 2 s and doubles up to
    /// 30 s, and the whole wait is bounded by a deadline of 1 hour (see the setters of
    /// [`WaitForTask`]).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Timeout`] when the deadline passes first; the message names the task and
    /// the last status seen, e.g. `workflow task build-deploy #42 did not finish within 10m;
    /// last status: running`. Otherwise the error of the poll that failed, which ends the wait:
    /// a poll is retried as every `GET` is (after a timeout, a transport error, 429, 502, 503
    /// or 504, up to the client's attempts), and any other error, such as a 404 for a task
    /// that does not exist, is returned at once.
    pub fn wait_for_workflow_task(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
    ) -> WaitForTask<'_, M> {
        WaitForTask::new(self, workflow_key.into(), task_id)
    }
}

/// A wait for a workflow task to finish, made by [`Client::wait_for_workflow_task`] on either
/// client: the settings are the same, only `send` differs (async on the [`Client`], blocking on
/// the [`blocking::Client`](crate::blocking::Client)).
///
/// Set what differs from the defaults, then call [`send`](Self::send). A task is finished
/// when [`is_final`] says so.
#[must_use = "a wait does nothing until `send` is called"]
pub struct WaitForTask<'a, M = Async> {
    client: &'a GenericClient<M>,
    settings: Settings,
    on_status: Option<Callback<'a>>,
}

impl<'a, M> WaitForTask<'a, M> {
    fn new(client: &'a GenericClient<M>, workflow_key: String, task_id: i64) -> Self {
        WaitForTask {
            client,
            settings: Settings::new(workflow_key, task_id),
            on_status: None,
        }
    }

    /// The wait before the second poll (default 2 s); each later wait is twice the one before,
    /// up to [`max_poll_interval`](Self::max_poll_interval). Each wait is made up to 10%
    /// shorter at random. An interval under 1 ms counts as 1 ms.
    pub fn poll_interval(mut self, interval: Duration) -> Self {
        self.settings.poll_interval = interval;
        self
    }

    /// The longest wait between two polls (default 30 s). One shorter than the
    /// [`poll_interval`](Self::poll_interval) keeps the wait at the poll interval.
    pub fn max_poll_interval(mut self, interval: Duration) -> Self {
        self.settings.max_poll_interval = interval;
        self
    }

    /// How long the whole wait may take, polls in flight included (default 1 hour); when it
    /// passes, `send` fails with [`ErrorKind::Timeout`].
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.settings.deadline = deadline;
        self
    }

    /// Calls `callback` with the task each time a poll finds a status different from the
    /// previous poll's, starting with the first answer and ending with the final one. It runs
    /// while `send` polls and should return quickly.
    pub fn on_status(mut self, callback: impl FnMut(&WorkflowTaskDetail) + Send + 'a) -> Self {
        self.on_status = Some(Box::new(callback));
        self
    }
}

impl WaitForTask<'_> {
    /// Polls until the task is finished and returns its last state.
    ///
    /// # Errors
    ///
    /// See [`Client::wait_for_workflow_task`].
    // Inline, as every `send()` is generic: the polling loop, and the decoding of the task
    // it polls, are compiled in the crate that waits, not in every build of this one.
    #[inline]
    pub async fn send(mut self) -> Result<WorkflowTaskDetail> {
        run(self.client, &self.settings, self.on_status.as_deref_mut()).await
    }
}

impl<M> fmt::Debug for WaitForTask<'_, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let settings = &self.settings;
        f.debug_struct("WaitForTask")
            .field("workflow_key", &settings.workflow_key)
            .field("task_id", &settings.task_id)
            .field("poll_interval", &settings.poll_interval)
            .field("max_poll_interval", &settings.max_poll_interval)
            .field("deadline", &settings.deadline)
            .field("on_status", &self.on_status.is_some())
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "blocking")]
impl WaitForTask<'_, crate::blocking::Blocking> {
    /// Polls until the task is finished and returns its last state, blocking the thread.
    ///
    /// # Errors
    ///
    /// See [`Client::wait_for_workflow_task`]; calling this on a thread that runs async tasks
    /// is an [`ErrorKind::InvalidInput`] error.
    #[inline] // as the async `send`
    pub fn send(mut self) -> Result<WorkflowTaskDetail> {
        let client = self.client;
        client.block_on(run(
            client.as_async(),
            &self.settings,
            self.on_status.as_deref_mut(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_well() {
        assert_eq!(show_duration(Duration::from_secs(3600)), "1h");
        assert_eq!(show_duration(Duration::from_secs(1200)), "20m");
        assert_eq!(show_duration(Duration::from_secs(90)), "90s");
        assert_eq!(show_duration(Duration::from_secs(0)), "0s");
        assert_eq!(show_duration(Duration::from_millis(150)), "150ms");
        assert_eq!(show_duration(Duration::from_millis(1500)), "1.5s");
    }

    #[test]
    fn timeout_message_names_the_task_and_the_last_status() {
        let settings = Settings {
            deadline: Duration::from_secs(10),
            ..Settings::new("build-deploy".to_owned(), 42)
        };
        let running = Some(WorkflowTaskStatus::Running);
        let error = settings.timed_out(Some(&running));
        assert_eq!(error.kind(), ErrorKind::Timeout);
        assert_eq!(
            error.to_string(),
            "workflow task build-deploy #42 did not finish within 10s; last status: running"
        );
        assert!(
            settings
                .timed_out(None)
                .to_string()
                .ends_with("; no status seen yet")
        );
        assert!(
            settings
                .timed_out(Some(&None))
                .to_string()
                .ends_with("; last status: none reported")
        );
    }
}
