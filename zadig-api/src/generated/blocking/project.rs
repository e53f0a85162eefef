// @generated from spec/project.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Project API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Creates a project with no services.
    ///
    /// `POST /openapi/projects/project`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/project/#create-empty-project>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_project(
        &self,
        body: crate::types::ProjectCreateRequest,
    ) -> CreateProject<'_> {
        CreateProject {
            client: self,
            inner: self.as_async().create_project(body),
        }
    }
    /// Creates a Kubernetes YAML project and sets it up.
    ///
    /// `POST /openapi/projects/project/init/yaml`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/project/#create-yaml-project-and-initialize>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_yaml_project(
        &self,
        body: crate::types::ProjectInitializeRequest,
    ) -> CreateYamlProject<'_> {
        CreateYamlProject {
            client: self,
            inner: self.as_async().create_yaml_project(body),
        }
    }
    /// Creates a Helm project and sets it up.
    ///
    /// `POST /openapi/projects/project/init/helm`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/project/#create-helm-project-and-initialize>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_helm_project(
        &self,
        body: crate::types::ProjectInitializeRequest,
    ) -> CreateHelmProject<'_> {
        CreateHelmProject {
            client: self,
            inner: self.as_async().create_helm_project(body),
        }
    }
    /// Lists the projects.
    ///
    /// `GET /openapi/projects/project`
    ///
    /// Lists the projects the caller may see (all of them for a system administrator). A caller with access to no project gets an empty list.
    ///
    /// Optional query parameters are setters on [`ListProjects`]:
    /// - `page_num`: 1-based page number. (server default: `1`)
    /// - `page_size`: Projects per page. (server default: `20`)
    ///
    /// Returns the decoded [`ProjectList`](crate::types::ProjectList). The builder's [`items`](crate::blocking::requests::ListProjects::items) walks every page.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/project/#get-project-list>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_projects(&self) -> ListProjects<'_> {
        ListProjects {
            client: self,
            inner: self.as_async().list_projects(),
        }
    }
    /// Reads the details of one project.
    ///
    /// `GET /openapi/projects/project/detail`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    ///
    /// Returns the decoded [`ProjectDetail`](crate::types::ProjectDetail).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/project/#get-specific-project-details>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_project(&self, project_key: impl Into<String>) -> GetProject<'_> {
        GetProject {
            client: self,
            inner: self.as_async().get_project(project_key),
        }
    }
    /// Deletes a project.
    ///
    /// `DELETE /openapi/projects/project`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `is_delete` (query `isDelete`): Whether deleting the project's test environments also removes their Kubernetes resources (namespaces) from the clusters; with `false` those resources are left in place.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/project/#delete-project>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn delete_project(
        &self,
        project_key: impl Into<String>,
        is_delete: bool,
    ) -> DeleteProject<'_> {
        DeleteProject {
            client: self,
            inner: self.as_async().delete_project(project_key, is_delete),
        }
    }
    /// Reads the global variables of a project, for test and production.
    ///
    /// `GET /openapi/projects/project/globalVariable`
    ///
    /// Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    ///
    /// Returns the decoded [`ProjectGlobalVariables`](crate::types::ProjectGlobalVariables).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `18278c71646c`, and may change without notice in a release.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_project_global_variables(
        &self,
        project_key: impl Into<String>,
    ) -> GetProjectGlobalVariables<'_> {
        GetProjectGlobalVariables {
            client: self,
            inner: self.as_async().get_project_global_variables(project_key),
        }
    }
    /// Creates a collaboration mode in a project.
    ///
    /// `POST /openapi/collaborations`
    ///
    /// A collaboration mode gives a set of users and user groups their own or shared workflows and environments. The project is named in the body. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `18278c71646c`, and may change without notice in a release.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_collaboration_mode(
        &self,
        body: crate::types::CollaborationModeCreateRequest,
    ) -> CreateCollaborationMode<'_> {
        CreateCollaborationMode {
            client: self,
            inner: self.as_async().create_collaboration_mode(body),
        }
    }
    /// Deletes a collaboration mode of a project.
    ///
    /// `DELETE /openapi/collaborations/{name}`
    ///
    /// Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `name` (path `name`): Name of the collaboration mode.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `18278c71646c`, and may change without notice in a release.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_collaboration_mode(
        &self,
        project_key: impl Into<String>,
        name: impl Into<String>,
    ) -> DeleteCollaborationMode<'_> {
        DeleteCollaborationMode {
            client: self,
            inner: self.as_async().delete_collaboration_mode(project_key, name),
        }
    }
}
/// Blocking request builder for [`blocking::Client::create_project`](crate::blocking::Client::create_project): `POST /openapi/projects/project`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateProject<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateProject<'a>,
}
impl<'a> CreateProject<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::create_project`](crate::Client::create_project); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_yaml_project`](crate::blocking::Client::create_yaml_project): `POST /openapi/projects/project/init/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateYamlProject<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateYamlProject<'a>,
}
impl<'a> CreateYamlProject<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::create_yaml_project`](crate::Client::create_yaml_project); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_helm_project`](crate::blocking::Client::create_helm_project): `POST /openapi/projects/project/init/helm`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateHelmProject<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateHelmProject<'a>,
}
impl<'a> CreateHelmProject<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::create_helm_project`](crate::Client::create_helm_project); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_projects`](crate::blocking::Client::list_projects): `GET /openapi/projects/project`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListProjects<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListProjects<'a>,
}
impl<'a> ListProjects<'a> {
    /// Sets the optional query parameter `pageNum`; see [`requests::ListProjects::page_num`](crate::requests::ListProjects::page_num).
    pub fn page_num(mut self, value: i64) -> Self {
        self.inner = self.inner.page_num(value);
        self
    }
    /// Sets the optional query parameter `pageSize`; see [`requests::ListProjects::page_size`](crate::requests::ListProjects::page_size).
    pub fn page_size(mut self, value: i64) -> Self {
        self.inner = self.inner.page_size(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Every item across all pages, fetched lazily one page at a time; see
    /// the async builder's `items`.
    pub fn items(
        self,
    ) -> crate::blocking::PaginatedIter<'a, crate::types::ProjectBrief> {
        crate::blocking::PaginatedIter::new(self.inner.items(), self.client)
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_projects`](crate::Client::list_projects); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ProjectList> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_project`](crate::blocking::Client::get_project): `GET /openapi/projects/project/detail`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetProject<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetProject<'a>,
}
impl<'a> GetProject<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_project`](crate::Client::get_project); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ProjectDetail> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_project`](crate::blocking::Client::delete_project): `DELETE /openapi/projects/project`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteProject<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteProject<'a>,
}
impl<'a> DeleteProject<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_project`](crate::Client::delete_project); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_project_global_variables`](crate::blocking::Client::get_project_global_variables): `GET /openapi/projects/project/globalVariable`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetProjectGlobalVariables<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetProjectGlobalVariables<'a>,
}
impl<'a> GetProjectGlobalVariables<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_project_global_variables`](crate::Client::get_project_global_variables); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ProjectGlobalVariables> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_collaboration_mode`](crate::blocking::Client::create_collaboration_mode): `POST /openapi/collaborations`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateCollaborationMode<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateCollaborationMode<'a>,
}
impl<'a> CreateCollaborationMode<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::create_collaboration_mode`](crate::Client::create_collaboration_mode); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_collaboration_mode`](crate::blocking::Client::delete_collaboration_mode): `DELETE /openapi/collaborations/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteCollaborationMode<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteCollaborationMode<'a>,
}
impl<'a> DeleteCollaborationMode<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_collaboration_mode`](crate::Client::delete_collaboration_mode); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
