// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Fixture API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::list_runs`](crate::Client::list_runs), with its route.
#[derive(Debug, Clone)]
pub struct ListRuns {
    pub(crate) project_key: String,
    pub(crate) status: crate::types::RunStatus,
    pub(crate) kinds: Option<Vec<crate::types::RunStatus>>,
    pub(crate) tags: Option<Vec<String>>,
    pub(crate) detailed: Option<bool>,
    pub(crate) page_num: Option<i64>,
    pub(crate) page_size: Option<i64>,
}
static LIST_RUNS: Route = Route::new(
    "list_runs",
    reqwest::Method::GET,
    "/projects/{projectKey}/runs",
    &["status", "kinds", "tags", "detailed", "pageNum", "pageSize"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListRuns {
    type Answer = crate::call::Json<crate::types::RunPage>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_RUNS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("projectKey", &self.project_key);
        request.query("status", &self.status);
        request.query_each("kinds", self.kinds.as_deref().unwrap_or_default());
        request.query_each("tags", self.tags.as_deref().unwrap_or_default());
        request.query_opt("detailed", &self.detailed);
        request.query_opt("pageNum", &self.page_num);
        request.query_opt("pageSize", &self.page_size);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
impl crate::call::Paged for ListRuns {
    type Item = crate::types::Run;
    #[inline]
    fn paging(&self) -> (i64, i64) {
        (self.page_num.unwrap_or(1), self.page_size.unwrap_or(20i64))
    }
    #[inline]
    fn set_page(&mut self, page: i64) {
        self.page_num = Some(page);
    }
    #[inline]
    fn page(
        answer: crate::types::RunPage,
    ) -> crate::runtime::pagination::Page<crate::types::Run> {
        crate::runtime::pagination::Page {
            total: answer.total,
            items: answer.runs.unwrap_or_default(),
        }
    }
}
/// The parameters of [`Client::create_run`](crate::Client::create_run), with its route.
#[derive(Debug, Clone)]
pub struct CreateRun {
    pub(crate) body: crate::types::NewRun,
}
static CREATE_RUN: Route = Route::new(
    "create_run",
    reqwest::Method::POST,
    "/runs",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateRun {
    type Answer = crate::call::Message;
    type Body = crate::types::NewRun;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_RUN
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::NewRun> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::get_run_log`](crate::Client::get_run_log), with its route.
#[derive(Debug, Clone)]
pub struct GetRunLog {
    pub(crate) run_id: i64,
}
static GET_RUN_LOG: Route = Route::new(
    "get_run_log",
    reqwest::Method::GET,
    "/runs/{runId}/log",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for GetRunLog {
    type Answer = crate::call::Text;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_RUN_LOG
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_value("runId", &self.run_id);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::follow_run_log`](crate::Client::follow_run_log), with its route.
#[derive(Debug, Clone)]
pub struct FollowRunLog {
    pub(crate) run_id: i64,
}
static FOLLOW_RUN_LOG: Route = Route::new(
    "follow_run_log",
    reqwest::Method::GET,
    "/runs/{runId}/log/stream",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for FollowRunLog {
    type Answer = crate::call::Events;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &FOLLOW_RUN_LOG
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_value("runId", &self.run_id);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::delete_run`](crate::Client::delete_run), with its route.
#[derive(Debug, Clone)]
pub struct DeleteRun {
    pub(crate) run_id: i64,
}
static DELETE_RUN: Route = Route::new(
    "delete_run",
    reqwest::Method::DELETE,
    "/runs/{runId}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteRun {
    type Answer = crate::call::Empty;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_RUN
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_value("runId", &self.run_id);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
