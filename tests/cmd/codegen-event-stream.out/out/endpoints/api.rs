// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Fixture API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::stream_logs`](crate::Client::stream_logs), with its route.
#[derive(Debug, Clone)]
pub struct StreamLogs {
    pub(crate) job_id: String,
    pub(crate) tail_lines: i64,
}
static STREAM_LOGS: Route = Route::new(
    "stream_logs",
    reqwest::Method::GET,
    "/logs/{jobId}/{tailLines}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for StreamLogs {
    type Answer = crate::call::Events;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &STREAM_LOGS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("jobId", &self.job_id);
        request.path_value("tailLines", &self.tail_lines);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
