// @generated from spec/artifact.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Artifact management API.
#[cfg_attr(docsrs, doc(cfg(feature = "artifact")))]
impl<M> crate::GenericClient<M> {
    /// Lists versions as the artifact management page shows them.
    ///
    /// `GET /api/aslan/delivery/releases`
    ///
    /// Served by Zadig v4.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// The server also sends the number of matching versions in the `X-Total` response header.
    ///
    /// Optional query parameters: [`project_key`](ListArtifactVersions::project_key), [`page_num`](ListArtifactVersions::page_num), [`page_size`](ListArtifactVersions::page_size), [`task_id`](ListArtifactVersions::task_id), [`workflow_key`](ListArtifactVersions::workflow_key), [`service_name`](ListArtifactVersions::service_name), [`label`](ListArtifactVersions::label), [`verbosity`](ListArtifactVersions::verbosity).
    ///
    /// `send()` returns the decoded list of [`ArtifactVersion`](crate::types::ArtifactVersion).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/delivery-center/#get-version-list>
    pub fn list_artifact_versions(&self) -> ListArtifactVersions<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListArtifactVersions {
                project_key: None,
                page_num: None,
                page_size: None,
                task_id: None,
                workflow_key: None,
                service_name: None,
                label: None,
                verbosity: None,
            },
        )
    }
    /// Lists versions as the artifact management page of v3.4.x shows them, with their build, deploy, test and distribution records.
    ///
    /// `GET /api/aslan/delivery/releases`
    ///
    /// Served by Zadig v3.4.0 to v3.4.1: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Releases up to v3.4.1 answer this route with one record per version that bundles the version with what made it (builds, deployments, tests, distributions, image scans); v4.0.0 replaced that with `list_artifact_versions`. The server also sends the number of matching versions in the `X-Total` response header. The v3.4 overview lists the route; the shapes come from the server source.
    ///
    /// Optional query parameters: [`project_key`](ListArtifactVersionsLegacy::project_key), [`page_num`](ListArtifactVersionsLegacy::page_num), [`page_size`](ListArtifactVersionsLegacy::page_size), [`task_id`](ListArtifactVersionsLegacy::task_id), [`workflow_key`](ListArtifactVersionsLegacy::workflow_key), [`service_name`](ListArtifactVersionsLegacy::service_name), [`verbosity`](ListArtifactVersionsLegacy::verbosity).
    ///
    /// `send()` returns the decoded list of [`ArtifactReleaseLegacy`](crate::types::ArtifactReleaseLegacy).
    ///
    /// Vendor docs: <https://docs.koderover.com/cn/Zadig%20v3.4/api/delivery-center/#获取版本列表>
    pub fn list_artifact_versions_legacy(&self) -> ListArtifactVersionsLegacy<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListArtifactVersionsLegacy {
                project_key: None,
                page_num: None,
                page_size: None,
                task_id: None,
                workflow_key: None,
                service_name: None,
                verbosity: None,
            },
        )
    }
}
/// The call of [`Client::list_artifact_versions`](crate::Client::list_artifact_versions) (`GET /api/aslan/delivery/releases`) on either client.
pub type ListArtifactVersions<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListArtifactVersions,
>;
impl<M> ListArtifactVersions<'_, M> {
    /// Identifier of a project to list the versions of; all projects when left out (query `projectName`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.project_key = Some(value.into());
        self
    }
    /// 1-based page number; 0 or left out returns every matching version on one page (query `page`).
    pub fn page_num(mut self, value: i64) -> Self {
        self.endpoint.page_num = Some(value);
        self
    }
    /// Number of versions per page, used when `page` is set (query `per_page`).
    pub fn page_size(mut self, value: i64) -> Self {
        self.endpoint.page_size = Some(value);
        self
    }
    /// Number of a workflow run; only versions that run made are listed (query `taskId`).
    pub fn task_id(mut self, value: i64) -> Self {
        self.endpoint.task_id = Some(value);
        self
    }
    /// Name of a workflow; only versions it made are listed (query `workflowName`).
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.workflow_key = Some(value.into());
        self
    }
    /// Name of a service; only versions that contain it are listed (query `serviceName`).
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.service_name = Some(value.into());
        self
    }
    /// A label; only versions carrying it are listed. URL-encode it (query `label`).
    pub fn label(mut self, value: impl Into<String>) -> Self {
        self.endpoint.label = Some(value.into());
        self
    }
    /// Level of detail, `detailed` (assumed when left out) or `brief`. The server reads it but returns the same fields either way (query `verbosity`).
    pub fn verbosity(mut self, value: impl Into<String>) -> Self {
        self.endpoint.verbosity = Some(value.into());
        self
    }
}
/// The call of [`Client::list_artifact_versions_legacy`](crate::Client::list_artifact_versions_legacy) (`GET /api/aslan/delivery/releases`) on either client.
pub type ListArtifactVersionsLegacy<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListArtifactVersionsLegacy,
>;
impl<M> ListArtifactVersionsLegacy<'_, M> {
    /// Identifier of a project to list the versions of; all projects when left out (query `projectName`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.project_key = Some(value.into());
        self
    }
    /// 1-based page number; 0 or left out returns every matching version on one page (query `page`).
    pub fn page_num(mut self, value: i64) -> Self {
        self.endpoint.page_num = Some(value);
        self
    }
    /// Number of versions per page, used when `page` is set (query `per_page`).
    pub fn page_size(mut self, value: i64) -> Self {
        self.endpoint.page_size = Some(value);
        self
    }
    /// Number of a workflow run; only versions that run made are listed (query `taskId`).
    pub fn task_id(mut self, value: i64) -> Self {
        self.endpoint.task_id = Some(value);
        self
    }
    /// Name of a workflow; only versions it made are listed (query `workflowName`).
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.workflow_key = Some(value.into());
        self
    }
    /// Name of a service; only versions that deployed it are listed (not applied with `verbosity=brief`) (query `serviceName`).
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.service_name = Some(value.into());
        self
    }
    /// Level of detail: `brief` sends each version alone, without its environment and records; `detailed` (assumed when left out) sends everything (query `verbosity`).
    pub fn verbosity(mut self, value: impl Into<String>) -> Self {
        self.endpoint.verbosity = Some(value.into());
        self
    }
}
