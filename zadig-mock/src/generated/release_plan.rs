// @generated from spec/release_plan.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Release plan endpoints.
#![allow(clippy::too_many_lines)]
use crate::{Expectation, MockZadig, Mounted};
impl MockZadig {
    /// Expects `GET /openapi/release_plan/v1` calls (`list_release_plans`): Lists release plans, one page at a time
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_release_plans(&self) -> ListReleasePlans<'_> {
        ListReleasePlans {
            expectation: self.expect("list_release_plans"),
        }
    }
}
/// An expected `GET /openapi/release_plan/v1` call (`Client::list_release_plans`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListReleasePlans<'a> {
    expectation: Expectation<'a>,
}
impl ListReleasePlans<'_> {
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
    pub fn respond(self, value: crate::types::ReleasePlanList) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::ReleasePlanList>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers with pages of `items`, as the server pages them: the `pageNum` and `pageSize` query parameters (default page 1 and size 0) pick the slice; the `list` field holds it and `total` the count of all items. Any number of calls.
    pub fn respond_pages(self, items: Vec<crate::types::ReleasePlanSummary>) -> Mounted {
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
    /// Expects `GET /openapi/release_plan/v1/{id}` calls (`get_release_plan`): Reads one release plan with its approval settings and jobs
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_release_plan(&self) -> GetReleasePlan<'_> {
        GetReleasePlan {
            expectation: self.expect("get_release_plan"),
        }
    }
}
/// An expected `GET /openapi/release_plan/v1/{id}` call (`Client::get_release_plan`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetReleasePlan<'a> {
    expectation: Expectation<'a>,
}
impl GetReleasePlan<'_> {
    /// Matches only calls whose path parameter `id` is `value`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("id", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::ReleasePlan) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(self, values: Vec<crate::types::ReleasePlan>) -> Mounted {
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
    /// Expects `POST /openapi/release_plan/v1` calls (`create_release_plan`): Creates a release plan (without jobs) and returns its id
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_release_plan(&self) -> CreateReleasePlan<'_> {
        CreateReleasePlan {
            expectation: self.expect("create_release_plan"),
        }
    }
}
/// An expected `POST /openapi/release_plan/v1` call (`Client::create_release_plan`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateReleasePlan<'a> {
    expectation: Expectation<'a>,
}
impl CreateReleasePlan<'_> {
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::CreateReleasePlanRequest) -> Self {
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
            &crate::types::CreateReleasePlanRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::CreateReleasePlanResponse) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::CreateReleasePlanResponse>,
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
    /// Expects `PATCH /openapi/release_plan/v1/{id}` calls (`update_release_plan`): Updates a release plan and replaces its list of jobs
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_release_plan(&self) -> UpdateReleasePlan<'_> {
        UpdateReleasePlan {
            expectation: self.expect("update_release_plan"),
        }
    }
}
/// An expected `PATCH /openapi/release_plan/v1/{id}` call (`Client::update_release_plan`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateReleasePlan<'a> {
    expectation: Expectation<'a>,
}
impl UpdateReleasePlan<'_> {
    /// Matches only calls whose path parameter `id` is `value`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("id", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::UpdateReleasePlanRequest) -> Self {
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
            &crate::types::UpdateReleasePlanRequest,
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
