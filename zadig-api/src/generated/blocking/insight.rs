// @generated from spec/insight.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Performance insights API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Reads how many projects, clusters, services, workflows, environments and artifacts exist.
    ///
    /// `GET /openapi/statistics/overview`
    ///
    /// Returns the decoded [`StatisticsOverview`](crate::types::StatisticsOverview).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/insight/#data-overview>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_statistics_overview(&self) -> GetStatisticsOverview<'_> {
        GetStatisticsOverview {
            client: self,
            inner: self.as_async().get_statistics_overview(),
        }
    }
    /// Reads build counts for a time range, in total and per day.
    ///
    /// `GET /openapi/statistics/build`
    ///
    /// Optional query parameters are setters on [`GetBuildStatistics`]:
    /// - `start_date`: Start of the range, as a Unix timestamp in seconds. 0 (the default) means no range: all builds are counted and `endDate` is ignored. (server default: `0`)
    /// - `end_date`: End of the range, as a Unix timestamp in seconds; give it whenever `startDate` is set. (server default: `0`)
    /// - `project_key`: Identifier of a project to count for; all projects when left out.
    ///
    /// Returns the decoded [`BuildStatistics`](crate::types::BuildStatistics).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/insight/#build-data-statistics>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_build_statistics(&self) -> GetBuildStatistics<'_> {
        GetBuildStatistics {
            client: self,
            inner: self.as_async().get_build_statistics(),
        }
    }
    /// Reads deployment counts, in total and per week of a time range.
    ///
    /// `GET /openapi/statistics/deploy`
    ///
    /// Optional query parameters are setters on [`GetDeployStatistics`]:
    /// - `start_date`: Start of the range of the weekly breakdown, as a Unix timestamp in seconds. (server default: `0`)
    /// - `end_date`: End of the range of the weekly breakdown, as a Unix timestamp in seconds. (server default: `0`)
    /// - `project_key`: Identifier of a project to count for; all projects when left out.
    ///
    /// Returns the decoded [`DeployStatistics`](crate::types::DeployStatistics).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/insight/#deployment-data-statistics>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_deploy_statistics(&self) -> GetDeployStatistics<'_> {
        GetDeployStatistics {
            client: self,
            inner: self.as_async().get_deploy_statistics(),
        }
    }
    /// Reads test counts for a time range, in total and per day.
    ///
    /// `GET /openapi/statistics/test`
    ///
    /// Optional query parameters are setters on [`GetTestStatistics`]:
    /// - `start_date`: Start of the range, as a Unix timestamp in seconds. (server default: `0`)
    /// - `end_date`: End of the range, as a Unix timestamp in seconds. (server default: `0`)
    /// - `project_key`: Identifier of a project to count for; all projects when left out.
    ///
    /// Returns the decoded [`TestStatistics`](crate::types::TestStatistics).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/insight/#test-data-statistics>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_test_statistics(&self) -> GetTestStatistics<'_> {
        GetTestStatistics {
            client: self,
            inner: self.as_async().get_test_statistics(),
        }
    }
    /// Reads production release counts for a time range, in total and per day.
    ///
    /// `GET /openapi/statistics/v2/release`
    ///
    /// Arguments:
    /// - `start_time` (query `startTime`): Start of the range, as a Unix timestamp in seconds; must not be 0.
    /// - `end_time` (query `endTime`): End of the range, as a Unix timestamp in seconds; not before `startTime` and at most 365 days after it.
    ///
    /// Optional query parameters are setters on [`GetReleaseStatistics`]:
    /// - `project_key`: Identifier of a project to count for; all projects when left out.
    ///
    /// Returns the decoded [`ReleaseStatistics`](crate::types::ReleaseStatistics).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/insight/#production-environment-release-data-statistics>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_release_statistics(
        &self,
        start_time: i64,
        end_time: i64,
    ) -> GetReleaseStatistics<'_> {
        GetReleaseStatistics {
            client: self,
            inner: self.as_async().get_release_statistics(start_time, end_time),
        }
    }
    /// Lists the rollbacks of services in a time range, a page at a time.
    ///
    /// `GET /openapi/statistics/v2/rollback/detail`
    ///
    /// Each record gives the service (or SAE application) before and after the rollback, who did it and when; the service fields are null for SAE environments and the SAE fields null for Zadig environments. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `start_time` (query `startTime`): Start of the range, as a Unix timestamp in seconds; must not be 0.
    /// - `end_time` (query `endTime`): End of the range, as a Unix timestamp in seconds; not before `startTime` and at most 365 days after it.
    /// - `page_size` (query `pageSize`): Number of records per page; must not be 0.
    ///
    /// Optional query parameters are setters on [`GetRollbackStatisticsDetail`]:
    /// - `project_key`: Identifier of a project to list for; all projects when left out.
    /// - `env_name`: Name of an environment to list for; all environments when left out.
    /// - `service_name`: Name of a service to list for; all services when left out.
    /// - `page_num`: 1-based page number.
    ///
    /// Returns the decoded [`RollbackStatDetail`](crate::types::RollbackStatDetail). The builder's [`items`](crate::blocking::requests::GetRollbackStatisticsDetail::items) walks every page.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `18278c71646c`, and may change without notice in a release.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_rollback_statistics_detail(
        &self,
        start_time: i64,
        end_time: i64,
        page_size: i64,
    ) -> GetRollbackStatisticsDetail<'_> {
        GetRollbackStatisticsDetail {
            client: self,
            inner: self
                .as_async()
                .get_rollback_statistics_detail(start_time, end_time, page_size),
        }
    }
}
/// Blocking request builder for [`blocking::Client::get_statistics_overview`](crate::blocking::Client::get_statistics_overview): `GET /openapi/statistics/overview`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetStatisticsOverview<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetStatisticsOverview<'a>,
}
impl<'a> GetStatisticsOverview<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_statistics_overview`](crate::Client::get_statistics_overview); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::StatisticsOverview> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_build_statistics`](crate::blocking::Client::get_build_statistics): `GET /openapi/statistics/build`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetBuildStatistics<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetBuildStatistics<'a>,
}
impl<'a> GetBuildStatistics<'a> {
    /// Sets the optional query parameter `startDate`; see [`requests::GetBuildStatistics::start_date`](crate::requests::GetBuildStatistics::start_date).
    pub fn start_date(mut self, value: i64) -> Self {
        self.inner = self.inner.start_date(value);
        self
    }
    /// Sets the optional query parameter `endDate`; see [`requests::GetBuildStatistics::end_date`](crate::requests::GetBuildStatistics::end_date).
    pub fn end_date(mut self, value: i64) -> Self {
        self.inner = self.inner.end_date(value);
        self
    }
    /// Sets the optional query parameter `projectKey`; see [`requests::GetBuildStatistics::project_key`](crate::requests::GetBuildStatistics::project_key).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.project_key(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_build_statistics`](crate::Client::get_build_statistics); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::BuildStatistics> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_deploy_statistics`](crate::blocking::Client::get_deploy_statistics): `GET /openapi/statistics/deploy`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetDeployStatistics<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetDeployStatistics<'a>,
}
impl<'a> GetDeployStatistics<'a> {
    /// Sets the optional query parameter `startDate`; see [`requests::GetDeployStatistics::start_date`](crate::requests::GetDeployStatistics::start_date).
    pub fn start_date(mut self, value: i64) -> Self {
        self.inner = self.inner.start_date(value);
        self
    }
    /// Sets the optional query parameter `endDate`; see [`requests::GetDeployStatistics::end_date`](crate::requests::GetDeployStatistics::end_date).
    pub fn end_date(mut self, value: i64) -> Self {
        self.inner = self.inner.end_date(value);
        self
    }
    /// Sets the optional query parameter `projectKey`; see [`requests::GetDeployStatistics::project_key`](crate::requests::GetDeployStatistics::project_key).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.project_key(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_deploy_statistics`](crate::Client::get_deploy_statistics); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::DeployStatistics> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_test_statistics`](crate::blocking::Client::get_test_statistics): `GET /openapi/statistics/test`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetTestStatistics<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetTestStatistics<'a>,
}
impl<'a> GetTestStatistics<'a> {
    /// Sets the optional query parameter `startDate`; see [`requests::GetTestStatistics::start_date`](crate::requests::GetTestStatistics::start_date).
    pub fn start_date(mut self, value: i64) -> Self {
        self.inner = self.inner.start_date(value);
        self
    }
    /// Sets the optional query parameter `endDate`; see [`requests::GetTestStatistics::end_date`](crate::requests::GetTestStatistics::end_date).
    pub fn end_date(mut self, value: i64) -> Self {
        self.inner = self.inner.end_date(value);
        self
    }
    /// Sets the optional query parameter `projectKey`; see [`requests::GetTestStatistics::project_key`](crate::requests::GetTestStatistics::project_key).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.project_key(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_test_statistics`](crate::Client::get_test_statistics); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::TestStatistics> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_release_statistics`](crate::blocking::Client::get_release_statistics): `GET /openapi/statistics/v2/release`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetReleaseStatistics<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetReleaseStatistics<'a>,
}
impl<'a> GetReleaseStatistics<'a> {
    /// Sets the optional query parameter `projectKey`; see [`requests::GetReleaseStatistics::project_key`](crate::requests::GetReleaseStatistics::project_key).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.project_key(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_release_statistics`](crate::Client::get_release_statistics); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ReleaseStatistics> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_rollback_statistics_detail`](crate::blocking::Client::get_rollback_statistics_detail): `GET /openapi/statistics/v2/rollback/detail`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetRollbackStatisticsDetail<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetRollbackStatisticsDetail<'a>,
}
impl<'a> GetRollbackStatisticsDetail<'a> {
    /// Sets the optional query parameter `projectKey`; see [`requests::GetRollbackStatisticsDetail::project_key`](crate::requests::GetRollbackStatisticsDetail::project_key).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.project_key(value);
        self
    }
    /// Sets the optional query parameter `envName`; see [`requests::GetRollbackStatisticsDetail::env_name`](crate::requests::GetRollbackStatisticsDetail::env_name).
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.env_name(value);
        self
    }
    /// Sets the optional query parameter `serviceName`; see [`requests::GetRollbackStatisticsDetail::service_name`](crate::requests::GetRollbackStatisticsDetail::service_name).
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.service_name(value);
        self
    }
    /// Sets the optional query parameter `pageNum`; see [`requests::GetRollbackStatisticsDetail::page_num`](crate::requests::GetRollbackStatisticsDetail::page_num).
    pub fn page_num(mut self, value: i64) -> Self {
        self.inner = self.inner.page_num(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Every item across all pages, fetched lazily one page at a time; see
    /// the async builder's `items`.
    pub fn items(
        self,
    ) -> crate::blocking::PaginatedIter<'a, crate::types::RollbackRecord> {
        crate::blocking::PaginatedIter::new(self.inner.items(), self.client)
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_rollback_statistics_detail`](crate::Client::get_rollback_statistics_detail); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::RollbackStatDetail> {
        self.client.block_on(self.inner.send())
    }
}
