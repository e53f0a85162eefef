// @generated from spec/insight.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Performance insights API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
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
            options: CallOptions::default(),
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
            start_date: None,
            end_date: None,
            project_key: None,
            options: CallOptions::default(),
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
            start_date: None,
            end_date: None,
            project_key: None,
            options: CallOptions::default(),
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
            start_date: None,
            end_date: None,
            project_key: None,
            options: CallOptions::default(),
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
            start_time,
            end_time,
            project_key: None,
            options: CallOptions::default(),
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
    /// Returns the decoded [`RollbackStatDetail`](crate::types::RollbackStatDetail). The builder's [`items`](crate::requests::GetRollbackStatisticsDetail::items) walks every page.
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
            start_time,
            end_time,
            page_size,
            project_key: None,
            env_name: None,
            service_name: None,
            page_num: None,
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::get_statistics_overview`](crate::Client::get_statistics_overview): `GET /openapi/statistics/overview`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetStatisticsOverview<'a> {
    client: &'a crate::Client,
    options: CallOptions,
}
impl<'a> GetStatisticsOverview<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`StatisticsOverview`](crate::types::StatisticsOverview).
    ///
    /// # Errors
    ///
    /// See [`Client::get_statistics_overview`](crate::Client::get_statistics_overview).
    pub async fn send(self) -> crate::Result<crate::types::StatisticsOverview> {
        let request = Request::new(
            "get_statistics_overview",
            reqwest::Method::GET,
            "/openapi/statistics/overview",
        );
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_build_statistics`](crate::Client::get_build_statistics): `GET /openapi/statistics/build`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetBuildStatistics<'a> {
    client: &'a crate::Client,
    start_date: Option<i64>,
    end_date: Option<i64>,
    project_key: Option<String>,
    options: CallOptions,
}
impl<'a> GetBuildStatistics<'a> {
    /// Start of the range, as a Unix timestamp in seconds. 0 (the default) means no range: all builds are counted and `endDate` is ignored (query `startDate`). Server default: `0`.
    pub fn start_date(mut self, value: i64) -> Self {
        self.start_date = Some(value);
        self
    }
    /// End of the range, as a Unix timestamp in seconds; give it whenever `startDate` is set (query `endDate`). Server default: `0`.
    pub fn end_date(mut self, value: i64) -> Self {
        self.end_date = Some(value);
        self
    }
    /// Identifier of a project to count for; all projects when left out (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`BuildStatistics`](crate::types::BuildStatistics).
    ///
    /// # Errors
    ///
    /// See [`Client::get_build_statistics`](crate::Client::get_build_statistics).
    pub async fn send(self) -> crate::Result<crate::types::BuildStatistics> {
        let mut request = Request::new(
            "get_build_statistics",
            reqwest::Method::GET,
            "/openapi/statistics/build",
        );
        if let Some(value) = &self.start_date {
            request.query("startDate", value);
        }
        if let Some(value) = &self.end_date {
            request.query("endDate", value);
        }
        if let Some(value) = &self.project_key {
            request.query("projectKey", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_deploy_statistics`](crate::Client::get_deploy_statistics): `GET /openapi/statistics/deploy`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetDeployStatistics<'a> {
    client: &'a crate::Client,
    start_date: Option<i64>,
    end_date: Option<i64>,
    project_key: Option<String>,
    options: CallOptions,
}
impl<'a> GetDeployStatistics<'a> {
    /// Start of the range of the weekly breakdown, as a Unix timestamp in seconds (query `startDate`). Server default: `0`.
    pub fn start_date(mut self, value: i64) -> Self {
        self.start_date = Some(value);
        self
    }
    /// End of the range of the weekly breakdown, as a Unix timestamp in seconds (query `endDate`). Server default: `0`.
    pub fn end_date(mut self, value: i64) -> Self {
        self.end_date = Some(value);
        self
    }
    /// Identifier of a project to count for; all projects when left out (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`DeployStatistics`](crate::types::DeployStatistics).
    ///
    /// # Errors
    ///
    /// See [`Client::get_deploy_statistics`](crate::Client::get_deploy_statistics).
    pub async fn send(self) -> crate::Result<crate::types::DeployStatistics> {
        let mut request = Request::new(
            "get_deploy_statistics",
            reqwest::Method::GET,
            "/openapi/statistics/deploy",
        );
        if let Some(value) = &self.start_date {
            request.query("startDate", value);
        }
        if let Some(value) = &self.end_date {
            request.query("endDate", value);
        }
        if let Some(value) = &self.project_key {
            request.query("projectKey", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_test_statistics`](crate::Client::get_test_statistics): `GET /openapi/statistics/test`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetTestStatistics<'a> {
    client: &'a crate::Client,
    start_date: Option<i64>,
    end_date: Option<i64>,
    project_key: Option<String>,
    options: CallOptions,
}
impl<'a> GetTestStatistics<'a> {
    /// Start of the range, as a Unix timestamp in seconds (query `startDate`). Server default: `0`.
    pub fn start_date(mut self, value: i64) -> Self {
        self.start_date = Some(value);
        self
    }
    /// End of the range, as a Unix timestamp in seconds (query `endDate`). Server default: `0`.
    pub fn end_date(mut self, value: i64) -> Self {
        self.end_date = Some(value);
        self
    }
    /// Identifier of a project to count for; all projects when left out (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`TestStatistics`](crate::types::TestStatistics).
    ///
    /// # Errors
    ///
    /// See [`Client::get_test_statistics`](crate::Client::get_test_statistics).
    pub async fn send(self) -> crate::Result<crate::types::TestStatistics> {
        let mut request = Request::new(
            "get_test_statistics",
            reqwest::Method::GET,
            "/openapi/statistics/test",
        );
        if let Some(value) = &self.start_date {
            request.query("startDate", value);
        }
        if let Some(value) = &self.end_date {
            request.query("endDate", value);
        }
        if let Some(value) = &self.project_key {
            request.query("projectKey", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_release_statistics`](crate::Client::get_release_statistics): `GET /openapi/statistics/v2/release`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetReleaseStatistics<'a> {
    client: &'a crate::Client,
    start_time: i64,
    end_time: i64,
    project_key: Option<String>,
    options: CallOptions,
}
impl<'a> GetReleaseStatistics<'a> {
    /// Identifier of a project to count for; all projects when left out (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`ReleaseStatistics`](crate::types::ReleaseStatistics).
    ///
    /// # Errors
    ///
    /// See [`Client::get_release_statistics`](crate::Client::get_release_statistics).
    pub async fn send(self) -> crate::Result<crate::types::ReleaseStatistics> {
        let mut request = Request::new(
            "get_release_statistics",
            reqwest::Method::GET,
            "/openapi/statistics/v2/release",
        );
        request.query("startTime", &self.start_time);
        request.query("endTime", &self.end_time);
        if let Some(value) = &self.project_key {
            request.query("projectKey", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_rollback_statistics_detail`](crate::Client::get_rollback_statistics_detail): `GET /openapi/statistics/v2/rollback/detail`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetRollbackStatisticsDetail<'a> {
    client: &'a crate::Client,
    start_time: i64,
    end_time: i64,
    page_size: i64,
    project_key: Option<String>,
    env_name: Option<String>,
    service_name: Option<String>,
    page_num: Option<i64>,
    options: CallOptions,
}
impl<'a> GetRollbackStatisticsDetail<'a> {
    /// Identifier of a project to list for; all projects when left out (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Name of an environment to list for; all environments when left out (query `envName`).
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = Some(value.into());
        self
    }
    /// Name of a service to list for; all services when left out (query `serviceName`).
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// 1-based page number (query `pageNum`).
    pub fn page_num(mut self, value: i64) -> Self {
        self.page_num = Some(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Every item across all pages, fetched lazily one page at a time.
    ///
    /// Starts at the page set with [`page_num`](Self::page_num) (default 1) and stops at the reported total, at an empty page, or at a short page. Each page is one call with this builder's settings; an error ends the stream after it is yielded.
    pub fn items(self) -> crate::Paginated<'a, crate::types::RollbackRecord> {
        let first_page = self.page_num.unwrap_or(1);
        let page_size = self.page_size;
        crate::Paginated::new(
            first_page,
            page_size,
            move |page| {
                let mut request = self.clone();
                request.page_num = Some(page);
                Box::pin(async move {
                    let response = request.send().await?;
                    Ok(crate::runtime::pagination::Page {
                        total: Some(response.total),
                        items: response.data,
                    })
                })
            },
        )
    }
    /// Sends the request and returns the decoded [`RollbackStatDetail`](crate::types::RollbackStatDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_rollback_statistics_detail`](crate::Client::get_rollback_statistics_detail).
    pub async fn send(self) -> crate::Result<crate::types::RollbackStatDetail> {
        let mut request = Request::new(
            "get_rollback_statistics_detail",
            reqwest::Method::GET,
            "/openapi/statistics/v2/rollback/detail",
        );
        request.query("startTime", &self.start_time);
        request.query("endTime", &self.end_time);
        if let Some(value) = &self.project_key {
            request.query("projectKey", value);
        }
        if let Some(value) = &self.env_name {
            request.query("envName", value);
        }
        if let Some(value) = &self.service_name {
            request.query("serviceName", value);
        }
        if let Some(value) = &self.page_num {
            request.query("pageNum", value);
        }
        request.query("pageSize", &self.page_size);
        self.client.send_json(request, self.options).await
    }
}
