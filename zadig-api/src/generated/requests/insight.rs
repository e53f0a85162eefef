// @generated from spec/insight.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Performance insights API.
#[cfg_attr(docsrs, doc(cfg(feature = "insight")))]
impl<M> crate::GenericClient<M> {
    /// Reads how many projects, clusters, services, workflows, environments and artifacts exist.
    ///
    /// `GET /openapi/statistics/overview`
    ///
    /// `send()` returns the decoded [`StatisticsOverview`](crate::types::StatisticsOverview).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/insight/#data-overview>
    pub fn get_statistics_overview(&self) -> GetStatisticsOverview<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetStatisticsOverview {
            },
        )
    }
    /// Reads build counts for a time range, in total and per day.
    ///
    /// `GET /openapi/statistics/build`
    ///
    /// Optional query parameters: [`start_date`](GetBuildStatistics::start_date), [`end_date`](GetBuildStatistics::end_date), [`project_key`](GetBuildStatistics::project_key).
    ///
    /// `send()` returns the decoded [`BuildStatistics`](crate::types::BuildStatistics).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/insight/#build-data-statistics>
    pub fn get_build_statistics(&self) -> GetBuildStatistics<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetBuildStatistics {
                start_date: None,
                end_date: None,
                project_key: None,
            },
        )
    }
    /// Reads deployment counts, in total and per week of a time range.
    ///
    /// `GET /openapi/statistics/deploy`
    ///
    /// Optional query parameters: [`start_date`](GetDeployStatistics::start_date), [`end_date`](GetDeployStatistics::end_date), [`project_key`](GetDeployStatistics::project_key).
    ///
    /// `send()` returns the decoded [`DeployStatistics`](crate::types::DeployStatistics).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/insight/#deployment-data-statistics>
    pub fn get_deploy_statistics(&self) -> GetDeployStatistics<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetDeployStatistics {
                start_date: None,
                end_date: None,
                project_key: None,
            },
        )
    }
    /// Reads test counts for a time range, in total and per day.
    ///
    /// `GET /openapi/statistics/test`
    ///
    /// Optional query parameters: [`start_date`](GetTestStatistics::start_date), [`end_date`](GetTestStatistics::end_date), [`project_key`](GetTestStatistics::project_key).
    ///
    /// `send()` returns the decoded [`TestStatistics`](crate::types::TestStatistics).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/insight/#test-data-statistics>
    pub fn get_test_statistics(&self) -> GetTestStatistics<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetTestStatistics {
                start_date: None,
                end_date: None,
                project_key: None,
            },
        )
    }
    /// Reads production release counts for a time range, in total and per day.
    ///
    /// `GET /openapi/statistics/v2/release`
    ///
    /// Arguments:
    /// - `start_time` (query `startTime`): Start of the range, as a Unix timestamp in seconds; must not be 0.
    /// - `end_time` (query `endTime`): End of the range, as a Unix timestamp in seconds; not before `startTime` and at most 365 days after it.
    ///
    /// Optional query parameters: [`project_key`](GetReleaseStatistics::project_key).
    ///
    /// `send()` returns the decoded [`ReleaseStatistics`](crate::types::ReleaseStatistics).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/insight/#production-environment-release-data-statistics>
    pub fn get_release_statistics(
        &self,
        start_time: i64,
        end_time: i64,
    ) -> GetReleaseStatistics<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetReleaseStatistics {
                start_time,
                end_time,
                project_key: None,
            },
        )
    }
    /// Lists the rollbacks of services in a time range, a page at a time.
    ///
    /// `GET /openapi/statistics/v2/rollback/detail`
    ///
    /// Each record gives the service (or SAE application) before and after the rollback, who did it and when; the service fields are null for SAE environments and the SAE fields null for Zadig environments.
    ///
    /// Arguments:
    /// - `start_time` (query `startTime`): Start of the range, as a Unix timestamp in seconds; must not be 0.
    /// - `end_time` (query `endTime`): End of the range, as a Unix timestamp in seconds; not before `startTime` and at most 365 days after it.
    /// - `page_size` (query `pageSize`): Number of records per page; must not be 0.
    ///
    /// Optional query parameters: [`project_key`](GetRollbackStatisticsDetail::project_key), [`env_name`](GetRollbackStatisticsDetail::env_name), [`service_name`](GetRollbackStatisticsDetail::service_name), [`page_num`](GetRollbackStatisticsDetail::page_num).
    ///
    /// `send()` returns the decoded [`RollbackStatDetail`](crate::types::RollbackStatDetail); `items()` walks every page.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn get_rollback_statistics_detail(
        &self,
        start_time: i64,
        end_time: i64,
        page_size: i64,
    ) -> GetRollbackStatisticsDetail<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetRollbackStatisticsDetail {
                start_time,
                end_time,
                page_size,
                project_key: None,
                env_name: None,
                service_name: None,
                page_num: None,
            },
        )
    }
}
/// The call of [`Client::get_statistics_overview`](crate::Client::get_statistics_overview) (`GET /openapi/statistics/overview`) on either client.
pub type GetStatisticsOverview<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetStatisticsOverview,
>;
/// The call of [`Client::get_build_statistics`](crate::Client::get_build_statistics) (`GET /openapi/statistics/build`) on either client.
pub type GetBuildStatistics<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetBuildStatistics,
>;
impl<M> GetBuildStatistics<'_, M> {
    /// Start of the range, as a Unix timestamp in seconds. 0 (the default) means no range: all builds are counted and `endDate` is ignored (query `startDate`). Server default: `0`.
    pub fn start_date(mut self, value: i64) -> Self {
        self.endpoint.start_date = Some(value);
        self
    }
    /// End of the range, as a Unix timestamp in seconds; give it whenever `startDate` is set (query `endDate`). Server default: `0`.
    pub fn end_date(mut self, value: i64) -> Self {
        self.endpoint.end_date = Some(value);
        self
    }
    /// Identifier of a project to count for; all projects when left out (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.project_key = Some(value.into());
        self
    }
}
/// The call of [`Client::get_deploy_statistics`](crate::Client::get_deploy_statistics) (`GET /openapi/statistics/deploy`) on either client.
pub type GetDeployStatistics<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetDeployStatistics,
>;
impl<M> GetDeployStatistics<'_, M> {
    /// Start of the range of the weekly breakdown, as a Unix timestamp in seconds (query `startDate`). Server default: `0`.
    pub fn start_date(mut self, value: i64) -> Self {
        self.endpoint.start_date = Some(value);
        self
    }
    /// End of the range of the weekly breakdown, as a Unix timestamp in seconds (query `endDate`). Server default: `0`.
    pub fn end_date(mut self, value: i64) -> Self {
        self.endpoint.end_date = Some(value);
        self
    }
    /// Identifier of a project to count for; all projects when left out (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.project_key = Some(value.into());
        self
    }
}
/// The call of [`Client::get_test_statistics`](crate::Client::get_test_statistics) (`GET /openapi/statistics/test`) on either client.
pub type GetTestStatistics<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetTestStatistics,
>;
impl<M> GetTestStatistics<'_, M> {
    /// Start of the range, as a Unix timestamp in seconds (query `startDate`). Server default: `0`.
    pub fn start_date(mut self, value: i64) -> Self {
        self.endpoint.start_date = Some(value);
        self
    }
    /// End of the range, as a Unix timestamp in seconds (query `endDate`). Server default: `0`.
    pub fn end_date(mut self, value: i64) -> Self {
        self.endpoint.end_date = Some(value);
        self
    }
    /// Identifier of a project to count for; all projects when left out (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.project_key = Some(value.into());
        self
    }
}
/// The call of [`Client::get_release_statistics`](crate::Client::get_release_statistics) (`GET /openapi/statistics/v2/release`) on either client.
pub type GetReleaseStatistics<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetReleaseStatistics,
>;
impl<M> GetReleaseStatistics<'_, M> {
    /// Identifier of a project to count for; all projects when left out (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.project_key = Some(value.into());
        self
    }
}
/// The call of [`Client::get_rollback_statistics_detail`](crate::Client::get_rollback_statistics_detail) (`GET /openapi/statistics/v2/rollback/detail`) on either client.
pub type GetRollbackStatisticsDetail<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetRollbackStatisticsDetail,
>;
impl<M> GetRollbackStatisticsDetail<'_, M> {
    /// Identifier of a project to list for; all projects when left out (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.project_key = Some(value.into());
        self
    }
    /// Name of an environment to list for; all environments when left out (query `envName`).
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.env_name = Some(value.into());
        self
    }
    /// Name of a service to list for; all services when left out (query `serviceName`).
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.service_name = Some(value.into());
        self
    }
    /// 1-based page number (query `pageNum`).
    pub fn page_num(mut self, value: i64) -> Self {
        self.endpoint.page_num = Some(value);
        self
    }
}
