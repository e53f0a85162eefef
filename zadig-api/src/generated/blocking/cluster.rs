// @generated from spec/cluster.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Cluster API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Lists the connected clusters.
    ///
    /// `GET /openapi/system/cluster`
    ///
    /// Optional query parameters are setters on [`ListClusters`]:
    /// - `project_key`: Identifier of a project; only the clusters that project may use are listed. All clusters when left out.
    ///
    /// Returns the decoded list of [`OpenApiCluster`](crate::types::OpenApiCluster).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/cluster/#list-cluster-information>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_clusters(&self) -> ListClusters<'_> {
        ListClusters {
            client: self,
            inner: self.as_async().list_clusters(),
        }
    }
    /// Connects a new cluster.
    ///
    /// `POST /openapi/system/cluster`
    ///
    /// For an `agent` cluster, run the returned `agent_cmd` in the cluster to finish connecting it. Only system administrators may call this.
    ///
    /// Arguments:
    /// - `body`: Name, provider, connection type and allowed projects of the cluster.
    ///
    /// Returns the decoded [`OpenApiCreateClusterResponse`](crate::types::OpenApiCreateClusterResponse).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/cluster/#create-cluster>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_cluster(
        &self,
        body: crate::types::OpenApiCreateClusterRequest,
    ) -> CreateCluster<'_> {
        CreateCluster {
            client: self,
            inner: self.as_async().create_cluster(body),
        }
    }
    /// Changes the name, description and allowed projects of a cluster.
    ///
    /// `PUT /openapi/system/cluster/{id}`
    ///
    /// Only `name`, `description` and `project_names` of the body are applied; the other fields are ignored. The project list replaces the current one. Only system administrators may call this.
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the cluster.
    /// - `body`: The cluster's new name, description and allowed projects.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/cluster/#update-specified-cluster>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_cluster(
        &self,
        id: impl Into<String>,
        body: crate::types::OpenApiCluster,
    ) -> UpdateCluster<'_> {
        UpdateCluster {
            client: self,
            inner: self.as_async().update_cluster(id, body),
        }
    }
    /// Removes a cluster.
    ///
    /// `DELETE /openapi/system/cluster/{id}`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the cluster.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/cluster/#delete-specified-cluster>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_cluster(&self, id: impl Into<String>) -> DeleteCluster<'_> {
        DeleteCluster {
            client: self,
            inner: self.as_async().delete_cluster(id),
        }
    }
    /// Tells whether Istio is installed in a cluster.
    ///
    /// `GET /openapi/cluster/istio/check/{id}`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the cluster.
    ///
    /// Returns the decoded JSON value.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/cluster/#check-cluster-istio-installation>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn check_cluster_istio(&self, id: impl Into<String>) -> CheckClusterIstio<'_> {
        CheckClusterIstio {
            client: self,
            inner: self.as_async().check_cluster_istio(id),
        }
    }
}
/// Blocking request builder for [`blocking::Client::list_clusters`](crate::blocking::Client::list_clusters): `GET /openapi/system/cluster`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListClusters<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListClusters<'a>,
}
impl<'a> ListClusters<'a> {
    /// Sets the optional query parameter `projectName`; see [`requests::ListClusters::project_key`](crate::requests::ListClusters::project_key).
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
    /// See [`Client::list_clusters`](crate::Client::list_clusters); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<Vec<crate::types::OpenApiCluster>> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_cluster`](crate::blocking::Client::create_cluster): `POST /openapi/system/cluster`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateCluster<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateCluster<'a>,
}
impl<'a> CreateCluster<'a> {
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
    /// See [`Client::create_cluster`](crate::Client::create_cluster); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::OpenApiCreateClusterResponse> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_cluster`](crate::blocking::Client::update_cluster): `PUT /openapi/system/cluster/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateCluster<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateCluster<'a>,
}
impl<'a> UpdateCluster<'a> {
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
    /// See [`Client::update_cluster`](crate::Client::update_cluster); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_cluster`](crate::blocking::Client::delete_cluster): `DELETE /openapi/system/cluster/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteCluster<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteCluster<'a>,
}
impl<'a> DeleteCluster<'a> {
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
    /// See [`Client::delete_cluster`](crate::Client::delete_cluster); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::check_cluster_istio`](crate::blocking::Client::check_cluster_istio): `GET /openapi/cluster/istio/check/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CheckClusterIstio<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CheckClusterIstio<'a>,
}
impl<'a> CheckClusterIstio<'a> {
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
    /// See [`Client::check_cluster_istio`](crate::Client::check_cluster_istio); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<bool> {
        self.client.block_on(self.inner.send())
    }
}
