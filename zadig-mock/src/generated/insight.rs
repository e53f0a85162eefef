// @generated from spec/insight.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Performance insights endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{Endpoint, JsonAnswer, PagedAnswer, sealed::Sealed};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `GET /openapi/statistics/overview` calls (`get_statistics_overview`): Reads how many projects, clusters, services, workflows, environments and artifacts exist
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_statistics_overview(&self) -> Expect<'_, GetStatisticsOverview> {
        self.expect()
    }
    /// Expects `GET /openapi/statistics/build` calls (`get_build_statistics`): Reads build counts for a time range, in total and per day
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_build_statistics(&self) -> Expect<'_, GetBuildStatistics> {
        self.expect()
    }
    /// Expects `GET /openapi/statistics/deploy` calls (`get_deploy_statistics`): Reads deployment counts, in total and per week of a time range
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_deploy_statistics(&self) -> Expect<'_, GetDeployStatistics> {
        self.expect()
    }
    /// Expects `GET /openapi/statistics/test` calls (`get_test_statistics`): Reads test counts for a time range, in total and per day
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_test_statistics(&self) -> Expect<'_, GetTestStatistics> {
        self.expect()
    }
    /// Expects `GET /openapi/statistics/v2/release` calls (`get_release_statistics`): Reads production release counts for a time range, in total and per day
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_release_statistics(&self) -> Expect<'_, GetReleaseStatistics> {
        self.expect()
    }
    /// Expects `GET /openapi/statistics/v2/rollback/detail` calls (`get_rollback_statistics_detail`): Lists the rollbacks of services in a time range, a page at a time
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_rollback_statistics_detail(
        &self,
    ) -> Expect<'_, GetRollbackStatisticsDetail> {
        self.expect()
    }
}
/// The `get_statistics_overview` endpoint (`GET /openapi/statistics/overview`, `Client::get_statistics_overview`): the type of its expectation, [`Expect<GetStatisticsOverview>`](crate::Expect), which [`MockZadig::get_statistics_overview`] returns.
pub enum GetStatisticsOverview {}
impl Sealed for GetStatisticsOverview {}
impl Endpoint for GetStatisticsOverview {
    const ID: &'static str = "get_statistics_overview";
}
impl JsonAnswer for GetStatisticsOverview {
    type Response = crate::types::StatisticsOverview;
}
/// The `get_build_statistics` endpoint (`GET /openapi/statistics/build`, `Client::get_build_statistics`): the type of its expectation, [`Expect<GetBuildStatistics>`](crate::Expect), which [`MockZadig::get_build_statistics`] returns.
pub enum GetBuildStatistics {}
impl Sealed for GetBuildStatistics {}
impl Endpoint for GetBuildStatistics {
    const ID: &'static str = "get_build_statistics";
}
impl JsonAnswer for GetBuildStatistics {
    type Response = crate::types::BuildStatistics;
}
impl Expect<'_, GetBuildStatistics> {
    /// Matches only calls whose query parameter `startDate` is `value`.
    pub fn start_date(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("startDate", &value)
    }
    /// Matches only calls whose query parameter `endDate` is `value`.
    pub fn end_date(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("endDate", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls that do not send the query parameter `startDate`.
    pub fn without_start_date(self) -> Self {
        self.match_query_absent("startDate")
    }
    /// Matches only calls that do not send the query parameter `endDate`.
    pub fn without_end_date(self) -> Self {
        self.match_query_absent("endDate")
    }
    /// Matches only calls that do not send the query parameter `projectKey`.
    pub fn without_project_key(self) -> Self {
        self.match_query_absent("projectKey")
    }
}
/// The `get_deploy_statistics` endpoint (`GET /openapi/statistics/deploy`, `Client::get_deploy_statistics`): the type of its expectation, [`Expect<GetDeployStatistics>`](crate::Expect), which [`MockZadig::get_deploy_statistics`] returns.
pub enum GetDeployStatistics {}
impl Sealed for GetDeployStatistics {}
impl Endpoint for GetDeployStatistics {
    const ID: &'static str = "get_deploy_statistics";
}
impl JsonAnswer for GetDeployStatistics {
    type Response = crate::types::DeployStatistics;
}
impl Expect<'_, GetDeployStatistics> {
    /// Matches only calls whose query parameter `startDate` is `value`.
    pub fn start_date(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("startDate", &value)
    }
    /// Matches only calls whose query parameter `endDate` is `value`.
    pub fn end_date(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("endDate", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls that do not send the query parameter `startDate`.
    pub fn without_start_date(self) -> Self {
        self.match_query_absent("startDate")
    }
    /// Matches only calls that do not send the query parameter `endDate`.
    pub fn without_end_date(self) -> Self {
        self.match_query_absent("endDate")
    }
    /// Matches only calls that do not send the query parameter `projectKey`.
    pub fn without_project_key(self) -> Self {
        self.match_query_absent("projectKey")
    }
}
/// The `get_test_statistics` endpoint (`GET /openapi/statistics/test`, `Client::get_test_statistics`): the type of its expectation, [`Expect<GetTestStatistics>`](crate::Expect), which [`MockZadig::get_test_statistics`] returns.
pub enum GetTestStatistics {}
impl Sealed for GetTestStatistics {}
impl Endpoint for GetTestStatistics {
    const ID: &'static str = "get_test_statistics";
}
impl JsonAnswer for GetTestStatistics {
    type Response = crate::types::TestStatistics;
}
impl Expect<'_, GetTestStatistics> {
    /// Matches only calls whose query parameter `startDate` is `value`.
    pub fn start_date(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("startDate", &value)
    }
    /// Matches only calls whose query parameter `endDate` is `value`.
    pub fn end_date(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("endDate", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls that do not send the query parameter `startDate`.
    pub fn without_start_date(self) -> Self {
        self.match_query_absent("startDate")
    }
    /// Matches only calls that do not send the query parameter `endDate`.
    pub fn without_end_date(self) -> Self {
        self.match_query_absent("endDate")
    }
    /// Matches only calls that do not send the query parameter `projectKey`.
    pub fn without_project_key(self) -> Self {
        self.match_query_absent("projectKey")
    }
}
/// The `get_release_statistics` endpoint (`GET /openapi/statistics/v2/release`, `Client::get_release_statistics`): the type of its expectation, [`Expect<GetReleaseStatistics>`](crate::Expect), which [`MockZadig::get_release_statistics`] returns.
pub enum GetReleaseStatistics {}
impl Sealed for GetReleaseStatistics {}
impl Endpoint for GetReleaseStatistics {
    const ID: &'static str = "get_release_statistics";
}
impl JsonAnswer for GetReleaseStatistics {
    type Response = crate::types::ReleaseStatistics;
}
impl Expect<'_, GetReleaseStatistics> {
    /// Matches only calls whose query parameter `startTime` is `value`.
    pub fn start_time(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("startTime", &value)
    }
    /// Matches only calls whose query parameter `endTime` is `value`.
    pub fn end_time(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("endTime", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls that do not send the query parameter `projectKey`.
    pub fn without_project_key(self) -> Self {
        self.match_query_absent("projectKey")
    }
}
/// The `get_rollback_statistics_detail` endpoint (`GET /openapi/statistics/v2/rollback/detail`, `Client::get_rollback_statistics_detail`): the type of its expectation, [`Expect<GetRollbackStatisticsDetail>`](crate::Expect), which [`MockZadig::get_rollback_statistics_detail`] returns.
pub enum GetRollbackStatisticsDetail {}
impl Sealed for GetRollbackStatisticsDetail {}
impl Endpoint for GetRollbackStatisticsDetail {
    const ID: &'static str = "get_rollback_statistics_detail";
}
impl JsonAnswer for GetRollbackStatisticsDetail {
    type Response = crate::types::RollbackStatDetail;
}
impl PagedAnswer for GetRollbackStatisticsDetail {
    type Item = crate::types::RollbackRecord;
}
impl Expect<'_, GetRollbackStatisticsDetail> {
    /// Matches only calls whose query parameter `startTime` is `value`.
    pub fn start_time(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("startTime", &value)
    }
    /// Matches only calls whose query parameter `endTime` is `value`.
    pub fn end_time(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("endTime", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("envName", &value)
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("serviceName", &value)
    }
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageNum", &value)
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageSize", &value)
    }
    /// Matches only calls that do not send the query parameter `projectKey`.
    pub fn without_project_key(self) -> Self {
        self.match_query_absent("projectKey")
    }
    /// Matches only calls that do not send the query parameter `envName`.
    pub fn without_env_name(self) -> Self {
        self.match_query_absent("envName")
    }
    /// Matches only calls that do not send the query parameter `serviceName`.
    pub fn without_service_name(self) -> Self {
        self.match_query_absent("serviceName")
    }
    /// Matches only calls that do not send the query parameter `pageNum`.
    pub fn without_page_num(self) -> Self {
        self.match_query_absent("pageNum")
    }
}
