// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Fixture API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::run_jobs`](crate::Client::run_jobs), with its route.
#[derive(Debug, Clone)]
pub struct RunJobs {
    pub(crate) body: Vec<crate::types::JobInput>,
}
static RUN_JOBS: Route = Route::new(
    "run_jobs",
    reqwest::Method::POST,
    "/jobs",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for RunJobs {
    type Answer = crate::call::Empty;
    type Body = Vec<crate::types::JobInput>;
    #[inline]
    fn route() -> &'static Route {
        &RUN_JOBS
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&Vec<crate::types::JobInput>> {
        Some(&self.body)
    }
}
