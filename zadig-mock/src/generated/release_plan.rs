// @generated from spec/release_plan.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Release plan endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{
    Endpoint, JsonAnswer, JsonBody, MessageAnswer, PagedAnswer, sealed::Sealed,
};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `GET /openapi/release_plan/v1` calls (`list_release_plans`): Lists release plans, one page at a time
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_release_plans(&self) -> Expect<'_, ListReleasePlans> {
        self.expect()
    }
    /// Expects `GET /openapi/release_plan/v1/{id}` calls (`get_release_plan`): Reads one release plan with its approval settings and jobs
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_release_plan(&self) -> Expect<'_, GetReleasePlan> {
        self.expect()
    }
    /// Expects `POST /openapi/release_plan/v1` calls (`create_release_plan`): Creates a release plan (without jobs) and returns its id
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_release_plan(&self) -> Expect<'_, CreateReleasePlan> {
        self.expect()
    }
    /// Expects `PATCH /openapi/release_plan/v1/{id}` calls (`update_release_plan`): Updates a release plan and replaces its list of jobs
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_release_plan(&self) -> Expect<'_, UpdateReleasePlan> {
        self.expect()
    }
}
/// The `list_release_plans` endpoint (`GET /openapi/release_plan/v1`, `Client::list_release_plans`): the type of its expectation, [`Expect<ListReleasePlans>`](crate::Expect), which [`MockZadig::list_release_plans`] returns.
pub enum ListReleasePlans {}
impl Sealed for ListReleasePlans {}
impl Endpoint for ListReleasePlans {
    const ID: &'static str = "list_release_plans";
}
impl JsonAnswer for ListReleasePlans {
    type Response = crate::types::ReleasePlanList;
}
impl PagedAnswer for ListReleasePlans {
    type Item = crate::types::ReleasePlanSummary;
}
impl Expect<'_, ListReleasePlans> {
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
/// The `get_release_plan` endpoint (`GET /openapi/release_plan/v1/{id}`, `Client::get_release_plan`): the type of its expectation, [`Expect<GetReleasePlan>`](crate::Expect), which [`MockZadig::get_release_plan`] returns.
pub enum GetReleasePlan {}
impl Sealed for GetReleasePlan {}
impl Endpoint for GetReleasePlan {
    const ID: &'static str = "get_release_plan";
}
impl JsonAnswer for GetReleasePlan {
    type Response = crate::types::ReleasePlan;
}
impl Expect<'_, GetReleasePlan> {
    /// Matches only calls whose path parameter `id` is `value`.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("id", &value)
    }
}
/// The `create_release_plan` endpoint (`POST /openapi/release_plan/v1`, `Client::create_release_plan`): the type of its expectation, [`Expect<CreateReleasePlan>`](crate::Expect), which [`MockZadig::create_release_plan`] returns.
pub enum CreateReleasePlan {}
impl Sealed for CreateReleasePlan {}
impl Endpoint for CreateReleasePlan {
    const ID: &'static str = "create_release_plan";
}
impl JsonAnswer for CreateReleasePlan {
    type Response = crate::types::CreateReleasePlanResponse;
}
impl JsonBody for CreateReleasePlan {
    type Body = crate::types::CreateReleasePlanRequest;
}
/// The `update_release_plan` endpoint (`PATCH /openapi/release_plan/v1/{id}`, `Client::update_release_plan`): the type of its expectation, [`Expect<UpdateReleasePlan>`](crate::Expect), which [`MockZadig::update_release_plan`] returns.
pub enum UpdateReleasePlan {}
impl Sealed for UpdateReleasePlan {}
impl Endpoint for UpdateReleasePlan {
    const ID: &'static str = "update_release_plan";
}
impl MessageAnswer for UpdateReleasePlan {}
impl JsonBody for UpdateReleasePlan {
    type Body = crate::types::UpdateReleasePlanRequest;
}
impl Expect<'_, UpdateReleasePlan> {
    /// Matches only calls whose path parameter `id` is `value`.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("id", &value)
    }
}
