// @generated from spec/delivery.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Version management endpoints.
#![allow(clippy::too_many_lines)]
use crate::{Expectation, MockZadig, Mounted};
impl MockZadig {
    /// Expects `GET /openapi/delivery/releases` calls (`list_delivery_versions`): Lists the versions of a project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_delivery_versions(&self) -> ListDeliveryVersions<'_> {
        ListDeliveryVersions {
            expectation: self.expect("list_delivery_versions"),
        }
    }
}
/// An expected `GET /openapi/delivery/releases` call (`Client::list_delivery_versions`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListDeliveryVersions<'a> {
    expectation: Expectation<'a>,
}
impl ListDeliveryVersions<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("pageNum", &value);
        self
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("pageSize", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::DeliveryVersionList) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::DeliveryVersionList>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers with pages of `items`, as the server pages them: the `pageNum` and `pageSize` query parameters (default page 1 and size 0) pick the slice; the `list` field holds it and `total` the count of all items. Any number of calls.
    pub fn respond_pages(
        self,
        items: Vec<crate::types::DeliveryVersionBrief>,
    ) -> Mounted {
        self.expectation.respond_pages(&items)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `DELETE /openapi/delivery/releases/{id}` calls (`delete_delivery_version`): Deletes a version
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_delivery_version(&self) -> DeleteDeliveryVersion<'_> {
        DeleteDeliveryVersion {
            expectation: self.expect("delete_delivery_version"),
        }
    }
}
/// An expected `DELETE /openapi/delivery/releases/{id}` call (`Client::delete_delivery_version`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteDeliveryVersion<'a> {
    expectation: Expectation<'a>,
}
impl DeleteDeliveryVersion<'_> {
    /// Matches only calls whose path parameter `id` is `value`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("id", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/delivery/releases/k8s` calls (`create_k8s_delivery_version`): Creates a version of a K8s YAML project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_k8s_delivery_version(&self) -> CreateK8sDeliveryVersion<'_> {
        CreateK8sDeliveryVersion {
            expectation: self.expect("create_k8s_delivery_version"),
        }
    }
}
/// An expected `POST /openapi/delivery/releases/k8s` call (`Client::create_k8s_delivery_version`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateK8sDeliveryVersion<'a> {
    expectation: Expectation<'a>,
}
impl CreateK8sDeliveryVersion<'_> {
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::K8sDeliveryVersionCreateRequest) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::K8sDeliveryVersionCreateRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/delivery/releases/helm` calls (`create_helm_delivery_version`): Creates a version of a Helm chart project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_helm_delivery_version(&self) -> CreateHelmDeliveryVersion<'_> {
        CreateHelmDeliveryVersion {
            expectation: self.expect("create_helm_delivery_version"),
        }
    }
}
/// An expected `POST /openapi/delivery/releases/helm` call (`Client::create_helm_delivery_version`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateHelmDeliveryVersion<'a> {
    expectation: Expectation<'a>,
}
impl CreateHelmDeliveryVersion<'_> {
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(
        mut self,
        value: crate::types::HelmDeliveryVersionCreateRequest,
    ) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::HelmDeliveryVersionCreateRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/delivery/releases/retry` calls (`retry_delivery_version`): Retries creating a version whose creation failed
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn retry_delivery_version(&self) -> RetryDeliveryVersion<'_> {
        RetryDeliveryVersion {
            expectation: self.expect("retry_delivery_version"),
        }
    }
}
/// An expected `POST /openapi/delivery/releases/retry` call (`Client::retry_delivery_version`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct RetryDeliveryVersion<'a> {
    expectation: Expectation<'a>,
}
impl RetryDeliveryVersion<'_> {
    /// Matches only calls whose query parameter `id` is `value`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("id", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/delivery/releases/detail` calls (`get_delivery_version`): Reads one version of a project, with its services, charts and images
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_delivery_version(&self) -> GetDeliveryVersion<'_> {
        GetDeliveryVersion {
            expectation: self.expect("get_delivery_version"),
        }
    }
}
/// An expected `GET /openapi/delivery/releases/detail` call (`Client::get_delivery_version`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetDeliveryVersion<'a> {
    expectation: Expectation<'a>,
}
impl GetDeliveryVersion<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `versionName` is `value`.
    pub fn version_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("versionName", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::DeliveryVersionDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::DeliveryVersionDetail>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/delivery/releases` calls (`list_delivery_versions_legacy`): Lists the versions of a project, in the shape v3.4.x answers with
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_delivery_versions_legacy(&self) -> ListDeliveryVersionsLegacy<'_> {
        ListDeliveryVersionsLegacy {
            expectation: self.expect("list_delivery_versions_legacy"),
        }
    }
}
/// An expected `GET /openapi/delivery/releases` call (`Client::list_delivery_versions_legacy`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListDeliveryVersionsLegacy<'a> {
    expectation: Expectation<'a>,
}
impl ListDeliveryVersionsLegacy<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("pageNum", &value);
        self
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("pageSize", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::DeliveryVersionListLegacy) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::DeliveryVersionListLegacy>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers with pages of `items`, as the server pages them: the `pageNum` and `pageSize` query parameters (default page 1 and size 0) pick the slice; the `list` field holds it and `total` the count of all items. Any number of calls.
    pub fn respond_pages(
        self,
        items: Vec<crate::types::DeliveryVersionBriefLegacy>,
    ) -> Mounted {
        self.expectation.respond_pages(&items)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/delivery/releases/{id}` calls (`get_delivery_version_legacy`): Reads one version of a project by id, with what was deployed and distributed (v3.4.x)
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_delivery_version_legacy(&self) -> GetDeliveryVersionLegacy<'_> {
        GetDeliveryVersionLegacy {
            expectation: self.expect("get_delivery_version_legacy"),
        }
    }
}
/// An expected `GET /openapi/delivery/releases/{id}` call (`Client::get_delivery_version_legacy`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetDeliveryVersionLegacy<'a> {
    expectation: Expectation<'a>,
}
impl GetDeliveryVersionLegacy<'_> {
    /// Matches only calls whose path parameter `id` is `value`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("id", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::DeliveryVersionDetailLegacy) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::DeliveryVersionDetailLegacy>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/delivery/releases/k8s` calls (`create_k8s_delivery_version_legacy`): Creates a version of a K8s YAML project from an environment's services (v3.4.x body)
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_k8s_delivery_version_legacy(
        &self,
    ) -> CreateK8sDeliveryVersionLegacy<'_> {
        CreateK8sDeliveryVersionLegacy {
            expectation: self.expect("create_k8s_delivery_version_legacy"),
        }
    }
}
/// An expected `POST /openapi/delivery/releases/k8s` call (`Client::create_k8s_delivery_version_legacy`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateK8sDeliveryVersionLegacy<'a> {
    expectation: Expectation<'a>,
}
impl CreateK8sDeliveryVersionLegacy<'_> {
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(
        mut self,
        value: crate::types::K8sDeliveryVersionCreateRequestLegacy,
    ) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::K8sDeliveryVersionCreateRequestLegacy,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/delivery/releases/helm` calls (`create_helm_delivery_version_legacy`): Creates a version of a Helm chart project from an environment's charts (v3.4.x body)
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_helm_delivery_version_legacy(
        &self,
    ) -> CreateHelmDeliveryVersionLegacy<'_> {
        CreateHelmDeliveryVersionLegacy {
            expectation: self.expect("create_helm_delivery_version_legacy"),
        }
    }
}
/// An expected `POST /openapi/delivery/releases/helm` call (`Client::create_helm_delivery_version_legacy`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateHelmDeliveryVersionLegacy<'a> {
    expectation: Expectation<'a>,
}
impl CreateHelmDeliveryVersionLegacy<'_> {
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(
        mut self,
        value: crate::types::HelmDeliveryVersionCreateRequestLegacy,
    ) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::HelmDeliveryVersionCreateRequestLegacy,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
