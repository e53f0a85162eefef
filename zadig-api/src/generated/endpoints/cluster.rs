// @generated from spec/cluster.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Cluster API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::list_clusters`](crate::Client::list_clusters), with its route.
#[derive(Debug, Clone)]
pub struct ListClusters {
    pub(crate) project_key: Option<String>,
}
static LIST_CLUSTERS: Route = Route::new(
    "list_clusters",
    reqwest::Method::GET,
    "/openapi/system/cluster",
    &["projectName"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListClusters {
    type Answer = crate::call::Json<Vec<crate::types::OpenApiCluster>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_CLUSTERS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query_opt("projectName", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::create_cluster`](crate::Client::create_cluster), with its route.
#[derive(Debug, Clone)]
pub struct CreateCluster {
    pub(crate) body: crate::types::OpenApiCreateClusterRequest,
}
static CREATE_CLUSTER: Route = Route::new(
    "create_cluster",
    reqwest::Method::POST,
    "/openapi/system/cluster",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateCluster {
    type Answer = crate::call::Json<crate::types::OpenApiCreateClusterResponse>;
    type Body = crate::types::OpenApiCreateClusterRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_CLUSTER
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::OpenApiCreateClusterRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_cluster`](crate::Client::update_cluster), with its route.
#[derive(Debug, Clone)]
pub struct UpdateCluster {
    pub(crate) id: String,
    pub(crate) body: crate::types::OpenApiCluster,
}
static UPDATE_CLUSTER: Route = Route::new(
    "update_cluster",
    reqwest::Method::PUT,
    "/openapi/system/cluster/{id}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateCluster {
    type Answer = crate::call::Message;
    type Body = crate::types::OpenApiCluster;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_CLUSTER
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("id", &self.id);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::OpenApiCluster> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::delete_cluster`](crate::Client::delete_cluster), with its route.
#[derive(Debug, Clone)]
pub struct DeleteCluster {
    pub(crate) id: String,
}
static DELETE_CLUSTER: Route = Route::new(
    "delete_cluster",
    reqwest::Method::DELETE,
    "/openapi/system/cluster/{id}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteCluster {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_CLUSTER
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("id", &self.id);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::check_cluster_istio`](crate::Client::check_cluster_istio), with its route.
#[derive(Debug, Clone)]
pub struct CheckClusterIstio {
    pub(crate) id: String,
}
static CHECK_CLUSTER_ISTIO: Route = Route::new(
    "check_cluster_istio",
    reqwest::Method::GET,
    "/openapi/cluster/istio/check/{id}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CheckClusterIstio {
    type Answer = crate::call::Json<bool>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &CHECK_CLUSTER_ISTIO
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("id", &self.id);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
