// @generated from spec/release_plan.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Release plan API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::list_release_plans`](crate::Client::list_release_plans), with its route.
#[derive(Debug, Clone)]
pub struct ListReleasePlans {
    pub(crate) page_num: i64,
    pub(crate) page_size: i64,
}
static LIST_RELEASE_PLANS: Route = Route::new(
    "list_release_plans",
    reqwest::Method::GET,
    "/openapi/release_plan/v1",
    &["pageNum", "pageSize"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListReleasePlans {
    type Answer = crate::call::Json<crate::types::ReleasePlanList>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_RELEASE_PLANS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("pageNum", &self.page_num);
        request.query("pageSize", &self.page_size);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
impl crate::call::Paged for ListReleasePlans {
    type Item = crate::types::ReleasePlanSummary;
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
        answer: crate::types::ReleasePlanList,
    ) -> crate::runtime::pagination::Page<crate::types::ReleasePlanSummary> {
        crate::runtime::pagination::Page {
            total: answer.total,
            items: answer.list,
        }
    }
}
/// The parameters of [`Client::get_release_plan`](crate::Client::get_release_plan), with its route.
#[derive(Debug, Clone)]
pub struct GetReleasePlan {
    pub(crate) id: String,
}
static GET_RELEASE_PLAN: Route = Route::new(
    "get_release_plan",
    reqwest::Method::GET,
    "/openapi/release_plan/v1/{id}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for GetReleasePlan {
    type Answer = crate::call::Json<crate::types::ReleasePlan>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_RELEASE_PLAN
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
/// The parameters of [`Client::create_release_plan`](crate::Client::create_release_plan), with its route.
#[derive(Debug, Clone)]
pub struct CreateReleasePlan {
    pub(crate) body: crate::types::CreateReleasePlanRequest,
}
static CREATE_RELEASE_PLAN: Route = Route::new(
    "create_release_plan",
    reqwest::Method::POST,
    "/openapi/release_plan/v1",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateReleasePlan {
    type Answer = crate::call::Json<crate::types::CreateReleasePlanResponse>;
    type Body = crate::types::CreateReleasePlanRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_RELEASE_PLAN
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::CreateReleasePlanRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_release_plan`](crate::Client::update_release_plan), with its route.
#[derive(Debug, Clone)]
pub struct UpdateReleasePlan {
    pub(crate) id: String,
    pub(crate) body: crate::types::UpdateReleasePlanRequest,
}
static UPDATE_RELEASE_PLAN: Route = Route::new(
    "update_release_plan",
    reqwest::Method::PATCH,
    "/openapi/release_plan/v1/{id}",
    &[],
    crate::release::Availability {
        since: Some(crate::Release::V4_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for UpdateReleasePlan {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateReleasePlanRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_RELEASE_PLAN
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("id", &self.id);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateReleasePlanRequest> {
        Some(&self.body)
    }
}
