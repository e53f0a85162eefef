// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Fetches one thing.
    ///
    /// `GET /things/{thingId}`
    ///
    /// Arguments:
    /// - `thing_id` (path `thingId`): Identifier of the thing.
    ///
    /// Returns the decoded [`Thing`](crate::types::Thing).
    ///
    /// Vendor docs: <https://example.invalid/docs/#get-thing>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_thing(&self, thing_id: impl Into<String>) -> GetThing<'_> {
        GetThing {
            client: self,
            inner: self.as_async().get_thing(thing_id),
        }
    }
}
/// Blocking request builder for [`blocking::Client::get_thing`](crate::blocking::Client::get_thing): `GET /things/{thingId}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetThing<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetThing<'a>,
}
impl<'a> GetThing<'a> {
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
    /// See [`Client::get_thing`](crate::Client::get_thing); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::Thing> {
        self.client.block_on(self.inner.send())
    }
}
