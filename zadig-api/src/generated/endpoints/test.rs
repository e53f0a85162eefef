// @generated from spec/test.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Test API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::get_test_info`](crate::Client::get_test_info), with its route.
#[derive(Debug, Clone)]
pub struct GetTestInfo {
    pub(crate) project_key: String,
    pub(crate) test_name: String,
}
static GET_TEST_INFO: Route = Route::new(
    "get_test_info",
    reqwest::Method::GET,
    "/openapi/quality/testing/{testName}",
    &["projectKey"],
    crate::release::Availability {
        since: Some(crate::Release::MAIN),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for GetTestInfo {
    type Answer = crate::call::Json<crate::types::OpenApiTestInfo>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_TEST_INFO
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("testName", &self.test_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::create_test_task`](crate::Client::create_test_task), with its route.
#[derive(Debug, Clone)]
pub struct CreateTestTask {
    pub(crate) body: crate::types::OpenApiCreateTestTaskReq,
}
static CREATE_TEST_TASK: Route = Route::new(
    "create_test_task",
    reqwest::Method::POST,
    "/openapi/quality/testing/task",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateTestTask {
    type Answer = crate::call::Json<crate::types::OpenApiCreateTestTaskResp>;
    type Body = crate::types::OpenApiCreateTestTaskReq;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_TEST_TASK
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::OpenApiCreateTestTaskReq> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::get_test_task`](crate::Client::get_test_task), with its route.
#[derive(Debug, Clone)]
pub struct GetTestTask {
    pub(crate) project_key: String,
    pub(crate) test_name: String,
    pub(crate) task_id: String,
}
static GET_TEST_TASK: Route = Route::new(
    "get_test_task",
    reqwest::Method::GET,
    "/openapi/quality/testing/{testName}/task/{taskID}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetTestTask {
    type Answer = crate::call::Json<crate::types::OpenApiTestTaskDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_TEST_TASK
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("testName", &self.test_name);
        request.path_param("taskID", &self.task_id);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
