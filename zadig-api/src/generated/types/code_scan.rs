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
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub name: String,
    /// Identifier of the project the scan belongs to.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub project_key: String,
    /// Free-text description of the scan.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub description: String,
    /// Which kind of scanner runs the scan.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub scanner_type: ScannerType,
    /// Name of the base image the scan runs in.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub image_name: String,
    /// Code repositories the scan checks out.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub repo_info: Vec<crate::types::OpenApiRepoInput>,
    /// System identifier of the SonarQube integration used, for `sonarQube` scans.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub sonar_system: String,
    /// Software packages installed before the scan runs.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub addons: Vec<crate::types::InstallItem>,
    /// Shell script run before the SonarQube scanner, for `sonarQube` scans.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub prelaunch_script: String,
    /// SonarQube scanner parameters (the content of `sonar-project.properties`), for `sonarQube` scans.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub sonar_parameter: String,
    /// Shell script that performs the scan, for `other` scans.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub script: String,
    /// Whether the run fails when the SonarQube quality gate fails.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub enable_quality_gate: bool,
    /// Timeout, cache, cluster, resource and storage settings of the scan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_settings: Option<crate::types::OpenApiAdvancedSetting>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiCreateScanningReq {
    /// Creates an empty `OpenApiCreateScanningReq`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            name: Default::default(),
            project_key: Default::default(),
            description: Default::default(),
            scanner_type: Default::default(),
            image_name: Default::default(),
            repo_info: Default::default(),
            sonar_system: Default::default(),
            addons: Default::default(),
            prelaunch_script: Default::default(),
            sonar_parameter: Default::default(),
            script: Default::default(),
            enable_quality_gate: Default::default(),
            advanced_settings: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = value.into();
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `scanner_type` and returns the value, for chaining.
    pub fn with_scanner_type(mut self, value: ScannerType) -> Self {
        self.scanner_type = value;
        self
    }
    /// Sets `image_name` and returns the value, for chaining.
    pub fn with_image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = value.into();
        self
    }
    /// Sets `repo_info` and returns the value, for chaining.
    pub fn with_repo_info(mut self, value: Vec<crate::types::OpenApiRepoInput>) -> Self {
        self.repo_info = value;
        self
    }
    /// Sets `sonar_system` and returns the value, for chaining.
    pub fn with_sonar_system(mut self, value: impl Into<String>) -> Self {
        self.sonar_system = value.into();
        self
    }
    /// Sets `addons` and returns the value, for chaining.
    pub fn with_addons(mut self, value: Vec<crate::types::InstallItem>) -> Self {
        self.addons = value;
        self
    }
    /// Sets `prelaunch_script` and returns the value, for chaining.
    pub fn with_prelaunch_script(mut self, value: impl Into<String>) -> Self {
        self.prelaunch_script = value.into();
        self
    }
    /// Sets `sonar_parameter` and returns the value, for chaining.
    pub fn with_sonar_parameter(mut self, value: impl Into<String>) -> Self {
        self.sonar_parameter = value.into();
        self
    }
    /// Sets `script` and returns the value, for chaining.
    pub fn with_script(mut self, value: impl Into<String>) -> Self {
        self.script = value.into();
        self
    }
    /// Sets `enable_quality_gate` and returns the value, for chaining.
    pub fn with_enable_quality_gate(mut self, value: bool) -> Self {
        self.enable_quality_gate = value;
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
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for ScannerType {
    fn default() -> Self {
        Self::from("")
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
    #[serde(
        rename = "ProjectName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub project_name: String,
    /// Ignored; the server takes the scan's name from the path.
    #[serde(
        rename = "ScanName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub scan_name: String,
    /// Branches (or pull requests) of the scan's repositories to scan; each needs a branch.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub scan_repos: Vec<ScanningRepoInfo>,
    /// Values of the scan's variables for this run.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub scan_kvs: Vec<crate::types::KeyVal>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiCreateScanningTaskReq {
    /// Creates an empty `OpenApiCreateScanningTaskReq`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            project_name: Default::default(),
            scan_name: Default::default(),
            scan_repos: Default::default(),
            scan_kvs: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = value.into();
        self
    }
    /// Sets `scan_name` and returns the value, for chaining.
    pub fn with_scan_name(mut self, value: impl Into<String>) -> Self {
        self.scan_name = value.into();
        self
    }
    /// Sets `scan_repos` and returns the value, for chaining.
    pub fn with_scan_repos(mut self, value: Vec<ScanningRepoInfo>) -> Self {
        self.scan_repos = value;
        self
    }
    /// Sets `scan_kvs` and returns the value, for chaining.
    pub fn with_scan_kvs(mut self, value: Vec<crate::types::KeyVal>) -> Self {
        self.scan_kvs = value;
        self
    }
}
/// A repository of a code scan and the revision to scan in this run.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ScanningRepoInfo {
    /// Id of the code host integration.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub codehost_id: i64,
    /// Kind of code host (for example `gitlab`, `github`).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub source: String,
    /// Owner of the repository.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub repo_owner: String,
    /// Namespace of the repository, when it differs from the owner.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub repo_namespace: String,
    /// Name of the repository.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub repo_name: String,
    /// Number of a pull/merge request to scan.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub pr: i64,
    /// Numbers of pull/merge requests to scan together.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub prs: Vec<i64>,
    /// Branch to scan; required.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub branch: String,
    /// Branches merged into the checkout before scanning.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub merge_branches: Vec<String>,
    /// Tag to scan instead of a branch.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub tag: String,
    /// Perforce depot type; only for Perforce repositories.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub depot_type: String,
    /// Perforce stream; only for Perforce repositories.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub stream: String,
    /// Perforce view mapping; only for Perforce repositories.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub view_mapping: String,
    /// Perforce changelist number; only for Perforce repositories.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub changelist_id: i64,
    /// Perforce shelve number; only for Perforce repositories.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub shelve_id: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ScanningRepoInfo {
    /// Creates an empty `ScanningRepoInfo`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            codehost_id: Default::default(),
            source: Default::default(),
            repo_owner: Default::default(),
            repo_namespace: Default::default(),
            repo_name: Default::default(),
            pr: Default::default(),
            prs: Default::default(),
            branch: Default::default(),
            merge_branches: Default::default(),
            tag: Default::default(),
            depot_type: Default::default(),
            stream: Default::default(),
            view_mapping: Default::default(),
            changelist_id: Default::default(),
            shelve_id: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `codehost_id` and returns the value, for chaining.
    pub fn with_codehost_id(mut self, value: i64) -> Self {
        self.codehost_id = value;
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = value.into();
        self
    }
    /// Sets `repo_owner` and returns the value, for chaining.
    pub fn with_repo_owner(mut self, value: impl Into<String>) -> Self {
        self.repo_owner = value.into();
        self
    }
    /// Sets `repo_namespace` and returns the value, for chaining.
    pub fn with_repo_namespace(mut self, value: impl Into<String>) -> Self {
        self.repo_namespace = value.into();
        self
    }
    /// Sets `repo_name` and returns the value, for chaining.
    pub fn with_repo_name(mut self, value: impl Into<String>) -> Self {
        self.repo_name = value.into();
        self
    }
    /// Sets `pr` and returns the value, for chaining.
    pub fn with_pr(mut self, value: i64) -> Self {
        self.pr = value;
        self
    }
    /// Sets `prs` and returns the value, for chaining.
    pub fn with_prs(mut self, value: Vec<i64>) -> Self {
        self.prs = value;
        self
    }
    /// Sets `branch` and returns the value, for chaining.
    pub fn with_branch(mut self, value: impl Into<String>) -> Self {
        self.branch = value.into();
        self
    }
    /// Sets `merge_branches` and returns the value, for chaining.
    pub fn with_merge_branches(mut self, value: Vec<String>) -> Self {
        self.merge_branches = value;
        self
    }
    /// Sets `tag` and returns the value, for chaining.
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = value.into();
        self
    }
    /// Sets `depot_type` and returns the value, for chaining.
    pub fn with_depot_type(mut self, value: impl Into<String>) -> Self {
        self.depot_type = value.into();
        self
    }
    /// Sets `stream` and returns the value, for chaining.
    pub fn with_stream(mut self, value: impl Into<String>) -> Self {
        self.stream = value.into();
        self
    }
    /// Sets `view_mapping` and returns the value, for chaining.
    pub fn with_view_mapping(mut self, value: impl Into<String>) -> Self {
        self.view_mapping = value.into();
        self
    }
    /// Sets `changelist_id` and returns the value, for chaining.
    pub fn with_changelist_id(mut self, value: i64) -> Self {
        self.changelist_id = value;
        self
    }
    /// Sets `shelve_id` and returns the value, for chaining.
    pub fn with_shelve_id(mut self, value: i64) -> Self {
        self.shelve_id = value;
        self
    }
}
/// The run a code scan request started.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiCreateScanningTaskResp {
    /// Number of the new run.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub task_id: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiCreateScanningTaskResp {
    /// Creates an empty `OpenApiCreateScanningTaskResp`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            task_id: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `task_id` and returns the value, for chaining.
    pub fn with_task_id(mut self, value: i64) -> Self {
        self.task_id = value;
        self
    }
}
/// The state and result of one code scan run.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiScanTaskDetail {
    /// Name of the code scan.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub scan_name: String,
    /// Who started the run.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub creator: String,
    /// Number of the run.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub task_id: i64,
    /// Where the run stands (for example `running`, `passed`, `failed`).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub status: String,
    /// When the run was created, as a Unix timestamp in seconds.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub create_time: i64,
    /// When the run finished, as a Unix timestamp in seconds; 0 while it runs.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub end_time: i64,
    /// Link to the scan report (for example the SonarQube project page).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub result_link: String,
    /// Repositories the run scanned.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub repo_info: Vec<OpenApiScanRepoBrief>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiScanTaskDetail {
    /// Creates an empty `OpenApiScanTaskDetail`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            scan_name: Default::default(),
            creator: Default::default(),
            task_id: Default::default(),
            status: Default::default(),
            create_time: Default::default(),
            end_time: Default::default(),
            result_link: Default::default(),
            repo_info: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `scan_name` and returns the value, for chaining.
    pub fn with_scan_name(mut self, value: impl Into<String>) -> Self {
        self.scan_name = value.into();
        self
    }
    /// Sets `creator` and returns the value, for chaining.
    pub fn with_creator(mut self, value: impl Into<String>) -> Self {
        self.creator = value.into();
        self
    }
    /// Sets `task_id` and returns the value, for chaining.
    pub fn with_task_id(mut self, value: i64) -> Self {
        self.task_id = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = value.into();
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = value;
        self
    }
    /// Sets `end_time` and returns the value, for chaining.
    pub fn with_end_time(mut self, value: i64) -> Self {
        self.end_time = value;
        self
    }
    /// Sets `result_link` and returns the value, for chaining.
    pub fn with_result_link(mut self, value: impl Into<String>) -> Self {
        self.result_link = value.into();
        self
    }
    /// Sets `repo_info` and returns the value, for chaining.
    pub fn with_repo_info(mut self, value: Vec<OpenApiScanRepoBrief>) -> Self {
        self.repo_info = value;
        self
    }
}
/// A repository a code scan run checked out.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiScanRepoBrief {
    /// Owner of the repository.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub repo_owner: String,
    /// Kind of code host (for example `gitlab`, `github`).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub source: String,
    /// Address of the code host.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub address: String,
    /// Branch scanned.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub branch: String,
    /// Name of the git remote.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub remote_name: String,
    /// Name of the repository.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub repo_name: String,
    /// Whether the repository is hidden when the scan is run by hand.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub hidden: bool,
    /// Directory the repository was checked out into.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub checkout_path: String,
    /// Whether git submodules were checked out.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub submodules: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiScanRepoBrief {
    /// Creates an empty `OpenApiScanRepoBrief`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            repo_owner: Default::default(),
            source: Default::default(),
            address: Default::default(),
            branch: Default::default(),
            remote_name: Default::default(),
            repo_name: Default::default(),
            hidden: Default::default(),
            checkout_path: Default::default(),
            submodules: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `repo_owner` and returns the value, for chaining.
    pub fn with_repo_owner(mut self, value: impl Into<String>) -> Self {
        self.repo_owner = value.into();
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = value.into();
        self
    }
    /// Sets `address` and returns the value, for chaining.
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = value.into();
        self
    }
    /// Sets `branch` and returns the value, for chaining.
    pub fn with_branch(mut self, value: impl Into<String>) -> Self {
        self.branch = value.into();
        self
    }
    /// Sets `remote_name` and returns the value, for chaining.
    pub fn with_remote_name(mut self, value: impl Into<String>) -> Self {
        self.remote_name = value.into();
        self
    }
    /// Sets `repo_name` and returns the value, for chaining.
    pub fn with_repo_name(mut self, value: impl Into<String>) -> Self {
        self.repo_name = value.into();
        self
    }
    /// Sets `hidden` and returns the value, for chaining.
    pub fn with_hidden(mut self, value: bool) -> Self {
        self.hidden = value;
        self
    }
    /// Sets `checkout_path` and returns the value, for chaining.
    pub fn with_checkout_path(mut self, value: impl Into<String>) -> Self {
        self.checkout_path = value.into();
        self
    }
    /// Sets `submodules` and returns the value, for chaining.
    pub fn with_submodules(mut self, value: bool) -> Self {
        self.submodules = value;
        self
    }
}
