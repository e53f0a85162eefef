// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
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
            job_id: job_id.into(),
            tail_lines,
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::stream_logs`](crate::Client::stream_logs): `GET /logs/{jobId}/{tailLines}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct StreamLogs<'a> {
    client: &'a crate::Client,
    job_id: String,
    tail_lines: i64,
    options: CallOptions,
}
impl<'a> StreamLogs<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns a stream of log lines, read as the server sends them.
    ///
    /// # Errors
    ///
    /// See [`Client::stream_logs`](crate::Client::stream_logs).
    pub async fn send(self) -> crate::Result<crate::LogStream> {
        let mut request = Request::new(
            "stream_logs",
            reqwest::Method::GET,
            "/logs/{jobId}/{tailLines}",
        );
        request.path_param("jobId", &self.job_id);
        request.path_param("tailLines", &self.tail_lines.to_string());
        self.client.send_event_stream(request, self.options).await
    }
}
