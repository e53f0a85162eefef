// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Fetches a service's rendered YAML.
    ///
    /// `GET /services/{name}/yaml`
    ///
    /// Arguments:
    /// - `name` (path `name`): Service name.
    ///
    /// Returns the response body as text.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_service_yaml(&self, name: impl Into<String>) -> GetServiceYaml<'_> {
        GetServiceYaml {
            client: self,
            name: name.into(),
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::get_service_yaml`](crate::Client::get_service_yaml): `GET /services/{name}/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetServiceYaml<'a> {
    client: &'a crate::Client,
    name: String,
    options: CallOptions,
}
impl<'a> GetServiceYaml<'a> {
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
    /// Sends the request and returns the response body as text.
    ///
    /// # Errors
    ///
    /// See [`Client::get_service_yaml`](crate::Client::get_service_yaml).
    pub async fn send(self) -> crate::Result<String> {
        let mut request = Request::new(
            "get_service_yaml",
            reqwest::Method::GET,
            "/services/{name}/yaml",
        );
        request.path_param("name", &self.name);
        self.client.send_text(request, self.options).await
    }
}
