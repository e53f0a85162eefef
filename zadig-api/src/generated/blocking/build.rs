// @generated from spec/build.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Build API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
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
            inner: self.as_async().create_build(source, body),
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
            inner: self.as_async().update_build(body),
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
            inner: self.as_async().update_build_from_template(build_name, body),
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
    /// Returns the decoded [`OpenApiBuildListResp`](crate::types::OpenApiBuildListResp). The builder's [`items`](crate::blocking::requests::ListBuilds::items) walks every page.
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
            inner: self.as_async().list_builds(project_key),
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
            inner: self.as_async().get_build(project_key, build_name),
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
            inner: self.as_async().delete_build(project_key, build_name),
        }
    }
}
/// Blocking request builder for [`blocking::Client::create_build`](crate::blocking::Client::create_build): `POST /openapi/build`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateBuild<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateBuild<'a>,
}
impl<'a> CreateBuild<'a> {
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
    /// See [`Client::create_build`](crate::Client::create_build); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_build`](crate::blocking::Client::update_build): `PUT /openapi/build`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateBuild<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateBuild<'a>,
}
impl<'a> UpdateBuild<'a> {
    /// Sets the optional query parameter `source`; see [`requests::UpdateBuild::source`](crate::requests::UpdateBuild::source).
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.source(value);
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
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::update_build`](crate::Client::update_build); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_build_from_template`](crate::blocking::Client::update_build_from_template): `PUT /openapi/build/{name}/template`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateBuildFromTemplate<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateBuildFromTemplate<'a>,
}
impl<'a> UpdateBuildFromTemplate<'a> {
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
    /// See [`Client::update_build_from_template`](crate::Client::update_build_from_template); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_builds`](crate::blocking::Client::list_builds): `GET /openapi/build`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListBuilds<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListBuilds<'a>,
}
impl<'a> ListBuilds<'a> {
    /// Sets the optional query parameter `pageNum`; see [`requests::ListBuilds::page_num`](crate::requests::ListBuilds::page_num).
    pub fn page_num(mut self, value: i64) -> Self {
        self.inner = self.inner.page_num(value);
        self
    }
    /// Sets the optional query parameter `pageSize`; see [`requests::ListBuilds::page_size`](crate::requests::ListBuilds::page_size).
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
    ) -> crate::blocking::PaginatedIter<'a, crate::types::OpenApiBuildBrief> {
        crate::blocking::PaginatedIter::new(self.inner.items(), self.client)
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_builds`](crate::Client::list_builds); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::OpenApiBuildListResp> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_build`](crate::blocking::Client::get_build): `GET /openapi/build/{buildName}/detail`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetBuild<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetBuild<'a>,
}
impl<'a> GetBuild<'a> {
    /// Sets the optional query parameter `serviceName`; see [`requests::GetBuild::service_name`](crate::requests::GetBuild::service_name).
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.service_name(value);
        self
    }
    /// Sets the optional query parameter `serviceModule`; see [`requests::GetBuild::service_module`](crate::requests::GetBuild::service_module).
    pub fn service_module(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.service_module(value);
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
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_build`](crate::Client::get_build); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::OpenApiBuildDetailResp> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_build`](crate::blocking::Client::delete_build): `DELETE /openapi/build`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteBuild<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteBuild<'a>,
}
impl<'a> DeleteBuild<'a> {
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
    /// See [`Client::delete_build`](crate::Client::delete_build); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
