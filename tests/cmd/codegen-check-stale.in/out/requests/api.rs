// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Fetched one thing.
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
            thing_id: thing_id.into(),
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::get_thing`](crate::Client::get_thing): `GET /things/{thingId}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetThing<'a> {
    client: &'a crate::Client,
    thing_id: String,
    options: CallOptions,
}
impl<'a> GetThing<'a> {
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
    /// Sends the request and returns the decoded [`Thing`](crate::types::Thing).
    ///
    /// # Errors
    ///
    /// See [`Client::get_thing`](crate::Client::get_thing).
    pub async fn send(self) -> crate::Result<crate::types::Thing> {
        let mut request = Request::new(
            "get_thing",
            reqwest::Method::GET,
            "/things/{thingId}",
        );
        request.path_param("thingId", &self.thing_id);
        self.client.send_json(request, self.options).await
    }
}
