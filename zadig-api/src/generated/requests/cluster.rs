// @generated from spec/cluster.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Cluster API.
#[cfg_attr(docsrs, doc(cfg(feature = "cluster")))]
impl<M> crate::GenericClient<M> {
    /// Lists the connected clusters.
    ///
    /// `GET /openapi/system/cluster`
    ///
    /// Optional query parameters: [`project_key`](ListClusters::project_key).
    ///
    /// `send()` returns the decoded list of [`OpenApiCluster`](crate::types::OpenApiCluster).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/cluster/#list-cluster-information>
    pub fn list_clusters(&self) -> ListClusters<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListClusters {
                project_key: None,
            },
        )
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
    /// `send()` returns the decoded [`OpenApiCreateClusterResponse`](crate::types::OpenApiCreateClusterResponse).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/cluster/#create-cluster>
    pub fn create_cluster(
        &self,
        body: crate::types::OpenApiCreateClusterRequest,
    ) -> CreateCluster<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateCluster {
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/cluster/#update-specified-cluster>
    pub fn update_cluster(
        &self,
        id: impl Into<String>,
        body: crate::types::OpenApiCluster,
    ) -> UpdateCluster<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateCluster {
                id: id.into(),
                body,
            },
        )
    }
    /// Removes a cluster.
    ///
    /// `DELETE /openapi/system/cluster/{id}`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the cluster.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/cluster/#delete-specified-cluster>
    pub fn delete_cluster(&self, id: impl Into<String>) -> DeleteCluster<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteCluster {
                id: id.into(),
            },
        )
    }
    /// Tells whether Istio is installed in a cluster.
    ///
    /// `GET /openapi/cluster/istio/check/{id}`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the cluster.
    ///
    /// `send()` returns the decoded JSON value.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/cluster/#check-cluster-istio-installation>
    pub fn check_cluster_istio(
        &self,
        id: impl Into<String>,
    ) -> CheckClusterIstio<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CheckClusterIstio {
                id: id.into(),
            },
        )
    }
}
/// The call of [`Client::list_clusters`](crate::Client::list_clusters) (`GET /openapi/system/cluster`) on either client.
pub type ListClusters<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListClusters,
>;
impl<M> ListClusters<'_, M> {
    /// Identifier of a project; only the clusters that project may use are listed. All clusters when left out (query `projectName`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.project_key = Some(value.into());
        self
    }
}
/// The call of [`Client::create_cluster`](crate::Client::create_cluster) (`POST /openapi/system/cluster`) on either client.
pub type CreateCluster<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateCluster,
>;
/// The call of [`Client::update_cluster`](crate::Client::update_cluster) (`PUT /openapi/system/cluster/{id}`) on either client.
pub type UpdateCluster<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateCluster,
>;
/// The call of [`Client::delete_cluster`](crate::Client::delete_cluster) (`DELETE /openapi/system/cluster/{id}`) on either client.
pub type DeleteCluster<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteCluster,
>;
/// The call of [`Client::check_cluster_istio`](crate::Client::check_cluster_istio) (`GET /openapi/cluster/istio/check/{id}`) on either client.
pub type CheckClusterIstio<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CheckClusterIstio,
>;
