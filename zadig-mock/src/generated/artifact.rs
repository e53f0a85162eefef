// @generated from spec/artifact.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Artifact management endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{Endpoint, JsonAnswer, sealed::Sealed};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `GET /api/aslan/delivery/releases` calls (`list_artifact_versions`): Lists versions as the artifact management page shows them
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_artifact_versions(&self) -> Expect<'_, ListArtifactVersions> {
        self.expect()
    }
    /// Expects `GET /api/aslan/delivery/releases` calls (`list_artifact_versions_legacy`): Lists versions as the artifact management page of v3.4.x shows them, with their build, deploy, test and distribution records
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_artifact_versions_legacy(
        &self,
    ) -> Expect<'_, ListArtifactVersionsLegacy> {
        self.expect()
    }
}
/// The `list_artifact_versions` endpoint (`GET /api/aslan/delivery/releases`, `Client::list_artifact_versions`): the type of its expectation, [`Expect<ListArtifactVersions>`](crate::Expect), which [`MockZadig::list_artifact_versions`] returns.
pub enum ListArtifactVersions {}
impl Sealed for ListArtifactVersions {}
impl Endpoint for ListArtifactVersions {
    const ID: &'static str = "list_artifact_versions";
}
impl JsonAnswer for ListArtifactVersions {
    type Response = Vec<crate::types::ArtifactVersion>;
}
impl Expect<'_, ListArtifactVersions> {
    /// Matches only calls whose query parameter `projectName` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectName", &value)
    }
    /// Matches only calls whose query parameter `page` is `value`.
    pub fn page_num(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("page", &value)
    }
    /// Matches only calls whose query parameter `per_page` is `value`.
    pub fn page_size(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("per_page", &value)
    }
    /// Matches only calls whose query parameter `taskId` is `value`.
    pub fn task_id(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("taskId", &value)
    }
    /// Matches only calls whose query parameter `workflowName` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("workflowName", &value)
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("serviceName", &value)
    }
    /// Matches only calls whose query parameter `label` is `value`.
    pub fn label(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("label", &value)
    }
    /// Matches only calls whose query parameter `verbosity` is `value`.
    pub fn verbosity(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("verbosity", &value)
    }
    /// Matches only calls that do not send the query parameter `projectName`.
    pub fn without_project_key(self) -> Self {
        self.match_query_absent("projectName")
    }
    /// Matches only calls that do not send the query parameter `page`.
    pub fn without_page_num(self) -> Self {
        self.match_query_absent("page")
    }
    /// Matches only calls that do not send the query parameter `per_page`.
    pub fn without_page_size(self) -> Self {
        self.match_query_absent("per_page")
    }
    /// Matches only calls that do not send the query parameter `taskId`.
    pub fn without_task_id(self) -> Self {
        self.match_query_absent("taskId")
    }
    /// Matches only calls that do not send the query parameter `workflowName`.
    pub fn without_workflow_key(self) -> Self {
        self.match_query_absent("workflowName")
    }
    /// Matches only calls that do not send the query parameter `serviceName`.
    pub fn without_service_name(self) -> Self {
        self.match_query_absent("serviceName")
    }
    /// Matches only calls that do not send the query parameter `label`.
    pub fn without_label(self) -> Self {
        self.match_query_absent("label")
    }
    /// Matches only calls that do not send the query parameter `verbosity`.
    pub fn without_verbosity(self) -> Self {
        self.match_query_absent("verbosity")
    }
}
/// The `list_artifact_versions_legacy` endpoint (`GET /api/aslan/delivery/releases`, `Client::list_artifact_versions_legacy`): the type of its expectation, [`Expect<ListArtifactVersionsLegacy>`](crate::Expect), which [`MockZadig::list_artifact_versions_legacy`] returns.
pub enum ListArtifactVersionsLegacy {}
impl Sealed for ListArtifactVersionsLegacy {}
impl Endpoint for ListArtifactVersionsLegacy {
    const ID: &'static str = "list_artifact_versions_legacy";
}
impl JsonAnswer for ListArtifactVersionsLegacy {
    type Response = Vec<crate::types::ArtifactReleaseLegacy>;
}
impl Expect<'_, ListArtifactVersionsLegacy> {
    /// Matches only calls whose query parameter `projectName` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectName", &value)
    }
    /// Matches only calls whose query parameter `page` is `value`.
    pub fn page_num(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("page", &value)
    }
    /// Matches only calls whose query parameter `per_page` is `value`.
    pub fn page_size(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("per_page", &value)
    }
    /// Matches only calls whose query parameter `taskId` is `value`.
    pub fn task_id(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("taskId", &value)
    }
    /// Matches only calls whose query parameter `workflowName` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("workflowName", &value)
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("serviceName", &value)
    }
    /// Matches only calls whose query parameter `verbosity` is `value`.
    pub fn verbosity(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("verbosity", &value)
    }
    /// Matches only calls that do not send the query parameter `projectName`.
    pub fn without_project_key(self) -> Self {
        self.match_query_absent("projectName")
    }
    /// Matches only calls that do not send the query parameter `page`.
    pub fn without_page_num(self) -> Self {
        self.match_query_absent("page")
    }
    /// Matches only calls that do not send the query parameter `per_page`.
    pub fn without_page_size(self) -> Self {
        self.match_query_absent("per_page")
    }
    /// Matches only calls that do not send the query parameter `taskId`.
    pub fn without_task_id(self) -> Self {
        self.match_query_absent("taskId")
    }
    /// Matches only calls that do not send the query parameter `workflowName`.
    pub fn without_workflow_key(self) -> Self {
        self.match_query_absent("workflowName")
    }
    /// Matches only calls that do not send the query parameter `serviceName`.
    pub fn without_service_name(self) -> Self {
        self.match_query_absent("serviceName")
    }
    /// Matches only calls that do not send the query parameter `verbosity`.
    pub fn without_verbosity(self) -> Self {
        self.match_query_absent("verbosity")
    }
}
