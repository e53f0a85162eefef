// @generated from spec/delivery.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Version management API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::list_delivery_versions`](crate::Client::list_delivery_versions), with its route.
#[derive(Debug, Clone)]
pub struct ListDeliveryVersions {
    pub(crate) project_key: String,
    pub(crate) page_num: i64,
    pub(crate) page_size: i64,
}
static LIST_DELIVERY_VERSIONS: Route = Route::new(
    "list_delivery_versions",
    reqwest::Method::GET,
    "/openapi/delivery/releases",
    &["projectKey", "pageNum", "pageSize"],
    crate::release::Availability {
        since: Some(crate::Release::V4_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for ListDeliveryVersions {
    type Answer = crate::call::Json<crate::types::DeliveryVersionList>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_DELIVERY_VERSIONS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
        request.query("pageNum", &self.page_num);
        request.query("pageSize", &self.page_size);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
impl crate::call::Paged for ListDeliveryVersions {
    type Item = crate::types::DeliveryVersionBrief;
    #[inline]
    fn paging(&self) -> (i64, i64) {
        (self.page_num, self.page_size)
    }
    #[inline]
    fn set_page(&mut self, page: i64) {
        self.page_num = page;
    }
    #[inline]
    fn page(
        answer: crate::types::DeliveryVersionList,
    ) -> crate::runtime::pagination::Page<crate::types::DeliveryVersionBrief> {
        crate::runtime::pagination::Page {
            total: answer.total,
            items: answer.list,
        }
    }
}
/// The parameters of [`Client::delete_delivery_version`](crate::Client::delete_delivery_version), with its route.
#[derive(Debug, Clone)]
pub struct DeleteDeliveryVersion {
    pub(crate) project_key: String,
    pub(crate) id: String,
}
static DELETE_DELIVERY_VERSION: Route = Route::new(
    "delete_delivery_version",
    reqwest::Method::DELETE,
    "/openapi/delivery/releases/{id}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteDeliveryVersion {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_DELIVERY_VERSION
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("id", &self.id);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::create_k8s_delivery_version`](crate::Client::create_k8s_delivery_version), with its route.
#[derive(Debug, Clone)]
pub struct CreateK8sDeliveryVersion {
    pub(crate) body: crate::types::K8sDeliveryVersionCreateRequest,
}
static CREATE_K8S_DELIVERY_VERSION: Route = Route::new(
    "create_k8s_delivery_version",
    reqwest::Method::POST,
    "/openapi/delivery/releases/k8s",
    &[],
    crate::release::Availability {
        since: Some(crate::Release::V4_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for CreateK8sDeliveryVersion {
    type Answer = crate::call::Message;
    type Body = crate::types::K8sDeliveryVersionCreateRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_K8S_DELIVERY_VERSION
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::K8sDeliveryVersionCreateRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::create_helm_delivery_version`](crate::Client::create_helm_delivery_version), with its route.
#[derive(Debug, Clone)]
pub struct CreateHelmDeliveryVersion {
    pub(crate) body: crate::types::HelmDeliveryVersionCreateRequest,
}
static CREATE_HELM_DELIVERY_VERSION: Route = Route::new(
    "create_helm_delivery_version",
    reqwest::Method::POST,
    "/openapi/delivery/releases/helm",
    &[],
    crate::release::Availability {
        since: Some(crate::Release::V4_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for CreateHelmDeliveryVersion {
    type Answer = crate::call::Message;
    type Body = crate::types::HelmDeliveryVersionCreateRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_HELM_DELIVERY_VERSION
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::HelmDeliveryVersionCreateRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::retry_delivery_version`](crate::Client::retry_delivery_version), with its route.
#[derive(Debug, Clone)]
pub struct RetryDeliveryVersion {
    pub(crate) project_key: String,
    pub(crate) id: String,
}
static RETRY_DELIVERY_VERSION: Route = Route::new(
    "retry_delivery_version",
    reqwest::Method::POST,
    "/openapi/delivery/releases/retry",
    &["id", "projectKey"],
    crate::release::Availability {
        since: Some(crate::Release::V4_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for RetryDeliveryVersion {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &RETRY_DELIVERY_VERSION
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("id", &self.id);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_delivery_version`](crate::Client::get_delivery_version), with its route.
#[derive(Debug, Clone)]
pub struct GetDeliveryVersion {
    pub(crate) project_key: String,
    pub(crate) version_name: String,
}
static GET_DELIVERY_VERSION: Route = Route::new(
    "get_delivery_version",
    reqwest::Method::GET,
    "/openapi/delivery/releases/detail",
    &["projectKey", "versionName"],
    crate::release::Availability {
        since: Some(crate::Release::V4_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for GetDeliveryVersion {
    type Answer = crate::call::Json<crate::types::DeliveryVersionDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_DELIVERY_VERSION
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
        request.query("versionName", &self.version_name);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::list_delivery_versions_legacy`](crate::Client::list_delivery_versions_legacy), with its route.
#[derive(Debug, Clone)]
pub struct ListDeliveryVersionsLegacy {
    pub(crate) project_key: String,
    pub(crate) page_num: i64,
    pub(crate) page_size: i64,
}
static LIST_DELIVERY_VERSIONS_LEGACY: Route = Route::new(
    "list_delivery_versions_legacy",
    reqwest::Method::GET,
    "/openapi/delivery/releases",
    &["projectKey", "pageNum", "pageSize"],
    crate::release::Availability {
        since: None,
        until: Some(crate::Release::V3_4_1),
        older_paths: &[],
    },
);
impl Endpoint for ListDeliveryVersionsLegacy {
    type Answer = crate::call::Json<crate::types::DeliveryVersionListLegacy>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_DELIVERY_VERSIONS_LEGACY
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
        request.query("pageNum", &self.page_num);
        request.query("pageSize", &self.page_size);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
impl crate::call::Paged for ListDeliveryVersionsLegacy {
    type Item = crate::types::DeliveryVersionBriefLegacy;
    #[inline]
    fn paging(&self) -> (i64, i64) {
        (self.page_num, self.page_size)
    }
    #[inline]
    fn set_page(&mut self, page: i64) {
        self.page_num = page;
    }
    #[inline]
    fn page(
        answer: crate::types::DeliveryVersionListLegacy,
    ) -> crate::runtime::pagination::Page<crate::types::DeliveryVersionBriefLegacy> {
        crate::runtime::pagination::Page {
            total: answer.total,
            items: answer.list,
        }
    }
}
/// The parameters of [`Client::get_delivery_version_legacy`](crate::Client::get_delivery_version_legacy), with its route.
#[derive(Debug, Clone)]
pub struct GetDeliveryVersionLegacy {
    pub(crate) project_key: String,
    pub(crate) id: String,
}
static GET_DELIVERY_VERSION_LEGACY: Route = Route::new(
    "get_delivery_version_legacy",
    reqwest::Method::GET,
    "/openapi/delivery/releases/{id}",
    &["projectKey"],
    crate::release::Availability {
        since: None,
        until: Some(crate::Release::V3_4_1),
        older_paths: &[],
    },
);
impl Endpoint for GetDeliveryVersionLegacy {
    type Answer = crate::call::Json<crate::types::DeliveryVersionDetailLegacy>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_DELIVERY_VERSION_LEGACY
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("id", &self.id);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::create_k8s_delivery_version_legacy`](crate::Client::create_k8s_delivery_version_legacy), with its route.
#[derive(Debug, Clone)]
pub struct CreateK8sDeliveryVersionLegacy {
    pub(crate) body: crate::types::K8sDeliveryVersionCreateRequestLegacy,
}
static CREATE_K8S_DELIVERY_VERSION_LEGACY: Route = Route::new(
    "create_k8s_delivery_version_legacy",
    reqwest::Method::POST,
    "/openapi/delivery/releases/k8s",
    &[],
    crate::release::Availability {
        since: None,
        until: Some(crate::Release::V3_4_1),
        older_paths: &[],
    },
);
impl Endpoint for CreateK8sDeliveryVersionLegacy {
    type Answer = crate::call::Message;
    type Body = crate::types::K8sDeliveryVersionCreateRequestLegacy;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_K8S_DELIVERY_VERSION_LEGACY
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::K8sDeliveryVersionCreateRequestLegacy> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::create_helm_delivery_version_legacy`](crate::Client::create_helm_delivery_version_legacy), with its route.
#[derive(Debug, Clone)]
pub struct CreateHelmDeliveryVersionLegacy {
    pub(crate) body: crate::types::HelmDeliveryVersionCreateRequestLegacy,
}
static CREATE_HELM_DELIVERY_VERSION_LEGACY: Route = Route::new(
    "create_helm_delivery_version_legacy",
    reqwest::Method::POST,
    "/openapi/delivery/releases/helm",
    &[],
    crate::release::Availability {
        since: None,
        until: Some(crate::Release::V3_4_1),
        older_paths: &[],
    },
);
impl Endpoint for CreateHelmDeliveryVersionLegacy {
    type Answer = crate::call::Message;
    type Body = crate::types::HelmDeliveryVersionCreateRequestLegacy;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_HELM_DELIVERY_VERSION_LEGACY
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::HelmDeliveryVersionCreateRequestLegacy> {
        Some(&self.body)
    }
}
