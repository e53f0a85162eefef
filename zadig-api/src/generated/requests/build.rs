// @generated from spec/build.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Build API.
#[cfg_attr(docsrs, doc(cfg(feature = "build")))]
impl<M> crate::GenericClient<M> {
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/build/#create-build-from-template>
    pub fn create_build(
        &self,
        source: impl Into<crate::types::BuildCreationSource>,
        body: crate::types::OpenApiBuildCreationFromTemplateReq,
    ) -> CreateBuild<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateBuild {
                source: source.into(),
                body,
            },
        )
    }
    /// Replaces the definition of a build.
    ///
    /// `PUT /openapi/build`
    ///
    /// Served by Zadig v4.2.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Finds the build by the body's `name` and `project_key` and replaces its definition with the body. Leave `source` out: with `source=template` the server reads a template-based body and creates a build instead (use `update_build_from_template` to change a template-based build).
    ///
    /// Arguments:
    /// - `body`: The build's name and project and its complete new definition.
    ///
    /// Optional query parameters: [`source`](UpdateBuild::source).
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `(route not listed, so no body is documented)`: The handler decodes a template-based body only when `source=template`, and then creates a build rather than updating one; without `source` it decodes a complete build definition and updates the build it names. The spec sends the complete definition, the body that updates.
    pub fn update_build(
        &self,
        body: crate::types::OpenApiBuildCreationReq,
    ) -> UpdateBuild<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateBuild {
                body,
                source: None,
            },
        )
    }
    /// Replaces the template settings of a build.
    ///
    /// `PUT /openapi/build/{name}/template`
    ///
    /// Served by Zadig v4.2.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Updates a build that follows a build template: its template and the settings of each service component it builds. The body names the build and its project.
    ///
    /// Arguments:
    /// - `build_name` (path `name`): Name of the build.
    /// - `body`: The build's name and project, its template and the service components it builds.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn update_build_from_template(
        &self,
        build_name: impl Into<String>,
        body: crate::types::OpenApiBuildCreationFromTemplateReq,
    ) -> UpdateBuildFromTemplate<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateBuildFromTemplate {
                build_name: build_name.into(),
                body,
            },
        )
    }
    /// Lists the builds of a project, a page at a time.
    ///
    /// `GET /openapi/build`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project whose builds are listed.
    ///
    /// Optional query parameters: [`page_num`](ListBuilds::page_num), [`page_size`](ListBuilds::page_size).
    ///
    /// `send()` returns the decoded [`OpenApiBuildListResp`](crate::types::OpenApiBuildListResp); `items()` walks every page.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/build lists no projectKey`: The server rejects a request without `projectKey` (the builds listed are those of one project), so the spec requires it.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/build/#query-build-list>
    pub fn list_builds(&self, project_key: impl Into<String>) -> ListBuilds<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListBuilds {
                project_key: project_key.into(),
                page_num: None,
                page_size: None,
            },
        )
    }
    /// Reads the full definition of one build.
    ///
    /// `GET /openapi/build/{buildName}/detail`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project the build belongs to.
    /// - `build_name` (path `buildName`): Name of the build.
    ///
    /// Optional query parameters: [`service_name`](GetBuild::service_name), [`service_module`](GetBuild::service_module).
    ///
    /// `send()` returns the decoded [`OpenApiBuildDetailResp`](crate::types::OpenApiBuildDetailResp).
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/build/:buildName/detail lists no projectKey`: The server rejects a request without `projectKey` (build names are unique only within a project), so the spec requires it.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/build/#get-build-details>
    pub fn get_build(
        &self,
        project_key: impl Into<String>,
        build_name: impl Into<String>,
    ) -> GetBuild<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetBuild {
                project_key: project_key.into(),
                build_name: build_name.into(),
                service_name: None,
                service_module: None,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `DELETE /openapi/build lists no name or projectKey`: The server rejects a request without `name`, so the spec requires it.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/build/#delete-build>
    pub fn delete_build(
        &self,
        project_key: impl Into<String>,
        build_name: impl Into<String>,
    ) -> DeleteBuild<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteBuild {
                project_key: project_key.into(),
                build_name: build_name.into(),
            },
        )
    }
}
/// The call of [`Client::create_build`](crate::Client::create_build) (`POST /openapi/build`) on either client.
pub type CreateBuild<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateBuild,
>;
/// The call of [`Client::update_build`](crate::Client::update_build) (`PUT /openapi/build`) on either client.
pub type UpdateBuild<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateBuild,
>;
impl<M> UpdateBuild<'_, M> {
    /// Leave out for this method. `template` makes the server read a template-based body and create a new build from it, which this method does not send (query `source`).
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.endpoint.source = Some(value.into());
        self
    }
}
/// The call of [`Client::update_build_from_template`](crate::Client::update_build_from_template) (`PUT /openapi/build/{name}/template`) on either client.
pub type UpdateBuildFromTemplate<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateBuildFromTemplate,
>;
/// The call of [`Client::list_builds`](crate::Client::list_builds) (`GET /openapi/build`) on either client.
pub type ListBuilds<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListBuilds,
>;
impl<M> ListBuilds<'_, M> {
    /// 1-based page number (query `pageNum`). Server default: `1`.
    pub fn page_num(mut self, value: i64) -> Self {
        self.endpoint.page_num = Some(value);
        self
    }
    /// Number of builds per page (query `pageSize`). Server default: `20`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.endpoint.page_size = Some(value);
        self
    }
}
/// The call of [`Client::get_build`](crate::Client::get_build) (`GET /openapi/build/{buildName}/detail`) on either client.
pub type GetBuild<'a, M = crate::Async> = crate::Call<'a, M, crate::endpoints::GetBuild>;
impl<M> GetBuild<'_, M> {
    /// Name of a service the build builds; with `serviceModule`, the repositories and variables returned are those of that service component (query `serviceName`).
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.service_name = Some(value.into());
        self
    }
    /// Name of the service component, used together with `serviceName` (query `serviceModule`).
    pub fn service_module(mut self, value: impl Into<String>) -> Self {
        self.endpoint.service_module = Some(value.into());
        self
    }
}
/// The call of [`Client::delete_build`](crate::Client::delete_build) (`DELETE /openapi/build`) on either client.
pub type DeleteBuild<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteBuild,
>;
