// @generated from spec/build.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Build API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::create_build`](crate::Client::create_build), with its route.
#[derive(Debug, Clone)]
pub struct CreateBuild {
    pub(crate) source: crate::types::BuildCreationSource,
    pub(crate) body: crate::types::OpenApiBuildCreationFromTemplateReq,
}
static CREATE_BUILD: Route = Route::new(
    "create_build",
    reqwest::Method::POST,
    "/openapi/build",
    &["source"],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateBuild {
    type Answer = crate::call::Message;
    type Body = crate::types::OpenApiBuildCreationFromTemplateReq;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_BUILD
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("source", &self.source);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::OpenApiBuildCreationFromTemplateReq> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_build`](crate::Client::update_build), with its route.
#[derive(Debug, Clone)]
pub struct UpdateBuild {
    pub(crate) body: crate::types::OpenApiBuildCreationReq,
    pub(crate) source: Option<String>,
}
static UPDATE_BUILD: Route = Route::new(
    "update_build",
    reqwest::Method::PUT,
    "/openapi/build",
    &["source"],
    crate::release::Availability {
        since: Some(crate::Release::V4_2_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for UpdateBuild {
    type Answer = crate::call::Message;
    type Body = crate::types::OpenApiBuildCreationReq;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_BUILD
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query_opt("source", &self.source);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::OpenApiBuildCreationReq> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_build_from_template`](crate::Client::update_build_from_template), with its route.
#[derive(Debug, Clone)]
pub struct UpdateBuildFromTemplate {
    pub(crate) build_name: String,
    pub(crate) body: crate::types::OpenApiBuildCreationFromTemplateReq,
}
static UPDATE_BUILD_FROM_TEMPLATE: Route = Route::new(
    "update_build_from_template",
    reqwest::Method::PUT,
    "/openapi/build/{name}/template",
    &[],
    crate::release::Availability {
        since: Some(crate::Release::V4_2_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for UpdateBuildFromTemplate {
    type Answer = crate::call::Message;
    type Body = crate::types::OpenApiBuildCreationFromTemplateReq;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_BUILD_FROM_TEMPLATE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.build_name);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::OpenApiBuildCreationFromTemplateReq> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::list_builds`](crate::Client::list_builds), with its route.
#[derive(Debug, Clone)]
pub struct ListBuilds {
    pub(crate) project_key: String,
    pub(crate) page_num: Option<i64>,
    pub(crate) page_size: Option<i64>,
}
static LIST_BUILDS: Route = Route::new(
    "list_builds",
    reqwest::Method::GET,
    "/openapi/build",
    &["projectKey", "pageNum", "pageSize"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListBuilds {
    type Answer = crate::call::Json<crate::types::OpenApiBuildListResp>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_BUILDS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
        request.query_opt("pageNum", &self.page_num);
        request.query_opt("pageSize", &self.page_size);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
impl crate::call::Paged for ListBuilds {
    type Item = crate::types::OpenApiBuildBrief;
    #[inline]
    fn paging(&self) -> (i64, i64) {
        (self.page_num.unwrap_or(1), self.page_size.unwrap_or(20i64))
    }
    #[inline]
    fn set_page(&mut self, page: i64) {
        self.page_num = Some(page);
    }
    #[inline]
    fn page(
        answer: crate::types::OpenApiBuildListResp,
    ) -> crate::runtime::pagination::Page<crate::types::OpenApiBuildBrief> {
        crate::runtime::pagination::Page {
            total: answer.total,
            items: answer.builds,
        }
    }
}
/// The parameters of [`Client::get_build`](crate::Client::get_build), with its route.
#[derive(Debug, Clone)]
pub struct GetBuild {
    pub(crate) project_key: String,
    pub(crate) build_name: String,
    pub(crate) service_name: Option<String>,
    pub(crate) service_module: Option<String>,
}
static GET_BUILD: Route = Route::new(
    "get_build",
    reqwest::Method::GET,
    "/openapi/build/{buildName}/detail",
    &["projectKey", "serviceName", "serviceModule"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetBuild {
    type Answer = crate::call::Json<crate::types::OpenApiBuildDetailResp>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_BUILD
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("buildName", &self.build_name);
        request.query("projectKey", &self.project_key);
        request.query_opt("serviceName", &self.service_name);
        request.query_opt("serviceModule", &self.service_module);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::delete_build`](crate::Client::delete_build), with its route.
#[derive(Debug, Clone)]
pub struct DeleteBuild {
    pub(crate) project_key: String,
    pub(crate) build_name: String,
}
static DELETE_BUILD: Route = Route::new(
    "delete_build",
    reqwest::Method::DELETE,
    "/openapi/build",
    &["name", "projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteBuild {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_BUILD
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("name", &self.build_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
