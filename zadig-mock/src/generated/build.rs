// @generated from spec/build.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Build endpoints.
#![allow(clippy::too_many_lines)]
use crate::{Expectation, MockZadig, Mounted};
impl MockZadig {
    /// Expects `POST /openapi/build` calls (`create_build`): Creates a build from a build template
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_build(&self) -> CreateBuild<'_> {
        CreateBuild {
            expectation: self.expect("create_build"),
        }
    }
}
/// An expected `POST /openapi/build` call (`Client::create_build`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateBuild<'a> {
    expectation: Expectation<'a>,
}
impl CreateBuild<'_> {
    /// Matches only calls whose query parameter `source` is `value`.
    pub fn source(
        mut self,
        value: impl Into<crate::types::BuildCreationSource>,
    ) -> Self {
        let value: crate::types::BuildCreationSource = value.into();
        self.expectation.match_query("source", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(
        mut self,
        value: crate::types::OpenApiBuildCreationFromTemplateReq,
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
            &crate::types::OpenApiBuildCreationFromTemplateReq,
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
    /// Expects `PUT /openapi/build` calls (`update_build`): Replaces the definition of a build
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_build(&self) -> UpdateBuild<'_> {
        UpdateBuild {
            expectation: self.expect("update_build"),
        }
    }
}
/// An expected `PUT /openapi/build` call (`Client::update_build`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateBuild<'a> {
    expectation: Expectation<'a>,
}
impl UpdateBuild<'_> {
    /// Matches only calls whose query parameter `source` is `value`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("source", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::OpenApiBuildCreationReq) -> Self {
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
            &crate::types::OpenApiBuildCreationReq,
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
    /// Expects `PUT /openapi/build/{name}/template` calls (`update_build_from_template`): Replaces the template settings of a build
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_build_from_template(&self) -> UpdateBuildFromTemplate<'_> {
        UpdateBuildFromTemplate {
            expectation: self.expect("update_build_from_template"),
        }
    }
}
/// An expected `PUT /openapi/build/{name}/template` call (`Client::update_build_from_template`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateBuildFromTemplate<'a> {
    expectation: Expectation<'a>,
}
impl UpdateBuildFromTemplate<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn build_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(
        mut self,
        value: crate::types::OpenApiBuildCreationFromTemplateReq,
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
            &crate::types::OpenApiBuildCreationFromTemplateReq,
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
    /// Expects `GET /openapi/build` calls (`list_builds`): Lists the builds of a project, a page at a time
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_builds(&self) -> ListBuilds<'_> {
        ListBuilds {
            expectation: self.expect("list_builds"),
        }
    }
}
/// An expected `GET /openapi/build` call (`Client::list_builds`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListBuilds<'a> {
    expectation: Expectation<'a>,
}
impl ListBuilds<'_> {
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
    pub fn respond(self, value: crate::types::OpenApiBuildListResp) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::OpenApiBuildListResp>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers with pages of `items`, as the server pages them: the `pageNum` and `pageSize` query parameters (default page 1 and size 20) pick the slice; the `builds` field holds it and `total` the count of all items. Any number of calls.
    pub fn respond_pages(self, items: Vec<crate::types::OpenApiBuildBrief>) -> Mounted {
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
    /// Expects `GET /openapi/build/{buildName}/detail` calls (`get_build`): Reads the full definition of one build
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_build(&self) -> GetBuild<'_> {
        GetBuild {
            expectation: self.expect("get_build"),
        }
    }
}
/// An expected `GET /openapi/build/{buildName}/detail` call (`Client::get_build`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetBuild<'a> {
    expectation: Expectation<'a>,
}
impl GetBuild<'_> {
    /// Matches only calls whose path parameter `buildName` is `value`.
    pub fn build_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("buildName", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("serviceName", &value);
        self
    }
    /// Matches only calls whose query parameter `serviceModule` is `value`.
    pub fn service_module(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("serviceModule", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::OpenApiBuildDetailResp) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::OpenApiBuildDetailResp>,
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
    /// Expects `DELETE /openapi/build` calls (`delete_build`): Deletes a build that no service uses any more
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_build(&self) -> DeleteBuild<'_> {
        DeleteBuild {
            expectation: self.expect("delete_build"),
        }
    }
}
/// An expected `DELETE /openapi/build` call (`Client::delete_build`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteBuild<'a> {
    expectation: Expectation<'a>,
}
impl DeleteBuild<'_> {
    /// Matches only calls whose query parameter `name` is `value`.
    pub fn build_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("name", &value);
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
