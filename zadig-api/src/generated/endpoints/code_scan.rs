// @generated from spec/code_scan.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Code scanning API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::create_code_scan`](crate::Client::create_code_scan), with its route.
#[derive(Debug, Clone)]
pub struct CreateCodeScan {
    pub(crate) body: crate::types::OpenApiCreateScanningReq,
}
static CREATE_CODE_SCAN: Route = Route::new(
    "create_code_scan",
    reqwest::Method::POST,
    "/openapi/quality/codescan",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateCodeScan {
    type Answer = crate::call::Message;
    type Body = crate::types::OpenApiCreateScanningReq;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_CODE_SCAN
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::OpenApiCreateScanningReq> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::create_code_scan_task`](crate::Client::create_code_scan_task), with its route.
#[derive(Debug, Clone)]
pub struct CreateCodeScanTask {
    pub(crate) project_key: String,
    pub(crate) scan_name: String,
    pub(crate) body: crate::types::OpenApiCreateScanningTaskReq,
}
static CREATE_CODE_SCAN_TASK: Route = Route::new(
    "create_code_scan_task",
    reqwest::Method::POST,
    "/openapi/quality/codescan/{scanName}/task",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateCodeScanTask {
    type Answer = crate::call::Json<crate::types::OpenApiCreateScanningTaskResp>;
    type Body = crate::types::OpenApiCreateScanningTaskReq;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_CODE_SCAN_TASK
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("scanName", &self.scan_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::OpenApiCreateScanningTaskReq> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::get_code_scan_task`](crate::Client::get_code_scan_task), with its route.
#[derive(Debug, Clone)]
pub struct GetCodeScanTask {
    pub(crate) project_key: String,
    pub(crate) scan_name: String,
    pub(crate) task_id: String,
}
static GET_CODE_SCAN_TASK: Route = Route::new(
    "get_code_scan_task",
    reqwest::Method::GET,
    "/openapi/quality/codescan/{scanName}/task/{taskID}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetCodeScanTask {
    type Answer = crate::call::Json<crate::types::OpenApiScanTaskDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_CODE_SCAN_TASK
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("scanName", &self.scan_name);
        request.path_param("taskID", &self.task_id);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
