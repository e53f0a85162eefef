// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Runs jobs.
    ///
    /// `POST /jobs`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns nothing once the server has accepted the call.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn run_jobs(&self, body: Vec<crate::types::JobInput>) -> RunJobs<'_> {
        RunJobs {
            client: self,
            body,
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::run_jobs`](crate::Client::run_jobs): `POST /jobs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct RunJobs<'a> {
    client: &'a crate::Client,
    body: Vec<crate::types::JobInput>,
    options: CallOptions,
}
impl<'a> RunJobs<'a> {
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
    /// Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since
    /// repeating it may repeat its effect; opt in only when that is safe.
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
    /// Sends the request and returns nothing once the server has accepted the call.
    ///
    /// # Errors
    ///
    /// See [`Client::run_jobs`](crate::Client::run_jobs).
    pub async fn send(self) -> crate::Result<()> {
        let mut request = Request::new("run_jobs", reqwest::Method::POST, "/jobs");
        request.json_body(&self.body);
        self.client.send_empty(request, self.options).await
    }
}
