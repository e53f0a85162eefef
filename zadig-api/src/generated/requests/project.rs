// @generated from spec/project.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Project API.
#[cfg_attr(docsrs, doc(cfg(feature = "project")))]
impl<M> crate::GenericClient<M> {
    /// Creates a project with no services.
    ///
    /// `POST /openapi/projects/project`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/project/#create-empty-project>
    pub fn create_project(
        &self,
        body: crate::types::ProjectCreateRequest,
    ) -> CreateProject<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateProject {
                body,
            },
        )
    }
    /// Creates a Kubernetes YAML project and sets it up.
    ///
    /// `POST /openapi/projects/project/init/yaml`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/project/#create-yaml-project-and-initialize>
    pub fn create_yaml_project(
        &self,
        body: crate::types::ProjectInitializeRequest,
    ) -> CreateYamlProject<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateYamlProject {
                body,
            },
        )
    }
    /// Creates a Helm project and sets it up.
    ///
    /// `POST /openapi/projects/project/init/helm`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/project/#create-helm-project-and-initialize>
    pub fn create_helm_project(
        &self,
        body: crate::types::ProjectInitializeRequest,
    ) -> CreateHelmProject<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateHelmProject {
                body,
            },
        )
    }
    /// Lists the projects.
    ///
    /// `GET /openapi/projects/project`
    ///
    /// Lists the projects the caller may see (all of them for a system administrator). A caller with access to no project gets an empty list.
    ///
    /// Optional query parameters: [`page_num`](ListProjects::page_num), [`page_size`](ListProjects::page_size).
    ///
    /// `send()` returns the decoded [`ProjectList`](crate::types::ProjectList); `items()` walks every page.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/project/#get-project-list>
    pub fn list_projects(&self) -> ListProjects<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListProjects {
                page_num: None,
                page_size: None,
            },
        )
    }
    /// Reads the details of one project.
    ///
    /// `GET /openapi/projects/project/detail`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    ///
    /// `send()` returns the decoded [`ProjectDetail`](crate::types::ProjectDetail).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/project/#get-specific-project-details>
    pub fn get_project(&self, project_key: impl Into<String>) -> GetProject<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetProject {
                project_key: project_key.into(),
            },
        )
    }
    /// Deletes a project.
    ///
    /// `DELETE /openapi/projects/project`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `is_delete` (query `isDelete`): Whether deleting the project's test environments also removes their Kubernetes resources (namespaces) from the clusters; with `false` those resources are left in place.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/project/#delete-project>
    pub fn delete_project(
        &self,
        project_key: impl Into<String>,
        is_delete: bool,
    ) -> DeleteProject<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteProject {
                project_key: project_key.into(),
                is_delete,
            },
        )
    }
    /// Reads the global variables of a project, for test and production.
    ///
    /// `GET /openapi/projects/project/globalVariable`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    ///
    /// `send()` returns the decoded [`ProjectGlobalVariables`](crate::types::ProjectGlobalVariables).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn get_project_global_variables(
        &self,
        project_key: impl Into<String>,
    ) -> GetProjectGlobalVariables<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetProjectGlobalVariables {
                project_key: project_key.into(),
            },
        )
    }
    /// Creates a collaboration mode in a project.
    ///
    /// `POST /openapi/collaborations`
    ///
    /// Served by Zadig v4.2.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// A collaboration mode gives a set of users and user groups their own or shared workflows and environments. The project is named in the body.
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn create_collaboration_mode(
        &self,
        body: crate::types::CollaborationModeCreateRequest,
    ) -> CreateCollaborationMode<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateCollaborationMode {
                body,
            },
        )
    }
    /// Deletes a collaboration mode of a project.
    ///
    /// `DELETE /openapi/collaborations/{name}`
    ///
    /// Served by Zadig v4.2.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `name` (path `name`): Name of the collaboration mode.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn delete_collaboration_mode(
        &self,
        project_key: impl Into<String>,
        name: impl Into<String>,
    ) -> DeleteCollaborationMode<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteCollaborationMode {
                project_key: project_key.into(),
                name: name.into(),
            },
        )
    }
}
/// The call of [`Client::create_project`](crate::Client::create_project) (`POST /openapi/projects/project`) on either client.
pub type CreateProject<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateProject,
>;
/// The call of [`Client::create_yaml_project`](crate::Client::create_yaml_project) (`POST /openapi/projects/project/init/yaml`) on either client.
pub type CreateYamlProject<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateYamlProject,
>;
/// The call of [`Client::create_helm_project`](crate::Client::create_helm_project) (`POST /openapi/projects/project/init/helm`) on either client.
pub type CreateHelmProject<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateHelmProject,
>;
/// The call of [`Client::list_projects`](crate::Client::list_projects) (`GET /openapi/projects/project`) on either client.
pub type ListProjects<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListProjects,
>;
impl<M> ListProjects<'_, M> {
    /// 1-based page number (query `pageNum`). Server default: `1`.
    pub fn page_num(mut self, value: i64) -> Self {
        self.endpoint.page_num = Some(value);
        self
    }
    /// Projects per page (query `pageSize`). Server default: `20`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.endpoint.page_size = Some(value);
        self
    }
}
/// The call of [`Client::get_project`](crate::Client::get_project) (`GET /openapi/projects/project/detail`) on either client.
pub type GetProject<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetProject,
>;
/// The call of [`Client::delete_project`](crate::Client::delete_project) (`DELETE /openapi/projects/project`) on either client.
pub type DeleteProject<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteProject,
>;
/// The call of [`Client::get_project_global_variables`](crate::Client::get_project_global_variables) (`GET /openapi/projects/project/globalVariable`) on either client.
pub type GetProjectGlobalVariables<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetProjectGlobalVariables,
>;
/// The call of [`Client::create_collaboration_mode`](crate::Client::create_collaboration_mode) (`POST /openapi/collaborations`) on either client.
pub type CreateCollaborationMode<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateCollaborationMode,
>;
/// The call of [`Client::delete_collaboration_mode`](crate::Client::delete_collaboration_mode) (`DELETE /openapi/collaborations/{name}`) on either client.
pub type DeleteCollaborationMode<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteCollaborationMode,
>;
