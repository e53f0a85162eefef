// @generated from spec/workflow.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Workflow API.
//!
//! Custom workflows: their definitions, runs (tasks), approvals, views, pre-approval tickets and job logs.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// The workflows of a project.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowList {
    /// One entry per workflow.
    pub workflows: Vec<WorkflowSummary>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("workflows", &self.workflows);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowList {
    const NAME: &'static str = "WorkflowList";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "workflows" => or_default(map, &mut self.workflows),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowList {
    /// Creates an empty `WorkflowList`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A workflow as it appears in a list.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowSummary {
    /// Identifier of the workflow.
    pub workflow_key: String,
    /// Display name of the workflow.
    pub workflow_name: String,
    /// User who changed the workflow last.
    pub update_by: String,
    /// When the workflow was last changed (Unix seconds).
    pub update_time: i64,
    /// Kind of workflow; `custom` for the workflows this API handles.
    pub r#type: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowSummary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("workflow_key", &self.workflow_key);
        map.entry("workflow_name", &self.workflow_name);
        map.entry("update_by", &self.update_by);
        map.entry("update_time", &self.update_time);
        map.entry("type", &self.r#type);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowSummary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowSummary {
    const NAME: &'static str = "WorkflowSummary";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "workflow_key" => or_default(map, &mut self.workflow_key),
            "workflow_name" => or_default(map, &mut self.workflow_name),
            "update_by" => or_default(map, &mut self.update_by),
            "update_time" => or_default(map, &mut self.update_time),
            "type" => or_default(map, &mut self.r#type),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowSummary {
    /// Creates an empty `WorkflowSummary`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The full definition of a custom workflow.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowDetail {
    /// Identifier of the workflow.
    pub workflow_key: String,
    /// Display name of the workflow.
    pub workflow_name: String,
    /// Identifier of the project the workflow belongs to.
    pub project_key: String,
    /// Free-text description.
    pub description: String,
    /// User who created the workflow.
    pub created_by: String,
    /// When the workflow was created (Unix seconds).
    pub create_time: i64,
    /// User who changed the workflow last.
    pub updated_by: String,
    /// When the workflow was last changed (Unix seconds).
    pub update_time: i64,
    /// Global variables of the workflow.
    pub params: Vec<WorkflowParam>,
    /// Stages, run one after another.
    pub stages: Vec<WorkflowDetailStage>,
    /// Notification settings.
    pub notify_ctls: Vec<WorkflowNotifyCtl>,
    /// Volumes shared between the jobs of a run.
    pub share_storages: Vec<WorkflowShareStorage>,
    /// How many runs may execute at once (-1 unlimited, 0 none).
    pub concurrency_limit: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("workflow_key", &self.workflow_key);
        map.entry("workflow_name", &self.workflow_name);
        map.entry("project_key", &self.project_key);
        map.entry("description", &self.description);
        map.entry("created_by", &self.created_by);
        map.entry("create_time", &self.create_time);
        map.entry("updated_by", &self.updated_by);
        map.entry("update_time", &self.update_time);
        map.entry("params", &self.params);
        map.entry("stages", &self.stages);
        map.entry("notify_ctls", &self.notify_ctls);
        map.entry("share_storages", &self.share_storages);
        map.entry("concurrency_limit", &self.concurrency_limit);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowDetail {
    const NAME: &'static str = "WorkflowDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "workflow_key" => or_default(map, &mut self.workflow_key),
            "workflow_name" => or_default(map, &mut self.workflow_name),
            "project_key" => or_default(map, &mut self.project_key),
            "description" => or_default(map, &mut self.description),
            "created_by" => or_default(map, &mut self.created_by),
            "create_time" => or_default(map, &mut self.create_time),
            "updated_by" => or_default(map, &mut self.updated_by),
            "update_time" => or_default(map, &mut self.update_time),
            "params" => or_default(map, &mut self.params),
            "stages" => or_default(map, &mut self.stages),
            "notify_ctls" => or_default(map, &mut self.notify_ctls),
            "share_storages" => or_default(map, &mut self.share_storages),
            "concurrency_limit" => or_default(map, &mut self.concurrency_limit),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowDetail {
    /// Creates an empty `WorkflowDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Kind of a workflow variable.
///
/// The set of values is open: a value this version does not know decodes to
/// [`WorkflowParamType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkflowParamType {
    /// `string`: A single-line string.
    String,
    /// `text`: A multi-line text.
    Text,
    /// `choice`: One value out of a fixed list.
    Choice,
    /// `repo`: A code repository (and branch or pull requests).
    Repo,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl WorkflowParamType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "string",
            Self::Text => "text",
            Self::Choice => "choice",
            Self::Repo => "repo",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for WorkflowParamType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for WorkflowParamType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "string" => Self::String,
            "text" => Self::Text,
            "choice" => Self::Choice,
            "repo" => Self::Repo,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for WorkflowParamType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for WorkflowParamType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for WorkflowParamType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for WorkflowParamType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for WorkflowParamType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// A global variable of a workflow or a run, or an input of a plugin job.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowParam {
    /// Name of the variable.
    pub name: String,
    /// What the variable is for.
    pub description: String,
    /// Kind of the variable; see `WorkflowParamType` for the known values.
    pub r#type: String,
    /// Current value (for string, text and choice variables).
    pub value: String,
    /// Repository value, for variables of type repo.
    pub repo: Option<crate::types::Repository>,
    /// The values a choice variable offers.
    pub choice_option: Option<Vec<String>>,
    /// The values picked, for a variable that allows several choices.
    pub choice_value: Option<Vec<String>>,
    /// Script whose output supplies the value, for script-driven variables.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub script: Option<String>,
    /// Function of the script that is called to get the value.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub call_function: Option<String>,
    /// Id of the uploaded file, for file variables.
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub file_id: Option<String>,
    /// Name of the uploaded file, for file variables.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub file_name: Option<String>,
    /// Path the uploaded file is placed at in the job, for file variables.
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub file_path: Option<String>,
    /// Default value.
    pub default: String,
    /// Whether the value is secret and hidden in the UI and logs.
    pub is_credential: bool,
    /// Where the value comes from, one of `runtime` (given when the run starts), `fixed` or `reference`.
    pub source: Option<String>,
    /// Whether a value must be given when the workflow runs.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub required: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowParam {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("description", &self.description);
        map.entry("type", &self.r#type);
        map.entry("value", &self.value);
        map.some("repo", &self.repo);
        map.some("choice_option", &self.choice_option);
        map.some("choice_value", &self.choice_value);
        map.some("script", &self.script);
        map.some("call_function", &self.call_function);
        map.some("file_id", &self.file_id);
        map.some("file_name", &self.file_name);
        map.some("file_path", &self.file_path);
        map.entry("default", &self.default);
        map.entry("is_credential", &self.is_credential);
        map.some("source", &self.source);
        map.some("required", &self.required);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowParam {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowParam {
    const NAME: &'static str = "WorkflowParam";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "description" => or_default(map, &mut self.description),
            "type" => or_default(map, &mut self.r#type),
            "value" => or_default(map, &mut self.value),
            "repo" => value(map, &mut self.repo),
            "choice_option" => value(map, &mut self.choice_option),
            "choice_value" => value(map, &mut self.choice_value),
            "script" => value(map, &mut self.script),
            "call_function" => value(map, &mut self.call_function),
            "file_id" => value(map, &mut self.file_id),
            "file_name" => value(map, &mut self.file_name),
            "file_path" => value(map, &mut self.file_path),
            "default" => or_default(map, &mut self.default),
            "is_credential" => or_default(map, &mut self.is_credential),
            "source" => value(map, &mut self.source),
            "required" => value(map, &mut self.required),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowParam {
    /// Creates an empty `WorkflowParam`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
    /// Sets `value` and returns the value, for chaining.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        self
    }
    /// Sets `repo` and returns the value, for chaining.
    #[inline]
    pub fn with_repo(mut self, value: crate::types::Repository) -> Self {
        self.repo = Some(value);
        self
    }
    /// Sets `choice_option` and returns the value, for chaining.
    #[inline]
    pub fn with_choice_option(mut self, value: Vec<String>) -> Self {
        self.choice_option = Some(value);
        self
    }
    /// Sets `choice_value` and returns the value, for chaining.
    #[inline]
    pub fn with_choice_value(mut self, value: Vec<String>) -> Self {
        self.choice_value = Some(value);
        self
    }
    /// Sets `script` and returns the value, for chaining.
    pub fn with_script(mut self, value: impl Into<String>) -> Self {
        self.script = Some(value.into());
        self
    }
    /// Sets `call_function` and returns the value, for chaining.
    pub fn with_call_function(mut self, value: impl Into<String>) -> Self {
        self.call_function = Some(value.into());
        self
    }
    /// Sets `file_id` and returns the value, for chaining.
    pub fn with_file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `file_name` and returns the value, for chaining.
    pub fn with_file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `file_path` and returns the value, for chaining.
    pub fn with_file_path(mut self, value: impl Into<String>) -> Self {
        self.file_path = Some(value.into());
        self
    }
    /// Sets `default` and returns the value, for chaining.
    pub fn with_default(mut self, value: impl Into<String>) -> Self {
        self.default = value.into();
        self
    }
    /// Sets `is_credential` and returns the value, for chaining.
    #[inline]
    pub fn with_is_credential(mut self, value: bool) -> Self {
        self.is_credential = value;
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `required` and returns the value, for chaining.
    #[inline]
    pub fn with_required(mut self, value: bool) -> Self {
        self.required = Some(value);
        self
    }
}
/// A stage of a workflow definition, as sent to create or update a workflow; its jobs run in parallel or one by one. (The detail view uses `WorkflowDetailStage`.)
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowStage {
    /// Identifier of the stage, assigned by Zadig.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub id: Option<String>,
    /// Name of the stage.
    pub name: String,
    /// Whether the jobs of the stage run at the same time.
    pub parallel: bool,
    /// Approval required before the stage runs.
    pub approval: Option<crate::types::Approval>,
    /// Settings when the stage waits to be started by hand.
    pub manual_exec: Option<StageManualExec>,
    /// Jobs of the stage.
    pub jobs: Option<Vec<WorkflowJob>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowStage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.entry("name", &self.name);
        map.entry("parallel", &self.parallel);
        map.some("approval", &self.approval);
        map.some("manual_exec", &self.manual_exec);
        map.entry("jobs", &self.jobs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowStage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowStage {
    const NAME: &'static str = "WorkflowStage";
    const REQUIRED: &'static [&'static str] = &["name", "parallel"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, value};
        match key {
            "id" => value(map, &mut self.id),
            "name" => required(map, &mut self.name, 0u32),
            "parallel" => required(map, &mut self.parallel, 1u32),
            "approval" => value(map, &mut self.approval),
            "manual_exec" => value(map, &mut self.manual_exec),
            "jobs" => value(map, &mut self.jobs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowStage {
    /// Creates a `WorkflowStage` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        parallel: bool,
        jobs: Option<Vec<WorkflowJob>>,
    ) -> Self {
        Self {
            name: name.into(),
            parallel,
            jobs,
            ..Self::default()
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `approval` and returns the value, for chaining.
    #[inline]
    pub fn with_approval(mut self, value: crate::types::Approval) -> Self {
        self.approval = Some(value);
        self
    }
    /// Sets `manual_exec` and returns the value, for chaining.
    #[inline]
    pub fn with_manual_exec(mut self, value: StageManualExec) -> Self {
        self.manual_exec = Some(value);
        self
    }
}
/// A stage of a workflow as the detail and run-list views show it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowDetailStage {
    /// Name of the stage.
    pub name: String,
    /// Whether the jobs of the stage run at the same time.
    pub parallel: Option<bool>,
    /// Shown in the docs' example only; the server does not send it.
    pub approval: Option<crate::types::Approval>,
    /// Jobs of the stage.
    pub jobs: Option<Vec<WorkflowJob>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowDetailStage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.some("parallel", &self.parallel);
        map.some("approval", &self.approval);
        map.some("jobs", &self.jobs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowDetailStage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowDetailStage {
    const NAME: &'static str = "WorkflowDetailStage";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "parallel" => value(map, &mut self.parallel),
            "approval" => value(map, &mut self.approval),
            "jobs" => value(map, &mut self.jobs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowDetailStage {
    /// Creates an empty `WorkflowDetailStage`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Settings, and in a run the state, of a stage that is started by hand.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StageManualExec {
    /// Whether the stage waits to be started by hand.
    pub enabled: bool,
    /// Whether the person starting the stage may change its jobs' parameters.
    pub modify_params: bool,
    /// Whether the stage has been started (the server's spelling).
    pub excuted: Option<bool>,
    /// Users and user groups allowed to start the stage.
    pub manual_exec_users: Vec<crate::types::ApprovalUser>,
    /// Feishu users told that the stage waits for them.
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub lark_person_notification_config: Option<NotifyLarkPersonConfig>,
    /// Whether that notification has been sent.
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub notification_sent: Option<bool>,
    /// Id of the user who started the stage (the server's spelling).
    pub manual_exector_id: Option<String>,
    /// Name of the user who started the stage (the server's spelling).
    pub manual_exector_name: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for StageManualExec {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("enabled", &self.enabled);
        map.entry("modify_params", &self.modify_params);
        map.some("excuted", &self.excuted);
        map.entry("manual_exec_users", &self.manual_exec_users);
        map.some(
            "lark_person_notification_config",
            &self.lark_person_notification_config,
        );
        map.some("notification_sent", &self.notification_sent);
        map.some("manual_exector_id", &self.manual_exector_id);
        map.some("manual_exector_name", &self.manual_exector_name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for StageManualExec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for StageManualExec {
    const NAME: &'static str = "StageManualExec";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "enabled" => or_default(map, &mut self.enabled),
            "modify_params" => or_default(map, &mut self.modify_params),
            "excuted" => value(map, &mut self.excuted),
            "manual_exec_users" => or_default(map, &mut self.manual_exec_users),
            "lark_person_notification_config" => {
                value(map, &mut self.lark_person_notification_config)
            }
            "notification_sent" => value(map, &mut self.notification_sent),
            "manual_exector_id" => value(map, &mut self.manual_exector_id),
            "manual_exector_name" => value(map, &mut self.manual_exector_name),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl StageManualExec {
    /// Creates an empty `StageManualExec`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enabled` and returns the value, for chaining.
    #[inline]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = value;
        self
    }
    /// Sets `modify_params` and returns the value, for chaining.
    #[inline]
    pub fn with_modify_params(mut self, value: bool) -> Self {
        self.modify_params = value;
        self
    }
    /// Sets `excuted` and returns the value, for chaining.
    #[inline]
    pub fn with_excuted(mut self, value: bool) -> Self {
        self.excuted = Some(value);
        self
    }
    /// Sets `manual_exec_users` and returns the value, for chaining.
    #[inline]
    pub fn with_manual_exec_users(
        mut self,
        value: Vec<crate::types::ApprovalUser>,
    ) -> Self {
        self.manual_exec_users = value;
        self
    }
    /// Sets `lark_person_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_lark_person_notification_config(
        mut self,
        value: NotifyLarkPersonConfig,
    ) -> Self {
        self.lark_person_notification_config = Some(value);
        self
    }
    /// Sets `notification_sent` and returns the value, for chaining.
    #[inline]
    pub fn with_notification_sent(mut self, value: bool) -> Self {
        self.notification_sent = Some(value);
        self
    }
    /// Sets `manual_exector_id` and returns the value, for chaining.
    pub fn with_manual_exector_id(mut self, value: impl Into<String>) -> Self {
        self.manual_exector_id = Some(value.into());
        self
    }
    /// Sets `manual_exector_name` and returns the value, for chaining.
    pub fn with_manual_exector_name(mut self, value: impl Into<String>) -> Self {
        self.manual_exector_name = Some(value.into());
        self
    }
}
/// Kind of a workflow job.
///
/// The set of values is open: a value this version does not know decodes to
/// [`WorkflowJobType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkflowJobType {
    /// `build`: Build job of the older product workflows.
    Build,
    /// `deploy`: Deploy job of the older product workflows.
    Deploy,
    /// `zadig-build`: Builds service components with a Zadig build.
    ZadigBuild,
    /// `zadig-distribute-image`: Copies images from one registry to another.
    ZadigDistributeImage,
    /// `zadig-test`: Runs Zadig tests.
    ZadigTest,
    /// `zadig-scanning`: Runs Zadig code scans.
    ZadigScanning,
    /// `custom-deploy`: Updates container images of Kubernetes workloads directly.
    CustomDeploy,
    /// `zadig-deploy`: Deploys services into a Zadig environment.
    ZadigDeploy,
    /// `zadig-vm-deploy`: Deploys services onto hosts (virtual machines).
    ZadigVmDeploy,
    /// `zadig-helm-deploy`: Deploys services of a Helm environment.
    ZadigHelmDeploy,
    /// `zadig-helm-chart-deploy`: Deploys Helm charts into an environment.
    ZadigHelmChartDeploy,
    /// `zadig-restart`: Restarts services of an environment.
    ZadigRestart,
    /// `freestyle`: A general-purpose job made of steps (scripts, git, tools, ...).
    Freestyle,
    /// `plugin`: Runs a custom plugin (an image with commands and inputs).
    Plugin,
    /// `k8s-blue-green-deploy`: Deploys the new (green) version of a Kubernetes blue-green release.
    K8sBlueGreenDeploy,
    /// `k8s-blue-green-release`: Switches traffic to the green version of a blue-green release.
    K8sBlueGreenRelease,
    /// `k8s-canary-deploy`: Deploys the canary of a Kubernetes canary release.
    K8sCanaryDeploy,
    /// `k8s-canary-release`: Completes a Kubernetes canary release.
    K8sCanaryRelease,
    /// `k8s-gray-release`: Shifts part of the replicas to a new version (gray release).
    K8sGrayRelease,
    /// `k8s-gray-rollback`: Rolls a gray release back.
    K8sGrayRollback,
    /// `k8s-resource-patch`: Patches Kubernetes resources.
    K8sResourcePatch,
    /// `istio-release`: Shifts traffic to a new version with Istio.
    IstioRelease,
    /// `istio-rollback`: Rolls an Istio release back.
    IstioRollback,
    /// `update-env-istio-config`: Changes the Istio settings of an environment.
    UpdateEnvIstioConfig,
    /// `jira`: Changes the status of Jira issues.
    Jira,
    /// `nacos`: Changes Nacos configuration.
    Nacos,
    /// `apollo`: Changes Apollo configuration.
    Apollo,
    /// `dms`: Submits a change to Alibaba Cloud DMS.
    Dms,
    /// `pingcode`: Changes the state of PingCode work items.
    Pingcode,
    /// `tapd`: Changes the status of Tapd iterations.
    Tapd,
    /// `sql`: Runs SQL statements against a database.
    Sql,
    /// `jenkins`: Runs Jenkins jobs.
    Jenkins,
    /// `meego-transition`: Moves Meego (Feishu project) work items to another state.
    MeegoTransition,
    /// `workflow-trigger`: Starts other workflows.
    WorkflowTrigger,
    /// `offline-service`: Takes services offline from an environment.
    OfflineService,
    /// `mse-gray-release`: Runs a gray release with Alibaba Cloud MSE.
    MseGrayRelease,
    /// `mse-gray-offline`: Takes an MSE gray release offline.
    MseGrayOffline,
    /// `guanceyun-check`: Checks monitors in Guance Cloud.
    GuanceyunCheck,
    /// `grafana`: Checks alerts in Grafana.
    Grafana,
    /// `blueking`: Runs a BlueKing job.
    Blueking,
    /// `approval`: Waits for an approval.
    Approval,
    /// `notification`: Sends a notification.
    Notification,
    /// `ai-release-specialist`: Runs Zadig's AI release assistant.
    AiReleaseSpecialist,
    /// `ai-task`: Runs an AI task.
    AiTask,
    /// `sae-deploy`: Deploys applications to Alibaba Cloud SAE.
    SaeDeploy,
    /// `apisix`: Changes Apache APISIX configuration.
    Apisix,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl WorkflowJobType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Build => "build",
            Self::Deploy => "deploy",
            Self::ZadigBuild => "zadig-build",
            Self::ZadigDistributeImage => "zadig-distribute-image",
            Self::ZadigTest => "zadig-test",
            Self::ZadigScanning => "zadig-scanning",
            Self::CustomDeploy => "custom-deploy",
            Self::ZadigDeploy => "zadig-deploy",
            Self::ZadigVmDeploy => "zadig-vm-deploy",
            Self::ZadigHelmDeploy => "zadig-helm-deploy",
            Self::ZadigHelmChartDeploy => "zadig-helm-chart-deploy",
            Self::ZadigRestart => "zadig-restart",
            Self::Freestyle => "freestyle",
            Self::Plugin => "plugin",
            Self::K8sBlueGreenDeploy => "k8s-blue-green-deploy",
            Self::K8sBlueGreenRelease => "k8s-blue-green-release",
            Self::K8sCanaryDeploy => "k8s-canary-deploy",
            Self::K8sCanaryRelease => "k8s-canary-release",
            Self::K8sGrayRelease => "k8s-gray-release",
            Self::K8sGrayRollback => "k8s-gray-rollback",
            Self::K8sResourcePatch => "k8s-resource-patch",
            Self::IstioRelease => "istio-release",
            Self::IstioRollback => "istio-rollback",
            Self::UpdateEnvIstioConfig => "update-env-istio-config",
            Self::Jira => "jira",
            Self::Nacos => "nacos",
            Self::Apollo => "apollo",
            Self::Dms => "dms",
            Self::Pingcode => "pingcode",
            Self::Tapd => "tapd",
            Self::Sql => "sql",
            Self::Jenkins => "jenkins",
            Self::MeegoTransition => "meego-transition",
            Self::WorkflowTrigger => "workflow-trigger",
            Self::OfflineService => "offline-service",
            Self::MseGrayRelease => "mse-gray-release",
            Self::MseGrayOffline => "mse-gray-offline",
            Self::GuanceyunCheck => "guanceyun-check",
            Self::Grafana => "grafana",
            Self::Blueking => "blueking",
            Self::Approval => "approval",
            Self::Notification => "notification",
            Self::AiReleaseSpecialist => "ai-release-specialist",
            Self::AiTask => "ai-task",
            Self::SaeDeploy => "sae-deploy",
            Self::Apisix => "apisix",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for WorkflowJobType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for WorkflowJobType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "build" => Self::Build,
            "deploy" => Self::Deploy,
            "zadig-build" => Self::ZadigBuild,
            "zadig-distribute-image" => Self::ZadigDistributeImage,
            "zadig-test" => Self::ZadigTest,
            "zadig-scanning" => Self::ZadigScanning,
            "custom-deploy" => Self::CustomDeploy,
            "zadig-deploy" => Self::ZadigDeploy,
            "zadig-vm-deploy" => Self::ZadigVmDeploy,
            "zadig-helm-deploy" => Self::ZadigHelmDeploy,
            "zadig-helm-chart-deploy" => Self::ZadigHelmChartDeploy,
            "zadig-restart" => Self::ZadigRestart,
            "freestyle" => Self::Freestyle,
            "plugin" => Self::Plugin,
            "k8s-blue-green-deploy" => Self::K8sBlueGreenDeploy,
            "k8s-blue-green-release" => Self::K8sBlueGreenRelease,
            "k8s-canary-deploy" => Self::K8sCanaryDeploy,
            "k8s-canary-release" => Self::K8sCanaryRelease,
            "k8s-gray-release" => Self::K8sGrayRelease,
            "k8s-gray-rollback" => Self::K8sGrayRollback,
            "k8s-resource-patch" => Self::K8sResourcePatch,
            "istio-release" => Self::IstioRelease,
            "istio-rollback" => Self::IstioRollback,
            "update-env-istio-config" => Self::UpdateEnvIstioConfig,
            "jira" => Self::Jira,
            "nacos" => Self::Nacos,
            "apollo" => Self::Apollo,
            "dms" => Self::Dms,
            "pingcode" => Self::Pingcode,
            "tapd" => Self::Tapd,
            "sql" => Self::Sql,
            "jenkins" => Self::Jenkins,
            "meego-transition" => Self::MeegoTransition,
            "workflow-trigger" => Self::WorkflowTrigger,
            "offline-service" => Self::OfflineService,
            "mse-gray-release" => Self::MseGrayRelease,
            "mse-gray-offline" => Self::MseGrayOffline,
            "guanceyun-check" => Self::GuanceyunCheck,
            "grafana" => Self::Grafana,
            "blueking" => Self::Blueking,
            "approval" => Self::Approval,
            "notification" => Self::Notification,
            "ai-release-specialist" => Self::AiReleaseSpecialist,
            "ai-task" => Self::AiTask,
            "sae-deploy" => Self::SaeDeploy,
            "apisix" => Self::Apisix,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for WorkflowJobType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for WorkflowJobType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for WorkflowJobType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for WorkflowJobType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for WorkflowJobType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// A job of a workflow definition; its `spec` depends on the job type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowJob {
    /// Identifier of the job, assigned by Zadig.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub id: Option<String>,
    /// Name of the job, unique within the workflow.
    pub name: String,
    /// Kind of job.
    pub r#type: WorkflowJobType,
    /// Whether the job is skipped by default.
    pub skipped: bool,
    /// Shown in the docs' create example only; the server ignores it.
    pub is_create: Option<bool>,
    /// The job's settings; their shape depends on the job type. The server keeps it as an untyped value, so it stays untyped here.
    pub spec: Option<serde_json::Value>,
    /// Whether the job runs by default, always, or is skipped.
    pub run_policy: JobRunPolicy,
    /// What happens when the job fails.
    pub error_policy: Option<JobErrorPolicy>,
    /// Conditions that decide whether the job runs.
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub execute_policy: Option<JobExecutePolicy>,
    /// Service components the job works on.
    pub service_modules: Vec<WorkflowServiceModule>,
    /// Notifications sent for this job.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub notify_ctls: Option<Vec<WorkflowNotifyCtl>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowJob {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.entry("name", &self.name);
        map.entry("type", &self.r#type);
        map.entry("skipped", &self.skipped);
        map.some("isCreate", &self.is_create);
        map.some("spec", &self.spec);
        map.entry("run_policy", &self.run_policy);
        map.some("error_policy", &self.error_policy);
        map.some("execute_policy", &self.execute_policy);
        map.entry("service_modules", &self.service_modules);
        map.some("notify_ctls", &self.notify_ctls);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowJob {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowJob {
    const NAME: &'static str = "WorkflowJob";
    const REQUIRED: &'static [&'static str] = &["name", "type"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "name" => required(map, &mut self.name, 0u32),
            "type" => required(map, &mut self.r#type, 1u32),
            "skipped" => or_default(map, &mut self.skipped),
            "isCreate" => value(map, &mut self.is_create),
            "spec" => value(map, &mut self.spec),
            "run_policy" => or_default(map, &mut self.run_policy),
            "error_policy" => value(map, &mut self.error_policy),
            "execute_policy" => value(map, &mut self.execute_policy),
            "service_modules" => or_default(map, &mut self.service_modules),
            "notify_ctls" => value(map, &mut self.notify_ctls),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowJob {
    /// Creates a `WorkflowJob` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(name: impl Into<String>, r#type: WorkflowJobType) -> Self {
        Self {
            name: name.into(),
            r#type,
            ..Self::default()
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `skipped` and returns the value, for chaining.
    #[inline]
    pub fn with_skipped(mut self, value: bool) -> Self {
        self.skipped = value;
        self
    }
    /// Sets `is_create` and returns the value, for chaining.
    #[inline]
    pub fn with_is_create(mut self, value: bool) -> Self {
        self.is_create = Some(value);
        self
    }
    /// Sets `spec` and returns the value, for chaining.
    #[inline]
    pub fn with_spec(mut self, value: serde_json::Value) -> Self {
        self.spec = Some(value);
        self
    }
    /// Sets `run_policy` and returns the value, for chaining.
    #[inline]
    pub fn with_run_policy(mut self, value: JobRunPolicy) -> Self {
        self.run_policy = value;
        self
    }
    /// Sets `error_policy` and returns the value, for chaining.
    #[inline]
    pub fn with_error_policy(mut self, value: JobErrorPolicy) -> Self {
        self.error_policy = Some(value);
        self
    }
    /// Sets `execute_policy` and returns the value, for chaining.
    #[inline]
    pub fn with_execute_policy(mut self, value: JobExecutePolicy) -> Self {
        self.execute_policy = Some(value);
        self
    }
    /// Sets `service_modules` and returns the value, for chaining.
    #[inline]
    pub fn with_service_modules(mut self, value: Vec<WorkflowServiceModule>) -> Self {
        self.service_modules = value;
        self
    }
    /// Sets `notify_ctls` and returns the value, for chaining.
    #[inline]
    pub fn with_notify_ctls(mut self, value: Vec<WorkflowNotifyCtl>) -> Self {
        self.notify_ctls = Some(value);
        self
    }
}
/// Whether a job runs when the workflow runs.
///
/// The set of values is open: a value this version does not know decodes to
/// [`JobRunPolicy::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobRunPolicy {
    /// ``: Runs unless the person starting the run unticks it.
    DefaultRun,
    /// `default_not_run`: Skipped unless the person starting the run ticks it.
    DefaultNotRun,
    /// `force_run`: Always runs; it cannot be unticked.
    ForceRun,
    /// `skip`: Always skipped.
    Skip,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl JobRunPolicy {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::DefaultRun => "",
            Self::DefaultNotRun => "default_not_run",
            Self::ForceRun => "force_run",
            Self::Skip => "skip",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for JobRunPolicy {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for JobRunPolicy {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "" => Self::DefaultRun,
            "default_not_run" => Self::DefaultNotRun,
            "force_run" => Self::ForceRun,
            "skip" => Self::Skip,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for JobRunPolicy {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for JobRunPolicy {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for JobRunPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for JobRunPolicy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for JobRunPolicy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// What happens when a job fails.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct JobErrorPolicy {
    /// The reaction to a failure.
    pub policy: JobErrorPolicyKind,
    /// How many times the job is retried, for the retry policy.
    pub maximum_retry: i64,
    /// Who decides how to go on, for the manual-check policy.
    pub approval_users: Vec<crate::types::ApprovalUser>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for JobErrorPolicy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("policy", &self.policy);
        map.entry("maximum_retry", &self.maximum_retry);
        map.entry("approval_users", &self.approval_users);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for JobErrorPolicy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for JobErrorPolicy {
    const NAME: &'static str = "JobErrorPolicy";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "policy" => or_default(map, &mut self.policy),
            "maximum_retry" => or_default(map, &mut self.maximum_retry),
            "approval_users" => or_default(map, &mut self.approval_users),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl JobErrorPolicy {
    /// Creates an empty `JobErrorPolicy`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `policy` and returns the value, for chaining.
    #[inline]
    pub fn with_policy(mut self, value: JobErrorPolicyKind) -> Self {
        self.policy = value;
        self
    }
    /// Sets `maximum_retry` and returns the value, for chaining.
    #[inline]
    pub fn with_maximum_retry(mut self, value: i64) -> Self {
        self.maximum_retry = value;
        self
    }
    /// Sets `approval_users` and returns the value, for chaining.
    #[inline]
    pub fn with_approval_users(
        mut self,
        value: Vec<crate::types::ApprovalUser>,
    ) -> Self {
        self.approval_users = value;
        self
    }
}
/// The reaction to a failed job.
///
/// The set of values is open: a value this version does not know decodes to
/// [`JobErrorPolicyKind::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobErrorPolicyKind {
    /// `stop`: The run stops and fails.
    Stop,
    /// `ignore_error`: The failure is ignored and the run goes on.
    IgnoreError,
    /// `manual_check`: The run waits for a person to decide.
    ManualCheck,
    /// `retry`: The job is retried.
    Retry,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl JobErrorPolicyKind {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stop => "stop",
            Self::IgnoreError => "ignore_error",
            Self::ManualCheck => "manual_check",
            Self::Retry => "retry",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for JobErrorPolicyKind {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for JobErrorPolicyKind {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "stop" => Self::Stop,
            "ignore_error" => Self::IgnoreError,
            "manual_check" => Self::ManualCheck,
            "retry" => Self::Retry,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for JobErrorPolicyKind {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for JobErrorPolicyKind {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for JobErrorPolicyKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for JobErrorPolicyKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for JobErrorPolicyKind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Conditions that decide whether a job runs or is skipped.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct JobExecutePolicy {
    /// What happens when the rules match.
    pub r#type: JobExecutePolicyType,
    /// Whether all rules or any one rule must match.
    pub match_rule: JobExecutePolicyMatchRule,
    /// The conditions.
    pub rules: Vec<JobExecuteRule>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for JobExecutePolicy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("type", &self.r#type);
        map.entry("match_rule", &self.match_rule);
        map.entry("rules", &self.rules);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for JobExecutePolicy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for JobExecutePolicy {
    const NAME: &'static str = "JobExecutePolicy";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "type" => or_default(map, &mut self.r#type),
            "match_rule" => or_default(map, &mut self.match_rule),
            "rules" => or_default(map, &mut self.rules),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl JobExecutePolicy {
    /// Creates an empty `JobExecutePolicy`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type` and returns the value, for chaining.
    #[inline]
    pub fn with_type(mut self, value: JobExecutePolicyType) -> Self {
        self.r#type = value;
        self
    }
    /// Sets `match_rule` and returns the value, for chaining.
    #[inline]
    pub fn with_match_rule(mut self, value: JobExecutePolicyMatchRule) -> Self {
        self.match_rule = value;
        self
    }
    /// Sets `rules` and returns the value, for chaining.
    #[inline]
    pub fn with_rules(mut self, value: Vec<JobExecuteRule>) -> Self {
        self.rules = value;
        self
    }
}
/// What a matching execute policy does to its job.
///
/// The set of values is open: a value this version does not know decodes to
/// [`JobExecutePolicyType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobExecutePolicyType {
    /// `skip`: The job is skipped.
    Skip,
    /// `execute`: The job runs.
    Execute,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl JobExecutePolicyType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Skip => "skip",
            Self::Execute => "execute",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for JobExecutePolicyType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for JobExecutePolicyType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "skip" => Self::Skip,
            "execute" => Self::Execute,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for JobExecutePolicyType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for JobExecutePolicyType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for JobExecutePolicyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for JobExecutePolicyType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for JobExecutePolicyType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// How the rules of an execute policy combine.
///
/// The set of values is open: a value this version does not know decodes to
/// [`JobExecutePolicyMatchRule::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobExecutePolicyMatchRule {
    /// `all`: Every rule must match.
    All,
    /// `any`: One matching rule is enough.
    Any,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl JobExecutePolicyMatchRule {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::Any => "any",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for JobExecutePolicyMatchRule {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for JobExecutePolicyMatchRule {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "all" => Self::All,
            "any" => Self::Any,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for JobExecutePolicyMatchRule {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for JobExecutePolicyMatchRule {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for JobExecutePolicyMatchRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for JobExecutePolicyMatchRule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for JobExecutePolicyMatchRule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// One condition of a job's execute policy.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct JobExecuteRule {
    /// What is compared, such as a variable.
    pub field: String,
    /// The comparison.
    pub verb: String,
    /// The value compared against.
    pub value: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for JobExecuteRule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("field", &self.field);
        map.entry("verb", &self.verb);
        map.entry("value", &self.value);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for JobExecuteRule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for JobExecuteRule {
    const NAME: &'static str = "JobExecuteRule";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "field" => or_default(map, &mut self.field),
            "verb" => or_default(map, &mut self.verb),
            "value" => or_default(map, &mut self.value),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl JobExecuteRule {
    /// Creates an empty `JobExecuteRule`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `field` and returns the value, for chaining.
    pub fn with_field(mut self, value: impl Into<String>) -> Self {
        self.field = value.into();
        self
    }
    /// Sets `verb` and returns the value, for chaining.
    pub fn with_verb(mut self, value: impl Into<String>) -> Self {
        self.verb = value.into();
        self
    }
    /// Sets `value` and returns the value, for chaining.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        self
    }
}
/// A service component a job works on, with its code and artifacts.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowServiceModule {
    /// Name of the service.
    pub service_name: Option<String>,
    /// Name of the service component.
    pub service_module: Option<String>,
    /// Repositories the component was built from.
    pub code_info: Vec<crate::types::Repository>,
    /// Artifacts (such as images) produced for the component.
    pub artifacts: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowServiceModule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("service_name", &self.service_name);
        map.some("service_module", &self.service_module);
        map.entry("code_info", &self.code_info);
        map.entry("artifacts", &self.artifacts);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowServiceModule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowServiceModule {
    const NAME: &'static str = "WorkflowServiceModule";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "service_name" => value(map, &mut self.service_name),
            "service_module" => value(map, &mut self.service_module),
            "code_info" => or_default(map, &mut self.code_info),
            "artifacts" => or_default(map, &mut self.artifacts),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowServiceModule {
    /// Creates an empty `WorkflowServiceModule`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `service_module` and returns the value, for chaining.
    pub fn with_service_module(mut self, value: impl Into<String>) -> Self {
        self.service_module = Some(value.into());
        self
    }
    /// Sets `code_info` and returns the value, for chaining.
    #[inline]
    pub fn with_code_info(mut self, value: Vec<crate::types::Repository>) -> Self {
        self.code_info = value;
        self
    }
    /// Sets `artifacts` and returns the value, for chaining.
    #[inline]
    pub fn with_artifacts(mut self, value: Vec<String>) -> Self {
        self.artifacts = value;
        self
    }
}
/// A volume shared between the jobs of a run.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowShareStorage {
    /// Name of the volume.
    pub name: String,
    /// Where the volume is mounted in the jobs.
    pub path: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowShareStorage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("path", &self.path);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowShareStorage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowShareStorage {
    const NAME: &'static str = "WorkflowShareStorage";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "path" => or_default(map, &mut self.path),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowShareStorage {
    /// Creates an empty `WorkflowShareStorage`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `path` and returns the value, for chaining.
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = value.into();
        self
    }
}
/// One notification setting of a workflow or job.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowNotifyCtl {
    /// Whether the notification is sent.
    pub enabled: bool,
    /// Channel used.
    pub webhook_type: NotifyWebHookType,
    /// Settings for a Feishu group reached through a Feishu app.
    pub lark_group_notification_config: Option<NotifyLarkGroupConfig>,
    /// Settings for Feishu direct messages.
    pub lark_person_notification_config: Option<NotifyLarkPersonConfig>,
    /// Settings for a Feishu custom bot.
    pub lark_hook_notification_config: Option<NotifyLarkHookConfig>,
    /// Settings for a WeChat Work bot.
    pub wechat_notification_config: Option<NotifyWechatConfig>,
    /// Settings for a DingTalk bot.
    pub dingding_notification_config: Option<NotifyDingDingConfig>,
    /// Settings for Microsoft Teams.
    pub msteams_notification_config: Option<NotifyMsTeamsConfig>,
    /// Settings for e-mail.
    pub mail_notification_config: Option<NotifyMailConfig>,
    /// Settings for a generic webhook.
    pub webhook_notification_config: Option<NotifyWebhookConfig>,
    /// Run states that trigger the notification (values as in `WorkflowTaskStatus`).
    pub notify_type: Vec<String>,
    /// WeChat Work bot webhook address (older flat setting).
    pub we_chat_web_hook: Option<String>,
    /// DingTalk bot webhook address (older flat setting).
    pub dingding_webhook: Option<String>,
    /// Feishu app integration used (older flat setting).
    pub feishu_app_id: Option<String>,
    /// Feishu bot webhook address (older flat setting).
    pub feishu_webhook: Option<String>,
    /// Feishu group chat (older flat setting).
    pub feishu_chat: Option<LarkChat>,
    /// Mail recipients (older flat setting).
    pub mail_users: Option<Vec<crate::types::ApprovalUser>>,
    /// Generic webhook (older flat setting).
    pub webhook_notify: Option<NotifyWebhookConfig>,
    /// Mobile numbers to mention in DingTalk (older flat setting).
    pub at_mobiles: Option<Vec<String>>,
    /// WeChat Work user ids to mention (older flat setting).
    pub wechat_user_ids: Option<Vec<String>>,
    /// Feishu user ids to mention (older flat setting).
    pub lark_user_ids: Option<Vec<String>>,
    /// Feishu users to mention (older flat setting).
    pub lark_at_users: Vec<crate::types::LarkUserInfo>,
    /// Whether to mention everyone (older flat setting).
    pub is_at_all: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowNotifyCtl {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("enabled", &self.enabled);
        map.entry("webhook_type", &self.webhook_type);
        map.some("lark_group_notification_config", &self.lark_group_notification_config);
        map.some(
            "lark_person_notification_config",
            &self.lark_person_notification_config,
        );
        map.some("lark_hook_notification_config", &self.lark_hook_notification_config);
        map.some("wechat_notification_config", &self.wechat_notification_config);
        map.some("dingding_notification_config", &self.dingding_notification_config);
        map.some("msteams_notification_config", &self.msteams_notification_config);
        map.some("mail_notification_config", &self.mail_notification_config);
        map.some("webhook_notification_config", &self.webhook_notification_config);
        map.entry("notify_type", &self.notify_type);
        map.some("weChat_webHook", &self.we_chat_web_hook);
        map.some("dingding_webhook", &self.dingding_webhook);
        map.some("feishu_app_id", &self.feishu_app_id);
        map.some("feishu_webhook", &self.feishu_webhook);
        map.some("feishu_chat", &self.feishu_chat);
        map.some("mail_users", &self.mail_users);
        map.some("webhook_notify", &self.webhook_notify);
        map.some("at_mobiles", &self.at_mobiles);
        map.some("wechat_user_ids", &self.wechat_user_ids);
        map.some("lark_user_ids", &self.lark_user_ids);
        map.entry("lark_at_users", &self.lark_at_users);
        map.some("is_at_all", &self.is_at_all);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowNotifyCtl {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowNotifyCtl {
    const NAME: &'static str = "WorkflowNotifyCtl";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "enabled" => or_default(map, &mut self.enabled),
            "webhook_type" => or_default(map, &mut self.webhook_type),
            "lark_group_notification_config" => {
                value(map, &mut self.lark_group_notification_config)
            }
            "lark_person_notification_config" => {
                value(map, &mut self.lark_person_notification_config)
            }
            "lark_hook_notification_config" => {
                value(map, &mut self.lark_hook_notification_config)
            }
            "wechat_notification_config" => {
                value(map, &mut self.wechat_notification_config)
            }
            "dingding_notification_config" => {
                value(map, &mut self.dingding_notification_config)
            }
            "msteams_notification_config" => {
                value(map, &mut self.msteams_notification_config)
            }
            "mail_notification_config" => value(map, &mut self.mail_notification_config),
            "webhook_notification_config" => {
                value(map, &mut self.webhook_notification_config)
            }
            "notify_type" => or_default(map, &mut self.notify_type),
            "weChat_webHook" => value(map, &mut self.we_chat_web_hook),
            "dingding_webhook" => value(map, &mut self.dingding_webhook),
            "feishu_app_id" => value(map, &mut self.feishu_app_id),
            "feishu_webhook" => value(map, &mut self.feishu_webhook),
            "feishu_chat" => value(map, &mut self.feishu_chat),
            "mail_users" => value(map, &mut self.mail_users),
            "webhook_notify" => value(map, &mut self.webhook_notify),
            "at_mobiles" => value(map, &mut self.at_mobiles),
            "wechat_user_ids" => value(map, &mut self.wechat_user_ids),
            "lark_user_ids" => value(map, &mut self.lark_user_ids),
            "lark_at_users" => or_default(map, &mut self.lark_at_users),
            "is_at_all" => value(map, &mut self.is_at_all),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowNotifyCtl {
    /// Creates an empty `WorkflowNotifyCtl`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enabled` and returns the value, for chaining.
    #[inline]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = value;
        self
    }
    /// Sets `webhook_type` and returns the value, for chaining.
    #[inline]
    pub fn with_webhook_type(mut self, value: NotifyWebHookType) -> Self {
        self.webhook_type = value;
        self
    }
    /// Sets `lark_group_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_lark_group_notification_config(
        mut self,
        value: NotifyLarkGroupConfig,
    ) -> Self {
        self.lark_group_notification_config = Some(value);
        self
    }
    /// Sets `lark_person_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_lark_person_notification_config(
        mut self,
        value: NotifyLarkPersonConfig,
    ) -> Self {
        self.lark_person_notification_config = Some(value);
        self
    }
    /// Sets `lark_hook_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_lark_hook_notification_config(
        mut self,
        value: NotifyLarkHookConfig,
    ) -> Self {
        self.lark_hook_notification_config = Some(value);
        self
    }
    /// Sets `wechat_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_wechat_notification_config(mut self, value: NotifyWechatConfig) -> Self {
        self.wechat_notification_config = Some(value);
        self
    }
    /// Sets `dingding_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_dingding_notification_config(
        mut self,
        value: NotifyDingDingConfig,
    ) -> Self {
        self.dingding_notification_config = Some(value);
        self
    }
    /// Sets `msteams_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_msteams_notification_config(
        mut self,
        value: NotifyMsTeamsConfig,
    ) -> Self {
        self.msteams_notification_config = Some(value);
        self
    }
    /// Sets `mail_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_mail_notification_config(mut self, value: NotifyMailConfig) -> Self {
        self.mail_notification_config = Some(value);
        self
    }
    /// Sets `webhook_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_webhook_notification_config(
        mut self,
        value: NotifyWebhookConfig,
    ) -> Self {
        self.webhook_notification_config = Some(value);
        self
    }
    /// Sets `notify_type` and returns the value, for chaining.
    #[inline]
    pub fn with_notify_type(mut self, value: Vec<String>) -> Self {
        self.notify_type = value;
        self
    }
    /// Sets `we_chat_web_hook` and returns the value, for chaining.
    pub fn with_we_chat_web_hook(mut self, value: impl Into<String>) -> Self {
        self.we_chat_web_hook = Some(value.into());
        self
    }
    /// Sets `dingding_webhook` and returns the value, for chaining.
    pub fn with_dingding_webhook(mut self, value: impl Into<String>) -> Self {
        self.dingding_webhook = Some(value.into());
        self
    }
    /// Sets `feishu_app_id` and returns the value, for chaining.
    pub fn with_feishu_app_id(mut self, value: impl Into<String>) -> Self {
        self.feishu_app_id = Some(value.into());
        self
    }
    /// Sets `feishu_webhook` and returns the value, for chaining.
    pub fn with_feishu_webhook(mut self, value: impl Into<String>) -> Self {
        self.feishu_webhook = Some(value.into());
        self
    }
    /// Sets `feishu_chat` and returns the value, for chaining.
    #[inline]
    pub fn with_feishu_chat(mut self, value: LarkChat) -> Self {
        self.feishu_chat = Some(value);
        self
    }
    /// Sets `mail_users` and returns the value, for chaining.
    #[inline]
    pub fn with_mail_users(mut self, value: Vec<crate::types::ApprovalUser>) -> Self {
        self.mail_users = Some(value);
        self
    }
    /// Sets `webhook_notify` and returns the value, for chaining.
    #[inline]
    pub fn with_webhook_notify(mut self, value: NotifyWebhookConfig) -> Self {
        self.webhook_notify = Some(value);
        self
    }
    /// Sets `at_mobiles` and returns the value, for chaining.
    #[inline]
    pub fn with_at_mobiles(mut self, value: Vec<String>) -> Self {
        self.at_mobiles = Some(value);
        self
    }
    /// Sets `wechat_user_ids` and returns the value, for chaining.
    #[inline]
    pub fn with_wechat_user_ids(mut self, value: Vec<String>) -> Self {
        self.wechat_user_ids = Some(value);
        self
    }
    /// Sets `lark_user_ids` and returns the value, for chaining.
    #[inline]
    pub fn with_lark_user_ids(mut self, value: Vec<String>) -> Self {
        self.lark_user_ids = Some(value);
        self
    }
    /// Sets `lark_at_users` and returns the value, for chaining.
    #[inline]
    pub fn with_lark_at_users(mut self, value: Vec<crate::types::LarkUserInfo>) -> Self {
        self.lark_at_users = value;
        self
    }
    /// Sets `is_at_all` and returns the value, for chaining.
    #[inline]
    pub fn with_is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = Some(value);
        self
    }
}
/// The channel a notification goes through.
///
/// The set of values is open: a value this version does not know decodes to
/// [`NotifyWebHookType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NotifyWebHookType {
    /// `dingding`: DingTalk group bot.
    Dingding,
    /// `feishu`: Feishu group custom bot.
    Feishu,
    /// `feishu_person`: Feishu direct messages.
    FeishuPerson,
    /// `feishu_app`: Feishu group, through a self-built Feishu app.
    FeishuApp,
    /// `wechat`: WeChat Work group bot.
    Wechat,
    /// `msteams`: Microsoft Teams.
    Msteams,
    /// `mail`: E-mail.
    Mail,
    /// `webhook`: A generic webhook.
    Webhook,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl NotifyWebHookType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dingding => "dingding",
            Self::Feishu => "feishu",
            Self::FeishuPerson => "feishu_person",
            Self::FeishuApp => "feishu_app",
            Self::Wechat => "wechat",
            Self::Msteams => "msteams",
            Self::Mail => "mail",
            Self::Webhook => "webhook",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for NotifyWebHookType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for NotifyWebHookType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "dingding" => Self::Dingding,
            "feishu" => Self::Feishu,
            "feishu_person" => Self::FeishuPerson,
            "feishu_app" => Self::FeishuApp,
            "wechat" => Self::Wechat,
            "msteams" => Self::Msteams,
            "mail" => Self::Mail,
            "webhook" => Self::Webhook,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for NotifyWebHookType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for NotifyWebHookType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for NotifyWebHookType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for NotifyWebHookType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for NotifyWebHookType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Where and whom a Feishu app group notification reaches.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NotifyLarkGroupConfig {
    /// Feishu app integration used.
    pub app_id: String,
    /// The group chat.
    pub chat: Option<LarkChat>,
    /// Users to mention.
    pub at_users: Vec<crate::types::LarkUserInfo>,
    /// Recipients given through workflow variables, resolved when the notification is sent.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub dynamic_recipients: Vec<String>,
    /// Whether to mention everyone.
    pub is_at_all: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for NotifyLarkGroupConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("app_id", &self.app_id);
        map.some("chat", &self.chat);
        map.entry("at_users", &self.at_users);
        map.entry("dynamic_recipients", &self.dynamic_recipients);
        map.entry("is_at_all", &self.is_at_all);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for NotifyLarkGroupConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for NotifyLarkGroupConfig {
    const NAME: &'static str = "NotifyLarkGroupConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "app_id" => or_default(map, &mut self.app_id),
            "chat" => value(map, &mut self.chat),
            "at_users" => or_default(map, &mut self.at_users),
            "dynamic_recipients" => or_default(map, &mut self.dynamic_recipients),
            "is_at_all" => or_default(map, &mut self.is_at_all),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl NotifyLarkGroupConfig {
    /// Creates an empty `NotifyLarkGroupConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `app_id` and returns the value, for chaining.
    pub fn with_app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = value.into();
        self
    }
    /// Sets `chat` and returns the value, for chaining.
    #[inline]
    pub fn with_chat(mut self, value: LarkChat) -> Self {
        self.chat = Some(value);
        self
    }
    /// Sets `at_users` and returns the value, for chaining.
    #[inline]
    pub fn with_at_users(mut self, value: Vec<crate::types::LarkUserInfo>) -> Self {
        self.at_users = value;
        self
    }
    /// Sets `dynamic_recipients` and returns the value, for chaining.
    #[inline]
    pub fn with_dynamic_recipients(mut self, value: Vec<String>) -> Self {
        self.dynamic_recipients = value;
        self
    }
    /// Sets `is_at_all` and returns the value, for chaining.
    #[inline]
    pub fn with_is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = value;
        self
    }
}
/// Recipients of Feishu direct messages.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NotifyLarkPersonConfig {
    /// Feishu app integration used.
    pub app_id: String,
    /// Users to message.
    pub target_users: Vec<crate::types::LarkUserInfo>,
    /// Recipients given through workflow variables, resolved when the notification is sent.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub dynamic_recipients: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for NotifyLarkPersonConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("app_id", &self.app_id);
        map.entry("target_users", &self.target_users);
        map.entry("dynamic_recipients", &self.dynamic_recipients);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for NotifyLarkPersonConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for NotifyLarkPersonConfig {
    const NAME: &'static str = "NotifyLarkPersonConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "app_id" => or_default(map, &mut self.app_id),
            "target_users" => or_default(map, &mut self.target_users),
            "dynamic_recipients" => or_default(map, &mut self.dynamic_recipients),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl NotifyLarkPersonConfig {
    /// Creates an empty `NotifyLarkPersonConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `app_id` and returns the value, for chaining.
    pub fn with_app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = value.into();
        self
    }
    /// Sets `target_users` and returns the value, for chaining.
    #[inline]
    pub fn with_target_users(mut self, value: Vec<crate::types::LarkUserInfo>) -> Self {
        self.target_users = value;
        self
    }
    /// Sets `dynamic_recipients` and returns the value, for chaining.
    #[inline]
    pub fn with_dynamic_recipients(mut self, value: Vec<String>) -> Self {
        self.dynamic_recipients = value;
        self
    }
}
/// A Feishu custom bot and whom it mentions.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NotifyLarkHookConfig {
    /// Feishu app integration used, if any.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub app_id: String,
    /// Webhook address of the bot.
    pub hook_address: String,
    /// Feishu user ids to mention.
    pub at_users: Vec<String>,
    /// Recipients given through workflow variables, resolved when the notification is sent.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub dynamic_recipients: Vec<String>,
    /// Whether to mention everyone.
    pub is_at_all: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for NotifyLarkHookConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("app_id", &self.app_id);
        map.entry("hook_address", &self.hook_address);
        map.entry("at_users", &self.at_users);
        map.entry("dynamic_recipients", &self.dynamic_recipients);
        map.entry("is_at_all", &self.is_at_all);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for NotifyLarkHookConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for NotifyLarkHookConfig {
    const NAME: &'static str = "NotifyLarkHookConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "app_id" => or_default(map, &mut self.app_id),
            "hook_address" => or_default(map, &mut self.hook_address),
            "at_users" => or_default(map, &mut self.at_users),
            "dynamic_recipients" => or_default(map, &mut self.dynamic_recipients),
            "is_at_all" => or_default(map, &mut self.is_at_all),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl NotifyLarkHookConfig {
    /// Creates an empty `NotifyLarkHookConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `app_id` and returns the value, for chaining.
    pub fn with_app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = value.into();
        self
    }
    /// Sets `hook_address` and returns the value, for chaining.
    pub fn with_hook_address(mut self, value: impl Into<String>) -> Self {
        self.hook_address = value.into();
        self
    }
    /// Sets `at_users` and returns the value, for chaining.
    #[inline]
    pub fn with_at_users(mut self, value: Vec<String>) -> Self {
        self.at_users = value;
        self
    }
    /// Sets `dynamic_recipients` and returns the value, for chaining.
    #[inline]
    pub fn with_dynamic_recipients(mut self, value: Vec<String>) -> Self {
        self.dynamic_recipients = value;
        self
    }
    /// Sets `is_at_all` and returns the value, for chaining.
    #[inline]
    pub fn with_is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = value;
        self
    }
}
/// A WeChat Work bot and whom it mentions.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NotifyWechatConfig {
    /// Webhook address of the bot.
    pub hook_address: String,
    /// WeChat Work user ids to mention.
    pub at_users: Vec<String>,
    /// Whether to mention everyone.
    pub is_at_all: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for NotifyWechatConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("hook_address", &self.hook_address);
        map.entry("at_users", &self.at_users);
        map.entry("is_at_all", &self.is_at_all);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for NotifyWechatConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for NotifyWechatConfig {
    const NAME: &'static str = "NotifyWechatConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "hook_address" => or_default(map, &mut self.hook_address),
            "at_users" => or_default(map, &mut self.at_users),
            "is_at_all" => or_default(map, &mut self.is_at_all),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl NotifyWechatConfig {
    /// Creates an empty `NotifyWechatConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `hook_address` and returns the value, for chaining.
    pub fn with_hook_address(mut self, value: impl Into<String>) -> Self {
        self.hook_address = value.into();
        self
    }
    /// Sets `at_users` and returns the value, for chaining.
    #[inline]
    pub fn with_at_users(mut self, value: Vec<String>) -> Self {
        self.at_users = value;
        self
    }
    /// Sets `is_at_all` and returns the value, for chaining.
    #[inline]
    pub fn with_is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = value;
        self
    }
}
/// A DingTalk bot and whom it mentions.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NotifyDingDingConfig {
    /// Webhook address of the bot.
    pub hook_address: String,
    /// Mobile numbers of the users to mention.
    pub at_mobiles: Vec<String>,
    /// Recipients given through workflow variables, resolved when the notification is sent.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub dynamic_recipients: Vec<String>,
    /// Whether to mention everyone.
    pub is_at_all: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for NotifyDingDingConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("hook_address", &self.hook_address);
        map.entry("at_mobiles", &self.at_mobiles);
        map.entry("dynamic_recipients", &self.dynamic_recipients);
        map.entry("is_at_all", &self.is_at_all);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for NotifyDingDingConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for NotifyDingDingConfig {
    const NAME: &'static str = "NotifyDingDingConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "hook_address" => or_default(map, &mut self.hook_address),
            "at_mobiles" => or_default(map, &mut self.at_mobiles),
            "dynamic_recipients" => or_default(map, &mut self.dynamic_recipients),
            "is_at_all" => or_default(map, &mut self.is_at_all),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl NotifyDingDingConfig {
    /// Creates an empty `NotifyDingDingConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `hook_address` and returns the value, for chaining.
    pub fn with_hook_address(mut self, value: impl Into<String>) -> Self {
        self.hook_address = value.into();
        self
    }
    /// Sets `at_mobiles` and returns the value, for chaining.
    #[inline]
    pub fn with_at_mobiles(mut self, value: Vec<String>) -> Self {
        self.at_mobiles = value;
        self
    }
    /// Sets `dynamic_recipients` and returns the value, for chaining.
    #[inline]
    pub fn with_dynamic_recipients(mut self, value: Vec<String>) -> Self {
        self.dynamic_recipients = value;
        self
    }
    /// Sets `is_at_all` and returns the value, for chaining.
    #[inline]
    pub fn with_is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = value;
        self
    }
}
/// A Microsoft Teams webhook and whom it mentions.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NotifyMsTeamsConfig {
    /// Webhook address.
    pub hook_address: String,
    /// E-mail addresses of the users to mention.
    pub at_emails: Vec<String>,
    /// Recipients given through workflow variables, resolved when the notification is sent.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub dynamic_recipients: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for NotifyMsTeamsConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("hook_address", &self.hook_address);
        map.entry("at_emails", &self.at_emails);
        map.entry("dynamic_recipients", &self.dynamic_recipients);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for NotifyMsTeamsConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for NotifyMsTeamsConfig {
    const NAME: &'static str = "NotifyMsTeamsConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "hook_address" => or_default(map, &mut self.hook_address),
            "at_emails" => or_default(map, &mut self.at_emails),
            "dynamic_recipients" => or_default(map, &mut self.dynamic_recipients),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl NotifyMsTeamsConfig {
    /// Creates an empty `NotifyMsTeamsConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `hook_address` and returns the value, for chaining.
    pub fn with_hook_address(mut self, value: impl Into<String>) -> Self {
        self.hook_address = value.into();
        self
    }
    /// Sets `at_emails` and returns the value, for chaining.
    #[inline]
    pub fn with_at_emails(mut self, value: Vec<String>) -> Self {
        self.at_emails = value;
        self
    }
    /// Sets `dynamic_recipients` and returns the value, for chaining.
    #[inline]
    pub fn with_dynamic_recipients(mut self, value: Vec<String>) -> Self {
        self.dynamic_recipients = value;
        self
    }
}
/// Recipients of an e-mail notification.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NotifyMailConfig {
    /// Zadig users or user groups who receive the mail.
    pub target_users: Vec<crate::types::ApprovalUser>,
    /// Recipients given through workflow variables, resolved when the notification is sent.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub dynamic_recipients: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for NotifyMailConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("target_users", &self.target_users);
        map.entry("dynamic_recipients", &self.dynamic_recipients);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for NotifyMailConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for NotifyMailConfig {
    const NAME: &'static str = "NotifyMailConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "target_users" => or_default(map, &mut self.target_users),
            "dynamic_recipients" => or_default(map, &mut self.dynamic_recipients),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl NotifyMailConfig {
    /// Creates an empty `NotifyMailConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `target_users` and returns the value, for chaining.
    #[inline]
    pub fn with_target_users(mut self, value: Vec<crate::types::ApprovalUser>) -> Self {
        self.target_users = value;
        self
    }
    /// Sets `dynamic_recipients` and returns the value, for chaining.
    #[inline]
    pub fn with_dynamic_recipients(mut self, value: Vec<String>) -> Self {
        self.dynamic_recipients = value;
        self
    }
}
/// A generic webhook that receives notifications.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NotifyWebhookConfig {
    /// Address the notification is posted to.
    pub address: String,
    /// Token sent along so the receiver can check the sender.
    pub token: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for NotifyWebhookConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("address", &self.address);
        map.entry("token", &self.token);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for NotifyWebhookConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for NotifyWebhookConfig {
    const NAME: &'static str = "NotifyWebhookConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "address" => or_default(map, &mut self.address),
            "token" => or_default(map, &mut self.token),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl NotifyWebhookConfig {
    /// Creates an empty `NotifyWebhookConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `address` and returns the value, for chaining.
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = value.into();
        self
    }
    /// Sets `token` and returns the value, for chaining.
    pub fn with_token(mut self, value: impl Into<String>) -> Self {
        self.token = value.into();
        self
    }
}
/// A Feishu group chat.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkChat {
    /// Id of the chat.
    pub chat_id: String,
    /// Name of the chat.
    pub chat_name: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkChat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("chat_id", &self.chat_id);
        map.entry("chat_name", &self.chat_name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkChat {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkChat {
    const NAME: &'static str = "LarkChat";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "chat_id" => or_default(map, &mut self.chat_id),
            "chat_name" => or_default(map, &mut self.chat_name),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkChat {
    /// Creates an empty `LarkChat`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `chat_id` and returns the value, for chaining.
    pub fn with_chat_id(mut self, value: impl Into<String>) -> Self {
        self.chat_id = value.into();
        self
    }
    /// Sets `chat_name` and returns the value, for chaining.
    pub fn with_chat_name(mut self, value: impl Into<String>) -> Self {
        self.chat_name = value.into();
        self
    }
}
/// One page of the runs of a workflow.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowTaskList {
    /// Number of runs in all pages.
    pub total: Option<i64>,
    /// The runs of this page.
    pub workflow_tasks: Vec<WorkflowTaskSummary>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowTaskList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("total", &self.total);
        map.entry("workflow_tasks", &self.workflow_tasks);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowTaskList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowTaskList {
    const NAME: &'static str = "WorkflowTaskList";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "total" => value(map, &mut self.total),
            "workflow_tasks" => or_default(map, &mut self.workflow_tasks),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowTaskList {
    /// Creates an empty `WorkflowTaskList`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A workflow run as it appears in a list.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowTaskSummary {
    /// Identifier of the workflow.
    pub workflow_key: String,
    /// Display name of the workflow.
    pub workflow_name: String,
    /// Identifier of the project.
    pub project_key: String,
    /// Number of the run within its workflow.
    pub task_id: i64,
    /// Who started the run (a user, or e.g. webhook).
    pub task_creator: String,
    /// When the run was created (Unix seconds).
    pub create_time: i64,
    /// When the run started (Unix seconds).
    pub start_time: i64,
    /// When the run ended (Unix seconds).
    pub end_time: i64,
    /// Stages and jobs of the run, when the server includes them.
    pub stages: Option<Vec<WorkflowDetailStage>>,
    /// State of the run.
    pub status: crate::types::WorkflowTaskStatus,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowTaskSummary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("workflow_key", &self.workflow_key);
        map.entry("workflow_name", &self.workflow_name);
        map.entry("project_key", &self.project_key);
        map.entry("task_id", &self.task_id);
        map.entry("task_creator", &self.task_creator);
        map.entry("create_time", &self.create_time);
        map.entry("start_time", &self.start_time);
        map.entry("end_time", &self.end_time);
        map.some("stages", &self.stages);
        map.entry("status", &self.status);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowTaskSummary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowTaskSummary {
    const NAME: &'static str = "WorkflowTaskSummary";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "workflow_key" => or_default(map, &mut self.workflow_key),
            "workflow_name" => or_default(map, &mut self.workflow_name),
            "project_key" => or_default(map, &mut self.project_key),
            "task_id" => or_default(map, &mut self.task_id),
            "task_creator" => or_default(map, &mut self.task_creator),
            "create_time" => or_default(map, &mut self.create_time),
            "start_time" => or_default(map, &mut self.start_time),
            "end_time" => or_default(map, &mut self.end_time),
            "stages" => value(map, &mut self.stages),
            "status" => or_default(map, &mut self.status),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowTaskSummary {
    /// Creates an empty `WorkflowTaskSummary`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One run of a workflow with its stages and jobs.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowTaskDetail {
    /// Number of the run within its workflow.
    pub task_id: i64,
    /// Identifier of the workflow.
    pub workflow_key: String,
    /// Display name of the workflow.
    pub workflow_name: String,
    /// Identifier of the project.
    pub project_key: String,
    /// Values of the workflow variables for this run.
    pub params: Vec<WorkflowParam>,
    /// State of the run.
    pub status: Option<crate::types::WorkflowTaskStatus>,
    /// Whether the run's changes were rolled back.
    pub reverted: bool,
    /// Free-text note on the run.
    pub remark: String,
    /// Who started the run.
    pub task_creator: Option<String>,
    /// Who cancelled the run, if someone did.
    pub task_revoker: Option<String>,
    /// When the run was created (Unix seconds).
    pub create_time: Option<i64>,
    /// When the run started (Unix seconds).
    pub start_time: Option<i64>,
    /// When the run ended (Unix seconds).
    pub end_time: Option<i64>,
    /// The stages of the run.
    pub stages: Vec<WorkflowTaskStage>,
    /// Error message if the run failed.
    pub error: Option<String>,
    /// Whether the run was restarted (retried).
    pub is_restart: bool,
    /// Whether the run was started in debug mode (with breakpoints).
    pub debug: bool,
    /// Pre-approval ticket the run was started under, if any.
    pub approval_ticket_id: String,
    /// Id of the external approval behind that ticket, if any.
    pub approval_id: String,
    /// Release plan that started the run, if any.
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub release_plan: Option<WorkflowTaskReleasePlanRef>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowTaskDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("task_id", &self.task_id);
        map.entry("workflow_key", &self.workflow_key);
        map.entry("workflow_name", &self.workflow_name);
        map.entry("project_key", &self.project_key);
        map.entry("params", &self.params);
        map.some("status", &self.status);
        map.entry("reverted", &self.reverted);
        map.entry("remark", &self.remark);
        map.some("task_creator", &self.task_creator);
        map.some("task_revoker", &self.task_revoker);
        map.some("create_time", &self.create_time);
        map.some("start_time", &self.start_time);
        map.some("end_time", &self.end_time);
        map.entry("stages", &self.stages);
        map.some("error", &self.error);
        map.entry("is_restart", &self.is_restart);
        map.entry("debug", &self.debug);
        map.entry("approval_ticket_id", &self.approval_ticket_id);
        map.entry("approval_id", &self.approval_id);
        map.some("release_plan", &self.release_plan);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowTaskDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowTaskDetail {
    const NAME: &'static str = "WorkflowTaskDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "task_id" => or_default(map, &mut self.task_id),
            "workflow_key" => or_default(map, &mut self.workflow_key),
            "workflow_name" => or_default(map, &mut self.workflow_name),
            "project_key" => or_default(map, &mut self.project_key),
            "params" => or_default(map, &mut self.params),
            "status" => value(map, &mut self.status),
            "reverted" => or_default(map, &mut self.reverted),
            "remark" => or_default(map, &mut self.remark),
            "task_creator" => value(map, &mut self.task_creator),
            "task_revoker" => value(map, &mut self.task_revoker),
            "create_time" => value(map, &mut self.create_time),
            "start_time" => value(map, &mut self.start_time),
            "end_time" => value(map, &mut self.end_time),
            "stages" => or_default(map, &mut self.stages),
            "error" => value(map, &mut self.error),
            "is_restart" => or_default(map, &mut self.is_restart),
            "debug" => or_default(map, &mut self.debug),
            "approval_ticket_id" => or_default(map, &mut self.approval_ticket_id),
            "approval_id" => or_default(map, &mut self.approval_id),
            "release_plan" => value(map, &mut self.release_plan),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowTaskDetail {
    /// Creates an empty `WorkflowTaskDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The release plan a workflow run belongs to.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowTaskReleasePlanRef {
    /// Id of the release plan.
    pub id: String,
    /// Name of the release plan.
    pub name: String,
    /// Sequence number of the release plan.
    pub index: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowTaskReleasePlanRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("id", &self.id);
        map.entry("name", &self.name);
        map.entry("index", &self.index);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowTaskReleasePlanRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowTaskReleasePlanRef {
    const NAME: &'static str = "WorkflowTaskReleasePlanRef";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "id" => or_default(map, &mut self.id),
            "name" => or_default(map, &mut self.name),
            "index" => or_default(map, &mut self.index),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowTaskReleasePlanRef {
    /// Creates an empty `WorkflowTaskReleasePlanRef`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A stage of a workflow run.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowTaskStage {
    /// Name of the stage.
    pub name: String,
    /// State of the stage.
    pub status: crate::types::WorkflowTaskStatus,
    /// When the stage started (Unix seconds).
    pub start_time: Option<i64>,
    /// When the stage ended (Unix seconds).
    pub end_time: Option<i64>,
    /// Whether the jobs of the stage run at the same time.
    pub parallel: bool,
    /// Manual-start settings and state, when the stage is started by hand.
    pub manual_exec: Option<StageManualExec>,
    /// Shown in the docs' example only; the server does not send it.
    pub approval: Option<WorkflowTaskApproval>,
    /// The jobs of the stage.
    pub jobs: Vec<WorkflowTaskJob>,
    /// Error message if the stage failed.
    pub error: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowTaskStage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("status", &self.status);
        map.some("start_time", &self.start_time);
        map.some("end_time", &self.end_time);
        map.entry("parallel", &self.parallel);
        map.some("manual_exec", &self.manual_exec);
        map.some("approval", &self.approval);
        map.entry("jobs", &self.jobs);
        map.entry("error", &self.error);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowTaskStage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowTaskStage {
    const NAME: &'static str = "WorkflowTaskStage";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "status" => or_default(map, &mut self.status),
            "start_time" => value(map, &mut self.start_time),
            "end_time" => value(map, &mut self.end_time),
            "parallel" => or_default(map, &mut self.parallel),
            "manual_exec" => value(map, &mut self.manual_exec),
            "approval" => value(map, &mut self.approval),
            "jobs" => or_default(map, &mut self.jobs),
            "error" => or_default(map, &mut self.error),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowTaskStage {
    /// Creates an empty `WorkflowTaskStage`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The approval of a stage within a run, with the decisions taken, as the docs show it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowTaskApproval {
    /// Whether the stage needs approval.
    pub enabled: Option<bool>,
    /// Approvers and their decisions.
    pub approve_users: Option<Vec<crate::types::ApprovalUser>>,
    /// Minutes before the approval lapses.
    pub timeout: Option<i64>,
    /// Number of approvals needed.
    pub needed_approvers: Option<i64>,
    /// Text shown to the approvers.
    pub description: Option<String>,
    /// Outcome, approve or reject.
    pub reject_or_approve: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowTaskApproval {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("enabled", &self.enabled);
        map.some("approve_users", &self.approve_users);
        map.some("timeout", &self.timeout);
        map.some("needed_approvers", &self.needed_approvers);
        map.some("description", &self.description);
        map.some("reject_or_approve", &self.reject_or_approve);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowTaskApproval {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowTaskApproval {
    const NAME: &'static str = "WorkflowTaskApproval";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "enabled" => value(map, &mut self.enabled),
            "approve_users" => value(map, &mut self.approve_users),
            "timeout" => value(map, &mut self.timeout),
            "needed_approvers" => value(map, &mut self.needed_approvers),
            "description" => value(map, &mut self.description),
            "reject_or_approve" => value(map, &mut self.reject_or_approve),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowTaskApproval {
    /// Creates an empty `WorkflowTaskApproval`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A job of a workflow run; its `spec` depends on the job type.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowTaskJob {
    /// Name of the job.
    pub name: String,
    /// Unique key of the job within the run.
    pub key: String,
    /// Name of the job as shown in the UI.
    pub display_name: String,
    /// Name of the job in the workflow definition it was created from.
    pub origin_name: String,
    /// Kind of job; see `WorkflowJobType` for the values.
    pub r#type: String,
    /// State of the job.
    pub status: crate::types::WorkflowTaskStatus,
    /// Whether the job's changes were rolled back.
    pub reverted: bool,
    /// When the job started (Unix seconds).
    pub start_time: Option<i64>,
    /// When the job ended (Unix seconds).
    pub end_time: Option<i64>,
    /// How long the job ran, in seconds.
    pub cost_seconds: i64,
    /// Error message if the job failed.
    pub error: String,
    /// Whether the run stops before this job for debugging.
    pub breakpoint_before: bool,
    /// Whether the run stops after this job for debugging.
    pub breakpoint_after: bool,
    /// What the job ran (repositories, images, variables, ...); its shape depends on the job type and the server keeps it untyped. `spec_as` reads it as a known job spec.
    pub spec: Option<serde_json::Value>,
    /// What happens when the job fails.
    pub error_policy: Option<JobErrorPolicy>,
    /// Id of the user who decided how to go on after a failure.
    pub error_handler_user_id: String,
    /// Name of that user.
    pub error_handler_username: String,
    /// How many times the job has been retried.
    pub retry_count: i64,
    /// Extra information about the job; the server keeps it untyped and its shape varies by job type.
    pub job_info: Option<serde_json::Value>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowTaskJob {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("key", &self.key);
        map.entry("display_name", &self.display_name);
        map.entry("origin_name", &self.origin_name);
        map.entry("type", &self.r#type);
        map.entry("status", &self.status);
        map.entry("reverted", &self.reverted);
        map.some("start_time", &self.start_time);
        map.some("end_time", &self.end_time);
        map.entry("cost_seconds", &self.cost_seconds);
        map.entry("error", &self.error);
        map.entry("breakpoint_before", &self.breakpoint_before);
        map.entry("breakpoint_after", &self.breakpoint_after);
        map.some("spec", &self.spec);
        map.some("error_policy", &self.error_policy);
        map.entry("error_handler_user_id", &self.error_handler_user_id);
        map.entry("error_handler_username", &self.error_handler_username);
        map.entry("retry_count", &self.retry_count);
        map.some("job_info", &self.job_info);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowTaskJob {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowTaskJob {
    const NAME: &'static str = "WorkflowTaskJob";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "key" => or_default(map, &mut self.key),
            "display_name" => or_default(map, &mut self.display_name),
            "origin_name" => or_default(map, &mut self.origin_name),
            "type" => or_default(map, &mut self.r#type),
            "status" => or_default(map, &mut self.status),
            "reverted" => or_default(map, &mut self.reverted),
            "start_time" => value(map, &mut self.start_time),
            "end_time" => value(map, &mut self.end_time),
            "cost_seconds" => or_default(map, &mut self.cost_seconds),
            "error" => or_default(map, &mut self.error),
            "breakpoint_before" => or_default(map, &mut self.breakpoint_before),
            "breakpoint_after" => or_default(map, &mut self.breakpoint_after),
            "spec" => value(map, &mut self.spec),
            "error_policy" => value(map, &mut self.error_policy),
            "error_handler_user_id" => or_default(map, &mut self.error_handler_user_id),
            "error_handler_username" => or_default(map, &mut self.error_handler_username),
            "retry_count" => or_default(map, &mut self.retry_count),
            "job_info" => value(map, &mut self.job_info),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowTaskJob {
    /// Creates an empty `WorkflowTaskJob`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Decodes `spec` as `T`, one of the types it is known to take: [`ApprovalJobTaskSpec`]. An absent value decodes as `null`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Decode`](crate::ErrorKind::Decode) when the value does not fit `T`.
    pub fn spec_as<T: serde::de::DeserializeOwned>(&self) -> crate::Result<T> {
        crate::runtime::model::decode_view(self.spec.as_ref())
    }
}
/// The `spec` of a run's approval job (job type `approval`): who must approve, and how the approval went. The server sends it through an untyped field; read it with `WorkflowTaskJob::spec_as`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApprovalJobTaskSpec {
    /// Minutes the approvers have before the approval lapses.
    pub timeout: i64,
    /// Where the approval is handled (Zadig itself, Feishu, DingTalk, WeCom).
    pub r#type: crate::types::ApprovalType,
    /// Text shown to the approvers.
    pub description: String,
    /// The approval handled in Zadig, with its approvers; set when `type` is native.
    pub native_approval: Option<crate::types::NativeApproval>,
    /// The approval handled in Feishu (Lark).
    pub lark_approval: Option<crate::types::LarkApproval>,
    /// The approval handled in DingTalk.
    pub dingtalk_approval: Option<crate::types::DingTalkApproval>,
    /// The approval handled in WeCom.
    pub workwx_approval: Option<crate::types::WorkWxApproval>,
    /// Message sent with the approval request.
    ///
    /// The Zadig releases that send or read this field: v4.0.0 and later; the others ignore it when it is sent.
    pub approval_message: Option<String>,
    /// Title of the approval request.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub approval_title: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ApprovalJobTaskSpec {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("timeout", &self.timeout);
        map.entry("type", &self.r#type);
        map.entry("description", &self.description);
        map.some("native_approval", &self.native_approval);
        map.some("lark_approval", &self.lark_approval);
        map.some("dingtalk_approval", &self.dingtalk_approval);
        map.some("workwx_approval", &self.workwx_approval);
        map.some("approval_message", &self.approval_message);
        map.some("approval_title", &self.approval_title);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ApprovalJobTaskSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ApprovalJobTaskSpec {
    const NAME: &'static str = "ApprovalJobTaskSpec";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "timeout" => or_default(map, &mut self.timeout),
            "type" => or_default(map, &mut self.r#type),
            "description" => or_default(map, &mut self.description),
            "native_approval" => value(map, &mut self.native_approval),
            "lark_approval" => value(map, &mut self.lark_approval),
            "dingtalk_approval" => value(map, &mut self.dingtalk_approval),
            "workwx_approval" => value(map, &mut self.workwx_approval),
            "approval_message" => value(map, &mut self.approval_message),
            "approval_title" => value(map, &mut self.approval_title),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ApprovalJobTaskSpec {
    /// Creates an empty `ApprovalJobTaskSpec`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// What to run a workflow with.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ExecuteWorkflowRequest {
    /// Identifier of the project.
    pub project_key: String,
    /// Identifier of the workflow.
    pub workflow_key: String,
    /// Values of the workflow's global variables.
    pub parameters: Vec<WorkflowParameterInput>,
    /// Inputs of the jobs that need them.
    pub inputs: Vec<WorkflowJobInput>,
    /// Per-run settings for the workflow's notifications.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub notify_inputs: Vec<NotifyInput>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ExecuteWorkflowRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("workflow_key", &self.workflow_key);
        map.entry("parameters", &self.parameters);
        map.entry("inputs", &self.inputs);
        map.entry("notify_inputs", &self.notify_inputs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ExecuteWorkflowRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ExecuteWorkflowRequest {
    const NAME: &'static str = "ExecuteWorkflowRequest";
    const REQUIRED: &'static [&'static str] = &["project_key", "workflow_key", "inputs"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "project_key" => required(map, &mut self.project_key, 0u32),
            "workflow_key" => required(map, &mut self.workflow_key, 1u32),
            "parameters" => or_default(map, &mut self.parameters),
            "inputs" => required(map, &mut self.inputs, 2u32),
            "notify_inputs" => or_default(map, &mut self.notify_inputs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ExecuteWorkflowRequest {
    /// Creates a `ExecuteWorkflowRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
        inputs: Vec<WorkflowJobInput>,
    ) -> Self {
        Self {
            project_key: project_key.into(),
            workflow_key: workflow_key.into(),
            inputs,
            ..Self::default()
        }
    }
    /// Sets `parameters` and returns the value, for chaining.
    #[inline]
    pub fn with_parameters(mut self, value: Vec<WorkflowParameterInput>) -> Self {
        self.parameters = value;
        self
    }
    /// Sets `notify_inputs` and returns the value, for chaining.
    #[inline]
    pub fn with_notify_inputs(mut self, value: Vec<NotifyInput>) -> Self {
        self.notify_inputs = value;
        self
    }
}
/// The value of one global workflow variable for a run.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowParameterInput {
    /// Name of the variable.
    pub name: String,
    /// Kind of the variable.
    pub r#type: WorkflowParamType,
    /// Value for string, text and choice variables.
    pub value: String,
    /// Value for repo variables.
    pub repo: Option<WorkflowRepoInput>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowParameterInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("type", &self.r#type);
        map.entry("value", &self.value);
        map.some("repo", &self.repo);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowParameterInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowParameterInput {
    const NAME: &'static str = "WorkflowParameterInput";
    const REQUIRED: &'static [&'static str] = &["name", "type"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "name" => required(map, &mut self.name, 0u32),
            "type" => required(map, &mut self.r#type, 1u32),
            "value" => or_default(map, &mut self.value),
            "repo" => value(map, &mut self.repo),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowParameterInput {
    /// Creates a `WorkflowParameterInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(name: impl Into<String>, r#type: WorkflowParamType) -> Self {
        Self {
            name: name.into(),
            r#type,
            ..Self::default()
        }
    }
    /// Sets `value` and returns the value, for chaining.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        self
    }
    /// Sets `repo` and returns the value, for chaining.
    #[inline]
    pub fn with_repo(mut self, value: WorkflowRepoInput) -> Self {
        self.repo = Some(value);
        self
    }
}
/// A code repository and revision chosen for a run, as a repo variable's value or in a job input's `repo_info`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowRepoInput {
    /// Identifier of the code host integration.
    pub codehost_name: String,
    /// Organisation or user that owns the repository.
    pub repo_namespace: String,
    /// Name of the repository.
    pub repo_name: String,
    /// Branch to use.
    pub branch: String,
    /// Pull request numbers to merge in.
    pub prs: Vec<i64>,
    /// Whether to build a given commit instead of the branch head.
    pub enable_commit: Option<bool>,
    /// Commit to build; only used when `enable_commit` is true.
    pub commit_id: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowRepoInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("codehost_name", &self.codehost_name);
        map.entry("repo_namespace", &self.repo_namespace);
        map.entry("repo_name", &self.repo_name);
        map.entry("branch", &self.branch);
        map.entry("prs", &self.prs);
        map.some("enable_commit", &self.enable_commit);
        map.some("commit_id", &self.commit_id);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowRepoInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowRepoInput {
    const NAME: &'static str = "WorkflowRepoInput";
    const REQUIRED: &'static [&'static str] = &[
        "codehost_name",
        "repo_namespace",
        "repo_name",
        "branch",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "codehost_name" => required(map, &mut self.codehost_name, 0u32),
            "repo_namespace" => required(map, &mut self.repo_namespace, 1u32),
            "repo_name" => required(map, &mut self.repo_name, 2u32),
            "branch" => required(map, &mut self.branch, 3u32),
            "prs" => or_default(map, &mut self.prs),
            "enable_commit" => value(map, &mut self.enable_commit),
            "commit_id" => value(map, &mut self.commit_id),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowRepoInput {
    /// Creates a `WorkflowRepoInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        codehost_name: impl Into<String>,
        repo_namespace: impl Into<String>,
        repo_name: impl Into<String>,
        branch: impl Into<String>,
    ) -> Self {
        Self {
            codehost_name: codehost_name.into(),
            repo_namespace: repo_namespace.into(),
            repo_name: repo_name.into(),
            branch: branch.into(),
            ..Self::default()
        }
    }
    /// Sets `prs` and returns the value, for chaining.
    #[inline]
    pub fn with_prs(mut self, value: Vec<i64>) -> Self {
        self.prs = value;
        self
    }
    /// Sets `enable_commit` and returns the value, for chaining.
    #[inline]
    pub fn with_enable_commit(mut self, value: bool) -> Self {
        self.enable_commit = Some(value);
        self
    }
    /// Sets `commit_id` and returns the value, for chaining.
    pub fn with_commit_id(mut self, value: impl Into<String>) -> Self {
        self.commit_id = Some(value.into());
        self
    }
}
/// Input for one job of a run; its shape depends on `job_type`.
///
/// The field `job_type` selects the variant. A tag this version does not know decodes to
/// [`WorkflowJobInput::Unknown`], which keeps the whole object.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum WorkflowJobInput {
    /// `job_type` = `zadig-build`.
    ZadigBuild(ZadigBuildJobInput),
    /// `job_type` = `zadig-deploy`.
    ZadigDeploy(ZadigDeployJobInput),
    /// `job_type` = `custom-deploy`.
    CustomDeploy(CustomDeployJobInput),
    /// `job_type` = `freestyle`.
    Freestyle(FreestyleJobInput),
    /// `job_type` = `zadig-test`.
    ZadigTest(ZadigTestJobInput),
    /// `job_type` = `zadig-scanning`.
    ZadigScanning(ZadigScanningJobInput),
    /// `job_type` = `sql`.
    Sql(SqlJobInput),
    /// `job_type` = `tapd`.
    Tapd(TapdJobInput),
    /// `job_type` = `approval`.
    Approval(ApprovalJobInput),
    /// `job_type` = `plugin`.
    Plugin(PluginJobInput),
    /// A variant this version of the bindings does not know; it keeps the JSON object.
    Unknown(crate::types::UnknownVariant),
}
impl WorkflowJobInput {
    /// The tag value on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::ZadigBuild(_) => "zadig-build",
            Self::ZadigDeploy(_) => "zadig-deploy",
            Self::CustomDeploy(_) => "custom-deploy",
            Self::Freestyle(_) => "freestyle",
            Self::ZadigTest(_) => "zadig-test",
            Self::ZadigScanning(_) => "zadig-scanning",
            Self::Sql(_) => "sql",
            Self::Tapd(_) => "tapd",
            Self::Approval(_) => "approval",
            Self::Plugin(_) => "plugin",
            Self::Unknown(value) => value.tag(),
        }
    }
}
impl From<ZadigBuildJobInput> for WorkflowJobInput {
    #[inline]
    fn from(value: ZadigBuildJobInput) -> Self {
        Self::ZadigBuild(value)
    }
}
impl From<ZadigDeployJobInput> for WorkflowJobInput {
    #[inline]
    fn from(value: ZadigDeployJobInput) -> Self {
        Self::ZadigDeploy(value)
    }
}
impl From<CustomDeployJobInput> for WorkflowJobInput {
    #[inline]
    fn from(value: CustomDeployJobInput) -> Self {
        Self::CustomDeploy(value)
    }
}
impl From<FreestyleJobInput> for WorkflowJobInput {
    #[inline]
    fn from(value: FreestyleJobInput) -> Self {
        Self::Freestyle(value)
    }
}
impl From<ZadigTestJobInput> for WorkflowJobInput {
    #[inline]
    fn from(value: ZadigTestJobInput) -> Self {
        Self::ZadigTest(value)
    }
}
impl From<ZadigScanningJobInput> for WorkflowJobInput {
    #[inline]
    fn from(value: ZadigScanningJobInput) -> Self {
        Self::ZadigScanning(value)
    }
}
impl From<SqlJobInput> for WorkflowJobInput {
    #[inline]
    fn from(value: SqlJobInput) -> Self {
        Self::Sql(value)
    }
}
impl From<TapdJobInput> for WorkflowJobInput {
    #[inline]
    fn from(value: TapdJobInput) -> Self {
        Self::Tapd(value)
    }
}
impl From<ApprovalJobInput> for WorkflowJobInput {
    #[inline]
    fn from(value: ApprovalJobInput) -> Self {
        Self::Approval(value)
    }
}
impl From<PluginJobInput> for WorkflowJobInput {
    #[inline]
    fn from(value: PluginJobInput) -> Self {
        Self::Plugin(value)
    }
}
impl Serialize for WorkflowJobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ZadigBuild(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "job_type",
                    "zadig-build",
                    value,
                )
            }
            Self::ZadigDeploy(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "job_type",
                    "zadig-deploy",
                    value,
                )
            }
            Self::CustomDeploy(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "job_type",
                    "custom-deploy",
                    value,
                )
            }
            Self::Freestyle(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "job_type",
                    "freestyle",
                    value,
                )
            }
            Self::ZadigTest(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "job_type",
                    "zadig-test",
                    value,
                )
            }
            Self::ZadigScanning(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "job_type",
                    "zadig-scanning",
                    value,
                )
            }
            Self::Sql(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "job_type",
                    "sql",
                    value,
                )
            }
            Self::Tapd(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "job_type",
                    "tapd",
                    value,
                )
            }
            Self::Approval(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "job_type",
                    "approval",
                    value,
                )
            }
            Self::Plugin(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "job_type",
                    "plugin",
                    value,
                )
            }
            Self::Unknown(value) => value.as_json().serialize(serializer),
        }
    }
}
impl<'de> Deserialize<'de> for WorkflowJobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (tag, object) = crate::runtime::model::deserialize_tagged(
            deserializer,
            "job_type",
        )?;
        match tag.as_str() {
            "zadig-build" => {
                crate::runtime::model::from_object(object, "job_type", false)
                    .map(Self::ZadigBuild)
            }
            "zadig-deploy" => {
                crate::runtime::model::from_object(object, "job_type", false)
                    .map(Self::ZadigDeploy)
            }
            "custom-deploy" => {
                crate::runtime::model::from_object(object, "job_type", false)
                    .map(Self::CustomDeploy)
            }
            "freestyle" => {
                crate::runtime::model::from_object(object, "job_type", false)
                    .map(Self::Freestyle)
            }
            "zadig-test" => {
                crate::runtime::model::from_object(object, "job_type", false)
                    .map(Self::ZadigTest)
            }
            "zadig-scanning" => {
                crate::runtime::model::from_object(object, "job_type", false)
                    .map(Self::ZadigScanning)
            }
            "sql" => {
                crate::runtime::model::from_object(object, "job_type", false)
                    .map(Self::Sql)
            }
            "tapd" => {
                crate::runtime::model::from_object(object, "job_type", false)
                    .map(Self::Tapd)
            }
            "approval" => {
                crate::runtime::model::from_object(object, "job_type", false)
                    .map(Self::Approval)
            }
            "plugin" => {
                crate::runtime::model::from_object(object, "job_type", false)
                    .map(Self::Plugin)
            }
            _ => Ok(Self::Unknown(crate::types::UnknownVariant::new(tag, object))),
        }
    }
}
/// Input of a build job (zadig-build).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZadigBuildJobInput {
    /// Name of the job in the workflow.
    pub job_name: String,
    /// What to build.
    pub parameters: ZadigBuildJobParameters,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ZadigBuildJobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("job_name", &self.job_name);
        map.entry("parameters", &self.parameters);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ZadigBuildJobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ZadigBuildJobInput {
    const NAME: &'static str = "ZadigBuildJobInput";
    const REQUIRED: &'static [&'static str] = &["job_name", "parameters"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "job_name" => required(map, &mut self.job_name, 0u32),
            "parameters" => required(map, &mut self.parameters, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ZadigBuildJobInput {
    /// Creates a `ZadigBuildJobInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        job_name: impl Into<String>,
        parameters: ZadigBuildJobParameters,
    ) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
            ..Self::default()
        }
    }
}
/// Parameters of a build job.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZadigBuildJobParameters {
    /// Image registry to push to.
    pub registry: Option<String>,
    /// Service components to build, with their repositories and variables.
    pub service_list: Option<Vec<WorkflowServiceInput>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ZadigBuildJobParameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("registry", &self.registry);
        map.some("service_list", &self.service_list);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ZadigBuildJobParameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ZadigBuildJobParameters {
    const NAME: &'static str = "ZadigBuildJobParameters";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "registry" => value(map, &mut self.registry),
            "service_list" => value(map, &mut self.service_list),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ZadigBuildJobParameters {
    /// Creates an empty `ZadigBuildJobParameters`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `registry` and returns the value, for chaining.
    pub fn with_registry(mut self, value: impl Into<String>) -> Self {
        self.registry = Some(value.into());
        self
    }
    /// Sets `service_list` and returns the value, for chaining.
    #[inline]
    pub fn with_service_list(mut self, value: Vec<WorkflowServiceInput>) -> Self {
        self.service_list = Some(value);
        self
    }
}
/// One service component of a build, test, scanning or general job, with the repositories and variable values to use for it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowServiceInput {
    /// Name of the service.
    pub service_name: Option<String>,
    /// Name of the service component.
    pub service_module: Option<String>,
    /// Repositories to check out.
    pub repo_info: Option<Vec<WorkflowRepoInput>>,
    /// Variable values (only those not fixed or bound to global variables).
    pub inputs: Option<Vec<crate::types::KeyValue>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowServiceInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("service_name", &self.service_name);
        map.some("service_module", &self.service_module);
        map.some("repo_info", &self.repo_info);
        map.some("inputs", &self.inputs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowServiceInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowServiceInput {
    const NAME: &'static str = "WorkflowServiceInput";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "service_name" => value(map, &mut self.service_name),
            "service_module" => value(map, &mut self.service_module),
            "repo_info" => value(map, &mut self.repo_info),
            "inputs" => value(map, &mut self.inputs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowServiceInput {
    /// Creates an empty `WorkflowServiceInput`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `service_module` and returns the value, for chaining.
    pub fn with_service_module(mut self, value: impl Into<String>) -> Self {
        self.service_module = Some(value.into());
        self
    }
    /// Sets `repo_info` and returns the value, for chaining.
    #[inline]
    pub fn with_repo_info(mut self, value: Vec<WorkflowRepoInput>) -> Self {
        self.repo_info = Some(value);
        self
    }
    /// Sets `inputs` and returns the value, for chaining.
    #[inline]
    pub fn with_inputs(mut self, value: Vec<crate::types::KeyValue>) -> Self {
        self.inputs = Some(value);
        self
    }
}
/// Input of a deploy job (zadig-deploy).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZadigDeployJobInput {
    /// Name of the job in the workflow.
    pub job_name: String,
    /// Where and what to deploy.
    pub parameters: ZadigDeployJobParameters,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ZadigDeployJobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("job_name", &self.job_name);
        map.entry("parameters", &self.parameters);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ZadigDeployJobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ZadigDeployJobInput {
    const NAME: &'static str = "ZadigDeployJobInput";
    const REQUIRED: &'static [&'static str] = &["job_name", "parameters"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "job_name" => required(map, &mut self.job_name, 0u32),
            "parameters" => required(map, &mut self.parameters, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ZadigDeployJobInput {
    /// Creates a `ZadigDeployJobInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        job_name: impl Into<String>,
        parameters: ZadigDeployJobParameters,
    ) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
            ..Self::default()
        }
    }
}
/// Parameters of a deploy job.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZadigDeployJobParameters {
    /// Environment to deploy to (not needed when fixed or bound to a global variable).
    pub env_name: Option<String>,
    /// Services and images to deploy (not needed when taken from another job).
    pub service_list: Option<Vec<ZadigDeployServiceInput>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ZadigDeployJobParameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("env_name", &self.env_name);
        map.some("service_list", &self.service_list);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ZadigDeployJobParameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ZadigDeployJobParameters {
    const NAME: &'static str = "ZadigDeployJobParameters";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "env_name" => value(map, &mut self.env_name),
            "service_list" => value(map, &mut self.service_list),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ZadigDeployJobParameters {
    /// Creates an empty `ZadigDeployJobParameters`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = Some(value.into());
        self
    }
    /// Sets `service_list` and returns the value, for chaining.
    #[inline]
    pub fn with_service_list(mut self, value: Vec<ZadigDeployServiceInput>) -> Self {
        self.service_list = Some(value);
        self
    }
}
/// One service component and the image to deploy for it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZadigDeployServiceInput {
    /// Name of the service.
    pub service_name: Option<String>,
    /// Name of the service component.
    pub service_module: Option<String>,
    /// Image to deploy.
    pub image_name: Option<String>,
    /// How Helm values are merged (Helm chart services only).
    pub value_merge_strategy: Option<ValueMergeStrategy>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ZadigDeployServiceInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("service_name", &self.service_name);
        map.some("service_module", &self.service_module);
        map.some("image_name", &self.image_name);
        map.some("value_merge_strategy", &self.value_merge_strategy);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ZadigDeployServiceInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ZadigDeployServiceInput {
    const NAME: &'static str = "ZadigDeployServiceInput";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "service_name" => value(map, &mut self.service_name),
            "service_module" => value(map, &mut self.service_module),
            "image_name" => value(map, &mut self.image_name),
            "value_merge_strategy" => value(map, &mut self.value_merge_strategy),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ZadigDeployServiceInput {
    /// Creates an empty `ZadigDeployServiceInput`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `service_module` and returns the value, for chaining.
    pub fn with_service_module(mut self, value: impl Into<String>) -> Self {
        self.service_module = Some(value.into());
        self
    }
    /// Sets `image_name` and returns the value, for chaining.
    pub fn with_image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = Some(value.into());
        self
    }
    /// Sets `value_merge_strategy` and returns the value, for chaining.
    #[inline]
    pub fn with_value_merge_strategy(mut self, value: ValueMergeStrategy) -> Self {
        self.value_merge_strategy = Some(value);
        self
    }
}
/// How a Helm deployment treats the values already in the release.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ValueMergeStrategy::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ValueMergeStrategy {
    /// `reuse-values`: Keep the release's current values and merge the new ones in.
    ReuseValues,
    /// `override`: Replace the release's values.
    Override,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ValueMergeStrategy {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::ReuseValues => "reuse-values",
            Self::Override => "override",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for ValueMergeStrategy {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for ValueMergeStrategy {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "reuse-values" => Self::ReuseValues,
            "override" => Self::Override,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ValueMergeStrategy {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for ValueMergeStrategy {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ValueMergeStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ValueMergeStrategy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ValueMergeStrategy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Input of a Kubernetes deploy job (custom-deploy).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CustomDeployJobInput {
    /// Name of the job in the workflow.
    pub job_name: String,
    /// Containers to update.
    pub parameters: CustomDeployJobParameters,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CustomDeployJobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("job_name", &self.job_name);
        map.entry("parameters", &self.parameters);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CustomDeployJobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CustomDeployJobInput {
    const NAME: &'static str = "CustomDeployJobInput";
    const REQUIRED: &'static [&'static str] = &["job_name", "parameters"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "job_name" => required(map, &mut self.job_name, 0u32),
            "parameters" => required(map, &mut self.parameters, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CustomDeployJobInput {
    /// Creates a `CustomDeployJobInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        job_name: impl Into<String>,
        parameters: CustomDeployJobParameters,
    ) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
            ..Self::default()
        }
    }
}
/// Parameters of a Kubernetes deploy job.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CustomDeployJobParameters {
    /// Containers and their new images (not needed when fixed).
    pub target_list: Option<Vec<CustomDeployTargetInput>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CustomDeployJobParameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("target_list", &self.target_list);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CustomDeployJobParameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CustomDeployJobParameters {
    const NAME: &'static str = "CustomDeployJobParameters";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "target_list" => value(map, &mut self.target_list),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CustomDeployJobParameters {
    /// Creates an empty `CustomDeployJobParameters`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `target_list` and returns the value, for chaining.
    #[inline]
    pub fn with_target_list(mut self, value: Vec<CustomDeployTargetInput>) -> Self {
        self.target_list = Some(value);
        self
    }
}
/// A container of a Kubernetes workload and the image to give it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CustomDeployTargetInput {
    /// Kind of workload, Deployment or StatefulSet.
    pub workload_type: Option<String>,
    /// Name of the workload.
    pub workload_name: Option<String>,
    /// Name of the container.
    pub container_name: Option<String>,
    /// Image to set.
    pub image_name: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CustomDeployTargetInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("workload_type", &self.workload_type);
        map.some("workload_name", &self.workload_name);
        map.some("container_name", &self.container_name);
        map.some("image_name", &self.image_name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CustomDeployTargetInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CustomDeployTargetInput {
    const NAME: &'static str = "CustomDeployTargetInput";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "workload_type" => value(map, &mut self.workload_type),
            "workload_name" => value(map, &mut self.workload_name),
            "container_name" => value(map, &mut self.container_name),
            "image_name" => value(map, &mut self.image_name),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CustomDeployTargetInput {
    /// Creates an empty `CustomDeployTargetInput`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `workload_type` and returns the value, for chaining.
    pub fn with_workload_type(mut self, value: impl Into<String>) -> Self {
        self.workload_type = Some(value.into());
        self
    }
    /// Sets `workload_name` and returns the value, for chaining.
    pub fn with_workload_name(mut self, value: impl Into<String>) -> Self {
        self.workload_name = Some(value.into());
        self
    }
    /// Sets `container_name` and returns the value, for chaining.
    pub fn with_container_name(mut self, value: impl Into<String>) -> Self {
        self.container_name = Some(value.into());
        self
    }
    /// Sets `image_name` and returns the value, for chaining.
    pub fn with_image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = Some(value.into());
        self
    }
}
/// Input of a general job (freestyle).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct FreestyleJobInput {
    /// Name of the job in the workflow.
    pub job_name: String,
    /// Variable values and repositories.
    pub parameters: FreestyleJobParameters,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for FreestyleJobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("job_name", &self.job_name);
        map.entry("parameters", &self.parameters);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for FreestyleJobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for FreestyleJobInput {
    const NAME: &'static str = "FreestyleJobInput";
    const REQUIRED: &'static [&'static str] = &["job_name", "parameters"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "job_name" => required(map, &mut self.job_name, 0u32),
            "parameters" => required(map, &mut self.parameters, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl FreestyleJobInput {
    /// Creates a `FreestyleJobInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(job_name: impl Into<String>, parameters: FreestyleJobParameters) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
            ..Self::default()
        }
    }
}
/// Parameters of a general job: `services` when the job runs per service, `kv` and `repo_info` when it runs once.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct FreestyleJobParameters {
    /// Per-service variables and repositories (multi-service execution).
    pub services: Option<Vec<WorkflowServiceInput>>,
    /// Variable values (single execution).
    pub kv: Option<Vec<crate::types::KeyValue>>,
    /// Repositories to check out (single execution).
    pub repo_info: Option<Vec<WorkflowRepoInput>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for FreestyleJobParameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("services", &self.services);
        map.some("kv", &self.kv);
        map.some("repo_info", &self.repo_info);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for FreestyleJobParameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for FreestyleJobParameters {
    const NAME: &'static str = "FreestyleJobParameters";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "services" => value(map, &mut self.services),
            "kv" => value(map, &mut self.kv),
            "repo_info" => value(map, &mut self.repo_info),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl FreestyleJobParameters {
    /// Creates an empty `FreestyleJobParameters`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `services` and returns the value, for chaining.
    #[inline]
    pub fn with_services(mut self, value: Vec<WorkflowServiceInput>) -> Self {
        self.services = Some(value);
        self
    }
    /// Sets `kv` and returns the value, for chaining.
    #[inline]
    pub fn with_kv(mut self, value: Vec<crate::types::KeyValue>) -> Self {
        self.kv = Some(value);
        self
    }
    /// Sets `repo_info` and returns the value, for chaining.
    #[inline]
    pub fn with_repo_info(mut self, value: Vec<WorkflowRepoInput>) -> Self {
        self.repo_info = Some(value);
        self
    }
}
/// Input of a test job (zadig-test).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZadigTestJobInput {
    /// Name of the job in the workflow.
    pub job_name: String,
    /// Tests to run.
    pub parameters: ZadigTestJobParameters,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ZadigTestJobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("job_name", &self.job_name);
        map.entry("parameters", &self.parameters);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ZadigTestJobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ZadigTestJobInput {
    const NAME: &'static str = "ZadigTestJobInput";
    const REQUIRED: &'static [&'static str] = &["job_name", "parameters"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "job_name" => required(map, &mut self.job_name, 0u32),
            "parameters" => required(map, &mut self.parameters, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ZadigTestJobInput {
    /// Creates a `ZadigTestJobInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(job_name: impl Into<String>, parameters: ZadigTestJobParameters) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
            ..Self::default()
        }
    }
}
/// Parameters of a test job: `service_list` when the job runs per service, `testing_list` otherwise.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZadigTestJobParameters {
    /// Per-service variables and repositories (multi-service execution).
    pub service_list: Option<Vec<WorkflowServiceInput>>,
    /// Tests with their repositories and variables (single execution).
    pub testing_list: Option<Vec<ZadigTestingInput>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ZadigTestJobParameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("service_list", &self.service_list);
        map.some("testing_list", &self.testing_list);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ZadigTestJobParameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ZadigTestJobParameters {
    const NAME: &'static str = "ZadigTestJobParameters";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "service_list" => value(map, &mut self.service_list),
            "testing_list" => value(map, &mut self.testing_list),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ZadigTestJobParameters {
    /// Creates an empty `ZadigTestJobParameters`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `service_list` and returns the value, for chaining.
    #[inline]
    pub fn with_service_list(mut self, value: Vec<WorkflowServiceInput>) -> Self {
        self.service_list = Some(value);
        self
    }
    /// Sets `testing_list` and returns the value, for chaining.
    #[inline]
    pub fn with_testing_list(mut self, value: Vec<ZadigTestingInput>) -> Self {
        self.testing_list = Some(value);
        self
    }
}
/// One test of a test job with its repositories and variable values.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZadigTestingInput {
    /// Name of the test.
    pub testing_name: Option<String>,
    /// Repositories to check out.
    pub repo_info: Option<Vec<WorkflowRepoInput>>,
    /// Variable values (only those not fixed or bound to global variables).
    pub inputs: Option<Vec<crate::types::KeyValue>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ZadigTestingInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("testing_name", &self.testing_name);
        map.some("repo_info", &self.repo_info);
        map.some("inputs", &self.inputs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ZadigTestingInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ZadigTestingInput {
    const NAME: &'static str = "ZadigTestingInput";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "testing_name" => value(map, &mut self.testing_name),
            "repo_info" => value(map, &mut self.repo_info),
            "inputs" => value(map, &mut self.inputs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ZadigTestingInput {
    /// Creates an empty `ZadigTestingInput`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `testing_name` and returns the value, for chaining.
    pub fn with_testing_name(mut self, value: impl Into<String>) -> Self {
        self.testing_name = Some(value.into());
        self
    }
    /// Sets `repo_info` and returns the value, for chaining.
    #[inline]
    pub fn with_repo_info(mut self, value: Vec<WorkflowRepoInput>) -> Self {
        self.repo_info = Some(value);
        self
    }
    /// Sets `inputs` and returns the value, for chaining.
    #[inline]
    pub fn with_inputs(mut self, value: Vec<crate::types::KeyValue>) -> Self {
        self.inputs = Some(value);
        self
    }
}
/// Input of a code scanning job (zadig-scanning).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZadigScanningJobInput {
    /// Name of the job in the workflow.
    pub job_name: String,
    /// Scans to run.
    pub parameters: ZadigScanningJobParameters,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ZadigScanningJobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("job_name", &self.job_name);
        map.entry("parameters", &self.parameters);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ZadigScanningJobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ZadigScanningJobInput {
    const NAME: &'static str = "ZadigScanningJobInput";
    const REQUIRED: &'static [&'static str] = &["job_name", "parameters"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "job_name" => required(map, &mut self.job_name, 0u32),
            "parameters" => required(map, &mut self.parameters, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ZadigScanningJobInput {
    /// Creates a `ZadigScanningJobInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        job_name: impl Into<String>,
        parameters: ZadigScanningJobParameters,
    ) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
            ..Self::default()
        }
    }
}
/// Parameters of a code scanning job: `service_list` when the job runs per service, `scanning_list` otherwise.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZadigScanningJobParameters {
    /// Per-service variables and repositories (multi-service execution).
    pub service_list: Option<Vec<WorkflowServiceInput>>,
    /// Scans with their repositories (single execution).
    pub scanning_list: Option<Vec<ZadigScanningInput>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ZadigScanningJobParameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("service_list", &self.service_list);
        map.some("scanning_list", &self.scanning_list);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ZadigScanningJobParameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ZadigScanningJobParameters {
    const NAME: &'static str = "ZadigScanningJobParameters";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "service_list" => value(map, &mut self.service_list),
            "scanning_list" => value(map, &mut self.scanning_list),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ZadigScanningJobParameters {
    /// Creates an empty `ZadigScanningJobParameters`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `service_list` and returns the value, for chaining.
    #[inline]
    pub fn with_service_list(mut self, value: Vec<WorkflowServiceInput>) -> Self {
        self.service_list = Some(value);
        self
    }
    /// Sets `scanning_list` and returns the value, for chaining.
    #[inline]
    pub fn with_scanning_list(mut self, value: Vec<ZadigScanningInput>) -> Self {
        self.scanning_list = Some(value);
        self
    }
}
/// One code scan of a scanning job with its repositories.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZadigScanningInput {
    /// Name of the code scan.
    pub scanning_name: Option<String>,
    /// Repositories to check out.
    pub repo_info: Option<Vec<WorkflowRepoInput>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ZadigScanningInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("scanning_name", &self.scanning_name);
        map.some("repo_info", &self.repo_info);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ZadigScanningInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ZadigScanningInput {
    const NAME: &'static str = "ZadigScanningInput";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "scanning_name" => value(map, &mut self.scanning_name),
            "repo_info" => value(map, &mut self.repo_info),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ZadigScanningInput {
    /// Creates an empty `ZadigScanningInput`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `scanning_name` and returns the value, for chaining.
    pub fn with_scanning_name(mut self, value: impl Into<String>) -> Self {
        self.scanning_name = Some(value.into());
        self
    }
    /// Sets `repo_info` and returns the value, for chaining.
    #[inline]
    pub fn with_repo_info(mut self, value: Vec<WorkflowRepoInput>) -> Self {
        self.repo_info = Some(value);
        self
    }
}
/// Input of a SQL job (sql).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SqlJobInput {
    /// Name of the job in the workflow.
    pub job_name: String,
    /// Database and statements.
    pub parameters: SqlJobParameters,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for SqlJobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("job_name", &self.job_name);
        map.entry("parameters", &self.parameters);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for SqlJobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for SqlJobInput {
    const NAME: &'static str = "SqlJobInput";
    const REQUIRED: &'static [&'static str] = &["job_name", "parameters"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "job_name" => required(map, &mut self.job_name, 0u32),
            "parameters" => required(map, &mut self.parameters, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl SqlJobInput {
    /// Creates a `SqlJobInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(job_name: impl Into<String>, parameters: SqlJobParameters) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
            ..Self::default()
        }
    }
}
/// Parameters of a SQL job.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SqlJobParameters {
    /// Database to run against.
    pub database_name: Option<String>,
    /// Statements to run.
    pub sql: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for SqlJobParameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("database_name", &self.database_name);
        map.some("sql", &self.sql);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for SqlJobParameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for SqlJobParameters {
    const NAME: &'static str = "SqlJobParameters";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "database_name" => value(map, &mut self.database_name),
            "sql" => value(map, &mut self.sql),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl SqlJobParameters {
    /// Creates an empty `SqlJobParameters`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `database_name` and returns the value, for chaining.
    pub fn with_database_name(mut self, value: impl Into<String>) -> Self {
        self.database_name = Some(value.into());
        self
    }
    /// Sets `sql` and returns the value, for chaining.
    pub fn with_sql(mut self, value: impl Into<String>) -> Self {
        self.sql = Some(value.into());
        self
    }
}
/// Input of a Tapd job (tapd).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TapdJobInput {
    /// Name of the job in the workflow.
    pub job_name: String,
    /// Tapd project, iterations and target status.
    pub parameters: TapdJobParameters,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for TapdJobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("job_name", &self.job_name);
        map.entry("parameters", &self.parameters);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for TapdJobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for TapdJobInput {
    const NAME: &'static str = "TapdJobInput";
    const REQUIRED: &'static [&'static str] = &["job_name", "parameters"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "job_name" => required(map, &mut self.job_name, 0u32),
            "parameters" => required(map, &mut self.parameters, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl TapdJobInput {
    /// Creates a `TapdJobInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(job_name: impl Into<String>, parameters: TapdJobParameters) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
            ..Self::default()
        }
    }
}
/// Parameters of a Tapd job.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TapdJobParameters {
    /// Id of the Tapd project.
    pub project_id: Option<String>,
    /// Name of the Tapd project.
    pub project_name: Option<String>,
    /// Status to set on the iterations (done, open or a custom status).
    pub status: Option<String>,
    /// Ids of the iterations (as in the first Tapd example of the docs).
    pub iteration_ids: Option<Vec<String>>,
    /// Iterations with their names and dates (as in the second Tapd example of the docs).
    pub iterations: Option<Vec<TapdIteration>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for TapdJobParameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("project_id", &self.project_id);
        map.some("project_name", &self.project_name);
        map.some("status", &self.status);
        map.some("iteration_ids", &self.iteration_ids);
        map.some("iterations", &self.iterations);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for TapdJobParameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for TapdJobParameters {
    const NAME: &'static str = "TapdJobParameters";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "project_id" => value(map, &mut self.project_id),
            "project_name" => value(map, &mut self.project_name),
            "status" => value(map, &mut self.status),
            "iteration_ids" => value(map, &mut self.iteration_ids),
            "iterations" => value(map, &mut self.iterations),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl TapdJobParameters {
    /// Creates an empty `TapdJobParameters`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `project_id` and returns the value, for chaining.
    pub fn with_project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = Some(value.into());
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `iteration_ids` and returns the value, for chaining.
    #[inline]
    pub fn with_iteration_ids(mut self, value: Vec<String>) -> Self {
        self.iteration_ids = Some(value);
        self
    }
    /// Sets `iterations` and returns the value, for chaining.
    #[inline]
    pub fn with_iterations(mut self, value: Vec<TapdIteration>) -> Self {
        self.iterations = Some(value);
        self
    }
}
/// A Tapd iteration.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TapdIteration {
    /// Id of the iteration.
    pub iteration_id: Option<String>,
    /// Name of the iteration.
    pub iteration_name: Option<String>,
    /// First day of the iteration (YYYY-MM-DD).
    pub start_date: Option<String>,
    /// Last day of the iteration (YYYY-MM-DD).
    pub end_date: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for TapdIteration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("iteration_id", &self.iteration_id);
        map.some("iteration_name", &self.iteration_name);
        map.some("start_date", &self.start_date);
        map.some("end_date", &self.end_date);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for TapdIteration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for TapdIteration {
    const NAME: &'static str = "TapdIteration";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "iteration_id" => value(map, &mut self.iteration_id),
            "iteration_name" => value(map, &mut self.iteration_name),
            "start_date" => value(map, &mut self.start_date),
            "end_date" => value(map, &mut self.end_date),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl TapdIteration {
    /// Creates an empty `TapdIteration`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `iteration_id` and returns the value, for chaining.
    pub fn with_iteration_id(mut self, value: impl Into<String>) -> Self {
        self.iteration_id = Some(value.into());
        self
    }
    /// Sets `iteration_name` and returns the value, for chaining.
    pub fn with_iteration_name(mut self, value: impl Into<String>) -> Self {
        self.iteration_name = Some(value.into());
        self
    }
    /// Sets `start_date` and returns the value, for chaining.
    pub fn with_start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets `end_date` and returns the value, for chaining.
    pub fn with_end_date(mut self, value: impl Into<String>) -> Self {
        self.end_date = Some(value.into());
        self
    }
}
/// Input of an approval job (approval); it takes no parameters.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApprovalJobInput {
    /// Name of the job in the workflow.
    pub job_name: String,
    /// Always empty; the approval uses the workflow's settings.
    pub parameters: ApprovalJobParameters,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ApprovalJobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("job_name", &self.job_name);
        map.entry("parameters", &self.parameters);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ApprovalJobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ApprovalJobInput {
    const NAME: &'static str = "ApprovalJobInput";
    const REQUIRED: &'static [&'static str] = &["job_name", "parameters"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "job_name" => required(map, &mut self.job_name, 0u32),
            "parameters" => required(map, &mut self.parameters, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ApprovalJobInput {
    /// Creates a `ApprovalJobInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(job_name: impl Into<String>, parameters: ApprovalJobParameters) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
            ..Self::default()
        }
    }
}
/// Parameters of an approval job; there are none, send an empty object.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApprovalJobParameters {
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ApprovalJobParameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::model::Writer::new(serializer)?.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ApprovalJobParameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ApprovalJobParameters {
    const NAME: &'static str = "ApprovalJobParameters";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        let _ = (key, map);
        Ok(crate::runtime::model::Slot::Unknown)
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ApprovalJobParameters {
    /// Creates an empty `ApprovalJobParameters`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Input of a custom plugin job (plugin).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PluginJobInput {
    /// Name of the job in the workflow.
    pub job_name: String,
    /// Plugin variable values.
    pub parameters: PluginJobParameters,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for PluginJobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("job_name", &self.job_name);
        map.entry("parameters", &self.parameters);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for PluginJobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for PluginJobInput {
    const NAME: &'static str = "PluginJobInput";
    const REQUIRED: &'static [&'static str] = &["job_name", "parameters"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "job_name" => required(map, &mut self.job_name, 0u32),
            "parameters" => required(map, &mut self.parameters, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl PluginJobInput {
    /// Creates a `PluginJobInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(job_name: impl Into<String>, parameters: PluginJobParameters) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
            ..Self::default()
        }
    }
}
/// Parameters of a custom plugin job.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PluginJobParameters {
    /// Values of the plugin's inputs.
    pub kv: Option<Vec<crate::types::KeyValue>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for PluginJobParameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("kv", &self.kv);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for PluginJobParameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for PluginJobParameters {
    const NAME: &'static str = "PluginJobParameters";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "kv" => value(map, &mut self.kv),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl PluginJobParameters {
    /// Creates an empty `PluginJobParameters`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `kv` and returns the value, for chaining.
    #[inline]
    pub fn with_kv(mut self, value: Vec<crate::types::KeyValue>) -> Self {
        self.kv = Some(value);
        self
    }
}
/// Per-run settings for one of the workflow's notifications. `type` names the channel, and the matching `*_notification_config` field carries its settings.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NotifyInput {
    /// Position of the notification in the workflow's settings, from 0.
    pub id: i64,
    /// Channel of the notification.
    pub r#type: NotifyWebHookType,
    /// Whether the notification is sent for this run.
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub enabled: Option<bool>,
    /// Settings for a Feishu custom bot (type feishu).
    pub lark_hook_notification_config: Option<LarkHookNotificationConfig>,
    /// Settings for a Feishu group through an app (type feishu_app).
    pub lark_group_notification_config: Option<LarkGroupNotificationConfig>,
    /// Settings for Feishu direct messages (type feishu_person).
    pub lark_person_notification_config: Option<LarkPersonNotificationConfig>,
    /// Settings for DingTalk (type dingding).
    pub dingding_notification_config: Option<DingdingNotificationConfig>,
    /// Settings for WeChat Work (type wechat).
    pub wechat_notification_config: Option<WechatNotificationConfig>,
    /// Settings for Microsoft Teams (type msteams).
    pub msteams_notification_config: Option<MsTeamsNotificationConfig>,
    /// Settings for e-mail (type mail).
    pub mail_notification_config: Option<MailNotificationConfig>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for NotifyInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("id", &self.id);
        map.entry("type", &self.r#type);
        map.some("enabled", &self.enabled);
        map.some("lark_hook_notification_config", &self.lark_hook_notification_config);
        map.some("lark_group_notification_config", &self.lark_group_notification_config);
        map.some(
            "lark_person_notification_config",
            &self.lark_person_notification_config,
        );
        map.some("dingding_notification_config", &self.dingding_notification_config);
        map.some("wechat_notification_config", &self.wechat_notification_config);
        map.some("msteams_notification_config", &self.msteams_notification_config);
        map.some("mail_notification_config", &self.mail_notification_config);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for NotifyInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for NotifyInput {
    const NAME: &'static str = "NotifyInput";
    const REQUIRED: &'static [&'static str] = &["id", "type"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, value};
        match key {
            "id" => required(map, &mut self.id, 0u32),
            "type" => required(map, &mut self.r#type, 1u32),
            "enabled" => value(map, &mut self.enabled),
            "lark_hook_notification_config" => {
                value(map, &mut self.lark_hook_notification_config)
            }
            "lark_group_notification_config" => {
                value(map, &mut self.lark_group_notification_config)
            }
            "lark_person_notification_config" => {
                value(map, &mut self.lark_person_notification_config)
            }
            "dingding_notification_config" => {
                value(map, &mut self.dingding_notification_config)
            }
            "wechat_notification_config" => {
                value(map, &mut self.wechat_notification_config)
            }
            "msteams_notification_config" => {
                value(map, &mut self.msteams_notification_config)
            }
            "mail_notification_config" => value(map, &mut self.mail_notification_config),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl NotifyInput {
    /// Creates a `NotifyInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(id: i64, r#type: NotifyWebHookType) -> Self {
        Self {
            id,
            r#type,
            ..Self::default()
        }
    }
    /// Sets `enabled` and returns the value, for chaining.
    #[inline]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }
    /// Sets `lark_hook_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_lark_hook_notification_config(
        mut self,
        value: LarkHookNotificationConfig,
    ) -> Self {
        self.lark_hook_notification_config = Some(value);
        self
    }
    /// Sets `lark_group_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_lark_group_notification_config(
        mut self,
        value: LarkGroupNotificationConfig,
    ) -> Self {
        self.lark_group_notification_config = Some(value);
        self
    }
    /// Sets `lark_person_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_lark_person_notification_config(
        mut self,
        value: LarkPersonNotificationConfig,
    ) -> Self {
        self.lark_person_notification_config = Some(value);
        self
    }
    /// Sets `dingding_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_dingding_notification_config(
        mut self,
        value: DingdingNotificationConfig,
    ) -> Self {
        self.dingding_notification_config = Some(value);
        self
    }
    /// Sets `wechat_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_wechat_notification_config(
        mut self,
        value: WechatNotificationConfig,
    ) -> Self {
        self.wechat_notification_config = Some(value);
        self
    }
    /// Sets `msteams_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_msteams_notification_config(
        mut self,
        value: MsTeamsNotificationConfig,
    ) -> Self {
        self.msteams_notification_config = Some(value);
        self
    }
    /// Sets `mail_notification_config` and returns the value, for chaining.
    #[inline]
    pub fn with_mail_notification_config(
        mut self,
        value: MailNotificationConfig,
    ) -> Self {
        self.mail_notification_config = Some(value);
        self
    }
}
/// Mentions for a Feishu custom-bot message.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkHookNotificationConfig {
    /// Feishu user ids (of id type user_id) to mention.
    pub at_users: Vec<String>,
    /// Recipients given through workflow variables, resolved when the notification is sent.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub dynamic_recipients: Vec<String>,
    /// Whether to mention everyone.
    pub is_at_all: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkHookNotificationConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("at_users", &self.at_users);
        map.entry("dynamic_recipients", &self.dynamic_recipients);
        map.entry("is_at_all", &self.is_at_all);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkHookNotificationConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkHookNotificationConfig {
    const NAME: &'static str = "LarkHookNotificationConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "at_users" => or_default(map, &mut self.at_users),
            "dynamic_recipients" => or_default(map, &mut self.dynamic_recipients),
            "is_at_all" => or_default(map, &mut self.is_at_all),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkHookNotificationConfig {
    /// Creates an empty `LarkHookNotificationConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `at_users` and returns the value, for chaining.
    #[inline]
    pub fn with_at_users(mut self, value: Vec<String>) -> Self {
        self.at_users = value;
        self
    }
    /// Sets `dynamic_recipients` and returns the value, for chaining.
    #[inline]
    pub fn with_dynamic_recipients(mut self, value: Vec<String>) -> Self {
        self.dynamic_recipients = value;
        self
    }
    /// Sets `is_at_all` and returns the value, for chaining.
    #[inline]
    pub fn with_is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = value;
        self
    }
}
/// Target group and mentions for a Feishu app message.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkGroupNotificationConfig {
    /// Id of the Feishu group chat.
    pub chat_id: String,
    /// Users to mention.
    pub at_users: Vec<LarkUserRef>,
    /// Recipients given through workflow variables, resolved when the notification is sent.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub dynamic_recipients: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkGroupNotificationConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("chat_id", &self.chat_id);
        map.entry("at_users", &self.at_users);
        map.entry("dynamic_recipients", &self.dynamic_recipients);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkGroupNotificationConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkGroupNotificationConfig {
    const NAME: &'static str = "LarkGroupNotificationConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "chat_id" => or_default(map, &mut self.chat_id),
            "at_users" => or_default(map, &mut self.at_users),
            "dynamic_recipients" => or_default(map, &mut self.dynamic_recipients),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkGroupNotificationConfig {
    /// Creates an empty `LarkGroupNotificationConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `chat_id` and returns the value, for chaining.
    pub fn with_chat_id(mut self, value: impl Into<String>) -> Self {
        self.chat_id = value.into();
        self
    }
    /// Sets `at_users` and returns the value, for chaining.
    #[inline]
    pub fn with_at_users(mut self, value: Vec<LarkUserRef>) -> Self {
        self.at_users = value;
        self
    }
    /// Sets `dynamic_recipients` and returns the value, for chaining.
    #[inline]
    pub fn with_dynamic_recipients(mut self, value: Vec<String>) -> Self {
        self.dynamic_recipients = value;
        self
    }
}
/// A Feishu user named by an id of a given kind.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkUserRef {
    /// The user's id.
    pub id: String,
    /// Kind of id, user_id or open_id.
    pub id_type: String,
    /// Stands for whoever runs the workflow instead of a fixed user.
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub is_executor: Option<bool>,
    /// Stands for whoever runs the stage instead of a fixed user.
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub is_stage_executor: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkUserRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("id", &self.id);
        map.entry("id_type", &self.id_type);
        map.some("is_executor", &self.is_executor);
        map.some("is_stage_executor", &self.is_stage_executor);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkUserRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkUserRef {
    const NAME: &'static str = "LarkUserRef";
    const REQUIRED: &'static [&'static str] = &["id"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "id" => required(map, &mut self.id, 0u32),
            "id_type" => or_default(map, &mut self.id_type),
            "is_executor" => value(map, &mut self.is_executor),
            "is_stage_executor" => value(map, &mut self.is_stage_executor),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkUserRef {
    /// Creates a `LarkUserRef` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            ..Self::default()
        }
    }
    /// Sets `id_type` and returns the value, for chaining.
    pub fn with_id_type(mut self, value: impl Into<String>) -> Self {
        self.id_type = value.into();
        self
    }
    /// Sets `is_executor` and returns the value, for chaining.
    #[inline]
    pub fn with_is_executor(mut self, value: bool) -> Self {
        self.is_executor = Some(value);
        self
    }
    /// Sets `is_stage_executor` and returns the value, for chaining.
    #[inline]
    pub fn with_is_stage_executor(mut self, value: bool) -> Self {
        self.is_stage_executor = Some(value);
        self
    }
}
/// Recipients of Feishu direct messages.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkPersonNotificationConfig {
    /// Users to message.
    pub users: Vec<LarkUserRef>,
    /// Recipients given through workflow variables, resolved when the notification is sent.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub dynamic_recipients: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkPersonNotificationConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("users", &self.users);
        map.entry("dynamic_recipients", &self.dynamic_recipients);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkPersonNotificationConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkPersonNotificationConfig {
    const NAME: &'static str = "LarkPersonNotificationConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "users" => or_default(map, &mut self.users),
            "dynamic_recipients" => or_default(map, &mut self.dynamic_recipients),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkPersonNotificationConfig {
    /// Creates an empty `LarkPersonNotificationConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `users` and returns the value, for chaining.
    #[inline]
    pub fn with_users(mut self, value: Vec<LarkUserRef>) -> Self {
        self.users = value;
        self
    }
    /// Sets `dynamic_recipients` and returns the value, for chaining.
    #[inline]
    pub fn with_dynamic_recipients(mut self, value: Vec<String>) -> Self {
        self.dynamic_recipients = value;
        self
    }
}
/// Mentions for a WeChat Work message.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WechatNotificationConfig {
    /// WeChat Work user ids to mention.
    pub at_users: Vec<String>,
    /// Whether to mention everyone.
    pub is_at_all: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WechatNotificationConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("at_users", &self.at_users);
        map.entry("is_at_all", &self.is_at_all);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WechatNotificationConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WechatNotificationConfig {
    const NAME: &'static str = "WechatNotificationConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "at_users" => or_default(map, &mut self.at_users),
            "is_at_all" => or_default(map, &mut self.is_at_all),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WechatNotificationConfig {
    /// Creates an empty `WechatNotificationConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `at_users` and returns the value, for chaining.
    #[inline]
    pub fn with_at_users(mut self, value: Vec<String>) -> Self {
        self.at_users = value;
        self
    }
    /// Sets `is_at_all` and returns the value, for chaining.
    #[inline]
    pub fn with_is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = value;
        self
    }
}
/// Mentions for a DingTalk message.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DingdingNotificationConfig {
    /// Mobile numbers of the users to mention.
    pub at_mobiles: Vec<String>,
    /// Recipients given through workflow variables, resolved when the notification is sent.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub dynamic_recipients: Vec<String>,
    /// Whether to mention everyone.
    pub is_at_all: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DingdingNotificationConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("at_mobiles", &self.at_mobiles);
        map.entry("dynamic_recipients", &self.dynamic_recipients);
        map.entry("is_at_all", &self.is_at_all);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DingdingNotificationConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DingdingNotificationConfig {
    const NAME: &'static str = "DingdingNotificationConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "at_mobiles" => or_default(map, &mut self.at_mobiles),
            "dynamic_recipients" => or_default(map, &mut self.dynamic_recipients),
            "is_at_all" => or_default(map, &mut self.is_at_all),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DingdingNotificationConfig {
    /// Creates an empty `DingdingNotificationConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `at_mobiles` and returns the value, for chaining.
    #[inline]
    pub fn with_at_mobiles(mut self, value: Vec<String>) -> Self {
        self.at_mobiles = value;
        self
    }
    /// Sets `dynamic_recipients` and returns the value, for chaining.
    #[inline]
    pub fn with_dynamic_recipients(mut self, value: Vec<String>) -> Self {
        self.dynamic_recipients = value;
        self
    }
    /// Sets `is_at_all` and returns the value, for chaining.
    #[inline]
    pub fn with_is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = value;
        self
    }
}
/// Mentions for a Microsoft Teams message.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MsTeamsNotificationConfig {
    /// E-mail addresses of the users to mention.
    pub at_emails: Vec<String>,
    /// Recipients given through workflow variables, resolved when the notification is sent.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub dynamic_recipients: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for MsTeamsNotificationConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("at_emails", &self.at_emails);
        map.entry("dynamic_recipients", &self.dynamic_recipients);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for MsTeamsNotificationConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for MsTeamsNotificationConfig {
    const NAME: &'static str = "MsTeamsNotificationConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "at_emails" => or_default(map, &mut self.at_emails),
            "dynamic_recipients" => or_default(map, &mut self.dynamic_recipients),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl MsTeamsNotificationConfig {
    /// Creates an empty `MsTeamsNotificationConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `at_emails` and returns the value, for chaining.
    #[inline]
    pub fn with_at_emails(mut self, value: Vec<String>) -> Self {
        self.at_emails = value;
        self
    }
    /// Sets `dynamic_recipients` and returns the value, for chaining.
    #[inline]
    pub fn with_dynamic_recipients(mut self, value: Vec<String>) -> Self {
        self.dynamic_recipients = value;
        self
    }
}
/// Recipients of an e-mail notification.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MailNotificationConfig {
    /// Zadig user ids of the recipients.
    pub user_ids: Vec<String>,
    /// Zadig users or user groups who receive the mail.
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub users: Vec<crate::types::ApprovalUser>,
    /// Recipients given through workflow variables, resolved when the notification is sent.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub dynamic_recipients: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for MailNotificationConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("user_ids", &self.user_ids);
        map.entry("users", &self.users);
        map.entry("dynamic_recipients", &self.dynamic_recipients);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for MailNotificationConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for MailNotificationConfig {
    const NAME: &'static str = "MailNotificationConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "user_ids" => or_default(map, &mut self.user_ids),
            "users" => or_default(map, &mut self.users),
            "dynamic_recipients" => or_default(map, &mut self.dynamic_recipients),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl MailNotificationConfig {
    /// Creates an empty `MailNotificationConfig`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `user_ids` and returns the value, for chaining.
    #[inline]
    pub fn with_user_ids(mut self, value: Vec<String>) -> Self {
        self.user_ids = value;
        self
    }
    /// Sets `users` and returns the value, for chaining.
    #[inline]
    pub fn with_users(mut self, value: Vec<crate::types::ApprovalUser>) -> Self {
        self.users = value;
        self
    }
    /// Sets `dynamic_recipients` and returns the value, for chaining.
    #[inline]
    pub fn with_dynamic_recipients(mut self, value: Vec<String>) -> Self {
        self.dynamic_recipients = value;
        self
    }
}
/// The run that was started.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ExecuteWorkflowResponse {
    /// Identifier of the project.
    pub project_name: String,
    /// Identifier of the workflow.
    pub workflow_name: String,
    /// Number of the new run within its workflow.
    pub task_id: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ExecuteWorkflowResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_name", &self.project_name);
        map.entry("workflow_name", &self.workflow_name);
        map.entry("task_id", &self.task_id);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ExecuteWorkflowResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ExecuteWorkflowResponse {
    const NAME: &'static str = "ExecuteWorkflowResponse";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "project_name" => or_default(map, &mut self.project_name),
            "workflow_name" => or_default(map, &mut self.workflow_name),
            "task_id" => or_default(map, &mut self.task_id),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ExecuteWorkflowResponse {
    /// Creates an empty `ExecuteWorkflowResponse`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A decision on a stage that waits for a Zadig approval.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApproveWorkflowTaskRequest {
    /// Number of the run within its workflow.
    pub task_id: i64,
    /// Identifier of the workflow.
    pub workflow_key: String,
    /// Stage waiting for approval.
    pub stage_name: String,
    /// True to approve, false (the default) to reject.
    pub approve: bool,
    /// Comment recorded with the decision.
    pub comment: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ApproveWorkflowTaskRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("task_id", &self.task_id);
        map.entry("workflow_key", &self.workflow_key);
        map.entry("stage_name", &self.stage_name);
        map.entry("approve", &self.approve);
        map.entry("comment", &self.comment);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ApproveWorkflowTaskRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ApproveWorkflowTaskRequest {
    const NAME: &'static str = "ApproveWorkflowTaskRequest";
    const REQUIRED: &'static [&'static str] = &["task_id", "workflow_key", "stage_name"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "task_id" => required(map, &mut self.task_id, 0u32),
            "workflow_key" => required(map, &mut self.workflow_key, 1u32),
            "stage_name" => required(map, &mut self.stage_name, 2u32),
            "approve" => or_default(map, &mut self.approve),
            "comment" => or_default(map, &mut self.comment),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ApproveWorkflowTaskRequest {
    /// Creates a `ApproveWorkflowTaskRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        task_id: i64,
        workflow_key: impl Into<String>,
        stage_name: impl Into<String>,
    ) -> Self {
        Self {
            task_id,
            workflow_key: workflow_key.into(),
            stage_name: stage_name.into(),
            ..Self::default()
        }
    }
    /// Sets `approve` and returns the value, for chaining.
    #[inline]
    pub fn with_approve(mut self, value: bool) -> Self {
        self.approve = value;
        self
    }
    /// Sets `comment` and returns the value, for chaining.
    pub fn with_comment(mut self, value: impl Into<String>) -> Self {
        self.comment = value.into();
        self
    }
}
/// The new remark of a workflow run.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateWorkflowTaskRemarkRequest {
    /// Free-text note to store on the run; an empty string clears it.
    pub remark: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for UpdateWorkflowTaskRemarkRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("remark", &self.remark);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for UpdateWorkflowTaskRemarkRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for UpdateWorkflowTaskRemarkRequest {
    const NAME: &'static str = "UpdateWorkflowTaskRemarkRequest";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "remark" => or_default(map, &mut self.remark),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl UpdateWorkflowTaskRemarkRequest {
    /// Creates an empty `UpdateWorkflowTaskRemarkRequest`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `remark` and returns the value, for chaining.
    pub fn with_remark(mut self, value: impl Into<String>) -> Self {
        self.remark = value.into();
        self
    }
}
/// Whether a run waits for a manually started stage, and who may start it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowTaskManualExecContext {
    /// Identifier of the project.
    pub project_key: String,
    /// Identifier of the workflow.
    pub workflow_key: String,
    /// Number of the run within its workflow.
    pub task_id: i64,
    /// State of the run.
    pub status: crate::types::WorkflowTaskStatus,
    /// Stage that waits to be started by hand; empty when none does.
    pub stage_name: String,
    /// Whether the caller may start that stage.
    pub can_execute: bool,
    /// Users and user groups allowed to start the stage.
    pub executors: Vec<ManualExecExecutor>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowTaskManualExecContext {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("workflow_key", &self.workflow_key);
        map.entry("task_id", &self.task_id);
        map.entry("status", &self.status);
        map.entry("stage_name", &self.stage_name);
        map.entry("can_execute", &self.can_execute);
        map.entry("executors", &self.executors);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowTaskManualExecContext {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowTaskManualExecContext {
    const NAME: &'static str = "WorkflowTaskManualExecContext";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "project_key" => or_default(map, &mut self.project_key),
            "workflow_key" => or_default(map, &mut self.workflow_key),
            "task_id" => or_default(map, &mut self.task_id),
            "status" => or_default(map, &mut self.status),
            "stage_name" => or_default(map, &mut self.stage_name),
            "can_execute" => or_default(map, &mut self.can_execute),
            "executors" => or_default(map, &mut self.executors),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowTaskManualExecContext {
    /// Creates an empty `WorkflowTaskManualExecContext`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A user or user group allowed to start a manual stage.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ManualExecExecutor {
    /// Whether the entry is a single user or a user group (`user` or `group`).
    pub r#type: String,
    /// Zadig user id, for a user entry.
    pub user_id: Option<String>,
    /// Zadig user name, for a user entry.
    pub user_name: Option<String>,
    /// Zadig user group id, for a group entry.
    pub group_id: Option<String>,
    /// Zadig user group name, for a group entry.
    pub group_name: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ManualExecExecutor {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("type", &self.r#type);
        map.some("user_id", &self.user_id);
        map.some("user_name", &self.user_name);
        map.some("group_id", &self.group_id);
        map.some("group_name", &self.group_name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ManualExecExecutor {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ManualExecExecutor {
    const NAME: &'static str = "ManualExecExecutor";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "type" => or_default(map, &mut self.r#type),
            "user_id" => value(map, &mut self.user_id),
            "user_name" => value(map, &mut self.user_name),
            "group_id" => value(map, &mut self.group_id),
            "group_name" => value(map, &mut self.group_name),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ManualExecExecutor {
    /// Creates an empty `ManualExecExecutor`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Which manually started stage of a run to start.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ManualExecWorkflowTaskRequest {
    /// Name of the stage to start; the server rejects an empty name.
    pub stage_name: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ManualExecWorkflowTaskRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("stage_name", &self.stage_name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ManualExecWorkflowTaskRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ManualExecWorkflowTaskRequest {
    const NAME: &'static str = "ManualExecWorkflowTaskRequest";
    const REQUIRED: &'static [&'static str] = &["stage_name"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "stage_name" => required(map, &mut self.stage_name, 0u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ManualExecWorkflowTaskRequest {
    /// Creates a `ManualExecWorkflowTaskRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(stage_name: impl Into<String>) -> Self {
        Self {
            stage_name: stage_name.into(),
            ..Self::default()
        }
    }
}
/// A custom workflow definition, as sent to create or update a workflow. The server reads the body as YAML, by the definition's yaml names: what it does not read there (the database id, debug mode, triggers, the triggering event, run notes, UI columns) is not part of it. Fields such as `created_by` or `hash` are filled in by Zadig and can be left out.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowDefinition {
    /// Identifier of the workflow.
    pub name: String,
    /// Display name of the workflow.
    pub display_name: String,
    /// Workflow template the workflow was created from, if any.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub template_name: Option<String>,
    /// Whether the workflow is switched off.
    pub disabled: bool,
    /// Category of the workflow.
    pub category: WorkflowCategory,
    /// Global variables of the workflow.
    pub params: Vec<WorkflowParam>,
    /// Stages, run one after another.
    pub stages: Vec<WorkflowStage>,
    /// Identifier of the project.
    pub project: String,
    /// Free-text description.
    pub description: String,
    /// User who created the workflow.
    pub created_by: String,
    /// When the workflow was created (Unix seconds).
    pub create_time: i64,
    /// User who changed the workflow last.
    pub updated_by: String,
    /// When the workflow was last changed (Unix seconds).
    pub update_time: i64,
    /// Notification settings.
    pub notify_ctls: Vec<WorkflowNotifyCtl>,
    /// Whether a remark must be given when starting a run.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub remark_required: bool,
    /// Whether runs ignore build caches.
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub ignore_cache: Option<bool>,
    /// Volumes shared between the jobs of a run.
    pub share_storages: Vec<WorkflowShareStorage>,
    /// Fingerprint of the stored definition, used to detect concurrent edits.
    pub hash: String,
    /// How many runs may execute at once (-1 unlimited, 0 none).
    pub concurrency_limit: i64,
    /// Whether runs must be authorised by a pre-approval ticket.
    pub enable_approval_ticket: bool,
    /// Pre-approval ticket a run uses, when it belongs to a run.
    pub approval_ticket_id: String,
    /// Link to the workflow template the workflow follows, if any.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub template_binding: Option<WorkflowTemplateBinding>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowDefinition {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("display_name", &self.display_name);
        map.some("template_name", &self.template_name);
        map.entry("disabled", &self.disabled);
        map.entry("category", &self.category);
        map.entry("params", &self.params);
        map.entry("stages", &self.stages);
        map.entry("project", &self.project);
        map.entry("description", &self.description);
        map.entry("created_by", &self.created_by);
        map.entry("create_time", &self.create_time);
        map.entry("updated_by", &self.updated_by);
        map.entry("update_time", &self.update_time);
        map.entry("notify_ctls", &self.notify_ctls);
        map.entry("remark_required", &self.remark_required);
        map.some("ignore_cache", &self.ignore_cache);
        map.entry("share_storages", &self.share_storages);
        map.entry("hash", &self.hash);
        map.entry("concurrency_limit", &self.concurrency_limit);
        map.entry("enable_approval_ticket", &self.enable_approval_ticket);
        map.entry("approval_ticket_id", &self.approval_ticket_id);
        map.some("template_binding", &self.template_binding);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowDefinition {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowDefinition {
    const NAME: &'static str = "WorkflowDefinition";
    const REQUIRED: &'static [&'static str] = &[
        "name",
        "display_name",
        "project",
        "concurrency_limit",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "name" => required(map, &mut self.name, 0u32),
            "display_name" => required(map, &mut self.display_name, 1u32),
            "template_name" => value(map, &mut self.template_name),
            "disabled" => or_default(map, &mut self.disabled),
            "category" => or_default(map, &mut self.category),
            "params" => or_default(map, &mut self.params),
            "stages" => or_default(map, &mut self.stages),
            "project" => required(map, &mut self.project, 2u32),
            "description" => or_default(map, &mut self.description),
            "created_by" => or_default(map, &mut self.created_by),
            "create_time" => or_default(map, &mut self.create_time),
            "updated_by" => or_default(map, &mut self.updated_by),
            "update_time" => or_default(map, &mut self.update_time),
            "notify_ctls" => or_default(map, &mut self.notify_ctls),
            "remark_required" => or_default(map, &mut self.remark_required),
            "ignore_cache" => value(map, &mut self.ignore_cache),
            "share_storages" => or_default(map, &mut self.share_storages),
            "hash" => or_default(map, &mut self.hash),
            "concurrency_limit" => required(map, &mut self.concurrency_limit, 3u32),
            "enable_approval_ticket" => or_default(map, &mut self.enable_approval_ticket),
            "approval_ticket_id" => or_default(map, &mut self.approval_ticket_id),
            "template_binding" => value(map, &mut self.template_binding),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowDefinition {
    /// Creates a `WorkflowDefinition` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        display_name: impl Into<String>,
        project: impl Into<String>,
        concurrency_limit: i64,
    ) -> Self {
        Self {
            name: name.into(),
            display_name: display_name.into(),
            project: project.into(),
            concurrency_limit,
            ..Self::default()
        }
    }
    /// Sets `template_name` and returns the value, for chaining.
    pub fn with_template_name(mut self, value: impl Into<String>) -> Self {
        self.template_name = Some(value.into());
        self
    }
    /// Sets `disabled` and returns the value, for chaining.
    #[inline]
    pub fn with_disabled(mut self, value: bool) -> Self {
        self.disabled = value;
        self
    }
    /// Sets `category` and returns the value, for chaining.
    #[inline]
    pub fn with_category(mut self, value: WorkflowCategory) -> Self {
        self.category = value;
        self
    }
    /// Sets `params` and returns the value, for chaining.
    #[inline]
    pub fn with_params(mut self, value: Vec<WorkflowParam>) -> Self {
        self.params = value;
        self
    }
    /// Sets `stages` and returns the value, for chaining.
    #[inline]
    pub fn with_stages(mut self, value: Vec<WorkflowStage>) -> Self {
        self.stages = value;
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `created_by` and returns the value, for chaining.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = value.into();
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    #[inline]
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = value;
        self
    }
    /// Sets `updated_by` and returns the value, for chaining.
    pub fn with_updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = value.into();
        self
    }
    /// Sets `update_time` and returns the value, for chaining.
    #[inline]
    pub fn with_update_time(mut self, value: i64) -> Self {
        self.update_time = value;
        self
    }
    /// Sets `notify_ctls` and returns the value, for chaining.
    #[inline]
    pub fn with_notify_ctls(mut self, value: Vec<WorkflowNotifyCtl>) -> Self {
        self.notify_ctls = value;
        self
    }
    /// Sets `remark_required` and returns the value, for chaining.
    #[inline]
    pub fn with_remark_required(mut self, value: bool) -> Self {
        self.remark_required = value;
        self
    }
    /// Sets `ignore_cache` and returns the value, for chaining.
    #[inline]
    pub fn with_ignore_cache(mut self, value: bool) -> Self {
        self.ignore_cache = Some(value);
        self
    }
    /// Sets `share_storages` and returns the value, for chaining.
    #[inline]
    pub fn with_share_storages(mut self, value: Vec<WorkflowShareStorage>) -> Self {
        self.share_storages = value;
        self
    }
    /// Sets `hash` and returns the value, for chaining.
    pub fn with_hash(mut self, value: impl Into<String>) -> Self {
        self.hash = value.into();
        self
    }
    /// Sets `enable_approval_ticket` and returns the value, for chaining.
    #[inline]
    pub fn with_enable_approval_ticket(mut self, value: bool) -> Self {
        self.enable_approval_ticket = value;
        self
    }
    /// Sets `approval_ticket_id` and returns the value, for chaining.
    pub fn with_approval_ticket_id(mut self, value: impl Into<String>) -> Self {
        self.approval_ticket_id = value.into();
        self
    }
    /// Sets `template_binding` and returns the value, for chaining.
    #[inline]
    pub fn with_template_binding(mut self, value: WorkflowTemplateBinding) -> Self {
        self.template_binding = Some(value);
        self
    }
}
/// Category of a custom workflow.
///
/// The set of values is open: a value this version does not know decodes to
/// [`WorkflowCategory::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkflowCategory {
    /// ``: An ordinary workflow.
    General,
    /// `release`: A release workflow.
    Release,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl WorkflowCategory {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::General => "",
            Self::Release => "release",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for WorkflowCategory {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for WorkflowCategory {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "" => Self::General,
            "release" => Self::Release,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for WorkflowCategory {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for WorkflowCategory {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for WorkflowCategory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for WorkflowCategory {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for WorkflowCategory {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// How a workflow follows a workflow template, with its local changes as patches.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowTemplateBinding {
    /// Whether the workflow follows the template.
    pub enabled: bool,
    /// Id of the template.
    pub template_id: String,
    /// Name of the template.
    pub template_name: String,
    /// Version of the template the workflow is based on.
    pub base_version: i64,
    /// Id of that template version.
    pub base_version_id: String,
    /// The workflow's own changes on top of the template, as JSON Patch operations.
    pub delta_patches: Vec<WorkflowTemplatePatch>,
    /// How many of those changes conflict with the template's current version.
    pub conflict_count: i64,
    /// Changes that could not be applied, with the reason.
    pub invalid_patches: Option<Vec<WorkflowTemplateInvalidPatch>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowTemplateBinding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("enabled", &self.enabled);
        map.entry("template_id", &self.template_id);
        map.entry("template_name", &self.template_name);
        map.entry("base_version", &self.base_version);
        map.entry("base_version_id", &self.base_version_id);
        map.entry("delta_patches", &self.delta_patches);
        map.entry("conflict_count", &self.conflict_count);
        map.some("invalid_patches", &self.invalid_patches);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowTemplateBinding {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowTemplateBinding {
    const NAME: &'static str = "WorkflowTemplateBinding";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "enabled" => or_default(map, &mut self.enabled),
            "template_id" => or_default(map, &mut self.template_id),
            "template_name" => or_default(map, &mut self.template_name),
            "base_version" => or_default(map, &mut self.base_version),
            "base_version_id" => or_default(map, &mut self.base_version_id),
            "delta_patches" => or_default(map, &mut self.delta_patches),
            "conflict_count" => or_default(map, &mut self.conflict_count),
            "invalid_patches" => value(map, &mut self.invalid_patches),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowTemplateBinding {
    /// Creates an empty `WorkflowTemplateBinding`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enabled` and returns the value, for chaining.
    #[inline]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = value;
        self
    }
    /// Sets `template_id` and returns the value, for chaining.
    pub fn with_template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = value.into();
        self
    }
    /// Sets `template_name` and returns the value, for chaining.
    pub fn with_template_name(mut self, value: impl Into<String>) -> Self {
        self.template_name = value.into();
        self
    }
    /// Sets `base_version` and returns the value, for chaining.
    #[inline]
    pub fn with_base_version(mut self, value: i64) -> Self {
        self.base_version = value;
        self
    }
    /// Sets `base_version_id` and returns the value, for chaining.
    pub fn with_base_version_id(mut self, value: impl Into<String>) -> Self {
        self.base_version_id = value.into();
        self
    }
    /// Sets `delta_patches` and returns the value, for chaining.
    #[inline]
    pub fn with_delta_patches(mut self, value: Vec<WorkflowTemplatePatch>) -> Self {
        self.delta_patches = value;
        self
    }
    /// Sets `conflict_count` and returns the value, for chaining.
    #[inline]
    pub fn with_conflict_count(mut self, value: i64) -> Self {
        self.conflict_count = value;
        self
    }
    /// Sets `invalid_patches` and returns the value, for chaining.
    #[inline]
    pub fn with_invalid_patches(
        mut self,
        value: Vec<WorkflowTemplateInvalidPatch>,
    ) -> Self {
        self.invalid_patches = Some(value);
        self
    }
}
/// One JSON Patch (RFC 6902) operation.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowTemplatePatch {
    /// The operation, e.g. add, remove, replace, move, copy or test.
    pub op: String,
    /// JSON Pointer to the place the operation changes.
    pub path: String,
    /// JSON Pointer to the source, for move and copy.
    pub from: Option<String>,
    /// The value to write or compare; any JSON value.
    pub value: Option<serde_json::Value>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowTemplatePatch {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("op", &self.op);
        map.entry("path", &self.path);
        map.some("from", &self.from);
        map.some("value", &self.value);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowTemplatePatch {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowTemplatePatch {
    const NAME: &'static str = "WorkflowTemplatePatch";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "op" => or_default(map, &mut self.op),
            "path" => or_default(map, &mut self.path),
            "from" => value(map, &mut self.from),
            "value" => value(map, &mut self.value),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowTemplatePatch {
    /// Creates an empty `WorkflowTemplatePatch`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `op` and returns the value, for chaining.
    pub fn with_op(mut self, value: impl Into<String>) -> Self {
        self.op = value.into();
        self
    }
    /// Sets `path` and returns the value, for chaining.
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = value.into();
        self
    }
    /// Sets `from` and returns the value, for chaining.
    pub fn with_from(mut self, value: impl Into<String>) -> Self {
        self.from = Some(value.into());
        self
    }
    /// Sets `value` and returns the value, for chaining.
    #[inline]
    pub fn with_value(mut self, value: serde_json::Value) -> Self {
        self.value = Some(value);
        self
    }
}
/// A JSON Patch operation that could not be applied to the template.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowTemplateInvalidPatch {
    /// The operation.
    pub patch: Option<WorkflowTemplatePatch>,
    /// Why it could not be applied.
    pub error: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowTemplateInvalidPatch {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("patch", &self.patch);
        map.entry("error", &self.error);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowTemplateInvalidPatch {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowTemplateInvalidPatch {
    const NAME: &'static str = "WorkflowTemplateInvalidPatch";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "patch" => value(map, &mut self.patch),
            "error" => or_default(map, &mut self.error),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowTemplateInvalidPatch {
    /// Creates an empty `WorkflowTemplateInvalidPatch`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `patch` and returns the value, for chaining.
    #[inline]
    pub fn with_patch(mut self, value: WorkflowTemplatePatch) -> Self {
        self.patch = Some(value);
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = value.into();
        self
    }
}
/// A named group of workflows within a project.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowView {
    /// Name of the view.
    pub name: String,
    /// Identifier of the project.
    pub project_key: String,
    /// Workflows in the view.
    pub workflows: Vec<WorkflowViewWorkflow>,
    /// When the view was last changed (Unix seconds).
    pub update_time: i64,
    /// User who changed the view last.
    pub update_by: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowView {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("project_key", &self.project_key);
        map.entry("workflows", &self.workflows);
        map.entry("update_time", &self.update_time);
        map.entry("update_by", &self.update_by);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowView {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowView {
    const NAME: &'static str = "WorkflowView";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "project_key" => or_default(map, &mut self.project_key),
            "workflows" => or_default(map, &mut self.workflows),
            "update_time" => or_default(map, &mut self.update_time),
            "update_by" => or_default(map, &mut self.update_by),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowView {
    /// Creates an empty `WorkflowView`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A workflow listed in a view.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowViewWorkflow {
    /// Identifier of the workflow.
    pub workflow_key: String,
    /// Kind of workflow, `custom`.
    pub workflow_type: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowViewWorkflow {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("workflow_key", &self.workflow_key);
        map.entry("workflow_type", &self.workflow_type);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowViewWorkflow {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowViewWorkflow {
    const NAME: &'static str = "WorkflowViewWorkflow";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "workflow_key" => or_default(map, &mut self.workflow_key),
            "workflow_type" => or_default(map, &mut self.workflow_type),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowViewWorkflow {
    /// Creates an empty `WorkflowViewWorkflow`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A new workflow view.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateWorkflowViewRequest {
    /// Identifier of the project.
    pub project_key: String,
    /// Name of the view.
    pub name: String,
    /// Workflows in the view.
    pub workflow_list: Vec<WorkflowViewEntry>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CreateWorkflowViewRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("name", &self.name);
        map.entry("workflow_list", &self.workflow_list);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CreateWorkflowViewRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CreateWorkflowViewRequest {
    const NAME: &'static str = "CreateWorkflowViewRequest";
    const REQUIRED: &'static [&'static str] = &["project_key", "name", "workflow_list"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "project_key" => required(map, &mut self.project_key, 0u32),
            "name" => required(map, &mut self.name, 1u32),
            "workflow_list" => required(map, &mut self.workflow_list, 2u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CreateWorkflowViewRequest {
    /// Creates a `CreateWorkflowViewRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        project_key: impl Into<String>,
        name: impl Into<String>,
        workflow_list: Vec<WorkflowViewEntry>,
    ) -> Self {
        Self {
            project_key: project_key.into(),
            name: name.into(),
            workflow_list,
            ..Self::default()
        }
    }
}
/// A workflow to put in a new view.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowViewEntry {
    /// Identifier of the workflow.
    pub workflow_key: String,
    /// Display name of the workflow, stored with the view entry.
    pub workflow_name: String,
    /// Kind of workflow, `custom` (or `product` for the older product workflows).
    pub workflow_type: WorkflowViewEntryType,
    /// Ignored when creating a view; the server puts every listed workflow in it.
    pub enabled: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowViewEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("workflow_key", &self.workflow_key);
        map.entry("workflow_name", &self.workflow_name);
        map.entry("workflow_type", &self.workflow_type);
        map.entry("enabled", &self.enabled);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowViewEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowViewEntry {
    const NAME: &'static str = "WorkflowViewEntry";
    const REQUIRED: &'static [&'static str] = &["workflow_key", "workflow_type"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "workflow_key" => required(map, &mut self.workflow_key, 0u32),
            "workflow_name" => or_default(map, &mut self.workflow_name),
            "workflow_type" => required(map, &mut self.workflow_type, 1u32),
            "enabled" => or_default(map, &mut self.enabled),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowViewEntry {
    /// Creates a `WorkflowViewEntry` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        workflow_key: impl Into<String>,
        workflow_type: WorkflowViewEntryType,
    ) -> Self {
        Self {
            workflow_key: workflow_key.into(),
            workflow_type,
            ..Self::default()
        }
    }
    /// Sets `workflow_name` and returns the value, for chaining.
    pub fn with_workflow_name(mut self, value: impl Into<String>) -> Self {
        self.workflow_name = value.into();
        self
    }
    /// Sets `enabled` and returns the value, for chaining.
    #[inline]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = value;
        self
    }
}
/// Changes to the membership of a workflow view.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateWorkflowViewRequest {
    /// Ignored; the server takes the project from the `projectKey` query parameter.
    pub project_key: String,
    /// Ignored; the server takes the view name from the path.
    pub name: String,
    /// Workflows to add or remove.
    pub workflow_list: Vec<WorkflowViewUpdateEntry>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for UpdateWorkflowViewRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("name", &self.name);
        map.entry("workflow_list", &self.workflow_list);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for UpdateWorkflowViewRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for UpdateWorkflowViewRequest {
    const NAME: &'static str = "UpdateWorkflowViewRequest";
    const REQUIRED: &'static [&'static str] = &["workflow_list"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "project_key" => or_default(map, &mut self.project_key),
            "name" => or_default(map, &mut self.name),
            "workflow_list" => required(map, &mut self.workflow_list, 0u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl UpdateWorkflowViewRequest {
    /// Creates a `UpdateWorkflowViewRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(workflow_list: Vec<WorkflowViewUpdateEntry>) -> Self {
        Self {
            workflow_list,
            ..Self::default()
        }
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = value.into();
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
}
/// A workflow to add to or remove from a view.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowViewUpdateEntry {
    /// Identifier of the workflow.
    pub workflow_key: String,
    /// Display name of the workflow, stored with the view entry.
    pub workflow_name: String,
    /// Kind of workflow, `custom` (or `product` for the older product workflows).
    pub workflow_type: WorkflowViewEntryType,
    /// True puts the workflow in the view, false takes it out.
    pub enabled: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowViewUpdateEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("workflow_key", &self.workflow_key);
        map.entry("workflow_name", &self.workflow_name);
        map.entry("workflow_type", &self.workflow_type);
        map.entry("enabled", &self.enabled);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowViewUpdateEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowViewUpdateEntry {
    const NAME: &'static str = "WorkflowViewUpdateEntry";
    const REQUIRED: &'static [&'static str] = &[
        "workflow_key",
        "workflow_type",
        "enabled",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "workflow_key" => required(map, &mut self.workflow_key, 0u32),
            "workflow_name" => or_default(map, &mut self.workflow_name),
            "workflow_type" => required(map, &mut self.workflow_type, 1u32),
            "enabled" => required(map, &mut self.enabled, 2u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowViewUpdateEntry {
    /// Creates a `WorkflowViewUpdateEntry` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        workflow_key: impl Into<String>,
        workflow_type: WorkflowViewEntryType,
        enabled: bool,
    ) -> Self {
        Self {
            workflow_key: workflow_key.into(),
            workflow_type,
            enabled,
            ..Self::default()
        }
    }
    /// Sets `workflow_name` and returns the value, for chaining.
    pub fn with_workflow_name(mut self, value: impl Into<String>) -> Self {
        self.workflow_name = value.into();
        self
    }
}
/// An approval form from an external system that authorises workflow runs.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateApprovalTicketRequest {
    /// Database id of the ticket; assigned by Zadig, leave it out when creating.
    pub id: Option<String>,
    /// Identifier of the project.
    pub project_key: String,
    /// Number of the form in the external approval system.
    pub approval_id: String,
    /// 1 when the form is in force, 0 when it is void.
    pub status: i64,
    /// Environments the form allows (empty means any).
    pub envs: Vec<String>,
    /// Service components the form allows (empty means any).
    pub services: Vec<crate::types::ApprovalTicketService>,
    /// Users allowed to run (empty means anyone).
    pub users: Vec<ApprovalTicketUser>,
    /// Start of the time window in which runs are allowed (Unix seconds; unset means no limit).
    pub execution_window_start: i64,
    /// End of the time window in which runs are allowed (Unix seconds; unset means no limit).
    pub execution_window_end: i64,
    /// When the ticket was stored (Unix seconds); set by Zadig, leave it out when creating.
    pub create_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CreateApprovalTicketRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.entry("project_key", &self.project_key);
        map.entry("approval_id", &self.approval_id);
        map.entry("status", &self.status);
        map.entry("envs", &self.envs);
        map.entry("services", &self.services);
        map.entry("users", &self.users);
        map.entry("execution_window_start", &self.execution_window_start);
        map.entry("execution_window_end", &self.execution_window_end);
        map.entry("create_time", &self.create_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CreateApprovalTicketRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CreateApprovalTicketRequest {
    const NAME: &'static str = "CreateApprovalTicketRequest";
    const REQUIRED: &'static [&'static str] = &["project_key", "approval_id", "status"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "project_key" => required(map, &mut self.project_key, 0u32),
            "approval_id" => required(map, &mut self.approval_id, 1u32),
            "status" => required(map, &mut self.status, 2u32),
            "envs" => or_default(map, &mut self.envs),
            "services" => or_default(map, &mut self.services),
            "users" => or_default(map, &mut self.users),
            "execution_window_start" => or_default(map, &mut self.execution_window_start),
            "execution_window_end" => or_default(map, &mut self.execution_window_end),
            "create_time" => or_default(map, &mut self.create_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CreateApprovalTicketRequest {
    /// Creates a `CreateApprovalTicketRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        project_key: impl Into<String>,
        approval_id: impl Into<String>,
        status: i64,
    ) -> Self {
        Self {
            project_key: project_key.into(),
            approval_id: approval_id.into(),
            status,
            ..Self::default()
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `envs` and returns the value, for chaining.
    #[inline]
    pub fn with_envs(mut self, value: Vec<String>) -> Self {
        self.envs = value;
        self
    }
    /// Sets `services` and returns the value, for chaining.
    #[inline]
    pub fn with_services(
        mut self,
        value: Vec<crate::types::ApprovalTicketService>,
    ) -> Self {
        self.services = value;
        self
    }
    /// Sets `users` and returns the value, for chaining.
    #[inline]
    pub fn with_users(mut self, value: Vec<ApprovalTicketUser>) -> Self {
        self.users = value;
        self
    }
    /// Sets `execution_window_start` and returns the value, for chaining.
    #[inline]
    pub fn with_execution_window_start(mut self, value: i64) -> Self {
        self.execution_window_start = value;
        self
    }
    /// Sets `execution_window_end` and returns the value, for chaining.
    #[inline]
    pub fn with_execution_window_end(mut self, value: i64) -> Self {
        self.execution_window_end = value;
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    #[inline]
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = value;
        self
    }
}
/// A user an approval form allows to run workflows.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApprovalTicketUser {
    /// Name shown on the form.
    pub name: String,
    /// E-mail address, used to match the Zadig user.
    pub email: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ApprovalTicketUser {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("email", &self.email);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ApprovalTicketUser {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ApprovalTicketUser {
    const NAME: &'static str = "ApprovalTicketUser";
    const REQUIRED: &'static [&'static str] = &["name", "email"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "name" => required(map, &mut self.name, 0u32),
            "email" => required(map, &mut self.email, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ApprovalTicketUser {
    /// Creates a `ApprovalTicketUser` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(name: impl Into<String>, email: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            email: email.into(),
            ..Self::default()
        }
    }
}
/// The kind of a workflow in a view.
///
/// The set of values is open: a value this version does not know decodes to
/// [`WorkflowViewEntryType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkflowViewEntryType {
    /// `custom`: A custom workflow.
    Custom,
    /// `product`: An older product workflow.
    Product,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl WorkflowViewEntryType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "custom",
            Self::Product => "product",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for WorkflowViewEntryType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for WorkflowViewEntryType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "custom" => Self::Custom,
            "product" => Self::Product,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for WorkflowViewEntryType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for WorkflowViewEntryType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for WorkflowViewEntryType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for WorkflowViewEntryType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for WorkflowViewEntryType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Body for running a product workflow (v3.4.0).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ExecuteProductWorkflowRequest {
    /// Identifier (key) of the product workflow.
    pub workflow_key: String,
    /// Identifier (key) of the project; the server checks permissions against it.
    pub project_key: String,
    /// What the run builds or deploys.
    pub input: ProductWorkflowInput,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ExecuteProductWorkflowRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("workflow_key", &self.workflow_key);
        map.entry("project_key", &self.project_key);
        map.entry("input", &self.input);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ExecuteProductWorkflowRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ExecuteProductWorkflowRequest {
    const NAME: &'static str = "ExecuteProductWorkflowRequest";
    const REQUIRED: &'static [&'static str] = &["workflow_key", "project_key", "input"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "workflow_key" => required(map, &mut self.workflow_key, 0u32),
            "project_key" => required(map, &mut self.project_key, 1u32),
            "input" => required(map, &mut self.input, 2u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ExecuteProductWorkflowRequest {
    /// Creates a `ExecuteProductWorkflowRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        workflow_key: impl Into<String>,
        project_key: impl Into<String>,
        input: ProductWorkflowInput,
    ) -> Self {
        Self {
            workflow_key: workflow_key.into(),
            project_key: project_key.into(),
            input,
            ..Self::default()
        }
    }
}
/// What a run of a product workflow builds and deploys, and where.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProductWorkflowInput {
    /// Environment the run deploys to; the workflow's settings for it are the starting point.
    pub target_env: String,
    /// The services to build.
    pub build: ProductWorkflowBuildInput,
    /// Whether and what to deploy.
    pub deploy: ProductWorkflowDeployInput,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProductWorkflowInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("target_env", &self.target_env);
        map.entry("build", &self.build);
        map.entry("deploy", &self.deploy);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProductWorkflowInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProductWorkflowInput {
    const NAME: &'static str = "ProductWorkflowInput";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "target_env" => or_default(map, &mut self.target_env),
            "build" => or_default(map, &mut self.build),
            "deploy" => or_default(map, &mut self.deploy),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProductWorkflowInput {
    /// Creates an empty `ProductWorkflowInput`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `target_env` and returns the value, for chaining.
    pub fn with_target_env(mut self, value: impl Into<String>) -> Self {
        self.target_env = value.into();
        self
    }
    /// Sets `build` and returns the value, for chaining.
    #[inline]
    pub fn with_build(mut self, value: ProductWorkflowBuildInput) -> Self {
        self.build = value;
        self
    }
    /// Sets `deploy` and returns the value, for chaining.
    #[inline]
    pub fn with_deploy(mut self, value: ProductWorkflowDeployInput) -> Self {
        self.deploy = value;
        self
    }
}
/// The build stage of a product workflow run.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProductWorkflowBuildInput {
    /// Whether the run builds; when it does, only the listed services are built.
    pub enabled: bool,
    /// The service components to build, with their branches and variable values.
    pub service_list: Vec<crate::types::OpenApiServiceBuildArgs>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProductWorkflowBuildInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("enabled", &self.enabled);
        map.entry("service_list", &self.service_list);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProductWorkflowBuildInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProductWorkflowBuildInput {
    const NAME: &'static str = "ProductWorkflowBuildInput";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "enabled" => or_default(map, &mut self.enabled),
            "service_list" => or_default(map, &mut self.service_list),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProductWorkflowBuildInput {
    /// Creates an empty `ProductWorkflowBuildInput`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enabled` and returns the value, for chaining.
    #[inline]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = value;
        self
    }
    /// Sets `service_list` and returns the value, for chaining.
    #[inline]
    pub fn with_service_list(
        mut self,
        value: Vec<crate::types::OpenApiServiceBuildArgs>,
    ) -> Self {
        self.service_list = value;
        self
    }
}
/// The deploy stage of a product workflow run.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProductWorkflowDeployInput {
    /// Whether the run deploys.
    pub enabled: bool,
    /// Where the deployed images come from; it must be `zadig` (the images just built) when the run also builds.
    pub source: String,
    /// The images to deploy, when the run only deploys.
    pub service_list: Vec<ProductWorkflowDeployService>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProductWorkflowDeployInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("enabled", &self.enabled);
        map.entry("source", &self.source);
        map.entry("service_list", &self.service_list);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProductWorkflowDeployInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProductWorkflowDeployInput {
    const NAME: &'static str = "ProductWorkflowDeployInput";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "enabled" => or_default(map, &mut self.enabled),
            "source" => or_default(map, &mut self.source),
            "service_list" => or_default(map, &mut self.service_list),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProductWorkflowDeployInput {
    /// Creates an empty `ProductWorkflowDeployInput`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enabled` and returns the value, for chaining.
    #[inline]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = value;
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = value.into();
        self
    }
    /// Sets `service_list` and returns the value, for chaining.
    #[inline]
    pub fn with_service_list(
        mut self,
        value: Vec<ProductWorkflowDeployService>,
    ) -> Self {
        self.service_list = value;
        self
    }
}
/// An image to deploy to one service component in a product workflow run.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProductWorkflowDeployService {
    /// Name of the service component (container).
    pub service_module: String,
    /// Name of the service.
    pub service_name: String,
    /// Full address of the image to deploy.
    pub image_name: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProductWorkflowDeployService {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_module", &self.service_module);
        map.entry("service_name", &self.service_name);
        map.entry("image_name", &self.image_name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProductWorkflowDeployService {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProductWorkflowDeployService {
    const NAME: &'static str = "ProductWorkflowDeployService";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_module" => or_default(map, &mut self.service_module),
            "service_name" => or_default(map, &mut self.service_name),
            "image_name" => or_default(map, &mut self.image_name),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProductWorkflowDeployService {
    /// Creates an empty `ProductWorkflowDeployService`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `service_module` and returns the value, for chaining.
    pub fn with_service_module(mut self, value: impl Into<String>) -> Self {
        self.service_module = value.into();
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `image_name` and returns the value, for chaining.
    pub fn with_image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = value.into();
        self
    }
}
/// The run a product workflow execution started.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProductWorkflowTaskCreated {
    /// Identifier (key) of the project.
    pub project_name: String,
    /// Identifier (key) of the workflow.
    pub pipeline_name: String,
    /// Number of the new run.
    pub task_id: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProductWorkflowTaskCreated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_name", &self.project_name);
        map.entry("pipeline_name", &self.pipeline_name);
        map.entry("task_id", &self.task_id);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProductWorkflowTaskCreated {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProductWorkflowTaskCreated {
    const NAME: &'static str = "ProductWorkflowTaskCreated";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "project_name" => or_default(map, &mut self.project_name),
            "pipeline_name" => or_default(map, &mut self.pipeline_name),
            "task_id" => or_default(map, &mut self.task_id),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProductWorkflowTaskCreated {
    /// Creates an empty `ProductWorkflowTaskCreated`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A run of a product workflow as the list shows it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProductWorkflowTaskBrief {
    /// Identifier (key) of the workflow.
    pub workflow_key: String,
    /// Identifier (key) of the project.
    pub project_key: String,
    /// Number of the run.
    pub task_id: i64,
    /// When the run was created, as a Unix timestamp in seconds.
    pub create_time: i64,
    /// Who started the run.
    pub task_creator: String,
    /// When the run started, as a Unix timestamp in seconds.
    pub start_time: i64,
    /// When the run finished, as a Unix timestamp in seconds; 0 while it runs.
    pub end_time: i64,
    /// Where the run stands.
    pub status: crate::types::WorkflowTaskStatus,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProductWorkflowTaskBrief {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("workflow_key", &self.workflow_key);
        map.entry("project_key", &self.project_key);
        map.entry("task_id", &self.task_id);
        map.entry("create_time", &self.create_time);
        map.entry("task_creator", &self.task_creator);
        map.entry("start_time", &self.start_time);
        map.entry("end_time", &self.end_time);
        map.entry("status", &self.status);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProductWorkflowTaskBrief {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProductWorkflowTaskBrief {
    const NAME: &'static str = "ProductWorkflowTaskBrief";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "workflow_key" => or_default(map, &mut self.workflow_key),
            "project_key" => or_default(map, &mut self.project_key),
            "task_id" => or_default(map, &mut self.task_id),
            "create_time" => or_default(map, &mut self.create_time),
            "task_creator" => or_default(map, &mut self.task_creator),
            "start_time" => or_default(map, &mut self.start_time),
            "end_time" => or_default(map, &mut self.end_time),
            "status" => or_default(map, &mut self.status),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProductWorkflowTaskBrief {
    /// Creates an empty `ProductWorkflowTaskBrief`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One run of a product workflow.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProductWorkflowTaskDetail {
    /// Identifier (key) of the workflow.
    pub workflow_key: String,
    /// Display name of the workflow, when it has one.
    pub workflow_name: Option<String>,
    /// Identifier (key) of the project.
    pub project_key: String,
    /// Number of the run.
    pub task_id: i64,
    /// When the run was created, as a Unix timestamp in seconds.
    pub create_time: i64,
    /// Who started the run.
    pub task_creator: String,
    /// When the run started, as a Unix timestamp in seconds.
    pub start_time: i64,
    /// When the run finished, as a Unix timestamp in seconds; 0 while it runs.
    pub end_time: i64,
    /// Where the run stands.
    pub status: crate::types::WorkflowTaskStatus,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProductWorkflowTaskDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("workflow_key", &self.workflow_key);
        map.some("workflow_name", &self.workflow_name);
        map.entry("project_key", &self.project_key);
        map.entry("task_id", &self.task_id);
        map.entry("create_time", &self.create_time);
        map.entry("task_creator", &self.task_creator);
        map.entry("start_time", &self.start_time);
        map.entry("end_time", &self.end_time);
        map.entry("status", &self.status);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProductWorkflowTaskDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProductWorkflowTaskDetail {
    const NAME: &'static str = "ProductWorkflowTaskDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "workflow_key" => or_default(map, &mut self.workflow_key),
            "workflow_name" => value(map, &mut self.workflow_name),
            "project_key" => or_default(map, &mut self.project_key),
            "task_id" => or_default(map, &mut self.task_id),
            "create_time" => or_default(map, &mut self.create_time),
            "task_creator" => or_default(map, &mut self.task_creator),
            "start_time" => or_default(map, &mut self.start_time),
            "end_time" => or_default(map, &mut self.end_time),
            "status" => or_default(map, &mut self.status),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProductWorkflowTaskDetail {
    /// Creates an empty `ProductWorkflowTaskDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
