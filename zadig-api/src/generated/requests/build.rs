// @generated from spec/build.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Build API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Creates a build from a build template.
    ///
    /// `POST /openapi/build`
    ///
    /// The server reads the body as a template-based build only when `source` is `template`; without it, it expects a full build definition instead, which this method does not send.
    ///
    /// Arguments:
    /// - `source` (query `source`): How the body defines the build: `template`, a build that follows a build template (the body this method sends). Without it the server reads the body as a full build definition and rejects this one.
    /// - `body`: The new build, its template and the service components it builds.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/build/#create-build-from-template>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_build(
        &self,
        source: impl Into<crate::types::BuildCreationSource>,
        body: crate::types::OpenApiBuildCreationFromTemplateReq,
    ) -> CreateBuild<'_> {
        CreateBuild {
            client: self,
            source: source.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Replaces the definition of a build.
    ///
    /// `PUT /openapi/build`
    ///
    /// Finds the build by the body's `name` and `project_key` and replaces its definition with the body. Leave `source` out: with `source=template` the server reads a template-based body and creates a build instead (use `update_build_from_template` to change a template-based build). Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `body`: The build's name and project and its complete new definition.
    ///
    /// Optional query parameters are setters on [`UpdateBuild`]:
    /// - `source`: Leave out for this method. `template` makes the server read a template-based body and create a new build from it, which this method does not send.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `18278c71646c`, and may change without notice in a release.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `(route not listed, so no body is documented)`: The handler decodes a template-based body only when `source=template`, and then creates a build rather than updating one; without `source` it decodes a complete build definition and updates the build it names. The spec sends the complete definition, the body that updates.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn update_build(
        &self,
        body: crate::types::OpenApiBuildCreationReq,
    ) -> UpdateBuild<'_> {
        UpdateBuild {
            client: self,
            body,
            source: None,
            options: CallOptions::default(),
        }
    }
    /// Replaces the template settings of a build.
    ///
    /// `PUT /openapi/build/{name}/template`
    ///
    /// Updates a build that follows a build template: its template and the settings of each service component it builds. The body names the build and its project. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `build_name` (path `name`): Name of the build.
    /// - `body`: The build's name and project, its template and the service components it builds.
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
    pub fn update_build_from_template(
        &self,
        build_name: impl Into<String>,
        body: crate::types::OpenApiBuildCreationFromTemplateReq,
    ) -> UpdateBuildFromTemplate<'_> {
        UpdateBuildFromTemplate {
            client: self,
            build_name: build_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Lists the builds of a project, a page at a time.
    ///
    /// `GET /openapi/build`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project whose builds are listed.
    ///
    /// Optional query parameters are setters on [`ListBuilds`]:
    /// - `page_num`: 1-based page number. (server default: `1`)
    /// - `page_size`: Number of builds per page. (server default: `20`)
    ///
    /// Returns the decoded [`OpenApiBuildListResp`](crate::types::OpenApiBuildListResp). The builder's [`items`](crate::requests::ListBuilds::items) walks every page.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/build lists no projectKey`: The server rejects a request without `projectKey` (the builds listed are those of one project), so the spec requires it.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/build/#query-build-list>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_builds(&self, project_key: impl Into<String>) -> ListBuilds<'_> {
        ListBuilds {
            client: self,
            project_key: project_key.into(),
            page_num: None,
            page_size: None,
            options: CallOptions::default(),
        }
    }
    /// Reads the full definition of one build.
    ///
    /// `GET /openapi/build/{buildName}/detail`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project the build belongs to.
    /// - `build_name` (path `buildName`): Name of the build.
    ///
    /// Optional query parameters are setters on [`GetBuild`]:
    /// - `service_name`: Name of a service the build builds; with `serviceModule`, the repositories and variables returned are those of that service component.
    /// - `service_module`: Name of the service component, used together with `serviceName`.
    ///
    /// Returns the decoded [`OpenApiBuildDetailResp`](crate::types::OpenApiBuildDetailResp).
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/build/:buildName/detail lists no projectKey`: The server rejects a request without `projectKey` (build names are unique only within a project), so the spec requires it.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/build/#get-build-details>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_build(
        &self,
        project_key: impl Into<String>,
        build_name: impl Into<String>,
    ) -> GetBuild<'_> {
        GetBuild {
            client: self,
            project_key: project_key.into(),
            build_name: build_name.into(),
            service_name: None,
            service_module: None,
            options: CallOptions::default(),
        }
    }
    /// Deletes a build that no service uses any more.
    ///
    /// `DELETE /openapi/build`
    ///
    /// The server refuses to delete a build that services still refer to.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project the build belongs to. The server deletes the build of that name in this project, and refuses a caller who is not a system administrator without it (permissions are checked against the project).
    /// - `build_name` (query `name`): Name of the build to delete.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `DELETE /openapi/build lists no name or projectKey`: The server rejects a request without `name`, so the spec requires it.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/build/#delete-build>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn delete_build(
        &self,
        project_key: impl Into<String>,
        build_name: impl Into<String>,
    ) -> DeleteBuild<'_> {
        DeleteBuild {
            client: self,
            project_key: project_key.into(),
            build_name: build_name.into(),
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::create_build`](crate::Client::create_build): `POST /openapi/build`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateBuild<'a> {
    client: &'a crate::Client,
    source: crate::types::BuildCreationSource,
    body: crate::types::OpenApiBuildCreationFromTemplateReq,
    options: CallOptions,
}
impl<'a> CreateBuild<'a> {
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
    /// See [`Client::create_build`](crate::Client::create_build).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_build",
            reqwest::Method::POST,
            "/openapi/build",
        );
        request.query("source", &self.source);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_build`](crate::Client::update_build): `PUT /openapi/build`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateBuild<'a> {
    client: &'a crate::Client,
    body: crate::types::OpenApiBuildCreationReq,
    source: Option<String>,
    options: CallOptions,
}
impl<'a> UpdateBuild<'a> {
    /// Leave out for this method. `template` makes the server read a template-based body and create a new build from it, which this method does not send (query `source`).
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::update_build`](crate::Client::update_build).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_build",
            reqwest::Method::PUT,
            "/openapi/build",
        );
        if let Some(value) = &self.source {
            request.query("source", value);
        }
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_build_from_template`](crate::Client::update_build_from_template): `PUT /openapi/build/{name}/template`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateBuildFromTemplate<'a> {
    client: &'a crate::Client,
    build_name: String,
    body: crate::types::OpenApiBuildCreationFromTemplateReq,
    options: CallOptions,
}
impl<'a> UpdateBuildFromTemplate<'a> {
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
    /// See [`Client::update_build_from_template`](crate::Client::update_build_from_template).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_build_from_template",
            reqwest::Method::PUT,
            "/openapi/build/{name}/template",
        );
        request.path_param("name", &self.build_name);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::list_builds`](crate::Client::list_builds): `GET /openapi/build`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListBuilds<'a> {
    client: &'a crate::Client,
    project_key: String,
    page_num: Option<i64>,
    page_size: Option<i64>,
    options: CallOptions,
}
impl<'a> ListBuilds<'a> {
    /// 1-based page number (query `pageNum`). Server default: `1`.
    pub fn page_num(mut self, value: i64) -> Self {
        self.page_num = Some(value);
        self
    }
    /// Number of builds per page (query `pageSize`). Server default: `20`.
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
    pub fn items(self) -> crate::Paginated<'a, crate::types::OpenApiBuildBrief> {
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
                        items: response.builds,
                    })
                })
            },
        )
    }
    /// Sends the request and returns the decoded [`OpenApiBuildListResp`](crate::types::OpenApiBuildListResp).
    ///
    /// # Errors
    ///
    /// See [`Client::list_builds`](crate::Client::list_builds).
    pub async fn send(self) -> crate::Result<crate::types::OpenApiBuildListResp> {
        let mut request = Request::new(
            "list_builds",
            reqwest::Method::GET,
            "/openapi/build",
        );
        request.query("projectKey", &self.project_key);
        if let Some(value) = &self.page_num {
            request.query("pageNum", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_build`](crate::Client::get_build): `GET /openapi/build/{buildName}/detail`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetBuild<'a> {
    client: &'a crate::Client,
    project_key: String,
    build_name: String,
    service_name: Option<String>,
    service_module: Option<String>,
    options: CallOptions,
}
impl<'a> GetBuild<'a> {
    /// Name of a service the build builds; with `serviceModule`, the repositories and variables returned are those of that service component (query `serviceName`).
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Name of the service component, used together with `serviceName` (query `serviceModule`).
    pub fn service_module(mut self, value: impl Into<String>) -> Self {
        self.service_module = Some(value.into());
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
    /// Sends the request and returns the decoded [`OpenApiBuildDetailResp`](crate::types::OpenApiBuildDetailResp).
    ///
    /// # Errors
    ///
    /// See [`Client::get_build`](crate::Client::get_build).
    pub async fn send(self) -> crate::Result<crate::types::OpenApiBuildDetailResp> {
        let mut request = Request::new(
            "get_build",
            reqwest::Method::GET,
            "/openapi/build/{buildName}/detail",
        );
        request.path_param("buildName", &self.build_name);
        request.query("projectKey", &self.project_key);
        if let Some(value) = &self.service_name {
            request.query("serviceName", value);
        }
        if let Some(value) = &self.service_module {
            request.query("serviceModule", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::delete_build`](crate::Client::delete_build): `DELETE /openapi/build`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteBuild<'a> {
    client: &'a crate::Client,
    project_key: String,
    build_name: String,
    options: CallOptions,
}
impl<'a> DeleteBuild<'a> {
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
    /// See [`Client::delete_build`](crate::Client::delete_build).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_build",
            reqwest::Method::DELETE,
            "/openapi/build",
        );
        request.query("name", &self.build_name);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
