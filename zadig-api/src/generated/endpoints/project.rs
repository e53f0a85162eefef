// @generated from spec/project.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Project API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::create_project`](crate::Client::create_project), with its route.
#[derive(Debug, Clone)]
pub struct CreateProject {
    pub(crate) body: crate::types::ProjectCreateRequest,
}
static CREATE_PROJECT: Route = Route::new(
    "create_project",
    reqwest::Method::POST,
    "/openapi/projects/project",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateProject {
    type Answer = crate::call::Message;
    type Body = crate::types::ProjectCreateRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_PROJECT
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::ProjectCreateRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::create_yaml_project`](crate::Client::create_yaml_project), with its route.
#[derive(Debug, Clone)]
pub struct CreateYamlProject {
    pub(crate) body: crate::types::ProjectInitializeRequest,
}
static CREATE_YAML_PROJECT: Route = Route::new(
    "create_yaml_project",
    reqwest::Method::POST,
    "/openapi/projects/project/init/yaml",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateYamlProject {
    type Answer = crate::call::Message;
    type Body = crate::types::ProjectInitializeRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_YAML_PROJECT
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::ProjectInitializeRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::create_helm_project`](crate::Client::create_helm_project), with its route.
#[derive(Debug, Clone)]
pub struct CreateHelmProject {
    pub(crate) body: crate::types::ProjectInitializeRequest,
}
static CREATE_HELM_PROJECT: Route = Route::new(
    "create_helm_project",
    reqwest::Method::POST,
    "/openapi/projects/project/init/helm",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateHelmProject {
    type Answer = crate::call::Message;
    type Body = crate::types::ProjectInitializeRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_HELM_PROJECT
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::ProjectInitializeRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::list_projects`](crate::Client::list_projects), with its route.
#[derive(Debug, Clone)]
pub struct ListProjects {
    pub(crate) page_num: Option<i64>,
    pub(crate) page_size: Option<i64>,
}
static LIST_PROJECTS: Route = Route::new(
    "list_projects",
    reqwest::Method::GET,
    "/openapi/projects/project",
    &["pageNum", "pageSize"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListProjects {
    type Answer = crate::call::Json<crate::types::ProjectList>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_PROJECTS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query_opt("pageNum", &self.page_num);
        request.query_opt("pageSize", &self.page_size);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
impl crate::call::Paged for ListProjects {
    type Item = crate::types::ProjectBrief;
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
        answer: crate::types::ProjectList,
    ) -> crate::runtime::pagination::Page<crate::types::ProjectBrief> {
        crate::runtime::pagination::Page {
            total: answer.total,
            items: answer.projects,
        }
    }
}
/// The parameters of [`Client::get_project`](crate::Client::get_project), with its route.
#[derive(Debug, Clone)]
pub struct GetProject {
    pub(crate) project_key: String,
}
static GET_PROJECT: Route = Route::new(
    "get_project",
    reqwest::Method::GET,
    "/openapi/projects/project/detail",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetProject {
    type Answer = crate::call::Json<crate::types::ProjectDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_PROJECT
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::delete_project`](crate::Client::delete_project), with its route.
#[derive(Debug, Clone)]
pub struct DeleteProject {
    pub(crate) project_key: String,
    pub(crate) is_delete: bool,
}
static DELETE_PROJECT: Route = Route::new(
    "delete_project",
    reqwest::Method::DELETE,
    "/openapi/projects/project",
    &["projectKey", "isDelete"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteProject {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_PROJECT
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
        request.query("isDelete", &self.is_delete);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_project_global_variables`](crate::Client::get_project_global_variables), with its route.
#[derive(Debug, Clone)]
pub struct GetProjectGlobalVariables {
    pub(crate) project_key: String,
}
static GET_PROJECT_GLOBAL_VARIABLES: Route = Route::new(
    "get_project_global_variables",
    reqwest::Method::GET,
    "/openapi/projects/project/globalVariable",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetProjectGlobalVariables {
    type Answer = crate::call::Json<crate::types::ProjectGlobalVariables>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_PROJECT_GLOBAL_VARIABLES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::create_collaboration_mode`](crate::Client::create_collaboration_mode), with its route.
#[derive(Debug, Clone)]
pub struct CreateCollaborationMode {
    pub(crate) body: crate::types::CollaborationModeCreateRequest,
}
static CREATE_COLLABORATION_MODE: Route = Route::new(
    "create_collaboration_mode",
    reqwest::Method::POST,
    "/openapi/collaborations",
    &[],
    crate::release::Availability {
        since: Some(crate::Release::V4_2_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for CreateCollaborationMode {
    type Answer = crate::call::Message;
    type Body = crate::types::CollaborationModeCreateRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_COLLABORATION_MODE
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::CollaborationModeCreateRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::delete_collaboration_mode`](crate::Client::delete_collaboration_mode), with its route.
#[derive(Debug, Clone)]
pub struct DeleteCollaborationMode {
    pub(crate) project_key: String,
    pub(crate) name: String,
}
static DELETE_COLLABORATION_MODE: Route = Route::new(
    "delete_collaboration_mode",
    reqwest::Method::DELETE,
    "/openapi/collaborations/{name}",
    &["projectKey"],
    crate::release::Availability {
        since: Some(crate::Release::V4_2_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for DeleteCollaborationMode {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_COLLABORATION_MODE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
