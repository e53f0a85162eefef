// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
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
            status: None,
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::list_runs`](crate::Client::list_runs): `GET /runs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListRuns<'a> {
    client: &'a crate::Client,
    status: Option<crate::types::RunStatus>,
    options: CallOptions,
}
impl<'a> ListRuns<'a> {
    /// Only runs with this status (query `status`).
    pub fn status(mut self, value: impl Into<crate::types::RunStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
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
    /// Sends the request and returns the decoded list of [`RunStatus`](crate::types::RunStatus).
    ///
    /// # Errors
    ///
    /// See [`Client::list_runs`](crate::Client::list_runs).
    pub async fn send(self) -> crate::Result<Vec<crate::types::RunStatus>> {
        let mut request = Request::new("list_runs", reqwest::Method::GET, "/runs");
        if let Some(value) = &self.status {
            request.query("status", value);
        }
        self.client.send_json(request, self.options).await
    }
}
