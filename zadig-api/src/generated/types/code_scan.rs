// @generated from spec/code_scan.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Code scanning API.
//!
//! Code scans: define one, start a run and read the details of a run.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// The definition of a new code scan.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiCreateScanningReq {
    /// Name of the code scan, unique within the project.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Identifier of the project the scan belongs to.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// Free-text description of the scan.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Which kind of scanner runs the scan.
    #[serde(rename = "scanner_type", default, skip_serializing_if = "Option::is_none")]
    pub scanner_type: Option<ScannerType>,
    /// Name of the base image the scan runs in.
    #[serde(rename = "image_name", default, skip_serializing_if = "Option::is_none")]
    pub image_name: Option<String>,
    /// Code repositories the scan checks out.
    #[serde(rename = "repo_info", default, skip_serializing_if = "Option::is_none")]
    pub repo_info: Option<Vec<crate::types::OpenApiRepoInput>>,
    /// System identifier of the SonarQube integration used, for `sonarQube` scans.
    #[serde(rename = "sonar_system", default, skip_serializing_if = "Option::is_none")]
    pub sonar_system: Option<String>,
    /// Software packages installed before the scan runs.
    #[serde(rename = "addons", default, skip_serializing_if = "Option::is_none")]
    pub addons: Option<Vec<crate::types::InstallItem>>,
    /// Shell script run before the SonarQube scanner, for `sonarQube` scans.
    #[serde(
        rename = "prelaunch_script",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub prelaunch_script: Option<String>,
    /// SonarQube scanner parameters (the content of `sonar-project.properties`), for `sonarQube` scans.
    #[serde(
        rename = "sonar_parameter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sonar_parameter: Option<String>,
    /// Shell script that performs the scan, for `other` scans.
    #[serde(rename = "script", default, skip_serializing_if = "Option::is_none")]
    pub script: Option<String>,
    /// Whether the run fails when the SonarQube quality gate fails.
    #[serde(
        rename = "enable_quality_gate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_quality_gate: Option<bool>,
    /// Timeout, cache, cluster, resource and storage settings of the scan.
    #[serde(
        rename = "advanced_settings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub advanced_settings: Option<crate::types::OpenApiAdvancedSetting>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiCreateScanningReq {
    /// Creates an empty `OpenApiCreateScanningReq`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            project_key: None,
            description: None,
            scanner_type: None,
            image_name: None,
            repo_info: None,
            sonar_system: None,
            addons: None,
            prelaunch_script: None,
            sonar_parameter: None,
            script: None,
            enable_quality_gate: None,
            advanced_settings: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `scanner_type` and returns the value, for chaining.
    pub fn with_scanner_type(mut self, value: ScannerType) -> Self {
        self.scanner_type = Some(value);
        self
    }
    /// Sets `image_name` and returns the value, for chaining.
    pub fn with_image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = Some(value.into());
        self
    }
    /// Sets `repo_info` and returns the value, for chaining.
    pub fn with_repo_info(mut self, value: Vec<crate::types::OpenApiRepoInput>) -> Self {
        self.repo_info = Some(value);
        self
    }
    /// Sets `sonar_system` and returns the value, for chaining.
    pub fn with_sonar_system(mut self, value: impl Into<String>) -> Self {
        self.sonar_system = Some(value.into());
        self
    }
    /// Sets `addons` and returns the value, for chaining.
    pub fn with_addons(mut self, value: Vec<crate::types::InstallItem>) -> Self {
        self.addons = Some(value);
        self
    }
    /// Sets `prelaunch_script` and returns the value, for chaining.
    pub fn with_prelaunch_script(mut self, value: impl Into<String>) -> Self {
        self.prelaunch_script = Some(value.into());
        self
    }
    /// Sets `sonar_parameter` and returns the value, for chaining.
    pub fn with_sonar_parameter(mut self, value: impl Into<String>) -> Self {
        self.sonar_parameter = Some(value.into());
        self
    }
    /// Sets `script` and returns the value, for chaining.
    pub fn with_script(mut self, value: impl Into<String>) -> Self {
        self.script = Some(value.into());
        self
    }
    /// Sets `enable_quality_gate` and returns the value, for chaining.
    pub fn with_enable_quality_gate(mut self, value: bool) -> Self {
        self.enable_quality_gate = Some(value);
        self
    }
    /// Sets `advanced_settings` and returns the value, for chaining.
    pub fn with_advanced_settings(
        mut self,
        value: crate::types::OpenApiAdvancedSetting,
    ) -> Self {
        self.advanced_settings = Some(value);
        self
    }
}
/// The kind of scanner a code scan uses.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ScannerType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScannerType {
    /// `sonarQube`: Scanned by a SonarQube integration.
    SonarQube,
    /// `ai_review`: Reviewed by an AI model.
    AiReview,
    /// `other`: Scanned by a user-written script.
    Other,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ScannerType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SonarQube => "sonarQube",
            Self::AiReview => "ai_review",
            Self::Other => "other",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl From<&str> for ScannerType {
    fn from(value: &str) -> Self {
        match value {
            "sonarQube" => Self::SonarQube,
            "ai_review" => Self::AiReview,
            "other" => Self::Other,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ScannerType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "sonarQube" => Self::SonarQube,
            "ai_review" => Self::AiReview,
            "other" => Self::Other,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for ScannerType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ScannerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ScannerType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ScannerType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// What to scan in a new run of a code scan.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiCreateScanningTaskReq {
    /// Ignored; the server takes the project from the `projectKey` query parameter.
    #[serde(rename = "ProjectName", default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// Ignored; the server takes the scan's name from the path.
    #[serde(rename = "ScanName", default, skip_serializing_if = "Option::is_none")]
    pub scan_name: Option<String>,
    /// Branches (or pull requests) of the scan's repositories to scan; each needs a branch.
    #[serde(rename = "scan_repos", default, skip_serializing_if = "Option::is_none")]
    pub scan_repos: Option<Vec<ScanningRepoInfo>>,
    /// Values of the scan's variables for this run.
    #[serde(rename = "scan_kvs", default, skip_serializing_if = "Option::is_none")]
    pub scan_kvs: Option<Vec<crate::types::KeyVal>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiCreateScanningTaskReq {
    /// Creates an empty `OpenApiCreateScanningTaskReq`; every field is optional.
    pub fn new() -> Self {
        Self {
            project_name: None,
            scan_name: None,
            scan_repos: None,
            scan_kvs: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = Some(value.into());
        self
    }
    /// Sets `scan_name` and returns the value, for chaining.
    pub fn with_scan_name(mut self, value: impl Into<String>) -> Self {
        self.scan_name = Some(value.into());
        self
    }
    /// Sets `scan_repos` and returns the value, for chaining.
    pub fn with_scan_repos(mut self, value: Vec<ScanningRepoInfo>) -> Self {
        self.scan_repos = Some(value);
        self
    }
    /// Sets `scan_kvs` and returns the value, for chaining.
    pub fn with_scan_kvs(mut self, value: Vec<crate::types::KeyVal>) -> Self {
        self.scan_kvs = Some(value);
        self
    }
}
/// A repository of a code scan and the revision to scan in this run.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ScanningRepoInfo {
    /// Id of the code host integration.
    #[serde(rename = "codehost_id", default, skip_serializing_if = "Option::is_none")]
    pub codehost_id: Option<i64>,
    /// Kind of code host (for example `gitlab`, `github`).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Owner of the repository.
    #[serde(rename = "repo_owner", default, skip_serializing_if = "Option::is_none")]
    pub repo_owner: Option<String>,
    /// Namespace of the repository, when it differs from the owner.
    #[serde(rename = "repo_namespace", default, skip_serializing_if = "Option::is_none")]
    pub repo_namespace: Option<String>,
    /// Name of the repository.
    #[serde(rename = "repo_name", default, skip_serializing_if = "Option::is_none")]
    pub repo_name: Option<String>,
    /// Number of a pull/merge request to scan.
    #[serde(rename = "pr", default, skip_serializing_if = "Option::is_none")]
    pub pr: Option<i64>,
    /// Numbers of pull/merge requests to scan together.
    #[serde(rename = "prs", default, skip_serializing_if = "Option::is_none")]
    pub prs: Option<Vec<i64>>,
    /// Branch to scan; required.
    #[serde(rename = "branch", default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// Branches merged into the checkout before scanning.
    #[serde(rename = "merge_branches", default, skip_serializing_if = "Option::is_none")]
    pub merge_branches: Option<Vec<String>>,
    /// Tag to scan instead of a branch.
    #[serde(rename = "tag", default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Perforce depot type; only for Perforce repositories.
    #[serde(rename = "depot_type", default, skip_serializing_if = "Option::is_none")]
    pub depot_type: Option<String>,
    /// Perforce stream; only for Perforce repositories.
    #[serde(rename = "stream", default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<String>,
    /// Perforce view mapping; only for Perforce repositories.
    #[serde(rename = "view_mapping", default, skip_serializing_if = "Option::is_none")]
    pub view_mapping: Option<String>,
    /// Perforce changelist number; only for Perforce repositories.
    #[serde(rename = "changelist_id", default, skip_serializing_if = "Option::is_none")]
    pub changelist_id: Option<i64>,
    /// Perforce shelve number; only for Perforce repositories.
    #[serde(rename = "shelve_id", default, skip_serializing_if = "Option::is_none")]
    pub shelve_id: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ScanningRepoInfo {
    /// Creates an empty `ScanningRepoInfo`; every field is optional.
    pub fn new() -> Self {
        Self {
            codehost_id: None,
            source: None,
            repo_owner: None,
            repo_namespace: None,
            repo_name: None,
            pr: None,
            prs: None,
            branch: None,
            merge_branches: None,
            tag: None,
            depot_type: None,
            stream: None,
            view_mapping: None,
            changelist_id: None,
            shelve_id: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `codehost_id` and returns the value, for chaining.
    pub fn with_codehost_id(mut self, value: i64) -> Self {
        self.codehost_id = Some(value);
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `repo_owner` and returns the value, for chaining.
    pub fn with_repo_owner(mut self, value: impl Into<String>) -> Self {
        self.repo_owner = Some(value.into());
        self
    }
    /// Sets `repo_namespace` and returns the value, for chaining.
    pub fn with_repo_namespace(mut self, value: impl Into<String>) -> Self {
        self.repo_namespace = Some(value.into());
        self
    }
    /// Sets `repo_name` and returns the value, for chaining.
    pub fn with_repo_name(mut self, value: impl Into<String>) -> Self {
        self.repo_name = Some(value.into());
        self
    }
    /// Sets `pr` and returns the value, for chaining.
    pub fn with_pr(mut self, value: i64) -> Self {
        self.pr = Some(value);
        self
    }
    /// Sets `prs` and returns the value, for chaining.
    pub fn with_prs(mut self, value: Vec<i64>) -> Self {
        self.prs = Some(value);
        self
    }
    /// Sets `branch` and returns the value, for chaining.
    pub fn with_branch(mut self, value: impl Into<String>) -> Self {
        self.branch = Some(value.into());
        self
    }
    /// Sets `merge_branches` and returns the value, for chaining.
    pub fn with_merge_branches(mut self, value: Vec<String>) -> Self {
        self.merge_branches = Some(value);
        self
    }
    /// Sets `tag` and returns the value, for chaining.
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
    /// Sets `depot_type` and returns the value, for chaining.
    pub fn with_depot_type(mut self, value: impl Into<String>) -> Self {
        self.depot_type = Some(value.into());
        self
    }
    /// Sets `stream` and returns the value, for chaining.
    pub fn with_stream(mut self, value: impl Into<String>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `view_mapping` and returns the value, for chaining.
    pub fn with_view_mapping(mut self, value: impl Into<String>) -> Self {
        self.view_mapping = Some(value.into());
        self
    }
    /// Sets `changelist_id` and returns the value, for chaining.
    pub fn with_changelist_id(mut self, value: i64) -> Self {
        self.changelist_id = Some(value);
        self
    }
    /// Sets `shelve_id` and returns the value, for chaining.
    pub fn with_shelve_id(mut self, value: i64) -> Self {
        self.shelve_id = Some(value);
        self
    }
}
/// The run a code scan request started.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiCreateScanningTaskResp {
    /// Number of the new run.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiCreateScanningTaskResp {
    /// Creates an empty `OpenApiCreateScanningTaskResp`; every field is optional.
    pub fn new() -> Self {
        Self {
            task_id: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `task_id` and returns the value, for chaining.
    pub fn with_task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }
}
/// The state and result of one code scan run.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiScanTaskDetail {
    /// Name of the code scan.
    #[serde(rename = "scan_name", default, skip_serializing_if = "Option::is_none")]
    pub scan_name: Option<String>,
    /// Who started the run.
    #[serde(rename = "creator", default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<String>,
    /// Number of the run.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    /// Where the run stands (for example `running`, `passed`, `failed`).
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// When the run was created, as a Unix timestamp in seconds.
    #[serde(rename = "create_time", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<i64>,
    /// When the run finished, as a Unix timestamp in seconds; 0 while it runs.
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Link to the scan report (for example the SonarQube project page).
    #[serde(rename = "result_link", default, skip_serializing_if = "Option::is_none")]
    pub result_link: Option<String>,
    /// Repositories the run scanned.
    #[serde(rename = "repo_info", default, skip_serializing_if = "Option::is_none")]
    pub repo_info: Option<Vec<OpenApiScanRepoBrief>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiScanTaskDetail {
    /// Creates an empty `OpenApiScanTaskDetail`; every field is optional.
    pub fn new() -> Self {
        Self {
            scan_name: None,
            creator: None,
            task_id: None,
            status: None,
            create_time: None,
            end_time: None,
            result_link: None,
            repo_info: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `scan_name` and returns the value, for chaining.
    pub fn with_scan_name(mut self, value: impl Into<String>) -> Self {
        self.scan_name = Some(value.into());
        self
    }
    /// Sets `creator` and returns the value, for chaining.
    pub fn with_creator(mut self, value: impl Into<String>) -> Self {
        self.creator = Some(value.into());
        self
    }
    /// Sets `task_id` and returns the value, for chaining.
    pub fn with_task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = Some(value);
        self
    }
    /// Sets `end_time` and returns the value, for chaining.
    pub fn with_end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `result_link` and returns the value, for chaining.
    pub fn with_result_link(mut self, value: impl Into<String>) -> Self {
        self.result_link = Some(value.into());
        self
    }
    /// Sets `repo_info` and returns the value, for chaining.
    pub fn with_repo_info(mut self, value: Vec<OpenApiScanRepoBrief>) -> Self {
        self.repo_info = Some(value);
        self
    }
}
/// A repository a code scan run checked out.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiScanRepoBrief {
    /// Owner of the repository.
    #[serde(rename = "repo_owner", default, skip_serializing_if = "Option::is_none")]
    pub repo_owner: Option<String>,
    /// Kind of code host (for example `gitlab`, `github`).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Address of the code host.
    #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Branch scanned.
    #[serde(rename = "branch", default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// Name of the git remote.
    #[serde(rename = "remote_name", default, skip_serializing_if = "Option::is_none")]
    pub remote_name: Option<String>,
    /// Name of the repository.
    #[serde(rename = "repo_name", default, skip_serializing_if = "Option::is_none")]
    pub repo_name: Option<String>,
    /// Whether the repository is hidden when the scan is run by hand.
    #[serde(rename = "hidden", default, skip_serializing_if = "Option::is_none")]
    pub hidden: Option<bool>,
    /// Directory the repository was checked out into.
    #[serde(rename = "checkout_path", default, skip_serializing_if = "Option::is_none")]
    pub checkout_path: Option<String>,
    /// Whether git submodules were checked out.
    #[serde(rename = "submodules", default, skip_serializing_if = "Option::is_none")]
    pub submodules: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiScanRepoBrief {
    /// Creates an empty `OpenApiScanRepoBrief`; every field is optional.
    pub fn new() -> Self {
        Self {
            repo_owner: None,
            source: None,
            address: None,
            branch: None,
            remote_name: None,
            repo_name: None,
            hidden: None,
            checkout_path: None,
            submodules: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `repo_owner` and returns the value, for chaining.
    pub fn with_repo_owner(mut self, value: impl Into<String>) -> Self {
        self.repo_owner = Some(value.into());
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `address` and returns the value, for chaining.
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `branch` and returns the value, for chaining.
    pub fn with_branch(mut self, value: impl Into<String>) -> Self {
        self.branch = Some(value.into());
        self
    }
    /// Sets `remote_name` and returns the value, for chaining.
    pub fn with_remote_name(mut self, value: impl Into<String>) -> Self {
        self.remote_name = Some(value.into());
        self
    }
    /// Sets `repo_name` and returns the value, for chaining.
    pub fn with_repo_name(mut self, value: impl Into<String>) -> Self {
        self.repo_name = Some(value.into());
        self
    }
    /// Sets `hidden` and returns the value, for chaining.
    pub fn with_hidden(mut self, value: bool) -> Self {
        self.hidden = Some(value);
        self
    }
    /// Sets `checkout_path` and returns the value, for chaining.
    pub fn with_checkout_path(mut self, value: impl Into<String>) -> Self {
        self.checkout_path = Some(value.into());
        self
    }
    /// Sets `submodules` and returns the value, for chaining.
    pub fn with_submodules(mut self, value: bool) -> Self {
        self.submodules = Some(value);
        self
    }
}
