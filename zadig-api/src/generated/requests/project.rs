// @generated from spec/project.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Project API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
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
            body,
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
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
    /// Returns the decoded [`ProjectList`](crate::types::ProjectList). The builder's [`items`](crate::requests::ListProjects::items) walks every page.
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
            page_num: None,
            page_size: None,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            is_delete,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            name: name.into(),
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::create_project`](crate::Client::create_project): `POST /openapi/projects/project`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateProject<'a> {
    client: &'a crate::Client,
    body: crate::types::ProjectCreateRequest,
    options: CallOptions,
}
impl<'a> CreateProject<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since
    /// repeating it may repeat its effect; opt in only when that is safe.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_project`](crate::Client::create_project).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_project",
            reqwest::Method::POST,
            "/openapi/projects/project",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_yaml_project`](crate::Client::create_yaml_project): `POST /openapi/projects/project/init/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateYamlProject<'a> {
    client: &'a crate::Client,
    body: crate::types::ProjectInitializeRequest,
    options: CallOptions,
}
impl<'a> CreateYamlProject<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since
    /// repeating it may repeat its effect; opt in only when that is safe.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_yaml_project`](crate::Client::create_yaml_project).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_yaml_project",
            reqwest::Method::POST,
            "/openapi/projects/project/init/yaml",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_helm_project`](crate::Client::create_helm_project): `POST /openapi/projects/project/init/helm`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateHelmProject<'a> {
    client: &'a crate::Client,
    body: crate::types::ProjectInitializeRequest,
    options: CallOptions,
}
impl<'a> CreateHelmProject<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since
    /// repeating it may repeat its effect; opt in only when that is safe.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_helm_project`](crate::Client::create_helm_project).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_helm_project",
            reqwest::Method::POST,
            "/openapi/projects/project/init/helm",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::list_projects`](crate::Client::list_projects): `GET /openapi/projects/project`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListProjects<'a> {
    client: &'a crate::Client,
    page_num: Option<i64>,
    page_size: Option<i64>,
    options: CallOptions,
}
impl<'a> ListProjects<'a> {
    /// 1-based page number (query `pageNum`). Server default: `1`.
    pub fn page_num(mut self, value: i64) -> Self {
        self.page_num = Some(value);
        self
    }
    /// Projects per page (query `pageSize`). Server default: `20`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Every item across all pages, fetched lazily one page at a time.
    ///
    /// Starts at the page set with [`page_num`](Self::page_num) (default 1) and stops at the reported total, at an empty page, or at a short page. Each page is one call with this builder's settings; an error ends the stream after it is yielded.
    pub fn items(self) -> crate::Paginated<'a, crate::types::ProjectBrief> {
        let first_page = self.page_num.unwrap_or(1);
        let page_size = self.page_size.unwrap_or(20i64);
        crate::Paginated::new(
            first_page,
            page_size,
            move |page| {
                let mut request = self.clone();
                request.page_num = Some(page);
                Box::pin(async move {
                    let response = request.send().await?;
                    Ok(crate::runtime::pagination::Page {
                        total: Some(response.total),
                        items: response.projects,
                    })
                })
            },
        )
    }
    /// Sends the request and returns the decoded [`ProjectList`](crate::types::ProjectList).
    ///
    /// # Errors
    ///
    /// See [`Client::list_projects`](crate::Client::list_projects).
    pub async fn send(self) -> crate::Result<crate::types::ProjectList> {
        let mut request = Request::new(
            "list_projects",
            reqwest::Method::GET,
            "/openapi/projects/project",
        );
        if let Some(value) = &self.page_num {
            request.query("pageNum", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_project`](crate::Client::get_project): `GET /openapi/projects/project/detail`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetProject<'a> {
    client: &'a crate::Client,
    project_key: String,
    options: CallOptions,
}
impl<'a> GetProject<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`ProjectDetail`](crate::types::ProjectDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_project`](crate::Client::get_project).
    pub async fn send(self) -> crate::Result<crate::types::ProjectDetail> {
        let mut request = Request::new(
            "get_project",
            reqwest::Method::GET,
            "/openapi/projects/project/detail",
        );
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::delete_project`](crate::Client::delete_project): `DELETE /openapi/projects/project`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteProject<'a> {
    client: &'a crate::Client,
    project_key: String,
    is_delete: bool,
    options: CallOptions,
}
impl<'a> DeleteProject<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_project`](crate::Client::delete_project).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_project",
            reqwest::Method::DELETE,
            "/openapi/projects/project",
        );
        request.query("projectKey", &self.project_key);
        request.query("isDelete", &self.is_delete);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::get_project_global_variables`](crate::Client::get_project_global_variables): `GET /openapi/projects/project/globalVariable`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetProjectGlobalVariables<'a> {
    client: &'a crate::Client,
    project_key: String,
    options: CallOptions,
}
impl<'a> GetProjectGlobalVariables<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`ProjectGlobalVariables`](crate::types::ProjectGlobalVariables).
    ///
    /// # Errors
    ///
    /// See [`Client::get_project_global_variables`](crate::Client::get_project_global_variables).
    pub async fn send(self) -> crate::Result<crate::types::ProjectGlobalVariables> {
        let mut request = Request::new(
            "get_project_global_variables",
            reqwest::Method::GET,
            "/openapi/projects/project/globalVariable",
        );
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_collaboration_mode`](crate::Client::create_collaboration_mode): `POST /openapi/collaborations`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateCollaborationMode<'a> {
    client: &'a crate::Client,
    body: crate::types::CollaborationModeCreateRequest,
    options: CallOptions,
}
impl<'a> CreateCollaborationMode<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since
    /// repeating it may repeat its effect; opt in only when that is safe.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_collaboration_mode`](crate::Client::create_collaboration_mode).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_collaboration_mode",
            reqwest::Method::POST,
            "/openapi/collaborations",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_collaboration_mode`](crate::Client::delete_collaboration_mode): `DELETE /openapi/collaborations/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteCollaborationMode<'a> {
    client: &'a crate::Client,
    project_key: String,
    name: String,
    options: CallOptions,
}
impl<'a> DeleteCollaborationMode<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_collaboration_mode`](crate::Client::delete_collaboration_mode).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_collaboration_mode",
            reqwest::Method::DELETE,
            "/openapi/collaborations/{name}",
        );
        request.path_param("name", &self.name);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
