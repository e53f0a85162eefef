// @generated from spec/system.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the System API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
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
    /// Returns the decoded [`SystemOperationLogList`](crate::types::SystemOperationLogList). The builder's [`items`](crate::requests::ListOperationLogs::items) walks every page.
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
            page_num,
            page_size,
            search_type: search_type.into(),
            project_key: None,
            username: None,
            function: None,
            status: None,
            options: CallOptions::default(),
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
    /// Returns the decoded [`SystemOperationLogList`](crate::types::SystemOperationLogList). The builder's [`items`](crate::requests::ListEnvironmentOperationLogs::items) walks every page.
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
            page_num,
            page_size,
            search_type: search_type.into(),
            project_key: None,
            env_name: None,
            username: None,
            function: None,
            status: None,
            detail: None,
            options: CallOptions::default(),
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
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::list_operation_logs`](crate::Client::list_operation_logs): `GET /openapi/system/operation`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListOperationLogs<'a> {
    client: &'a crate::Client,
    page_num: i64,
    page_size: i64,
    search_type: crate::types::OperationLogSearchType,
    project_key: Option<String>,
    username: Option<String>,
    function: Option<String>,
    status: Option<i64>,
    options: CallOptions,
}
impl<'a> ListOperationLogs<'a> {
    /// With `searchType=project`, only entries whose project key matches this regular expression (plain text matches as a substring) (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// With `searchType=user`, only entries whose user name matches this regular expression (plain text matches as a substring) (query `username`).
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }
    /// With `searchType=function`, only entries whose function (the area of Zadig acted on) matches this regular expression (plain text matches as a substring) (query `function`).
    pub fn function(mut self, value: impl Into<String>) -> Self {
        self.function = Some(value.into());
        self
    }
    /// With `searchType=status`, only entries whose HTTP status code equals this (0 matches every code); the server then rejects a request without it. Other search types do not read it (query `status`).
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
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
    /// Every item across all pages, fetched lazily one page at a time.
    ///
    /// Starts at the page given to the client method and stops at the reported total, at an empty page, or at a short page. Each page is one call with this builder's settings; an error ends the stream after it is yielded.
    pub fn items(self) -> crate::Paginated<'a, crate::types::SystemOperationLog> {
        let first_page = self.page_num;
        let page_size = self.page_size;
        crate::Paginated::new(
            first_page,
            page_size,
            move |page| {
                let mut request = self.clone();
                request.page_num = page;
                Box::pin(async move {
                    let response = request.send().await?;
                    Ok(crate::runtime::pagination::Page {
                        total: Some(response.total),
                        items: response.operation_logs,
                    })
                })
            },
        )
    }
    /// Sends the request and returns the decoded [`SystemOperationLogList`](crate::types::SystemOperationLogList).
    ///
    /// # Errors
    ///
    /// See [`Client::list_operation_logs`](crate::Client::list_operation_logs).
    pub async fn send(self) -> crate::Result<crate::types::SystemOperationLogList> {
        let mut request = Request::new(
            "list_operation_logs",
            reqwest::Method::GET,
            "/openapi/system/operation",
        );
        request.query("page", &self.page_num);
        request.query("perPage", &self.page_size);
        request.query("searchType", &self.search_type);
        if let Some(value) = &self.project_key {
            request.query("projectKey", value);
        }
        if let Some(value) = &self.username {
            request.query("username", value);
        }
        if let Some(value) = &self.function {
            request.query("function", value);
        }
        if let Some(value) = &self.status {
            request.query("status", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_environment_operation_logs`](crate::Client::list_environment_operation_logs): `GET /openapi/system/operation/env`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListEnvironmentOperationLogs<'a> {
    client: &'a crate::Client,
    page_num: i64,
    page_size: i64,
    search_type: crate::types::EnvOperationLogSearchType,
    project_key: Option<String>,
    env_name: Option<String>,
    username: Option<String>,
    function: Option<String>,
    status: Option<i64>,
    detail: Option<String>,
    options: CallOptions,
}
impl<'a> ListEnvironmentOperationLogs<'a> {
    /// Only entries of the project with exactly this key (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Only entries about the environment with this name (query `envName`).
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = Some(value.into());
        self
    }
    /// With `searchType=user`, only entries whose user name matches this regular expression (plain text matches as a substring) (query `username`).
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }
    /// With `searchType=function`, only entries whose function (the area of Zadig acted on) matches this regular expression (plain text matches as a substring) (query `function`).
    pub fn function(mut self, value: impl Into<String>) -> Self {
        self.function = Some(value.into());
        self
    }
    /// With `searchType=status`, only entries whose HTTP status code equals this (0 matches every code); the server then rejects a request without it. Other search types do not read it (query `status`).
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
    /// With `searchType=detail`, only entries whose detail text matches this regular expression (plain text matches as a substring) (query `detail`).
    pub fn detail(mut self, value: impl Into<String>) -> Self {
        self.detail = Some(value.into());
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
    /// Every item across all pages, fetched lazily one page at a time.
    ///
    /// Starts at the page given to the client method and stops at the reported total, at an empty page, or at a short page. Each page is one call with this builder's settings; an error ends the stream after it is yielded.
    pub fn items(self) -> crate::Paginated<'a, crate::types::SystemOperationLog> {
        let first_page = self.page_num;
        let page_size = self.page_size;
        crate::Paginated::new(
            first_page,
            page_size,
            move |page| {
                let mut request = self.clone();
                request.page_num = page;
                Box::pin(async move {
                    let response = request.send().await?;
                    Ok(crate::runtime::pagination::Page {
                        total: Some(response.total),
                        items: response.operation_logs,
                    })
                })
            },
        )
    }
    /// Sends the request and returns the decoded [`SystemOperationLogList`](crate::types::SystemOperationLogList).
    ///
    /// # Errors
    ///
    /// See [`Client::list_environment_operation_logs`](crate::Client::list_environment_operation_logs).
    pub async fn send(self) -> crate::Result<crate::types::SystemOperationLogList> {
        let mut request = Request::new(
            "list_environment_operation_logs",
            reqwest::Method::GET,
            "/openapi/system/operation/env",
        );
        request.query("page", &self.page_num);
        request.query("perPage", &self.page_size);
        request.query("searchType", &self.search_type);
        if let Some(value) = &self.project_key {
            request.query("projectKey", value);
        }
        if let Some(value) = &self.env_name {
            request.query("envName", value);
        }
        if let Some(value) = &self.username {
            request.query("username", value);
        }
        if let Some(value) = &self.function {
            request.query("function", value);
        }
        if let Some(value) = &self.status {
            request.query("status", value);
        }
        if let Some(value) = &self.detail {
            request.query("detail", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_cli_context`](crate::Client::get_cli_context): `GET /openapi/system/cli/context`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetCliContext<'a> {
    client: &'a crate::Client,
    options: CallOptions,
}
impl<'a> GetCliContext<'a> {
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
    /// Sends the request and returns the decoded [`CliContext`](crate::types::CliContext).
    ///
    /// # Errors
    ///
    /// See [`Client::get_cli_context`](crate::Client::get_cli_context).
    pub async fn send(self) -> crate::Result<crate::types::CliContext> {
        let request = Request::new(
            "get_cli_context",
            reqwest::Method::GET,
            "/openapi/system/cli/context",
        );
        self.client.send_json(request, self.options).await
    }
}
