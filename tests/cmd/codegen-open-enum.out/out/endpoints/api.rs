// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Fixture API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::list_runs`](crate::Client::list_runs), with its route.
#[derive(Debug, Clone)]
pub struct ListRuns {
    pub(crate) status: Option<crate::types::RunStatus>,
}
static LIST_RUNS: Route = Route::new(
    "list_runs",
    reqwest::Method::GET,
    "/runs",
    &["status"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListRuns {
    type Answer = crate::call::Json<Vec<crate::types::RunStatus>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_RUNS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query_opt("status", &self.status);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
