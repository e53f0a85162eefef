// @generated from spec/cluster.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Cluster endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{Endpoint, JsonAnswer, JsonBody, MessageAnswer, sealed::Sealed};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `GET /openapi/system/cluster` calls (`list_clusters`): Lists the connected clusters
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_clusters(&self) -> Expect<'_, ListClusters> {
        self.expect()
    }
    /// Expects `POST /openapi/system/cluster` calls (`create_cluster`): Connects a new cluster
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_cluster(&self) -> Expect<'_, CreateCluster> {
        self.expect()
    }
    /// Expects `PUT /openapi/system/cluster/{id}` calls (`update_cluster`): Changes the name, description and allowed projects of a cluster
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_cluster(&self) -> Expect<'_, UpdateCluster> {
        self.expect()
    }
    /// Expects `DELETE /openapi/system/cluster/{id}` calls (`delete_cluster`): Removes a cluster
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_cluster(&self) -> Expect<'_, DeleteCluster> {
        self.expect()
    }
    /// Expects `GET /openapi/cluster/istio/check/{id}` calls (`check_cluster_istio`): Tells whether Istio is installed in a cluster
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn check_cluster_istio(&self) -> Expect<'_, CheckClusterIstio> {
        self.expect()
    }
}
/// The `list_clusters` endpoint (`GET /openapi/system/cluster`, `Client::list_clusters`): the type of its expectation, [`Expect<ListClusters>`](crate::Expect), which [`MockZadig::list_clusters`] returns.
pub enum ListClusters {}
impl Sealed for ListClusters {}
impl Endpoint for ListClusters {
    const ID: &'static str = "list_clusters";
}
impl JsonAnswer for ListClusters {
    type Response = Vec<crate::types::OpenApiCluster>;
}
impl Expect<'_, ListClusters> {
    /// Matches only calls whose query parameter `projectName` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectName", &value)
    }
    /// Matches only calls that do not send the query parameter `projectName`.
    pub fn without_project_key(self) -> Self {
        self.match_query_absent("projectName")
    }
}
/// The `create_cluster` endpoint (`POST /openapi/system/cluster`, `Client::create_cluster`): the type of its expectation, [`Expect<CreateCluster>`](crate::Expect), which [`MockZadig::create_cluster`] returns.
pub enum CreateCluster {}
impl Sealed for CreateCluster {}
impl Endpoint for CreateCluster {
    const ID: &'static str = "create_cluster";
}
impl JsonAnswer for CreateCluster {
    type Response = crate::types::OpenApiCreateClusterResponse;
}
impl JsonBody for CreateCluster {
    type Body = crate::types::OpenApiCreateClusterRequest;
}
/// The `update_cluster` endpoint (`PUT /openapi/system/cluster/{id}`, `Client::update_cluster`): the type of its expectation, [`Expect<UpdateCluster>`](crate::Expect), which [`MockZadig::update_cluster`] returns.
pub enum UpdateCluster {}
impl Sealed for UpdateCluster {}
impl Endpoint for UpdateCluster {
    const ID: &'static str = "update_cluster";
}
impl MessageAnswer for UpdateCluster {}
impl JsonBody for UpdateCluster {
    type Body = crate::types::OpenApiCluster;
}
impl Expect<'_, UpdateCluster> {
    /// Matches only calls whose path parameter `id` is `value`.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("id", &value)
    }
}
/// The `delete_cluster` endpoint (`DELETE /openapi/system/cluster/{id}`, `Client::delete_cluster`): the type of its expectation, [`Expect<DeleteCluster>`](crate::Expect), which [`MockZadig::delete_cluster`] returns.
pub enum DeleteCluster {}
impl Sealed for DeleteCluster {}
impl Endpoint for DeleteCluster {
    const ID: &'static str = "delete_cluster";
}
impl MessageAnswer for DeleteCluster {}
impl Expect<'_, DeleteCluster> {
    /// Matches only calls whose path parameter `id` is `value`.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("id", &value)
    }
}
/// The `check_cluster_istio` endpoint (`GET /openapi/cluster/istio/check/{id}`, `Client::check_cluster_istio`): the type of its expectation, [`Expect<CheckClusterIstio>`](crate::Expect), which [`MockZadig::check_cluster_istio`] returns.
pub enum CheckClusterIstio {}
impl Sealed for CheckClusterIstio {}
impl Endpoint for CheckClusterIstio {
    const ID: &'static str = "check_cluster_istio";
}
impl JsonAnswer for CheckClusterIstio {
    type Response = bool;
}
impl Expect<'_, CheckClusterIstio> {
    /// Matches only calls whose path parameter `id` is `value`.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("id", &value)
    }
}
