// @generated from spec/artifact.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Artifact management API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
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
            project_key: None,
            page_num: None,
            page_size: None,
            task_id: None,
            workflow_key: None,
            service_name: None,
            label: None,
            verbosity: None,
            options: CallOptions::default(),
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
            project_key: None,
            page_num: None,
            page_size: None,
            task_id: None,
            workflow_key: None,
            service_name: None,
            verbosity: None,
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::list_artifact_versions`](crate::Client::list_artifact_versions): `GET /api/aslan/delivery/releases`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListArtifactVersions<'a> {
    client: &'a crate::Client,
    project_key: Option<String>,
    page_num: Option<i64>,
    page_size: Option<i64>,
    task_id: Option<i64>,
    workflow_key: Option<String>,
    service_name: Option<String>,
    label: Option<String>,
    verbosity: Option<String>,
    options: CallOptions,
}
impl<'a> ListArtifactVersions<'a> {
    /// Identifier of a project to list the versions of; all projects when left out (query `projectName`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// 1-based page number; 0 or left out returns every matching version on one page (query `page`).
    pub fn page_num(mut self, value: i64) -> Self {
        self.page_num = Some(value);
        self
    }
    /// Number of versions per page, used when `page` is set (query `per_page`).
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Number of a workflow run; only versions that run made are listed (query `taskId`).
    pub fn task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }
    /// Name of a workflow; only versions it made are listed (query `workflowName`).
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        self.workflow_key = Some(value.into());
        self
    }
    /// Name of a service; only versions that contain it are listed (query `serviceName`).
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// A label; only versions carrying it are listed. URL-encode it (query `label`).
    pub fn label(mut self, value: impl Into<String>) -> Self {
        self.label = Some(value.into());
        self
    }
    /// Level of detail, `detailed` (assumed when left out) or `brief`. The server reads it but returns the same fields either way (query `verbosity`).
    pub fn verbosity(mut self, value: impl Into<String>) -> Self {
        self.verbosity = Some(value.into());
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
    /// Sends the request and returns the decoded list of [`ArtifactVersion`](crate::types::ArtifactVersion).
    ///
    /// # Errors
    ///
    /// See [`Client::list_artifact_versions`](crate::Client::list_artifact_versions).
    pub async fn send(self) -> crate::Result<Vec<crate::types::ArtifactVersion>> {
        let mut request = Request::new(
            "list_artifact_versions",
            reqwest::Method::GET,
            "/api/aslan/delivery/releases",
        );
        if let Some(value) = &self.project_key {
            request.query("projectName", value);
        }
        if let Some(value) = &self.page_num {
            request.query("page", value);
        }
        if let Some(value) = &self.page_size {
            request.query("per_page", value);
        }
        if let Some(value) = &self.task_id {
            request.query("taskId", value);
        }
        if let Some(value) = &self.workflow_key {
            request.query("workflowName", value);
        }
        if let Some(value) = &self.service_name {
            request.query("serviceName", value);
        }
        if let Some(value) = &self.label {
            request.query("label", value);
        }
        if let Some(value) = &self.verbosity {
            request.query("verbosity", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_artifact_versions_legacy`](crate::Client::list_artifact_versions_legacy): `GET /api/aslan/delivery/releases`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListArtifactVersionsLegacy<'a> {
    client: &'a crate::Client,
    project_key: Option<String>,
    page_num: Option<i64>,
    page_size: Option<i64>,
    task_id: Option<i64>,
    workflow_key: Option<String>,
    service_name: Option<String>,
    verbosity: Option<String>,
    options: CallOptions,
}
impl<'a> ListArtifactVersionsLegacy<'a> {
    /// Identifier of a project to list the versions of; all projects when left out (query `projectName`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// 1-based page number; 0 or left out returns every matching version on one page (query `page`).
    pub fn page_num(mut self, value: i64) -> Self {
        self.page_num = Some(value);
        self
    }
    /// Number of versions per page, used when `page` is set (query `per_page`).
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Number of a workflow run; only versions that run made are listed (query `taskId`).
    pub fn task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }
    /// Name of a workflow; only versions it made are listed (query `workflowName`).
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        self.workflow_key = Some(value.into());
        self
    }
    /// Name of a service; only versions that deployed it are listed (not applied with `verbosity=brief`) (query `serviceName`).
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Level of detail: `brief` sends each version alone, without its environment and records; `detailed` (assumed when left out) sends everything (query `verbosity`).
    pub fn verbosity(mut self, value: impl Into<String>) -> Self {
        self.verbosity = Some(value.into());
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
    /// Sends the request and returns the decoded list of [`ArtifactReleaseLegacy`](crate::types::ArtifactReleaseLegacy).
    ///
    /// # Errors
    ///
    /// See [`Client::list_artifact_versions_legacy`](crate::Client::list_artifact_versions_legacy).
    pub async fn send(self) -> crate::Result<Vec<crate::types::ArtifactReleaseLegacy>> {
        let mut request = Request::new(
            "list_artifact_versions_legacy",
            reqwest::Method::GET,
            "/api/aslan/delivery/releases",
        );
        if let Some(value) = &self.project_key {
            request.query("projectName", value);
        }
        if let Some(value) = &self.page_num {
            request.query("page", value);
        }
        if let Some(value) = &self.page_size {
            request.query("per_page", value);
        }
        if let Some(value) = &self.task_id {
            request.query("taskId", value);
        }
        if let Some(value) = &self.workflow_key {
            request.query("workflowName", value);
        }
        if let Some(value) = &self.service_name {
            request.query("serviceName", value);
        }
        if let Some(value) = &self.verbosity {
            request.query("verbosity", value);
        }
        self.client.send_json(request, self.options).await
    }
}
