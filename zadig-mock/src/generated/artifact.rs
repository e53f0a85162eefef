// @generated from spec/artifact.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Artifact management endpoints.
#![allow(clippy::too_many_lines)]
use crate::{Expectation, MockZadig, Mounted};
impl MockZadig {
    /// Expects `GET /api/aslan/delivery/releases` calls (`list_artifact_versions`): Lists versions as the artifact management page shows them
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_artifact_versions(&self) -> ListArtifactVersions<'_> {
        ListArtifactVersions {
            expectation: self.expect("list_artifact_versions"),
        }
    }
}
/// An expected `GET /api/aslan/delivery/releases` call (`Client::list_artifact_versions`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListArtifactVersions<'a> {
    expectation: Expectation<'a>,
}
impl ListArtifactVersions<'_> {
    /// Matches only calls whose query parameter `projectName` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectName", &value);
        self
    }
    /// Matches only calls whose query parameter `page` is `value`.
    pub fn page_num(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("page", &value);
        self
    }
    /// Matches only calls whose query parameter `per_page` is `value`.
    pub fn page_size(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("per_page", &value);
        self
    }
    /// Matches only calls whose query parameter `taskId` is `value`.
    pub fn task_id(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("taskId", &value);
        self
    }
    /// Matches only calls whose query parameter `workflowName` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("workflowName", &value);
        self
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("serviceName", &value);
        self
    }
    /// Matches only calls whose query parameter `label` is `value`.
    pub fn label(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("label", &value);
        self
    }
    /// Matches only calls whose query parameter `verbosity` is `value`.
    pub fn verbosity(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("verbosity", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::ArtifactVersion>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::ArtifactVersion>>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /api/aslan/delivery/releases` calls (`list_artifact_versions_legacy`): Lists versions as the artifact management page of v3.4.x shows them, with their build, deploy, test and distribution records
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_artifact_versions_legacy(&self) -> ListArtifactVersionsLegacy<'_> {
        ListArtifactVersionsLegacy {
            expectation: self.expect("list_artifact_versions_legacy"),
        }
    }
}
/// An expected `GET /api/aslan/delivery/releases` call (`Client::list_artifact_versions_legacy`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListArtifactVersionsLegacy<'a> {
    expectation: Expectation<'a>,
}
impl ListArtifactVersionsLegacy<'_> {
    /// Matches only calls whose query parameter `projectName` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectName", &value);
        self
    }
    /// Matches only calls whose query parameter `page` is `value`.
    pub fn page_num(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("page", &value);
        self
    }
    /// Matches only calls whose query parameter `per_page` is `value`.
    pub fn page_size(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("per_page", &value);
        self
    }
    /// Matches only calls whose query parameter `taskId` is `value`.
    pub fn task_id(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("taskId", &value);
        self
    }
    /// Matches only calls whose query parameter `workflowName` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("workflowName", &value);
        self
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("serviceName", &value);
        self
    }
    /// Matches only calls whose query parameter `verbosity` is `value`.
    pub fn verbosity(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("verbosity", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::ArtifactReleaseLegacy>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::ArtifactReleaseLegacy>>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
