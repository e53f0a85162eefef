// @generated from spec/project.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Project endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{
    Endpoint, JsonAnswer, JsonBody, MessageAnswer, PagedAnswer, sealed::Sealed,
};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `POST /openapi/projects/project` calls (`create_project`): Creates a project with no services
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_project(&self) -> Expect<'_, CreateProject> {
        self.expect()
    }
    /// Expects `POST /openapi/projects/project/init/yaml` calls (`create_yaml_project`): Creates a Kubernetes YAML project and sets it up
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_yaml_project(&self) -> Expect<'_, CreateYamlProject> {
        self.expect()
    }
    /// Expects `POST /openapi/projects/project/init/helm` calls (`create_helm_project`): Creates a Helm project and sets it up
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_helm_project(&self) -> Expect<'_, CreateHelmProject> {
        self.expect()
    }
    /// Expects `GET /openapi/projects/project` calls (`list_projects`): Lists the projects
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_projects(&self) -> Expect<'_, ListProjects> {
        self.expect()
    }
    /// Expects `GET /openapi/projects/project/detail` calls (`get_project`): Reads the details of one project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_project(&self) -> Expect<'_, GetProject> {
        self.expect()
    }
    /// Expects `DELETE /openapi/projects/project` calls (`delete_project`): Deletes a project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_project(&self) -> Expect<'_, DeleteProject> {
        self.expect()
    }
    /// Expects `GET /openapi/projects/project/globalVariable` calls (`get_project_global_variables`): Reads the global variables of a project, for test and production
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_project_global_variables(&self) -> Expect<'_, GetProjectGlobalVariables> {
        self.expect()
    }
    /// Expects `POST /openapi/collaborations` calls (`create_collaboration_mode`): Creates a collaboration mode in a project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_collaboration_mode(&self) -> Expect<'_, CreateCollaborationMode> {
        self.expect()
    }
    /// Expects `DELETE /openapi/collaborations/{name}` calls (`delete_collaboration_mode`): Deletes a collaboration mode of a project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_collaboration_mode(&self) -> Expect<'_, DeleteCollaborationMode> {
        self.expect()
    }
}
/// The `create_project` endpoint (`POST /openapi/projects/project`, `Client::create_project`): the type of its expectation, [`Expect<CreateProject>`](crate::Expect), which [`MockZadig::create_project`] returns.
pub enum CreateProject {}
impl Sealed for CreateProject {}
impl Endpoint for CreateProject {
    const ID: &'static str = "create_project";
}
impl MessageAnswer for CreateProject {}
impl JsonBody for CreateProject {
    type Body = crate::types::ProjectCreateRequest;
}
/// The `create_yaml_project` endpoint (`POST /openapi/projects/project/init/yaml`, `Client::create_yaml_project`): the type of its expectation, [`Expect<CreateYamlProject>`](crate::Expect), which [`MockZadig::create_yaml_project`] returns.
pub enum CreateYamlProject {}
impl Sealed for CreateYamlProject {}
impl Endpoint for CreateYamlProject {
    const ID: &'static str = "create_yaml_project";
}
impl MessageAnswer for CreateYamlProject {}
impl JsonBody for CreateYamlProject {
    type Body = crate::types::ProjectInitializeRequest;
}
/// The `create_helm_project` endpoint (`POST /openapi/projects/project/init/helm`, `Client::create_helm_project`): the type of its expectation, [`Expect<CreateHelmProject>`](crate::Expect), which [`MockZadig::create_helm_project`] returns.
pub enum CreateHelmProject {}
impl Sealed for CreateHelmProject {}
impl Endpoint for CreateHelmProject {
    const ID: &'static str = "create_helm_project";
}
impl MessageAnswer for CreateHelmProject {}
impl JsonBody for CreateHelmProject {
    type Body = crate::types::ProjectInitializeRequest;
}
/// The `list_projects` endpoint (`GET /openapi/projects/project`, `Client::list_projects`): the type of its expectation, [`Expect<ListProjects>`](crate::Expect), which [`MockZadig::list_projects`] returns.
pub enum ListProjects {}
impl Sealed for ListProjects {}
impl Endpoint for ListProjects {
    const ID: &'static str = "list_projects";
}
impl JsonAnswer for ListProjects {
    type Response = crate::types::ProjectList;
}
impl PagedAnswer for ListProjects {
    type Item = crate::types::ProjectBrief;
}
impl Expect<'_, ListProjects> {
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
    /// Matches only calls that do not send the query parameter `pageNum`.
    pub fn without_page_num(self) -> Self {
        self.match_query_absent("pageNum")
    }
    /// Matches only calls that do not send the query parameter `pageSize`.
    pub fn without_page_size(self) -> Self {
        self.match_query_absent("pageSize")
    }
}
/// The `get_project` endpoint (`GET /openapi/projects/project/detail`, `Client::get_project`): the type of its expectation, [`Expect<GetProject>`](crate::Expect), which [`MockZadig::get_project`] returns.
pub enum GetProject {}
impl Sealed for GetProject {}
impl Endpoint for GetProject {
    const ID: &'static str = "get_project";
}
impl JsonAnswer for GetProject {
    type Response = crate::types::ProjectDetail;
}
impl Expect<'_, GetProject> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `delete_project` endpoint (`DELETE /openapi/projects/project`, `Client::delete_project`): the type of its expectation, [`Expect<DeleteProject>`](crate::Expect), which [`MockZadig::delete_project`] returns.
pub enum DeleteProject {}
impl Sealed for DeleteProject {}
impl Endpoint for DeleteProject {
    const ID: &'static str = "delete_project";
}
impl MessageAnswer for DeleteProject {}
impl Expect<'_, DeleteProject> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `isDelete` is `value`.
    pub fn is_delete(self, value: bool) -> Self {
        let value: bool = value;
        self.match_query("isDelete", &value)
    }
}
/// The `get_project_global_variables` endpoint (`GET /openapi/projects/project/globalVariable`, `Client::get_project_global_variables`): the type of its expectation, [`Expect<GetProjectGlobalVariables>`](crate::Expect), which [`MockZadig::get_project_global_variables`] returns.
pub enum GetProjectGlobalVariables {}
impl Sealed for GetProjectGlobalVariables {}
impl Endpoint for GetProjectGlobalVariables {
    const ID: &'static str = "get_project_global_variables";
}
impl JsonAnswer for GetProjectGlobalVariables {
    type Response = crate::types::ProjectGlobalVariables;
}
impl Expect<'_, GetProjectGlobalVariables> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `create_collaboration_mode` endpoint (`POST /openapi/collaborations`, `Client::create_collaboration_mode`): the type of its expectation, [`Expect<CreateCollaborationMode>`](crate::Expect), which [`MockZadig::create_collaboration_mode`] returns.
pub enum CreateCollaborationMode {}
impl Sealed for CreateCollaborationMode {}
impl Endpoint for CreateCollaborationMode {
    const ID: &'static str = "create_collaboration_mode";
}
impl MessageAnswer for CreateCollaborationMode {}
impl JsonBody for CreateCollaborationMode {
    type Body = crate::types::CollaborationModeCreateRequest;
}
/// The `delete_collaboration_mode` endpoint (`DELETE /openapi/collaborations/{name}`, `Client::delete_collaboration_mode`): the type of its expectation, [`Expect<DeleteCollaborationMode>`](crate::Expect), which [`MockZadig::delete_collaboration_mode`] returns.
pub enum DeleteCollaborationMode {}
impl Sealed for DeleteCollaborationMode {}
impl Endpoint for DeleteCollaborationMode {
    const ID: &'static str = "delete_collaboration_mode";
}
impl MessageAnswer for DeleteCollaborationMode {}
impl Expect<'_, DeleteCollaborationMode> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
