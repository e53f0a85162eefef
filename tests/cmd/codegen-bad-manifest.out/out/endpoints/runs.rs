// @generated from spec/runs.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Runs API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::get_run_status`](crate::Client::get_run_status), with its route.
#[derive(Debug, Clone)]
pub struct GetRunStatus {
    pub(crate) id: String,
}
static GET_RUN_STATUS: Route = Route::new(
    "get_run_status",
    reqwest::Method::GET,
    "/runs/{id}/status",
    &[],
);
impl Endpoint for GetRunStatus {
    type Answer = crate::call::Json<crate::types::Status>;
    fn route() -> &'static Route {
        &GET_RUN_STATUS
    }
    fn write(&self, request: &mut Request) {
        request.path_param("id", &self.id);
    }
}
