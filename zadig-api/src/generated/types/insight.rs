// @generated from spec/insight.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Performance insights API.
//!
//! Statistics on builds, deployments, tests, production releases and rollbacks.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// Counts of the main objects on the whole platform.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StatisticsOverview {
    /// Number of projects.
    pub project_count: i64,
    /// Number of connected clusters.
    pub cluster_count: i64,
    /// Number of services.
    pub service_count: i64,
    /// Number of workflows.
    pub workflow_count: i64,
    /// Number of environments.
    pub env_count: i64,
    /// Number of artifacts (built images and packages).
    pub artifact_count: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for StatisticsOverview {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_count", &self.project_count);
        map.entry("cluster_count", &self.cluster_count);
        map.entry("service_count", &self.service_count);
        map.entry("workflow_count", &self.workflow_count);
        map.entry("env_count", &self.env_count);
        map.entry("artifact_count", &self.artifact_count);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for StatisticsOverview {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for StatisticsOverview {
    const NAME: &'static str = "StatisticsOverview";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "project_count" => or_default(map, &mut self.project_count),
            "cluster_count" => or_default(map, &mut self.cluster_count),
            "service_count" => or_default(map, &mut self.service_count),
            "workflow_count" => or_default(map, &mut self.workflow_count),
            "env_count" => or_default(map, &mut self.env_count),
            "artifact_count" => or_default(map, &mut self.artifact_count),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl StatisticsOverview {
    /// Creates an empty `StatisticsOverview`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Build counts over a time range, with a per-day breakdown.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BuildStatistics {
    /// Number of builds in the range.
    pub total: i64,
    /// Number of successful builds in the range.
    pub success: i64,
    /// Counts per day.
    pub data: Vec<DailyBuildStat>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for BuildStatistics {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("total", &self.total);
        map.entry("success", &self.success);
        map.entry("data", &self.data);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for BuildStatistics {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for BuildStatistics {
    const NAME: &'static str = "BuildStatistics";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "total" => or_default(map, &mut self.total),
            "success" => or_default(map, &mut self.success),
            "data" => or_default(map, &mut self.data),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl BuildStatistics {
    /// Creates an empty `BuildStatistics`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Build counts of one day.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DailyBuildStat {
    /// The day, as `YYYY-MM-DD`.
    pub date: String,
    /// Number of successful builds.
    pub success: i64,
    /// Number of failed builds.
    pub failure: i64,
    /// Number of builds.
    pub total: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DailyBuildStat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("date", &self.date);
        map.entry("success", &self.success);
        map.entry("failure", &self.failure);
        map.entry("total", &self.total);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DailyBuildStat {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DailyBuildStat {
    const NAME: &'static str = "DailyBuildStat";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "date" => or_default(map, &mut self.date),
            "success" => or_default(map, &mut self.success),
            "failure" => or_default(map, &mut self.failure),
            "total" => or_default(map, &mut self.total),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DailyBuildStat {
    /// Creates an empty `DailyBuildStat`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Deployment counts, with a per-week breakdown over a time range.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeployStatistics {
    /// Number of deployments of the selected projects over all time (the range does not apply).
    pub total: i64,
    /// Number of successful deployments of the selected projects over all time (the range does not apply).
    pub success: i64,
    /// Counts per week (and per project and environment kind).
    pub data: Vec<WeeklyDeployStat>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DeployStatistics {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("total", &self.total);
        map.entry("success", &self.success);
        map.entry("data", &self.data);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DeployStatistics {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DeployStatistics {
    const NAME: &'static str = "DeployStatistics";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "total" => or_default(map, &mut self.total),
            "success" => or_default(map, &mut self.success),
            "data" => or_default(map, &mut self.data),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DeployStatistics {
    /// Creates an empty `DeployStatistics`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Deployment counts of one week, for one project and kind of environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WeeklyDeployStat {
    /// Identifier of the project; absent when the counts are summed over projects.
    pub project_key: Option<String>,
    /// Whether the counts are for production environments.
    pub production: bool,
    /// Number of successful deployments.
    pub success: i64,
    /// Number of rollbacks.
    pub rollback: i64,
    /// Number of failed deployments.
    pub failed: i64,
    /// Number of deployments that timed out.
    pub timeout: i64,
    /// First day of the week, as `YYYY-MM-DD`.
    pub date: String,
    /// When the record was created, as a Unix timestamp in seconds.
    pub create_time: i64,
    /// When the record was last updated, as a Unix timestamp in seconds.
    pub update_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WeeklyDeployStat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("project_key", &self.project_key);
        map.entry("production", &self.production);
        map.entry("success", &self.success);
        map.entry("rollback", &self.rollback);
        map.entry("failed", &self.failed);
        map.entry("timeout", &self.timeout);
        map.entry("date", &self.date);
        map.entry("create_time", &self.create_time);
        map.entry("update_time", &self.update_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WeeklyDeployStat {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WeeklyDeployStat {
    const NAME: &'static str = "WeeklyDeployStat";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "project_key" => value(map, &mut self.project_key),
            "production" => or_default(map, &mut self.production),
            "success" => or_default(map, &mut self.success),
            "rollback" => or_default(map, &mut self.rollback),
            "failed" => or_default(map, &mut self.failed),
            "timeout" => or_default(map, &mut self.timeout),
            "date" => or_default(map, &mut self.date),
            "create_time" => or_default(map, &mut self.create_time),
            "update_time" => or_default(map, &mut self.update_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WeeklyDeployStat {
    /// Creates an empty `WeeklyDeployStat`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Test counts over a time range, with a per-day breakdown.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TestStatistics {
    /// Number of test cases.
    pub case_count: i64,
    /// Number of test runs.
    pub exec_count: i64,
    /// Number of successful test runs.
    pub success_count: i64,
    /// Average duration of a test run, in seconds.
    pub average_runtime: i64,
    /// Counts per day.
    pub data: Vec<DailyTestStat>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for TestStatistics {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("case_count", &self.case_count);
        map.entry("exec_count", &self.exec_count);
        map.entry("success_count", &self.success_count);
        map.entry("average_runtime", &self.average_runtime);
        map.entry("data", &self.data);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for TestStatistics {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for TestStatistics {
    const NAME: &'static str = "TestStatistics";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "case_count" => or_default(map, &mut self.case_count),
            "exec_count" => or_default(map, &mut self.exec_count),
            "success_count" => or_default(map, &mut self.success_count),
            "average_runtime" => or_default(map, &mut self.average_runtime),
            "data" => or_default(map, &mut self.data),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl TestStatistics {
    /// Creates an empty `TestStatistics`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Test run counts of one day.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DailyTestStat {
    /// The day, as `YYYY-MM-DD`.
    pub date: String,
    /// Number of successful runs.
    pub success_count: i64,
    /// Number of runs that timed out.
    pub timeout_count: i64,
    /// Number of failed runs.
    pub failed_count: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DailyTestStat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("date", &self.date);
        map.entry("success_count", &self.success_count);
        map.entry("timeout_count", &self.timeout_count);
        map.entry("failed_count", &self.failed_count);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DailyTestStat {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DailyTestStat {
    const NAME: &'static str = "DailyTestStat";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "date" => or_default(map, &mut self.date),
            "success_count" => or_default(map, &mut self.success_count),
            "timeout_count" => or_default(map, &mut self.timeout_count),
            "failed_count" => or_default(map, &mut self.failed_count),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DailyTestStat {
    /// Creates an empty `DailyTestStat`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Production release counts over a time range, with a per-day breakdown.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReleaseStatistics {
    /// Number of releases in the range.
    pub total: i64,
    /// Number of successful releases in the range.
    pub success_count: i64,
    /// Counts per day.
    pub daily_stat: Vec<DailyReleaseStat>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ReleaseStatistics {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("total", &self.total);
        map.entry("success_count", &self.success_count);
        map.entry("daily_stat", &self.daily_stat);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ReleaseStatistics {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ReleaseStatistics {
    const NAME: &'static str = "ReleaseStatistics";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "total" => or_default(map, &mut self.total),
            "success_count" => or_default(map, &mut self.success_count),
            "daily_stat" => or_default(map, &mut self.daily_stat),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ReleaseStatistics {
    /// Creates an empty `ReleaseStatistics`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Production release counts of one day.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DailyReleaseStat {
    /// The day, as `YYYY-MM-DD`.
    pub date: String,
    /// Number of releases.
    pub total: i64,
    /// Number of successful releases.
    pub success_count: i64,
    /// Number of failed releases.
    pub fail_count: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DailyReleaseStat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("date", &self.date);
        map.entry("total", &self.total);
        map.entry("success_count", &self.success_count);
        map.entry("fail_count", &self.fail_count);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DailyReleaseStat {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DailyReleaseStat {
    const NAME: &'static str = "DailyReleaseStat";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "date" => or_default(map, &mut self.date),
            "total" => or_default(map, &mut self.total),
            "success_count" => or_default(map, &mut self.success_count),
            "fail_count" => or_default(map, &mut self.fail_count),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DailyReleaseStat {
    /// Creates an empty `DailyReleaseStat`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One page of the rollbacks of services in environments.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RollbackStatDetail {
    /// Number of rollbacks matching the filter, over all pages.
    pub total: Option<i64>,
    /// The rollbacks on this page.
    pub data: Vec<RollbackRecord>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for RollbackStatDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("total", &self.total);
        map.entry("data", &self.data);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for RollbackStatDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for RollbackStatDetail {
    const NAME: &'static str = "RollbackStatDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "total" => value(map, &mut self.total),
            "data" => or_default(map, &mut self.data),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl RollbackStatDetail {
    /// Creates an empty `RollbackStatDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One rollback of a service (or SAE application) in an environment, with its state before and after.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RollbackRecord {
    /// Identifier of the project.
    pub project_key: String,
    /// Name of the environment.
    pub env_name: String,
    /// Kind of environment.
    pub env_type: RollbackEnvType,
    /// Whether the environment is a production environment.
    pub production: bool,
    /// Kind of operation that rolled back.
    pub operation_type: RollbackOperationType,
    /// Name of the service, or of the SAE application.
    pub service_name: String,
    /// Kind of service.
    pub service_type: RollbackServiceType,
    /// The service before the rollback; null for SAE environments.
    pub origin_service: Option<RollbackServiceState>,
    /// The service after the rollback; null for SAE environments.
    pub update_service: Option<RollbackServiceState>,
    /// The SAE application before the rollback; null for Zadig environments.
    pub origin_sae_app: Option<RollbackSaeApp>,
    /// The SAE application after the rollback; null for Zadig environments.
    pub update_sae_app: Option<RollbackSaeApp>,
    /// Who rolled back.
    pub create_by: Option<OpenApiUserBriefInfo>,
    /// When the rollback happened, as a Unix timestamp in seconds.
    pub create_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for RollbackRecord {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("env_name", &self.env_name);
        map.entry("env_type", &self.env_type);
        map.entry("production", &self.production);
        map.entry("operation_type", &self.operation_type);
        map.entry("service_name", &self.service_name);
        map.entry("service_type", &self.service_type);
        map.some("origin_service", &self.origin_service);
        map.some("update_service", &self.update_service);
        map.some("origin_sae_app", &self.origin_sae_app);
        map.some("update_sae_app", &self.update_sae_app);
        map.some("create_by", &self.create_by);
        map.entry("create_time", &self.create_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for RollbackRecord {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for RollbackRecord {
    const NAME: &'static str = "RollbackRecord";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "project_key" => or_default(map, &mut self.project_key),
            "env_name" => or_default(map, &mut self.env_name),
            "env_type" => or_default(map, &mut self.env_type),
            "production" => or_default(map, &mut self.production),
            "operation_type" => or_default(map, &mut self.operation_type),
            "service_name" => or_default(map, &mut self.service_name),
            "service_type" => or_default(map, &mut self.service_type),
            "origin_service" => value(map, &mut self.origin_service),
            "update_service" => value(map, &mut self.update_service),
            "origin_sae_app" => value(map, &mut self.origin_sae_app),
            "update_sae_app" => value(map, &mut self.update_sae_app),
            "create_by" => value(map, &mut self.create_by),
            "create_time" => or_default(map, &mut self.create_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl RollbackRecord {
    /// Creates an empty `RollbackRecord`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The kind of environment a rollback happened in.
///
/// The set of values is open: a value this version does not know decodes to
/// [`RollbackEnvType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RollbackEnvType {
    /// `zadig`: An environment Zadig deploys to Kubernetes.
    Zadig,
    /// `sae`: An Alibaba Cloud SAE environment.
    Sae,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl RollbackEnvType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Zadig => "zadig",
            Self::Sae => "sae",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for RollbackEnvType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for RollbackEnvType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "zadig" => Self::Zadig,
            "sae" => Self::Sae,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for RollbackEnvType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for RollbackEnvType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for RollbackEnvType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RollbackEnvType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RollbackEnvType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// The kind of operation behind a rollback.
///
/// The set of values is open: a value this version does not know decodes to
/// [`RollbackOperationType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RollbackOperationType {
    /// `zadig`: A rollback of a service in a Zadig environment.
    Zadig,
    /// `sae`: A rollback of an SAE application.
    Sae,
    /// `sae_change_order`: A rollback of an SAE change order.
    SaeChangeOrder,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl RollbackOperationType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Zadig => "zadig",
            Self::Sae => "sae",
            Self::SaeChangeOrder => "sae_change_order",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for RollbackOperationType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for RollbackOperationType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "zadig" => Self::Zadig,
            "sae" => Self::Sae,
            "sae_change_order" => Self::SaeChangeOrder,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for RollbackOperationType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for RollbackOperationType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for RollbackOperationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RollbackOperationType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RollbackOperationType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// The kind of service rolled back.
///
/// The set of values is open: a value this version does not know decodes to
/// [`RollbackServiceType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RollbackServiceType {
    /// `helm`: A Helm service.
    Helm,
    /// `helm_chart`: A service deployed from a Helm chart repository.
    HelmChart,
    /// `k8s`: A Kubernetes YAML service.
    K8s,
    /// `sae`: An SAE application.
    Sae,
    /// `vm`: A service on hosts (virtual machines).
    Vm,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl RollbackServiceType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Helm => "helm",
            Self::HelmChart => "helm_chart",
            Self::K8s => "k8s",
            Self::Sae => "sae",
            Self::Vm => "vm",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for RollbackServiceType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for RollbackServiceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "helm" => Self::Helm,
            "helm_chart" => Self::HelmChart,
            "k8s" => Self::K8s,
            "sae" => Self::Sae,
            "vm" => Self::Vm,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for RollbackServiceType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for RollbackServiceType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for RollbackServiceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RollbackServiceType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RollbackServiceType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// The state of a service at one side of a rollback.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RollbackServiceState {
    /// Name of the service.
    pub service_name: String,
    /// Helm release name, for Helm and Helm chart services.
    pub release_name: String,
    /// Containers of the service and their images.
    pub containers: Vec<RollbackContainer>,
    /// The rendered manifests, for Kubernetes YAML services.
    pub rendered_yaml: String,
    /// The values file, for Helm and Helm chart services.
    pub values_yaml: String,
    /// Overridden values as a JSON object, for Helm and Helm chart services.
    pub override_values: String,
    /// When the service was last updated, as a Unix timestamp in seconds.
    pub update_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for RollbackServiceState {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("release_name", &self.release_name);
        map.entry("containers", &self.containers);
        map.entry("rendered_yaml", &self.rendered_yaml);
        map.entry("values_yaml", &self.values_yaml);
        map.entry("override_values", &self.override_values);
        map.entry("update_time", &self.update_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for RollbackServiceState {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for RollbackServiceState {
    const NAME: &'static str = "RollbackServiceState";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_name" => or_default(map, &mut self.service_name),
            "release_name" => or_default(map, &mut self.release_name),
            "containers" => or_default(map, &mut self.containers),
            "rendered_yaml" => or_default(map, &mut self.rendered_yaml),
            "values_yaml" => or_default(map, &mut self.values_yaml),
            "override_values" => or_default(map, &mut self.override_values),
            "update_time" => or_default(map, &mut self.update_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl RollbackServiceState {
    /// Creates an empty `RollbackServiceState`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A container of a service and its image.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RollbackContainer {
    /// Name of the container.
    pub name: String,
    /// Whether it is an init container or a regular one.
    pub r#type: crate::types::ContainerType,
    /// Full image address.
    pub image: String,
    /// Image name without registry and tag.
    pub image_name: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for RollbackContainer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("type", &self.r#type);
        map.entry("image", &self.image);
        map.some("image_name", &self.image_name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for RollbackContainer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for RollbackContainer {
    const NAME: &'static str = "RollbackContainer";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "type" => or_default(map, &mut self.r#type),
            "image" => or_default(map, &mut self.image),
            "image_name" => value(map, &mut self.image_name),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl RollbackContainer {
    /// Creates an empty `RollbackContainer`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The state of an SAE application at one side of a rollback.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RollbackSaeApp {
    /// Name of the application.
    pub app_name: String,
    /// Id of the application in SAE.
    pub app_id: String,
    /// Image the application runs.
    pub image_url: String,
    /// Address of the package the application runs, for package deployments.
    pub package_url: String,
    /// Number of instances.
    pub instances: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for RollbackSaeApp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("app_name", &self.app_name);
        map.entry("app_id", &self.app_id);
        map.entry("image_url", &self.image_url);
        map.entry("package_url", &self.package_url);
        map.entry("instances", &self.instances);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for RollbackSaeApp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for RollbackSaeApp {
    const NAME: &'static str = "RollbackSaeApp";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "app_name" => or_default(map, &mut self.app_name),
            "app_id" => or_default(map, &mut self.app_id),
            "image_url" => or_default(map, &mut self.image_url),
            "package_url" => or_default(map, &mut self.package_url),
            "instances" => or_default(map, &mut self.instances),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl RollbackSaeApp {
    /// Creates an empty `RollbackSaeApp`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Short identification of a user.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiUserBriefInfo {
    /// Id of the user.
    pub uid: String,
    /// Login name of the user.
    pub account: String,
    /// Display name of the user.
    pub name: String,
    /// How the user signs in (for example `system` or an SSO connector).
    pub identity_type: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiUserBriefInfo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("uid", &self.uid);
        map.entry("account", &self.account);
        map.entry("name", &self.name);
        map.entry("identity_type", &self.identity_type);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiUserBriefInfo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiUserBriefInfo {
    const NAME: &'static str = "OpenApiUserBriefInfo";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "uid" => or_default(map, &mut self.uid),
            "account" => or_default(map, &mut self.account),
            "name" => or_default(map, &mut self.name),
            "identity_type" => or_default(map, &mut self.identity_type),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiUserBriefInfo {
    /// Creates an empty `OpenApiUserBriefInfo`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
