// @generated from spec/release_plan.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Release plan API.
//!
//! Release plans: a named, optionally approved and scheduled list of release jobs (free-text instructions or workflow runs). List, read, create, and update a plan together with its jobs.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// One page of release plans.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReleasePlanList {
    /// The plans on this page.
    pub list: Vec<ReleasePlanSummary>,
    /// Number of plans in all pages.
    pub total: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ReleasePlanList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("list", &self.list);
        map.some("total", &self.total);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ReleasePlanList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ReleasePlanList {
    const NAME: &'static str = "ReleasePlanList";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "list" => or_default(map, &mut self.list),
            "total" => value(map, &mut self.total),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ReleasePlanList {
    /// Creates an empty `ReleasePlanList`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A release plan as the list shows it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReleasePlanSummary {
    /// Id of the plan.
    pub id: Option<String>,
    /// Name of the plan.
    pub name: String,
    /// Sequence number of the plan.
    pub index: i64,
    /// User name of the person in charge of the release.
    pub manager: String,
    /// Linked requirements, free text.
    pub description: String,
    /// When the plan was created (Unix seconds).
    pub create_time: i64,
    /// Who created the plan.
    pub created_by: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ReleasePlanSummary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.entry("name", &self.name);
        map.entry("index", &self.index);
        map.entry("manager", &self.manager);
        map.entry("description", &self.description);
        map.entry("create_time", &self.create_time);
        map.entry("created_by", &self.created_by);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ReleasePlanSummary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ReleasePlanSummary {
    const NAME: &'static str = "ReleasePlanSummary";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "name" => or_default(map, &mut self.name),
            "index" => or_default(map, &mut self.index),
            "manager" => or_default(map, &mut self.manager),
            "description" => or_default(map, &mut self.description),
            "create_time" => or_default(map, &mut self.create_time),
            "created_by" => or_default(map, &mut self.created_by),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ReleasePlanSummary {
    /// Creates an empty `ReleasePlanSummary`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A release plan with its approval settings, jobs and progress timestamps.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReleasePlan {
    /// Id of the plan.
    pub id: Option<String>,
    /// Sequence number of the plan.
    pub index: i64,
    /// Revision number of the plan; 1 when created, raised by each update.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub version: i64,
    /// Name of the plan.
    pub name: String,
    /// User name of the person in charge of the release.
    pub manager: String,
    /// User id of the person in charge of the release.
    pub manager_id: String,
    /// User id of an approver; the server at this version never sets it, so it is usually empty.
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub approver_id: String,
    /// Start of the release window (Unix seconds).
    pub start_time: i64,
    /// End of the release window (Unix seconds).
    pub end_time: i64,
    /// When the plan is scheduled to run (Unix seconds).
    pub schedule_execute_time: i64,
    /// Linked requirements, free text.
    pub description: String,
    /// Who created the plan.
    pub created_by: String,
    /// When the plan was created (Unix seconds).
    pub create_time: i64,
    /// Who last changed the plan.
    pub updated_by: String,
    /// When the plan was last changed (Unix seconds).
    pub update_time: i64,
    /// Jira sprints linked to the plan (null when none).
    pub jira_sprint_association: Option<ReleasePlanJiraSprintAssociation>,
    /// Approval settings of the plan and their state.
    pub approval: Option<crate::types::Approval>,
    /// The release jobs of the plan.
    pub jobs: Vec<ReleasePlanJob>,
    /// Stage the plan is in.
    pub status: ReleasePlanStatus,
    /// When planning was finished (Unix seconds, 0 if not yet).
    pub planning_time: i64,
    /// When the plan was marked as fully planned (Unix seconds, 0 if not yet).
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub finish_planning_time: i64,
    /// When approval was finished (Unix seconds, 0 if not yet).
    pub approval_time: i64,
    /// When execution was finished (Unix seconds, 0 if not yet).
    pub executing_time: i64,
    /// When the plan succeeded (Unix seconds, 0 if not yet).
    pub success_time: i64,
    /// A 16-hex-digit fingerprint of the plan's content, renewed when the plan changes; a webhook callback must quote it to be accepted.
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub instance_code: String,
    /// Webhook notifications sent on plan events (null when not set).
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub hook_settings: Option<ReleasePlanHookSettings>,
    /// When the plan started waiting for an external check after planning (Unix seconds, 0 if never).
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub wait_for_finish_planning_external_check_time: i64,
    /// When the plan started waiting for an external check before approval (Unix seconds, 0 if never).
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub wait_for_approve_external_check_time: i64,
    /// When the plan started waiting for an external check before execution (Unix seconds, 0 if never).
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub wait_for_execute_external_check_time: i64,
    /// When the plan started waiting for an external check after all jobs were done (Unix seconds, 0 if never).
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub wait_for_all_done_external_check_time: i64,
    /// Why the last external check failed (empty if none failed).
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub external_check_failed_reason: String,
    /// Text the external system sent back with its check result.
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub callback_description: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ReleasePlan {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.entry("index", &self.index);
        map.entry("version", &self.version);
        map.entry("name", &self.name);
        map.entry("manager", &self.manager);
        map.entry("manager_id", &self.manager_id);
        map.entry("approver_id", &self.approver_id);
        map.entry("start_time", &self.start_time);
        map.entry("end_time", &self.end_time);
        map.entry("schedule_execute_time", &self.schedule_execute_time);
        map.entry("description", &self.description);
        map.entry("created_by", &self.created_by);
        map.entry("create_time", &self.create_time);
        map.entry("updated_by", &self.updated_by);
        map.entry("update_time", &self.update_time);
        map.some("jira_sprint_association", &self.jira_sprint_association);
        map.some("approval", &self.approval);
        map.entry("jobs", &self.jobs);
        map.entry("status", &self.status);
        map.entry("planning_time", &self.planning_time);
        map.entry("finish_planning_time", &self.finish_planning_time);
        map.entry("approval_time", &self.approval_time);
        map.entry("executing_time", &self.executing_time);
        map.entry("success_time", &self.success_time);
        map.entry("instance_code", &self.instance_code);
        map.some("hook_settings", &self.hook_settings);
        map.entry(
            "wait_for_finish_planning_external_check_time",
            &self.wait_for_finish_planning_external_check_time,
        );
        map.entry(
            "wait_for_approve_external_check_time",
            &self.wait_for_approve_external_check_time,
        );
        map.entry(
            "wait_for_execute_external_check_time",
            &self.wait_for_execute_external_check_time,
        );
        map.entry(
            "wait_for_all_done_external_check_time",
            &self.wait_for_all_done_external_check_time,
        );
        map.entry("external_check_failed_reason", &self.external_check_failed_reason);
        map.entry("callback_description", &self.callback_description);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ReleasePlan {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ReleasePlan {
    const NAME: &'static str = "ReleasePlan";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "index" => or_default(map, &mut self.index),
            "version" => or_default(map, &mut self.version),
            "name" => or_default(map, &mut self.name),
            "manager" => or_default(map, &mut self.manager),
            "manager_id" => or_default(map, &mut self.manager_id),
            "approver_id" => or_default(map, &mut self.approver_id),
            "start_time" => or_default(map, &mut self.start_time),
            "end_time" => or_default(map, &mut self.end_time),
            "schedule_execute_time" => or_default(map, &mut self.schedule_execute_time),
            "description" => or_default(map, &mut self.description),
            "created_by" => or_default(map, &mut self.created_by),
            "create_time" => or_default(map, &mut self.create_time),
            "updated_by" => or_default(map, &mut self.updated_by),
            "update_time" => or_default(map, &mut self.update_time),
            "jira_sprint_association" => value(map, &mut self.jira_sprint_association),
            "approval" => value(map, &mut self.approval),
            "jobs" => or_default(map, &mut self.jobs),
            "status" => or_default(map, &mut self.status),
            "planning_time" => or_default(map, &mut self.planning_time),
            "finish_planning_time" => or_default(map, &mut self.finish_planning_time),
            "approval_time" => or_default(map, &mut self.approval_time),
            "executing_time" => or_default(map, &mut self.executing_time),
            "success_time" => or_default(map, &mut self.success_time),
            "instance_code" => or_default(map, &mut self.instance_code),
            "hook_settings" => value(map, &mut self.hook_settings),
            "wait_for_finish_planning_external_check_time" => {
                or_default(map, &mut self.wait_for_finish_planning_external_check_time)
            }
            "wait_for_approve_external_check_time" => {
                or_default(map, &mut self.wait_for_approve_external_check_time)
            }
            "wait_for_execute_external_check_time" => {
                or_default(map, &mut self.wait_for_execute_external_check_time)
            }
            "wait_for_all_done_external_check_time" => {
                or_default(map, &mut self.wait_for_all_done_external_check_time)
            }
            "external_check_failed_reason" => {
                or_default(map, &mut self.external_check_failed_reason)
            }
            "callback_description" => or_default(map, &mut self.callback_description),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ReleasePlan {
    /// Creates an empty `ReleasePlan`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Settings of a new release plan.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateReleasePlanRequest {
    /// Name of the plan.
    pub name: String,
    /// User name of the person in charge of the release.
    pub manager: String,
    /// Account type of the manager, e.g. system (the usual), ldap or oauth.
    pub manager_identity_type: String,
    /// Linked requirements, free text.
    pub description: String,
    /// Start of the release window (Unix seconds).
    pub start_time: i64,
    /// End of the release window (Unix seconds).
    pub end_time: i64,
    /// When the plan should run (Unix seconds).
    ///
    /// The Zadig releases that send or read this field: v4.0.0 and later; the others ignore it when it is sent.
    pub schedule_execute_time: i64,
    /// Approval settings, as for a workflow stage.
    pub approval: Option<crate::types::Approval>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CreateReleasePlanRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("manager", &self.manager);
        map.entry("manager_identity_type", &self.manager_identity_type);
        map.entry("description", &self.description);
        map.entry("start_time", &self.start_time);
        map.entry("end_time", &self.end_time);
        map.entry("schedule_execute_time", &self.schedule_execute_time);
        map.some("approval", &self.approval);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CreateReleasePlanRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CreateReleasePlanRequest {
    const NAME: &'static str = "CreateReleasePlanRequest";
    const REQUIRED: &'static [&'static str] = &[
        "name",
        "manager",
        "manager_identity_type",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "name" => required(map, &mut self.name, 0u32),
            "manager" => required(map, &mut self.manager, 1u32),
            "manager_identity_type" => {
                required(map, &mut self.manager_identity_type, 2u32)
            }
            "description" => or_default(map, &mut self.description),
            "start_time" => or_default(map, &mut self.start_time),
            "end_time" => or_default(map, &mut self.end_time),
            "schedule_execute_time" => or_default(map, &mut self.schedule_execute_time),
            "approval" => value(map, &mut self.approval),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CreateReleasePlanRequest {
    /// Creates a `CreateReleasePlanRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        manager: impl Into<String>,
        manager_identity_type: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            manager: manager.into(),
            manager_identity_type: manager_identity_type.into(),
            ..Self::default()
        }
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `start_time` and returns the value, for chaining.
    #[inline]
    pub fn with_start_time(mut self, value: i64) -> Self {
        self.start_time = value;
        self
    }
    /// Sets `end_time` and returns the value, for chaining.
    #[inline]
    pub fn with_end_time(mut self, value: i64) -> Self {
        self.end_time = value;
        self
    }
    /// Sets `schedule_execute_time` and returns the value, for chaining.
    #[inline]
    pub fn with_schedule_execute_time(mut self, value: i64) -> Self {
        self.schedule_execute_time = value;
        self
    }
    /// Sets `approval` and returns the value, for chaining.
    #[inline]
    pub fn with_approval(mut self, value: crate::types::Approval) -> Self {
        self.approval = Some(value);
        self
    }
}
/// Result of creating a release plan.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateReleasePlanResponse {
    /// Id of the new plan.
    pub id: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CreateReleasePlanResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("id", &self.id);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CreateReleasePlanResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CreateReleasePlanResponse {
    const NAME: &'static str = "CreateReleasePlanResponse";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "id" => or_default(map, &mut self.id),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CreateReleasePlanResponse {
    /// Creates an empty `CreateReleasePlanResponse`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// New settings of a release plan, including its full list of jobs.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateReleasePlanRequest {
    /// Name of the plan.
    pub name: String,
    /// User name of the person in charge of the release.
    pub manager: String,
    /// Account type of the manager, e.g. system (the usual), ldap or oauth.
    pub manager_identity_type: String,
    /// Linked requirements, free text.
    pub description: String,
    /// Start of the release window (Unix seconds).
    pub start_time: i64,
    /// End of the release window (Unix seconds).
    pub end_time: i64,
    /// When the plan should run (Unix seconds).
    pub schedule_execute_time: i64,
    /// Approval settings, as for a workflow stage.
    pub approval: Option<crate::types::Approval>,
    /// The full new list of release jobs, in order; the old jobs are dropped.
    pub jobs: Vec<ReleasePlanJobInput>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for UpdateReleasePlanRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("manager", &self.manager);
        map.entry("manager_identity_type", &self.manager_identity_type);
        map.entry("description", &self.description);
        map.entry("start_time", &self.start_time);
        map.entry("end_time", &self.end_time);
        map.entry("schedule_execute_time", &self.schedule_execute_time);
        map.some("approval", &self.approval);
        map.entry("jobs", &self.jobs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for UpdateReleasePlanRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for UpdateReleasePlanRequest {
    const NAME: &'static str = "UpdateReleasePlanRequest";
    const REQUIRED: &'static [&'static str] = &[
        "name",
        "manager",
        "manager_identity_type",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "name" => required(map, &mut self.name, 0u32),
            "manager" => required(map, &mut self.manager, 1u32),
            "manager_identity_type" => {
                required(map, &mut self.manager_identity_type, 2u32)
            }
            "description" => or_default(map, &mut self.description),
            "start_time" => or_default(map, &mut self.start_time),
            "end_time" => or_default(map, &mut self.end_time),
            "schedule_execute_time" => or_default(map, &mut self.schedule_execute_time),
            "approval" => value(map, &mut self.approval),
            "jobs" => or_default(map, &mut self.jobs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl UpdateReleasePlanRequest {
    /// Creates a `UpdateReleasePlanRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        manager: impl Into<String>,
        manager_identity_type: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            manager: manager.into(),
            manager_identity_type: manager_identity_type.into(),
            ..Self::default()
        }
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `start_time` and returns the value, for chaining.
    #[inline]
    pub fn with_start_time(mut self, value: i64) -> Self {
        self.start_time = value;
        self
    }
    /// Sets `end_time` and returns the value, for chaining.
    #[inline]
    pub fn with_end_time(mut self, value: i64) -> Self {
        self.end_time = value;
        self
    }
    /// Sets `schedule_execute_time` and returns the value, for chaining.
    #[inline]
    pub fn with_schedule_execute_time(mut self, value: i64) -> Self {
        self.schedule_execute_time = value;
        self
    }
    /// Sets `approval` and returns the value, for chaining.
    #[inline]
    pub fn with_approval(mut self, value: crate::types::Approval) -> Self {
        self.approval = Some(value);
        self
    }
    /// Sets `jobs` and returns the value, for chaining.
    #[inline]
    pub fn with_jobs(mut self, value: Vec<ReleasePlanJobInput>) -> Self {
        self.jobs = value;
        self
    }
}
/// One job of a release plan as the server stores it, with its progress.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReleasePlanJob {
    /// Id of the job (set by the server).
    pub id: String,
    /// Name of the job.
    pub name: String,
    /// What kind of job it is; it decides the shape of `spec`.
    pub r#type: ReleasePlanJobType,
    /// What the job does, as free-form JSON: for `text` a TextReleaseJobSpec; for `workflow` an object with the workflow definition (`workflow`), the run's state (`status`) and run number (`task_id`).
    pub spec: Option<serde_json::Value>,
    /// User name of the person in charge of the job (empty if none).
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub manager: String,
    /// User id of the person in charge of the job (empty if none).
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub manager_id: String,
    /// Current state of the job (empty before the plan runs).
    pub status: Option<ReleasePlanJobStatus>,
    /// State of the job before the plan went back to planning (empty if it never did).
    pub last_status: Option<ReleasePlanJobStatus>,
    /// Whether the job was changed since it last ran.
    pub updated: Option<bool>,
    /// Who carried the job out.
    pub executed_by: Option<String>,
    /// When the job was carried out (Unix seconds, 0 if not yet).
    pub executed_time: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ReleasePlanJob {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("id", &self.id);
        map.entry("name", &self.name);
        map.entry("type", &self.r#type);
        map.some("spec", &self.spec);
        map.entry("manager", &self.manager);
        map.entry("manager_id", &self.manager_id);
        map.some("status", &self.status);
        map.some("last_status", &self.last_status);
        map.some("updated", &self.updated);
        map.some("executed_by", &self.executed_by);
        map.some("executed_time", &self.executed_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ReleasePlanJob {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ReleasePlanJob {
    const NAME: &'static str = "ReleasePlanJob";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => or_default(map, &mut self.id),
            "name" => or_default(map, &mut self.name),
            "type" => or_default(map, &mut self.r#type),
            "spec" => value(map, &mut self.spec),
            "manager" => or_default(map, &mut self.manager),
            "manager_id" => or_default(map, &mut self.manager_id),
            "status" => value(map, &mut self.status),
            "last_status" => value(map, &mut self.last_status),
            "updated" => value(map, &mut self.updated),
            "executed_by" => value(map, &mut self.executed_by),
            "executed_time" => value(map, &mut self.executed_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ReleasePlanJob {
    /// Creates an empty `ReleasePlanJob`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One job of a release plan, as sent to update the plan.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReleasePlanJobInput {
    /// Name of the job.
    pub name: String,
    /// What kind of job it is; it decides the shape of `spec`.
    pub r#type: ReleasePlanJobType,
    /// What the job does: a TextReleaseJobSpec for `text`, a WorkflowReleaseJobSpec for `workflow` (the server takes any JSON here and converts it by `type`).
    pub spec: Option<serde_json::Value>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ReleasePlanJobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("type", &self.r#type);
        map.some("spec", &self.spec);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ReleasePlanJobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ReleasePlanJobInput {
    const NAME: &'static str = "ReleasePlanJobInput";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "type" => or_default(map, &mut self.r#type),
            "spec" => value(map, &mut self.spec),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ReleasePlanJobInput {
    /// Creates an empty `ReleasePlanJobInput`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `type` and returns the value, for chaining.
    #[inline]
    pub fn with_type(mut self, value: ReleasePlanJobType) -> Self {
        self.r#type = value;
        self
    }
    /// Sets `spec` and returns the value, for chaining.
    #[inline]
    pub fn with_spec(mut self, value: serde_json::Value) -> Self {
        self.spec = Some(value);
        self
    }
}
/// Kind of a release job.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ReleasePlanJobType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReleasePlanJobType {
    /// `text`: A free-text instruction carried out by hand.
    Text,
    /// `workflow`: A run of a custom workflow with given inputs.
    Workflow,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ReleasePlanJobType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Workflow => "workflow",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for ReleasePlanJobType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for ReleasePlanJobType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "text" => Self::Text,
            "workflow" => Self::Workflow,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ReleasePlanJobType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for ReleasePlanJobType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ReleasePlanJobType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ReleasePlanJobType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ReleasePlanJobType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Where a release job stands.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ReleasePlanJobStatus::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReleasePlanJobStatus {
    /// `todo`: Not carried out yet.
    Todo,
    /// `running`: Being carried out (a workflow run in progress).
    Running,
    /// `done`: Carried out successfully.
    Done,
    /// `skipped`: Skipped.
    Skipped,
    /// `failed`: Carried out and failed.
    Failed,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ReleasePlanJobStatus {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Todo => "todo",
            Self::Running => "running",
            Self::Done => "done",
            Self::Skipped => "skipped",
            Self::Failed => "failed",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for ReleasePlanJobStatus {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for ReleasePlanJobStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "todo" => Self::Todo,
            "running" => Self::Running,
            "done" => Self::Done,
            "skipped" => Self::Skipped,
            "failed" => Self::Failed,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ReleasePlanJobStatus {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for ReleasePlanJobStatus {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ReleasePlanJobStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ReleasePlanJobStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ReleasePlanJobStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Content of a text release job (the docs call it TextReleasePlanJob): the `spec` of a job whose type is `text`, in requests and responses.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TextReleaseJobSpec {
    /// The text, usually HTML.
    pub content: Option<String>,
    /// A remark on the job.
    pub remark: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for TextReleaseJobSpec {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("content", &self.content);
        map.some("remark", &self.remark);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for TextReleaseJobSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for TextReleaseJobSpec {
    const NAME: &'static str = "TextReleaseJobSpec";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "content" => value(map, &mut self.content),
            "remark" => value(map, &mut self.remark),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl TextReleaseJobSpec {
    /// Creates an empty `TextReleaseJobSpec`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The workflow a release job runs and its inputs (the docs call it WorkflowReleasePlanJob): the `spec` of a `workflow` job sent to update a plan; the items are those of a workflow execution request.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkflowReleaseJobSpec {
    /// Identifier of the workflow.
    pub workflow_key: Option<String>,
    /// Identifier of the project the workflow belongs to.
    pub project_key: Option<String>,
    /// Values of the workflow's global variables.
    pub parameters: Option<Vec<crate::types::WorkflowParameterInput>>,
    /// Inputs of the workflow's jobs.
    pub inputs: Option<Vec<crate::types::WorkflowJobInput>>,
    /// A remark on the job.
    pub remark: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkflowReleaseJobSpec {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("workflow_key", &self.workflow_key);
        map.some("project_key", &self.project_key);
        map.some("parameters", &self.parameters);
        map.some("inputs", &self.inputs);
        map.some("remark", &self.remark);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkflowReleaseJobSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkflowReleaseJobSpec {
    const NAME: &'static str = "WorkflowReleaseJobSpec";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "workflow_key" => value(map, &mut self.workflow_key),
            "project_key" => value(map, &mut self.project_key),
            "parameters" => value(map, &mut self.parameters),
            "inputs" => value(map, &mut self.inputs),
            "remark" => value(map, &mut self.remark),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkflowReleaseJobSpec {
    /// Creates an empty `WorkflowReleaseJobSpec`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Stage a release plan is in.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ReleasePlanStatus::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReleasePlanStatus {
    /// `planning`: Being planned; jobs can still be changed.
    Planning,
    /// `finish_planning`: Planning is finished.
    FinishPlanning,
    /// `wait_for_approval`: Waiting for approval.
    WaitForApproval,
    /// `executing`: The jobs are being carried out.
    Executing,
    /// `denied`: The approval was rejected.
    Denied,
    /// `wait_for_finish_planning_external_check`: Waiting for an external system to check the finished plan.
    WaitForFinishPlanningExternalCheck,
    /// `wait_for_execute_external_check`: Waiting for an external system to allow execution.
    WaitForExecuteExternalCheck,
    /// `wait_for_all_done_external_check`: All jobs are done; waiting for an external system's final check.
    WaitForAllDoneExternalCheck,
    /// `timeout`: The release window passed before the plan was carried out.
    Timeout,
    /// `success`: All jobs were carried out; the release is complete.
    Success,
    /// `wait_for_finish_planning_external_check_failed`: The external check of the finished plan failed.
    WaitForFinishPlanningExternalCheckFailed,
    /// `wait_for_execute_external_check_failed`: The external check before execution failed.
    WaitForExecuteExternalCheckFailed,
    /// `wait_for_all_done_external_check_failed`: The final external check failed.
    WaitForAllDoneExternalCheckFailed,
    /// `cancel`: The plan was cancelled.
    Cancel,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ReleasePlanStatus {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Planning => "planning",
            Self::FinishPlanning => "finish_planning",
            Self::WaitForApproval => "wait_for_approval",
            Self::Executing => "executing",
            Self::Denied => "denied",
            Self::WaitForFinishPlanningExternalCheck => {
                "wait_for_finish_planning_external_check"
            }
            Self::WaitForExecuteExternalCheck => "wait_for_execute_external_check",
            Self::WaitForAllDoneExternalCheck => "wait_for_all_done_external_check",
            Self::Timeout => "timeout",
            Self::Success => "success",
            Self::WaitForFinishPlanningExternalCheckFailed => {
                "wait_for_finish_planning_external_check_failed"
            }
            Self::WaitForExecuteExternalCheckFailed => {
                "wait_for_execute_external_check_failed"
            }
            Self::WaitForAllDoneExternalCheckFailed => {
                "wait_for_all_done_external_check_failed"
            }
            Self::Cancel => "cancel",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for ReleasePlanStatus {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for ReleasePlanStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "planning" => Self::Planning,
            "finish_planning" => Self::FinishPlanning,
            "wait_for_approval" => Self::WaitForApproval,
            "executing" => Self::Executing,
            "denied" => Self::Denied,
            "wait_for_finish_planning_external_check" => {
                Self::WaitForFinishPlanningExternalCheck
            }
            "wait_for_execute_external_check" => Self::WaitForExecuteExternalCheck,
            "wait_for_all_done_external_check" => Self::WaitForAllDoneExternalCheck,
            "timeout" => Self::Timeout,
            "success" => Self::Success,
            "wait_for_finish_planning_external_check_failed" => {
                Self::WaitForFinishPlanningExternalCheckFailed
            }
            "wait_for_execute_external_check_failed" => {
                Self::WaitForExecuteExternalCheckFailed
            }
            "wait_for_all_done_external_check_failed" => {
                Self::WaitForAllDoneExternalCheckFailed
            }
            "cancel" => Self::Cancel,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ReleasePlanStatus {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for ReleasePlanStatus {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ReleasePlanStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ReleasePlanStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ReleasePlanStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Webhook notifications of a release plan.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReleasePlanHookSettings {
    /// Whether notifications are sent.
    pub enable: bool,
    /// Whether the plan waits for the receiving system to call back with a check result.
    pub enable_call_back: bool,
    /// The plan events that trigger a notification.
    pub hook_events: Vec<ReleasePlanHookEvent>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ReleasePlanHookSettings {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("enable", &self.enable);
        map.entry("enable_call_back", &self.enable_call_back);
        map.entry("hook_events", &self.hook_events);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ReleasePlanHookSettings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ReleasePlanHookSettings {
    const NAME: &'static str = "ReleasePlanHookSettings";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "enable" => or_default(map, &mut self.enable),
            "enable_call_back" => or_default(map, &mut self.enable_call_back),
            "hook_events" => or_default(map, &mut self.hook_events),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ReleasePlanHookSettings {
    /// Creates an empty `ReleasePlanHookSettings`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A release plan event that can trigger a webhook.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ReleasePlanHookEvent::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReleasePlanHookEvent {
    /// `finish_planning`: Planning was finished.
    FinishPlanning,
    /// `start_execute`: Execution started.
    StartExecute,
    /// `all_job_done`: Every job is done.
    AllJobDone,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ReleasePlanHookEvent {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::FinishPlanning => "finish_planning",
            Self::StartExecute => "start_execute",
            Self::AllJobDone => "all_job_done",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for ReleasePlanHookEvent {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for ReleasePlanHookEvent {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "finish_planning" => Self::FinishPlanning,
            "start_execute" => Self::StartExecute,
            "all_job_done" => Self::AllJobDone,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ReleasePlanHookEvent {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for ReleasePlanHookEvent {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ReleasePlanHookEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ReleasePlanHookEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ReleasePlanHookEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Jira sprints linked to a release plan.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReleasePlanJiraSprintAssociation {
    /// Id of the Jira integration in Zadig.
    pub jira_id: String,
    /// The linked sprints.
    pub sprints: Vec<ReleasePlanJiraSprint>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ReleasePlanJiraSprintAssociation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("jira_id", &self.jira_id);
        map.entry("sprints", &self.sprints);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ReleasePlanJiraSprintAssociation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ReleasePlanJiraSprintAssociation {
    const NAME: &'static str = "ReleasePlanJiraSprintAssociation";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "jira_id" => or_default(map, &mut self.jira_id),
            "sprints" => or_default(map, &mut self.sprints),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ReleasePlanJiraSprintAssociation {
    /// Creates an empty `ReleasePlanJiraSprintAssociation`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One Jira sprint linked to a release plan.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReleasePlanJiraSprint {
    /// Name of the Jira project.
    pub project_name: String,
    /// Key of the Jira project.
    pub project_key: String,
    /// Id of the Jira board.
    pub board_id: i64,
    /// Id of the sprint.
    pub sprint_id: i64,
    /// Name of the sprint.
    pub sprint_name: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ReleasePlanJiraSprint {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_name", &self.project_name);
        map.entry("project_key", &self.project_key);
        map.entry("board_id", &self.board_id);
        map.entry("sprint_id", &self.sprint_id);
        map.entry("sprint_name", &self.sprint_name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ReleasePlanJiraSprint {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ReleasePlanJiraSprint {
    const NAME: &'static str = "ReleasePlanJiraSprint";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "project_name" => or_default(map, &mut self.project_name),
            "project_key" => or_default(map, &mut self.project_key),
            "board_id" => or_default(map, &mut self.board_id),
            "sprint_id" => or_default(map, &mut self.sprint_id),
            "sprint_name" => or_default(map, &mut self.sprint_name),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ReleasePlanJiraSprint {
    /// Creates an empty `ReleasePlanJiraSprint`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
