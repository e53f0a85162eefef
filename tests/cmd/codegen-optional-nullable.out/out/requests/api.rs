// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Replaces a thing.
    ///
    /// `PUT /things`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://example.invalid/docs/#update-thing>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn update_thing(&self, body: crate::types::Thing) -> UpdateThing<'_> {
        UpdateThing {
            client: self,
            body,
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::update_thing`](crate::Client::update_thing): `PUT /things`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateThing<'a> {
    client: &'a crate::Client,
    body: crate::types::Thing,
    options: CallOptions,
}
impl<'a> UpdateThing<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::update_thing`](crate::Client::update_thing).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new("update_thing", reqwest::Method::PUT, "/things");
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
