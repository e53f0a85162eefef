// @generated from spec/environment.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Environment endpoints.
#![allow(clippy::too_many_lines)]
use crate::{Expectation, MockZadig, Mounted};
impl MockZadig {
    /// Expects `GET /openapi/environments` calls (`list_environments`): Lists the test environments of a project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_environments(&self) -> ListEnvironments<'_> {
        ListEnvironments {
            expectation: self.expect("list_environments"),
        }
    }
}
/// An expected `GET /openapi/environments` call (`Client::list_environments`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListEnvironments<'a> {
    expectation: Expectation<'a>,
}
impl ListEnvironments<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::EnvironmentSummary>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::EnvironmentSummary>>,
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
    /// Expects `GET /openapi/environments/production` calls (`list_production_environments`): Lists the production environments of a project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_production_environments(&self) -> ListProductionEnvironments<'_> {
        ListProductionEnvironments {
            expectation: self.expect("list_production_environments"),
        }
    }
}
/// An expected `GET /openapi/environments/production` call (`Client::list_production_environments`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListProductionEnvironments<'a> {
    expectation: Expectation<'a>,
}
impl ListProductionEnvironments<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::EnvironmentSummary>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::EnvironmentSummary>>,
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
    /// Expects `GET /openapi/environments/{name}` calls (`get_environment`): Reads one test environment with its global variables and services
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_environment(&self) -> GetEnvironment<'_> {
        GetEnvironment {
            expectation: self.expect("get_environment"),
        }
    }
}
/// An expected `GET /openapi/environments/{name}` call (`Client::get_environment`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetEnvironment<'a> {
    expectation: Expectation<'a>,
}
impl GetEnvironment<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::EnvironmentDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::EnvironmentDetail>,
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
    /// Expects `GET /openapi/environments/production/{name}` calls (`get_production_environment`): Reads one production environment with its global variables and services
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_production_environment(&self) -> GetProductionEnvironment<'_> {
        GetProductionEnvironment {
            expectation: self.expect("get_production_environment"),
        }
    }
}
/// An expected `GET /openapi/environments/production/{name}` call (`Client::get_production_environment`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetProductionEnvironment<'a> {
    expectation: Expectation<'a>,
}
impl GetProductionEnvironment<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::EnvironmentDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::EnvironmentDetail>,
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
    /// Expects `GET /openapi/environments/{name}/services/{serviceName}` calls (`get_environment_service`): Reads the workloads, pods, ingresses and Kubernetes services of one service in a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_environment_service(&self) -> GetEnvironmentService<'_> {
        GetEnvironmentService {
            expectation: self.expect("get_environment_service"),
        }
    }
}
/// An expected `GET /openapi/environments/{name}/services/{serviceName}` call (`Client::get_environment_service`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetEnvironmentService<'a> {
    expectation: Expectation<'a>,
}
impl GetEnvironmentService<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
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
    /// Matches only calls whose query parameter `workLoadType` is `value`.
    pub fn work_load_type(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("workLoadType", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::EnvServiceDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::EnvServiceDetail>,
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
    /// Expects `GET /openapi/environments/production/{name}/services/{serviceName}` calls (`get_production_environment_service`): Reads the workloads, pods, ingresses and Kubernetes services of one service in a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_production_environment_service(
        &self,
    ) -> GetProductionEnvironmentService<'_> {
        GetProductionEnvironmentService {
            expectation: self.expect("get_production_environment_service"),
        }
    }
}
/// An expected `GET /openapi/environments/production/{name}/services/{serviceName}` call (`Client::get_production_environment_service`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetProductionEnvironmentService<'a> {
    expectation: Expectation<'a>,
}
impl GetProductionEnvironmentService<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
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
    /// Matches only calls whose query parameter `workLoadType` is `value`.
    pub fn work_load_type(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("workLoadType", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::EnvServiceDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::EnvServiceDetail>,
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
    /// Expects `GET /openapi/environments/service/yaml` calls (`get_environment_service_yaml`): Returns the rendered Kubernetes YAML of one service in a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_environment_service_yaml(&self) -> GetEnvironmentServiceYaml<'_> {
        GetEnvironmentServiceYaml {
            expectation: self.expect("get_environment_service_yaml"),
        }
    }
}
/// An expected `GET /openapi/environments/service/yaml` call (`Client::get_environment_service_yaml`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetEnvironmentServiceYaml<'a> {
    expectation: Expectation<'a>,
}
impl GetEnvironmentServiceYaml<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("envName", &value);
        self
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("serviceName", &value);
        self
    }
    /// Answers `200` with `text` as `text/plain`.
    pub fn respond_text(self, text: impl Into<String>) -> Mounted {
        self.expectation.respond_text(text.into())
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
    /// Expects `GET /openapi/environments/production/service/yaml` calls (`get_production_environment_service_yaml`): Returns the rendered Kubernetes YAML of one service in a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_production_environment_service_yaml(
        &self,
    ) -> GetProductionEnvironmentServiceYaml<'_> {
        GetProductionEnvironmentServiceYaml {
            expectation: self.expect("get_production_environment_service_yaml"),
        }
    }
}
/// An expected `GET /openapi/environments/production/service/yaml` call (`Client::get_production_environment_service_yaml`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetProductionEnvironmentServiceYaml<'a> {
    expectation: Expectation<'a>,
}
impl GetProductionEnvironmentServiceYaml<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("envName", &value);
        self
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("serviceName", &value);
        self
    }
    /// Answers `200` with `text` as `text/plain`.
    pub fn respond_text(self, text: impl Into<String>) -> Mounted {
        self.expectation.respond_text(text.into())
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
    /// Expects `GET /openapi/environments/service/values` calls (`get_environment_service_values`): Returns the Helm values in effect for one service in a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_environment_service_values(&self) -> GetEnvironmentServiceValues<'_> {
        GetEnvironmentServiceValues {
            expectation: self.expect("get_environment_service_values"),
        }
    }
}
/// An expected `GET /openapi/environments/service/values` call (`Client::get_environment_service_values`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetEnvironmentServiceValues<'a> {
    expectation: Expectation<'a>,
}
impl GetEnvironmentServiceValues<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("envName", &value);
        self
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("serviceName", &value);
        self
    }
    /// Answers `200` with `text` as `text/plain`.
    pub fn respond_text(self, text: impl Into<String>) -> Mounted {
        self.expectation.respond_text(text.into())
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
    /// Expects `GET /openapi/environments/production/service/values` calls (`get_production_environment_service_values`): Returns the Helm values in effect for one service in a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_production_environment_service_values(
        &self,
    ) -> GetProductionEnvironmentServiceValues<'_> {
        GetProductionEnvironmentServiceValues {
            expectation: self.expect("get_production_environment_service_values"),
        }
    }
}
/// An expected `GET /openapi/environments/production/service/values` call (`Client::get_production_environment_service_values`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetProductionEnvironmentServiceValues<'a> {
    expectation: Expectation<'a>,
}
impl GetProductionEnvironmentServiceValues<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("envName", &value);
        self
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("serviceName", &value);
        self
    }
    /// Answers `200` with `text` as `text/plain`.
    pub fn respond_text(self, text: impl Into<String>) -> Mounted {
        self.expectation.respond_text(text.into())
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
    /// Expects `POST /openapi/environments` calls (`create_environment`): Creates a test environment, optionally with services, global variables and configurations
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_environment(&self) -> CreateEnvironment<'_> {
        CreateEnvironment {
            expectation: self.expect("create_environment"),
        }
    }
}
/// An expected `POST /openapi/environments` call (`Client::create_environment`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateEnvironment<'a> {
    expectation: Expectation<'a>,
}
impl CreateEnvironment<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::CreateEnvironmentRequest) -> Self {
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
            &crate::types::CreateEnvironmentRequest,
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
    /// Expects `POST /openapi/environments/production` calls (`create_production_environment`): Creates a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_production_environment(&self) -> CreateProductionEnvironment<'_> {
        CreateProductionEnvironment {
            expectation: self.expect("create_production_environment"),
        }
    }
}
/// An expected `POST /openapi/environments/production` call (`Client::create_production_environment`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateProductionEnvironment<'a> {
    expectation: Expectation<'a>,
}
impl CreateProductionEnvironment<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::CreateEnvironmentRequest) -> Self {
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
            &crate::types::CreateEnvironmentRequest,
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
    /// Expects `POST /openapi/environments/helm` calls (`create_helm_environment`): Creates an empty test or production environment for a Helm project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_helm_environment(&self) -> CreateHelmEnvironment<'_> {
        CreateHelmEnvironment {
            expectation: self.expect("create_helm_environment"),
        }
    }
}
/// An expected `POST /openapi/environments/helm` call (`Client::create_helm_environment`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateHelmEnvironment<'a> {
    expectation: Expectation<'a>,
}
impl CreateHelmEnvironment<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::CreateHelmEnvironmentRequest) -> Self {
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
            &crate::types::CreateHelmEnvironmentRequest,
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
    /// Expects `PUT /openapi/environments/{name}` calls (`update_environment`): Changes the image registry of a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_environment(&self) -> UpdateEnvironment<'_> {
        UpdateEnvironment {
            expectation: self.expect("update_environment"),
        }
    }
}
/// An expected `PUT /openapi/environments/{name}` call (`Client::update_environment`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateEnvironment<'a> {
    expectation: Expectation<'a>,
}
impl UpdateEnvironment<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::EnvironmentDetail) -> Self {
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
            &crate::types::EnvironmentDetail,
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
    /// Expects `PUT /openapi/environments/production/{name}` calls (`update_production_environment`): Changes the image registry or display name of a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_production_environment(&self) -> UpdateProductionEnvironment<'_> {
        UpdateProductionEnvironment {
            expectation: self.expect("update_production_environment"),
        }
    }
}
/// An expected `PUT /openapi/environments/production/{name}` call (`Client::update_production_environment`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateProductionEnvironment<'a> {
    expectation: Expectation<'a>,
}
impl UpdateProductionEnvironment<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::EnvironmentDetail) -> Self {
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
            &crate::types::EnvironmentDetail,
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
    /// Expects `DELETE /openapi/environments/{name}` calls (`delete_environment`): Deletes a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_environment(&self) -> DeleteEnvironment<'_> {
        DeleteEnvironment {
            expectation: self.expect("delete_environment"),
        }
    }
}
/// An expected `DELETE /openapi/environments/{name}` call (`Client::delete_environment`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteEnvironment<'a> {
    expectation: Expectation<'a>,
}
impl DeleteEnvironment<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Matches only calls whose query parameter `isDelete` is `value`.
    pub fn is_delete(mut self, value: bool) -> Self {
        let value: bool = value;
        self.expectation.match_query("isDelete", &value);
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
    /// Expects `DELETE /openapi/environments/production/{name}` calls (`delete_production_environment`): Deletes a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_production_environment(&self) -> DeleteProductionEnvironment<'_> {
        DeleteProductionEnvironment {
            expectation: self.expect("delete_production_environment"),
        }
    }
}
/// An expected `DELETE /openapi/environments/production/{name}` call (`Client::delete_production_environment`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteProductionEnvironment<'a> {
    expectation: Expectation<'a>,
}
impl DeleteProductionEnvironment<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Expects `POST /openapi/environments/service/yaml` calls (`add_environment_services`): Deploys services of the project into a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn add_environment_services(&self) -> AddEnvironmentServices<'_> {
        AddEnvironmentServices {
            expectation: self.expect("add_environment_services"),
        }
    }
}
/// An expected `POST /openapi/environments/service/yaml` call (`Client::add_environment_services`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct AddEnvironmentServices<'a> {
    expectation: Expectation<'a>,
}
impl AddEnvironmentServices<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::AddEnvironmentServicesRequest) -> Self {
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
            &crate::types::AddEnvironmentServicesRequest,
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
    /// Expects `POST /openapi/environments/production/service/yaml` calls (`add_production_environment_services`): Deploys services of the project into a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn add_production_environment_services(
        &self,
    ) -> AddProductionEnvironmentServices<'_> {
        AddProductionEnvironmentServices {
            expectation: self.expect("add_production_environment_services"),
        }
    }
}
/// An expected `POST /openapi/environments/production/service/yaml` call (`Client::add_production_environment_services`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct AddProductionEnvironmentServices<'a> {
    expectation: Expectation<'a>,
}
impl AddProductionEnvironmentServices<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::AddEnvironmentServicesRequest) -> Self {
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
            &crate::types::AddEnvironmentServicesRequest,
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
    /// Expects `POST /openapi/environments/helm/{name}/services` calls (`add_helm_environment_services`): Deploys Helm services of the project into an environment, with their values
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn add_helm_environment_services(&self) -> AddHelmEnvironmentServices<'_> {
        AddHelmEnvironmentServices {
            expectation: self.expect("add_helm_environment_services"),
        }
    }
}
/// An expected `POST /openapi/environments/helm/{name}/services` call (`Client::add_helm_environment_services`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct AddHelmEnvironmentServices<'a> {
    expectation: Expectation<'a>,
}
impl AddHelmEnvironmentServices<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::AddHelmServicesRequest) -> Self {
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
            &crate::types::AddHelmServicesRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::EnvUpdateStatus>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::EnvUpdateStatus>>,
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
    /// Expects `PUT /openapi/environments/{name}/services` calls (`update_environment_services`): Changes the variables of services already deployed in a test environment and redeploys them
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_environment_services(&self) -> UpdateEnvironmentServices<'_> {
        UpdateEnvironmentServices {
            expectation: self.expect("update_environment_services"),
        }
    }
}
/// An expected `PUT /openapi/environments/{name}/services` call (`Client::update_environment_services`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateEnvironmentServices<'a> {
    expectation: Expectation<'a>,
}
impl UpdateEnvironmentServices<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(
        mut self,
        value: crate::types::UpdateEnvironmentServicesRequest,
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
            &crate::types::UpdateEnvironmentServicesRequest,
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
    /// Expects `PUT /openapi/environments/production/{name}/services` calls (`update_production_environment_services`): Changes the variables of services already deployed in a production environment and redeploys them
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_production_environment_services(
        &self,
    ) -> UpdateProductionEnvironmentServices<'_> {
        UpdateProductionEnvironmentServices {
            expectation: self.expect("update_production_environment_services"),
        }
    }
}
/// An expected `PUT /openapi/environments/production/{name}/services` call (`Client::update_production_environment_services`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateProductionEnvironmentServices<'a> {
    expectation: Expectation<'a>,
}
impl UpdateProductionEnvironmentServices<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(
        mut self,
        value: crate::types::UpdateEnvironmentServicesRequest,
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
            &crate::types::UpdateEnvironmentServicesRequest,
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
    /// Expects `DELETE /openapi/environments/service/yaml` calls (`delete_environment_services`): Removes services from a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_environment_services(&self) -> DeleteEnvironmentServices<'_> {
        DeleteEnvironmentServices {
            expectation: self.expect("delete_environment_services"),
        }
    }
}
/// An expected `DELETE /openapi/environments/service/yaml` call (`Client::delete_environment_services`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteEnvironmentServices<'a> {
    expectation: Expectation<'a>,
}
impl DeleteEnvironmentServices<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(
        mut self,
        value: crate::types::DeleteEnvironmentServicesRequest,
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
            &crate::types::DeleteEnvironmentServicesRequest,
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
    /// Expects `DELETE /openapi/environments/production/service/yaml` calls (`delete_production_environment_services`): Removes services from a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_production_environment_services(
        &self,
    ) -> DeleteProductionEnvironmentServices<'_> {
        DeleteProductionEnvironmentServices {
            expectation: self.expect("delete_production_environment_services"),
        }
    }
}
/// An expected `DELETE /openapi/environments/production/service/yaml` call (`Client::delete_production_environment_services`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteProductionEnvironmentServices<'a> {
    expectation: Expectation<'a>,
}
impl DeleteProductionEnvironmentServices<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(
        mut self,
        value: crate::types::DeleteEnvironmentServicesRequest,
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
            &crate::types::DeleteEnvironmentServicesRequest,
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
    /// Expects `GET /openapi/environments/{name}/variable` calls (`list_environment_global_variables`): Lists the global variables of a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_environment_global_variables(
        &self,
    ) -> ListEnvironmentGlobalVariables<'_> {
        ListEnvironmentGlobalVariables {
            expectation: self.expect("list_environment_global_variables"),
        }
    }
}
/// An expected `GET /openapi/environments/{name}/variable` call (`Client::list_environment_global_variables`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListEnvironmentGlobalVariables<'a> {
    expectation: Expectation<'a>,
}
impl ListEnvironmentGlobalVariables<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::GlobalVariableKV>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::GlobalVariableKV>>,
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
    /// Expects `GET /openapi/environments/production/{name}/variable` calls (`list_production_environment_global_variables`): Lists the global variables of a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_production_environment_global_variables(
        &self,
    ) -> ListProductionEnvironmentGlobalVariables<'_> {
        ListProductionEnvironmentGlobalVariables {
            expectation: self.expect("list_production_environment_global_variables"),
        }
    }
}
/// An expected `GET /openapi/environments/production/{name}/variable` call (`Client::list_production_environment_global_variables`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListProductionEnvironmentGlobalVariables<'a> {
    expectation: Expectation<'a>,
}
impl ListProductionEnvironmentGlobalVariables<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::GlobalVariableKV>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::GlobalVariableKV>>,
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
    /// Expects `PUT /openapi/environments/{name}/variable` calls (`update_environment_global_variables`): Sets global variables of a test environment; services using them are redeployed
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_environment_global_variables(
        &self,
    ) -> UpdateEnvironmentGlobalVariables<'_> {
        UpdateEnvironmentGlobalVariables {
            expectation: self.expect("update_environment_global_variables"),
        }
    }
}
/// An expected `PUT /openapi/environments/{name}/variable` call (`Client::update_environment_global_variables`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateEnvironmentGlobalVariables<'a> {
    expectation: Expectation<'a>,
}
impl UpdateEnvironmentGlobalVariables<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::UpdateGlobalVariablesRequest) -> Self {
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
            &crate::types::UpdateGlobalVariablesRequest,
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
    /// Expects `PUT /openapi/environments/production/{name}/variable` calls (`update_production_environment_global_variables`): Sets global variables of a production environment; services using them are redeployed
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_production_environment_global_variables(
        &self,
    ) -> UpdateProductionEnvironmentGlobalVariables<'_> {
        UpdateProductionEnvironmentGlobalVariables {
            expectation: self.expect("update_production_environment_global_variables"),
        }
    }
}
/// An expected `PUT /openapi/environments/production/{name}/variable` call (`Client::update_production_environment_global_variables`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateProductionEnvironmentGlobalVariables<'a> {
    expectation: Expectation<'a>,
}
impl UpdateProductionEnvironmentGlobalVariables<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::UpdateGlobalVariablesRequest) -> Self {
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
            &crate::types::UpdateGlobalVariablesRequest,
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
    /// Expects `POST /openapi/environments/{name}/envcfgs` calls (`create_env_config`): Adds a configuration resource (ConfigMap, Secret, Ingress, PVC) to a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_env_config(&self) -> CreateEnvConfig<'_> {
        CreateEnvConfig {
            expectation: self.expect("create_env_config"),
        }
    }
}
/// An expected `POST /openapi/environments/{name}/envcfgs` call (`Client::create_env_config`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateEnvConfig<'a> {
    expectation: Expectation<'a>,
}
impl CreateEnvConfig<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::CreateEnvConfigRequest) -> Self {
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
            &crate::types::CreateEnvConfigRequest,
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
    /// Expects `POST /openapi/environments/production/{name}/envcfgs` calls (`create_production_env_config`): Adds a configuration resource (ConfigMap, Secret, Ingress, PVC) to a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_production_env_config(&self) -> CreateProductionEnvConfig<'_> {
        CreateProductionEnvConfig {
            expectation: self.expect("create_production_env_config"),
        }
    }
}
/// An expected `POST /openapi/environments/production/{name}/envcfgs` call (`Client::create_production_env_config`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateProductionEnvConfig<'a> {
    expectation: Expectation<'a>,
}
impl CreateProductionEnvConfig<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::CreateEnvConfigRequest) -> Self {
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
            &crate::types::CreateEnvConfigRequest,
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
    /// Expects `GET /openapi/environments/{name}/envcfgs` calls (`list_env_configs`): Lists the configuration resources of one kind in a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_env_configs(&self) -> ListEnvConfigs<'_> {
        ListEnvConfigs {
            expectation: self.expect("list_env_configs"),
        }
    }
}
/// An expected `GET /openapi/environments/{name}/envcfgs` call (`Client::list_env_configs`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListEnvConfigs<'a> {
    expectation: Expectation<'a>,
}
impl ListEnvConfigs<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Matches only calls whose query parameter `type` is `value`.
    pub fn r#type(mut self, value: impl Into<crate::types::EnvConfigType>) -> Self {
        let value: crate::types::EnvConfigType = value.into();
        self.expectation.match_query("type", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::EnvConfigSummary>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::EnvConfigSummary>>,
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
    /// Expects `GET /openapi/environments/production/{name}/envcfgs` calls (`list_production_env_configs`): Lists the configuration resources of one kind in a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_production_env_configs(&self) -> ListProductionEnvConfigs<'_> {
        ListProductionEnvConfigs {
            expectation: self.expect("list_production_env_configs"),
        }
    }
}
/// An expected `GET /openapi/environments/production/{name}/envcfgs` call (`Client::list_production_env_configs`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListProductionEnvConfigs<'a> {
    expectation: Expectation<'a>,
}
impl ListProductionEnvConfigs<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Matches only calls whose query parameter `type` is `value`.
    pub fn r#type(mut self, value: impl Into<crate::types::EnvConfigType>) -> Self {
        let value: crate::types::EnvConfigType = value.into();
        self.expectation.match_query("type", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::EnvConfigSummary>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::EnvConfigSummary>>,
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
    /// Expects `GET /openapi/environments/{name}/envcfg/{cfgName}` calls (`get_env_config`): Reads one configuration resource of a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_env_config(&self) -> GetEnvConfig<'_> {
        GetEnvConfig {
            expectation: self.expect("get_env_config"),
        }
    }
}
/// An expected `GET /openapi/environments/{name}/envcfg/{cfgName}` call (`Client::get_env_config`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetEnvConfig<'a> {
    expectation: Expectation<'a>,
}
impl GetEnvConfig<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose path parameter `cfgName` is `value`.
    pub fn cfg_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("cfgName", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `type` is `value`.
    pub fn r#type(mut self, value: impl Into<crate::types::EnvConfigType>) -> Self {
        let value: crate::types::EnvConfigType = value.into();
        self.expectation.match_query("type", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::EnvConfigDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::EnvConfigDetail>,
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
    /// Expects `GET /openapi/environments/production/{name}/envcfg/{cfgName}` calls (`get_production_env_config`): Reads one configuration resource of a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_production_env_config(&self) -> GetProductionEnvConfig<'_> {
        GetProductionEnvConfig {
            expectation: self.expect("get_production_env_config"),
        }
    }
}
/// An expected `GET /openapi/environments/production/{name}/envcfg/{cfgName}` call (`Client::get_production_env_config`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetProductionEnvConfig<'a> {
    expectation: Expectation<'a>,
}
impl GetProductionEnvConfig<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose path parameter `cfgName` is `value`.
    pub fn cfg_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("cfgName", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `type` is `value`.
    pub fn r#type(mut self, value: impl Into<crate::types::EnvConfigType>) -> Self {
        let value: crate::types::EnvConfigType = value.into();
        self.expectation.match_query("type", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::EnvConfigDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::EnvConfigDetail>,
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
    /// Expects `PUT /openapi/environments/envcfgs` calls (`update_env_config`): Replaces the content of one configuration resource of a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_env_config(&self) -> UpdateEnvConfig<'_> {
        UpdateEnvConfig {
            expectation: self.expect("update_env_config"),
        }
    }
}
/// An expected `PUT /openapi/environments/envcfgs` call (`Client::update_env_config`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateEnvConfig<'a> {
    expectation: Expectation<'a>,
}
impl UpdateEnvConfig<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::UpdateEnvConfigRequest) -> Self {
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
            &crate::types::UpdateEnvConfigRequest,
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
    /// Expects `PUT /openapi/environments/production/envcfgs` calls (`update_production_env_config`): Replaces the content of one configuration resource of a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_production_env_config(&self) -> UpdateProductionEnvConfig<'_> {
        UpdateProductionEnvConfig {
            expectation: self.expect("update_production_env_config"),
        }
    }
}
/// An expected `PUT /openapi/environments/production/envcfgs` call (`Client::update_production_env_config`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateProductionEnvConfig<'a> {
    expectation: Expectation<'a>,
}
impl UpdateProductionEnvConfig<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::UpdateEnvConfigRequest) -> Self {
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
            &crate::types::UpdateEnvConfigRequest,
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
    /// Expects `DELETE /openapi/environments/{name}/envcfg/{cfgName}` calls (`delete_env_config`): Removes one configuration resource from a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_env_config(&self) -> DeleteEnvConfig<'_> {
        DeleteEnvConfig {
            expectation: self.expect("delete_env_config"),
        }
    }
}
/// An expected `DELETE /openapi/environments/{name}/envcfg/{cfgName}` call (`Client::delete_env_config`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteEnvConfig<'a> {
    expectation: Expectation<'a>,
}
impl DeleteEnvConfig<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose path parameter `cfgName` is `value`.
    pub fn cfg_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("cfgName", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `type` is `value`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("type", &value);
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
    /// Expects `DELETE /openapi/environments/production/{name}/envcfg/{cfgName}` calls (`delete_production_env_config`): Removes one configuration resource from a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_production_env_config(&self) -> DeleteProductionEnvConfig<'_> {
        DeleteProductionEnvConfig {
            expectation: self.expect("delete_production_env_config"),
        }
    }
}
/// An expected `DELETE /openapi/environments/production/{name}/envcfg/{cfgName}` call (`Client::delete_production_env_config`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteProductionEnvConfig<'a> {
    expectation: Expectation<'a>,
}
impl DeleteProductionEnvConfig<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose path parameter `cfgName` is `value`.
    pub fn cfg_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("cfgName", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `type` is `value`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("type", &value);
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
    /// Expects `POST /openapi/environments/scale` calls (`scale_workload`): Sets the replica count of a Deployment or StatefulSet in a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn scale_workload(&self) -> ScaleWorkload<'_> {
        ScaleWorkload {
            expectation: self.expect("scale_workload"),
        }
    }
}
/// An expected `POST /openapi/environments/scale` call (`Client::scale_workload`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ScaleWorkload<'a> {
    expectation: Expectation<'a>,
}
impl ScaleWorkload<'_> {
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ScaleWorkloadRequest) -> Self {
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
            &crate::types::ScaleWorkloadRequest,
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
    /// Expects `POST /openapi/environments/{name}/service/{serviceName}/restart` calls (`restart_environment_service`): Restarts the workloads of one service in a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn restart_environment_service(&self) -> RestartEnvironmentService<'_> {
        RestartEnvironmentService {
            expectation: self.expect("restart_environment_service"),
        }
    }
}
/// An expected `POST /openapi/environments/{name}/service/{serviceName}/restart` call (`Client::restart_environment_service`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct RestartEnvironmentService<'a> {
    expectation: Expectation<'a>,
}
impl RestartEnvironmentService<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
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
    /// Expects `POST /openapi/environments/production/{name}/service/{serviceName}/restart` calls (`restart_production_environment_service`): Restarts the workloads of one service in a production environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn restart_production_environment_service(
        &self,
    ) -> RestartProductionEnvironmentService<'_> {
        RestartProductionEnvironmentService {
            expectation: self.expect("restart_production_environment_service"),
        }
    }
}
/// An expected `POST /openapi/environments/production/{name}/service/{serviceName}/restart` call (`Client::restart_production_environment_service`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct RestartProductionEnvironmentService<'a> {
    expectation: Expectation<'a>,
}
impl RestartProductionEnvironmentService<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
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
    /// Expects `GET /openapi/environments/{name}/service/{serviceName}/pods` calls (`list_environment_service_pods`): Lists the pods of one service in a test environment, with their state and images
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_environment_service_pods(&self) -> ListEnvironmentServicePods<'_> {
        ListEnvironmentServicePods {
            expectation: self.expect("list_environment_service_pods"),
        }
    }
}
/// An expected `GET /openapi/environments/{name}/service/{serviceName}/pods` call (`Client::list_environment_service_pods`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListEnvironmentServicePods<'a> {
    expectation: Expectation<'a>,
}
impl ListEnvironmentServicePods<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
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
    pub fn respond(self, value: crate::types::ServicePodList) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(self, values: Vec<crate::types::ServicePodList>) -> Mounted {
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
    /// Expects `GET /openapi/environments/production/{name}/service/{serviceName}/pods` calls (`list_production_environment_service_pods`): Lists the pods of one service in a production environment, with their state and images
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_production_environment_service_pods(
        &self,
    ) -> ListProductionEnvironmentServicePods<'_> {
        ListProductionEnvironmentServicePods {
            expectation: self.expect("list_production_environment_service_pods"),
        }
    }
}
/// An expected `GET /openapi/environments/production/{name}/service/{serviceName}/pods` call (`Client::list_production_environment_service_pods`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListProductionEnvironmentServicePods<'a> {
    expectation: Expectation<'a>,
}
impl ListProductionEnvironmentServicePods<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
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
    pub fn respond(self, value: crate::types::ServicePodList) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(self, values: Vec<crate::types::ServicePodList>) -> Mounted {
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
    /// Expects `POST /openapi/environments/{name}/pod/{podName}/restart` calls (`restart_environment_service_pod`): Restarts one pod of a test environment by deleting it so that its workload recreates it
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn restart_environment_service_pod(&self) -> RestartEnvironmentServicePod<'_> {
        RestartEnvironmentServicePod {
            expectation: self.expect("restart_environment_service_pod"),
        }
    }
}
/// An expected `POST /openapi/environments/{name}/pod/{podName}/restart` call (`Client::restart_environment_service_pod`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct RestartEnvironmentServicePod<'a> {
    expectation: Expectation<'a>,
}
impl RestartEnvironmentServicePod<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose path parameter `podName` is `value`.
    pub fn pod_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("podName", &value);
        self
    }
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
    pub fn respond(self, value: crate::types::PodRestartResult) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::PodRestartResult>,
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
    /// Expects `POST /openapi/environments/production/{name}/pod/{podName}/restart` calls (`restart_production_environment_service_pod`): Restarts one pod of a production environment by deleting it so that its workload recreates it
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn restart_production_environment_service_pod(
        &self,
    ) -> RestartProductionEnvironmentServicePod<'_> {
        RestartProductionEnvironmentServicePod {
            expectation: self.expect("restart_production_environment_service_pod"),
        }
    }
}
/// An expected `POST /openapi/environments/production/{name}/pod/{podName}/restart` call (`Client::restart_production_environment_service_pod`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct RestartProductionEnvironmentServicePod<'a> {
    expectation: Expectation<'a>,
}
impl RestartProductionEnvironmentServicePod<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose path parameter `podName` is `value`.
    pub fn pod_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("podName", &value);
        self
    }
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
    pub fn respond(self, value: crate::types::PodRestartResult) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::PodRestartResult>,
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
    /// Expects `POST /openapi/environments/image/deployment/{envName}` calls (`update_deployment_image`): Changes the image of one container of a Deployment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_deployment_image(&self) -> UpdateDeploymentImage<'_> {
        UpdateDeploymentImage {
            expectation: self.expect("update_deployment_image"),
        }
    }
}
/// An expected `POST /openapi/environments/image/deployment/{envName}` call (`Client::update_deployment_image`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateDeploymentImage<'a> {
    expectation: Expectation<'a>,
}
impl UpdateDeploymentImage<'_> {
    /// Matches only calls whose path parameter `envName` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("envName", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::UpdateContainerImageRequest) -> Self {
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
            &crate::types::UpdateContainerImageRequest,
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
    /// Expects `POST /openapi/environments/image/statefulset/{envName}` calls (`update_statefulset_image`): Changes the image of one container of a StatefulSet
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_statefulset_image(&self) -> UpdateStatefulsetImage<'_> {
        UpdateStatefulsetImage {
            expectation: self.expect("update_statefulset_image"),
        }
    }
}
/// An expected `POST /openapi/environments/image/statefulset/{envName}` call (`Client::update_statefulset_image`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateStatefulsetImage<'a> {
    expectation: Expectation<'a>,
}
impl UpdateStatefulsetImage<'_> {
    /// Matches only calls whose path parameter `envName` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("envName", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::UpdateContainerImageRequest) -> Self {
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
            &crate::types::UpdateContainerImageRequest,
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
    /// Expects `POST /openapi/environments/image/cronjob/{envName}` calls (`update_cronjob_image`): Changes the image of one container of a CronJob
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_cronjob_image(&self) -> UpdateCronjobImage<'_> {
        UpdateCronjobImage {
            expectation: self.expect("update_cronjob_image"),
        }
    }
}
/// An expected `POST /openapi/environments/image/cronjob/{envName}` call (`Client::update_cronjob_image`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateCronjobImage<'a> {
    expectation: Expectation<'a>,
}
impl UpdateCronjobImage<'_> {
    /// Matches only calls whose path parameter `envName` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("envName", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::UpdateContainerImageRequest) -> Self {
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
            &crate::types::UpdateContainerImageRequest,
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
    /// Expects `POST /openapi/environments/image/job/{envName}` calls (`update_job_image`): Changes the image of one container of a Kubernetes Job in a test environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_job_image(&self) -> UpdateJobImage<'_> {
        UpdateJobImage {
            expectation: self.expect("update_job_image"),
        }
    }
}
/// An expected `POST /openapi/environments/image/job/{envName}` call (`Client::update_job_image`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateJobImage<'a> {
    expectation: Expectation<'a>,
}
impl UpdateJobImage<'_> {
    /// Matches only calls whose path parameter `envName` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("envName", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::UpdateContainerImageRequest) -> Self {
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
            &crate::types::UpdateContainerImageRequest,
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
    /// Expects `GET /openapi/environments/kube/events` calls (`list_environment_events`): Lists the Kubernetes events of one object (e.g. a Deployment) in an environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_environment_events(&self) -> ListEnvironmentEvents<'_> {
        ListEnvironmentEvents {
            expectation: self.expect("list_environment_events"),
        }
    }
}
/// An expected `GET /openapi/environments/kube/events` call (`Client::list_environment_events`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListEnvironmentEvents<'a> {
    expectation: Expectation<'a>,
}
impl ListEnvironmentEvents<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("envName", &value);
        self
    }
    /// Matches only calls whose query parameter `name` is `value`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("name", &value);
        self
    }
    /// Matches only calls whose query parameter `type` is `value`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("type", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::KubeEvent>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(self, values: Vec<Vec<crate::types::KubeEvent>>) -> Mounted {
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
    /// Expects `GET /openapi/environments/{name}/check/workloads/k8services` calls (`check_workload_k8s_services`): Lists the workloads of an environment that have no Kubernetes Service (a sub-environment prerequisite)
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn check_workload_k8s_services(&self) -> CheckWorkloadK8sServices<'_> {
        CheckWorkloadK8sServices {
            expectation: self.expect("check_workload_k8s_services"),
        }
    }
}
/// An expected `GET /openapi/environments/{name}/check/workloads/k8services` call (`Client::check_workload_k8s_services`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CheckWorkloadK8sServices<'a> {
    expectation: Expectation<'a>,
}
impl CheckWorkloadK8sServices<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<String>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(self, values: Vec<Vec<String>>) -> Mounted {
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
    /// Expects `POST /openapi/environments/{name}/share/enable` calls (`enable_sub_environment`): Turns a test environment into a base environment that sub-environments can share
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn enable_sub_environment(&self) -> EnableSubEnvironment<'_> {
        EnableSubEnvironment {
            expectation: self.expect("enable_sub_environment"),
        }
    }
}
/// An expected `POST /openapi/environments/{name}/share/enable` call (`Client::enable_sub_environment`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct EnableSubEnvironment<'a> {
    expectation: Expectation<'a>,
}
impl EnableSubEnvironment<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Expects `DELETE /openapi/environments/{name}/share/enable` calls (`disable_sub_environment`): Turns off environment sharing (sub-environments) for a base environment
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn disable_sub_environment(&self) -> DisableSubEnvironment<'_> {
        DisableSubEnvironment {
            expectation: self.expect("disable_sub_environment"),
        }
    }
}
/// An expected `DELETE /openapi/environments/{name}/share/enable` call (`Client::disable_sub_environment`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DisableSubEnvironment<'a> {
    expectation: Expectation<'a>,
}
impl DisableSubEnvironment<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
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
    /// Expects `GET /openapi/environments/{name}/check/sharenv/{op}/ready` calls (`check_sub_environment_ready`): Checks whether enabling or disabling environment sharing has taken effect
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn check_sub_environment_ready(&self) -> CheckSubEnvironmentReady<'_> {
        CheckSubEnvironmentReady {
            expectation: self.expect("check_sub_environment_ready"),
        }
    }
}
/// An expected `GET /openapi/environments/{name}/check/sharenv/{op}/ready` call (`Client::check_sub_environment_ready`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CheckSubEnvironmentReady<'a> {
    expectation: Expectation<'a>,
}
impl CheckSubEnvironmentReady<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose path parameter `op` is `value`.
    pub fn op(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("op", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::ShareEnvReadiness) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::ShareEnvReadiness>,
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
    /// Expects `GET /openapi/environments/{name}/share/portal/{serviceName}` calls (`get_entry_service`): Asks for the entry (portal) settings of a shared environment's service; answers only an acknowledgement
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_entry_service(&self) -> GetEntryService<'_> {
        GetEntryService {
            expectation: self.expect("get_entry_service"),
        }
    }
}
/// An expected `GET /openapi/environments/{name}/share/portal/{serviceName}` call (`Client::get_entry_service`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetEntryService<'a> {
    expectation: Expectation<'a>,
}
impl GetEntryService<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
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
    /// Expects `POST /openapi/environments/{name}/share/portal/{serviceName}` calls (`set_entry_service`): Sets the hosts and ports through which a service of a shared environment is reached
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn set_entry_service(&self) -> SetEntryService<'_> {
        SetEntryService {
            expectation: self.expect("set_entry_service"),
        }
    }
}
/// An expected `POST /openapi/environments/{name}/share/portal/{serviceName}` call (`Client::set_entry_service`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct SetEntryService<'a> {
    expectation: Expectation<'a>,
}
impl SetEntryService<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
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
    pub fn body(mut self, value: Vec<crate::types::EntryServiceServer>) -> Self {
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
            &Vec<crate::types::EntryServiceServer>,
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
    /// Expects `GET /openapi/logs/sse/pods/{podName}/containers/{containerName}` calls (`stream_container_logs`): Follows the log of one container of a pod as a server-sent event stream
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn stream_container_logs(&self) -> StreamContainerLogs<'_> {
        StreamContainerLogs {
            expectation: self.expect("stream_container_logs"),
        }
    }
}
/// An expected `GET /openapi/logs/sse/pods/{podName}/containers/{containerName}` call (`Client::stream_container_logs`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct StreamContainerLogs<'a> {
    expectation: Expectation<'a>,
}
impl StreamContainerLogs<'_> {
    /// Matches only calls whose path parameter `podName` is `value`.
    pub fn pod_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("podName", &value);
        self
    }
    /// Matches only calls whose path parameter `containerName` is `value`.
    pub fn container_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("containerName", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("envName", &value);
        self
    }
    /// Matches only calls whose query parameter `tails` is `value`.
    pub fn tails(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("tails", &value);
        self
    }
    /// Matches only calls whose query parameter `since` is `value`.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("since", &value);
        self
    }
    /// Answers `200` with `lines` as a `text/event-stream`, one `data:` event per line,
    /// all at once.
    pub fn respond_lines<L: Into<String>>(self, lines: Vec<L>) -> Mounted {
        self.expectation
            .respond_lines(
                lines
                    .into_iter()
                    .map(|line| (std::time::Duration::ZERO, line.into()))
                    .collect(),
            )
    }
    /// Answers `200` with a `text/event-stream` that sends each line (one `data:`
    /// event) after its delay, counted from the line before: for testing a reader's
    /// idle timeout or what it does with lines as they come.
    pub fn respond_lines_with_delays<L: Into<String>>(
        self,
        lines: Vec<(std::time::Duration, L)>,
    ) -> Mounted {
        self.expectation
            .respond_lines(
                lines.into_iter().map(|(delay, line)| (delay, line.into())).collect(),
            )
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
