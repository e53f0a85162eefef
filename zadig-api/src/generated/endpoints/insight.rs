// @generated from spec/insight.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Performance insights API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::get_statistics_overview`](crate::Client::get_statistics_overview), with its route.
#[derive(Debug, Clone)]
pub struct GetStatisticsOverview {}
static GET_STATISTICS_OVERVIEW: Route = Route::new(
    "get_statistics_overview",
    reqwest::Method::GET,
    "/openapi/statistics/overview",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for GetStatisticsOverview {
    type Answer = crate::call::Json<crate::types::StatisticsOverview>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_STATISTICS_OVERVIEW
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_build_statistics`](crate::Client::get_build_statistics), with its route.
#[derive(Debug, Clone)]
pub struct GetBuildStatistics {
    pub(crate) start_date: Option<i64>,
    pub(crate) end_date: Option<i64>,
    pub(crate) project_key: Option<String>,
}
static GET_BUILD_STATISTICS: Route = Route::new(
    "get_build_statistics",
    reqwest::Method::GET,
    "/openapi/statistics/build",
    &["startDate", "endDate", "projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetBuildStatistics {
    type Answer = crate::call::Json<crate::types::BuildStatistics>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_BUILD_STATISTICS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query_opt("startDate", &self.start_date);
        request.query_opt("endDate", &self.end_date);
        request.query_opt("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_deploy_statistics`](crate::Client::get_deploy_statistics), with its route.
#[derive(Debug, Clone)]
pub struct GetDeployStatistics {
    pub(crate) start_date: Option<i64>,
    pub(crate) end_date: Option<i64>,
    pub(crate) project_key: Option<String>,
}
static GET_DEPLOY_STATISTICS: Route = Route::new(
    "get_deploy_statistics",
    reqwest::Method::GET,
    "/openapi/statistics/deploy",
    &["startDate", "endDate", "projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetDeployStatistics {
    type Answer = crate::call::Json<crate::types::DeployStatistics>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_DEPLOY_STATISTICS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query_opt("startDate", &self.start_date);
        request.query_opt("endDate", &self.end_date);
        request.query_opt("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_test_statistics`](crate::Client::get_test_statistics), with its route.
#[derive(Debug, Clone)]
pub struct GetTestStatistics {
    pub(crate) start_date: Option<i64>,
    pub(crate) end_date: Option<i64>,
    pub(crate) project_key: Option<String>,
}
static GET_TEST_STATISTICS: Route = Route::new(
    "get_test_statistics",
    reqwest::Method::GET,
    "/openapi/statistics/test",
    &["startDate", "endDate", "projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetTestStatistics {
    type Answer = crate::call::Json<crate::types::TestStatistics>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_TEST_STATISTICS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query_opt("startDate", &self.start_date);
        request.query_opt("endDate", &self.end_date);
        request.query_opt("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_release_statistics`](crate::Client::get_release_statistics), with its route.
#[derive(Debug, Clone)]
pub struct GetReleaseStatistics {
    pub(crate) start_time: i64,
    pub(crate) end_time: i64,
    pub(crate) project_key: Option<String>,
}
static GET_RELEASE_STATISTICS: Route = Route::new(
    "get_release_statistics",
    reqwest::Method::GET,
    "/openapi/statistics/v2/release",
    &["startTime", "endTime", "projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetReleaseStatistics {
    type Answer = crate::call::Json<crate::types::ReleaseStatistics>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_RELEASE_STATISTICS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("startTime", &self.start_time);
        request.query("endTime", &self.end_time);
        request.query_opt("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_rollback_statistics_detail`](crate::Client::get_rollback_statistics_detail), with its route.
#[derive(Debug, Clone)]
pub struct GetRollbackStatisticsDetail {
    pub(crate) start_time: i64,
    pub(crate) end_time: i64,
    pub(crate) page_size: i64,
    pub(crate) project_key: Option<String>,
    pub(crate) env_name: Option<String>,
    pub(crate) service_name: Option<String>,
    pub(crate) page_num: Option<i64>,
}
static GET_ROLLBACK_STATISTICS_DETAIL: Route = Route::new(
    "get_rollback_statistics_detail",
    reqwest::Method::GET,
    "/openapi/statistics/v2/rollback/detail",
    &[
        "startTime",
        "endTime",
        "projectKey",
        "envName",
        "serviceName",
        "pageNum",
        "pageSize",
    ],
    crate::release::Availability::ALL,
);
impl Endpoint for GetRollbackStatisticsDetail {
    type Answer = crate::call::Json<crate::types::RollbackStatDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_ROLLBACK_STATISTICS_DETAIL
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("startTime", &self.start_time);
        request.query("endTime", &self.end_time);
        request.query_opt("projectKey", &self.project_key);
        request.query_opt("envName", &self.env_name);
        request.query_opt("serviceName", &self.service_name);
        request.query_opt("pageNum", &self.page_num);
        request.query("pageSize", &self.page_size);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
impl crate::call::Paged for GetRollbackStatisticsDetail {
    type Item = crate::types::RollbackRecord;
    #[inline]
    fn paging(&self) -> (i64, i64) {
        (self.page_num.unwrap_or(1), self.page_size)
    }
    #[inline]
    fn set_page(&mut self, page: i64) {
        self.page_num = Some(page);
    }
    #[inline]
    fn page(
        answer: crate::types::RollbackStatDetail,
    ) -> crate::runtime::pagination::Page<crate::types::RollbackRecord> {
        crate::runtime::pagination::Page {
            total: answer.total,
            items: answer.data,
        }
    }
}
