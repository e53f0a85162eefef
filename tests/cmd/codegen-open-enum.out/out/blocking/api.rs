// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Lists runs by status.
    ///
    /// `GET /runs`
    ///
    /// Optional query parameters are setters on [`ListRuns`]:
    /// - `status`: Only runs with this status.
    ///
    /// Returns the decoded list of [`RunStatus`](crate::types::RunStatus).
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_runs(&self) -> ListRuns<'_> {
        ListRuns {
            client: self,
            inner: self.as_async().list_runs(),
        }
    }
}
/// Blocking request builder for [`blocking::Client::list_runs`](crate::blocking::Client::list_runs): `GET /runs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListRuns<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListRuns<'a>,
}
impl<'a> ListRuns<'a> {
    /// Sets the optional query parameter `status`; see [`requests::ListRuns::status`](crate::requests::ListRuns::status).
    pub fn status(mut self, value: impl Into<crate::types::RunStatus>) -> Self {
        self.inner = self.inner.status(value);
        self
    }
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
    /// See [`Client::list_runs`](crate::Client::list_runs); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<Vec<crate::types::RunStatus>> {
        self.client.block_on(self.inner.send())
    }
}
