// @generated from spec/delivery.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Version management endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{
    Endpoint, JsonAnswer, JsonBody, MessageAnswer, PagedAnswer, sealed::Sealed,
};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `GET /openapi/delivery/releases` calls (`list_delivery_versions`): Lists the versions of a project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_delivery_versions(&self) -> Expect<'_, ListDeliveryVersions> {
        self.expect()
    }
    /// Expects `DELETE /openapi/delivery/releases/{id}` calls (`delete_delivery_version`): Deletes a version
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_delivery_version(&self) -> Expect<'_, DeleteDeliveryVersion> {
        self.expect()
    }
    /// Expects `POST /openapi/delivery/releases/k8s` calls (`create_k8s_delivery_version`): Creates a version of a K8s YAML project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_k8s_delivery_version(&self) -> Expect<'_, CreateK8sDeliveryVersion> {
        self.expect()
    }
    /// Expects `POST /openapi/delivery/releases/helm` calls (`create_helm_delivery_version`): Creates a version of a Helm chart project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_helm_delivery_version(&self) -> Expect<'_, CreateHelmDeliveryVersion> {
        self.expect()
    }
    /// Expects `POST /openapi/delivery/releases/retry` calls (`retry_delivery_version`): Retries creating a version whose creation failed
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn retry_delivery_version(&self) -> Expect<'_, RetryDeliveryVersion> {
        self.expect()
    }
    /// Expects `GET /openapi/delivery/releases/detail` calls (`get_delivery_version`): Reads one version of a project, with its services, charts and images
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_delivery_version(&self) -> Expect<'_, GetDeliveryVersion> {
        self.expect()
    }
    /// Expects `GET /openapi/delivery/releases` calls (`list_delivery_versions_legacy`): Lists the versions of a project, in the shape v3.4.x answers with
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_delivery_versions_legacy(
        &self,
    ) -> Expect<'_, ListDeliveryVersionsLegacy> {
        self.expect()
    }
    /// Expects `GET /openapi/delivery/releases/{id}` calls (`get_delivery_version_legacy`): Reads one version of a project by id, with what was deployed and distributed (v3.4.x)
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_delivery_version_legacy(&self) -> Expect<'_, GetDeliveryVersionLegacy> {
        self.expect()
    }
    /// Expects `POST /openapi/delivery/releases/k8s` calls (`create_k8s_delivery_version_legacy`): Creates a version of a K8s YAML project from an environment's services (v3.4.x body)
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_k8s_delivery_version_legacy(
        &self,
    ) -> Expect<'_, CreateK8sDeliveryVersionLegacy> {
        self.expect()
    }
    /// Expects `POST /openapi/delivery/releases/helm` calls (`create_helm_delivery_version_legacy`): Creates a version of a Helm chart project from an environment's charts (v3.4.x body)
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_helm_delivery_version_legacy(
        &self,
    ) -> Expect<'_, CreateHelmDeliveryVersionLegacy> {
        self.expect()
    }
}
/// The `list_delivery_versions` endpoint (`GET /openapi/delivery/releases`, `Client::list_delivery_versions`): the type of its expectation, [`Expect<ListDeliveryVersions>`](crate::Expect), which [`MockZadig::list_delivery_versions`] returns.
pub enum ListDeliveryVersions {}
impl Sealed for ListDeliveryVersions {}
impl Endpoint for ListDeliveryVersions {
    const ID: &'static str = "list_delivery_versions";
}
impl JsonAnswer for ListDeliveryVersions {
    type Response = crate::types::DeliveryVersionList;
}
impl PagedAnswer for ListDeliveryVersions {
    type Item = crate::types::DeliveryVersionBrief;
}
impl Expect<'_, ListDeliveryVersions> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageNum", &value)
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageSize", &value)
    }
}
/// The `delete_delivery_version` endpoint (`DELETE /openapi/delivery/releases/{id}`, `Client::delete_delivery_version`): the type of its expectation, [`Expect<DeleteDeliveryVersion>`](crate::Expect), which [`MockZadig::delete_delivery_version`] returns.
pub enum DeleteDeliveryVersion {}
impl Sealed for DeleteDeliveryVersion {}
impl Endpoint for DeleteDeliveryVersion {
    const ID: &'static str = "delete_delivery_version";
}
impl MessageAnswer for DeleteDeliveryVersion {}
impl Expect<'_, DeleteDeliveryVersion> {
    /// Matches only calls whose path parameter `id` is `value`.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("id", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `create_k8s_delivery_version` endpoint (`POST /openapi/delivery/releases/k8s`, `Client::create_k8s_delivery_version`): the type of its expectation, [`Expect<CreateK8sDeliveryVersion>`](crate::Expect), which [`MockZadig::create_k8s_delivery_version`] returns.
pub enum CreateK8sDeliveryVersion {}
impl Sealed for CreateK8sDeliveryVersion {}
impl Endpoint for CreateK8sDeliveryVersion {
    const ID: &'static str = "create_k8s_delivery_version";
}
impl MessageAnswer for CreateK8sDeliveryVersion {}
impl JsonBody for CreateK8sDeliveryVersion {
    type Body = crate::types::K8sDeliveryVersionCreateRequest;
}
/// The `create_helm_delivery_version` endpoint (`POST /openapi/delivery/releases/helm`, `Client::create_helm_delivery_version`): the type of its expectation, [`Expect<CreateHelmDeliveryVersion>`](crate::Expect), which [`MockZadig::create_helm_delivery_version`] returns.
pub enum CreateHelmDeliveryVersion {}
impl Sealed for CreateHelmDeliveryVersion {}
impl Endpoint for CreateHelmDeliveryVersion {
    const ID: &'static str = "create_helm_delivery_version";
}
impl MessageAnswer for CreateHelmDeliveryVersion {}
impl JsonBody for CreateHelmDeliveryVersion {
    type Body = crate::types::HelmDeliveryVersionCreateRequest;
}
/// The `retry_delivery_version` endpoint (`POST /openapi/delivery/releases/retry`, `Client::retry_delivery_version`): the type of its expectation, [`Expect<RetryDeliveryVersion>`](crate::Expect), which [`MockZadig::retry_delivery_version`] returns.
pub enum RetryDeliveryVersion {}
impl Sealed for RetryDeliveryVersion {}
impl Endpoint for RetryDeliveryVersion {
    const ID: &'static str = "retry_delivery_version";
}
impl MessageAnswer for RetryDeliveryVersion {}
impl Expect<'_, RetryDeliveryVersion> {
    /// Matches only calls whose query parameter `id` is `value`.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("id", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `get_delivery_version` endpoint (`GET /openapi/delivery/releases/detail`, `Client::get_delivery_version`): the type of its expectation, [`Expect<GetDeliveryVersion>`](crate::Expect), which [`MockZadig::get_delivery_version`] returns.
pub enum GetDeliveryVersion {}
impl Sealed for GetDeliveryVersion {}
impl Endpoint for GetDeliveryVersion {
    const ID: &'static str = "get_delivery_version";
}
impl JsonAnswer for GetDeliveryVersion {
    type Response = crate::types::DeliveryVersionDetail;
}
impl Expect<'_, GetDeliveryVersion> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `versionName` is `value`.
    pub fn version_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("versionName", &value)
    }
}
/// The `list_delivery_versions_legacy` endpoint (`GET /openapi/delivery/releases`, `Client::list_delivery_versions_legacy`): the type of its expectation, [`Expect<ListDeliveryVersionsLegacy>`](crate::Expect), which [`MockZadig::list_delivery_versions_legacy`] returns.
pub enum ListDeliveryVersionsLegacy {}
impl Sealed for ListDeliveryVersionsLegacy {}
impl Endpoint for ListDeliveryVersionsLegacy {
    const ID: &'static str = "list_delivery_versions_legacy";
}
impl JsonAnswer for ListDeliveryVersionsLegacy {
    type Response = crate::types::DeliveryVersionListLegacy;
}
impl PagedAnswer for ListDeliveryVersionsLegacy {
    type Item = crate::types::DeliveryVersionBriefLegacy;
}
impl Expect<'_, ListDeliveryVersionsLegacy> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageNum", &value)
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageSize", &value)
    }
}
/// The `get_delivery_version_legacy` endpoint (`GET /openapi/delivery/releases/{id}`, `Client::get_delivery_version_legacy`): the type of its expectation, [`Expect<GetDeliveryVersionLegacy>`](crate::Expect), which [`MockZadig::get_delivery_version_legacy`] returns.
pub enum GetDeliveryVersionLegacy {}
impl Sealed for GetDeliveryVersionLegacy {}
impl Endpoint for GetDeliveryVersionLegacy {
    const ID: &'static str = "get_delivery_version_legacy";
}
impl JsonAnswer for GetDeliveryVersionLegacy {
    type Response = crate::types::DeliveryVersionDetailLegacy;
}
impl Expect<'_, GetDeliveryVersionLegacy> {
    /// Matches only calls whose path parameter `id` is `value`.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("id", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `create_k8s_delivery_version_legacy` endpoint (`POST /openapi/delivery/releases/k8s`, `Client::create_k8s_delivery_version_legacy`): the type of its expectation, [`Expect<CreateK8sDeliveryVersionLegacy>`](crate::Expect), which [`MockZadig::create_k8s_delivery_version_legacy`] returns.
pub enum CreateK8sDeliveryVersionLegacy {}
impl Sealed for CreateK8sDeliveryVersionLegacy {}
impl Endpoint for CreateK8sDeliveryVersionLegacy {
    const ID: &'static str = "create_k8s_delivery_version_legacy";
}
impl MessageAnswer for CreateK8sDeliveryVersionLegacy {}
impl JsonBody for CreateK8sDeliveryVersionLegacy {
    type Body = crate::types::K8sDeliveryVersionCreateRequestLegacy;
}
/// The `create_helm_delivery_version_legacy` endpoint (`POST /openapi/delivery/releases/helm`, `Client::create_helm_delivery_version_legacy`): the type of its expectation, [`Expect<CreateHelmDeliveryVersionLegacy>`](crate::Expect), which [`MockZadig::create_helm_delivery_version_legacy`] returns.
pub enum CreateHelmDeliveryVersionLegacy {}
impl Sealed for CreateHelmDeliveryVersionLegacy {}
impl Endpoint for CreateHelmDeliveryVersionLegacy {
    const ID: &'static str = "create_helm_delivery_version_legacy";
}
impl MessageAnswer for CreateHelmDeliveryVersionLegacy {}
impl JsonBody for CreateHelmDeliveryVersionLegacy {
    type Body = crate::types::HelmDeliveryVersionCreateRequestLegacy;
}
