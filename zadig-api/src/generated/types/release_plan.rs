// @generated from spec/release_plan.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Release plan API.
//!
//! Release plans: a named, optionally approved and scheduled list of release jobs (free-text instructions or workflow runs). List, read, create, and update a plan together with its jobs.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// One page of release plans.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReleasePlanList {
    /// The plans on this page.
    #[serde(rename = "list", default, skip_serializing_if = "Option::is_none")]
    pub list: Option<Vec<ReleasePlanSummary>>,
    /// Number of plans in all pages.
    #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}
impl ReleasePlanList {
    /// Creates an empty `ReleasePlanList`; every field is optional.
    pub fn new() -> Self {
        Self { list: None, total: None }
    }
    /// Sets `list` and returns the value, for chaining.
    pub fn with_list(mut self, value: Vec<ReleasePlanSummary>) -> Self {
        self.list = Some(value);
        self
    }
    /// Sets `total` and returns the value, for chaining.
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = Some(value);
        self
    }
}
/// A release plan as the list shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReleasePlanSummary {
    /// Id of the plan.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the plan.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Sequence number of the plan.
    #[serde(rename = "index", default, skip_serializing_if = "Option::is_none")]
    pub index: Option<i64>,
    /// User name of the person in charge of the release.
    #[serde(rename = "manager", default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<String>,
    /// Linked requirements, free text.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When the plan was created (Unix seconds).
    #[serde(rename = "create_time", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<i64>,
    /// Who created the plan.
    #[serde(rename = "created_by", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}
impl ReleasePlanSummary {
    /// Creates an empty `ReleasePlanSummary`; every field is optional.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            index: None,
            manager: None,
            description: None,
            create_time: None,
            created_by: None,
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `index` and returns the value, for chaining.
    pub fn with_index(mut self, value: i64) -> Self {
        self.index = Some(value);
        self
    }
    /// Sets `manager` and returns the value, for chaining.
    pub fn with_manager(mut self, value: impl Into<String>) -> Self {
        self.manager = Some(value.into());
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = Some(value);
        self
    }
    /// Sets `created_by` and returns the value, for chaining.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
/// A release plan with its approval settings, jobs and progress timestamps.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReleasePlan {
    /// Id of the plan.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Sequence number of the plan.
    #[serde(rename = "index", default, skip_serializing_if = "Option::is_none")]
    pub index: Option<i64>,
    /// Name of the plan.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// User name of the person in charge of the release.
    #[serde(rename = "manager", default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<String>,
    /// User id of the person in charge of the release.
    #[serde(rename = "manager_id", default, skip_serializing_if = "Option::is_none")]
    pub manager_id: Option<String>,
    /// Start of the release window (Unix seconds).
    #[serde(rename = "start_time", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// End of the release window (Unix seconds).
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// When the plan is scheduled to run (Unix seconds).
    #[serde(
        rename = "schedule_execute_time",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub schedule_execute_time: Option<i64>,
    /// Linked requirements, free text.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Who created the plan.
    #[serde(rename = "created_by", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// When the plan was created (Unix seconds).
    #[serde(rename = "create_time", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<i64>,
    /// Who last changed the plan.
    #[serde(rename = "updated_by", default, skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// When the plan was last changed (Unix seconds).
    #[serde(rename = "update_time", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<i64>,
    /// Approval settings of the plan and their state.
    #[serde(rename = "approval", default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<crate::types::Approval>,
    /// The release jobs of the plan.
    #[serde(rename = "jobs", default, skip_serializing_if = "Option::is_none")]
    pub jobs: Option<Vec<ReleasePlanJob>>,
    /// Stage the plan is in, e.g. planning.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// When planning was finished (Unix seconds, 0 if not yet).
    #[serde(rename = "planning_time", default, skip_serializing_if = "Option::is_none")]
    pub planning_time: Option<i64>,
    /// When approval was finished (Unix seconds, 0 if not yet).
    #[serde(rename = "approval_time", default, skip_serializing_if = "Option::is_none")]
    pub approval_time: Option<i64>,
    /// When execution was finished (Unix seconds, 0 if not yet).
    #[serde(rename = "executing_time", default, skip_serializing_if = "Option::is_none")]
    pub executing_time: Option<i64>,
    /// When the plan succeeded (Unix seconds, 0 if not yet).
    #[serde(rename = "success_time", default, skip_serializing_if = "Option::is_none")]
    pub success_time: Option<i64>,
}
impl ReleasePlan {
    /// Creates an empty `ReleasePlan`; every field is optional.
    pub fn new() -> Self {
        Self {
            id: None,
            index: None,
            name: None,
            manager: None,
            manager_id: None,
            start_time: None,
            end_time: None,
            schedule_execute_time: None,
            description: None,
            created_by: None,
            create_time: None,
            updated_by: None,
            update_time: None,
            approval: None,
            jobs: None,
            status: None,
            planning_time: None,
            approval_time: None,
            executing_time: None,
            success_time: None,
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `index` and returns the value, for chaining.
    pub fn with_index(mut self, value: i64) -> Self {
        self.index = Some(value);
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `manager` and returns the value, for chaining.
    pub fn with_manager(mut self, value: impl Into<String>) -> Self {
        self.manager = Some(value.into());
        self
    }
    /// Sets `manager_id` and returns the value, for chaining.
    pub fn with_manager_id(mut self, value: impl Into<String>) -> Self {
        self.manager_id = Some(value.into());
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
    /// Sets `schedule_execute_time` and returns the value, for chaining.
    pub fn with_schedule_execute_time(mut self, value: i64) -> Self {
        self.schedule_execute_time = Some(value);
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
    /// Sets `approval` and returns the value, for chaining.
    pub fn with_approval(mut self, value: crate::types::Approval) -> Self {
        self.approval = Some(value);
        self
    }
    /// Sets `jobs` and returns the value, for chaining.
    pub fn with_jobs(mut self, value: Vec<ReleasePlanJob>) -> Self {
        self.jobs = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `planning_time` and returns the value, for chaining.
    pub fn with_planning_time(mut self, value: i64) -> Self {
        self.planning_time = Some(value);
        self
    }
    /// Sets `approval_time` and returns the value, for chaining.
    pub fn with_approval_time(mut self, value: i64) -> Self {
        self.approval_time = Some(value);
        self
    }
    /// Sets `executing_time` and returns the value, for chaining.
    pub fn with_executing_time(mut self, value: i64) -> Self {
        self.executing_time = Some(value);
        self
    }
    /// Sets `success_time` and returns the value, for chaining.
    pub fn with_success_time(mut self, value: i64) -> Self {
        self.success_time = Some(value);
        self
    }
}
/// Settings of a new release plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateReleasePlanRequest {
    /// Name of the plan.
    #[serde(rename = "name")]
    pub name: String,
    /// User name of the person in charge of the release.
    #[serde(rename = "manager")]
    pub manager: String,
    /// Account type of the manager, e.g. system (the usual), ldap or oauth.
    #[serde(rename = "manager_identity_type")]
    pub manager_identity_type: String,
    /// Linked requirements, free text.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Start of the release window (Unix seconds).
    #[serde(rename = "start_time", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// End of the release window (Unix seconds).
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// When the plan should run (Unix seconds).
    #[serde(
        rename = "schedule_execute_time",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub schedule_execute_time: Option<i64>,
    /// Approval settings, as for a workflow stage.
    #[serde(rename = "approval", default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<crate::types::Approval>,
}
impl CreateReleasePlanRequest {
    /// Creates a `CreateReleasePlanRequest` from its required fields; optional fields start as `None`.
    pub fn new(
        name: impl Into<String>,
        manager: impl Into<String>,
        manager_identity_type: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            manager: manager.into(),
            manager_identity_type: manager_identity_type.into(),
            description: None,
            start_time: None,
            end_time: None,
            schedule_execute_time: None,
            approval: None,
        }
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
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
    /// Sets `schedule_execute_time` and returns the value, for chaining.
    pub fn with_schedule_execute_time(mut self, value: i64) -> Self {
        self.schedule_execute_time = Some(value);
        self
    }
    /// Sets `approval` and returns the value, for chaining.
    pub fn with_approval(mut self, value: crate::types::Approval) -> Self {
        self.approval = Some(value);
        self
    }
}
/// Result of creating a release plan.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateReleasePlanResponse {
    /// Id of the new plan.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl CreateReleasePlanResponse {
    /// Creates an empty `CreateReleasePlanResponse`; every field is optional.
    pub fn new() -> Self {
        Self { id: None }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
/// New settings of a release plan, including its full list of jobs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateReleasePlanRequest {
    /// Name of the plan.
    #[serde(rename = "name")]
    pub name: String,
    /// User name of the person in charge of the release.
    #[serde(rename = "manager")]
    pub manager: String,
    /// Account type of the manager, e.g. system (the usual), ldap or oauth.
    #[serde(rename = "manager_identity_type")]
    pub manager_identity_type: String,
    /// Linked requirements, free text.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Start of the release window (Unix seconds).
    #[serde(rename = "start_time", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// End of the release window (Unix seconds).
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// When the plan should run (Unix seconds).
    #[serde(
        rename = "schedule_execute_time",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub schedule_execute_time: Option<i64>,
    /// Approval settings, as for a workflow stage.
    #[serde(rename = "approval", default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<crate::types::Approval>,
    /// The release jobs of the plan.
    #[serde(rename = "jobs", default, skip_serializing_if = "Option::is_none")]
    pub jobs: Option<Vec<ReleasePlanJob>>,
    /// Global variables; only the docs' request example shows this field (the parameter table does not list it).
    #[serde(rename = "parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<crate::types::WorkflowParameterInput>>,
}
impl UpdateReleasePlanRequest {
    /// Creates a `UpdateReleasePlanRequest` from its required fields; optional fields start as `None`.
    pub fn new(
        name: impl Into<String>,
        manager: impl Into<String>,
        manager_identity_type: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            manager: manager.into(),
            manager_identity_type: manager_identity_type.into(),
            description: None,
            start_time: None,
            end_time: None,
            schedule_execute_time: None,
            approval: None,
            jobs: None,
            parameters: None,
        }
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
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
    /// Sets `schedule_execute_time` and returns the value, for chaining.
    pub fn with_schedule_execute_time(mut self, value: i64) -> Self {
        self.schedule_execute_time = Some(value);
        self
    }
    /// Sets `approval` and returns the value, for chaining.
    pub fn with_approval(mut self, value: crate::types::Approval) -> Self {
        self.approval = Some(value);
        self
    }
    /// Sets `jobs` and returns the value, for chaining.
    pub fn with_jobs(mut self, value: Vec<ReleasePlanJob>) -> Self {
        self.jobs = Some(value);
        self
    }
    /// Sets `parameters` and returns the value, for chaining.
    pub fn with_parameters(
        mut self,
        value: Vec<crate::types::WorkflowParameterInput>,
    ) -> Self {
        self.parameters = Some(value);
        self
    }
}
/// One job of a release plan; `type` says whether it is a text note or a workflow run.
///
/// The field `type` selects the variant. A tag this version does not know decodes to
/// [`ReleasePlanJob::Unknown`], which keeps the whole object.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ReleasePlanJob {
    /// `type` = `text`: A free-text instruction carried out by hand.
    Text(TextReleaseJob),
    /// `type` = `workflow`: A run of a custom workflow with given inputs.
    Workflow(WorkflowReleaseJob),
    /// A variant this version of the bindings does not know; it keeps the JSON object.
    Unknown(crate::types::UnknownVariant),
}
impl ReleasePlanJob {
    /// The tag value on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::Text(_) => "text",
            Self::Workflow(_) => "workflow",
            Self::Unknown(value) => value.tag(),
        }
    }
}
impl From<TextReleaseJob> for ReleasePlanJob {
    fn from(value: TextReleaseJob) -> Self {
        Self::Text(value)
    }
}
impl From<WorkflowReleaseJob> for ReleasePlanJob {
    fn from(value: WorkflowReleaseJob) -> Self {
        Self::Workflow(value)
    }
}
impl Serialize for ReleasePlanJob {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "type",
                    "text",
                    value,
                )
            }
            Self::Workflow(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "type",
                    "workflow",
                    value,
                )
            }
            Self::Unknown(value) => value.as_json().serialize(serializer),
        }
    }
}
impl<'de> Deserialize<'de> for ReleasePlanJob {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (tag, object) = crate::runtime::model::deserialize_tagged(
            deserializer,
            "type",
        )?;
        match tag.as_str() {
            "text" => crate::runtime::model::from_object(object).map(Self::Text),
            "workflow" => crate::runtime::model::from_object(object).map(Self::Workflow),
            _ => Ok(Self::Unknown(crate::types::UnknownVariant::new(tag, object))),
        }
    }
}
/// A release job whose content is free text (rich-text HTML).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TextReleaseJob {
    /// Id of the job (set by the server).
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the job.
    #[serde(rename = "name")]
    pub name: String,
    /// What the job says.
    #[serde(rename = "spec")]
    pub spec: TextReleaseJobSpec,
    /// Current state of the job.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// State of the job before the current one.
    #[serde(rename = "last_status", default, skip_serializing_if = "Option::is_none")]
    pub last_status: Option<String>,
    /// Whether the job was changed since it last ran.
    #[serde(rename = "updated", default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<bool>,
    /// Who carried the job out.
    #[serde(rename = "executed_by", default, skip_serializing_if = "Option::is_none")]
    pub executed_by: Option<String>,
    /// When the job was carried out (Unix seconds, 0 if not yet).
    #[serde(rename = "executed_time", default, skip_serializing_if = "Option::is_none")]
    pub executed_time: Option<i64>,
}
impl TextReleaseJob {
    /// Creates a `TextReleaseJob` from its required fields; optional fields start as `None`.
    pub fn new(name: impl Into<String>, spec: TextReleaseJobSpec) -> Self {
        Self {
            id: None,
            name: name.into(),
            spec,
            status: None,
            last_status: None,
            updated: None,
            executed_by: None,
            executed_time: None,
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `last_status` and returns the value, for chaining.
    pub fn with_last_status(mut self, value: impl Into<String>) -> Self {
        self.last_status = Some(value.into());
        self
    }
    /// Sets `updated` and returns the value, for chaining.
    pub fn with_updated(mut self, value: bool) -> Self {
        self.updated = Some(value);
        self
    }
    /// Sets `executed_by` and returns the value, for chaining.
    pub fn with_executed_by(mut self, value: impl Into<String>) -> Self {
        self.executed_by = Some(value.into());
        self
    }
    /// Sets `executed_time` and returns the value, for chaining.
    pub fn with_executed_time(mut self, value: i64) -> Self {
        self.executed_time = Some(value);
        self
    }
}
/// Content of a text release job (the docs call it TextReleasePlanJob).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TextReleaseJobSpec {
    /// The text, usually HTML.
    #[serde(rename = "content", default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// A remark on the job.
    #[serde(rename = "remark", default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
}
impl TextReleaseJobSpec {
    /// Creates an empty `TextReleaseJobSpec`; every field is optional.
    pub fn new() -> Self {
        Self {
            content: None,
            remark: None,
        }
    }
    /// Sets `content` and returns the value, for chaining.
    pub fn with_content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `remark` and returns the value, for chaining.
    pub fn with_remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
/// A release job that runs a custom workflow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowReleaseJob {
    /// Id of the job (set by the server).
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the job.
    #[serde(rename = "name")]
    pub name: String,
    /// Which workflow to run and with what inputs.
    #[serde(rename = "spec")]
    pub spec: WorkflowReleaseJobSpec,
    /// Current state of the job.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// State of the job before the current one.
    #[serde(rename = "last_status", default, skip_serializing_if = "Option::is_none")]
    pub last_status: Option<String>,
    /// Whether the job was changed since it last ran.
    #[serde(rename = "updated", default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<bool>,
    /// Who carried the job out.
    #[serde(rename = "executed_by", default, skip_serializing_if = "Option::is_none")]
    pub executed_by: Option<String>,
    /// When the job was carried out (Unix seconds, 0 if not yet).
    #[serde(rename = "executed_time", default, skip_serializing_if = "Option::is_none")]
    pub executed_time: Option<i64>,
}
impl WorkflowReleaseJob {
    /// Creates a `WorkflowReleaseJob` from its required fields; optional fields start as `None`.
    pub fn new(name: impl Into<String>, spec: WorkflowReleaseJobSpec) -> Self {
        Self {
            id: None,
            name: name.into(),
            spec,
            status: None,
            last_status: None,
            updated: None,
            executed_by: None,
            executed_time: None,
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `last_status` and returns the value, for chaining.
    pub fn with_last_status(mut self, value: impl Into<String>) -> Self {
        self.last_status = Some(value.into());
        self
    }
    /// Sets `updated` and returns the value, for chaining.
    pub fn with_updated(mut self, value: bool) -> Self {
        self.updated = Some(value);
        self
    }
    /// Sets `executed_by` and returns the value, for chaining.
    pub fn with_executed_by(mut self, value: impl Into<String>) -> Self {
        self.executed_by = Some(value.into());
        self
    }
    /// Sets `executed_time` and returns the value, for chaining.
    pub fn with_executed_time(mut self, value: i64) -> Self {
        self.executed_time = Some(value);
        self
    }
}
/// The workflow a release job runs and its inputs (the docs call it WorkflowReleasePlanJob); the items are those of a workflow execution request.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WorkflowReleaseJobSpec {
    /// Identifier of the workflow.
    #[serde(rename = "workflow_key", default, skip_serializing_if = "Option::is_none")]
    pub workflow_key: Option<String>,
    /// Identifier of the project the workflow belongs to.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// Values of the workflow's global variables.
    #[serde(rename = "parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<crate::types::WorkflowParameterInput>>,
    /// Inputs of the workflow's jobs.
    #[serde(rename = "inputs", default, skip_serializing_if = "Option::is_none")]
    pub inputs: Option<Vec<crate::types::WorkflowJobInput>>,
    /// A remark on the job.
    #[serde(rename = "remark", default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
}
impl WorkflowReleaseJobSpec {
    /// Creates an empty `WorkflowReleaseJobSpec`; every field is optional.
    pub fn new() -> Self {
        Self {
            workflow_key: None,
            project_key: None,
            parameters: None,
            inputs: None,
            remark: None,
        }
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
    /// Sets `parameters` and returns the value, for chaining.
    pub fn with_parameters(
        mut self,
        value: Vec<crate::types::WorkflowParameterInput>,
    ) -> Self {
        self.parameters = Some(value);
        self
    }
    /// Sets `inputs` and returns the value, for chaining.
    pub fn with_inputs(mut self, value: Vec<crate::types::WorkflowJobInput>) -> Self {
        self.inputs = Some(value);
        self
    }
    /// Sets `remark` and returns the value, for chaining.
    pub fn with_remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
