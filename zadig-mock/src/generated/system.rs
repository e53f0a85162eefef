// @generated from spec/system.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the System endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{Endpoint, JsonAnswer, PagedAnswer, sealed::Sealed};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `GET /openapi/system/operation` calls (`list_operation_logs`): Lists the system operation log, newest first
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_operation_logs(&self) -> Expect<'_, ListOperationLogs> {
        self.expect()
    }
    /// Expects `GET /openapi/system/operation/env` calls (`list_environment_operation_logs`): Lists the operation log of environments, newest first
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_environment_operation_logs(
        &self,
    ) -> Expect<'_, ListEnvironmentOperationLogs> {
        self.expect()
    }
    /// Expects `GET /openapi/system/cli/context` calls (`get_cli_context`): Tells who the API token belongs to, plus edition and version for administrators
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_cli_context(&self) -> Expect<'_, GetCliContext> {
        self.expect()
    }
}
/// The `list_operation_logs` endpoint (`GET /openapi/system/operation`, `Client::list_operation_logs`): the type of its expectation, [`Expect<ListOperationLogs>`](crate::Expect), which [`MockZadig::list_operation_logs`] returns.
pub enum ListOperationLogs {}
impl Sealed for ListOperationLogs {}
impl Endpoint for ListOperationLogs {
    const ID: &'static str = "list_operation_logs";
}
impl JsonAnswer for ListOperationLogs {
    type Response = crate::types::SystemOperationLogList;
}
impl PagedAnswer for ListOperationLogs {
    type Item = crate::types::SystemOperationLog;
}
impl Expect<'_, ListOperationLogs> {
    /// Matches only calls whose query parameter `page` is `value`.
    pub fn page_num(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("page", &value)
    }
    /// Matches only calls whose query parameter `perPage` is `value`.
    pub fn page_size(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("perPage", &value)
    }
    /// Matches only calls whose query parameter `searchType` is `value`.
    pub fn search_type(
        self,
        value: impl Into<crate::types::OperationLogSearchType>,
    ) -> Self {
        let value: crate::types::OperationLogSearchType = value.into();
        self.match_query("searchType", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `username` is `value`.
    pub fn username(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("username", &value)
    }
    /// Matches only calls whose query parameter `function` is `value`.
    pub fn function(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("function", &value)
    }
    /// Matches only calls whose query parameter `status` is `value`.
    pub fn status(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("status", &value)
    }
    /// Matches only calls that do not send the query parameter `projectKey`.
    pub fn without_project_key(self) -> Self {
        self.match_query_absent("projectKey")
    }
    /// Matches only calls that do not send the query parameter `username`.
    pub fn without_username(self) -> Self {
        self.match_query_absent("username")
    }
    /// Matches only calls that do not send the query parameter `function`.
    pub fn without_function(self) -> Self {
        self.match_query_absent("function")
    }
    /// Matches only calls that do not send the query parameter `status`.
    pub fn without_status(self) -> Self {
        self.match_query_absent("status")
    }
}
/// The `list_environment_operation_logs` endpoint (`GET /openapi/system/operation/env`, `Client::list_environment_operation_logs`): the type of its expectation, [`Expect<ListEnvironmentOperationLogs>`](crate::Expect), which [`MockZadig::list_environment_operation_logs`] returns.
pub enum ListEnvironmentOperationLogs {}
impl Sealed for ListEnvironmentOperationLogs {}
impl Endpoint for ListEnvironmentOperationLogs {
    const ID: &'static str = "list_environment_operation_logs";
}
impl JsonAnswer for ListEnvironmentOperationLogs {
    type Response = crate::types::SystemOperationLogList;
}
impl PagedAnswer for ListEnvironmentOperationLogs {
    type Item = crate::types::SystemOperationLog;
}
impl Expect<'_, ListEnvironmentOperationLogs> {
    /// Matches only calls whose query parameter `page` is `value`.
    pub fn page_num(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("page", &value)
    }
    /// Matches only calls whose query parameter `perPage` is `value`.
    pub fn page_size(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("perPage", &value)
    }
    /// Matches only calls whose query parameter `searchType` is `value`.
    pub fn search_type(
        self,
        value: impl Into<crate::types::EnvOperationLogSearchType>,
    ) -> Self {
        let value: crate::types::EnvOperationLogSearchType = value.into();
        self.match_query("searchType", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("envName", &value)
    }
    /// Matches only calls whose query parameter `username` is `value`.
    pub fn username(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("username", &value)
    }
    /// Matches only calls whose query parameter `function` is `value`.
    pub fn function(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("function", &value)
    }
    /// Matches only calls whose query parameter `status` is `value`.
    pub fn status(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("status", &value)
    }
    /// Matches only calls whose query parameter `detail` is `value`.
    pub fn detail(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("detail", &value)
    }
    /// Matches only calls that do not send the query parameter `projectKey`.
    pub fn without_project_key(self) -> Self {
        self.match_query_absent("projectKey")
    }
    /// Matches only calls that do not send the query parameter `envName`.
    pub fn without_env_name(self) -> Self {
        self.match_query_absent("envName")
    }
    /// Matches only calls that do not send the query parameter `username`.
    pub fn without_username(self) -> Self {
        self.match_query_absent("username")
    }
    /// Matches only calls that do not send the query parameter `function`.
    pub fn without_function(self) -> Self {
        self.match_query_absent("function")
    }
    /// Matches only calls that do not send the query parameter `status`.
    pub fn without_status(self) -> Self {
        self.match_query_absent("status")
    }
    /// Matches only calls that do not send the query parameter `detail`.
    pub fn without_detail(self) -> Self {
        self.match_query_absent("detail")
    }
}
/// The `get_cli_context` endpoint (`GET /openapi/system/cli/context`, `Client::get_cli_context`): the type of its expectation, [`Expect<GetCliContext>`](crate::Expect), which [`MockZadig::get_cli_context`] returns.
pub enum GetCliContext {}
impl Sealed for GetCliContext {}
impl Endpoint for GetCliContext {
    const ID: &'static str = "get_cli_context";
}
impl JsonAnswer for GetCliContext {
    type Response = crate::types::CliContext;
}
