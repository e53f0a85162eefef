// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Fixture API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::restart_pod`](crate::Client::restart_pod), with its route.
#[derive(Debug, Clone)]
pub struct RestartPod {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) pod_name: String,
    pub(crate) force: bool,
}
static RESTART_POD: Route = Route::new(
    "restart_pod",
    reqwest::Method::POST,
    "/environments/{name}/pods/{podName}/restart",
    &["force", "projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for RestartPod {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &RESTART_POD
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("podName", &self.pod_name);
        request.query("force", &self.force);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_run`](crate::Client::get_run), with its route.
#[derive(Debug, Clone)]
pub struct GetRun {
    pub(crate) workflow_key: String,
    pub(crate) task_id: i64,
}
static GET_RUN: Route = Route::new(
    "get_run",
    reqwest::Method::GET,
    "/runs",
    &["taskId", "workflowKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetRun {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_RUN
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("taskId", &self.task_id);
        request.query("workflowKey", &self.workflow_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
