// @generated from spec/artifact.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Artifact management API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Lists versions as the artifact management page shows them.
    ///
    /// `GET /api/aslan/delivery/releases`
    ///
    /// The server also sends the number of matching versions in the `X-Total` response header.
    ///
    /// Optional query parameters are setters on [`ListArtifactVersions`]:
    /// - `project_key`: Identifier of a project to list the versions of; all projects when left out.
    /// - `page_num`: 1-based page number; 0 or left out returns every matching version on one page.
    /// - `page_size`: Number of versions per page, used when `page` is set.
    /// - `task_id`: Number of a workflow run; only versions that run made are listed.
    /// - `workflow_key`: Name of a workflow; only versions it made are listed.
    /// - `service_name`: Name of a service; only versions that contain it are listed.
    /// - `label`: A label; only versions carrying it are listed. URL-encode it.
    /// - `verbosity`: Level of detail, `detailed` (assumed when left out) or `brief`. The server reads it but returns the same fields either way.
    ///
    /// Returns the decoded list of [`ArtifactVersion`](crate::types::ArtifactVersion).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/delivery-center/#get-version-list>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_artifact_versions(&self) -> ListArtifactVersions<'_> {
        ListArtifactVersions {
            client: self,
            inner: self.as_async().list_artifact_versions(),
        }
    }
    /// Lists versions as the artifact management page of v3.4.x shows them, with their build, deploy, test and distribution records.
    ///
    /// `GET /api/aslan/delivery/releases`
    ///
    /// Releases up to v3.4.1 answer this route with one record per version that bundles the version with what made it (builds, deployments, tests, distributions, image scans); v4.0.0 replaced that with `list_artifact_versions`. The server also sends the number of matching versions in the `X-Total` response header. The v3.4 overview lists the route; the shapes come from the server source.
    ///
    /// Optional query parameters are setters on [`ListArtifactVersionsLegacy`]:
    /// - `project_key`: Identifier of a project to list the versions of; all projects when left out.
    /// - `page_num`: 1-based page number; 0 or left out returns every matching version on one page.
    /// - `page_size`: Number of versions per page, used when `page` is set.
    /// - `task_id`: Number of a workflow run; only versions that run made are listed.
    /// - `workflow_key`: Name of a workflow; only versions it made are listed.
    /// - `service_name`: Name of a service; only versions that deployed it are listed (not applied with `verbosity=brief`).
    /// - `verbosity`: Level of detail: `brief` sends each version alone, without its environment and records; `detailed` (assumed when left out) sends everything.
    ///
    /// Returns the decoded list of [`ArtifactReleaseLegacy`](crate::types::ArtifactReleaseLegacy).
    ///
    /// Vendor docs: <https://docs.koderover.com/cn/Zadig%20v3.4/api/delivery-center/#获取版本列表>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_artifact_versions_legacy(&self) -> ListArtifactVersionsLegacy<'_> {
        ListArtifactVersionsLegacy {
            client: self,
            inner: self.as_async().list_artifact_versions_legacy(),
        }
    }
}
/// Blocking request builder for [`blocking::Client::list_artifact_versions`](crate::blocking::Client::list_artifact_versions): `GET /api/aslan/delivery/releases`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListArtifactVersions<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListArtifactVersions<'a>,
}
impl<'a> ListArtifactVersions<'a> {
    /// Sets the optional query parameter `projectName`; see [`requests::ListArtifactVersions::project_key`](crate::requests::ListArtifactVersions::project_key).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.project_key(value);
        self
    }
    /// Sets the optional query parameter `page`; see [`requests::ListArtifactVersions::page_num`](crate::requests::ListArtifactVersions::page_num).
    pub fn page_num(mut self, value: i64) -> Self {
        self.inner = self.inner.page_num(value);
        self
    }
    /// Sets the optional query parameter `per_page`; see [`requests::ListArtifactVersions::page_size`](crate::requests::ListArtifactVersions::page_size).
    pub fn page_size(mut self, value: i64) -> Self {
        self.inner = self.inner.page_size(value);
        self
    }
    /// Sets the optional query parameter `taskId`; see [`requests::ListArtifactVersions::task_id`](crate::requests::ListArtifactVersions::task_id).
    pub fn task_id(mut self, value: i64) -> Self {
        self.inner = self.inner.task_id(value);
        self
    }
    /// Sets the optional query parameter `workflowName`; see [`requests::ListArtifactVersions::workflow_key`](crate::requests::ListArtifactVersions::workflow_key).
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.workflow_key(value);
        self
    }
    /// Sets the optional query parameter `serviceName`; see [`requests::ListArtifactVersions::service_name`](crate::requests::ListArtifactVersions::service_name).
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.service_name(value);
        self
    }
    /// Sets the optional query parameter `label`; see [`requests::ListArtifactVersions::label`](crate::requests::ListArtifactVersions::label).
    pub fn label(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.label(value);
        self
    }
    /// Sets the optional query parameter `verbosity`; see [`requests::ListArtifactVersions::verbosity`](crate::requests::ListArtifactVersions::verbosity).
    pub fn verbosity(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.verbosity(value);
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
    /// See [`Client::list_artifact_versions`](crate::Client::list_artifact_versions); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<Vec<crate::types::ArtifactVersion>> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_artifact_versions_legacy`](crate::blocking::Client::list_artifact_versions_legacy): `GET /api/aslan/delivery/releases`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListArtifactVersionsLegacy<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListArtifactVersionsLegacy<'a>,
}
impl<'a> ListArtifactVersionsLegacy<'a> {
    /// Sets the optional query parameter `projectName`; see [`requests::ListArtifactVersionsLegacy::project_key`](crate::requests::ListArtifactVersionsLegacy::project_key).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.project_key(value);
        self
    }
    /// Sets the optional query parameter `page`; see [`requests::ListArtifactVersionsLegacy::page_num`](crate::requests::ListArtifactVersionsLegacy::page_num).
    pub fn page_num(mut self, value: i64) -> Self {
        self.inner = self.inner.page_num(value);
        self
    }
    /// Sets the optional query parameter `per_page`; see [`requests::ListArtifactVersionsLegacy::page_size`](crate::requests::ListArtifactVersionsLegacy::page_size).
    pub fn page_size(mut self, value: i64) -> Self {
        self.inner = self.inner.page_size(value);
        self
    }
    /// Sets the optional query parameter `taskId`; see [`requests::ListArtifactVersionsLegacy::task_id`](crate::requests::ListArtifactVersionsLegacy::task_id).
    pub fn task_id(mut self, value: i64) -> Self {
        self.inner = self.inner.task_id(value);
        self
    }
    /// Sets the optional query parameter `workflowName`; see [`requests::ListArtifactVersionsLegacy::workflow_key`](crate::requests::ListArtifactVersionsLegacy::workflow_key).
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.workflow_key(value);
        self
    }
    /// Sets the optional query parameter `serviceName`; see [`requests::ListArtifactVersionsLegacy::service_name`](crate::requests::ListArtifactVersionsLegacy::service_name).
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.service_name(value);
        self
    }
    /// Sets the optional query parameter `verbosity`; see [`requests::ListArtifactVersionsLegacy::verbosity`](crate::requests::ListArtifactVersionsLegacy::verbosity).
    pub fn verbosity(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.verbosity(value);
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
    /// See [`Client::list_artifact_versions_legacy`](crate::Client::list_artifact_versions_legacy); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<Vec<crate::types::ArtifactReleaseLegacy>> {
        self.client.block_on(self.inner.send())
    }
}
