// @generated from spec/service.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Service endpoints.
#![allow(clippy::too_many_lines)]
use crate::{Expectation, MockZadig, Mounted};
impl MockZadig {
    /// Expects `GET /openapi/service/yaml/services` calls (`list_services`): Lists the test services of a project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_services(&self) -> ListServices<'_> {
        ListServices {
            expectation: self.expect("list_services"),
        }
    }
}
/// An expected `GET /openapi/service/yaml/services` call (`Client::list_services`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListServices<'a> {
    expectation: Expectation<'a>,
}
impl ListServices<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::ServiceBrief>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::ServiceBrief>>,
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
    /// Expects `GET /openapi/service/yaml/production/services` calls (`list_production_services`): Lists the production services of a project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_production_services(&self) -> ListProductionServices<'_> {
        ListProductionServices {
            expectation: self.expect("list_production_services"),
        }
    }
}
/// An expected `GET /openapi/service/yaml/production/services` call (`Client::list_production_services`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListProductionServices<'a> {
    expectation: Expectation<'a>,
}
impl ListProductionServices<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::ServiceBrief>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::ServiceBrief>>,
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
    /// Expects `GET /openapi/service/yaml/{serviceName}` calls (`get_service`): Reads one test service
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_service(&self) -> GetService<'_> {
        GetService {
            expectation: self.expect("get_service"),
        }
    }
}
/// An expected `GET /openapi/service/yaml/{serviceName}` call (`Client::get_service`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetService<'a> {
    expectation: Expectation<'a>,
}
impl GetService<'_> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("serviceName", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::ServiceDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(self, values: Vec<crate::types::ServiceDetail>) -> Mounted {
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
    /// Expects `GET /openapi/service/yaml/production/{serviceName}` calls (`get_production_service`): Reads one production service
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_production_service(&self) -> GetProductionService<'_> {
        GetProductionService {
            expectation: self.expect("get_production_service"),
        }
    }
}
/// An expected `GET /openapi/service/yaml/production/{serviceName}` call (`Client::get_production_service`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetProductionService<'a> {
    expectation: Expectation<'a>,
}
impl GetProductionService<'_> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("serviceName", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::ServiceDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(self, values: Vec<crate::types::ServiceDetail>) -> Mounted {
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
    /// Expects `POST /openapi/service/template/load/yaml` calls (`create_service_from_template`): Creates a test service from a YAML template
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_service_from_template(&self) -> CreateServiceFromTemplate<'_> {
        CreateServiceFromTemplate {
            expectation: self.expect("create_service_from_template"),
        }
    }
}
/// An expected `POST /openapi/service/template/load/yaml` call (`Client::create_service_from_template`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateServiceFromTemplate<'a> {
    expectation: Expectation<'a>,
}
impl CreateServiceFromTemplate<'_> {
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ServiceFromYamlTemplateRequest) -> Self {
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
            &crate::types::ServiceFromYamlTemplateRequest,
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
    /// Expects `POST /openapi/service/template/production/load/yaml` calls (`create_production_service_from_template`): Creates a production service from a YAML template
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_production_service_from_template(
        &self,
    ) -> CreateProductionServiceFromTemplate<'_> {
        CreateProductionServiceFromTemplate {
            expectation: self.expect("create_production_service_from_template"),
        }
    }
}
/// An expected `POST /openapi/service/template/production/load/yaml` call (`Client::create_production_service_from_template`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateProductionServiceFromTemplate<'a> {
    expectation: Expectation<'a>,
}
impl CreateProductionServiceFromTemplate<'_> {
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ServiceFromYamlTemplateRequest) -> Self {
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
            &crate::types::ServiceFromYamlTemplateRequest,
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
    /// Expects `POST /openapi/service/yaml/raw` calls (`create_raw_service`): Creates a test service from YAML typed in by hand
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_raw_service(&self) -> CreateRawService<'_> {
        CreateRawService {
            expectation: self.expect("create_raw_service"),
        }
    }
}
/// An expected `POST /openapi/service/yaml/raw` call (`Client::create_raw_service`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateRawService<'a> {
    expectation: Expectation<'a>,
}
impl CreateRawService<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::RawYamlServiceRequest) -> Self {
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
            &crate::types::RawYamlServiceRequest,
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
    /// Expects `POST /openapi/service/yaml/production/raw` calls (`create_raw_production_service`): Creates a production service from YAML typed in by hand
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_raw_production_service(&self) -> CreateRawProductionService<'_> {
        CreateRawProductionService {
            expectation: self.expect("create_raw_production_service"),
        }
    }
}
/// An expected `POST /openapi/service/yaml/production/raw` call (`Client::create_raw_production_service`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateRawProductionService<'a> {
    expectation: Expectation<'a>,
}
impl CreateRawProductionService<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::RawYamlServiceRequest) -> Self {
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
            &crate::types::RawYamlServiceRequest,
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
    /// Expects `PUT /openapi/service/yaml/{serviceName}` calls (`update_service`): Replaces the configuration of a test service
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_service(&self) -> UpdateService<'_> {
        UpdateService {
            expectation: self.expect("update_service"),
        }
    }
}
/// An expected `PUT /openapi/service/yaml/{serviceName}` call (`Client::update_service`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateService<'a> {
    expectation: Expectation<'a>,
}
impl UpdateService<'_> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("serviceName", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ServiceConfigUpdate) -> Self {
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
            &crate::types::ServiceConfigUpdate,
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
    /// Expects `PUT /openapi/service/yaml/production/{serviceName}` calls (`update_production_service`): Replaces the configuration of a production service
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_production_service(&self) -> UpdateProductionService<'_> {
        UpdateProductionService {
            expectation: self.expect("update_production_service"),
        }
    }
}
/// An expected `PUT /openapi/service/yaml/production/{serviceName}` call (`Client::update_production_service`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateProductionService<'a> {
    expectation: Expectation<'a>,
}
impl UpdateProductionService<'_> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("serviceName", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ServiceConfigUpdate) -> Self {
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
            &crate::types::ServiceConfigUpdate,
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
    /// Expects `PUT /openapi/service/yaml/{serviceName}/variable` calls (`update_service_variables`): Changes the variables of a test service
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_service_variables(&self) -> UpdateServiceVariables<'_> {
        UpdateServiceVariables {
            expectation: self.expect("update_service_variables"),
        }
    }
}
/// An expected `PUT /openapi/service/yaml/{serviceName}/variable` call (`Client::update_service_variables`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateServiceVariables<'a> {
    expectation: Expectation<'a>,
}
impl UpdateServiceVariables<'_> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("serviceName", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ServiceVariablesUpdate) -> Self {
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
            &crate::types::ServiceVariablesUpdate,
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
    /// Expects `PUT /openapi/service/yaml/production/{serviceName}/variable` calls (`update_production_service_variables`): Changes the variables of a production service
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_production_service_variables(
        &self,
    ) -> UpdateProductionServiceVariables<'_> {
        UpdateProductionServiceVariables {
            expectation: self.expect("update_production_service_variables"),
        }
    }
}
/// An expected `PUT /openapi/service/yaml/production/{serviceName}/variable` call (`Client::update_production_service_variables`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateProductionServiceVariables<'a> {
    expectation: Expectation<'a>,
}
impl UpdateProductionServiceVariables<'_> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("serviceName", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ServiceVariablesUpdate) -> Self {
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
            &crate::types::ServiceVariablesUpdate,
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
    /// Expects `DELETE /openapi/service/yaml/{serviceName}` calls (`delete_service`): Removes a test service from the project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_service(&self) -> DeleteService<'_> {
        DeleteService {
            expectation: self.expect("delete_service"),
        }
    }
}
/// An expected `DELETE /openapi/service/yaml/{serviceName}` call (`Client::delete_service`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteService<'a> {
    expectation: Expectation<'a>,
}
impl DeleteService<'_> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("serviceName", &value);
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
    /// Expects `DELETE /openapi/service/yaml/production/{serviceName}` calls (`delete_production_service`): Removes a production service from the project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_production_service(&self) -> DeleteProductionService<'_> {
        DeleteProductionService {
            expectation: self.expect("delete_production_service"),
        }
    }
}
/// An expected `DELETE /openapi/service/yaml/production/{serviceName}` call (`Client::delete_production_service`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteProductionService<'a> {
    expectation: Expectation<'a>,
}
impl DeleteProductionService<'_> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("serviceName", &value);
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
    /// Expects `GET /openapi/service/yaml/{name}/labels` calls (`list_service_labels`): Lists the labels attached to one service of a project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_service_labels(&self) -> ListServiceLabels<'_> {
        ListServiceLabels {
            expectation: self.expect("list_service_labels"),
        }
    }
}
/// An expected `GET /openapi/service/yaml/{name}/labels` call (`Client::list_service_labels`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListServiceLabels<'a> {
    expectation: Expectation<'a>,
}
impl ListServiceLabels<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `production` is `value`.
    pub fn production(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("production", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::ServiceLabel>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::ServiceLabel>>,
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
    /// Expects `POST /openapi/service/loader/load/{codehostId}` calls (`load_services_from_code_host`): Creates services of a project from YAML files kept in a code repository, naming the code host by id
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn load_services_from_code_host(&self) -> LoadServicesFromCodeHost<'_> {
        LoadServicesFromCodeHost {
            expectation: self.expect("load_services_from_code_host"),
        }
    }
}
/// An expected `POST /openapi/service/loader/load/{codehostId}` call (`Client::load_services_from_code_host`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct LoadServicesFromCodeHost<'a> {
    expectation: Expectation<'a>,
}
impl LoadServicesFromCodeHost<'_> {
    /// Matches only calls whose path parameter `codehostId` is `value`.
    pub fn codehost_id(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_path("codehostId", &value);
        self
    }
    /// Matches only calls whose query parameter `repoOwner` is `value`.
    pub fn repo_owner(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("repoOwner", &value);
        self
    }
    /// Matches only calls whose query parameter `repoName` is `value`.
    pub fn repo_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("repoName", &value);
        self
    }
    /// Matches only calls whose query parameter `repoUUID` is `value`.
    pub fn repo_uuid(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("repoUUID", &value);
        self
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("namespace", &value);
        self
    }
    /// Matches only calls whose query parameter `branchName` is `value`.
    pub fn branch_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("branchName", &value);
        self
    }
    /// Matches only calls whose query parameter `remoteName` is `value`.
    pub fn remote_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("remoteName", &value);
        self
    }
    /// Matches only calls whose query parameter `production` is `value`.
    pub fn production(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("production", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ServiceFromCodeHostRequest) -> Self {
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
            &crate::types::ServiceFromCodeHostRequest,
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
    /// Expects `POST /openapi/service/loader/load` calls (`load_services_from_code_host_by_name`): Creates services of a project from YAML files kept in a code repository, naming the code host by name
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn load_services_from_code_host_by_name(
        &self,
    ) -> LoadServicesFromCodeHostByName<'_> {
        LoadServicesFromCodeHostByName {
            expectation: self.expect("load_services_from_code_host_by_name"),
        }
    }
}
/// An expected `POST /openapi/service/loader/load` call (`Client::load_services_from_code_host_by_name`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct LoadServicesFromCodeHostByName<'a> {
    expectation: Expectation<'a>,
}
impl LoadServicesFromCodeHostByName<'_> {
    /// Matches only calls whose query parameter `codehostName` is `value`.
    pub fn codehost_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("codehostName", &value);
        self
    }
    /// Matches only calls whose query parameter `repoOwner` is `value`.
    pub fn repo_owner(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("repoOwner", &value);
        self
    }
    /// Matches only calls whose query parameter `repoName` is `value`.
    pub fn repo_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("repoName", &value);
        self
    }
    /// Matches only calls whose query parameter `repoUUID` is `value`.
    pub fn repo_uuid(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("repoUUID", &value);
        self
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("namespace", &value);
        self
    }
    /// Matches only calls whose query parameter `branchName` is `value`.
    pub fn branch_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("branchName", &value);
        self
    }
    /// Matches only calls whose query parameter `remoteName` is `value`.
    pub fn remote_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("remoteName", &value);
        self
    }
    /// Matches only calls whose query parameter `production` is `value`.
    pub fn production(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("production", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ServiceFromCodeHostRequest) -> Self {
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
            &crate::types::ServiceFromCodeHostRequest,
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
    /// Expects `POST /openapi/service/helm/load` calls (`load_helm_services`): Creates Helm chart services of a project from a code repository, a public repository or a chart repository
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn load_helm_services(&self) -> LoadHelmServices<'_> {
        LoadHelmServices {
            expectation: self.expect("load_helm_services"),
        }
    }
}
/// An expected `POST /openapi/service/helm/load` call (`Client::load_helm_services`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct LoadHelmServices<'a> {
    expectation: Expectation<'a>,
}
impl LoadHelmServices<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::HelmServiceLoadRequest) -> Self {
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
            &crate::types::HelmServiceLoadRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::HelmServiceLoadResult) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::HelmServiceLoadResult>,
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
    /// Expects `POST /openapi/service/template/load/helm` calls (`create_helm_service_from_template`): Creates a Helm chart service from a chart template
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_helm_service_from_template(
        &self,
    ) -> CreateHelmServiceFromTemplate<'_> {
        CreateHelmServiceFromTemplate {
            expectation: self.expect("create_helm_service_from_template"),
        }
    }
}
/// An expected `POST /openapi/service/template/load/helm` call (`Client::create_helm_service_from_template`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateHelmServiceFromTemplate<'a> {
    expectation: Expectation<'a>,
}
impl CreateHelmServiceFromTemplate<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::HelmServiceFromTemplateRequest) -> Self {
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
            &crate::types::HelmServiceFromTemplateRequest,
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
    /// Expects `GET /openapi/templates/charts` calls (`list_chart_templates`): Lists the Helm chart templates of the template library
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_chart_templates(&self) -> ListChartTemplates<'_> {
        ListChartTemplates {
            expectation: self.expect("list_chart_templates"),
        }
    }
}
/// An expected `GET /openapi/templates/charts` call (`Client::list_chart_templates`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListChartTemplates<'a> {
    expectation: Expectation<'a>,
}
impl ListChartTemplates<'_> {
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::ChartTemplateList) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::ChartTemplateList>,
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
