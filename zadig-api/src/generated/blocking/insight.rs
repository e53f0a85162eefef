// @generated from spec/insight.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Performance insights API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Reads the summary figures of the platform.
    ///
    /// `GET /openapi/statistics/overview`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
    /// Reads build statistics.
    ///
    /// `GET /openapi/statistics/build`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
    /// Reads deployment statistics.
    ///
    /// `GET /openapi/statistics/deploy`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
    /// Reads test statistics.
    ///
    /// `GET /openapi/statistics/test`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
    /// Reads statistics on releases to production environments.
    ///
    /// `GET /openapi/statistics/v2/release`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
    pub fn get_release_statistics(&self) -> GetReleaseStatistics<'_> {
        GetReleaseStatistics {
            client: self,
            inner: self.as_async().get_release_statistics(),
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
        self.client.block_on(self.inner.send())
    }
}
