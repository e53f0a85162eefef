// @generated from spec/system.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the System API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Lists the system operation log, newest first.
    ///
    /// `GET /openapi/system/operation`
    ///
    /// Callers need to be a system administrator or hold the permission to view operation logs. `searchType` picks the one filter that applies; the other filter parameters are ignored.
    ///
    /// Arguments:
    /// - `page_num` (query `page`): 1-based page number; 0 means the first page.
    /// - `page_size` (query `perPage`): Number of entries per page; 0 means 50.
    /// - `search_type` (query `searchType`): Which filter applies; the server rejects a request without one of these values.
    ///
    /// Optional query parameters are setters on [`ListOperationLogs`]:
    /// - `project_key`: With `searchType=project`, only entries whose project key matches this regular expression (plain text matches as a substring).
    /// - `username`: With `searchType=user`, only entries whose user name matches this regular expression (plain text matches as a substring).
    /// - `function`: With `searchType=function`, only entries whose function (the area of Zadig acted on) matches this regular expression (plain text matches as a substring).
    /// - `status`: With `searchType=status`, only entries whose HTTP status code equals this (0 matches every code); the server then rejects a request without it. Other search types do not read it.
    ///
    /// Returns the decoded [`SystemOperationLogList`](crate::types::SystemOperationLogList). The builder's [`items`](crate::blocking::requests::ListOperationLogs::items) walks every page.
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
    pub fn list_operation_logs(
        &self,
        page_num: i64,
        page_size: i64,
        search_type: impl Into<crate::types::OperationLogSearchType>,
    ) -> ListOperationLogs<'_> {
        ListOperationLogs {
            client: self,
            inner: self.as_async().list_operation_logs(page_num, page_size, search_type),
        }
    }
    /// Lists the operation log of environments, newest first.
    ///
    /// `GET /openapi/system/operation/env`
    ///
    /// Only a system administrator may call this. Only entries about environments are listed; `searchType` picks the one extra filter that applies.
    ///
    /// Arguments:
    /// - `page_num` (query `page`): 1-based page number; 0 means the first page.
    /// - `page_size` (query `perPage`): Number of entries per page; 0 means 50.
    /// - `search_type` (query `searchType`): Which extra filter applies; the server rejects a request without one of these values.
    ///
    /// Optional query parameters are setters on [`ListEnvironmentOperationLogs`]:
    /// - `project_key`: Only entries of the project with exactly this key.
    /// - `env_name`: Only entries about the environment with this name.
    /// - `username`: With `searchType=user`, only entries whose user name matches this regular expression (plain text matches as a substring).
    /// - `function`: With `searchType=function`, only entries whose function (the area of Zadig acted on) matches this regular expression (plain text matches as a substring).
    /// - `status`: With `searchType=status`, only entries whose HTTP status code equals this (0 matches every code); the server then rejects a request without it. Other search types do not read it.
    /// - `detail`: With `searchType=detail`, only entries whose detail text matches this regular expression (plain text matches as a substring).
    ///
    /// Returns the decoded [`SystemOperationLogList`](crate::types::SystemOperationLogList). The builder's [`items`](crate::blocking::requests::ListEnvironmentOperationLogs::items) walks every page.
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
    pub fn list_environment_operation_logs(
        &self,
        page_num: i64,
        page_size: i64,
        search_type: impl Into<crate::types::EnvOperationLogSearchType>,
    ) -> ListEnvironmentOperationLogs<'_> {
        ListEnvironmentOperationLogs {
            client: self,
            inner: self
                .as_async()
                .list_environment_operation_logs(page_num, page_size, search_type),
        }
    }
    /// Tells who the API token belongs to, plus edition and version for administrators.
    ///
    /// `GET /openapi/system/cli/context`
    ///
    /// Returns the user behind the token and the request id; for a system administrator also the Zadig edition, licence status, licensed features and server version. Zadig's public API docs do not list this route.
    ///
    /// Returns the decoded [`CliContext`](crate::types::CliContext).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `18278c71646c`, and may change without notice in a release.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_cli_context(&self) -> GetCliContext<'_> {
        GetCliContext {
            client: self,
            inner: self.as_async().get_cli_context(),
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
    /// Sets the optional query parameter `projectKey`; see [`requests::ListOperationLogs::project_key`](crate::requests::ListOperationLogs::project_key).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.project_key(value);
        self
    }
    /// Sets the optional query parameter `username`; see [`requests::ListOperationLogs::username`](crate::requests::ListOperationLogs::username).
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.username(value);
        self
    }
    /// Sets the optional query parameter `function`; see [`requests::ListOperationLogs::function`](crate::requests::ListOperationLogs::function).
    pub fn function(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.function(value);
        self
    }
    /// Sets the optional query parameter `status`; see [`requests::ListOperationLogs::status`](crate::requests::ListOperationLogs::status).
    pub fn status(mut self, value: i64) -> Self {
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
    /// Every item across all pages, fetched lazily one page at a time; see
    /// the async builder's `items`.
    pub fn items(
        self,
    ) -> crate::blocking::PaginatedIter<'a, crate::types::SystemOperationLog> {
        crate::blocking::PaginatedIter::new(self.inner.items(), self.client)
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_operation_logs`](crate::Client::list_operation_logs); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::SystemOperationLogList> {
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
    /// Sets the optional query parameter `projectKey`; see [`requests::ListEnvironmentOperationLogs::project_key`](crate::requests::ListEnvironmentOperationLogs::project_key).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.project_key(value);
        self
    }
    /// Sets the optional query parameter `envName`; see [`requests::ListEnvironmentOperationLogs::env_name`](crate::requests::ListEnvironmentOperationLogs::env_name).
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.env_name(value);
        self
    }
    /// Sets the optional query parameter `username`; see [`requests::ListEnvironmentOperationLogs::username`](crate::requests::ListEnvironmentOperationLogs::username).
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.username(value);
        self
    }
    /// Sets the optional query parameter `function`; see [`requests::ListEnvironmentOperationLogs::function`](crate::requests::ListEnvironmentOperationLogs::function).
    pub fn function(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.function(value);
        self
    }
    /// Sets the optional query parameter `status`; see [`requests::ListEnvironmentOperationLogs::status`](crate::requests::ListEnvironmentOperationLogs::status).
    pub fn status(mut self, value: i64) -> Self {
        self.inner = self.inner.status(value);
        self
    }
    /// Sets the optional query parameter `detail`; see [`requests::ListEnvironmentOperationLogs::detail`](crate::requests::ListEnvironmentOperationLogs::detail).
    pub fn detail(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.detail(value);
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
    /// Every item across all pages, fetched lazily one page at a time; see
    /// the async builder's `items`.
    pub fn items(
        self,
    ) -> crate::blocking::PaginatedIter<'a, crate::types::SystemOperationLog> {
        crate::blocking::PaginatedIter::new(self.inner.items(), self.client)
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_environment_operation_logs`](crate::Client::list_environment_operation_logs); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::SystemOperationLogList> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_cli_context`](crate::blocking::Client::get_cli_context): `GET /openapi/system/cli/context`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetCliContext<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetCliContext<'a>,
}
impl<'a> GetCliContext<'a> {
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
    /// See [`Client::get_cli_context`](crate::Client::get_cli_context); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::CliContext> {
        self.client.block_on(self.inner.send())
    }
}
