// @generated from spec/insight.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Performance insights API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
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
            options: CallOptions::default(),
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
            options: CallOptions::default(),
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
            options: CallOptions::default(),
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
            options: CallOptions::default(),
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::get_statistics_overview`](crate::Client::get_statistics_overview).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
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
    options: CallOptions,
}
impl<'a> GetBuildStatistics<'a> {
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::get_build_statistics`](crate::Client::get_build_statistics).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let request = Request::new(
            "get_build_statistics",
            reqwest::Method::GET,
            "/openapi/statistics/build",
        );
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
    options: CallOptions,
}
impl<'a> GetDeployStatistics<'a> {
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::get_deploy_statistics`](crate::Client::get_deploy_statistics).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let request = Request::new(
            "get_deploy_statistics",
            reqwest::Method::GET,
            "/openapi/statistics/deploy",
        );
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
    options: CallOptions,
}
impl<'a> GetTestStatistics<'a> {
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::get_test_statistics`](crate::Client::get_test_statistics).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let request = Request::new(
            "get_test_statistics",
            reqwest::Method::GET,
            "/openapi/statistics/test",
        );
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
    options: CallOptions,
}
impl<'a> GetReleaseStatistics<'a> {
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::get_release_statistics`](crate::Client::get_release_statistics).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let request = Request::new(
            "get_release_statistics",
            reqwest::Method::GET,
            "/openapi/statistics/v2/release",
        );
        self.client.send_json(request, self.options).await
    }
}
