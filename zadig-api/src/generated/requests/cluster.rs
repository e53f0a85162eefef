// @generated from spec/cluster.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Cluster API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
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
            project_key: None,
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
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
            id: id.into(),
            body,
            options: CallOptions::default(),
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
            id: id.into(),
            options: CallOptions::default(),
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
            id: id.into(),
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::list_clusters`](crate::Client::list_clusters): `GET /openapi/system/cluster`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListClusters<'a> {
    client: &'a crate::Client,
    project_key: Option<String>,
    options: CallOptions,
}
impl<'a> ListClusters<'a> {
    /// Identifier of a project; only the clusters that project may use are listed. All clusters when left out (query `projectName`).
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
    /// Sends the request and returns the decoded list of [`OpenApiCluster`](crate::types::OpenApiCluster).
    ///
    /// # Errors
    ///
    /// See [`Client::list_clusters`](crate::Client::list_clusters).
    pub async fn send(self) -> crate::Result<Vec<crate::types::OpenApiCluster>> {
        let mut request = Request::new(
            "list_clusters",
            reqwest::Method::GET,
            "/openapi/system/cluster",
        );
        if let Some(value) = &self.project_key {
            request.query("projectName", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_cluster`](crate::Client::create_cluster): `POST /openapi/system/cluster`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateCluster<'a> {
    client: &'a crate::Client,
    body: crate::types::OpenApiCreateClusterRequest,
    options: CallOptions,
}
impl<'a> CreateCluster<'a> {
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
    /// Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since
    /// repeating it may repeat its effect; opt in only when that is safe.
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
    /// Sends the request and returns the decoded [`OpenApiCreateClusterResponse`](crate::types::OpenApiCreateClusterResponse).
    ///
    /// # Errors
    ///
    /// See [`Client::create_cluster`](crate::Client::create_cluster).
    pub async fn send(
        self,
    ) -> crate::Result<crate::types::OpenApiCreateClusterResponse> {
        let mut request = Request::new(
            "create_cluster",
            reqwest::Method::POST,
            "/openapi/system/cluster",
        );
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::update_cluster`](crate::Client::update_cluster): `PUT /openapi/system/cluster/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateCluster<'a> {
    client: &'a crate::Client,
    id: String,
    body: crate::types::OpenApiCluster,
    options: CallOptions,
}
impl<'a> UpdateCluster<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::update_cluster`](crate::Client::update_cluster).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_cluster",
            reqwest::Method::PUT,
            "/openapi/system/cluster/{id}",
        );
        request.path_param("id", &self.id);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_cluster`](crate::Client::delete_cluster): `DELETE /openapi/system/cluster/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteCluster<'a> {
    client: &'a crate::Client,
    id: String,
    options: CallOptions,
}
impl<'a> DeleteCluster<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_cluster`](crate::Client::delete_cluster).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_cluster",
            reqwest::Method::DELETE,
            "/openapi/system/cluster/{id}",
        );
        request.path_param("id", &self.id);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::check_cluster_istio`](crate::Client::check_cluster_istio): `GET /openapi/cluster/istio/check/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CheckClusterIstio<'a> {
    client: &'a crate::Client,
    id: String,
    options: CallOptions,
}
impl<'a> CheckClusterIstio<'a> {
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
    /// Sends the request and returns the decoded JSON value.
    ///
    /// # Errors
    ///
    /// See [`Client::check_cluster_istio`](crate::Client::check_cluster_istio).
    pub async fn send(self) -> crate::Result<bool> {
        let mut request = Request::new(
            "check_cluster_istio",
            reqwest::Method::GET,
            "/openapi/cluster/istio/check/{id}",
        );
        request.path_param("id", &self.id);
        self.client.send_json(request, self.options).await
    }
}
