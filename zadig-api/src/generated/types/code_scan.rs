// @generated from spec/code_scan.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Code scanning API.
//!
//! Code scans: define one, start a run and read the details of a run.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// The definition of a new code scan.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiCreateScanningReq {
    /// Name of the code scan, unique within the project.
    pub name: String,
    /// Identifier of the project the scan belongs to; the server rejects a scan without one (permissions are checked against it).
    pub project_key: String,
    /// Free-text description of the scan.
    pub description: String,
    /// Which kind of scanner runs the scan (`sonarQube` or `other`).
    pub scanner_type: ScannerType,
    /// Name of the base image the scan runs in.
    pub image_name: String,
    /// Code repositories the scan checks out.
    pub repo_info: Vec<crate::types::OpenApiRepoInput>,
    /// System identifier of the SonarQube integration used, for `sonarQube` scans.
    pub sonar_system: String,
    /// Software packages installed before the scan runs.
    pub addons: Vec<crate::types::InstallItem>,
    /// Shell script run before the SonarQube scanner, for `sonarQube` scans.
    pub prelaunch_script: String,
    /// SonarQube scanner parameters (the content of `sonar-project.properties`), for `sonarQube` scans.
    pub sonar_parameter: String,
    /// Shell script that performs the scan, for `other` scans.
    pub script: String,
    /// Whether the run fails when the SonarQube quality gate fails.
    pub enable_quality_gate: bool,
    /// Timeout, cache, cluster, resource and storage settings of the scan.
    pub advanced_settings: Option<crate::types::OpenApiAdvancedSetting>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiCreateScanningReq {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("project_key", &self.project_key);
        map.entry("description", &self.description);
        map.entry("scanner_type", &self.scanner_type);
        map.entry("image_name", &self.image_name);
        map.entry("repo_info", &self.repo_info);
        map.entry("sonar_system", &self.sonar_system);
        map.entry("addons", &self.addons);
        map.entry("prelaunch_script", &self.prelaunch_script);
        map.entry("sonar_parameter", &self.sonar_parameter);
        map.entry("script", &self.script);
        map.entry("enable_quality_gate", &self.enable_quality_gate);
        map.some("advanced_settings", &self.advanced_settings);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiCreateScanningReq {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiCreateScanningReq {
    const NAME: &'static str = "OpenApiCreateScanningReq";
    const REQUIRED: &'static [&'static str] = &[
        "name",
        "project_key",
        "scanner_type",
        "image_name",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "name" => required(map, &mut self.name, 0u32),
            "project_key" => required(map, &mut self.project_key, 1u32),
            "description" => or_default(map, &mut self.description),
            "scanner_type" => required(map, &mut self.scanner_type, 2u32),
            "image_name" => required(map, &mut self.image_name, 3u32),
            "repo_info" => or_default(map, &mut self.repo_info),
            "sonar_system" => or_default(map, &mut self.sonar_system),
            "addons" => or_default(map, &mut self.addons),
            "prelaunch_script" => or_default(map, &mut self.prelaunch_script),
            "sonar_parameter" => or_default(map, &mut self.sonar_parameter),
            "script" => or_default(map, &mut self.script),
            "enable_quality_gate" => or_default(map, &mut self.enable_quality_gate),
            "advanced_settings" => value(map, &mut self.advanced_settings),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiCreateScanningReq {
    /// Creates a `OpenApiCreateScanningReq` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        project_key: impl Into<String>,
        scanner_type: ScannerType,
        image_name: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            project_key: project_key.into(),
            scanner_type,
            image_name: image_name.into(),
            ..Self::default()
        }
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `repo_info` and returns the value, for chaining.
    #[inline]
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
    #[inline]
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
    #[inline]
    pub fn with_enable_quality_gate(mut self, value: bool) -> Self {
        self.enable_quality_gate = value;
        self
    }
    /// Sets `advanced_settings` and returns the value, for chaining.
    #[inline]
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
    #[inline]
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
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for ScannerType {
    #[inline]
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
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for ScannerType {
    type Err = std::convert::Infallible;
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiCreateScanningTaskReq {
    /// Ignored; the server takes the project from the `projectKey` query parameter.
    pub project_name: String,
    /// Ignored; the server takes the scan's name from the path.
    pub scan_name: String,
    /// Branches (or pull requests) of the scan's repositories to scan; each needs a branch.
    pub scan_repos: Vec<ScanningRepoInfo>,
    /// Values of the scan's variables for this run.
    pub scan_kvs: Vec<crate::types::KeyVal>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiCreateScanningTaskReq {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("ProjectName", &self.project_name);
        map.entry("ScanName", &self.scan_name);
        map.entry("scan_repos", &self.scan_repos);
        map.entry("scan_kvs", &self.scan_kvs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiCreateScanningTaskReq {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiCreateScanningTaskReq {
    const NAME: &'static str = "OpenApiCreateScanningTaskReq";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "ProjectName" => or_default(map, &mut self.project_name),
            "ScanName" => or_default(map, &mut self.scan_name),
            "scan_repos" => or_default(map, &mut self.scan_repos),
            "scan_kvs" => or_default(map, &mut self.scan_kvs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiCreateScanningTaskReq {
    /// Creates an empty `OpenApiCreateScanningTaskReq`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
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
    #[inline]
    pub fn with_scan_repos(mut self, value: Vec<ScanningRepoInfo>) -> Self {
        self.scan_repos = value;
        self
    }
    /// Sets `scan_kvs` and returns the value, for chaining.
    #[inline]
    pub fn with_scan_kvs(mut self, value: Vec<crate::types::KeyVal>) -> Self {
        self.scan_kvs = value;
        self
    }
}
/// A repository of a code scan and the revision to scan in this run.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ScanningRepoInfo {
    /// Id of the code host integration.
    pub codehost_id: i64,
    /// Kind of code host (for example `gitlab`, `github`).
    pub source: String,
    /// Owner of the repository.
    pub repo_owner: String,
    /// Namespace of the repository, when it differs from the owner.
    pub repo_namespace: String,
    /// Name of the repository.
    pub repo_name: String,
    /// Number of a pull/merge request to scan.
    pub pr: i64,
    /// Numbers of pull/merge requests to scan together.
    pub prs: Vec<i64>,
    /// Branch to scan.
    pub branch: String,
    /// Branches merged into the checkout before scanning.
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub merge_branches: Vec<String>,
    /// Tag to scan instead of a branch.
    pub tag: String,
    /// Perforce depot type; only for Perforce repositories.
    pub depot_type: String,
    /// Perforce stream; only for Perforce repositories.
    pub stream: String,
    /// Perforce view mapping; only for Perforce repositories.
    pub view_mapping: String,
    /// Perforce changelist number; only for Perforce repositories.
    pub changelist_id: i64,
    /// Perforce shelve number; only for Perforce repositories.
    pub shelve_id: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ScanningRepoInfo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("codehost_id", &self.codehost_id);
        map.entry("source", &self.source);
        map.entry("repo_owner", &self.repo_owner);
        map.entry("repo_namespace", &self.repo_namespace);
        map.entry("repo_name", &self.repo_name);
        map.entry("pr", &self.pr);
        map.entry("prs", &self.prs);
        map.entry("branch", &self.branch);
        map.entry("merge_branches", &self.merge_branches);
        map.entry("tag", &self.tag);
        map.entry("depot_type", &self.depot_type);
        map.entry("stream", &self.stream);
        map.entry("view_mapping", &self.view_mapping);
        map.entry("changelist_id", &self.changelist_id);
        map.entry("shelve_id", &self.shelve_id);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ScanningRepoInfo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ScanningRepoInfo {
    const NAME: &'static str = "ScanningRepoInfo";
    const REQUIRED: &'static [&'static str] = &["branch"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "codehost_id" => or_default(map, &mut self.codehost_id),
            "source" => or_default(map, &mut self.source),
            "repo_owner" => or_default(map, &mut self.repo_owner),
            "repo_namespace" => or_default(map, &mut self.repo_namespace),
            "repo_name" => or_default(map, &mut self.repo_name),
            "pr" => or_default(map, &mut self.pr),
            "prs" => or_default(map, &mut self.prs),
            "branch" => required(map, &mut self.branch, 0u32),
            "merge_branches" => or_default(map, &mut self.merge_branches),
            "tag" => or_default(map, &mut self.tag),
            "depot_type" => or_default(map, &mut self.depot_type),
            "stream" => or_default(map, &mut self.stream),
            "view_mapping" => or_default(map, &mut self.view_mapping),
            "changelist_id" => or_default(map, &mut self.changelist_id),
            "shelve_id" => or_default(map, &mut self.shelve_id),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ScanningRepoInfo {
    /// Creates a `ScanningRepoInfo` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(branch: impl Into<String>) -> Self {
        Self {
            branch: branch.into(),
            ..Self::default()
        }
    }
    /// Sets `codehost_id` and returns the value, for chaining.
    #[inline]
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
    #[inline]
    pub fn with_pr(mut self, value: i64) -> Self {
        self.pr = value;
        self
    }
    /// Sets `prs` and returns the value, for chaining.
    #[inline]
    pub fn with_prs(mut self, value: Vec<i64>) -> Self {
        self.prs = value;
        self
    }
    /// Sets `merge_branches` and returns the value, for chaining.
    #[inline]
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
    #[inline]
    pub fn with_changelist_id(mut self, value: i64) -> Self {
        self.changelist_id = value;
        self
    }
    /// Sets `shelve_id` and returns the value, for chaining.
    #[inline]
    pub fn with_shelve_id(mut self, value: i64) -> Self {
        self.shelve_id = value;
        self
    }
}
/// The run a code scan request started.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiCreateScanningTaskResp {
    /// Number of the new run.
    pub task_id: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiCreateScanningTaskResp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("task_id", &self.task_id);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiCreateScanningTaskResp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiCreateScanningTaskResp {
    const NAME: &'static str = "OpenApiCreateScanningTaskResp";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "task_id" => or_default(map, &mut self.task_id),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiCreateScanningTaskResp {
    /// Creates an empty `OpenApiCreateScanningTaskResp`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The state and result of one code scan run.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiScanTaskDetail {
    /// Name of the code scan.
    pub scan_name: String,
    /// Who started the run.
    pub creator: String,
    /// Number of the run.
    pub task_id: i64,
    /// Where the run stands (for example `running`, `passed`, `failed`).
    pub status: String,
    /// When the run was created, as a Unix timestamp in seconds.
    pub create_time: i64,
    /// When the run finished, as a Unix timestamp in seconds; 0 while it runs.
    pub end_time: i64,
    /// Link to the scan report (for example the SonarQube project page).
    pub result_link: String,
    /// Repositories the run scanned.
    pub repo_info: Vec<OpenApiScanRepoBrief>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiScanTaskDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("scan_name", &self.scan_name);
        map.entry("creator", &self.creator);
        map.entry("task_id", &self.task_id);
        map.entry("status", &self.status);
        map.entry("create_time", &self.create_time);
        map.entry("end_time", &self.end_time);
        map.entry("result_link", &self.result_link);
        map.entry("repo_info", &self.repo_info);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiScanTaskDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiScanTaskDetail {
    const NAME: &'static str = "OpenApiScanTaskDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "scan_name" => or_default(map, &mut self.scan_name),
            "creator" => or_default(map, &mut self.creator),
            "task_id" => or_default(map, &mut self.task_id),
            "status" => or_default(map, &mut self.status),
            "create_time" => or_default(map, &mut self.create_time),
            "end_time" => or_default(map, &mut self.end_time),
            "result_link" => or_default(map, &mut self.result_link),
            "repo_info" => or_default(map, &mut self.repo_info),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiScanTaskDetail {
    /// Creates an empty `OpenApiScanTaskDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A repository a code scan run checked out.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiScanRepoBrief {
    /// Owner of the repository.
    pub repo_owner: String,
    /// Kind of code host (for example `gitlab`, `github`).
    pub source: String,
    /// Address of the code host.
    pub address: String,
    /// Branch scanned.
    pub branch: String,
    /// Name of the git remote.
    pub remote_name: String,
    /// Name of the repository.
    pub repo_name: String,
    /// Whether the repository is hidden when the scan is run by hand.
    pub hidden: bool,
    /// Directory the repository was checked out into.
    pub checkout_path: String,
    /// Whether git submodules were checked out.
    pub submodules: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiScanRepoBrief {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("repo_owner", &self.repo_owner);
        map.entry("source", &self.source);
        map.entry("address", &self.address);
        map.entry("branch", &self.branch);
        map.entry("remote_name", &self.remote_name);
        map.entry("repo_name", &self.repo_name);
        map.entry("hidden", &self.hidden);
        map.entry("checkout_path", &self.checkout_path);
        map.entry("submodules", &self.submodules);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiScanRepoBrief {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiScanRepoBrief {
    const NAME: &'static str = "OpenApiScanRepoBrief";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "repo_owner" => or_default(map, &mut self.repo_owner),
            "source" => or_default(map, &mut self.source),
            "address" => or_default(map, &mut self.address),
            "branch" => or_default(map, &mut self.branch),
            "remote_name" => or_default(map, &mut self.remote_name),
            "repo_name" => or_default(map, &mut self.repo_name),
            "hidden" => or_default(map, &mut self.hidden),
            "checkout_path" => or_default(map, &mut self.checkout_path),
            "submodules" => or_default(map, &mut self.submodules),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiScanRepoBrief {
    /// Creates an empty `OpenApiScanRepoBrief`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
