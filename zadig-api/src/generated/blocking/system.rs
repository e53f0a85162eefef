// @generated from spec/system.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the System API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Lists the system operation log.
    ///
    /// `GET /openapi/system/operation`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/system/#list-system-operation-logs>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_operation_logs(&self) -> ListOperationLogs<'_> {
        ListOperationLogs {
            client: self,
            inner: self.as_async().list_operation_logs(),
        }
    }
    /// Lists the operation log of environments.
    ///
    /// `GET /openapi/system/operation/env`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/system/#list-environment-operation-logs>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_environment_operation_logs(&self) -> ListEnvironmentOperationLogs<'_> {
        ListEnvironmentOperationLogs {
            client: self,
            inner: self.as_async().list_environment_operation_logs(),
        }
    }
}
/// Blocking request builder for [`blocking::Client::list_operation_logs`](crate::blocking::Client::list_operation_logs): `GET /openapi/system/operation`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListOperationLogs<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListOperationLogs<'a>,
}
impl<'a> ListOperationLogs<'a> {
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
    /// See [`Client::list_operation_logs`](crate::Client::list_operation_logs); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<serde_json::Value> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_environment_operation_logs`](crate::blocking::Client::list_environment_operation_logs): `GET /openapi/system/operation/env`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListEnvironmentOperationLogs<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListEnvironmentOperationLogs<'a>,
}
impl<'a> ListEnvironmentOperationLogs<'a> {
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
    /// See [`Client::list_environment_operation_logs`](crate::Client::list_environment_operation_logs); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<serde_json::Value> {
        self.client.block_on(self.inner.send())
    }
}
