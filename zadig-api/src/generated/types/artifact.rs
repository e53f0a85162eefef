// @generated from spec/artifact.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Artifact management API.
//!
//! The artifact (delivery center) view of versions.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// A version as the artifact management view lists it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactVersion {
    /// Id of the version.
    pub id: Option<String>,
    /// Name of the version.
    pub version: String,
    /// Identifier of the project.
    pub project_name: String,
    /// Environment the version was taken from, for versions made from an environment.
    pub env_name: String,
    /// Whether the version was taken from a production environment.
    pub production: bool,
    /// Whether the version packs Kubernetes YAML or Helm charts.
    pub r#type: crate::types::DeliveryVersionType,
    /// How the version was made.
    pub source: crate::types::DeliveryVersionSource,
    /// Free-text description.
    pub desc: String,
    /// Labels attached to the version.
    pub labels: Vec<String>,
    /// Id of the registry the version's images are pushed to.
    pub image_registry_id: String,
    /// Chart repository the charts came from, for Helm versions.
    pub original_chart_repo_name: String,
    /// Chart repository the version's charts are pushed to, for Helm versions.
    pub chart_repo_name: String,
    /// The services in the version.
    pub services: Vec<ArtifactVersionService>,
    /// Where the making of the version stands.
    pub status: crate::types::DeliveryVersionStatus,
    /// Workflow that made the version, when a workflow made it.
    pub workflow_name: String,
    /// Run of that workflow that made the version.
    pub task_id: i64,
    /// Why making the version failed, when it failed.
    pub error: String,
    /// Who made the version.
    pub created_by: String,
    /// When the version was made, as a Unix timestamp in seconds.
    pub created_at: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.entry("version", &self.version);
        map.entry("project_name", &self.project_name);
        map.entry("env_name", &self.env_name);
        map.entry("production", &self.production);
        map.entry("type", &self.r#type);
        map.entry("source", &self.source);
        map.entry("desc", &self.desc);
        map.entry("labels", &self.labels);
        map.entry("image_registry_id", &self.image_registry_id);
        map.entry("original_chart_repo_name", &self.original_chart_repo_name);
        map.entry("chart_repo_name", &self.chart_repo_name);
        map.entry("services", &self.services);
        map.entry("status", &self.status);
        map.entry("workflow_name", &self.workflow_name);
        map.entry("task_id", &self.task_id);
        map.entry("error", &self.error);
        map.entry("created_by", &self.created_by);
        map.entry("created_at", &self.created_at);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactVersion {
    const NAME: &'static str = "ArtifactVersion";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "version" => or_default(map, &mut self.version),
            "project_name" => or_default(map, &mut self.project_name),
            "env_name" => or_default(map, &mut self.env_name),
            "production" => or_default(map, &mut self.production),
            "type" => or_default(map, &mut self.r#type),
            "source" => or_default(map, &mut self.source),
            "desc" => or_default(map, &mut self.desc),
            "labels" => or_default(map, &mut self.labels),
            "image_registry_id" => or_default(map, &mut self.image_registry_id),
            "original_chart_repo_name" => {
                or_default(map, &mut self.original_chart_repo_name)
            }
            "chart_repo_name" => or_default(map, &mut self.chart_repo_name),
            "services" => or_default(map, &mut self.services),
            "status" => or_default(map, &mut self.status),
            "workflow_name" => or_default(map, &mut self.workflow_name),
            "task_id" => or_default(map, &mut self.task_id),
            "error" => or_default(map, &mut self.error),
            "created_by" => or_default(map, &mut self.created_by),
            "created_at" => or_default(map, &mut self.created_at),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactVersion {
    /// Creates an empty `ArtifactVersion`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One service in a version, with its chart or manifests and images.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactVersionService {
    /// Name of the service.
    pub service_name: String,
    /// Name of the chart, for Helm versions.
    pub chart_name: String,
    /// Chart version the service had in the source, for Helm versions.
    pub original_chart_version: String,
    /// Chart version in the version, for Helm versions.
    pub chart_version: String,
    /// Where pushing the chart stands.
    pub chart_status: crate::types::WorkflowTaskStatus,
    /// The manifests, for Kubernetes YAML versions.
    pub yaml_content: String,
    /// Images of the service.
    pub images: Vec<ArtifactVersionImage>,
    /// Why handling the service failed, when it failed.
    pub error: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactVersionService {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("chart_name", &self.chart_name);
        map.entry("original_chart_version", &self.original_chart_version);
        map.entry("chart_version", &self.chart_version);
        map.entry("chart_status", &self.chart_status);
        map.entry("yaml_content", &self.yaml_content);
        map.entry("images", &self.images);
        map.entry("error", &self.error);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactVersionService {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactVersionService {
    const NAME: &'static str = "ArtifactVersionService";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_name" => or_default(map, &mut self.service_name),
            "chart_name" => or_default(map, &mut self.chart_name),
            "original_chart_version" => or_default(map, &mut self.original_chart_version),
            "chart_version" => or_default(map, &mut self.chart_version),
            "chart_status" => or_default(map, &mut self.chart_status),
            "yaml_content" => or_default(map, &mut self.yaml_content),
            "images" => or_default(map, &mut self.images),
            "error" => or_default(map, &mut self.error),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactVersionService {
    /// Creates an empty `ArtifactVersionService`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// An image of a service in a version and where it is copied to.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactVersionImage {
    /// Name of the container the image belongs to.
    pub container_name: String,
    /// Name of the image.
    pub image_name: String,
    /// Where the image's parts sit in Helm values, for Helm versions.
    pub image_path: Option<crate::types::ImagePathSpec>,
    /// The image the version takes, with registry.
    pub source_image: String,
    /// Tag of that image.
    pub source_image_tag: String,
    /// The image pushed for the version, with registry.
    pub target_image: String,
    /// Tag of the pushed image.
    pub target_image_tag: String,
    /// Whether the image is pushed to the version's registry.
    pub push_image: bool,
    /// Where pushing the image stands.
    pub status: crate::types::WorkflowTaskStatus,
    /// Why pushing the image failed, when it failed.
    pub error: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactVersionImage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("container_name", &self.container_name);
        map.entry("image_name", &self.image_name);
        map.some("image_path", &self.image_path);
        map.entry("source_image", &self.source_image);
        map.entry("source_image_tag", &self.source_image_tag);
        map.entry("target_image", &self.target_image);
        map.entry("target_image_tag", &self.target_image_tag);
        map.entry("push_image", &self.push_image);
        map.entry("status", &self.status);
        map.entry("error", &self.error);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactVersionImage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactVersionImage {
    const NAME: &'static str = "ArtifactVersionImage";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "container_name" => or_default(map, &mut self.container_name),
            "image_name" => or_default(map, &mut self.image_name),
            "image_path" => value(map, &mut self.image_path),
            "source_image" => or_default(map, &mut self.source_image),
            "source_image_tag" => or_default(map, &mut self.source_image_tag),
            "target_image" => or_default(map, &mut self.target_image),
            "target_image_tag" => or_default(map, &mut self.target_image_tag),
            "push_image" => or_default(map, &mut self.push_image),
            "status" => or_default(map, &mut self.status),
            "error" => or_default(map, &mut self.error),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactVersionImage {
    /// Creates an empty `ArtifactVersionImage`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A version with the records of what made it, as releases up to v3.4.1 list it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactReleaseLegacy {
    /// The version itself.
    pub version_info: Option<ArtifactReleaseVersion>,
    /// The builds whose images or packages the version holds.
    pub build_info: Option<Vec<ArtifactReleaseBuild>>,
    /// The deployments the version records, with their manifests and images.
    pub deploy_info: Option<Vec<ArtifactReleaseDeploy>>,
    /// The test runs the version records.
    pub test_info: Option<Vec<ArtifactReleaseTest>>,
    /// Where the version's images, charts and files were copied to.
    pub distribute_info: Option<Vec<ArtifactReleaseDistribute>>,
    /// Vulnerability counts of the version's images, where they were scanned.
    pub security_stats_info: Option<Vec<ArtifactReleaseImageScan>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactReleaseLegacy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("versionInfo", &self.version_info);
        map.some("buildInfo", &self.build_info);
        map.some("deployInfo", &self.deploy_info);
        map.some("testInfo", &self.test_info);
        map.some("distributeInfo", &self.distribute_info);
        map.some("securityStatsInfo", &self.security_stats_info);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactReleaseLegacy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactReleaseLegacy {
    const NAME: &'static str = "ArtifactReleaseLegacy";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "versionInfo" => value(map, &mut self.version_info),
            "buildInfo" => value(map, &mut self.build_info),
            "deployInfo" => value(map, &mut self.deploy_info),
            "testInfo" => value(map, &mut self.test_info),
            "distributeInfo" => value(map, &mut self.distribute_info),
            "securityStatsInfo" => value(map, &mut self.security_stats_info),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactReleaseLegacy {
    /// Creates an empty `ArtifactReleaseLegacy`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A version as the v3.4.x artifact list holds it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactReleaseVersion {
    /// Id of the version.
    pub id: Option<String>,
    /// Name of the version.
    pub version: String,
    /// Identifier of the project.
    pub product_name: String,
    /// Workflow that made the version, when a workflow made it.
    pub workflow_name: String,
    /// Display name of that workflow.
    pub workflow_display_name: String,
    /// Kind of version, `K8SYaml`, `HelmChart`, or `K8SWorkflow` for one a workflow made.
    pub r#type: String,
    /// Run of that workflow that made the version.
    pub task_id: i64,
    /// Free-text description.
    pub desc: String,
    /// Labels attached to the version.
    pub labels: Vec<String>,
    /// The environment the version was taken from, as it stood then.
    pub product_env_info: Option<EnvironmentRecord>,
    /// Where the making of the version stands (for example `success` or `failed`).
    pub status: String,
    /// How far pushing the version's artifacts has got.
    pub progress: Option<ArtifactReleaseProgress>,
    /// Who made the version.
    pub created_by: String,
    /// When the version was made, as a Unix timestamp in seconds.
    pub created_at: i64,
    /// When the version was deleted, as a Unix timestamp in seconds; 0 if it was not.
    pub deleted_at: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactReleaseVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.entry("version", &self.version);
        map.entry("productName", &self.product_name);
        map.entry("workflowName", &self.workflow_name);
        map.entry("workflowDisplayName", &self.workflow_display_name);
        map.entry("type", &self.r#type);
        map.entry("taskId", &self.task_id);
        map.entry("desc", &self.desc);
        map.entry("labels", &self.labels);
        map.some("productEnvInfo", &self.product_env_info);
        map.entry("status", &self.status);
        map.some("progress", &self.progress);
        map.entry("createdBy", &self.created_by);
        map.entry("created_at", &self.created_at);
        map.entry("deleted_at", &self.deleted_at);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactReleaseVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactReleaseVersion {
    const NAME: &'static str = "ArtifactReleaseVersion";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "version" => or_default(map, &mut self.version),
            "productName" => or_default(map, &mut self.product_name),
            "workflowName" => or_default(map, &mut self.workflow_name),
            "workflowDisplayName" => or_default(map, &mut self.workflow_display_name),
            "type" => or_default(map, &mut self.r#type),
            "taskId" => or_default(map, &mut self.task_id),
            "desc" => or_default(map, &mut self.desc),
            "labels" => or_default(map, &mut self.labels),
            "productEnvInfo" => value(map, &mut self.product_env_info),
            "status" => or_default(map, &mut self.status),
            "progress" => value(map, &mut self.progress),
            "createdBy" => or_default(map, &mut self.created_by),
            "created_at" => or_default(map, &mut self.created_at),
            "deleted_at" => or_default(map, &mut self.deleted_at),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactReleaseVersion {
    /// Creates an empty `ArtifactReleaseVersion`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// How far pushing a version's artifacts has got (v3.4.x artifact list).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactReleaseProgress {
    /// Artifacts pushed so far.
    pub success_count: i64,
    /// Artifacts to push in all.
    pub total_count: i64,
    /// Where the pushing stands.
    pub upload_status: String,
    /// For versions made by a workflow, where each of its image jobs stands.
    pub workflow_status: Vec<ArtifactReleaseWorkflowStatus>,
    /// Why the pushing failed, when it did.
    pub error: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactReleaseProgress {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("successCount", &self.success_count);
        map.entry("totalCount", &self.total_count);
        map.entry("uploadStatus", &self.upload_status);
        map.entry("workflowStatus", &self.workflow_status);
        map.entry("error", &self.error);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactReleaseProgress {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactReleaseProgress {
    const NAME: &'static str = "ArtifactReleaseProgress";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "successCount" => or_default(map, &mut self.success_count),
            "totalCount" => or_default(map, &mut self.total_count),
            "uploadStatus" => or_default(map, &mut self.upload_status),
            "workflowStatus" => or_default(map, &mut self.workflow_status),
            "error" => or_default(map, &mut self.error),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactReleaseProgress {
    /// Creates an empty `ArtifactReleaseProgress`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Where one image job of the workflow that makes a version stands.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactReleaseWorkflowStatus {
    /// Name of the job.
    pub job_name: String,
    /// Service the job handles.
    pub service_name: String,
    /// Service module (container) the job handles.
    pub service_module: String,
    /// The image the job produces.
    pub target_image: String,
    /// Where the job stands.
    pub status: crate::types::WorkflowTaskStatus,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactReleaseWorkflowStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("job_name", &self.job_name);
        map.entry("service_name", &self.service_name);
        map.entry("service_module", &self.service_module);
        map.entry("target_image", &self.target_image);
        map.entry("status", &self.status);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactReleaseWorkflowStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactReleaseWorkflowStatus {
    const NAME: &'static str = "ArtifactReleaseWorkflowStatus";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "job_name" => or_default(map, &mut self.job_name),
            "service_name" => or_default(map, &mut self.service_name),
            "service_module" => or_default(map, &mut self.service_module),
            "target_image" => or_default(map, &mut self.target_image),
            "status" => or_default(map, &mut self.status),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactReleaseWorkflowStatus {
    /// Creates an empty `ArtifactReleaseWorkflowStatus`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A build whose artifact a version holds (v3.4.x artifact list).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactReleaseBuild {
    /// Id of the record.
    pub id: Option<String>,
    /// Id of the version the record belongs to.
    pub release_id: Option<String>,
    /// Service that was built.
    pub service_name: String,
    /// The image the build produced.
    pub image_info: Option<ArtifactReleaseImage>,
    /// Name of that image.
    pub image_name: String,
    /// The package the build produced, when it produced one.
    pub package_info: Option<ArtifactReleasePackage>,
    /// Jira issues linked to the build's commits.
    pub issues: Vec<JiraIssueRef>,
    /// The repositories and commits that were built.
    pub commits: Vec<crate::types::Repository>,
    /// When the build started, as a Unix timestamp in seconds.
    pub start_time: Option<i64>,
    /// When the build finished, as a Unix timestamp in seconds.
    pub end_time: Option<i64>,
    /// When the record was made, as a Unix timestamp in seconds.
    pub created_at: i64,
    /// When the record was deleted, as a Unix timestamp in seconds; 0 if it was not.
    pub deleted_at: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactReleaseBuild {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.some("releaseId", &self.release_id);
        map.entry("serviceName", &self.service_name);
        map.some("imageInfo", &self.image_info);
        map.entry("imageName", &self.image_name);
        map.some("packageInfo", &self.package_info);
        map.entry("issues", &self.issues);
        map.entry("commits", &self.commits);
        map.some("start_time", &self.start_time);
        map.some("end_time", &self.end_time);
        map.entry("created_at", &self.created_at);
        map.entry("deleted_at", &self.deleted_at);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactReleaseBuild {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactReleaseBuild {
    const NAME: &'static str = "ArtifactReleaseBuild";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "releaseId" => value(map, &mut self.release_id),
            "serviceName" => or_default(map, &mut self.service_name),
            "imageInfo" => value(map, &mut self.image_info),
            "imageName" => or_default(map, &mut self.image_name),
            "packageInfo" => value(map, &mut self.package_info),
            "issues" => or_default(map, &mut self.issues),
            "commits" => or_default(map, &mut self.commits),
            "start_time" => value(map, &mut self.start_time),
            "end_time" => value(map, &mut self.end_time),
            "created_at" => or_default(map, &mut self.created_at),
            "deleted_at" => or_default(map, &mut self.deleted_at),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactReleaseBuild {
    /// Creates an empty `ArtifactReleaseBuild`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// An image a build produced, as the registry describes it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactReleaseImage {
    /// Repository (image name) in the registry.
    pub repo_name: String,
    /// Tag of the image.
    pub tag_name: String,
    /// Size of the image in bytes.
    pub image_size: i64,
    /// Digest of the image.
    pub image_digest: String,
    /// Author recorded in the image.
    pub author: String,
    /// CPU architecture the image is built for.
    pub architecture: String,
    /// Docker version that built the image.
    pub docker_version: String,
    /// Operating system the image is built for.
    pub os: String,
    /// When the image was created, as the registry reports it.
    pub creation_time: String,
    /// When the image was last updated, as the registry reports it.
    pub update_time: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactReleaseImage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("repoName", &self.repo_name);
        map.entry("tagName", &self.tag_name);
        map.entry("imageSize", &self.image_size);
        map.entry("imageDigest", &self.image_digest);
        map.entry("author", &self.author);
        map.entry("architecture", &self.architecture);
        map.entry("dockerVersion", &self.docker_version);
        map.entry("os", &self.os);
        map.entry("creationTime", &self.creation_time);
        map.entry("updateTime", &self.update_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactReleaseImage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactReleaseImage {
    const NAME: &'static str = "ArtifactReleaseImage";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "repoName" => or_default(map, &mut self.repo_name),
            "tagName" => or_default(map, &mut self.tag_name),
            "imageSize" => or_default(map, &mut self.image_size),
            "imageDigest" => or_default(map, &mut self.image_digest),
            "author" => or_default(map, &mut self.author),
            "architecture" => or_default(map, &mut self.architecture),
            "dockerVersion" => or_default(map, &mut self.docker_version),
            "os" => or_default(map, &mut self.os),
            "creationTime" => or_default(map, &mut self.creation_time),
            "updateTime" => or_default(map, &mut self.update_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactReleaseImage {
    /// Creates an empty `ArtifactReleaseImage`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A package file a build produced.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactReleasePackage {
    /// Where the package is stored.
    pub package_file_location: String,
    /// File name of the package.
    pub package_file_name: String,
    /// Address of the storage that holds the package.
    pub package_storage_uri: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactReleasePackage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("packageFileLocation", &self.package_file_location);
        map.entry("packageFileName", &self.package_file_name);
        map.entry("packageStorageUri", &self.package_storage_uri);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactReleasePackage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactReleasePackage {
    const NAME: &'static str = "ArtifactReleasePackage";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "packageFileLocation" => or_default(map, &mut self.package_file_location),
            "packageFileName" => or_default(map, &mut self.package_file_name),
            "packageStorageUri" => or_default(map, &mut self.package_storage_uri),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactReleasePackage {
    /// Creates an empty `ArtifactReleasePackage`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A Jira issue linked to built commits.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct JiraIssueRef {
    /// Id of the issue in Jira.
    pub id: Option<String>,
    /// Key of the issue (for example `PROJ-12`).
    pub key: Option<String>,
    /// Address of the issue.
    pub url: Option<String>,
    /// Title of the issue.
    pub summary: String,
    /// Text of the issue.
    pub description: Option<String>,
    /// Priority of the issue.
    pub priority: Option<String>,
    /// Who created the issue.
    pub creator: Option<String>,
    /// Who the issue is assigned to.
    pub assignee: Option<String>,
    /// Who reported the issue.
    pub reporter: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for JiraIssueRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.some("key", &self.key);
        map.some("url", &self.url);
        map.entry("summary", &self.summary);
        map.some("description", &self.description);
        map.some("priority", &self.priority);
        map.some("creator", &self.creator);
        map.some("assignee", &self.assignee);
        map.some("reporter", &self.reporter);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for JiraIssueRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for JiraIssueRef {
    const NAME: &'static str = "JiraIssueRef";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "key" => value(map, &mut self.key),
            "url" => value(map, &mut self.url),
            "summary" => or_default(map, &mut self.summary),
            "description" => value(map, &mut self.description),
            "priority" => value(map, &mut self.priority),
            "creator" => value(map, &mut self.creator),
            "assignee" => value(map, &mut self.assignee),
            "reporter" => value(map, &mut self.reporter),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl JiraIssueRef {
    /// Creates an empty `JiraIssueRef`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A deployment a version records, with its manifests and image (v3.4.x artifact list).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactReleaseDeploy {
    /// Id of the record.
    pub id: Option<String>,
    /// Id of the version the record belongs to.
    pub release_id: Option<String>,
    /// Service that was deployed.
    pub service_name: String,
    /// Container whose image was deployed.
    pub container_name: String,
    /// Full address of the deployed image.
    pub image: Option<String>,
    /// Id of the registry the image is in.
    pub registry_id: Option<String>,
    /// The service's Kubernetes manifests as deployed.
    pub yaml_contents: Vec<String>,
    /// Variables used to render the manifests.
    pub envs: Vec<ArtifactReleaseEnvVar>,
    /// The project's services in the order they start, group by group.
    pub ordered_services: Vec<Vec<String>>,
    /// When the deployment started, as a Unix timestamp in seconds.
    pub start_time: Option<i64>,
    /// When the deployment finished, as a Unix timestamp in seconds.
    pub end_time: Option<i64>,
    /// When the record was made, as a Unix timestamp in seconds.
    pub created_at: i64,
    /// When the record was deleted, as a Unix timestamp in seconds; 0 if it was not.
    pub deleted_at: i64,
    /// Name of the service as the project knows it (for display).
    pub real_service_name: String,
    /// Service module (container) of the record (for display).
    pub service_module: String,
    /// Name of the image without registry and tag (for display).
    pub image_name: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactReleaseDeploy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.some("releaseId", &self.release_id);
        map.entry("serviceName", &self.service_name);
        map.entry("containerName", &self.container_name);
        map.some("image", &self.image);
        map.some("registry_id", &self.registry_id);
        map.entry("yamlContents", &self.yaml_contents);
        map.entry("envs", &self.envs);
        map.entry("orderedServices", &self.ordered_services);
        map.some("start_time", &self.start_time);
        map.some("end_time", &self.end_time);
        map.entry("created_at", &self.created_at);
        map.entry("deleted_at", &self.deleted_at);
        map.entry("real_service_name", &self.real_service_name);
        map.entry("service_module", &self.service_module);
        map.entry("image_name", &self.image_name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactReleaseDeploy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactReleaseDeploy {
    const NAME: &'static str = "ArtifactReleaseDeploy";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "releaseId" => value(map, &mut self.release_id),
            "serviceName" => or_default(map, &mut self.service_name),
            "containerName" => or_default(map, &mut self.container_name),
            "image" => value(map, &mut self.image),
            "registry_id" => value(map, &mut self.registry_id),
            "yamlContents" => or_default(map, &mut self.yaml_contents),
            "envs" => or_default(map, &mut self.envs),
            "orderedServices" => or_default(map, &mut self.ordered_services),
            "start_time" => value(map, &mut self.start_time),
            "end_time" => value(map, &mut self.end_time),
            "created_at" => or_default(map, &mut self.created_at),
            "deleted_at" => or_default(map, &mut self.deleted_at),
            "real_service_name" => or_default(map, &mut self.real_service_name),
            "service_module" => or_default(map, &mut self.service_module),
            "image_name" => or_default(map, &mut self.image_name),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactReleaseDeploy {
    /// Creates an empty `ArtifactReleaseDeploy`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A key and value used to render a deployment's manifests.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactReleaseEnvVar {
    /// Name of the variable.
    pub key: String,
    /// Value of the variable.
    pub value: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactReleaseEnvVar {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.entry("value", &self.value);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactReleaseEnvVar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactReleaseEnvVar {
    const NAME: &'static str = "ArtifactReleaseEnvVar";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "key" => or_default(map, &mut self.key),
            "value" => or_default(map, &mut self.value),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactReleaseEnvVar {
    /// Creates an empty `ArtifactReleaseEnvVar`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The test runs a version records (v3.4.x artifact list).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactReleaseTest {
    /// Id of the record.
    pub id: Option<String>,
    /// Id of the version the record belongs to.
    pub release_id: Option<String>,
    /// The reports of the test runs.
    pub test_reports: Vec<ArtifactReleaseTestReport>,
    /// When the tests started, as a Unix timestamp in seconds.
    pub start_time: Option<i64>,
    /// When the tests finished, as a Unix timestamp in seconds.
    pub end_time: Option<i64>,
    /// When the record was made, as a Unix timestamp in seconds.
    pub created_at: i64,
    /// When the record was deleted, as a Unix timestamp in seconds; 0 if it was not.
    pub deleted_at: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactReleaseTest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.some("releaseId", &self.release_id);
        map.entry("testReports", &self.test_reports);
        map.some("start_time", &self.start_time);
        map.some("end_time", &self.end_time);
        map.entry("created_at", &self.created_at);
        map.entry("deleted_at", &self.deleted_at);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactReleaseTest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactReleaseTest {
    const NAME: &'static str = "ArtifactReleaseTest";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "releaseId" => value(map, &mut self.release_id),
            "testReports" => or_default(map, &mut self.test_reports),
            "start_time" => value(map, &mut self.start_time),
            "end_time" => value(map, &mut self.end_time),
            "created_at" => or_default(map, &mut self.created_at),
            "deleted_at" => or_default(map, &mut self.deleted_at),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactReleaseTest {
    /// Creates an empty `ArtifactReleaseTest`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The report of one test run recorded in a version.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactReleaseTestReport {
    /// Where the run's result files are.
    pub test_result_path: String,
    /// Workflow that ran the test.
    pub workflow_name: String,
    /// Run of that workflow.
    pub task_id: i64,
    /// Name of the test.
    pub test_name: String,
    /// Result of a functional test, when the test was one.
    pub test_suite: Option<TestSuiteResult>,
    /// Results of a performance test, one per sampled label, when the test was one.
    pub performance_test_suite: Vec<PerformanceTestResult>,
    /// When the run started, as a Unix timestamp in seconds.
    pub start_time: Option<i64>,
    /// When the run finished, as a Unix timestamp in seconds.
    pub end_time: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactReleaseTestReport {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("testResultPath", &self.test_result_path);
        map.entry("workflowName", &self.workflow_name);
        map.entry("taskId", &self.task_id);
        map.entry("testName", &self.test_name);
        map.some("testSuite", &self.test_suite);
        map.entry("performanceTestSuite", &self.performance_test_suite);
        map.some("start_time", &self.start_time);
        map.some("end_time", &self.end_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactReleaseTestReport {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactReleaseTestReport {
    const NAME: &'static str = "ArtifactReleaseTestReport";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "testResultPath" => or_default(map, &mut self.test_result_path),
            "workflowName" => or_default(map, &mut self.workflow_name),
            "taskId" => or_default(map, &mut self.task_id),
            "testName" => or_default(map, &mut self.test_name),
            "testSuite" => value(map, &mut self.test_suite),
            "performanceTestSuite" => or_default(map, &mut self.performance_test_suite),
            "start_time" => value(map, &mut self.start_time),
            "end_time" => value(map, &mut self.end_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactReleaseTestReport {
    /// Creates an empty `ArtifactReleaseTestReport`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The result of a functional test suite as Zadig stores it from a JUnit-style report. The total number of cases is `tests` plus `skips`; the passed ones are `tests` less `failures` and `errors`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TestSuiteResult {
    /// Number of cases run.
    pub tests: i64,
    /// Number of cases that failed.
    pub failures: i64,
    /// Number of cases that passed, where the report gives it.
    pub successes: Option<i64>,
    /// Number of cases skipped.
    pub skips: i64,
    /// Number of cases that ended in an error.
    pub errors: i64,
    /// Time the suite took, in seconds.
    pub time: f64,
    /// Standard output of the suite.
    pub system_out: String,
    /// Standard error of the suite.
    pub system_err: String,
    /// The individual cases.
    pub testcase: Vec<TestCaseResult>,
    /// Kind of suite, as Zadig records it.
    pub suite_type: String,
    /// Name of the suite.
    pub name: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for TestSuiteResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("tests", &self.tests);
        map.entry("failures", &self.failures);
        map.some("successes", &self.successes);
        map.entry("skips", &self.skips);
        map.entry("errors", &self.errors);
        map.entry("time", &self.time);
        map.entry("system_out", &self.system_out);
        map.entry("system_err", &self.system_err);
        map.entry("testcase", &self.testcase);
        map.entry("suite_type", &self.suite_type);
        map.entry("name", &self.name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for TestSuiteResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for TestSuiteResult {
    const NAME: &'static str = "TestSuiteResult";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "tests" => or_default(map, &mut self.tests),
            "failures" => or_default(map, &mut self.failures),
            "successes" => value(map, &mut self.successes),
            "skips" => or_default(map, &mut self.skips),
            "errors" => or_default(map, &mut self.errors),
            "time" => or_default(map, &mut self.time),
            "system_out" => or_default(map, &mut self.system_out),
            "system_err" => or_default(map, &mut self.system_err),
            "testcase" => or_default(map, &mut self.testcase),
            "suite_type" => or_default(map, &mut self.suite_type),
            "name" => or_default(map, &mut self.name),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl TestSuiteResult {
    /// Creates an empty `TestSuiteResult`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One case of a functional test suite.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TestCaseResult {
    /// Name of the case.
    pub tc_name: String,
    /// Class (or group) the case belongs to.
    pub classname: String,
    /// Time the case took, in seconds.
    pub time: f64,
    /// Why the case failed, when it failed.
    pub failure: Option<crate::types::TestCaseFailure>,
    /// Present when the case was skipped.
    pub skipped: Option<TestCaseSkipped>,
    /// Standard output of the case.
    pub system_out: String,
    /// Standard error of the case.
    pub system_err: String,
    /// The error the case ended in, when it errored.
    pub error: Option<crate::types::TestCaseError>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for TestCaseResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("tc_name", &self.tc_name);
        map.entry("classname", &self.classname);
        map.entry("time", &self.time);
        map.some("failure", &self.failure);
        map.some("skipped", &self.skipped);
        map.entry("system_out", &self.system_out);
        map.entry("system_err", &self.system_err);
        map.some("error", &self.error);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for TestCaseResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for TestCaseResult {
    const NAME: &'static str = "TestCaseResult";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "tc_name" => or_default(map, &mut self.tc_name),
            "classname" => or_default(map, &mut self.classname),
            "time" => or_default(map, &mut self.time),
            "failure" => value(map, &mut self.failure),
            "skipped" => value(map, &mut self.skipped),
            "system_out" => or_default(map, &mut self.system_out),
            "system_err" => or_default(map, &mut self.system_err),
            "error" => value(map, &mut self.error),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl TestCaseResult {
    /// Creates an empty `TestCaseResult`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Marks a skipped test case; it carries no data.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TestCaseSkipped {
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for TestCaseSkipped {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::model::Writer::new(serializer)?.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for TestCaseSkipped {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for TestCaseSkipped {
    const NAME: &'static str = "TestCaseSkipped";
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
impl TestCaseSkipped {
    /// Creates an empty `TestCaseSkipped`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The figures of one sampled label of a performance test (JMeter style). Zadig keeps every figure as the text the report gave.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PerformanceTestResult {
    /// The sampled label (request) the figures are for.
    pub label: String,
    /// Number of samples.
    pub samples: String,
    /// Average response time.
    pub average: String,
    /// Shortest response time.
    pub min: String,
    /// Longest response time.
    pub max: String,
    /// Response time under which the report's percentile of samples fell.
    pub line: String,
    /// Standard deviation of the response times.
    pub std_dev: String,
    /// Share of samples that failed.
    pub error: String,
    /// Requests per unit of time.
    pub throughput: String,
    /// Kilobytes received per second.
    pub received_kb: String,
    /// Average size of a response in bytes.
    pub avg_byte: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for PerformanceTestResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("label", &self.label);
        map.entry("samples", &self.samples);
        map.entry("average", &self.average);
        map.entry("min", &self.min);
        map.entry("max", &self.max);
        map.entry("line", &self.line);
        map.entry("stdDev", &self.std_dev);
        map.entry("error", &self.error);
        map.entry("throughput", &self.throughput);
        map.entry("receivedKb", &self.received_kb);
        map.entry("avgByte", &self.avg_byte);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for PerformanceTestResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for PerformanceTestResult {
    const NAME: &'static str = "PerformanceTestResult";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "label" => or_default(map, &mut self.label),
            "samples" => or_default(map, &mut self.samples),
            "average" => or_default(map, &mut self.average),
            "min" => or_default(map, &mut self.min),
            "max" => or_default(map, &mut self.max),
            "line" => or_default(map, &mut self.line),
            "stdDev" => or_default(map, &mut self.std_dev),
            "error" => or_default(map, &mut self.error),
            "throughput" => or_default(map, &mut self.throughput),
            "receivedKb" => or_default(map, &mut self.received_kb),
            "avgByte" => or_default(map, &mut self.avg_byte),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl PerformanceTestResult {
    /// Creates an empty `PerformanceTestResult`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Where an image, chart or file of a version was copied to (v3.4.x artifact list). For a chart of a Helm version, the images pushed with it are under `subDistributes`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactReleaseDistribute {
    /// Id of the record.
    pub id: Option<String>,
    /// Id of the version the record belongs to.
    pub release_id: Option<String>,
    /// Service the artifact belongs to.
    pub service_name: Option<String>,
    /// Whether the record is an image, a chart or a file.
    pub distribute_type: crate::types::DeliveryDistributeType,
    /// Registry the image was copied to (images).
    pub registry_name: String,
    /// Version of the chart (charts).
    pub chart_version: Option<String>,
    /// Name of the chart (charts).
    pub chart_name: Option<String>,
    /// Chart repository the chart was pushed to (charts).
    pub chart_repo_name: Option<String>,
    /// For a chart, the images pushed with it.
    pub sub_distributes: Option<Vec<ArtifactReleaseDistribute>>,
    /// Registry namespace the image was copied to (images).
    pub namespace: Option<String>,
    /// Name of the file (files).
    pub package_file: Option<String>,
    /// Key of the file in the object storage (files).
    pub remote_file_key: Option<String>,
    /// Address the file was copied to (files).
    pub dest_storage_url: Option<String>,
    /// Id of the object storage the file was copied to (files).
    pub s3_storage_id: String,
    /// Endpoint of that object storage (files).
    pub storage_url: String,
    /// Bucket of that object storage (files).
    pub storage_bucket: String,
    /// Address the file was copied from (files).
    pub src_storage_url: Option<String>,
    /// When the copy started, as a Unix timestamp in seconds.
    pub start_time: Option<i64>,
    /// When the copy finished, as a Unix timestamp in seconds.
    pub end_time: Option<i64>,
    /// When the record was made, as a Unix timestamp in seconds.
    pub created_at: i64,
    /// When the record was deleted, as a Unix timestamp in seconds; 0 if it was not.
    pub deleted_at: i64,
    /// Name of the image without registry and tag (images under a chart).
    pub image_name: String,
    /// Service module (container) of the image (images under a chart).
    pub service_module: String,
    /// Full address of the image (images under a chart).
    pub image: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactReleaseDistribute {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.some("releaseId", &self.release_id);
        map.some("serviceName", &self.service_name);
        map.entry("distributeType", &self.distribute_type);
        map.entry("registryName", &self.registry_name);
        map.some("chartVersion", &self.chart_version);
        map.some("chartName", &self.chart_name);
        map.some("chartRepoName", &self.chart_repo_name);
        map.some("subDistributes", &self.sub_distributes);
        map.some("namespace", &self.namespace);
        map.some("packageFile", &self.package_file);
        map.some("remoteFileKey", &self.remote_file_key);
        map.some("destStorageUrl", &self.dest_storage_url);
        map.entry("s3StorageID", &self.s3_storage_id);
        map.entry("storageUrl", &self.storage_url);
        map.entry("storageBucket", &self.storage_bucket);
        map.some("srcStorageUrl", &self.src_storage_url);
        map.some("start_time", &self.start_time);
        map.some("end_time", &self.end_time);
        map.entry("created_at", &self.created_at);
        map.entry("deleted_at", &self.deleted_at);
        map.entry("image_name", &self.image_name);
        map.entry("service_module", &self.service_module);
        map.entry("image", &self.image);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactReleaseDistribute {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactReleaseDistribute {
    const NAME: &'static str = "ArtifactReleaseDistribute";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "releaseId" => value(map, &mut self.release_id),
            "serviceName" => value(map, &mut self.service_name),
            "distributeType" => or_default(map, &mut self.distribute_type),
            "registryName" => or_default(map, &mut self.registry_name),
            "chartVersion" => value(map, &mut self.chart_version),
            "chartName" => value(map, &mut self.chart_name),
            "chartRepoName" => value(map, &mut self.chart_repo_name),
            "subDistributes" => value(map, &mut self.sub_distributes),
            "namespace" => value(map, &mut self.namespace),
            "packageFile" => value(map, &mut self.package_file),
            "remoteFileKey" => value(map, &mut self.remote_file_key),
            "destStorageUrl" => value(map, &mut self.dest_storage_url),
            "s3StorageID" => or_default(map, &mut self.s3_storage_id),
            "storageUrl" => or_default(map, &mut self.storage_url),
            "storageBucket" => or_default(map, &mut self.storage_bucket),
            "srcStorageUrl" => value(map, &mut self.src_storage_url),
            "start_time" => value(map, &mut self.start_time),
            "end_time" => value(map, &mut self.end_time),
            "created_at" => or_default(map, &mut self.created_at),
            "deleted_at" => or_default(map, &mut self.deleted_at),
            "image_name" => or_default(map, &mut self.image_name),
            "service_module" => or_default(map, &mut self.service_module),
            "image" => or_default(map, &mut self.image),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactReleaseDistribute {
    /// Creates an empty `ArtifactReleaseDistribute`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Vulnerability counts of one image of a version.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ArtifactReleaseImageScan {
    /// The image that was scanned.
    pub image_name: String,
    /// Id of the image.
    pub image_id: String,
    /// How many vulnerabilities of each severity the scan found.
    pub delivery_security_stats_info: ImageVulnerabilityCounts,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ArtifactReleaseImageScan {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("imageName", &self.image_name);
        map.entry("imageId", &self.image_id);
        map.entry("deliverySecurityStatsInfo", &self.delivery_security_stats_info);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ArtifactReleaseImageScan {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactReleaseImageScan {
    const NAME: &'static str = "ArtifactReleaseImageScan";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "imageName" => or_default(map, &mut self.image_name),
            "imageId" => or_default(map, &mut self.image_id),
            "deliverySecurityStatsInfo" => {
                or_default(map, &mut self.delivery_security_stats_info)
            }
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactReleaseImageScan {
    /// Creates an empty `ArtifactReleaseImageScan`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// How many vulnerabilities of each severity an image scan found.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ImageVulnerabilityCounts {
    /// All vulnerabilities found.
    pub total: i64,
    /// Those of unknown severity (the server's spelling).
    pub unkown: i64,
    /// Negligible ones.
    pub negligible: i64,
    /// Low ones.
    pub low: i64,
    /// Medium ones.
    pub medium: i64,
    /// High ones.
    pub high: i64,
    /// Critical ones.
    pub critical: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ImageVulnerabilityCounts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("total", &self.total);
        map.entry("unkown", &self.unkown);
        map.entry("negligible", &self.negligible);
        map.entry("low", &self.low);
        map.entry("medium", &self.medium);
        map.entry("high", &self.high);
        map.entry("critical", &self.critical);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ImageVulnerabilityCounts {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ImageVulnerabilityCounts {
    const NAME: &'static str = "ImageVulnerabilityCounts";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "total" => or_default(map, &mut self.total),
            "unkown" => or_default(map, &mut self.unkown),
            "negligible" => or_default(map, &mut self.negligible),
            "low" => or_default(map, &mut self.low),
            "medium" => or_default(map, &mut self.medium),
            "high" => or_default(map, &mut self.high),
            "critical" => or_default(map, &mut self.critical),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ImageVulnerabilityCounts {
    /// Creates an empty `ImageVulnerabilityCounts`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// An environment as Zadig stores it, with its services and settings. It travels inside a version of the v3.4.x artifact list, as the environment the version was taken from.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvironmentRecord {
    /// Id of the environment record.
    pub id: Option<String>,
    /// Identifier of the project.
    pub product_name: String,
    /// When the environment was created, as a Unix timestamp in seconds.
    pub create_time: i64,
    /// When the environment was last changed, as a Unix timestamp in seconds.
    pub update_time: i64,
    /// Kubernetes namespace of the environment.
    pub namespace: Option<String>,
    /// State of the environment as stored (for example `Running`).
    pub status: String,
    /// Revision of the environment record.
    pub revision: i64,
    /// Whether the environment is enabled.
    pub enabled: bool,
    /// Name of the environment.
    pub env_name: String,
    /// Base environment, for a sub-environment.
    pub base_env_name: String,
    /// Who last changed the environment.
    pub update_by: String,
    /// Visibility of the environment, where the server fills it in (it is not stored).
    pub visibility: String,
    /// The environment's services, in groups that start one after another.
    pub services: Vec<Vec<EnvironmentRecordService>>,
    /// The render set of the environment (no longer used by Zadig).
    pub render: Option<EnvironmentRenderInfo>,
    /// Why the last change of the environment failed, when it did.
    pub error: String,
    /// The charts of the environment's services (Helm projects).
    pub chart_infos: Option<Vec<EnvironmentServiceRender>>,
    /// Whether the environment is visible to everyone in the project.
    pub is_public: bool,
    /// Ids of roles the environment is shared with.
    pub role_ids: Vec<i64>,
    /// Id of the cluster the environment runs in.
    pub cluster_id: Option<String>,
    /// Number of days after which Zadig recycles the environment.
    pub recycle_day: i64,
    /// Who manages the environment's resources, for example `spock` (Zadig), `helm` or `external` (a hosted environment).
    pub source: String,
    /// Whether the environment belongs to an open-source project.
    pub is_opensource: bool,
    /// Id of the image registry the environment pulls from.
    pub registry_id: String,
    /// Name of the environment this one was copied from, if any.
    pub base_name: String,
    /// Whether the environment was set up on a namespace that already existed.
    pub is_existed: bool,
    /// Self-service sharing (sub-environment) settings.
    pub share_env: EnvironmentShareSettings,
    /// Configuration resources of the environment.
    pub env_configs: Option<Vec<EnvironmentConfigRecord>>,
    /// Per service, how it is deployed (for example `deploy` or `import`).
    pub service_deploy_strategy: std::collections::BTreeMap<String, String>,
    /// Settings of the environment's health analysis.
    pub analysis_config: Option<EnvironmentAnalysisConfig>,
    /// Where the results of that analysis are sent.
    pub notification_configs: Vec<EnvironmentNotificationConfig>,
    /// Replica counts of workloads before the environment went to sleep, by workload.
    pub pre_sleep_status: std::collections::BTreeMap<String, i64>,
    /// Global values YAML of the environment (Helm projects).
    pub default_values: Option<String>,
    /// Where those global values come from (Helm projects).
    pub yaml_data: Option<crate::types::EnvCustomYaml>,
    /// Global variables of the environment (K8s YAML projects).
    pub global_variables: Option<Vec<crate::types::GlobalVariableKV>>,
    /// Istio traffic-splitting settings.
    pub istio_grayscale: EnvironmentIstioGrayscale,
    /// Whether this is a production environment.
    pub production: bool,
    /// Display name of a production environment.
    pub alias: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvironmentRecord {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.entry("product_name", &self.product_name);
        map.entry("create_time", &self.create_time);
        map.entry("update_time", &self.update_time);
        map.some("namespace", &self.namespace);
        map.entry("status", &self.status);
        map.entry("revision", &self.revision);
        map.entry("enabled", &self.enabled);
        map.entry("env_name", &self.env_name);
        map.entry("base_env_name", &self.base_env_name);
        map.entry("update_by", &self.update_by);
        map.entry("visibility", &self.visibility);
        map.entry("services", &self.services);
        map.some("render", &self.render);
        map.entry("error", &self.error);
        map.some("chart_infos", &self.chart_infos);
        map.entry("isPublic", &self.is_public);
        map.entry("roleIds", &self.role_ids);
        map.some("cluster_id", &self.cluster_id);
        map.entry("recycle_day", &self.recycle_day);
        map.entry("source", &self.source);
        map.entry("is_opensource", &self.is_opensource);
        map.entry("registry_id", &self.registry_id);
        map.entry("base_name", &self.base_name);
        map.entry("is_existed", &self.is_existed);
        map.entry("share_env", &self.share_env);
        map.some("env_configs", &self.env_configs);
        map.entry("service_deploy_strategy", &self.service_deploy_strategy);
        map.some("analysis_config", &self.analysis_config);
        map.entry("notification_configs", &self.notification_configs);
        map.entry("pre_sleep_status", &self.pre_sleep_status);
        map.some("default_values", &self.default_values);
        map.some("yaml_data", &self.yaml_data);
        map.some("global_variables", &self.global_variables);
        map.entry("istio_grayscale", &self.istio_grayscale);
        map.entry("production", &self.production);
        map.entry("alias", &self.alias);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvironmentRecord {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvironmentRecord {
    const NAME: &'static str = "EnvironmentRecord";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "product_name" => or_default(map, &mut self.product_name),
            "create_time" => or_default(map, &mut self.create_time),
            "update_time" => or_default(map, &mut self.update_time),
            "namespace" => value(map, &mut self.namespace),
            "status" => or_default(map, &mut self.status),
            "revision" => or_default(map, &mut self.revision),
            "enabled" => or_default(map, &mut self.enabled),
            "env_name" => or_default(map, &mut self.env_name),
            "base_env_name" => or_default(map, &mut self.base_env_name),
            "update_by" => or_default(map, &mut self.update_by),
            "visibility" => or_default(map, &mut self.visibility),
            "services" => or_default(map, &mut self.services),
            "render" => value(map, &mut self.render),
            "error" => or_default(map, &mut self.error),
            "chart_infos" => value(map, &mut self.chart_infos),
            "isPublic" => or_default(map, &mut self.is_public),
            "roleIds" => or_default(map, &mut self.role_ids),
            "cluster_id" => value(map, &mut self.cluster_id),
            "recycle_day" => or_default(map, &mut self.recycle_day),
            "source" => or_default(map, &mut self.source),
            "is_opensource" => or_default(map, &mut self.is_opensource),
            "registry_id" => or_default(map, &mut self.registry_id),
            "base_name" => or_default(map, &mut self.base_name),
            "is_existed" => or_default(map, &mut self.is_existed),
            "share_env" => or_default(map, &mut self.share_env),
            "env_configs" => value(map, &mut self.env_configs),
            "service_deploy_strategy" => {
                or_default(map, &mut self.service_deploy_strategy)
            }
            "analysis_config" => value(map, &mut self.analysis_config),
            "notification_configs" => or_default(map, &mut self.notification_configs),
            "pre_sleep_status" => or_default(map, &mut self.pre_sleep_status),
            "default_values" => value(map, &mut self.default_values),
            "yaml_data" => value(map, &mut self.yaml_data),
            "global_variables" => value(map, &mut self.global_variables),
            "istio_grayscale" => or_default(map, &mut self.istio_grayscale),
            "production" => or_default(map, &mut self.production),
            "alias" => or_default(map, &mut self.alias),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvironmentRecord {
    /// Creates an empty `EnvironmentRecord`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A service of an environment as Zadig stores it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvironmentRecordService {
    /// Name of the service.
    pub service_name: String,
    /// Helm release name of the service (Helm projects).
    pub release_name: String,
    /// Project the service template belongs to.
    pub product_name: String,
    /// Kind of service (for example `k8s` or `helm`).
    pub r#type: String,
    /// Revision of the service template deployed.
    pub revision: i64,
    /// Containers of the service and their images.
    pub containers: Option<Vec<crate::types::EnvServiceContainer>>,
    /// Why deploying the service failed, when it did.
    pub error: Option<String>,
    /// Kubernetes resources of the service.
    pub resources: Option<Vec<EnvironmentServiceResource>>,
    /// When the service was last deployed, as a Unix timestamp in seconds.
    pub update_time: i64,
    /// Chart and values of the service.
    pub render: Option<EnvironmentServiceRender>,
    /// Hosts the service runs on, per environment (host-based services).
    pub env_configs: Option<Vec<EnvironmentHostBinding>>,
    /// The service's manifests as rendered for the environment.
    pub rendered_yaml: Option<String>,
    /// Variables of the service, as YAML.
    pub variable_yaml: Option<String>,
    /// Variables of the service, one by one.
    pub variable_kvs: Option<Vec<crate::types::ServiceVariableKV>>,
    /// Whether the environment's service is behind its template.
    pub updatable: bool,
    /// How the service is deployed (for example `deploy` or `import`).
    pub deploy_strategy: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvironmentRecordService {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("release_name", &self.release_name);
        map.entry("product_name", &self.product_name);
        map.entry("type", &self.r#type);
        map.entry("revision", &self.revision);
        map.some("containers", &self.containers);
        map.some("error", &self.error);
        map.some("resources", &self.resources);
        map.entry("update_time", &self.update_time);
        map.some("render", &self.render);
        map.some("env_configs", &self.env_configs);
        map.some("rendered_yaml", &self.rendered_yaml);
        map.some("variable_yaml", &self.variable_yaml);
        map.some("variable_kvs", &self.variable_kvs);
        map.entry("updatable", &self.updatable);
        map.entry("deploy_strategy", &self.deploy_strategy);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvironmentRecordService {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvironmentRecordService {
    const NAME: &'static str = "EnvironmentRecordService";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "service_name" => or_default(map, &mut self.service_name),
            "release_name" => or_default(map, &mut self.release_name),
            "product_name" => or_default(map, &mut self.product_name),
            "type" => or_default(map, &mut self.r#type),
            "revision" => or_default(map, &mut self.revision),
            "containers" => value(map, &mut self.containers),
            "error" => value(map, &mut self.error),
            "resources" => value(map, &mut self.resources),
            "update_time" => or_default(map, &mut self.update_time),
            "render" => value(map, &mut self.render),
            "env_configs" => value(map, &mut self.env_configs),
            "rendered_yaml" => value(map, &mut self.rendered_yaml),
            "variable_yaml" => value(map, &mut self.variable_yaml),
            "variable_kvs" => value(map, &mut self.variable_kvs),
            "updatable" => or_default(map, &mut self.updatable),
            "deploy_strategy" => or_default(map, &mut self.deploy_strategy),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvironmentRecordService {
    /// Creates an empty `EnvironmentRecordService`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A Kubernetes resource of a service. The server also sends the resource's group, version and kind beside its name; the facts do not record them and they are not decoded.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvironmentServiceResource {
    /// Name of the resource.
    pub name: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvironmentServiceResource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("Name", &self.name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvironmentServiceResource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvironmentServiceResource {
    const NAME: &'static str = "EnvironmentServiceResource";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "Name" => or_default(map, &mut self.name),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvironmentServiceResource {
    /// Creates an empty `EnvironmentServiceResource`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The hosts a host-based service runs on in one environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvironmentHostBinding {
    /// Name of the environment.
    pub env_name: String,
    /// Ids of the hosts.
    pub host_ids: Vec<String>,
    /// Host labels that select further hosts.
    pub labels: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvironmentHostBinding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("env_name", &self.env_name);
        map.entry("host_ids", &self.host_ids);
        map.entry("labels", &self.labels);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvironmentHostBinding {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvironmentHostBinding {
    const NAME: &'static str = "EnvironmentHostBinding";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "env_name" => or_default(map, &mut self.env_name),
            "host_ids" => or_default(map, &mut self.host_ids),
            "labels" => or_default(map, &mut self.labels),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvironmentHostBinding {
    /// Creates an empty `EnvironmentHostBinding`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A render set reference of an environment, kept by Zadig for old records.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvironmentRenderInfo {
    /// Name of the render set.
    pub name: String,
    /// Revision of the render set.
    pub revision: i64,
    /// Project the render set belongs to.
    pub product_tmpl: String,
    /// Free-text description.
    pub description: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvironmentRenderInfo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("revision", &self.revision);
        map.entry("product_tmpl", &self.product_tmpl);
        map.entry("description", &self.description);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvironmentRenderInfo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvironmentRenderInfo {
    const NAME: &'static str = "EnvironmentRenderInfo";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "revision" => or_default(map, &mut self.revision),
            "product_tmpl" => or_default(map, &mut self.product_tmpl),
            "description" => or_default(map, &mut self.description),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvironmentRenderInfo {
    /// Creates an empty `EnvironmentRenderInfo`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Chart and values of a service in an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvironmentServiceRender {
    /// Name of the service.
    pub service_name: Option<String>,
    /// Helm release name (Helm projects).
    pub release_name: Option<String>,
    /// Whether the service was deployed straight from a chart rather than a service template.
    pub is_helm_chart_deploy: Option<bool>,
    /// Chart repository of the chart (Helm projects).
    pub chart_repo: Option<String>,
    /// Name of the chart (Helm projects).
    pub chart_name: Option<String>,
    /// Version of the chart (Helm projects).
    pub chart_version: Option<String>,
    /// Values set one by one for the environment, JSON-encoded (Helm projects).
    pub override_values: Option<String>,
    /// Values YAML set for the environment, with where it comes from.
    pub override_yaml: Option<crate::types::EnvCustomYaml>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvironmentServiceRender {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("service_name", &self.service_name);
        map.some("release_name", &self.release_name);
        map.some("is_helm_chart_deploy", &self.is_helm_chart_deploy);
        map.some("chart_repo", &self.chart_repo);
        map.some("chart_name", &self.chart_name);
        map.some("chart_version", &self.chart_version);
        map.some("override_values", &self.override_values);
        map.some("override_yaml", &self.override_yaml);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvironmentServiceRender {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvironmentServiceRender {
    const NAME: &'static str = "EnvironmentServiceRender";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "service_name" => value(map, &mut self.service_name),
            "release_name" => value(map, &mut self.release_name),
            "is_helm_chart_deploy" => value(map, &mut self.is_helm_chart_deploy),
            "chart_repo" => value(map, &mut self.chart_repo),
            "chart_name" => value(map, &mut self.chart_name),
            "chart_version" => value(map, &mut self.chart_version),
            "override_values" => value(map, &mut self.override_values),
            "override_yaml" => value(map, &mut self.override_yaml),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvironmentServiceRender {
    /// Creates an empty `EnvironmentServiceRender`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Self-service sharing settings of an environment (base environment and sub-environments).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvironmentShareSettings {
    /// Whether sharing is on.
    pub enable: bool,
    /// Whether this environment is the base others are derived from.
    pub is_base: bool,
    /// The base environment, for a sub-environment.
    pub base_env: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvironmentShareSettings {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("enable", &self.enable);
        map.entry("is_base", &self.is_base);
        map.entry("base_env", &self.base_env);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvironmentShareSettings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvironmentShareSettings {
    const NAME: &'static str = "EnvironmentShareSettings";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "enable" => or_default(map, &mut self.enable),
            "is_base" => or_default(map, &mut self.is_base),
            "base_env" => or_default(map, &mut self.base_env),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvironmentShareSettings {
    /// Creates an empty `EnvironmentShareSettings`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A configuration resource of an environment as stored with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvironmentConfigRecord {
    /// Name of the environment.
    pub env_name: String,
    /// Identifier of the project.
    pub product_name: String,
    /// Service the resource belongs to, if any.
    pub service_name: String,
    /// Name of the resource.
    pub name: String,
    /// The resource as YAML.
    pub yaml_data: String,
    /// Whether services using the resource restart when it changes.
    pub restart_associated_svc: bool,
    /// Kind of resource.
    pub common_env_cfg_type: crate::types::EnvConfigType,
    /// Services that use the resource.
    pub services: Vec<String>,
    /// Repository the resource is synchronised from, if any.
    pub git_repo_config: Option<crate::types::EnvConfigTemplateGitRepo>,
    /// Whether the resource follows that repository.
    pub auto_sync: bool,
    /// Whether the environment is a production environment.
    pub production: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvironmentConfigRecord {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("env_name", &self.env_name);
        map.entry("product_name", &self.product_name);
        map.entry("service_name", &self.service_name);
        map.entry("name", &self.name);
        map.entry("yaml_data", &self.yaml_data);
        map.entry("restart_associated_svc", &self.restart_associated_svc);
        map.entry("common_env_cfg_type", &self.common_env_cfg_type);
        map.entry("services", &self.services);
        map.some("git_repo_config", &self.git_repo_config);
        map.entry("auto_sync", &self.auto_sync);
        map.entry("production", &self.production);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvironmentConfigRecord {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvironmentConfigRecord {
    const NAME: &'static str = "EnvironmentConfigRecord";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "env_name" => or_default(map, &mut self.env_name),
            "product_name" => or_default(map, &mut self.product_name),
            "service_name" => or_default(map, &mut self.service_name),
            "name" => or_default(map, &mut self.name),
            "yaml_data" => or_default(map, &mut self.yaml_data),
            "restart_associated_svc" => or_default(map, &mut self.restart_associated_svc),
            "common_env_cfg_type" => or_default(map, &mut self.common_env_cfg_type),
            "services" => or_default(map, &mut self.services),
            "git_repo_config" => value(map, &mut self.git_repo_config),
            "auto_sync" => or_default(map, &mut self.auto_sync),
            "production" => or_default(map, &mut self.production),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvironmentConfigRecord {
    /// Creates an empty `EnvironmentConfigRecord`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Which resources the health analysis of an environment looks at.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvironmentAnalysisConfig {
    /// Kinds of Kubernetes resources to analyse.
    pub resource_types: Vec<AnalysisResourceType>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvironmentAnalysisConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("resource_types", &self.resource_types);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvironmentAnalysisConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvironmentAnalysisConfig {
    const NAME: &'static str = "EnvironmentAnalysisConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "resource_types" => or_default(map, &mut self.resource_types),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvironmentAnalysisConfig {
    /// Creates an empty `EnvironmentAnalysisConfig`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A kind of Kubernetes resource the environment analysis can look at.
///
/// The set of values is open: a value this version does not know decodes to
/// [`AnalysisResourceType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnalysisResourceType {
    /// `Pod`: Pods.
    Pod,
    /// `Deployment`: Deployments.
    Deployment,
    /// `ReplicaSet`: Replica sets.
    ReplicaSet,
    /// `PersistentVolumeClaim`: Persistent volume claims.
    PersistentVolumeClaim,
    /// `Service`: Services.
    Service,
    /// `Ingress`: Ingresses.
    Ingress,
    /// `StatefulSet`: Stateful sets.
    StatefulSet,
    /// `CronJob`: Cron jobs.
    CronJob,
    /// `HorizontalPodAutoScaler`: Horizontal pod autoscalers.
    HorizontalPodAutoScaler,
    /// `PodDisruptionBudget`: Pod disruption budgets.
    PodDisruptionBudget,
    /// `NetworkPolicy`: Network policies.
    NetworkPolicy,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl AnalysisResourceType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pod => "Pod",
            Self::Deployment => "Deployment",
            Self::ReplicaSet => "ReplicaSet",
            Self::PersistentVolumeClaim => "PersistentVolumeClaim",
            Self::Service => "Service",
            Self::Ingress => "Ingress",
            Self::StatefulSet => "StatefulSet",
            Self::CronJob => "CronJob",
            Self::HorizontalPodAutoScaler => "HorizontalPodAutoScaler",
            Self::PodDisruptionBudget => "PodDisruptionBudget",
            Self::NetworkPolicy => "NetworkPolicy",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for AnalysisResourceType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for AnalysisResourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Pod" => Self::Pod,
            "Deployment" => Self::Deployment,
            "ReplicaSet" => Self::ReplicaSet,
            "PersistentVolumeClaim" => Self::PersistentVolumeClaim,
            "Service" => Self::Service,
            "Ingress" => Self::Ingress,
            "StatefulSet" => Self::StatefulSet,
            "CronJob" => Self::CronJob,
            "HorizontalPodAutoScaler" => Self::HorizontalPodAutoScaler,
            "PodDisruptionBudget" => Self::PodDisruptionBudget,
            "NetworkPolicy" => Self::NetworkPolicy,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for AnalysisResourceType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for AnalysisResourceType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for AnalysisResourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AnalysisResourceType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AnalysisResourceType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// A webhook the results of an environment's analysis are sent to.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvironmentNotificationConfig {
    /// Kind of chat tool the webhook belongs to.
    pub webhook_type: EnvironmentWebhookType,
    /// Address of the webhook.
    pub webhook_url: String,
    /// Which analysis results are sent.
    pub events: Vec<EnvironmentNotificationEvent>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvironmentNotificationConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("webhook_type", &self.webhook_type);
        map.entry("webhook_url", &self.webhook_url);
        map.entry("events", &self.events);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvironmentNotificationConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvironmentNotificationConfig {
    const NAME: &'static str = "EnvironmentNotificationConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "webhook_type" => or_default(map, &mut self.webhook_type),
            "webhook_url" => or_default(map, &mut self.webhook_url),
            "events" => or_default(map, &mut self.events),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvironmentNotificationConfig {
    /// Creates an empty `EnvironmentNotificationConfig`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Chat tool of an environment notification webhook.
///
/// The set of values is open: a value this version does not know decodes to
/// [`EnvironmentWebhookType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnvironmentWebhookType {
    /// `feishu`: Feishu (Lark).
    Feishu,
    /// `dingding`: DingTalk.
    Dingding,
    /// `wechat`: WeCom (WeChat Work).
    Wechat,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl EnvironmentWebhookType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Feishu => "feishu",
            Self::Dingding => "dingding",
            Self::Wechat => "wechat",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for EnvironmentWebhookType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for EnvironmentWebhookType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "feishu" => Self::Feishu,
            "dingding" => Self::Dingding,
            "wechat" => Self::Wechat,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for EnvironmentWebhookType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for EnvironmentWebhookType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for EnvironmentWebhookType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EnvironmentWebhookType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EnvironmentWebhookType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// An outcome of an environment analysis that can be notified.
///
/// The set of values is open: a value this version does not know decodes to
/// [`EnvironmentNotificationEvent::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnvironmentNotificationEvent {
    /// `notification_event_analyzer_normal`: The analysis found nothing wrong.
    NotificationEventAnalyzerNormal,
    /// `notification_event_analyzer_abnormal`: The analysis found problems.
    NotificationEventAnalyzerAbnormal,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl EnvironmentNotificationEvent {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotificationEventAnalyzerNormal => "notification_event_analyzer_normal",
            Self::NotificationEventAnalyzerAbnormal => {
                "notification_event_analyzer_abnormal"
            }
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for EnvironmentNotificationEvent {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for EnvironmentNotificationEvent {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "notification_event_analyzer_normal" => Self::NotificationEventAnalyzerNormal,
            "notification_event_analyzer_abnormal" => {
                Self::NotificationEventAnalyzerAbnormal
            }
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for EnvironmentNotificationEvent {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for EnvironmentNotificationEvent {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for EnvironmentNotificationEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EnvironmentNotificationEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EnvironmentNotificationEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Istio traffic-splitting settings of an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvironmentIstioGrayscale {
    /// Whether traffic splitting is on.
    pub enable: bool,
    /// Whether this environment is the base the traffic is split from.
    pub is_base: bool,
    /// The base environment, for a grey environment.
    pub base_env: String,
    /// How traffic is split, `weight` or `header_match`.
    pub grayscale_strategy: String,
    /// Share of the traffic per environment, for the `weight` strategy.
    pub weight_configs: Vec<IstioWeightConfig>,
    /// Header rules per environment, for the `header_match` strategy.
    pub header_match_configs: Vec<IstioHeaderMatchConfig>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvironmentIstioGrayscale {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("enable", &self.enable);
        map.entry("is_base", &self.is_base);
        map.entry("base_env", &self.base_env);
        map.entry("grayscale_strategy", &self.grayscale_strategy);
        map.entry("weight_configs", &self.weight_configs);
        map.entry("header_match_configs", &self.header_match_configs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvironmentIstioGrayscale {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvironmentIstioGrayscale {
    const NAME: &'static str = "EnvironmentIstioGrayscale";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "enable" => or_default(map, &mut self.enable),
            "is_base" => or_default(map, &mut self.is_base),
            "base_env" => or_default(map, &mut self.base_env),
            "grayscale_strategy" => or_default(map, &mut self.grayscale_strategy),
            "weight_configs" => or_default(map, &mut self.weight_configs),
            "header_match_configs" => or_default(map, &mut self.header_match_configs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvironmentIstioGrayscale {
    /// Creates an empty `EnvironmentIstioGrayscale`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The share of traffic one environment gets.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct IstioWeightConfig {
    /// Name of the environment.
    pub env: String,
    /// Its share of the traffic, in percent.
    pub weight: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for IstioWeightConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("env", &self.env);
        map.entry("weight", &self.weight);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for IstioWeightConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for IstioWeightConfig {
    const NAME: &'static str = "IstioWeightConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "env" => or_default(map, &mut self.env),
            "weight" => or_default(map, &mut self.weight),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl IstioWeightConfig {
    /// Creates an empty `IstioWeightConfig`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The header rules that send traffic to one environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct IstioHeaderMatchConfig {
    /// Name of the environment.
    pub env: String,
    /// The rules; a request matching them goes to the environment.
    pub header_match: Vec<IstioHeaderMatch>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for IstioHeaderMatchConfig {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("env", &self.env);
        map.entry("header_match", &self.header_match);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for IstioHeaderMatchConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for IstioHeaderMatchConfig {
    const NAME: &'static str = "IstioHeaderMatchConfig";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "env" => or_default(map, &mut self.env),
            "header_match" => or_default(map, &mut self.header_match),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl IstioHeaderMatchConfig {
    /// Creates an empty `IstioHeaderMatchConfig`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One header rule of traffic splitting.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct IstioHeaderMatch {
    /// Name of the header.
    pub key: String,
    /// How the value is compared, `prefix`, `exact` or `regex`.
    pub r#match: String,
    /// The value to compare with.
    pub value: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for IstioHeaderMatch {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.entry("match", &self.r#match);
        map.entry("value", &self.value);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for IstioHeaderMatch {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for IstioHeaderMatch {
    const NAME: &'static str = "IstioHeaderMatch";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "key" => or_default(map, &mut self.key),
            "match" => or_default(map, &mut self.r#match),
            "value" => or_default(map, &mut self.value),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl IstioHeaderMatch {
    /// Creates an empty `IstioHeaderMatch`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
