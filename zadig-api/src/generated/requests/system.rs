// @generated from spec/system.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the System API.
#[cfg_attr(docsrs, doc(cfg(feature = "system")))]
impl<M> crate::GenericClient<M> {
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
    /// Optional query parameters: [`project_key`](ListOperationLogs::project_key), [`username`](ListOperationLogs::username), [`function`](ListOperationLogs::function), [`status`](ListOperationLogs::status).
    ///
    /// `send()` returns the decoded [`SystemOperationLogList`](crate::types::SystemOperationLogList); `items()` walks every page.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/system/#list-system-operation-logs>
    pub fn list_operation_logs(
        &self,
        page_num: i64,
        page_size: i64,
        search_type: impl Into<crate::types::OperationLogSearchType>,
    ) -> ListOperationLogs<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListOperationLogs {
                page_num,
                page_size,
                search_type: search_type.into(),
                project_key: None,
                username: None,
                function: None,
                status: None,
            },
        )
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
    /// Optional query parameters: [`project_key`](ListEnvironmentOperationLogs::project_key), [`env_name`](ListEnvironmentOperationLogs::env_name), [`username`](ListEnvironmentOperationLogs::username), [`function`](ListEnvironmentOperationLogs::function), [`status`](ListEnvironmentOperationLogs::status), [`detail`](ListEnvironmentOperationLogs::detail).
    ///
    /// `send()` returns the decoded [`SystemOperationLogList`](crate::types::SystemOperationLogList); `items()` walks every page.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/system/#list-environment-operation-logs>
    pub fn list_environment_operation_logs(
        &self,
        page_num: i64,
        page_size: i64,
        search_type: impl Into<crate::types::EnvOperationLogSearchType>,
    ) -> ListEnvironmentOperationLogs<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListEnvironmentOperationLogs {
                page_num,
                page_size,
                search_type: search_type.into(),
                project_key: None,
                env_name: None,
                username: None,
                function: None,
                status: None,
                detail: None,
            },
        )
    }
    /// Tells who the API token belongs to, plus edition and version for administrators.
    ///
    /// `GET /openapi/system/cli/context`
    ///
    /// Served by Zadig v5.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Returns the user behind the token and the request id; for a system administrator also the Zadig edition, licence status, licensed features and server version.
    ///
    /// `send()` returns the decoded [`CliContext`](crate::types::CliContext).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn get_cli_context(&self) -> GetCliContext<'_, M> {
        crate::Call::new(self, crate::endpoints::GetCliContext {})
    }
}
/// The call of [`Client::list_operation_logs`](crate::Client::list_operation_logs) (`GET /openapi/system/operation`) on either client.
pub type ListOperationLogs<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListOperationLogs,
>;
impl<M> ListOperationLogs<'_, M> {
    /// With `searchType=project`, only entries whose project key matches this regular expression (plain text matches as a substring) (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.project_key = Some(value.into());
        self
    }
    /// With `searchType=user`, only entries whose user name matches this regular expression (plain text matches as a substring) (query `username`).
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.endpoint.username = Some(value.into());
        self
    }
    /// With `searchType=function`, only entries whose function (the area of Zadig acted on) matches this regular expression (plain text matches as a substring) (query `function`).
    pub fn function(mut self, value: impl Into<String>) -> Self {
        self.endpoint.function = Some(value.into());
        self
    }
    /// With `searchType=status`, only entries whose HTTP status code equals this (0 matches every code); the server then rejects a request without it. Other search types do not read it (query `status`). Required when `search_type` is `status`: the server refuses the call without it then.
    pub fn status(mut self, value: i64) -> Self {
        self.endpoint.status = Some(value);
        self
    }
}
/// The call of [`Client::list_environment_operation_logs`](crate::Client::list_environment_operation_logs) (`GET /openapi/system/operation/env`) on either client.
pub type ListEnvironmentOperationLogs<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListEnvironmentOperationLogs,
>;
impl<M> ListEnvironmentOperationLogs<'_, M> {
    /// Only entries of the project with exactly this key (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.project_key = Some(value.into());
        self
    }
    /// Only entries about the environment with this name (query `envName`).
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.env_name = Some(value.into());
        self
    }
    /// With `searchType=user`, only entries whose user name matches this regular expression (plain text matches as a substring) (query `username`).
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.endpoint.username = Some(value.into());
        self
    }
    /// With `searchType=function`, only entries whose function (the area of Zadig acted on) matches this regular expression (plain text matches as a substring) (query `function`).
    pub fn function(mut self, value: impl Into<String>) -> Self {
        self.endpoint.function = Some(value.into());
        self
    }
    /// With `searchType=status`, only entries whose HTTP status code equals this (0 matches every code); the server then rejects a request without it. Other search types do not read it (query `status`). Required when `search_type` is `status`: the server refuses the call without it then.
    pub fn status(mut self, value: i64) -> Self {
        self.endpoint.status = Some(value);
        self
    }
    /// With `searchType=detail`, only entries whose detail text matches this regular expression (plain text matches as a substring) (query `detail`).
    pub fn detail(mut self, value: impl Into<String>) -> Self {
        self.endpoint.detail = Some(value.into());
        self
    }
}
/// The call of [`Client::get_cli_context`](crate::Client::get_cli_context) (`GET /openapi/system/cli/context`) on either client.
pub type GetCliContext<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetCliContext,
>;
