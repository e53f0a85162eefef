// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Streams a job's log lines as they are written.
    ///
    /// `GET /logs/{jobId}/{tailLines}`
    ///
    /// Arguments:
    /// - `job_id` (path `jobId`): Job identifier.
    /// - `tail_lines` (path `tailLines`): How many past lines to send first.
    ///
    /// Returns a stream of log lines, read as the server sends them.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn stream_logs(
        &self,
        job_id: impl Into<String>,
        tail_lines: i64,
    ) -> StreamLogs<'_> {
        StreamLogs {
            client: self,
            inner: self.as_async().stream_logs(job_id, tail_lines),
        }
    }
}
/// Blocking request builder for [`blocking::Client::stream_logs`](crate::blocking::Client::stream_logs): `GET /logs/{jobId}/{tailLines}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct StreamLogs<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::StreamLogs<'a>,
}
impl<'a> StreamLogs<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::stream_logs`](crate::Client::stream_logs); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::blocking::LogLines> {
        let client = self.client;
        client
            .block_on(self.inner.send())
            .map(|stream| crate::blocking::LogLines::new(stream, client))
    }
}
