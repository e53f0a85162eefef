// @generated from spec/system.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the System API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::list_operation_logs`](crate::Client::list_operation_logs), with its route.
#[derive(Debug, Clone)]
pub struct ListOperationLogs {
    pub(crate) page_num: i64,
    pub(crate) page_size: i64,
    pub(crate) search_type: crate::types::OperationLogSearchType,
    pub(crate) project_key: Option<String>,
    pub(crate) username: Option<String>,
    pub(crate) function: Option<String>,
    pub(crate) status: Option<i64>,
}
static LIST_OPERATION_LOGS: Route = Route::new(
    "list_operation_logs",
    reqwest::Method::GET,
    "/openapi/system/operation",
    &["page", "perPage", "searchType", "projectKey", "username", "function", "status"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListOperationLogs {
    type Answer = crate::call::Json<crate::types::SystemOperationLogList>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_OPERATION_LOGS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("page", &self.page_num);
        request.query("perPage", &self.page_size);
        request.query("searchType", &self.search_type);
        request.query_opt("projectKey", &self.project_key);
        request.query_opt("username", &self.username);
        request.query_opt("function", &self.function);
        request.query_opt("status", &self.status);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
impl crate::call::Paged for ListOperationLogs {
    type Item = crate::types::SystemOperationLog;
    #[inline]
    fn paging(&self) -> (i64, i64) {
        (self.page_num, self.page_size)
    }
    #[inline]
    fn set_page(&mut self, page: i64) {
        self.page_num = page;
    }
    #[inline]
    fn page(
        answer: crate::types::SystemOperationLogList,
    ) -> crate::runtime::pagination::Page<crate::types::SystemOperationLog> {
        crate::runtime::pagination::Page {
            total: answer.total,
            items: answer.operation_logs,
        }
    }
}
/// The parameters of [`Client::list_environment_operation_logs`](crate::Client::list_environment_operation_logs), with its route.
#[derive(Debug, Clone)]
pub struct ListEnvironmentOperationLogs {
    pub(crate) page_num: i64,
    pub(crate) page_size: i64,
    pub(crate) search_type: crate::types::EnvOperationLogSearchType,
    pub(crate) project_key: Option<String>,
    pub(crate) env_name: Option<String>,
    pub(crate) username: Option<String>,
    pub(crate) function: Option<String>,
    pub(crate) status: Option<i64>,
    pub(crate) detail: Option<String>,
}
static LIST_ENVIRONMENT_OPERATION_LOGS: Route = Route::new(
    "list_environment_operation_logs",
    reqwest::Method::GET,
    "/openapi/system/operation/env",
    &[
        "page",
        "perPage",
        "searchType",
        "projectKey",
        "envName",
        "username",
        "function",
        "status",
        "detail",
    ],
    crate::release::Availability::ALL,
);
impl Endpoint for ListEnvironmentOperationLogs {
    type Answer = crate::call::Json<crate::types::SystemOperationLogList>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_ENVIRONMENT_OPERATION_LOGS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("page", &self.page_num);
        request.query("perPage", &self.page_size);
        request.query("searchType", &self.search_type);
        request.query_opt("projectKey", &self.project_key);
        request.query_opt("envName", &self.env_name);
        request.query_opt("username", &self.username);
        request.query_opt("function", &self.function);
        request.query_opt("status", &self.status);
        request.query_opt("detail", &self.detail);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
impl crate::call::Paged for ListEnvironmentOperationLogs {
    type Item = crate::types::SystemOperationLog;
    #[inline]
    fn paging(&self) -> (i64, i64) {
        (self.page_num, self.page_size)
    }
    #[inline]
    fn set_page(&mut self, page: i64) {
        self.page_num = page;
    }
    #[inline]
    fn page(
        answer: crate::types::SystemOperationLogList,
    ) -> crate::runtime::pagination::Page<crate::types::SystemOperationLog> {
        crate::runtime::pagination::Page {
            total: answer.total,
            items: answer.operation_logs,
        }
    }
}
/// The parameters of [`Client::get_cli_context`](crate::Client::get_cli_context), with its route.
#[derive(Debug, Clone)]
pub struct GetCliContext {}
static GET_CLI_CONTEXT: Route = Route::new(
    "get_cli_context",
    reqwest::Method::GET,
    "/openapi/system/cli/context",
    &[],
    crate::release::Availability {
        since: Some(crate::Release::V5_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for GetCliContext {
    type Answer = crate::call::Json<crate::types::CliContext>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_CLI_CONTEXT
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
