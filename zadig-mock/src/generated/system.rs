// @generated from spec/system.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the System endpoints.
#![allow(clippy::too_many_lines)]
use crate::{Expectation, MockZadig, Mounted};
impl MockZadig {
    /// Expects `GET /openapi/system/operation` calls (`list_operation_logs`): Lists the system operation log, newest first
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_operation_logs(&self) -> ListOperationLogs<'_> {
        ListOperationLogs {
            expectation: self.expect("list_operation_logs"),
        }
    }
}
/// An expected `GET /openapi/system/operation` call (`Client::list_operation_logs`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListOperationLogs<'a> {
    expectation: Expectation<'a>,
}
impl ListOperationLogs<'_> {
    /// Matches only calls whose query parameter `page` is `value`.
    pub fn page_num(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("page", &value);
        self
    }
    /// Matches only calls whose query parameter `perPage` is `value`.
    pub fn page_size(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("perPage", &value);
        self
    }
    /// Matches only calls whose query parameter `searchType` is `value`.
    pub fn search_type(
        mut self,
        value: impl Into<crate::types::OperationLogSearchType>,
    ) -> Self {
        let value: crate::types::OperationLogSearchType = value.into();
        self.expectation.match_query("searchType", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `username` is `value`.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("username", &value);
        self
    }
    /// Matches only calls whose query parameter `function` is `value`.
    pub fn function(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("function", &value);
        self
    }
    /// Matches only calls whose query parameter `status` is `value`.
    pub fn status(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("status", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::SystemOperationLogList) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::SystemOperationLogList>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers with pages of `items`, as the server pages them: the `page` and `perPage` query parameters (default page 1 and size 0) pick the slice; the `operation_logs` field holds it and `total` the count of all items. Any number of calls.
    pub fn respond_pages(self, items: Vec<crate::types::SystemOperationLog>) -> Mounted {
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
    /// Expects `GET /openapi/system/operation/env` calls (`list_environment_operation_logs`): Lists the operation log of environments, newest first
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_environment_operation_logs(&self) -> ListEnvironmentOperationLogs<'_> {
        ListEnvironmentOperationLogs {
            expectation: self.expect("list_environment_operation_logs"),
        }
    }
}
/// An expected `GET /openapi/system/operation/env` call (`Client::list_environment_operation_logs`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListEnvironmentOperationLogs<'a> {
    expectation: Expectation<'a>,
}
impl ListEnvironmentOperationLogs<'_> {
    /// Matches only calls whose query parameter `page` is `value`.
    pub fn page_num(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("page", &value);
        self
    }
    /// Matches only calls whose query parameter `perPage` is `value`.
    pub fn page_size(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("perPage", &value);
        self
    }
    /// Matches only calls whose query parameter `searchType` is `value`.
    pub fn search_type(
        mut self,
        value: impl Into<crate::types::EnvOperationLogSearchType>,
    ) -> Self {
        let value: crate::types::EnvOperationLogSearchType = value.into();
        self.expectation.match_query("searchType", &value);
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
    /// Matches only calls whose query parameter `username` is `value`.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("username", &value);
        self
    }
    /// Matches only calls whose query parameter `function` is `value`.
    pub fn function(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("function", &value);
        self
    }
    /// Matches only calls whose query parameter `status` is `value`.
    pub fn status(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("status", &value);
        self
    }
    /// Matches only calls whose query parameter `detail` is `value`.
    pub fn detail(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("detail", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::SystemOperationLogList) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::SystemOperationLogList>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers with pages of `items`, as the server pages them: the `page` and `perPage` query parameters (default page 1 and size 0) pick the slice; the `operation_logs` field holds it and `total` the count of all items. Any number of calls.
    pub fn respond_pages(self, items: Vec<crate::types::SystemOperationLog>) -> Mounted {
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
    /// Expects `GET /openapi/system/cli/context` calls (`get_cli_context`): Tells who the API token belongs to, plus edition and version for administrators
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_cli_context(&self) -> GetCliContext<'_> {
        GetCliContext {
            expectation: self.expect("get_cli_context"),
        }
    }
}
/// An expected `GET /openapi/system/cli/context` call (`Client::get_cli_context`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetCliContext<'a> {
    expectation: Expectation<'a>,
}
impl GetCliContext<'_> {
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::CliContext) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(self, values: Vec<crate::types::CliContext>) -> Mounted {
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
