// @generated from spec/artifact.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Artifact management API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::list_artifact_versions`](crate::Client::list_artifact_versions), with its route.
#[derive(Debug, Clone)]
pub struct ListArtifactVersions {
    pub(crate) project_key: Option<String>,
    pub(crate) page_num: Option<i64>,
    pub(crate) page_size: Option<i64>,
    pub(crate) task_id: Option<i64>,
    pub(crate) workflow_key: Option<String>,
    pub(crate) service_name: Option<String>,
    pub(crate) label: Option<String>,
    pub(crate) verbosity: Option<String>,
}
static LIST_ARTIFACT_VERSIONS: Route = Route::new(
    "list_artifact_versions",
    reqwest::Method::GET,
    "/api/aslan/delivery/releases",
    &[
        "projectName",
        "page",
        "per_page",
        "taskId",
        "workflowName",
        "serviceName",
        "label",
        "verbosity",
    ],
    crate::release::Availability {
        since: Some(crate::Release::V4_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for ListArtifactVersions {
    type Answer = crate::call::Json<Vec<crate::types::ArtifactVersion>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_ARTIFACT_VERSIONS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query_opt("projectName", &self.project_key);
        request.query_opt("page", &self.page_num);
        request.query_opt("per_page", &self.page_size);
        request.query_opt("taskId", &self.task_id);
        request.query_opt("workflowName", &self.workflow_key);
        request.query_opt("serviceName", &self.service_name);
        request.query_opt("label", &self.label);
        request.query_opt("verbosity", &self.verbosity);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::list_artifact_versions_legacy`](crate::Client::list_artifact_versions_legacy), with its route.
#[derive(Debug, Clone)]
pub struct ListArtifactVersionsLegacy {
    pub(crate) project_key: Option<String>,
    pub(crate) page_num: Option<i64>,
    pub(crate) page_size: Option<i64>,
    pub(crate) task_id: Option<i64>,
    pub(crate) workflow_key: Option<String>,
    pub(crate) service_name: Option<String>,
    pub(crate) verbosity: Option<String>,
}
static LIST_ARTIFACT_VERSIONS_LEGACY: Route = Route::new(
    "list_artifact_versions_legacy",
    reqwest::Method::GET,
    "/api/aslan/delivery/releases",
    &[
        "projectName",
        "page",
        "per_page",
        "taskId",
        "workflowName",
        "serviceName",
        "verbosity",
    ],
    crate::release::Availability {
        since: None,
        until: Some(crate::Release::V3_4_1),
        older_paths: &[],
    },
);
impl Endpoint for ListArtifactVersionsLegacy {
    type Answer = crate::call::Json<Vec<crate::types::ArtifactReleaseLegacy>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_ARTIFACT_VERSIONS_LEGACY
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query_opt("projectName", &self.project_key);
        request.query_opt("page", &self.page_num);
        request.query_opt("per_page", &self.page_size);
        request.query_opt("taskId", &self.task_id);
        request.query_opt("workflowName", &self.workflow_key);
        request.query_opt("serviceName", &self.service_name);
        request.query_opt("verbosity", &self.verbosity);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
