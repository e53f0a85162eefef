// @generated from spec/workflow.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Workflow API.
//!
//! Custom workflows: their definitions, runs (tasks), approvals, views, pre-approval tickets and job logs.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// The workflows of a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowList {
    /// One entry per workflow.
    #[serde(rename = "workflows", default, skip_serializing_if = "Option::is_none")]
    pub workflows: Option<Vec<WorkflowSummary>>,
}
impl WorkflowList {
    /// Creates an empty `WorkflowList`; every field is optional.
    pub fn new() -> Self {
        Self { workflows: None }
    }
    /// Sets `workflows` and returns the value, for chaining.
    pub fn with_workflows(mut self, value: Vec<WorkflowSummary>) -> Self {
        self.workflows = Some(value);
        self
    }
}
/// A workflow as it appears in a list.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowSummary {
    /// Identifier of the workflow.
    #[serde(rename = "workflow_key", default, skip_serializing_if = "Option::is_none")]
    pub workflow_key: Option<String>,
    /// Display name of the workflow.
    #[serde(rename = "workflow_name", default, skip_serializing_if = "Option::is_none")]
    pub workflow_name: Option<String>,
    /// User who changed the workflow last.
    #[serde(rename = "update_by", default, skip_serializing_if = "Option::is_none")]
    pub update_by: Option<String>,
    /// When the workflow was last changed (Unix seconds).
    #[serde(rename = "update_time", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<i64>,
    /// Kind of workflow; `custom` for the workflows this API handles.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
impl WorkflowSummary {
    /// Creates an empty `WorkflowSummary`; every field is optional.
    pub fn new() -> Self {
        Self {
            workflow_key: None,
            workflow_name: None,
            update_by: None,
            update_time: None,
            r#type: None,
        }
    }
    /// Sets `workflow_key` and returns the value, for chaining.
    pub fn with_workflow_key(mut self, value: impl Into<String>) -> Self {
        self.workflow_key = Some(value.into());
        self
    }
    /// Sets `workflow_name` and returns the value, for chaining.
    pub fn with_workflow_name(mut self, value: impl Into<String>) -> Self {
        self.workflow_name = Some(value.into());
        self
    }
    /// Sets `update_by` and returns the value, for chaining.
    pub fn with_update_by(mut self, value: impl Into<String>) -> Self {
        self.update_by = Some(value.into());
        self
    }
    /// Sets `update_time` and returns the value, for chaining.
    pub fn with_update_time(mut self, value: i64) -> Self {
        self.update_time = Some(value);
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
/// The full definition of a custom workflow.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowDetail {
    /// Identifier of the workflow.
    #[serde(rename = "workflow_key", default, skip_serializing_if = "Option::is_none")]
    pub workflow_key: Option<String>,
    /// Display name of the workflow.
    #[serde(rename = "workflow_name", default, skip_serializing_if = "Option::is_none")]
    pub workflow_name: Option<String>,
    /// Identifier of the project the workflow belongs to.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// Free-text description.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// User who created the workflow.
    #[serde(rename = "created_by", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// When the workflow was created (Unix seconds).
    #[serde(rename = "create_time", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<i64>,
    /// User who changed the workflow last.
    #[serde(rename = "updated_by", default, skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// When the workflow was last changed (Unix seconds).
    #[serde(rename = "update_time", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<i64>,
    /// Global variables of the workflow.
    #[serde(rename = "params", default, skip_serializing_if = "Option::is_none")]
    pub params: Option<Vec<WorkflowParam>>,
    /// Stages, run one after another.
    #[serde(rename = "stages", default, skip_serializing_if = "Option::is_none")]
    pub stages: Option<Vec<WorkflowStage>>,
    /// Notification settings.
    #[serde(rename = "notify_ctls", default, skip_serializing_if = "Option::is_none")]
    pub notify_ctls: Option<Vec<WorkflowNotifyCtl>>,
    /// Volumes shared between the jobs of a run.
    #[serde(rename = "share_storages", default, skip_serializing_if = "Option::is_none")]
    pub share_storages: Option<Vec<serde_json::Value>>,
    /// How many runs may execute at once (-1 unlimited, 0 none).
    #[serde(
        rename = "concurrency_limit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub concurrency_limit: Option<i64>,
}
impl WorkflowDetail {
    /// Creates an empty `WorkflowDetail`; every field is optional.
    pub fn new() -> Self {
        Self {
            workflow_key: None,
            workflow_name: None,
            project_key: None,
            description: None,
            created_by: None,
            create_time: None,
            updated_by: None,
            update_time: None,
            params: None,
            stages: None,
            notify_ctls: None,
            share_storages: None,
            concurrency_limit: None,
        }
    }
    /// Sets `workflow_key` and returns the value, for chaining.
    pub fn with_workflow_key(mut self, value: impl Into<String>) -> Self {
        self.workflow_key = Some(value.into());
        self
    }
    /// Sets `workflow_name` and returns the value, for chaining.
    pub fn with_workflow_name(mut self, value: impl Into<String>) -> Self {
        self.workflow_name = Some(value.into());
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
    /// Sets `created_by` and returns the value, for chaining.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = Some(value);
        self
    }
    /// Sets `updated_by` and returns the value, for chaining.
    pub fn with_updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(value.into());
        self
    }
    /// Sets `update_time` and returns the value, for chaining.
    pub fn with_update_time(mut self, value: i64) -> Self {
        self.update_time = Some(value);
        self
    }
    /// Sets `params` and returns the value, for chaining.
    pub fn with_params(mut self, value: Vec<WorkflowParam>) -> Self {
        self.params = Some(value);
        self
    }
    /// Sets `stages` and returns the value, for chaining.
    pub fn with_stages(mut self, value: Vec<WorkflowStage>) -> Self {
        self.stages = Some(value);
        self
    }
    /// Sets `notify_ctls` and returns the value, for chaining.
    pub fn with_notify_ctls(mut self, value: Vec<WorkflowNotifyCtl>) -> Self {
        self.notify_ctls = Some(value);
        self
    }
    /// Sets `share_storages` and returns the value, for chaining.
    pub fn with_share_storages(mut self, value: Vec<serde_json::Value>) -> Self {
        self.share_storages = Some(value);
        self
    }
    /// Sets `concurrency_limit` and returns the value, for chaining.
    pub fn with_concurrency_limit(mut self, value: i64) -> Self {
        self.concurrency_limit = Some(value);
        self
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
impl From<&str> for WorkflowParamType {
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
    fn from(value: String) -> Self {
        match value.as_str() {
            "string" => Self::String,
            "text" => Self::Text,
            "choice" => Self::Choice,
            "repo" => Self::Repo,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for WorkflowParamType {
    type Err = std::convert::Infallible;
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowParam {
    /// Name of the variable.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What the variable is for.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Kind of the variable.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<WorkflowParamType>,
    /// Current value (for string, text and choice variables).
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Repository value, for variables of type repo.
    #[serde(rename = "repo", default, skip_serializing_if = "Option::is_none")]
    pub repo: Option<crate::types::Repository>,
    /// Default value.
    #[serde(rename = "default", default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// Whether the value is secret and hidden in the UI and logs.
    #[serde(rename = "is_credential", default, skip_serializing_if = "Option::is_none")]
    pub is_credential: Option<bool>,
}
impl WorkflowParam {
    /// Creates an empty `WorkflowParam`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            description: None,
            r#type: None,
            value: None,
            repo: None,
            default: None,
            is_credential: None,
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: WorkflowParamType) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Sets `value` and returns the value, for chaining.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `repo` and returns the value, for chaining.
    pub fn with_repo(mut self, value: crate::types::Repository) -> Self {
        self.repo = Some(value);
        self
    }
    /// Sets `default` and returns the value, for chaining.
    pub fn with_default(mut self, value: impl Into<String>) -> Self {
        self.default = Some(value.into());
        self
    }
    /// Sets `is_credential` and returns the value, for chaining.
    pub fn with_is_credential(mut self, value: bool) -> Self {
        self.is_credential = Some(value);
        self
    }
}
/// A stage of a workflow definition; its jobs run in parallel or one by one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowStage {
    /// Name of the stage.
    #[serde(rename = "name")]
    pub name: String,
    /// Whether the jobs of the stage run at the same time.
    #[serde(rename = "parallel")]
    pub parallel: bool,
    /// Approval required before the stage runs.
    #[serde(rename = "approval", default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<crate::types::Approval>,
    /// Jobs of the stage.
    #[serde(rename = "jobs")]
    pub jobs: Option<Vec<WorkflowJob>>,
}
impl WorkflowStage {
    /// Creates a `WorkflowStage` from its required fields; optional fields start as `None`.
    pub fn new(
        name: impl Into<String>,
        parallel: bool,
        jobs: Option<Vec<WorkflowJob>>,
    ) -> Self {
        Self {
            name: name.into(),
            parallel,
            approval: None,
            jobs,
        }
    }
    /// Sets `approval` and returns the value, for chaining.
    pub fn with_approval(mut self, value: crate::types::Approval) -> Self {
        self.approval = Some(value);
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
    /// `zadig-build`: Builds service components with a Zadig build.
    ZadigBuild,
    /// `zadig-deploy`: Deploys services into a Zadig environment.
    ZadigDeploy,
    /// `custom-deploy`: Updates container images of Kubernetes workloads directly.
    CustomDeploy,
    /// `freestyle`: A general-purpose job made of steps (scripts, git, tools, ...).
    Freestyle,
    /// `zadig-test`: Runs Zadig tests.
    ZadigTest,
    /// `zadig-scanning`: Runs Zadig code scans.
    ZadigScanning,
    /// `zadig-distribute-image`: Copies images from one registry to another.
    ZadigDistributeImage,
    /// `sql`: Runs SQL statements against a database.
    Sql,
    /// `tapd`: Changes the status of Tapd iterations.
    Tapd,
    /// `approval`: Waits for an approval.
    Approval,
    /// `plugin`: Runs a custom plugin (an image with commands and inputs).
    Plugin,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl WorkflowJobType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ZadigBuild => "zadig-build",
            Self::ZadigDeploy => "zadig-deploy",
            Self::CustomDeploy => "custom-deploy",
            Self::Freestyle => "freestyle",
            Self::ZadigTest => "zadig-test",
            Self::ZadigScanning => "zadig-scanning",
            Self::ZadigDistributeImage => "zadig-distribute-image",
            Self::Sql => "sql",
            Self::Tapd => "tapd",
            Self::Approval => "approval",
            Self::Plugin => "plugin",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl From<&str> for WorkflowJobType {
    fn from(value: &str) -> Self {
        match value {
            "zadig-build" => Self::ZadigBuild,
            "zadig-deploy" => Self::ZadigDeploy,
            "custom-deploy" => Self::CustomDeploy,
            "freestyle" => Self::Freestyle,
            "zadig-test" => Self::ZadigTest,
            "zadig-scanning" => Self::ZadigScanning,
            "zadig-distribute-image" => Self::ZadigDistributeImage,
            "sql" => Self::Sql,
            "tapd" => Self::Tapd,
            "approval" => Self::Approval,
            "plugin" => Self::Plugin,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for WorkflowJobType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "zadig-build" => Self::ZadigBuild,
            "zadig-deploy" => Self::ZadigDeploy,
            "custom-deploy" => Self::CustomDeploy,
            "freestyle" => Self::Freestyle,
            "zadig-test" => Self::ZadigTest,
            "zadig-scanning" => Self::ZadigScanning,
            "zadig-distribute-image" => Self::ZadigDistributeImage,
            "sql" => Self::Sql,
            "tapd" => Self::Tapd,
            "approval" => Self::Approval,
            "plugin" => Self::Plugin,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for WorkflowJobType {
    type Err = std::convert::Infallible;
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowJob {
    /// Name of the job, unique within the workflow.
    #[serde(rename = "name")]
    pub name: String,
    /// Kind of job.
    #[serde(rename = "type")]
    pub r#type: WorkflowJobType,
    /// Whether the job is skipped by default.
    #[serde(rename = "skipped", default, skip_serializing_if = "Option::is_none")]
    pub skipped: Option<bool>,
    /// When the job runs (empty for the default policy).
    #[serde(rename = "run_policy", default, skip_serializing_if = "Option::is_none")]
    pub run_policy: Option<String>,
    /// Set by the UI for a job created in the editor.
    #[serde(rename = "isCreate", default, skip_serializing_if = "Option::is_none")]
    pub is_create: Option<bool>,
    /// The job's settings; their shape depends on the job type.
    #[serde(rename = "spec", default, skip_serializing_if = "Option::is_none")]
    pub spec: Option<serde_json::Value>,
    /// Service components the job works on.
    #[serde(
        rename = "service_modules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_modules: Option<Vec<serde_json::Value>>,
}
impl WorkflowJob {
    /// Creates a `WorkflowJob` from its required fields; optional fields start as `None`.
    pub fn new(name: impl Into<String>, r#type: WorkflowJobType) -> Self {
        Self {
            name: name.into(),
            r#type,
            skipped: None,
            run_policy: None,
            is_create: None,
            spec: None,
            service_modules: None,
        }
    }
    /// Sets `skipped` and returns the value, for chaining.
    pub fn with_skipped(mut self, value: bool) -> Self {
        self.skipped = Some(value);
        self
    }
    /// Sets `run_policy` and returns the value, for chaining.
    pub fn with_run_policy(mut self, value: impl Into<String>) -> Self {
        self.run_policy = Some(value.into());
        self
    }
    /// Sets `is_create` and returns the value, for chaining.
    pub fn with_is_create(mut self, value: bool) -> Self {
        self.is_create = Some(value);
        self
    }
    /// Sets `spec` and returns the value, for chaining.
    pub fn with_spec(mut self, value: serde_json::Value) -> Self {
        self.spec = Some(value);
        self
    }
    /// Sets `service_modules` and returns the value, for chaining.
    pub fn with_service_modules(mut self, value: Vec<serde_json::Value>) -> Self {
        self.service_modules = Some(value);
        self
    }
}
/// One notification setting of a workflow.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowNotifyCtl {
    /// Whether the notification is sent.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Channel used, e.g. wechat, dingding, feishu, mail, msteams.
    #[serde(rename = "webhook_type", default, skip_serializing_if = "Option::is_none")]
    pub webhook_type: Option<String>,
    /// WeChat Work bot webhook address.
    #[serde(rename = "weChat_webHook", default, skip_serializing_if = "Option::is_none")]
    pub we_chat_web_hook: Option<String>,
    /// Run states that trigger the notification.
    #[serde(rename = "notify_type", default, skip_serializing_if = "Option::is_none")]
    pub notify_type: Option<Vec<WorkflowTaskStatus>>,
}
impl WorkflowNotifyCtl {
    /// Creates an empty `WorkflowNotifyCtl`; every field is optional.
    pub fn new() -> Self {
        Self {
            enabled: None,
            webhook_type: None,
            we_chat_web_hook: None,
            notify_type: None,
        }
    }
    /// Sets `enabled` and returns the value, for chaining.
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }
    /// Sets `webhook_type` and returns the value, for chaining.
    pub fn with_webhook_type(mut self, value: impl Into<String>) -> Self {
        self.webhook_type = Some(value.into());
        self
    }
    /// Sets `we_chat_web_hook` and returns the value, for chaining.
    pub fn with_we_chat_web_hook(mut self, value: impl Into<String>) -> Self {
        self.we_chat_web_hook = Some(value.into());
        self
    }
    /// Sets `notify_type` and returns the value, for chaining.
    pub fn with_notify_type(mut self, value: Vec<WorkflowTaskStatus>) -> Self {
        self.notify_type = Some(value);
        self
    }
}
/// State of a workflow run, stage or job.
///
/// The set of values is open: a value this version does not know decodes to
/// [`WorkflowTaskStatus::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkflowTaskStatus {
    /// `created`: Created and queued, not started yet.
    Created,
    /// `running`: Running.
    Running,
    /// `passed`: Finished successfully.
    Passed,
    /// `failed`: Finished with an error.
    Failed,
    /// `timeout`: Stopped because it ran too long.
    Timeout,
    /// `cancelled`: Stopped by a user.
    Cancelled,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl WorkflowTaskStatus {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "created",
            Self::Running => "running",
            Self::Passed => "passed",
            Self::Failed => "failed",
            Self::Timeout => "timeout",
            Self::Cancelled => "cancelled",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl From<&str> for WorkflowTaskStatus {
    fn from(value: &str) -> Self {
        match value {
            "created" => Self::Created,
            "running" => Self::Running,
            "passed" => Self::Passed,
            "failed" => Self::Failed,
            "timeout" => Self::Timeout,
            "cancelled" => Self::Cancelled,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for WorkflowTaskStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "created" => Self::Created,
            "running" => Self::Running,
            "passed" => Self::Passed,
            "failed" => Self::Failed,
            "timeout" => Self::Timeout,
            "cancelled" => Self::Cancelled,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for WorkflowTaskStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for WorkflowTaskStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for WorkflowTaskStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for WorkflowTaskStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// One page of the runs of a workflow.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowTaskList {
    /// Number of runs in all pages.
    #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// The runs of this page.
    #[serde(rename = "workflow_tasks", default, skip_serializing_if = "Option::is_none")]
    pub workflow_tasks: Option<Vec<WorkflowTaskSummary>>,
}
impl WorkflowTaskList {
    /// Creates an empty `WorkflowTaskList`; every field is optional.
    pub fn new() -> Self {
        Self {
            total: None,
            workflow_tasks: None,
        }
    }
    /// Sets `total` and returns the value, for chaining.
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = Some(value);
        self
    }
    /// Sets `workflow_tasks` and returns the value, for chaining.
    pub fn with_workflow_tasks(mut self, value: Vec<WorkflowTaskSummary>) -> Self {
        self.workflow_tasks = Some(value);
        self
    }
}
/// A workflow run as it appears in a list.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowTaskSummary {
    /// Identifier of the workflow.
    #[serde(rename = "workflow_key", default, skip_serializing_if = "Option::is_none")]
    pub workflow_key: Option<String>,
    /// Display name of the workflow.
    #[serde(rename = "workflow_name", default, skip_serializing_if = "Option::is_none")]
    pub workflow_name: Option<String>,
    /// Identifier of the project.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// Number of the run within its workflow.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    /// Who started the run (a user, or e.g. webhook).
    #[serde(rename = "task_creator", default, skip_serializing_if = "Option::is_none")]
    pub task_creator: Option<String>,
    /// When the run was created (Unix seconds).
    #[serde(rename = "create_time", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<i64>,
    /// When the run started (Unix seconds).
    #[serde(rename = "start_time", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// When the run ended (Unix seconds).
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// State of the run.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<WorkflowTaskStatus>,
}
impl WorkflowTaskSummary {
    /// Creates an empty `WorkflowTaskSummary`; every field is optional.
    pub fn new() -> Self {
        Self {
            workflow_key: None,
            workflow_name: None,
            project_key: None,
            task_id: None,
            task_creator: None,
            create_time: None,
            start_time: None,
            end_time: None,
            status: None,
        }
    }
    /// Sets `workflow_key` and returns the value, for chaining.
    pub fn with_workflow_key(mut self, value: impl Into<String>) -> Self {
        self.workflow_key = Some(value.into());
        self
    }
    /// Sets `workflow_name` and returns the value, for chaining.
    pub fn with_workflow_name(mut self, value: impl Into<String>) -> Self {
        self.workflow_name = Some(value.into());
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Sets `task_id` and returns the value, for chaining.
    pub fn with_task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }
    /// Sets `task_creator` and returns the value, for chaining.
    pub fn with_task_creator(mut self, value: impl Into<String>) -> Self {
        self.task_creator = Some(value.into());
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = Some(value);
        self
    }
    /// Sets `start_time` and returns the value, for chaining.
    pub fn with_start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `end_time` and returns the value, for chaining.
    pub fn with_end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: WorkflowTaskStatus) -> Self {
        self.status = Some(value);
        self
    }
}
/// One run of a workflow with its stages and jobs.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowTaskDetail {
    /// Number of the run within its workflow.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    /// Identifier of the workflow.
    #[serde(rename = "workflow_key", default, skip_serializing_if = "Option::is_none")]
    pub workflow_key: Option<String>,
    /// Identifier of the project.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// Values of the workflow variables for this run.
    #[serde(rename = "params", default, skip_serializing_if = "Option::is_none")]
    pub params: Option<Vec<WorkflowParam>>,
    /// State of the run.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<WorkflowTaskStatus>,
    /// Who started the run.
    #[serde(rename = "task_creator", default, skip_serializing_if = "Option::is_none")]
    pub task_creator: Option<String>,
    /// When the run was created (Unix seconds).
    #[serde(rename = "create_time", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<i64>,
    /// When the run started (Unix seconds).
    #[serde(rename = "start_time", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// When the run ended (Unix seconds).
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// The stages of the run.
    #[serde(rename = "stages", default, skip_serializing_if = "Option::is_none")]
    pub stages: Option<Vec<WorkflowTaskStage>>,
}
impl WorkflowTaskDetail {
    /// Creates an empty `WorkflowTaskDetail`; every field is optional.
    pub fn new() -> Self {
        Self {
            task_id: None,
            workflow_key: None,
            project_key: None,
            params: None,
            status: None,
            task_creator: None,
            create_time: None,
            start_time: None,
            end_time: None,
            stages: None,
        }
    }
    /// Sets `task_id` and returns the value, for chaining.
    pub fn with_task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }
    /// Sets `workflow_key` and returns the value, for chaining.
    pub fn with_workflow_key(mut self, value: impl Into<String>) -> Self {
        self.workflow_key = Some(value.into());
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Sets `params` and returns the value, for chaining.
    pub fn with_params(mut self, value: Vec<WorkflowParam>) -> Self {
        self.params = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: WorkflowTaskStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `task_creator` and returns the value, for chaining.
    pub fn with_task_creator(mut self, value: impl Into<String>) -> Self {
        self.task_creator = Some(value.into());
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = Some(value);
        self
    }
    /// Sets `start_time` and returns the value, for chaining.
    pub fn with_start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `end_time` and returns the value, for chaining.
    pub fn with_end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `stages` and returns the value, for chaining.
    pub fn with_stages(mut self, value: Vec<WorkflowTaskStage>) -> Self {
        self.stages = Some(value);
        self
    }
}
/// A stage of a workflow run.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowTaskStage {
    /// Name of the stage.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// State of the stage.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<WorkflowTaskStatus>,
    /// When the stage started (Unix seconds).
    #[serde(rename = "start_time", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// When the stage ended (Unix seconds).
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Approval of the stage, if it needs one.
    #[serde(rename = "approval", default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<WorkflowTaskApproval>,
    /// The jobs of the stage.
    #[serde(rename = "jobs", default, skip_serializing_if = "Option::is_none")]
    pub jobs: Option<Vec<WorkflowTaskJob>>,
}
impl WorkflowTaskStage {
    /// Creates an empty `WorkflowTaskStage`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            status: None,
            start_time: None,
            end_time: None,
            approval: None,
            jobs: None,
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: WorkflowTaskStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `start_time` and returns the value, for chaining.
    pub fn with_start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `end_time` and returns the value, for chaining.
    pub fn with_end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `approval` and returns the value, for chaining.
    pub fn with_approval(mut self, value: WorkflowTaskApproval) -> Self {
        self.approval = Some(value);
        self
    }
    /// Sets `jobs` and returns the value, for chaining.
    pub fn with_jobs(mut self, value: Vec<WorkflowTaskJob>) -> Self {
        self.jobs = Some(value);
        self
    }
}
/// The approval of a stage within a run, with the decisions taken.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowTaskApproval {
    /// Whether the stage needs approval.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Approvers and their decisions.
    #[serde(rename = "approve_users", default, skip_serializing_if = "Option::is_none")]
    pub approve_users: Option<Vec<crate::types::ApprovalUser>>,
    /// Minutes before the approval lapses.
    #[serde(rename = "timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
    /// Number of approvals needed.
    #[serde(
        rename = "needed_approvers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub needed_approvers: Option<i64>,
    /// Text shown to the approvers.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Outcome, approve or reject.
    #[serde(
        rename = "reject_or_approve",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reject_or_approve: Option<String>,
}
impl WorkflowTaskApproval {
    /// Creates an empty `WorkflowTaskApproval`; every field is optional.
    pub fn new() -> Self {
        Self {
            enabled: None,
            approve_users: None,
            timeout: None,
            needed_approvers: None,
            description: None,
            reject_or_approve: None,
        }
    }
    /// Sets `enabled` and returns the value, for chaining.
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }
    /// Sets `approve_users` and returns the value, for chaining.
    pub fn with_approve_users(mut self, value: Vec<crate::types::ApprovalUser>) -> Self {
        self.approve_users = Some(value);
        self
    }
    /// Sets `timeout` and returns the value, for chaining.
    pub fn with_timeout(mut self, value: i64) -> Self {
        self.timeout = Some(value);
        self
    }
    /// Sets `needed_approvers` and returns the value, for chaining.
    pub fn with_needed_approvers(mut self, value: i64) -> Self {
        self.needed_approvers = Some(value);
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `reject_or_approve` and returns the value, for chaining.
    pub fn with_reject_or_approve(mut self, value: impl Into<String>) -> Self {
        self.reject_or_approve = Some(value.into());
        self
    }
}
/// A job of a workflow run; its `spec` depends on the job type.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowTaskJob {
    /// Name of the job.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Kind of job.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<WorkflowJobType>,
    /// State of the job.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<WorkflowTaskStatus>,
    /// When the job started (Unix seconds).
    #[serde(rename = "start_time", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// When the job ended (Unix seconds).
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Error message if the job failed.
    #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// What the job ran (repositories, images, variables, ...); shape depends on the job type.
    #[serde(rename = "spec", default, skip_serializing_if = "Option::is_none")]
    pub spec: Option<serde_json::Value>,
}
impl WorkflowTaskJob {
    /// Creates an empty `WorkflowTaskJob`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            r#type: None,
            status: None,
            start_time: None,
            end_time: None,
            error: None,
            spec: None,
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: WorkflowJobType) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: WorkflowTaskStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `start_time` and returns the value, for chaining.
    pub fn with_start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `end_time` and returns the value, for chaining.
    pub fn with_end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
    /// Sets `spec` and returns the value, for chaining.
    pub fn with_spec(mut self, value: serde_json::Value) -> Self {
        self.spec = Some(value);
        self
    }
}
/// What to run a workflow with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ExecuteWorkflowRequest {
    /// Identifier of the project.
    #[serde(rename = "project_key")]
    pub project_key: String,
    /// Identifier of the workflow.
    #[serde(rename = "workflow_key")]
    pub workflow_key: String,
    /// Values of the workflow's global variables.
    #[serde(rename = "parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<WorkflowParameterInput>>,
    /// Inputs of the jobs that need them.
    #[serde(rename = "inputs")]
    pub inputs: Vec<WorkflowJobInput>,
    /// Per-run settings for the workflow's notifications.
    #[serde(rename = "notify_inputs", default, skip_serializing_if = "Option::is_none")]
    pub notify_inputs: Option<Vec<NotifyInput>>,
}
impl ExecuteWorkflowRequest {
    /// Creates a `ExecuteWorkflowRequest` from its required fields; optional fields start as `None`.
    pub fn new(
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
        inputs: Vec<WorkflowJobInput>,
    ) -> Self {
        Self {
            project_key: project_key.into(),
            workflow_key: workflow_key.into(),
            parameters: None,
            inputs,
            notify_inputs: None,
        }
    }
    /// Sets `parameters` and returns the value, for chaining.
    pub fn with_parameters(mut self, value: Vec<WorkflowParameterInput>) -> Self {
        self.parameters = Some(value);
        self
    }
    /// Sets `notify_inputs` and returns the value, for chaining.
    pub fn with_notify_inputs(mut self, value: Vec<NotifyInput>) -> Self {
        self.notify_inputs = Some(value);
        self
    }
}
/// The value of one global workflow variable for a run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowParameterInput {
    /// Name of the variable.
    #[serde(rename = "name")]
    pub name: String,
    /// Kind of the variable.
    #[serde(rename = "type")]
    pub r#type: WorkflowParamType,
    /// Value for string, text and choice variables.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Value for repo variables.
    #[serde(rename = "repo", default, skip_serializing_if = "Option::is_none")]
    pub repo: Option<WorkflowRepoInput>,
}
impl WorkflowParameterInput {
    /// Creates a `WorkflowParameterInput` from its required fields; optional fields start as `None`.
    pub fn new(name: impl Into<String>, r#type: WorkflowParamType) -> Self {
        Self {
            name: name.into(),
            r#type,
            value: None,
            repo: None,
        }
    }
    /// Sets `value` and returns the value, for chaining.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `repo` and returns the value, for chaining.
    pub fn with_repo(mut self, value: WorkflowRepoInput) -> Self {
        self.repo = Some(value);
        self
    }
}
/// A code repository and revision chosen for a run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowRepoInput {
    /// Identifier of the code host integration.
    #[serde(rename = "codehost_name")]
    pub codehost_name: String,
    /// Organisation or user that owns the repository.
    #[serde(rename = "repo_namespace")]
    pub repo_namespace: String,
    /// Name of the repository.
    #[serde(rename = "repo_name")]
    pub repo_name: String,
    /// Branch to use.
    #[serde(rename = "branch")]
    pub branch: String,
    /// Pull request numbers to merge in.
    #[serde(rename = "prs", default, skip_serializing_if = "Option::is_none")]
    pub prs: Option<Vec<i64>>,
    /// Whether to build a given commit instead of the branch head.
    #[serde(rename = "enable_commit", default, skip_serializing_if = "Option::is_none")]
    pub enable_commit: Option<bool>,
    /// Commit to build; only used when `enable_commit` is true.
    #[serde(rename = "commit_id", default, skip_serializing_if = "Option::is_none")]
    pub commit_id: Option<String>,
}
impl WorkflowRepoInput {
    /// Creates a `WorkflowRepoInput` from its required fields; optional fields start as `None`.
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
            prs: None,
            enable_commit: None,
            commit_id: None,
        }
    }
    /// Sets `prs` and returns the value, for chaining.
    pub fn with_prs(mut self, value: Vec<i64>) -> Self {
        self.prs = Some(value);
        self
    }
    /// Sets `enable_commit` and returns the value, for chaining.
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
    fn from(value: ZadigBuildJobInput) -> Self {
        Self::ZadigBuild(value)
    }
}
impl From<ZadigDeployJobInput> for WorkflowJobInput {
    fn from(value: ZadigDeployJobInput) -> Self {
        Self::ZadigDeploy(value)
    }
}
impl From<CustomDeployJobInput> for WorkflowJobInput {
    fn from(value: CustomDeployJobInput) -> Self {
        Self::CustomDeploy(value)
    }
}
impl From<FreestyleJobInput> for WorkflowJobInput {
    fn from(value: FreestyleJobInput) -> Self {
        Self::Freestyle(value)
    }
}
impl From<ZadigTestJobInput> for WorkflowJobInput {
    fn from(value: ZadigTestJobInput) -> Self {
        Self::ZadigTest(value)
    }
}
impl From<ZadigScanningJobInput> for WorkflowJobInput {
    fn from(value: ZadigScanningJobInput) -> Self {
        Self::ZadigScanning(value)
    }
}
impl From<SqlJobInput> for WorkflowJobInput {
    fn from(value: SqlJobInput) -> Self {
        Self::Sql(value)
    }
}
impl From<TapdJobInput> for WorkflowJobInput {
    fn from(value: TapdJobInput) -> Self {
        Self::Tapd(value)
    }
}
impl From<ApprovalJobInput> for WorkflowJobInput {
    fn from(value: ApprovalJobInput) -> Self {
        Self::Approval(value)
    }
}
impl From<PluginJobInput> for WorkflowJobInput {
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
                crate::runtime::model::from_object(object).map(Self::ZadigBuild)
            }
            "zadig-deploy" => {
                crate::runtime::model::from_object(object).map(Self::ZadigDeploy)
            }
            "custom-deploy" => {
                crate::runtime::model::from_object(object).map(Self::CustomDeploy)
            }
            "freestyle" => {
                crate::runtime::model::from_object(object).map(Self::Freestyle)
            }
            "zadig-test" => {
                crate::runtime::model::from_object(object).map(Self::ZadigTest)
            }
            "zadig-scanning" => {
                crate::runtime::model::from_object(object).map(Self::ZadigScanning)
            }
            "sql" => crate::runtime::model::from_object(object).map(Self::Sql),
            "tapd" => crate::runtime::model::from_object(object).map(Self::Tapd),
            "approval" => crate::runtime::model::from_object(object).map(Self::Approval),
            "plugin" => crate::runtime::model::from_object(object).map(Self::Plugin),
            _ => Ok(Self::Unknown(crate::types::UnknownVariant::new(tag, object))),
        }
    }
}
/// Input of a build job (zadig-build).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ZadigBuildJobInput {
    /// Name of the job in the workflow.
    #[serde(rename = "job_name")]
    pub job_name: String,
    /// What to build.
    #[serde(rename = "parameters")]
    pub parameters: ZadigBuildJobParameters,
}
impl ZadigBuildJobInput {
    /// Creates a `ZadigBuildJobInput` from its required fields; optional fields start as `None`.
    pub fn new(
        job_name: impl Into<String>,
        parameters: ZadigBuildJobParameters,
    ) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
        }
    }
}
/// Parameters of a build job.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ZadigBuildJobParameters {
    /// Image registry to push to.
    #[serde(rename = "registry", default, skip_serializing_if = "Option::is_none")]
    pub registry: Option<String>,
    /// Service components to build, with their repositories and variables.
    #[serde(rename = "service_list", default, skip_serializing_if = "Option::is_none")]
    pub service_list: Option<Vec<WorkflowServiceInput>>,
}
impl ZadigBuildJobParameters {
    /// Creates an empty `ZadigBuildJobParameters`; every field is optional.
    pub fn new() -> Self {
        Self {
            registry: None,
            service_list: None,
        }
    }
    /// Sets `registry` and returns the value, for chaining.
    pub fn with_registry(mut self, value: impl Into<String>) -> Self {
        self.registry = Some(value.into());
        self
    }
    /// Sets `service_list` and returns the value, for chaining.
    pub fn with_service_list(mut self, value: Vec<WorkflowServiceInput>) -> Self {
        self.service_list = Some(value);
        self
    }
}
/// One service component of a build, test, scanning or general job, with the repositories and variable values to use for it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowServiceInput {
    /// Name of the service.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Name of the service component.
    #[serde(rename = "service_module", default, skip_serializing_if = "Option::is_none")]
    pub service_module: Option<String>,
    /// Repositories to check out.
    #[serde(rename = "repo_info", default, skip_serializing_if = "Option::is_none")]
    pub repo_info: Option<Vec<WorkflowRepoInput>>,
    /// Variable values (only those not fixed or bound to global variables).
    #[serde(rename = "inputs", default, skip_serializing_if = "Option::is_none")]
    pub inputs: Option<Vec<crate::types::KeyValue>>,
}
impl WorkflowServiceInput {
    /// Creates an empty `WorkflowServiceInput`; every field is optional.
    pub fn new() -> Self {
        Self {
            service_name: None,
            service_module: None,
            repo_info: None,
            inputs: None,
        }
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
    pub fn with_repo_info(mut self, value: Vec<WorkflowRepoInput>) -> Self {
        self.repo_info = Some(value);
        self
    }
    /// Sets `inputs` and returns the value, for chaining.
    pub fn with_inputs(mut self, value: Vec<crate::types::KeyValue>) -> Self {
        self.inputs = Some(value);
        self
    }
}
/// Input of a deploy job (zadig-deploy).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ZadigDeployJobInput {
    /// Name of the job in the workflow.
    #[serde(rename = "job_name")]
    pub job_name: String,
    /// Where and what to deploy.
    #[serde(rename = "parameters")]
    pub parameters: ZadigDeployJobParameters,
}
impl ZadigDeployJobInput {
    /// Creates a `ZadigDeployJobInput` from its required fields; optional fields start as `None`.
    pub fn new(
        job_name: impl Into<String>,
        parameters: ZadigDeployJobParameters,
    ) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
        }
    }
}
/// Parameters of a deploy job.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ZadigDeployJobParameters {
    /// Environment to deploy to (not needed when fixed or bound to a global variable).
    #[serde(rename = "env_name", default, skip_serializing_if = "Option::is_none")]
    pub env_name: Option<String>,
    /// Services and images to deploy (not needed when taken from another job).
    #[serde(rename = "service_list", default, skip_serializing_if = "Option::is_none")]
    pub service_list: Option<Vec<ZadigDeployServiceInput>>,
}
impl ZadigDeployJobParameters {
    /// Creates an empty `ZadigDeployJobParameters`; every field is optional.
    pub fn new() -> Self {
        Self {
            env_name: None,
            service_list: None,
        }
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = Some(value.into());
        self
    }
    /// Sets `service_list` and returns the value, for chaining.
    pub fn with_service_list(mut self, value: Vec<ZadigDeployServiceInput>) -> Self {
        self.service_list = Some(value);
        self
    }
}
/// One service component and the image to deploy for it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ZadigDeployServiceInput {
    /// Name of the service.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Name of the service component.
    #[serde(rename = "service_module", default, skip_serializing_if = "Option::is_none")]
    pub service_module: Option<String>,
    /// Image to deploy.
    #[serde(rename = "image_name", default, skip_serializing_if = "Option::is_none")]
    pub image_name: Option<String>,
    /// How Helm values are merged (Helm chart services only).
    #[serde(
        rename = "value_merge_strategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub value_merge_strategy: Option<ValueMergeStrategy>,
}
impl ZadigDeployServiceInput {
    /// Creates an empty `ZadigDeployServiceInput`; every field is optional.
    pub fn new() -> Self {
        Self {
            service_name: None,
            service_module: None,
            image_name: None,
            value_merge_strategy: None,
        }
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
    pub fn as_str(&self) -> &str {
        match self {
            Self::ReuseValues => "reuse-values",
            Self::Override => "override",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl From<&str> for ValueMergeStrategy {
    fn from(value: &str) -> Self {
        match value {
            "reuse-values" => Self::ReuseValues,
            "override" => Self::Override,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ValueMergeStrategy {
    fn from(value: String) -> Self {
        match value.as_str() {
            "reuse-values" => Self::ReuseValues,
            "override" => Self::Override,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for ValueMergeStrategy {
    type Err = std::convert::Infallible;
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CustomDeployJobInput {
    /// Name of the job in the workflow.
    #[serde(rename = "job_name")]
    pub job_name: String,
    /// Containers to update.
    #[serde(rename = "parameters")]
    pub parameters: CustomDeployJobParameters,
}
impl CustomDeployJobInput {
    /// Creates a `CustomDeployJobInput` from its required fields; optional fields start as `None`.
    pub fn new(
        job_name: impl Into<String>,
        parameters: CustomDeployJobParameters,
    ) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
        }
    }
}
/// Parameters of a Kubernetes deploy job.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CustomDeployJobParameters {
    /// Containers and their new images (not needed when fixed).
    #[serde(rename = "target_list", default, skip_serializing_if = "Option::is_none")]
    pub target_list: Option<Vec<CustomDeployTargetInput>>,
}
impl CustomDeployJobParameters {
    /// Creates an empty `CustomDeployJobParameters`; every field is optional.
    pub fn new() -> Self {
        Self { target_list: None }
    }
    /// Sets `target_list` and returns the value, for chaining.
    pub fn with_target_list(mut self, value: Vec<CustomDeployTargetInput>) -> Self {
        self.target_list = Some(value);
        self
    }
}
/// A container of a Kubernetes workload and the image to give it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CustomDeployTargetInput {
    /// Kind of workload, Deployment or StatefulSet.
    #[serde(rename = "workload_type", default, skip_serializing_if = "Option::is_none")]
    pub workload_type: Option<String>,
    /// Name of the workload.
    #[serde(rename = "workload_name", default, skip_serializing_if = "Option::is_none")]
    pub workload_name: Option<String>,
    /// Name of the container.
    #[serde(rename = "container_name", default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    /// Image to set.
    #[serde(rename = "image_name", default, skip_serializing_if = "Option::is_none")]
    pub image_name: Option<String>,
}
impl CustomDeployTargetInput {
    /// Creates an empty `CustomDeployTargetInput`; every field is optional.
    pub fn new() -> Self {
        Self {
            workload_type: None,
            workload_name: None,
            container_name: None,
            image_name: None,
        }
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FreestyleJobInput {
    /// Name of the job in the workflow.
    #[serde(rename = "job_name")]
    pub job_name: String,
    /// Variable values and repositories.
    #[serde(rename = "parameters")]
    pub parameters: FreestyleJobParameters,
}
impl FreestyleJobInput {
    /// Creates a `FreestyleJobInput` from its required fields; optional fields start as `None`.
    pub fn new(job_name: impl Into<String>, parameters: FreestyleJobParameters) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
        }
    }
}
/// Parameters of a general job: `services` when the job runs per service, `kv` and `repo_info` when it runs once.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FreestyleJobParameters {
    /// Per-service variables and repositories (multi-service execution).
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<WorkflowServiceInput>>,
    /// Variable values (single execution).
    #[serde(rename = "kv", default, skip_serializing_if = "Option::is_none")]
    pub kv: Option<Vec<crate::types::KeyValue>>,
    /// Repositories to check out (single execution).
    #[serde(rename = "repo_info", default, skip_serializing_if = "Option::is_none")]
    pub repo_info: Option<Vec<WorkflowRepoInput>>,
}
impl FreestyleJobParameters {
    /// Creates an empty `FreestyleJobParameters`; every field is optional.
    pub fn new() -> Self {
        Self {
            services: None,
            kv: None,
            repo_info: None,
        }
    }
    /// Sets `services` and returns the value, for chaining.
    pub fn with_services(mut self, value: Vec<WorkflowServiceInput>) -> Self {
        self.services = Some(value);
        self
    }
    /// Sets `kv` and returns the value, for chaining.
    pub fn with_kv(mut self, value: Vec<crate::types::KeyValue>) -> Self {
        self.kv = Some(value);
        self
    }
    /// Sets `repo_info` and returns the value, for chaining.
    pub fn with_repo_info(mut self, value: Vec<WorkflowRepoInput>) -> Self {
        self.repo_info = Some(value);
        self
    }
}
/// Input of a test job (zadig-test).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ZadigTestJobInput {
    /// Name of the job in the workflow.
    #[serde(rename = "job_name")]
    pub job_name: String,
    /// Tests to run.
    #[serde(rename = "parameters")]
    pub parameters: ZadigTestJobParameters,
}
impl ZadigTestJobInput {
    /// Creates a `ZadigTestJobInput` from its required fields; optional fields start as `None`.
    pub fn new(job_name: impl Into<String>, parameters: ZadigTestJobParameters) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
        }
    }
}
/// Parameters of a test job: `service_list` when the job runs per service, `testing_list` otherwise.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ZadigTestJobParameters {
    /// Per-service variables and repositories (multi-service execution).
    #[serde(rename = "service_list", default, skip_serializing_if = "Option::is_none")]
    pub service_list: Option<Vec<WorkflowServiceInput>>,
    /// Tests with their repositories and variables (single execution).
    #[serde(rename = "testing_list", default, skip_serializing_if = "Option::is_none")]
    pub testing_list: Option<Vec<ZadigTestingInput>>,
}
impl ZadigTestJobParameters {
    /// Creates an empty `ZadigTestJobParameters`; every field is optional.
    pub fn new() -> Self {
        Self {
            service_list: None,
            testing_list: None,
        }
    }
    /// Sets `service_list` and returns the value, for chaining.
    pub fn with_service_list(mut self, value: Vec<WorkflowServiceInput>) -> Self {
        self.service_list = Some(value);
        self
    }
    /// Sets `testing_list` and returns the value, for chaining.
    pub fn with_testing_list(mut self, value: Vec<ZadigTestingInput>) -> Self {
        self.testing_list = Some(value);
        self
    }
}
/// One test of a test job with its repositories and variable values.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ZadigTestingInput {
    /// Name of the test.
    #[serde(rename = "testing_name", default, skip_serializing_if = "Option::is_none")]
    pub testing_name: Option<String>,
    /// Repositories to check out.
    #[serde(rename = "repo_info", default, skip_serializing_if = "Option::is_none")]
    pub repo_info: Option<Vec<WorkflowRepoInput>>,
    /// Variable values (only those not fixed or bound to global variables).
    #[serde(rename = "inputs", default, skip_serializing_if = "Option::is_none")]
    pub inputs: Option<Vec<crate::types::KeyValue>>,
}
impl ZadigTestingInput {
    /// Creates an empty `ZadigTestingInput`; every field is optional.
    pub fn new() -> Self {
        Self {
            testing_name: None,
            repo_info: None,
            inputs: None,
        }
    }
    /// Sets `testing_name` and returns the value, for chaining.
    pub fn with_testing_name(mut self, value: impl Into<String>) -> Self {
        self.testing_name = Some(value.into());
        self
    }
    /// Sets `repo_info` and returns the value, for chaining.
    pub fn with_repo_info(mut self, value: Vec<WorkflowRepoInput>) -> Self {
        self.repo_info = Some(value);
        self
    }
    /// Sets `inputs` and returns the value, for chaining.
    pub fn with_inputs(mut self, value: Vec<crate::types::KeyValue>) -> Self {
        self.inputs = Some(value);
        self
    }
}
/// Input of a code scanning job (zadig-scanning).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ZadigScanningJobInput {
    /// Name of the job in the workflow.
    #[serde(rename = "job_name")]
    pub job_name: String,
    /// Scans to run.
    #[serde(rename = "parameters")]
    pub parameters: ZadigScanningJobParameters,
}
impl ZadigScanningJobInput {
    /// Creates a `ZadigScanningJobInput` from its required fields; optional fields start as `None`.
    pub fn new(
        job_name: impl Into<String>,
        parameters: ZadigScanningJobParameters,
    ) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
        }
    }
}
/// Parameters of a code scanning job: `service_list` when the job runs per service, `scanning_list` otherwise.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ZadigScanningJobParameters {
    /// Per-service variables and repositories (multi-service execution).
    #[serde(rename = "service_list", default, skip_serializing_if = "Option::is_none")]
    pub service_list: Option<Vec<WorkflowServiceInput>>,
    /// Scans with their repositories (single execution).
    #[serde(rename = "scanning_list", default, skip_serializing_if = "Option::is_none")]
    pub scanning_list: Option<Vec<ZadigScanningInput>>,
}
impl ZadigScanningJobParameters {
    /// Creates an empty `ZadigScanningJobParameters`; every field is optional.
    pub fn new() -> Self {
        Self {
            service_list: None,
            scanning_list: None,
        }
    }
    /// Sets `service_list` and returns the value, for chaining.
    pub fn with_service_list(mut self, value: Vec<WorkflowServiceInput>) -> Self {
        self.service_list = Some(value);
        self
    }
    /// Sets `scanning_list` and returns the value, for chaining.
    pub fn with_scanning_list(mut self, value: Vec<ZadigScanningInput>) -> Self {
        self.scanning_list = Some(value);
        self
    }
}
/// One code scan of a scanning job with its repositories.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ZadigScanningInput {
    /// Name of the code scan.
    #[serde(rename = "scanning_name", default, skip_serializing_if = "Option::is_none")]
    pub scanning_name: Option<String>,
    /// Repositories to check out.
    #[serde(rename = "repo_info", default, skip_serializing_if = "Option::is_none")]
    pub repo_info: Option<Vec<WorkflowRepoInput>>,
}
impl ZadigScanningInput {
    /// Creates an empty `ZadigScanningInput`; every field is optional.
    pub fn new() -> Self {
        Self {
            scanning_name: None,
            repo_info: None,
        }
    }
    /// Sets `scanning_name` and returns the value, for chaining.
    pub fn with_scanning_name(mut self, value: impl Into<String>) -> Self {
        self.scanning_name = Some(value.into());
        self
    }
    /// Sets `repo_info` and returns the value, for chaining.
    pub fn with_repo_info(mut self, value: Vec<WorkflowRepoInput>) -> Self {
        self.repo_info = Some(value);
        self
    }
}
/// Input of a SQL job (sql).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SqlJobInput {
    /// Name of the job in the workflow.
    #[serde(rename = "job_name")]
    pub job_name: String,
    /// Database and statements.
    #[serde(rename = "parameters")]
    pub parameters: SqlJobParameters,
}
impl SqlJobInput {
    /// Creates a `SqlJobInput` from its required fields; optional fields start as `None`.
    pub fn new(job_name: impl Into<String>, parameters: SqlJobParameters) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
        }
    }
}
/// Parameters of a SQL job.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SqlJobParameters {
    /// Database to run against.
    #[serde(rename = "database_name", default, skip_serializing_if = "Option::is_none")]
    pub database_name: Option<String>,
    /// Statements to run.
    #[serde(rename = "sql", default, skip_serializing_if = "Option::is_none")]
    pub sql: Option<String>,
}
impl SqlJobParameters {
    /// Creates an empty `SqlJobParameters`; every field is optional.
    pub fn new() -> Self {
        Self {
            database_name: None,
            sql: None,
        }
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TapdJobInput {
    /// Name of the job in the workflow.
    #[serde(rename = "job_name")]
    pub job_name: String,
    /// Tapd project, iterations and target status.
    #[serde(rename = "parameters")]
    pub parameters: TapdJobParameters,
}
impl TapdJobInput {
    /// Creates a `TapdJobInput` from its required fields; optional fields start as `None`.
    pub fn new(job_name: impl Into<String>, parameters: TapdJobParameters) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
        }
    }
}
/// Parameters of a Tapd job.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TapdJobParameters {
    /// Id of the Tapd project.
    #[serde(rename = "project_id", default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// Name of the Tapd project.
    #[serde(rename = "project_name", default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// Status to set on the iterations (done, open or a custom status).
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Ids of the iterations (as in the first Tapd example of the docs).
    #[serde(rename = "iteration_ids", default, skip_serializing_if = "Option::is_none")]
    pub iteration_ids: Option<Vec<String>>,
    /// Iterations with their names and dates (as in the second Tapd example of the docs).
    #[serde(rename = "iterations", default, skip_serializing_if = "Option::is_none")]
    pub iterations: Option<Vec<TapdIteration>>,
}
impl TapdJobParameters {
    /// Creates an empty `TapdJobParameters`; every field is optional.
    pub fn new() -> Self {
        Self {
            project_id: None,
            project_name: None,
            status: None,
            iteration_ids: None,
            iterations: None,
        }
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
    pub fn with_iteration_ids(mut self, value: Vec<String>) -> Self {
        self.iteration_ids = Some(value);
        self
    }
    /// Sets `iterations` and returns the value, for chaining.
    pub fn with_iterations(mut self, value: Vec<TapdIteration>) -> Self {
        self.iterations = Some(value);
        self
    }
}
/// A Tapd iteration.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TapdIteration {
    /// Id of the iteration.
    #[serde(rename = "iteration_id", default, skip_serializing_if = "Option::is_none")]
    pub iteration_id: Option<String>,
    /// Name of the iteration.
    #[serde(rename = "iteration_name", default, skip_serializing_if = "Option::is_none")]
    pub iteration_name: Option<String>,
    /// First day of the iteration (YYYY-MM-DD).
    #[serde(rename = "start_date", default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// Last day of the iteration (YYYY-MM-DD).
    #[serde(rename = "end_date", default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
}
impl TapdIteration {
    /// Creates an empty `TapdIteration`; every field is optional.
    pub fn new() -> Self {
        Self {
            iteration_id: None,
            iteration_name: None,
            start_date: None,
            end_date: None,
        }
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ApprovalJobInput {
    /// Name of the job in the workflow.
    #[serde(rename = "job_name")]
    pub job_name: String,
    /// Always empty; the approval uses the workflow's settings.
    #[serde(rename = "parameters")]
    pub parameters: ApprovalJobParameters,
}
impl ApprovalJobInput {
    /// Creates a `ApprovalJobInput` from its required fields; optional fields start as `None`.
    pub fn new(job_name: impl Into<String>, parameters: ApprovalJobParameters) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
        }
    }
}
/// Parameters of an approval job; there are none, send an empty object.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ApprovalJobParameters {}
impl ApprovalJobParameters {
    /// Creates an empty `ApprovalJobParameters`; every field is optional.
    pub fn new() -> Self {
        Self {}
    }
}
/// Input of a custom plugin job (plugin).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PluginJobInput {
    /// Name of the job in the workflow.
    #[serde(rename = "job_name")]
    pub job_name: String,
    /// Plugin variable values.
    #[serde(rename = "parameters")]
    pub parameters: PluginJobParameters,
}
impl PluginJobInput {
    /// Creates a `PluginJobInput` from its required fields; optional fields start as `None`.
    pub fn new(job_name: impl Into<String>, parameters: PluginJobParameters) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
        }
    }
}
/// Parameters of a custom plugin job.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PluginJobParameters {
    /// Values of the plugin's inputs.
    #[serde(rename = "kv", default, skip_serializing_if = "Option::is_none")]
    pub kv: Option<Vec<crate::types::KeyValue>>,
}
impl PluginJobParameters {
    /// Creates an empty `PluginJobParameters`; every field is optional.
    pub fn new() -> Self {
        Self { kv: None }
    }
    /// Sets `kv` and returns the value, for chaining.
    pub fn with_kv(mut self, value: Vec<crate::types::KeyValue>) -> Self {
        self.kv = Some(value);
        self
    }
}
/// Per-run settings for one of the workflow's notifications; shape depends on `type`.
///
/// The field `type` selects the variant. A tag this version does not know decodes to
/// [`NotifyInput::Unknown`], which keeps the whole object.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum NotifyInput {
    /// `type` = `feishu`: Feishu group, custom bot.
    Feishu(FeishuNotifyInput),
    /// `type` = `feishu_app`: Feishu group, self-built app.
    FeishuApp(FeishuAppNotifyInput),
    /// `type` = `feishu_person`: Feishu direct messages to members.
    FeishuPerson(FeishuPersonNotifyInput),
    /// `type` = `wechat`: WeChat Work group.
    Wechat(WechatNotifyInput),
    /// `type` = `dingding`: DingTalk group.
    Dingding(DingdingNotifyInput),
    /// `type` = `msteams`: Microsoft Teams.
    Msteams(MsTeamsNotifyInput),
    /// `type` = `mail`: E-mail.
    Mail(MailNotifyInput),
    /// A variant this version of the bindings does not know; it keeps the JSON object.
    Unknown(crate::types::UnknownVariant),
}
impl NotifyInput {
    /// The tag value on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::Feishu(_) => "feishu",
            Self::FeishuApp(_) => "feishu_app",
            Self::FeishuPerson(_) => "feishu_person",
            Self::Wechat(_) => "wechat",
            Self::Dingding(_) => "dingding",
            Self::Msteams(_) => "msteams",
            Self::Mail(_) => "mail",
            Self::Unknown(value) => value.tag(),
        }
    }
}
impl From<FeishuNotifyInput> for NotifyInput {
    fn from(value: FeishuNotifyInput) -> Self {
        Self::Feishu(value)
    }
}
impl From<FeishuAppNotifyInput> for NotifyInput {
    fn from(value: FeishuAppNotifyInput) -> Self {
        Self::FeishuApp(value)
    }
}
impl From<FeishuPersonNotifyInput> for NotifyInput {
    fn from(value: FeishuPersonNotifyInput) -> Self {
        Self::FeishuPerson(value)
    }
}
impl From<WechatNotifyInput> for NotifyInput {
    fn from(value: WechatNotifyInput) -> Self {
        Self::Wechat(value)
    }
}
impl From<DingdingNotifyInput> for NotifyInput {
    fn from(value: DingdingNotifyInput) -> Self {
        Self::Dingding(value)
    }
}
impl From<MsTeamsNotifyInput> for NotifyInput {
    fn from(value: MsTeamsNotifyInput) -> Self {
        Self::Msteams(value)
    }
}
impl From<MailNotifyInput> for NotifyInput {
    fn from(value: MailNotifyInput) -> Self {
        Self::Mail(value)
    }
}
impl Serialize for NotifyInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Feishu(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "type",
                    "feishu",
                    value,
                )
            }
            Self::FeishuApp(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "type",
                    "feishu_app",
                    value,
                )
            }
            Self::FeishuPerson(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "type",
                    "feishu_person",
                    value,
                )
            }
            Self::Wechat(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "type",
                    "wechat",
                    value,
                )
            }
            Self::Dingding(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "type",
                    "dingding",
                    value,
                )
            }
            Self::Msteams(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "type",
                    "msteams",
                    value,
                )
            }
            Self::Mail(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "type",
                    "mail",
                    value,
                )
            }
            Self::Unknown(value) => value.as_json().serialize(serializer),
        }
    }
}
impl<'de> Deserialize<'de> for NotifyInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (tag, object) = crate::runtime::model::deserialize_tagged(
            deserializer,
            "type",
        )?;
        match tag.as_str() {
            "feishu" => crate::runtime::model::from_object(object).map(Self::Feishu),
            "feishu_app" => {
                crate::runtime::model::from_object(object).map(Self::FeishuApp)
            }
            "feishu_person" => {
                crate::runtime::model::from_object(object).map(Self::FeishuPerson)
            }
            "wechat" => crate::runtime::model::from_object(object).map(Self::Wechat),
            "dingding" => crate::runtime::model::from_object(object).map(Self::Dingding),
            "msteams" => crate::runtime::model::from_object(object).map(Self::Msteams),
            "mail" => crate::runtime::model::from_object(object).map(Self::Mail),
            _ => Ok(Self::Unknown(crate::types::UnknownVariant::new(tag, object))),
        }
    }
}
/// Settings for a Feishu custom-bot group notification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FeishuNotifyInput {
    /// Position of the notification in the workflow's settings, from 0.
    #[serde(rename = "id")]
    pub id: i64,
    /// Whom to mention.
    #[serde(rename = "lark_hook_notification_config")]
    pub lark_hook_notification_config: LarkHookNotificationConfig,
}
impl FeishuNotifyInput {
    /// Creates a `FeishuNotifyInput` from its required fields; optional fields start as `None`.
    pub fn new(
        id: i64,
        lark_hook_notification_config: LarkHookNotificationConfig,
    ) -> Self {
        Self {
            id,
            lark_hook_notification_config,
        }
    }
}
/// Mentions for a Feishu custom-bot message.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LarkHookNotificationConfig {
    /// Feishu user ids (of id type user_id) to mention.
    #[serde(rename = "at_users", default, skip_serializing_if = "Option::is_none")]
    pub at_users: Option<Vec<String>>,
    /// Whether to mention everyone.
    #[serde(rename = "is_at_all", default, skip_serializing_if = "Option::is_none")]
    pub is_at_all: Option<bool>,
}
impl LarkHookNotificationConfig {
    /// Creates an empty `LarkHookNotificationConfig`; every field is optional.
    pub fn new() -> Self {
        Self {
            at_users: None,
            is_at_all: None,
        }
    }
    /// Sets `at_users` and returns the value, for chaining.
    pub fn with_at_users(mut self, value: Vec<String>) -> Self {
        self.at_users = Some(value);
        self
    }
    /// Sets `is_at_all` and returns the value, for chaining.
    pub fn with_is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = Some(value);
        self
    }
}
/// Settings for a Feishu self-built-app group notification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FeishuAppNotifyInput {
    /// Position of the notification in the workflow's settings, from 0.
    #[serde(rename = "id")]
    pub id: i64,
    /// Which group and whom to mention.
    #[serde(rename = "lark_group_notification_config")]
    pub lark_group_notification_config: LarkGroupNotificationConfig,
}
impl FeishuAppNotifyInput {
    /// Creates a `FeishuAppNotifyInput` from its required fields; optional fields start as `None`.
    pub fn new(
        id: i64,
        lark_group_notification_config: LarkGroupNotificationConfig,
    ) -> Self {
        Self {
            id,
            lark_group_notification_config,
        }
    }
}
/// Target group and mentions for a Feishu app message.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LarkGroupNotificationConfig {
    /// Id of the Feishu group chat.
    #[serde(rename = "chat_id", default, skip_serializing_if = "Option::is_none")]
    pub chat_id: Option<String>,
    /// Users to mention.
    #[serde(rename = "at_users", default, skip_serializing_if = "Option::is_none")]
    pub at_users: Option<Vec<LarkUserRef>>,
}
impl LarkGroupNotificationConfig {
    /// Creates an empty `LarkGroupNotificationConfig`; every field is optional.
    pub fn new() -> Self {
        Self {
            chat_id: None,
            at_users: None,
        }
    }
    /// Sets `chat_id` and returns the value, for chaining.
    pub fn with_chat_id(mut self, value: impl Into<String>) -> Self {
        self.chat_id = Some(value.into());
        self
    }
    /// Sets `at_users` and returns the value, for chaining.
    pub fn with_at_users(mut self, value: Vec<LarkUserRef>) -> Self {
        self.at_users = Some(value);
        self
    }
}
/// A Feishu user named by an id of a given kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LarkUserRef {
    /// The user's id.
    #[serde(rename = "id")]
    pub id: String,
    /// Kind of id, user_id or open_id.
    #[serde(rename = "id_type", default, skip_serializing_if = "Option::is_none")]
    pub id_type: Option<String>,
}
impl LarkUserRef {
    /// Creates a `LarkUserRef` from its required fields; optional fields start as `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            id_type: None,
        }
    }
    /// Sets `id_type` and returns the value, for chaining.
    pub fn with_id_type(mut self, value: impl Into<String>) -> Self {
        self.id_type = Some(value.into());
        self
    }
}
/// Settings for Feishu direct messages to members.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FeishuPersonNotifyInput {
    /// Position of the notification in the workflow's settings, from 0.
    #[serde(rename = "id")]
    pub id: i64,
    /// Who receives the message.
    #[serde(rename = "lark_person_notification_config")]
    pub lark_person_notification_config: LarkPersonNotificationConfig,
}
impl FeishuPersonNotifyInput {
    /// Creates a `FeishuPersonNotifyInput` from its required fields; optional fields start as `None`.
    pub fn new(
        id: i64,
        lark_person_notification_config: LarkPersonNotificationConfig,
    ) -> Self {
        Self {
            id,
            lark_person_notification_config,
        }
    }
}
/// Recipients of Feishu direct messages.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LarkPersonNotificationConfig {
    /// Users to message.
    #[serde(rename = "users", default, skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<LarkUserRef>>,
}
impl LarkPersonNotificationConfig {
    /// Creates an empty `LarkPersonNotificationConfig`; every field is optional.
    pub fn new() -> Self {
        Self { users: None }
    }
    /// Sets `users` and returns the value, for chaining.
    pub fn with_users(mut self, value: Vec<LarkUserRef>) -> Self {
        self.users = Some(value);
        self
    }
}
/// Settings for a WeChat Work group notification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WechatNotifyInput {
    /// Position of the notification in the workflow's settings, from 0.
    #[serde(rename = "id")]
    pub id: i64,
    /// Whom to mention.
    #[serde(rename = "wechat_notification_config")]
    pub wechat_notification_config: WechatNotificationConfig,
}
impl WechatNotifyInput {
    /// Creates a `WechatNotifyInput` from its required fields; optional fields start as `None`.
    pub fn new(id: i64, wechat_notification_config: WechatNotificationConfig) -> Self {
        Self {
            id,
            wechat_notification_config,
        }
    }
}
/// Mentions for a WeChat Work message.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WechatNotificationConfig {
    /// WeChat Work user ids to mention.
    #[serde(rename = "at_users", default, skip_serializing_if = "Option::is_none")]
    pub at_users: Option<Vec<String>>,
    /// Whether to mention everyone.
    #[serde(rename = "is_at_all", default, skip_serializing_if = "Option::is_none")]
    pub is_at_all: Option<bool>,
}
impl WechatNotificationConfig {
    /// Creates an empty `WechatNotificationConfig`; every field is optional.
    pub fn new() -> Self {
        Self {
            at_users: None,
            is_at_all: None,
        }
    }
    /// Sets `at_users` and returns the value, for chaining.
    pub fn with_at_users(mut self, value: Vec<String>) -> Self {
        self.at_users = Some(value);
        self
    }
    /// Sets `is_at_all` and returns the value, for chaining.
    pub fn with_is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = Some(value);
        self
    }
}
/// Settings for a DingTalk group notification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DingdingNotifyInput {
    /// Position of the notification in the workflow's settings, from 0.
    #[serde(rename = "id")]
    pub id: i64,
    /// Whom to mention.
    #[serde(rename = "dingding_notification_config")]
    pub dingding_notification_config: DingdingNotificationConfig,
}
impl DingdingNotifyInput {
    /// Creates a `DingdingNotifyInput` from its required fields; optional fields start as `None`.
    pub fn new(
        id: i64,
        dingding_notification_config: DingdingNotificationConfig,
    ) -> Self {
        Self {
            id,
            dingding_notification_config,
        }
    }
}
/// Mentions for a DingTalk message.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DingdingNotificationConfig {
    /// Mobile numbers of the users to mention.
    #[serde(rename = "at_mobiles", default, skip_serializing_if = "Option::is_none")]
    pub at_mobiles: Option<Vec<String>>,
    /// Whether to mention everyone.
    #[serde(rename = "is_at_all", default, skip_serializing_if = "Option::is_none")]
    pub is_at_all: Option<bool>,
}
impl DingdingNotificationConfig {
    /// Creates an empty `DingdingNotificationConfig`; every field is optional.
    pub fn new() -> Self {
        Self {
            at_mobiles: None,
            is_at_all: None,
        }
    }
    /// Sets `at_mobiles` and returns the value, for chaining.
    pub fn with_at_mobiles(mut self, value: Vec<String>) -> Self {
        self.at_mobiles = Some(value);
        self
    }
    /// Sets `is_at_all` and returns the value, for chaining.
    pub fn with_is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = Some(value);
        self
    }
}
/// Settings for a Microsoft Teams notification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MsTeamsNotifyInput {
    /// Position of the notification in the workflow's settings, from 0.
    #[serde(rename = "id")]
    pub id: i64,
    /// Whom to mention.
    #[serde(rename = "msteams_notification_config")]
    pub msteams_notification_config: MsTeamsNotificationConfig,
}
impl MsTeamsNotifyInput {
    /// Creates a `MsTeamsNotifyInput` from its required fields; optional fields start as `None`.
    pub fn new(id: i64, msteams_notification_config: MsTeamsNotificationConfig) -> Self {
        Self {
            id,
            msteams_notification_config,
        }
    }
}
/// Mentions for a Microsoft Teams message.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MsTeamsNotificationConfig {
    /// E-mail addresses of the users to mention.
    #[serde(rename = "at_emails", default, skip_serializing_if = "Option::is_none")]
    pub at_emails: Option<Vec<String>>,
}
impl MsTeamsNotificationConfig {
    /// Creates an empty `MsTeamsNotificationConfig`; every field is optional.
    pub fn new() -> Self {
        Self { at_emails: None }
    }
    /// Sets `at_emails` and returns the value, for chaining.
    pub fn with_at_emails(mut self, value: Vec<String>) -> Self {
        self.at_emails = Some(value);
        self
    }
}
/// Settings for an e-mail notification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MailNotifyInput {
    /// Position of the notification in the workflow's settings, from 0.
    #[serde(rename = "id")]
    pub id: i64,
    /// Who receives the mail.
    #[serde(rename = "mail_notification_config")]
    pub mail_notification_config: MailNotificationConfig,
}
impl MailNotifyInput {
    /// Creates a `MailNotifyInput` from its required fields; optional fields start as `None`.
    pub fn new(id: i64, mail_notification_config: MailNotificationConfig) -> Self {
        Self {
            id,
            mail_notification_config,
        }
    }
}
/// Recipients of an e-mail notification.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MailNotificationConfig {
    /// Zadig user ids of the recipients.
    #[serde(rename = "user_ids", default, skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<String>>,
}
impl MailNotificationConfig {
    /// Creates an empty `MailNotificationConfig`; every field is optional.
    pub fn new() -> Self {
        Self { user_ids: None }
    }
    /// Sets `user_ids` and returns the value, for chaining.
    pub fn with_user_ids(mut self, value: Vec<String>) -> Self {
        self.user_ids = Some(value);
        self
    }
}
/// The run that was started.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ExecuteWorkflowResponse {
    /// Identifier of the project.
    #[serde(rename = "project_name", default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// Identifier of the workflow.
    #[serde(rename = "workflow_name", default, skip_serializing_if = "Option::is_none")]
    pub workflow_name: Option<String>,
    /// Number of the new run within its workflow.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
}
impl ExecuteWorkflowResponse {
    /// Creates an empty `ExecuteWorkflowResponse`; every field is optional.
    pub fn new() -> Self {
        Self {
            project_name: None,
            workflow_name: None,
            task_id: None,
        }
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = Some(value.into());
        self
    }
    /// Sets `workflow_name` and returns the value, for chaining.
    pub fn with_workflow_name(mut self, value: impl Into<String>) -> Self {
        self.workflow_name = Some(value.into());
        self
    }
    /// Sets `task_id` and returns the value, for chaining.
    pub fn with_task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }
}
/// A decision on a stage that waits for a Zadig approval.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ApproveWorkflowTaskRequest {
    /// Number of the run within its workflow.
    #[serde(rename = "task_id")]
    pub task_id: i64,
    /// Identifier of the workflow.
    #[serde(rename = "workflow_key")]
    pub workflow_key: String,
    /// Stage waiting for approval.
    #[serde(rename = "stage_name")]
    pub stage_name: String,
    /// True to approve, false (the default) to reject.
    #[serde(rename = "approve", default, skip_serializing_if = "Option::is_none")]
    pub approve: Option<bool>,
    /// Comment recorded with the decision.
    #[serde(rename = "comment", default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}
impl ApproveWorkflowTaskRequest {
    /// Creates a `ApproveWorkflowTaskRequest` from its required fields; optional fields start as `None`.
    pub fn new(
        task_id: i64,
        workflow_key: impl Into<String>,
        stage_name: impl Into<String>,
    ) -> Self {
        Self {
            task_id,
            workflow_key: workflow_key.into(),
            stage_name: stage_name.into(),
            approve: None,
            comment: None,
        }
    }
    /// Sets `approve` and returns the value, for chaining.
    pub fn with_approve(mut self, value: bool) -> Self {
        self.approve = Some(value);
        self
    }
    /// Sets `comment` and returns the value, for chaining.
    pub fn with_comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
}
/// A custom workflow definition, as sent to create or update a workflow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowDefinition {
    /// Identifier of the workflow.
    #[serde(rename = "name")]
    pub name: String,
    /// Display name of the workflow.
    #[serde(rename = "display_name")]
    pub display_name: String,
    /// Identifier of the project.
    #[serde(rename = "project")]
    pub project: String,
    /// Free-text description.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// How many runs may execute at once (-1 unlimited, 0 none).
    #[serde(rename = "concurrency_limit")]
    pub concurrency_limit: i64,
    /// Stages, run one after another.
    #[serde(rename = "stages", default, skip_serializing_if = "Option::is_none")]
    pub stages: Option<Vec<WorkflowStage>>,
}
impl WorkflowDefinition {
    /// Creates a `WorkflowDefinition` from its required fields; optional fields start as `None`.
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
            description: None,
            concurrency_limit,
            stages: None,
        }
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `stages` and returns the value, for chaining.
    pub fn with_stages(mut self, value: Vec<WorkflowStage>) -> Self {
        self.stages = Some(value);
        self
    }
}
/// A named group of workflows within a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowView {
    /// Name of the view.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Identifier of the project.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// Workflows in the view.
    #[serde(rename = "workflows", default, skip_serializing_if = "Option::is_none")]
    pub workflows: Option<Vec<WorkflowViewWorkflow>>,
    /// When the view was last changed (Unix seconds).
    #[serde(rename = "update_time", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<i64>,
    /// User who changed the view last.
    #[serde(rename = "update_by", default, skip_serializing_if = "Option::is_none")]
    pub update_by: Option<String>,
}
impl WorkflowView {
    /// Creates an empty `WorkflowView`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            project_key: None,
            workflows: None,
            update_time: None,
            update_by: None,
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
    /// Sets `workflows` and returns the value, for chaining.
    pub fn with_workflows(mut self, value: Vec<WorkflowViewWorkflow>) -> Self {
        self.workflows = Some(value);
        self
    }
    /// Sets `update_time` and returns the value, for chaining.
    pub fn with_update_time(mut self, value: i64) -> Self {
        self.update_time = Some(value);
        self
    }
    /// Sets `update_by` and returns the value, for chaining.
    pub fn with_update_by(mut self, value: impl Into<String>) -> Self {
        self.update_by = Some(value.into());
        self
    }
}
/// A workflow listed in a view.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowViewWorkflow {
    /// Identifier of the workflow.
    #[serde(rename = "workflow_key", default, skip_serializing_if = "Option::is_none")]
    pub workflow_key: Option<String>,
    /// Kind of workflow, `custom`.
    #[serde(rename = "workflow_type", default, skip_serializing_if = "Option::is_none")]
    pub workflow_type: Option<String>,
}
impl WorkflowViewWorkflow {
    /// Creates an empty `WorkflowViewWorkflow`; every field is optional.
    pub fn new() -> Self {
        Self {
            workflow_key: None,
            workflow_type: None,
        }
    }
    /// Sets `workflow_key` and returns the value, for chaining.
    pub fn with_workflow_key(mut self, value: impl Into<String>) -> Self {
        self.workflow_key = Some(value.into());
        self
    }
    /// Sets `workflow_type` and returns the value, for chaining.
    pub fn with_workflow_type(mut self, value: impl Into<String>) -> Self {
        self.workflow_type = Some(value.into());
        self
    }
}
/// A new workflow view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateWorkflowViewRequest {
    /// Identifier of the project.
    #[serde(rename = "project_key")]
    pub project_key: String,
    /// Name of the view.
    #[serde(rename = "name")]
    pub name: String,
    /// Workflows in the view.
    #[serde(rename = "workflow_list")]
    pub workflow_list: Vec<WorkflowViewEntry>,
}
impl CreateWorkflowViewRequest {
    /// Creates a `CreateWorkflowViewRequest` from its required fields; optional fields start as `None`.
    pub fn new(
        project_key: impl Into<String>,
        name: impl Into<String>,
        workflow_list: Vec<WorkflowViewEntry>,
    ) -> Self {
        Self {
            project_key: project_key.into(),
            name: name.into(),
            workflow_list,
        }
    }
}
/// A workflow to put in a new view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowViewEntry {
    /// Identifier of the workflow.
    #[serde(rename = "workflow_key")]
    pub workflow_key: String,
    /// Kind of workflow, `custom`.
    #[serde(rename = "workflow_type")]
    pub workflow_type: String,
}
impl WorkflowViewEntry {
    /// Creates a `WorkflowViewEntry` from its required fields; optional fields start as `None`.
    pub fn new(
        workflow_key: impl Into<String>,
        workflow_type: impl Into<String>,
    ) -> Self {
        Self {
            workflow_key: workflow_key.into(),
            workflow_type: workflow_type.into(),
        }
    }
}
/// Changes to the membership of a workflow view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateWorkflowViewRequest {
    /// Workflows to add or remove.
    #[serde(rename = "workflow_list")]
    pub workflow_list: Vec<WorkflowViewUpdateEntry>,
}
impl UpdateWorkflowViewRequest {
    /// Creates a `UpdateWorkflowViewRequest` from its required fields; optional fields start as `None`.
    pub fn new(workflow_list: Vec<WorkflowViewUpdateEntry>) -> Self {
        Self { workflow_list }
    }
}
/// A workflow to add to or remove from a view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowViewUpdateEntry {
    /// Identifier of the workflow.
    #[serde(rename = "workflow_key")]
    pub workflow_key: String,
    /// Kind of workflow, `custom`.
    #[serde(rename = "workflow_type")]
    pub workflow_type: String,
    /// True puts the workflow in the view, false takes it out.
    #[serde(rename = "enabled")]
    pub enabled: bool,
}
impl WorkflowViewUpdateEntry {
    /// Creates a `WorkflowViewUpdateEntry` from its required fields; optional fields start as `None`.
    pub fn new(
        workflow_key: impl Into<String>,
        workflow_type: impl Into<String>,
        enabled: bool,
    ) -> Self {
        Self {
            workflow_key: workflow_key.into(),
            workflow_type: workflow_type.into(),
            enabled,
        }
    }
}
/// An approval form from an external system that authorises workflow runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateApprovalTicketRequest {
    /// Identifier of the project.
    #[serde(rename = "project_key")]
    pub project_key: String,
    /// Number of the form in the external approval system.
    #[serde(rename = "approval_id")]
    pub approval_id: String,
    /// 1 when the form is in force, 0 when it is void.
    #[serde(rename = "status")]
    pub status: i64,
    /// Environments the form allows (empty means any).
    #[serde(rename = "envs", default, skip_serializing_if = "Option::is_none")]
    pub envs: Option<Vec<String>>,
    /// Service components the form allows (empty means any).
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<ApprovalTicketService>>,
    /// Users allowed to run (empty means anyone).
    #[serde(rename = "users", default, skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<ApprovalTicketUser>>,
    /// Start of the time window in which runs are allowed (Unix seconds; unset means no limit).
    #[serde(
        rename = "execution_window_start",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_window_start: Option<i64>,
    /// End of the time window in which runs are allowed (Unix seconds; unset means no limit).
    #[serde(
        rename = "execution_window_end",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_window_end: Option<i64>,
}
impl CreateApprovalTicketRequest {
    /// Creates a `CreateApprovalTicketRequest` from its required fields; optional fields start as `None`.
    pub fn new(
        project_key: impl Into<String>,
        approval_id: impl Into<String>,
        status: i64,
    ) -> Self {
        Self {
            project_key: project_key.into(),
            approval_id: approval_id.into(),
            status,
            envs: None,
            services: None,
            users: None,
            execution_window_start: None,
            execution_window_end: None,
        }
    }
    /// Sets `envs` and returns the value, for chaining.
    pub fn with_envs(mut self, value: Vec<String>) -> Self {
        self.envs = Some(value);
        self
    }
    /// Sets `services` and returns the value, for chaining.
    pub fn with_services(mut self, value: Vec<ApprovalTicketService>) -> Self {
        self.services = Some(value);
        self
    }
    /// Sets `users` and returns the value, for chaining.
    pub fn with_users(mut self, value: Vec<ApprovalTicketUser>) -> Self {
        self.users = Some(value);
        self
    }
    /// Sets `execution_window_start` and returns the value, for chaining.
    pub fn with_execution_window_start(mut self, value: i64) -> Self {
        self.execution_window_start = Some(value);
        self
    }
    /// Sets `execution_window_end` and returns the value, for chaining.
    pub fn with_execution_window_end(mut self, value: i64) -> Self {
        self.execution_window_end = Some(value);
        self
    }
}
/// A service component an approval form applies to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ApprovalTicketService {
    /// Name of the service.
    #[serde(rename = "service_name")]
    pub service_name: String,
    /// Name of the service component.
    #[serde(rename = "service_module")]
    pub service_module: String,
}
impl ApprovalTicketService {
    /// Creates a `ApprovalTicketService` from its required fields; optional fields start as `None`.
    pub fn new(
        service_name: impl Into<String>,
        service_module: impl Into<String>,
    ) -> Self {
        Self {
            service_name: service_name.into(),
            service_module: service_module.into(),
        }
    }
}
/// A user an approval form allows to run workflows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ApprovalTicketUser {
    /// Name shown on the form.
    #[serde(rename = "name")]
    pub name: String,
    /// E-mail address, used to match the Zadig user.
    #[serde(rename = "email")]
    pub email: String,
}
impl ApprovalTicketUser {
    /// Creates a `ApprovalTicketUser` from its required fields; optional fields start as `None`.
    pub fn new(name: impl Into<String>, email: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            email: email.into(),
        }
    }
}
