// @generated from spec/artifact.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Artifact management API.
//!
//! The artifact (delivery center) view of versions.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// A version as the artifact management view lists it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactVersion {
    /// Id of the version.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the version.
    #[serde(
        rename = "version",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub version: String,
    /// Identifier of the project.
    #[serde(
        rename = "project_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub project_name: String,
    /// Environment the version was taken from, for versions made from an environment.
    #[serde(
        rename = "env_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub env_name: String,
    /// Whether the version was taken from a production environment.
    #[serde(
        rename = "production",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub production: bool,
    /// Whether the version packs Kubernetes YAML or Helm charts.
    #[serde(
        rename = "type",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub r#type: crate::types::DeliveryVersionType,
    /// How the version was made.
    #[serde(
        rename = "source",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub source: crate::types::DeliveryVersionSource,
    /// Free-text description.
    #[serde(
        rename = "desc",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub desc: String,
    /// Labels attached to the version.
    #[serde(
        rename = "labels",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub labels: Vec<String>,
    /// Id of the registry the version's images are pushed to.
    #[serde(
        rename = "image_registry_id",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_registry_id: String,
    /// Chart repository the charts came from, for Helm versions.
    #[serde(
        rename = "original_chart_repo_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub original_chart_repo_name: String,
    /// Chart repository the version's charts are pushed to, for Helm versions.
    #[serde(
        rename = "chart_repo_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub chart_repo_name: String,
    /// The services in the version.
    #[serde(
        rename = "services",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub services: Vec<ArtifactVersionService>,
    /// Where the making of the version stands.
    #[serde(
        rename = "status",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub status: crate::types::DeliveryVersionStatus,
    /// Workflow that made the version, when a workflow made it.
    #[serde(
        rename = "workflow_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub workflow_name: String,
    /// Run of that workflow that made the version.
    #[serde(
        rename = "task_id",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub task_id: i64,
    /// Why making the version failed, when it failed.
    #[serde(
        rename = "error",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub error: String,
    /// Who made the version.
    #[serde(
        rename = "created_by",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub created_by: String,
    /// When the version was made, as a Unix timestamp in seconds.
    #[serde(
        rename = "created_at",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub created_at: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactVersion {
    /// Creates an empty `ArtifactVersion`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: None,
            version: Default::default(),
            project_name: Default::default(),
            env_name: Default::default(),
            production: Default::default(),
            r#type: Default::default(),
            source: Default::default(),
            desc: Default::default(),
            labels: Default::default(),
            image_registry_id: Default::default(),
            original_chart_repo_name: Default::default(),
            chart_repo_name: Default::default(),
            services: Default::default(),
            status: Default::default(),
            workflow_name: Default::default(),
            task_id: Default::default(),
            error: Default::default(),
            created_by: Default::default(),
            created_at: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `version` and returns the value, for chaining.
    pub fn with_version(mut self, value: impl Into<String>) -> Self {
        self.version = value.into();
        self
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = value.into();
        self
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = value.into();
        self
    }
    /// Sets `production` and returns the value, for chaining.
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: crate::types::DeliveryVersionType) -> Self {
        self.r#type = value;
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: crate::types::DeliveryVersionSource) -> Self {
        self.source = value;
        self
    }
    /// Sets `desc` and returns the value, for chaining.
    pub fn with_desc(mut self, value: impl Into<String>) -> Self {
        self.desc = value.into();
        self
    }
    /// Sets `labels` and returns the value, for chaining.
    pub fn with_labels(mut self, value: Vec<String>) -> Self {
        self.labels = value;
        self
    }
    /// Sets `image_registry_id` and returns the value, for chaining.
    pub fn with_image_registry_id(mut self, value: impl Into<String>) -> Self {
        self.image_registry_id = value.into();
        self
    }
    /// Sets `original_chart_repo_name` and returns the value, for chaining.
    pub fn with_original_chart_repo_name(mut self, value: impl Into<String>) -> Self {
        self.original_chart_repo_name = value.into();
        self
    }
    /// Sets `chart_repo_name` and returns the value, for chaining.
    pub fn with_chart_repo_name(mut self, value: impl Into<String>) -> Self {
        self.chart_repo_name = value.into();
        self
    }
    /// Sets `services` and returns the value, for chaining.
    pub fn with_services(mut self, value: Vec<ArtifactVersionService>) -> Self {
        self.services = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: crate::types::DeliveryVersionStatus) -> Self {
        self.status = value;
        self
    }
    /// Sets `workflow_name` and returns the value, for chaining.
    pub fn with_workflow_name(mut self, value: impl Into<String>) -> Self {
        self.workflow_name = value.into();
        self
    }
    /// Sets `task_id` and returns the value, for chaining.
    pub fn with_task_id(mut self, value: i64) -> Self {
        self.task_id = value;
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = value.into();
        self
    }
    /// Sets `created_by` and returns the value, for chaining.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = value.into();
        self
    }
    /// Sets `created_at` and returns the value, for chaining.
    pub fn with_created_at(mut self, value: i64) -> Self {
        self.created_at = value;
        self
    }
}
/// One service in a version, with its chart or manifests and images.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactVersionService {
    /// Name of the service.
    #[serde(
        rename = "service_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_name: String,
    /// Name of the chart, for Helm versions.
    #[serde(
        rename = "chart_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub chart_name: String,
    /// Chart version the service had in the source, for Helm versions.
    #[serde(
        rename = "original_chart_version",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub original_chart_version: String,
    /// Chart version in the version, for Helm versions.
    #[serde(
        rename = "chart_version",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub chart_version: String,
    /// Where pushing the chart stands.
    #[serde(
        rename = "chart_status",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub chart_status: crate::types::WorkflowTaskStatus,
    /// The manifests, for Kubernetes YAML versions.
    #[serde(
        rename = "yaml_content",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub yaml_content: String,
    /// Images of the service.
    #[serde(
        rename = "images",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub images: Vec<ArtifactVersionImage>,
    /// Why handling the service failed, when it failed.
    #[serde(
        rename = "error",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub error: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactVersionService {
    /// Creates an empty `ArtifactVersionService`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            service_name: Default::default(),
            chart_name: Default::default(),
            original_chart_version: Default::default(),
            chart_version: Default::default(),
            chart_status: Default::default(),
            yaml_content: Default::default(),
            images: Default::default(),
            error: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `chart_name` and returns the value, for chaining.
    pub fn with_chart_name(mut self, value: impl Into<String>) -> Self {
        self.chart_name = value.into();
        self
    }
    /// Sets `original_chart_version` and returns the value, for chaining.
    pub fn with_original_chart_version(mut self, value: impl Into<String>) -> Self {
        self.original_chart_version = value.into();
        self
    }
    /// Sets `chart_version` and returns the value, for chaining.
    pub fn with_chart_version(mut self, value: impl Into<String>) -> Self {
        self.chart_version = value.into();
        self
    }
    /// Sets `chart_status` and returns the value, for chaining.
    pub fn with_chart_status(mut self, value: crate::types::WorkflowTaskStatus) -> Self {
        self.chart_status = value;
        self
    }
    /// Sets `yaml_content` and returns the value, for chaining.
    pub fn with_yaml_content(mut self, value: impl Into<String>) -> Self {
        self.yaml_content = value.into();
        self
    }
    /// Sets `images` and returns the value, for chaining.
    pub fn with_images(mut self, value: Vec<ArtifactVersionImage>) -> Self {
        self.images = value;
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = value.into();
        self
    }
}
/// An image of a service in a version and where it is copied to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactVersionImage {
    /// Name of the container the image belongs to.
    #[serde(
        rename = "container_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub container_name: String,
    /// Name of the image.
    #[serde(
        rename = "image_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_name: String,
    /// Where the image's parts sit in Helm values, for Helm versions.
    #[serde(rename = "image_path", default, skip_serializing_if = "Option::is_none")]
    pub image_path: Option<crate::types::ImagePathSpec>,
    /// The image the version takes, with registry.
    #[serde(
        rename = "source_image",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub source_image: String,
    /// Tag of that image.
    #[serde(
        rename = "source_image_tag",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub source_image_tag: String,
    /// The image pushed for the version, with registry.
    #[serde(
        rename = "target_image",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub target_image: String,
    /// Tag of the pushed image.
    #[serde(
        rename = "target_image_tag",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub target_image_tag: String,
    /// Whether the image is pushed to the version's registry.
    #[serde(
        rename = "push_image",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub push_image: bool,
    /// Where pushing the image stands.
    #[serde(
        rename = "status",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub status: crate::types::WorkflowTaskStatus,
    /// Why pushing the image failed, when it failed.
    #[serde(
        rename = "error",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub error: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactVersionImage {
    /// Creates an empty `ArtifactVersionImage`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            container_name: Default::default(),
            image_name: Default::default(),
            image_path: None,
            source_image: Default::default(),
            source_image_tag: Default::default(),
            target_image: Default::default(),
            target_image_tag: Default::default(),
            push_image: Default::default(),
            status: Default::default(),
            error: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `container_name` and returns the value, for chaining.
    pub fn with_container_name(mut self, value: impl Into<String>) -> Self {
        self.container_name = value.into();
        self
    }
    /// Sets `image_name` and returns the value, for chaining.
    pub fn with_image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = value.into();
        self
    }
    /// Sets `image_path` and returns the value, for chaining.
    pub fn with_image_path(mut self, value: crate::types::ImagePathSpec) -> Self {
        self.image_path = Some(value);
        self
    }
    /// Sets `source_image` and returns the value, for chaining.
    pub fn with_source_image(mut self, value: impl Into<String>) -> Self {
        self.source_image = value.into();
        self
    }
    /// Sets `source_image_tag` and returns the value, for chaining.
    pub fn with_source_image_tag(mut self, value: impl Into<String>) -> Self {
        self.source_image_tag = value.into();
        self
    }
    /// Sets `target_image` and returns the value, for chaining.
    pub fn with_target_image(mut self, value: impl Into<String>) -> Self {
        self.target_image = value.into();
        self
    }
    /// Sets `target_image_tag` and returns the value, for chaining.
    pub fn with_target_image_tag(mut self, value: impl Into<String>) -> Self {
        self.target_image_tag = value.into();
        self
    }
    /// Sets `push_image` and returns the value, for chaining.
    pub fn with_push_image(mut self, value: bool) -> Self {
        self.push_image = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: crate::types::WorkflowTaskStatus) -> Self {
        self.status = value;
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = value.into();
        self
    }
}
/// A version with the records of what made it, as releases up to v3.4.1 list it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactReleaseLegacy {
    /// The version itself.
    #[serde(rename = "versionInfo", default, skip_serializing_if = "Option::is_none")]
    pub version_info: Option<ArtifactReleaseVersion>,
    /// The builds whose images or packages the version holds.
    #[serde(rename = "buildInfo", default, skip_serializing_if = "Option::is_none")]
    pub build_info: Option<Vec<ArtifactReleaseBuild>>,
    /// The deployments the version records, with their manifests and images.
    #[serde(rename = "deployInfo", default, skip_serializing_if = "Option::is_none")]
    pub deploy_info: Option<Vec<ArtifactReleaseDeploy>>,
    /// The test runs the version records.
    #[serde(rename = "testInfo", default, skip_serializing_if = "Option::is_none")]
    pub test_info: Option<Vec<ArtifactReleaseTest>>,
    /// Where the version's images, charts and files were copied to.
    #[serde(rename = "distributeInfo", default, skip_serializing_if = "Option::is_none")]
    pub distribute_info: Option<Vec<ArtifactReleaseDistribute>>,
    /// Vulnerability counts of the version's images, where they were scanned.
    #[serde(
        rename = "securityStatsInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_stats_info: Option<Vec<ArtifactReleaseImageScan>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactReleaseLegacy {
    /// Creates an empty `ArtifactReleaseLegacy`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            version_info: None,
            build_info: None,
            deploy_info: None,
            test_info: None,
            distribute_info: None,
            security_stats_info: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `version_info` and returns the value, for chaining.
    pub fn with_version_info(mut self, value: ArtifactReleaseVersion) -> Self {
        self.version_info = Some(value);
        self
    }
    /// Sets `build_info` and returns the value, for chaining.
    pub fn with_build_info(mut self, value: Vec<ArtifactReleaseBuild>) -> Self {
        self.build_info = Some(value);
        self
    }
    /// Sets `deploy_info` and returns the value, for chaining.
    pub fn with_deploy_info(mut self, value: Vec<ArtifactReleaseDeploy>) -> Self {
        self.deploy_info = Some(value);
        self
    }
    /// Sets `test_info` and returns the value, for chaining.
    pub fn with_test_info(mut self, value: Vec<ArtifactReleaseTest>) -> Self {
        self.test_info = Some(value);
        self
    }
    /// Sets `distribute_info` and returns the value, for chaining.
    pub fn with_distribute_info(
        mut self,
        value: Vec<ArtifactReleaseDistribute>,
    ) -> Self {
        self.distribute_info = Some(value);
        self
    }
    /// Sets `security_stats_info` and returns the value, for chaining.
    pub fn with_security_stats_info(
        mut self,
        value: Vec<ArtifactReleaseImageScan>,
    ) -> Self {
        self.security_stats_info = Some(value);
        self
    }
}
/// A version as the v3.4.x artifact list holds it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactReleaseVersion {
    /// Id of the version.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the version.
    #[serde(
        rename = "version",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub version: String,
    /// Identifier of the project.
    #[serde(
        rename = "productName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub product_name: String,
    /// Workflow that made the version, when a workflow made it.
    #[serde(
        rename = "workflowName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub workflow_name: String,
    /// Display name of that workflow.
    #[serde(
        rename = "workflowDisplayName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub workflow_display_name: String,
    /// Kind of version, `K8SYaml`, `HelmChart`, or `K8SWorkflow` for one a workflow made.
    #[serde(
        rename = "type",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub r#type: String,
    /// Run of that workflow that made the version.
    #[serde(
        rename = "taskId",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub task_id: i64,
    /// Free-text description.
    #[serde(
        rename = "desc",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub desc: String,
    /// Labels attached to the version.
    #[serde(
        rename = "labels",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub labels: Vec<String>,
    /// The environment the version was taken from, as it stood then.
    #[serde(rename = "productEnvInfo", default, skip_serializing_if = "Option::is_none")]
    pub product_env_info: Option<EnvironmentRecord>,
    /// Where the making of the version stands (for example `success` or `failed`).
    #[serde(
        rename = "status",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub status: String,
    /// How far pushing the version's artifacts has got.
    #[serde(rename = "progress", default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<ArtifactReleaseProgress>,
    /// Who made the version.
    #[serde(
        rename = "createdBy",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub created_by: String,
    /// When the version was made, as a Unix timestamp in seconds.
    #[serde(
        rename = "created_at",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub created_at: i64,
    /// When the version was deleted, as a Unix timestamp in seconds; 0 if it was not.
    #[serde(
        rename = "deleted_at",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub deleted_at: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactReleaseVersion {
    /// Creates an empty `ArtifactReleaseVersion`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: None,
            version: Default::default(),
            product_name: Default::default(),
            workflow_name: Default::default(),
            workflow_display_name: Default::default(),
            r#type: Default::default(),
            task_id: Default::default(),
            desc: Default::default(),
            labels: Default::default(),
            product_env_info: None,
            status: Default::default(),
            progress: None,
            created_by: Default::default(),
            created_at: Default::default(),
            deleted_at: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `version` and returns the value, for chaining.
    pub fn with_version(mut self, value: impl Into<String>) -> Self {
        self.version = value.into();
        self
    }
    /// Sets `product_name` and returns the value, for chaining.
    pub fn with_product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = value.into();
        self
    }
    /// Sets `workflow_name` and returns the value, for chaining.
    pub fn with_workflow_name(mut self, value: impl Into<String>) -> Self {
        self.workflow_name = value.into();
        self
    }
    /// Sets `workflow_display_name` and returns the value, for chaining.
    pub fn with_workflow_display_name(mut self, value: impl Into<String>) -> Self {
        self.workflow_display_name = value.into();
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
    /// Sets `task_id` and returns the value, for chaining.
    pub fn with_task_id(mut self, value: i64) -> Self {
        self.task_id = value;
        self
    }
    /// Sets `desc` and returns the value, for chaining.
    pub fn with_desc(mut self, value: impl Into<String>) -> Self {
        self.desc = value.into();
        self
    }
    /// Sets `labels` and returns the value, for chaining.
    pub fn with_labels(mut self, value: Vec<String>) -> Self {
        self.labels = value;
        self
    }
    /// Sets `product_env_info` and returns the value, for chaining.
    pub fn with_product_env_info(mut self, value: EnvironmentRecord) -> Self {
        self.product_env_info = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = value.into();
        self
    }
    /// Sets `progress` and returns the value, for chaining.
    pub fn with_progress(mut self, value: ArtifactReleaseProgress) -> Self {
        self.progress = Some(value);
        self
    }
    /// Sets `created_by` and returns the value, for chaining.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = value.into();
        self
    }
    /// Sets `created_at` and returns the value, for chaining.
    pub fn with_created_at(mut self, value: i64) -> Self {
        self.created_at = value;
        self
    }
    /// Sets `deleted_at` and returns the value, for chaining.
    pub fn with_deleted_at(mut self, value: i64) -> Self {
        self.deleted_at = value;
        self
    }
}
/// How far pushing a version's artifacts has got (v3.4.x artifact list).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactReleaseProgress {
    /// Artifacts pushed so far.
    #[serde(
        rename = "successCount",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub success_count: i64,
    /// Artifacts to push in all.
    #[serde(
        rename = "totalCount",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub total_count: i64,
    /// Where the pushing stands.
    #[serde(
        rename = "uploadStatus",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub upload_status: String,
    /// For versions made by a workflow, where each of its image jobs stands.
    #[serde(
        rename = "workflowStatus",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub workflow_status: Vec<ArtifactReleaseWorkflowStatus>,
    /// Why the pushing failed, when it did.
    #[serde(
        rename = "error",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub error: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactReleaseProgress {
    /// Creates an empty `ArtifactReleaseProgress`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            success_count: Default::default(),
            total_count: Default::default(),
            upload_status: Default::default(),
            workflow_status: Default::default(),
            error: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `success_count` and returns the value, for chaining.
    pub fn with_success_count(mut self, value: i64) -> Self {
        self.success_count = value;
        self
    }
    /// Sets `total_count` and returns the value, for chaining.
    pub fn with_total_count(mut self, value: i64) -> Self {
        self.total_count = value;
        self
    }
    /// Sets `upload_status` and returns the value, for chaining.
    pub fn with_upload_status(mut self, value: impl Into<String>) -> Self {
        self.upload_status = value.into();
        self
    }
    /// Sets `workflow_status` and returns the value, for chaining.
    pub fn with_workflow_status(
        mut self,
        value: Vec<ArtifactReleaseWorkflowStatus>,
    ) -> Self {
        self.workflow_status = value;
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = value.into();
        self
    }
}
/// Where one image job of the workflow that makes a version stands.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactReleaseWorkflowStatus {
    /// Name of the job.
    #[serde(
        rename = "job_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub job_name: String,
    /// Service the job handles.
    #[serde(
        rename = "service_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_name: String,
    /// Service module (container) the job handles.
    #[serde(
        rename = "service_module",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_module: String,
    /// The image the job produces.
    #[serde(
        rename = "target_image",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub target_image: String,
    /// Where the job stands.
    #[serde(
        rename = "status",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub status: crate::types::WorkflowTaskStatus,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactReleaseWorkflowStatus {
    /// Creates an empty `ArtifactReleaseWorkflowStatus`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            job_name: Default::default(),
            service_name: Default::default(),
            service_module: Default::default(),
            target_image: Default::default(),
            status: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `job_name` and returns the value, for chaining.
    pub fn with_job_name(mut self, value: impl Into<String>) -> Self {
        self.job_name = value.into();
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `service_module` and returns the value, for chaining.
    pub fn with_service_module(mut self, value: impl Into<String>) -> Self {
        self.service_module = value.into();
        self
    }
    /// Sets `target_image` and returns the value, for chaining.
    pub fn with_target_image(mut self, value: impl Into<String>) -> Self {
        self.target_image = value.into();
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: crate::types::WorkflowTaskStatus) -> Self {
        self.status = value;
        self
    }
}
/// A build whose artifact a version holds (v3.4.x artifact list).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactReleaseBuild {
    /// Id of the record.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Id of the version the record belongs to.
    #[serde(rename = "releaseId", default, skip_serializing_if = "Option::is_none")]
    pub release_id: Option<String>,
    /// Service that was built.
    #[serde(
        rename = "serviceName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_name: String,
    /// The image the build produced.
    #[serde(rename = "imageInfo", default, skip_serializing_if = "Option::is_none")]
    pub image_info: Option<ArtifactReleaseImage>,
    /// Name of that image.
    #[serde(
        rename = "imageName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_name: String,
    /// The package the build produced, when it produced one.
    #[serde(rename = "packageInfo", default, skip_serializing_if = "Option::is_none")]
    pub package_info: Option<ArtifactReleasePackage>,
    /// Jira issues linked to the build's commits.
    #[serde(
        rename = "issues",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub issues: Vec<JiraIssueRef>,
    /// The repositories and commits that were built.
    #[serde(
        rename = "commits",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub commits: Vec<crate::types::Repository>,
    /// When the build started, as a Unix timestamp in seconds.
    #[serde(rename = "start_time", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// When the build finished, as a Unix timestamp in seconds.
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// When the record was made, as a Unix timestamp in seconds.
    #[serde(
        rename = "created_at",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub created_at: i64,
    /// When the record was deleted, as a Unix timestamp in seconds; 0 if it was not.
    #[serde(
        rename = "deleted_at",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub deleted_at: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactReleaseBuild {
    /// Creates an empty `ArtifactReleaseBuild`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: None,
            release_id: None,
            service_name: Default::default(),
            image_info: None,
            image_name: Default::default(),
            package_info: None,
            issues: Default::default(),
            commits: Default::default(),
            start_time: None,
            end_time: None,
            created_at: Default::default(),
            deleted_at: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `release_id` and returns the value, for chaining.
    pub fn with_release_id(mut self, value: impl Into<String>) -> Self {
        self.release_id = Some(value.into());
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `image_info` and returns the value, for chaining.
    pub fn with_image_info(mut self, value: ArtifactReleaseImage) -> Self {
        self.image_info = Some(value);
        self
    }
    /// Sets `image_name` and returns the value, for chaining.
    pub fn with_image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = value.into();
        self
    }
    /// Sets `package_info` and returns the value, for chaining.
    pub fn with_package_info(mut self, value: ArtifactReleasePackage) -> Self {
        self.package_info = Some(value);
        self
    }
    /// Sets `issues` and returns the value, for chaining.
    pub fn with_issues(mut self, value: Vec<JiraIssueRef>) -> Self {
        self.issues = value;
        self
    }
    /// Sets `commits` and returns the value, for chaining.
    pub fn with_commits(mut self, value: Vec<crate::types::Repository>) -> Self {
        self.commits = value;
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
    /// Sets `created_at` and returns the value, for chaining.
    pub fn with_created_at(mut self, value: i64) -> Self {
        self.created_at = value;
        self
    }
    /// Sets `deleted_at` and returns the value, for chaining.
    pub fn with_deleted_at(mut self, value: i64) -> Self {
        self.deleted_at = value;
        self
    }
}
/// An image a build produced, as the registry describes it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactReleaseImage {
    /// Repository (image name) in the registry.
    #[serde(
        rename = "repoName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub repo_name: String,
    /// Tag of the image.
    #[serde(
        rename = "tagName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub tag_name: String,
    /// Size of the image in bytes.
    #[serde(
        rename = "imageSize",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_size: i64,
    /// Digest of the image.
    #[serde(
        rename = "imageDigest",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_digest: String,
    /// Author recorded in the image.
    #[serde(
        rename = "author",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub author: String,
    /// CPU architecture the image is built for.
    #[serde(
        rename = "architecture",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub architecture: String,
    /// Docker version that built the image.
    #[serde(
        rename = "dockerVersion",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub docker_version: String,
    /// Operating system the image is built for.
    #[serde(
        rename = "os",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub os: String,
    /// When the image was created, as the registry reports it.
    #[serde(
        rename = "creationTime",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub creation_time: String,
    /// When the image was last updated, as the registry reports it.
    #[serde(
        rename = "updateTime",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub update_time: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactReleaseImage {
    /// Creates an empty `ArtifactReleaseImage`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            repo_name: Default::default(),
            tag_name: Default::default(),
            image_size: Default::default(),
            image_digest: Default::default(),
            author: Default::default(),
            architecture: Default::default(),
            docker_version: Default::default(),
            os: Default::default(),
            creation_time: Default::default(),
            update_time: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `repo_name` and returns the value, for chaining.
    pub fn with_repo_name(mut self, value: impl Into<String>) -> Self {
        self.repo_name = value.into();
        self
    }
    /// Sets `tag_name` and returns the value, for chaining.
    pub fn with_tag_name(mut self, value: impl Into<String>) -> Self {
        self.tag_name = value.into();
        self
    }
    /// Sets `image_size` and returns the value, for chaining.
    pub fn with_image_size(mut self, value: i64) -> Self {
        self.image_size = value;
        self
    }
    /// Sets `image_digest` and returns the value, for chaining.
    pub fn with_image_digest(mut self, value: impl Into<String>) -> Self {
        self.image_digest = value.into();
        self
    }
    /// Sets `author` and returns the value, for chaining.
    pub fn with_author(mut self, value: impl Into<String>) -> Self {
        self.author = value.into();
        self
    }
    /// Sets `architecture` and returns the value, for chaining.
    pub fn with_architecture(mut self, value: impl Into<String>) -> Self {
        self.architecture = value.into();
        self
    }
    /// Sets `docker_version` and returns the value, for chaining.
    pub fn with_docker_version(mut self, value: impl Into<String>) -> Self {
        self.docker_version = value.into();
        self
    }
    /// Sets `os` and returns the value, for chaining.
    pub fn with_os(mut self, value: impl Into<String>) -> Self {
        self.os = value.into();
        self
    }
    /// Sets `creation_time` and returns the value, for chaining.
    pub fn with_creation_time(mut self, value: impl Into<String>) -> Self {
        self.creation_time = value.into();
        self
    }
    /// Sets `update_time` and returns the value, for chaining.
    pub fn with_update_time(mut self, value: impl Into<String>) -> Self {
        self.update_time = value.into();
        self
    }
}
/// A package file a build produced.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactReleasePackage {
    /// Where the package is stored.
    #[serde(
        rename = "packageFileLocation",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub package_file_location: String,
    /// File name of the package.
    #[serde(
        rename = "packageFileName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub package_file_name: String,
    /// Address of the storage that holds the package.
    #[serde(
        rename = "packageStorageUri",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub package_storage_uri: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactReleasePackage {
    /// Creates an empty `ArtifactReleasePackage`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            package_file_location: Default::default(),
            package_file_name: Default::default(),
            package_storage_uri: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `package_file_location` and returns the value, for chaining.
    pub fn with_package_file_location(mut self, value: impl Into<String>) -> Self {
        self.package_file_location = value.into();
        self
    }
    /// Sets `package_file_name` and returns the value, for chaining.
    pub fn with_package_file_name(mut self, value: impl Into<String>) -> Self {
        self.package_file_name = value.into();
        self
    }
    /// Sets `package_storage_uri` and returns the value, for chaining.
    pub fn with_package_storage_uri(mut self, value: impl Into<String>) -> Self {
        self.package_storage_uri = value.into();
        self
    }
}
/// A Jira issue linked to built commits.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JiraIssueRef {
    /// Id of the issue in Jira.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Key of the issue (for example `PROJ-12`).
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Address of the issue.
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Title of the issue.
    #[serde(
        rename = "summary",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub summary: String,
    /// Text of the issue.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Priority of the issue.
    #[serde(rename = "priority", default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    /// Who created the issue.
    #[serde(rename = "creator", default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<String>,
    /// Who the issue is assigned to.
    #[serde(rename = "assignee", default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    /// Who reported the issue.
    #[serde(rename = "reporter", default, skip_serializing_if = "Option::is_none")]
    pub reporter: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl JiraIssueRef {
    /// Creates an empty `JiraIssueRef`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: None,
            key: None,
            url: None,
            summary: Default::default(),
            description: None,
            priority: None,
            creator: None,
            assignee: None,
            reporter: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `key` and returns the value, for chaining.
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `url` and returns the value, for chaining.
    pub fn with_url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
    /// Sets `summary` and returns the value, for chaining.
    pub fn with_summary(mut self, value: impl Into<String>) -> Self {
        self.summary = value.into();
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `priority` and returns the value, for chaining.
    pub fn with_priority(mut self, value: impl Into<String>) -> Self {
        self.priority = Some(value.into());
        self
    }
    /// Sets `creator` and returns the value, for chaining.
    pub fn with_creator(mut self, value: impl Into<String>) -> Self {
        self.creator = Some(value.into());
        self
    }
    /// Sets `assignee` and returns the value, for chaining.
    pub fn with_assignee(mut self, value: impl Into<String>) -> Self {
        self.assignee = Some(value.into());
        self
    }
    /// Sets `reporter` and returns the value, for chaining.
    pub fn with_reporter(mut self, value: impl Into<String>) -> Self {
        self.reporter = Some(value.into());
        self
    }
}
/// A deployment a version records, with its manifests and image (v3.4.x artifact list).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactReleaseDeploy {
    /// Id of the record.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Id of the version the record belongs to.
    #[serde(rename = "releaseId", default, skip_serializing_if = "Option::is_none")]
    pub release_id: Option<String>,
    /// Service that was deployed.
    #[serde(
        rename = "serviceName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_name: String,
    /// Container whose image was deployed.
    #[serde(
        rename = "containerName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub container_name: String,
    /// Full address of the deployed image.
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Id of the registry the image is in.
    #[serde(rename = "registry_id", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    /// The service's Kubernetes manifests as deployed.
    #[serde(
        rename = "yamlContents",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub yaml_contents: Vec<String>,
    /// Variables used to render the manifests.
    #[serde(
        rename = "envs",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub envs: Vec<ArtifactReleaseEnvVar>,
    /// The project's services in the order they start, group by group.
    #[serde(
        rename = "orderedServices",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub ordered_services: Vec<Vec<String>>,
    /// When the deployment started, as a Unix timestamp in seconds.
    #[serde(rename = "start_time", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// When the deployment finished, as a Unix timestamp in seconds.
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// When the record was made, as a Unix timestamp in seconds.
    #[serde(
        rename = "created_at",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub created_at: i64,
    /// When the record was deleted, as a Unix timestamp in seconds; 0 if it was not.
    #[serde(
        rename = "deleted_at",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub deleted_at: i64,
    /// Name of the service as the project knows it (for display).
    #[serde(
        rename = "real_service_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub real_service_name: String,
    /// Service module (container) of the record (for display).
    #[serde(
        rename = "service_module",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_module: String,
    /// Name of the image without registry and tag (for display).
    #[serde(
        rename = "image_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_name: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactReleaseDeploy {
    /// Creates an empty `ArtifactReleaseDeploy`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: None,
            release_id: None,
            service_name: Default::default(),
            container_name: Default::default(),
            image: None,
            registry_id: None,
            yaml_contents: Default::default(),
            envs: Default::default(),
            ordered_services: Default::default(),
            start_time: None,
            end_time: None,
            created_at: Default::default(),
            deleted_at: Default::default(),
            real_service_name: Default::default(),
            service_module: Default::default(),
            image_name: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `release_id` and returns the value, for chaining.
    pub fn with_release_id(mut self, value: impl Into<String>) -> Self {
        self.release_id = Some(value.into());
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `container_name` and returns the value, for chaining.
    pub fn with_container_name(mut self, value: impl Into<String>) -> Self {
        self.container_name = value.into();
        self
    }
    /// Sets `image` and returns the value, for chaining.
    pub fn with_image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self
    }
    /// Sets `registry_id` and returns the value, for chaining.
    pub fn with_registry_id(mut self, value: impl Into<String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets `yaml_contents` and returns the value, for chaining.
    pub fn with_yaml_contents(mut self, value: Vec<String>) -> Self {
        self.yaml_contents = value;
        self
    }
    /// Sets `envs` and returns the value, for chaining.
    pub fn with_envs(mut self, value: Vec<ArtifactReleaseEnvVar>) -> Self {
        self.envs = value;
        self
    }
    /// Sets `ordered_services` and returns the value, for chaining.
    pub fn with_ordered_services(mut self, value: Vec<Vec<String>>) -> Self {
        self.ordered_services = value;
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
    /// Sets `created_at` and returns the value, for chaining.
    pub fn with_created_at(mut self, value: i64) -> Self {
        self.created_at = value;
        self
    }
    /// Sets `deleted_at` and returns the value, for chaining.
    pub fn with_deleted_at(mut self, value: i64) -> Self {
        self.deleted_at = value;
        self
    }
    /// Sets `real_service_name` and returns the value, for chaining.
    pub fn with_real_service_name(mut self, value: impl Into<String>) -> Self {
        self.real_service_name = value.into();
        self
    }
    /// Sets `service_module` and returns the value, for chaining.
    pub fn with_service_module(mut self, value: impl Into<String>) -> Self {
        self.service_module = value.into();
        self
    }
    /// Sets `image_name` and returns the value, for chaining.
    pub fn with_image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = value.into();
        self
    }
}
/// A key and value used to render a deployment's manifests.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactReleaseEnvVar {
    /// Name of the variable.
    #[serde(
        rename = "key",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub key: String,
    /// Value of the variable.
    #[serde(
        rename = "value",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub value: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactReleaseEnvVar {
    /// Creates an empty `ArtifactReleaseEnvVar`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            key: Default::default(),
            value: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `key` and returns the value, for chaining.
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = value.into();
        self
    }
    /// Sets `value` and returns the value, for chaining.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        self
    }
}
/// The test runs a version records (v3.4.x artifact list).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactReleaseTest {
    /// Id of the record.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Id of the version the record belongs to.
    #[serde(rename = "releaseId", default, skip_serializing_if = "Option::is_none")]
    pub release_id: Option<String>,
    /// The reports of the test runs.
    #[serde(
        rename = "testReports",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub test_reports: Vec<ArtifactReleaseTestReport>,
    /// When the tests started, as a Unix timestamp in seconds.
    #[serde(rename = "start_time", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// When the tests finished, as a Unix timestamp in seconds.
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// When the record was made, as a Unix timestamp in seconds.
    #[serde(
        rename = "created_at",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub created_at: i64,
    /// When the record was deleted, as a Unix timestamp in seconds; 0 if it was not.
    #[serde(
        rename = "deleted_at",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub deleted_at: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactReleaseTest {
    /// Creates an empty `ArtifactReleaseTest`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: None,
            release_id: None,
            test_reports: Default::default(),
            start_time: None,
            end_time: None,
            created_at: Default::default(),
            deleted_at: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `release_id` and returns the value, for chaining.
    pub fn with_release_id(mut self, value: impl Into<String>) -> Self {
        self.release_id = Some(value.into());
        self
    }
    /// Sets `test_reports` and returns the value, for chaining.
    pub fn with_test_reports(mut self, value: Vec<ArtifactReleaseTestReport>) -> Self {
        self.test_reports = value;
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
    /// Sets `created_at` and returns the value, for chaining.
    pub fn with_created_at(mut self, value: i64) -> Self {
        self.created_at = value;
        self
    }
    /// Sets `deleted_at` and returns the value, for chaining.
    pub fn with_deleted_at(mut self, value: i64) -> Self {
        self.deleted_at = value;
        self
    }
}
/// The report of one test run recorded in a version.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactReleaseTestReport {
    /// Where the run's result files are.
    #[serde(
        rename = "testResultPath",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub test_result_path: String,
    /// Workflow that ran the test.
    #[serde(
        rename = "workflowName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub workflow_name: String,
    /// Run of that workflow.
    #[serde(
        rename = "taskId",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub task_id: i64,
    /// Name of the test.
    #[serde(
        rename = "testName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub test_name: String,
    /// Result of a functional test, when the test was one.
    #[serde(rename = "testSuite", default, skip_serializing_if = "Option::is_none")]
    pub test_suite: Option<TestSuiteResult>,
    /// Results of a performance test, one per sampled label, when the test was one.
    #[serde(
        rename = "performanceTestSuite",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub performance_test_suite: Vec<PerformanceTestResult>,
    /// When the run started, as a Unix timestamp in seconds.
    #[serde(rename = "start_time", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// When the run finished, as a Unix timestamp in seconds.
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactReleaseTestReport {
    /// Creates an empty `ArtifactReleaseTestReport`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            test_result_path: Default::default(),
            workflow_name: Default::default(),
            task_id: Default::default(),
            test_name: Default::default(),
            test_suite: None,
            performance_test_suite: Default::default(),
            start_time: None,
            end_time: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `test_result_path` and returns the value, for chaining.
    pub fn with_test_result_path(mut self, value: impl Into<String>) -> Self {
        self.test_result_path = value.into();
        self
    }
    /// Sets `workflow_name` and returns the value, for chaining.
    pub fn with_workflow_name(mut self, value: impl Into<String>) -> Self {
        self.workflow_name = value.into();
        self
    }
    /// Sets `task_id` and returns the value, for chaining.
    pub fn with_task_id(mut self, value: i64) -> Self {
        self.task_id = value;
        self
    }
    /// Sets `test_name` and returns the value, for chaining.
    pub fn with_test_name(mut self, value: impl Into<String>) -> Self {
        self.test_name = value.into();
        self
    }
    /// Sets `test_suite` and returns the value, for chaining.
    pub fn with_test_suite(mut self, value: TestSuiteResult) -> Self {
        self.test_suite = Some(value);
        self
    }
    /// Sets `performance_test_suite` and returns the value, for chaining.
    pub fn with_performance_test_suite(
        mut self,
        value: Vec<PerformanceTestResult>,
    ) -> Self {
        self.performance_test_suite = value;
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
}
/// The result of a functional test suite as Zadig stores it from a JUnit-style report. The total number of cases is `tests` plus `skips`; the passed ones are `tests` less `failures` and `errors`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TestSuiteResult {
    /// Number of cases run.
    #[serde(
        rename = "tests",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub tests: i64,
    /// Number of cases that failed.
    #[serde(
        rename = "failures",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub failures: i64,
    /// Number of cases that passed, where the report gives it.
    #[serde(rename = "successes", default, skip_serializing_if = "Option::is_none")]
    pub successes: Option<i64>,
    /// Number of cases skipped.
    #[serde(
        rename = "skips",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub skips: i64,
    /// Number of cases that ended in an error.
    #[serde(
        rename = "errors",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub errors: i64,
    /// Time the suite took, in seconds.
    #[serde(
        rename = "time",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub time: f64,
    /// Standard output of the suite.
    #[serde(
        rename = "system_out",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub system_out: String,
    /// Standard error of the suite.
    #[serde(
        rename = "system_err",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub system_err: String,
    /// The individual cases.
    #[serde(
        rename = "testcase",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub testcase: Vec<TestCaseResult>,
    /// Kind of suite, as Zadig records it.
    #[serde(
        rename = "suite_type",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub suite_type: String,
    /// Name of the suite.
    #[serde(
        rename = "name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub name: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl TestSuiteResult {
    /// Creates an empty `TestSuiteResult`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            tests: Default::default(),
            failures: Default::default(),
            successes: None,
            skips: Default::default(),
            errors: Default::default(),
            time: Default::default(),
            system_out: Default::default(),
            system_err: Default::default(),
            testcase: Default::default(),
            suite_type: Default::default(),
            name: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `tests` and returns the value, for chaining.
    pub fn with_tests(mut self, value: i64) -> Self {
        self.tests = value;
        self
    }
    /// Sets `failures` and returns the value, for chaining.
    pub fn with_failures(mut self, value: i64) -> Self {
        self.failures = value;
        self
    }
    /// Sets `successes` and returns the value, for chaining.
    pub fn with_successes(mut self, value: i64) -> Self {
        self.successes = Some(value);
        self
    }
    /// Sets `skips` and returns the value, for chaining.
    pub fn with_skips(mut self, value: i64) -> Self {
        self.skips = value;
        self
    }
    /// Sets `errors` and returns the value, for chaining.
    pub fn with_errors(mut self, value: i64) -> Self {
        self.errors = value;
        self
    }
    /// Sets `time` and returns the value, for chaining.
    pub fn with_time(mut self, value: f64) -> Self {
        self.time = value;
        self
    }
    /// Sets `system_out` and returns the value, for chaining.
    pub fn with_system_out(mut self, value: impl Into<String>) -> Self {
        self.system_out = value.into();
        self
    }
    /// Sets `system_err` and returns the value, for chaining.
    pub fn with_system_err(mut self, value: impl Into<String>) -> Self {
        self.system_err = value.into();
        self
    }
    /// Sets `testcase` and returns the value, for chaining.
    pub fn with_testcase(mut self, value: Vec<TestCaseResult>) -> Self {
        self.testcase = value;
        self
    }
    /// Sets `suite_type` and returns the value, for chaining.
    pub fn with_suite_type(mut self, value: impl Into<String>) -> Self {
        self.suite_type = value.into();
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
}
/// One case of a functional test suite.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TestCaseResult {
    /// Name of the case.
    #[serde(
        rename = "tc_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub tc_name: String,
    /// Class (or group) the case belongs to.
    #[serde(
        rename = "classname",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub classname: String,
    /// Time the case took, in seconds.
    #[serde(
        rename = "time",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub time: f64,
    /// Why the case failed, when it failed.
    #[serde(rename = "failure", default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<crate::types::TestCaseFailure>,
    /// Present when the case was skipped.
    #[serde(rename = "skipped", default, skip_serializing_if = "Option::is_none")]
    pub skipped: Option<TestCaseSkipped>,
    /// Standard output of the case.
    #[serde(
        rename = "system_out",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub system_out: String,
    /// Standard error of the case.
    #[serde(
        rename = "system_err",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub system_err: String,
    /// The error the case ended in, when it errored.
    #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
    pub error: Option<crate::types::TestCaseError>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl TestCaseResult {
    /// Creates an empty `TestCaseResult`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            tc_name: Default::default(),
            classname: Default::default(),
            time: Default::default(),
            failure: None,
            skipped: None,
            system_out: Default::default(),
            system_err: Default::default(),
            error: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `tc_name` and returns the value, for chaining.
    pub fn with_tc_name(mut self, value: impl Into<String>) -> Self {
        self.tc_name = value.into();
        self
    }
    /// Sets `classname` and returns the value, for chaining.
    pub fn with_classname(mut self, value: impl Into<String>) -> Self {
        self.classname = value.into();
        self
    }
    /// Sets `time` and returns the value, for chaining.
    pub fn with_time(mut self, value: f64) -> Self {
        self.time = value;
        self
    }
    /// Sets `failure` and returns the value, for chaining.
    pub fn with_failure(mut self, value: crate::types::TestCaseFailure) -> Self {
        self.failure = Some(value);
        self
    }
    /// Sets `skipped` and returns the value, for chaining.
    pub fn with_skipped(mut self, value: TestCaseSkipped) -> Self {
        self.skipped = Some(value);
        self
    }
    /// Sets `system_out` and returns the value, for chaining.
    pub fn with_system_out(mut self, value: impl Into<String>) -> Self {
        self.system_out = value.into();
        self
    }
    /// Sets `system_err` and returns the value, for chaining.
    pub fn with_system_err(mut self, value: impl Into<String>) -> Self {
        self.system_err = value.into();
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: crate::types::TestCaseError) -> Self {
        self.error = Some(value);
        self
    }
}
/// Marks a skipped test case; it carries no data.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TestCaseSkipped {
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl TestCaseSkipped {
    /// Creates an empty `TestCaseSkipped`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
}
/// The figures of one sampled label of a performance test (JMeter style). Zadig keeps every figure as the text the report gave.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PerformanceTestResult {
    /// The sampled label (request) the figures are for.
    #[serde(
        rename = "label",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub label: String,
    /// Number of samples.
    #[serde(
        rename = "samples",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub samples: String,
    /// Average response time.
    #[serde(
        rename = "average",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub average: String,
    /// Shortest response time.
    #[serde(
        rename = "min",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub min: String,
    /// Longest response time.
    #[serde(
        rename = "max",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub max: String,
    /// Response time under which the report's percentile of samples fell.
    #[serde(
        rename = "line",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub line: String,
    /// Standard deviation of the response times.
    #[serde(
        rename = "stdDev",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub std_dev: String,
    /// Share of samples that failed.
    #[serde(
        rename = "error",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub error: String,
    /// Requests per unit of time.
    #[serde(
        rename = "throughput",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub throughput: String,
    /// Kilobytes received per second.
    #[serde(
        rename = "receivedKb",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub received_kb: String,
    /// Average size of a response in bytes.
    #[serde(
        rename = "avgByte",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub avg_byte: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl PerformanceTestResult {
    /// Creates an empty `PerformanceTestResult`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            label: Default::default(),
            samples: Default::default(),
            average: Default::default(),
            min: Default::default(),
            max: Default::default(),
            line: Default::default(),
            std_dev: Default::default(),
            error: Default::default(),
            throughput: Default::default(),
            received_kb: Default::default(),
            avg_byte: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `label` and returns the value, for chaining.
    pub fn with_label(mut self, value: impl Into<String>) -> Self {
        self.label = value.into();
        self
    }
    /// Sets `samples` and returns the value, for chaining.
    pub fn with_samples(mut self, value: impl Into<String>) -> Self {
        self.samples = value.into();
        self
    }
    /// Sets `average` and returns the value, for chaining.
    pub fn with_average(mut self, value: impl Into<String>) -> Self {
        self.average = value.into();
        self
    }
    /// Sets `min` and returns the value, for chaining.
    pub fn with_min(mut self, value: impl Into<String>) -> Self {
        self.min = value.into();
        self
    }
    /// Sets `max` and returns the value, for chaining.
    pub fn with_max(mut self, value: impl Into<String>) -> Self {
        self.max = value.into();
        self
    }
    /// Sets `line` and returns the value, for chaining.
    pub fn with_line(mut self, value: impl Into<String>) -> Self {
        self.line = value.into();
        self
    }
    /// Sets `std_dev` and returns the value, for chaining.
    pub fn with_std_dev(mut self, value: impl Into<String>) -> Self {
        self.std_dev = value.into();
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = value.into();
        self
    }
    /// Sets `throughput` and returns the value, for chaining.
    pub fn with_throughput(mut self, value: impl Into<String>) -> Self {
        self.throughput = value.into();
        self
    }
    /// Sets `received_kb` and returns the value, for chaining.
    pub fn with_received_kb(mut self, value: impl Into<String>) -> Self {
        self.received_kb = value.into();
        self
    }
    /// Sets `avg_byte` and returns the value, for chaining.
    pub fn with_avg_byte(mut self, value: impl Into<String>) -> Self {
        self.avg_byte = value.into();
        self
    }
}
/// Where an image, chart or file of a version was copied to (v3.4.x artifact list). For a chart of a Helm version, the images pushed with it are under `subDistributes`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactReleaseDistribute {
    /// Id of the record.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Id of the version the record belongs to.
    #[serde(rename = "releaseId", default, skip_serializing_if = "Option::is_none")]
    pub release_id: Option<String>,
    /// Service the artifact belongs to.
    #[serde(rename = "serviceName", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Whether the record is an image, a chart or a file.
    #[serde(
        rename = "distributeType",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub distribute_type: crate::types::DeliveryDistributeType,
    /// Registry the image was copied to (images).
    #[serde(
        rename = "registryName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub registry_name: String,
    /// Version of the chart (charts).
    #[serde(rename = "chartVersion", default, skip_serializing_if = "Option::is_none")]
    pub chart_version: Option<String>,
    /// Name of the chart (charts).
    #[serde(rename = "chartName", default, skip_serializing_if = "Option::is_none")]
    pub chart_name: Option<String>,
    /// Chart repository the chart was pushed to (charts).
    #[serde(rename = "chartRepoName", default, skip_serializing_if = "Option::is_none")]
    pub chart_repo_name: Option<String>,
    /// For a chart, the images pushed with it.
    #[serde(rename = "subDistributes", default, skip_serializing_if = "Option::is_none")]
    pub sub_distributes: Option<Vec<ArtifactReleaseDistribute>>,
    /// Registry namespace the image was copied to (images).
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Name of the file (files).
    #[serde(rename = "packageFile", default, skip_serializing_if = "Option::is_none")]
    pub package_file: Option<String>,
    /// Key of the file in the object storage (files).
    #[serde(rename = "remoteFileKey", default, skip_serializing_if = "Option::is_none")]
    pub remote_file_key: Option<String>,
    /// Address the file was copied to (files).
    #[serde(rename = "destStorageUrl", default, skip_serializing_if = "Option::is_none")]
    pub dest_storage_url: Option<String>,
    /// Id of the object storage the file was copied to (files).
    #[serde(
        rename = "s3StorageID",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub s3_storage_id: String,
    /// Endpoint of that object storage (files).
    #[serde(
        rename = "storageUrl",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub storage_url: String,
    /// Bucket of that object storage (files).
    #[serde(
        rename = "storageBucket",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub storage_bucket: String,
    /// Address the file was copied from (files).
    #[serde(rename = "srcStorageUrl", default, skip_serializing_if = "Option::is_none")]
    pub src_storage_url: Option<String>,
    /// When the copy started, as a Unix timestamp in seconds.
    #[serde(rename = "start_time", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// When the copy finished, as a Unix timestamp in seconds.
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// When the record was made, as a Unix timestamp in seconds.
    #[serde(
        rename = "created_at",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub created_at: i64,
    /// When the record was deleted, as a Unix timestamp in seconds; 0 if it was not.
    #[serde(
        rename = "deleted_at",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub deleted_at: i64,
    /// Name of the image without registry and tag (images under a chart).
    #[serde(
        rename = "image_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_name: String,
    /// Service module (container) of the image (images under a chart).
    #[serde(
        rename = "service_module",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_module: String,
    /// Full address of the image (images under a chart).
    #[serde(
        rename = "image",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactReleaseDistribute {
    /// Creates an empty `ArtifactReleaseDistribute`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: None,
            release_id: None,
            service_name: None,
            distribute_type: Default::default(),
            registry_name: Default::default(),
            chart_version: None,
            chart_name: None,
            chart_repo_name: None,
            sub_distributes: None,
            namespace: None,
            package_file: None,
            remote_file_key: None,
            dest_storage_url: None,
            s3_storage_id: Default::default(),
            storage_url: Default::default(),
            storage_bucket: Default::default(),
            src_storage_url: None,
            start_time: None,
            end_time: None,
            created_at: Default::default(),
            deleted_at: Default::default(),
            image_name: Default::default(),
            service_module: Default::default(),
            image: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `release_id` and returns the value, for chaining.
    pub fn with_release_id(mut self, value: impl Into<String>) -> Self {
        self.release_id = Some(value.into());
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `distribute_type` and returns the value, for chaining.
    pub fn with_distribute_type(
        mut self,
        value: crate::types::DeliveryDistributeType,
    ) -> Self {
        self.distribute_type = value;
        self
    }
    /// Sets `registry_name` and returns the value, for chaining.
    pub fn with_registry_name(mut self, value: impl Into<String>) -> Self {
        self.registry_name = value.into();
        self
    }
    /// Sets `chart_version` and returns the value, for chaining.
    pub fn with_chart_version(mut self, value: impl Into<String>) -> Self {
        self.chart_version = Some(value.into());
        self
    }
    /// Sets `chart_name` and returns the value, for chaining.
    pub fn with_chart_name(mut self, value: impl Into<String>) -> Self {
        self.chart_name = Some(value.into());
        self
    }
    /// Sets `chart_repo_name` and returns the value, for chaining.
    pub fn with_chart_repo_name(mut self, value: impl Into<String>) -> Self {
        self.chart_repo_name = Some(value.into());
        self
    }
    /// Sets `sub_distributes` and returns the value, for chaining.
    pub fn with_sub_distributes(
        mut self,
        value: Vec<ArtifactReleaseDistribute>,
    ) -> Self {
        self.sub_distributes = Some(value);
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `package_file` and returns the value, for chaining.
    pub fn with_package_file(mut self, value: impl Into<String>) -> Self {
        self.package_file = Some(value.into());
        self
    }
    /// Sets `remote_file_key` and returns the value, for chaining.
    pub fn with_remote_file_key(mut self, value: impl Into<String>) -> Self {
        self.remote_file_key = Some(value.into());
        self
    }
    /// Sets `dest_storage_url` and returns the value, for chaining.
    pub fn with_dest_storage_url(mut self, value: impl Into<String>) -> Self {
        self.dest_storage_url = Some(value.into());
        self
    }
    /// Sets `s3_storage_id` and returns the value, for chaining.
    pub fn with_s3_storage_id(mut self, value: impl Into<String>) -> Self {
        self.s3_storage_id = value.into();
        self
    }
    /// Sets `storage_url` and returns the value, for chaining.
    pub fn with_storage_url(mut self, value: impl Into<String>) -> Self {
        self.storage_url = value.into();
        self
    }
    /// Sets `storage_bucket` and returns the value, for chaining.
    pub fn with_storage_bucket(mut self, value: impl Into<String>) -> Self {
        self.storage_bucket = value.into();
        self
    }
    /// Sets `src_storage_url` and returns the value, for chaining.
    pub fn with_src_storage_url(mut self, value: impl Into<String>) -> Self {
        self.src_storage_url = Some(value.into());
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
    /// Sets `created_at` and returns the value, for chaining.
    pub fn with_created_at(mut self, value: i64) -> Self {
        self.created_at = value;
        self
    }
    /// Sets `deleted_at` and returns the value, for chaining.
    pub fn with_deleted_at(mut self, value: i64) -> Self {
        self.deleted_at = value;
        self
    }
    /// Sets `image_name` and returns the value, for chaining.
    pub fn with_image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = value.into();
        self
    }
    /// Sets `service_module` and returns the value, for chaining.
    pub fn with_service_module(mut self, value: impl Into<String>) -> Self {
        self.service_module = value.into();
        self
    }
    /// Sets `image` and returns the value, for chaining.
    pub fn with_image(mut self, value: impl Into<String>) -> Self {
        self.image = value.into();
        self
    }
}
/// Vulnerability counts of one image of a version.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactReleaseImageScan {
    /// The image that was scanned.
    #[serde(
        rename = "imageName",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_name: String,
    /// Id of the image.
    #[serde(
        rename = "imageId",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_id: String,
    /// How many vulnerabilities of each severity the scan found.
    #[serde(
        rename = "deliverySecurityStatsInfo",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub delivery_security_stats_info: ImageVulnerabilityCounts,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactReleaseImageScan {
    /// Creates an empty `ArtifactReleaseImageScan`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            image_name: Default::default(),
            image_id: Default::default(),
            delivery_security_stats_info: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `image_name` and returns the value, for chaining.
    pub fn with_image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = value.into();
        self
    }
    /// Sets `image_id` and returns the value, for chaining.
    pub fn with_image_id(mut self, value: impl Into<String>) -> Self {
        self.image_id = value.into();
        self
    }
    /// Sets `delivery_security_stats_info` and returns the value, for chaining.
    pub fn with_delivery_security_stats_info(
        mut self,
        value: ImageVulnerabilityCounts,
    ) -> Self {
        self.delivery_security_stats_info = value;
        self
    }
}
/// How many vulnerabilities of each severity an image scan found.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImageVulnerabilityCounts {
    /// All vulnerabilities found.
    #[serde(
        rename = "total",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub total: i64,
    /// Those of unknown severity (the server's spelling).
    #[serde(
        rename = "unkown",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub unkown: i64,
    /// Negligible ones.
    #[serde(
        rename = "negligible",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub negligible: i64,
    /// Low ones.
    #[serde(
        rename = "low",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub low: i64,
    /// Medium ones.
    #[serde(
        rename = "medium",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub medium: i64,
    /// High ones.
    #[serde(
        rename = "high",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub high: i64,
    /// Critical ones.
    #[serde(
        rename = "critical",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub critical: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ImageVulnerabilityCounts {
    /// Creates an empty `ImageVulnerabilityCounts`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            total: Default::default(),
            unkown: Default::default(),
            negligible: Default::default(),
            low: Default::default(),
            medium: Default::default(),
            high: Default::default(),
            critical: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `total` and returns the value, for chaining.
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = value;
        self
    }
    /// Sets `unkown` and returns the value, for chaining.
    pub fn with_unkown(mut self, value: i64) -> Self {
        self.unkown = value;
        self
    }
    /// Sets `negligible` and returns the value, for chaining.
    pub fn with_negligible(mut self, value: i64) -> Self {
        self.negligible = value;
        self
    }
    /// Sets `low` and returns the value, for chaining.
    pub fn with_low(mut self, value: i64) -> Self {
        self.low = value;
        self
    }
    /// Sets `medium` and returns the value, for chaining.
    pub fn with_medium(mut self, value: i64) -> Self {
        self.medium = value;
        self
    }
    /// Sets `high` and returns the value, for chaining.
    pub fn with_high(mut self, value: i64) -> Self {
        self.high = value;
        self
    }
    /// Sets `critical` and returns the value, for chaining.
    pub fn with_critical(mut self, value: i64) -> Self {
        self.critical = value;
        self
    }
}
/// An environment as Zadig stores it, with its services and settings. It travels inside a version of the v3.4.x artifact list, as the environment the version was taken from.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentRecord {
    /// Id of the environment record.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identifier of the project.
    #[serde(
        rename = "product_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub product_name: String,
    /// When the environment was created, as a Unix timestamp in seconds.
    #[serde(
        rename = "create_time",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub create_time: i64,
    /// When the environment was last changed, as a Unix timestamp in seconds.
    #[serde(
        rename = "update_time",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub update_time: i64,
    /// Kubernetes namespace of the environment.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// State of the environment as stored (for example `Running`).
    #[serde(
        rename = "status",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub status: String,
    /// Revision of the environment record.
    #[serde(
        rename = "revision",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub revision: i64,
    /// Whether the environment is enabled.
    #[serde(
        rename = "enabled",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub enabled: bool,
    /// Name of the environment.
    #[serde(
        rename = "env_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub env_name: String,
    /// Base environment, for a sub-environment.
    #[serde(
        rename = "base_env_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub base_env_name: String,
    /// Who last changed the environment.
    #[serde(
        rename = "update_by",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub update_by: String,
    /// Visibility of the environment, where the server fills it in (it is not stored).
    #[serde(
        rename = "visibility",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub visibility: String,
    /// The environment's services, in groups that start one after another.
    #[serde(
        rename = "services",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub services: Vec<Vec<EnvironmentRecordService>>,
    /// The render set of the environment (no longer used by Zadig).
    #[serde(rename = "render", default, skip_serializing_if = "Option::is_none")]
    pub render: Option<EnvironmentRenderInfo>,
    /// Why the last change of the environment failed, when it did.
    #[serde(
        rename = "error",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub error: String,
    /// The charts of the environment's services (Helm projects).
    #[serde(rename = "chart_infos", default, skip_serializing_if = "Option::is_none")]
    pub chart_infos: Option<Vec<EnvironmentServiceRender>>,
    /// Whether the environment is visible to everyone in the project.
    #[serde(
        rename = "isPublic",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub is_public: bool,
    /// Ids of roles the environment is shared with.
    #[serde(
        rename = "roleIds",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub role_ids: Vec<i64>,
    /// Id of the cluster the environment runs in.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Number of days after which Zadig recycles the environment.
    #[serde(
        rename = "recycle_day",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub recycle_day: i64,
    /// Who manages the environment's resources, for example `spock` (Zadig), `helm` or `external` (a hosted environment).
    #[serde(
        rename = "source",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub source: String,
    /// Whether the environment belongs to an open-source project.
    #[serde(
        rename = "is_opensource",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub is_opensource: bool,
    /// Id of the image registry the environment pulls from.
    #[serde(
        rename = "registry_id",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub registry_id: String,
    /// Name of the environment this one was copied from, if any.
    #[serde(
        rename = "base_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub base_name: String,
    /// Whether the environment was set up on a namespace that already existed.
    #[serde(
        rename = "is_existed",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub is_existed: bool,
    /// Self-service sharing (sub-environment) settings.
    #[serde(
        rename = "share_env",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub share_env: EnvironmentShareSettings,
    /// Configuration resources of the environment.
    #[serde(rename = "env_configs", default, skip_serializing_if = "Option::is_none")]
    pub env_configs: Option<Vec<EnvironmentConfigRecord>>,
    /// Per service, how it is deployed (for example `deploy` or `import`).
    #[serde(
        rename = "service_deploy_strategy",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_deploy_strategy: std::collections::BTreeMap<String, String>,
    /// Settings of the environment's health analysis.
    #[serde(
        rename = "analysis_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub analysis_config: Option<EnvironmentAnalysisConfig>,
    /// Where the results of that analysis are sent.
    #[serde(
        rename = "notification_configs",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub notification_configs: Vec<EnvironmentNotificationConfig>,
    /// Replica counts of workloads before the environment went to sleep, by workload.
    #[serde(
        rename = "pre_sleep_status",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub pre_sleep_status: std::collections::BTreeMap<String, i64>,
    /// Global values YAML of the environment (Helm projects).
    #[serde(rename = "default_values", default, skip_serializing_if = "Option::is_none")]
    pub default_values: Option<String>,
    /// Where those global values come from (Helm projects).
    #[serde(rename = "yaml_data", default, skip_serializing_if = "Option::is_none")]
    pub yaml_data: Option<crate::types::EnvCustomYaml>,
    /// Global variables of the environment (K8s YAML projects).
    #[serde(
        rename = "global_variables",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub global_variables: Option<Vec<crate::types::GlobalVariableKV>>,
    /// Istio traffic-splitting settings.
    #[serde(
        rename = "istio_grayscale",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub istio_grayscale: EnvironmentIstioGrayscale,
    /// Whether this is a production environment.
    #[serde(
        rename = "production",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub production: bool,
    /// Display name of a production environment.
    #[serde(
        rename = "alias",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub alias: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl EnvironmentRecord {
    /// Creates an empty `EnvironmentRecord`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: None,
            product_name: Default::default(),
            create_time: Default::default(),
            update_time: Default::default(),
            namespace: None,
            status: Default::default(),
            revision: Default::default(),
            enabled: Default::default(),
            env_name: Default::default(),
            base_env_name: Default::default(),
            update_by: Default::default(),
            visibility: Default::default(),
            services: Default::default(),
            render: None,
            error: Default::default(),
            chart_infos: None,
            is_public: Default::default(),
            role_ids: Default::default(),
            cluster_id: None,
            recycle_day: Default::default(),
            source: Default::default(),
            is_opensource: Default::default(),
            registry_id: Default::default(),
            base_name: Default::default(),
            is_existed: Default::default(),
            share_env: Default::default(),
            env_configs: None,
            service_deploy_strategy: Default::default(),
            analysis_config: None,
            notification_configs: Default::default(),
            pre_sleep_status: Default::default(),
            default_values: None,
            yaml_data: None,
            global_variables: None,
            istio_grayscale: Default::default(),
            production: Default::default(),
            alias: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `product_name` and returns the value, for chaining.
    pub fn with_product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = value.into();
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = value;
        self
    }
    /// Sets `update_time` and returns the value, for chaining.
    pub fn with_update_time(mut self, value: i64) -> Self {
        self.update_time = value;
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = value.into();
        self
    }
    /// Sets `revision` and returns the value, for chaining.
    pub fn with_revision(mut self, value: i64) -> Self {
        self.revision = value;
        self
    }
    /// Sets `enabled` and returns the value, for chaining.
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = value;
        self
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = value.into();
        self
    }
    /// Sets `base_env_name` and returns the value, for chaining.
    pub fn with_base_env_name(mut self, value: impl Into<String>) -> Self {
        self.base_env_name = value.into();
        self
    }
    /// Sets `update_by` and returns the value, for chaining.
    pub fn with_update_by(mut self, value: impl Into<String>) -> Self {
        self.update_by = value.into();
        self
    }
    /// Sets `visibility` and returns the value, for chaining.
    pub fn with_visibility(mut self, value: impl Into<String>) -> Self {
        self.visibility = value.into();
        self
    }
    /// Sets `services` and returns the value, for chaining.
    pub fn with_services(mut self, value: Vec<Vec<EnvironmentRecordService>>) -> Self {
        self.services = value;
        self
    }
    /// Sets `render` and returns the value, for chaining.
    pub fn with_render(mut self, value: EnvironmentRenderInfo) -> Self {
        self.render = Some(value);
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = value.into();
        self
    }
    /// Sets `chart_infos` and returns the value, for chaining.
    pub fn with_chart_infos(mut self, value: Vec<EnvironmentServiceRender>) -> Self {
        self.chart_infos = Some(value);
        self
    }
    /// Sets `is_public` and returns the value, for chaining.
    pub fn with_is_public(mut self, value: bool) -> Self {
        self.is_public = value;
        self
    }
    /// Sets `role_ids` and returns the value, for chaining.
    pub fn with_role_ids(mut self, value: Vec<i64>) -> Self {
        self.role_ids = value;
        self
    }
    /// Sets `cluster_id` and returns the value, for chaining.
    pub fn with_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = Some(value.into());
        self
    }
    /// Sets `recycle_day` and returns the value, for chaining.
    pub fn with_recycle_day(mut self, value: i64) -> Self {
        self.recycle_day = value;
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = value.into();
        self
    }
    /// Sets `is_opensource` and returns the value, for chaining.
    pub fn with_is_opensource(mut self, value: bool) -> Self {
        self.is_opensource = value;
        self
    }
    /// Sets `registry_id` and returns the value, for chaining.
    pub fn with_registry_id(mut self, value: impl Into<String>) -> Self {
        self.registry_id = value.into();
        self
    }
    /// Sets `base_name` and returns the value, for chaining.
    pub fn with_base_name(mut self, value: impl Into<String>) -> Self {
        self.base_name = value.into();
        self
    }
    /// Sets `is_existed` and returns the value, for chaining.
    pub fn with_is_existed(mut self, value: bool) -> Self {
        self.is_existed = value;
        self
    }
    /// Sets `share_env` and returns the value, for chaining.
    pub fn with_share_env(mut self, value: EnvironmentShareSettings) -> Self {
        self.share_env = value;
        self
    }
    /// Sets `env_configs` and returns the value, for chaining.
    pub fn with_env_configs(mut self, value: Vec<EnvironmentConfigRecord>) -> Self {
        self.env_configs = Some(value);
        self
    }
    /// Sets `service_deploy_strategy` and returns the value, for chaining.
    pub fn with_service_deploy_strategy(
        mut self,
        value: std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.service_deploy_strategy = value;
        self
    }
    /// Sets `analysis_config` and returns the value, for chaining.
    pub fn with_analysis_config(mut self, value: EnvironmentAnalysisConfig) -> Self {
        self.analysis_config = Some(value);
        self
    }
    /// Sets `notification_configs` and returns the value, for chaining.
    pub fn with_notification_configs(
        mut self,
        value: Vec<EnvironmentNotificationConfig>,
    ) -> Self {
        self.notification_configs = value;
        self
    }
    /// Sets `pre_sleep_status` and returns the value, for chaining.
    pub fn with_pre_sleep_status(
        mut self,
        value: std::collections::BTreeMap<String, i64>,
    ) -> Self {
        self.pre_sleep_status = value;
        self
    }
    /// Sets `default_values` and returns the value, for chaining.
    pub fn with_default_values(mut self, value: impl Into<String>) -> Self {
        self.default_values = Some(value.into());
        self
    }
    /// Sets `yaml_data` and returns the value, for chaining.
    pub fn with_yaml_data(mut self, value: crate::types::EnvCustomYaml) -> Self {
        self.yaml_data = Some(value);
        self
    }
    /// Sets `global_variables` and returns the value, for chaining.
    pub fn with_global_variables(
        mut self,
        value: Vec<crate::types::GlobalVariableKV>,
    ) -> Self {
        self.global_variables = Some(value);
        self
    }
    /// Sets `istio_grayscale` and returns the value, for chaining.
    pub fn with_istio_grayscale(mut self, value: EnvironmentIstioGrayscale) -> Self {
        self.istio_grayscale = value;
        self
    }
    /// Sets `production` and returns the value, for chaining.
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
        self
    }
    /// Sets `alias` and returns the value, for chaining.
    pub fn with_alias(mut self, value: impl Into<String>) -> Self {
        self.alias = value.into();
        self
    }
}
/// A service of an environment as Zadig stores it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentRecordService {
    /// Name of the service.
    #[serde(
        rename = "service_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_name: String,
    /// Helm release name of the service (Helm projects).
    #[serde(
        rename = "release_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub release_name: String,
    /// Project the service template belongs to.
    #[serde(
        rename = "product_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub product_name: String,
    /// Kind of service (for example `k8s` or `helm`).
    #[serde(
        rename = "type",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub r#type: String,
    /// Revision of the service template deployed.
    #[serde(
        rename = "revision",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub revision: i64,
    /// Containers of the service and their images.
    #[serde(rename = "containers", default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<Vec<crate::types::EnvServiceContainer>>,
    /// Why deploying the service failed, when it did.
    #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Kubernetes resources of the service.
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Vec<EnvironmentServiceResource>>,
    /// When the service was last deployed, as a Unix timestamp in seconds.
    #[serde(
        rename = "update_time",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub update_time: i64,
    /// Chart and values of the service.
    #[serde(rename = "render", default, skip_serializing_if = "Option::is_none")]
    pub render: Option<EnvironmentServiceRender>,
    /// Hosts the service runs on, per environment (host-based services).
    #[serde(rename = "env_configs", default, skip_serializing_if = "Option::is_none")]
    pub env_configs: Option<Vec<EnvironmentHostBinding>>,
    /// The service's manifests as rendered for the environment.
    #[serde(rename = "rendered_yaml", default, skip_serializing_if = "Option::is_none")]
    pub rendered_yaml: Option<String>,
    /// Variables of the service, as YAML.
    #[serde(rename = "variable_yaml", default, skip_serializing_if = "Option::is_none")]
    pub variable_yaml: Option<String>,
    /// Variables of the service, one by one.
    #[serde(rename = "variable_kvs", default, skip_serializing_if = "Option::is_none")]
    pub variable_kvs: Option<Vec<crate::types::ServiceVariableKV>>,
    /// Whether the environment's service is behind its template.
    #[serde(
        rename = "updatable",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub updatable: bool,
    /// How the service is deployed (for example `deploy` or `import`).
    #[serde(
        rename = "deploy_strategy",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub deploy_strategy: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl EnvironmentRecordService {
    /// Creates an empty `EnvironmentRecordService`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            service_name: Default::default(),
            release_name: Default::default(),
            product_name: Default::default(),
            r#type: Default::default(),
            revision: Default::default(),
            containers: None,
            error: None,
            resources: None,
            update_time: Default::default(),
            render: None,
            env_configs: None,
            rendered_yaml: None,
            variable_yaml: None,
            variable_kvs: None,
            updatable: Default::default(),
            deploy_strategy: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `release_name` and returns the value, for chaining.
    pub fn with_release_name(mut self, value: impl Into<String>) -> Self {
        self.release_name = value.into();
        self
    }
    /// Sets `product_name` and returns the value, for chaining.
    pub fn with_product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = value.into();
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
    /// Sets `revision` and returns the value, for chaining.
    pub fn with_revision(mut self, value: i64) -> Self {
        self.revision = value;
        self
    }
    /// Sets `containers` and returns the value, for chaining.
    pub fn with_containers(
        mut self,
        value: Vec<crate::types::EnvServiceContainer>,
    ) -> Self {
        self.containers = Some(value);
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
    /// Sets `resources` and returns the value, for chaining.
    pub fn with_resources(mut self, value: Vec<EnvironmentServiceResource>) -> Self {
        self.resources = Some(value);
        self
    }
    /// Sets `update_time` and returns the value, for chaining.
    pub fn with_update_time(mut self, value: i64) -> Self {
        self.update_time = value;
        self
    }
    /// Sets `render` and returns the value, for chaining.
    pub fn with_render(mut self, value: EnvironmentServiceRender) -> Self {
        self.render = Some(value);
        self
    }
    /// Sets `env_configs` and returns the value, for chaining.
    pub fn with_env_configs(mut self, value: Vec<EnvironmentHostBinding>) -> Self {
        self.env_configs = Some(value);
        self
    }
    /// Sets `rendered_yaml` and returns the value, for chaining.
    pub fn with_rendered_yaml(mut self, value: impl Into<String>) -> Self {
        self.rendered_yaml = Some(value.into());
        self
    }
    /// Sets `variable_yaml` and returns the value, for chaining.
    pub fn with_variable_yaml(mut self, value: impl Into<String>) -> Self {
        self.variable_yaml = Some(value.into());
        self
    }
    /// Sets `variable_kvs` and returns the value, for chaining.
    pub fn with_variable_kvs(
        mut self,
        value: Vec<crate::types::ServiceVariableKV>,
    ) -> Self {
        self.variable_kvs = Some(value);
        self
    }
    /// Sets `updatable` and returns the value, for chaining.
    pub fn with_updatable(mut self, value: bool) -> Self {
        self.updatable = value;
        self
    }
    /// Sets `deploy_strategy` and returns the value, for chaining.
    pub fn with_deploy_strategy(mut self, value: impl Into<String>) -> Self {
        self.deploy_strategy = value.into();
        self
    }
}
/// A Kubernetes resource of a service. The server also sends the resource's group, version and kind beside its name; the facts do not record them and they are not decoded.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentServiceResource {
    /// Name of the resource.
    #[serde(
        rename = "Name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub name: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl EnvironmentServiceResource {
    /// Creates an empty `EnvironmentServiceResource`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            name: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
}
/// The hosts a host-based service runs on in one environment.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentHostBinding {
    /// Name of the environment.
    #[serde(
        rename = "env_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub env_name: String,
    /// Ids of the hosts.
    #[serde(
        rename = "host_ids",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub host_ids: Vec<String>,
    /// Host labels that select further hosts.
    #[serde(
        rename = "labels",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub labels: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl EnvironmentHostBinding {
    /// Creates an empty `EnvironmentHostBinding`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            env_name: Default::default(),
            host_ids: Default::default(),
            labels: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = value.into();
        self
    }
    /// Sets `host_ids` and returns the value, for chaining.
    pub fn with_host_ids(mut self, value: Vec<String>) -> Self {
        self.host_ids = value;
        self
    }
    /// Sets `labels` and returns the value, for chaining.
    pub fn with_labels(mut self, value: Vec<String>) -> Self {
        self.labels = value;
        self
    }
}
/// A render set reference of an environment, kept by Zadig for old records.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentRenderInfo {
    /// Name of the render set.
    #[serde(
        rename = "name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub name: String,
    /// Revision of the render set.
    #[serde(
        rename = "revision",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub revision: i64,
    /// Project the render set belongs to.
    #[serde(
        rename = "product_tmpl",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub product_tmpl: String,
    /// Free-text description.
    #[serde(
        rename = "description",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub description: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl EnvironmentRenderInfo {
    /// Creates an empty `EnvironmentRenderInfo`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            name: Default::default(),
            revision: Default::default(),
            product_tmpl: Default::default(),
            description: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `revision` and returns the value, for chaining.
    pub fn with_revision(mut self, value: i64) -> Self {
        self.revision = value;
        self
    }
    /// Sets `product_tmpl` and returns the value, for chaining.
    pub fn with_product_tmpl(mut self, value: impl Into<String>) -> Self {
        self.product_tmpl = value.into();
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
}
/// Chart and values of a service in an environment.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentServiceRender {
    /// Name of the service.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Helm release name (Helm projects).
    #[serde(rename = "release_name", default, skip_serializing_if = "Option::is_none")]
    pub release_name: Option<String>,
    /// Whether the service was deployed straight from a chart rather than a service template.
    #[serde(
        rename = "is_helm_chart_deploy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_helm_chart_deploy: Option<bool>,
    /// Chart repository of the chart (Helm projects).
    #[serde(rename = "chart_repo", default, skip_serializing_if = "Option::is_none")]
    pub chart_repo: Option<String>,
    /// Name of the chart (Helm projects).
    #[serde(rename = "chart_name", default, skip_serializing_if = "Option::is_none")]
    pub chart_name: Option<String>,
    /// Version of the chart (Helm projects).
    #[serde(rename = "chart_version", default, skip_serializing_if = "Option::is_none")]
    pub chart_version: Option<String>,
    /// Values set one by one for the environment, JSON-encoded (Helm projects).
    #[serde(
        rename = "override_values",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub override_values: Option<String>,
    /// Values YAML set for the environment, with where it comes from.
    #[serde(rename = "override_yaml", default, skip_serializing_if = "Option::is_none")]
    pub override_yaml: Option<crate::types::EnvCustomYaml>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl EnvironmentServiceRender {
    /// Creates an empty `EnvironmentServiceRender`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            service_name: None,
            release_name: None,
            is_helm_chart_deploy: None,
            chart_repo: None,
            chart_name: None,
            chart_version: None,
            override_values: None,
            override_yaml: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `release_name` and returns the value, for chaining.
    pub fn with_release_name(mut self, value: impl Into<String>) -> Self {
        self.release_name = Some(value.into());
        self
    }
    /// Sets `is_helm_chart_deploy` and returns the value, for chaining.
    pub fn with_is_helm_chart_deploy(mut self, value: bool) -> Self {
        self.is_helm_chart_deploy = Some(value);
        self
    }
    /// Sets `chart_repo` and returns the value, for chaining.
    pub fn with_chart_repo(mut self, value: impl Into<String>) -> Self {
        self.chart_repo = Some(value.into());
        self
    }
    /// Sets `chart_name` and returns the value, for chaining.
    pub fn with_chart_name(mut self, value: impl Into<String>) -> Self {
        self.chart_name = Some(value.into());
        self
    }
    /// Sets `chart_version` and returns the value, for chaining.
    pub fn with_chart_version(mut self, value: impl Into<String>) -> Self {
        self.chart_version = Some(value.into());
        self
    }
    /// Sets `override_values` and returns the value, for chaining.
    pub fn with_override_values(mut self, value: impl Into<String>) -> Self {
        self.override_values = Some(value.into());
        self
    }
    /// Sets `override_yaml` and returns the value, for chaining.
    pub fn with_override_yaml(mut self, value: crate::types::EnvCustomYaml) -> Self {
        self.override_yaml = Some(value);
        self
    }
}
/// Self-service sharing settings of an environment (base environment and sub-environments).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentShareSettings {
    /// Whether sharing is on.
    #[serde(
        rename = "enable",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub enable: bool,
    /// Whether this environment is the base others are derived from.
    #[serde(
        rename = "is_base",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub is_base: bool,
    /// The base environment, for a sub-environment.
    #[serde(
        rename = "base_env",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub base_env: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl EnvironmentShareSettings {
    /// Creates an empty `EnvironmentShareSettings`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            enable: Default::default(),
            is_base: Default::default(),
            base_env: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `enable` and returns the value, for chaining.
    pub fn with_enable(mut self, value: bool) -> Self {
        self.enable = value;
        self
    }
    /// Sets `is_base` and returns the value, for chaining.
    pub fn with_is_base(mut self, value: bool) -> Self {
        self.is_base = value;
        self
    }
    /// Sets `base_env` and returns the value, for chaining.
    pub fn with_base_env(mut self, value: impl Into<String>) -> Self {
        self.base_env = value.into();
        self
    }
}
/// A configuration resource of an environment as stored with it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentConfigRecord {
    /// Name of the environment.
    #[serde(
        rename = "env_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub env_name: String,
    /// Identifier of the project.
    #[serde(
        rename = "product_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub product_name: String,
    /// Service the resource belongs to, if any.
    #[serde(
        rename = "service_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_name: String,
    /// Name of the resource.
    #[serde(
        rename = "name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub name: String,
    /// The resource as YAML.
    #[serde(
        rename = "yaml_data",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub yaml_data: String,
    /// Whether services using the resource restart when it changes.
    #[serde(
        rename = "restart_associated_svc",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub restart_associated_svc: bool,
    /// Kind of resource.
    #[serde(
        rename = "common_env_cfg_type",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub common_env_cfg_type: crate::types::EnvConfigType,
    /// Services that use the resource.
    #[serde(
        rename = "services",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub services: Vec<String>,
    /// Repository the resource is synchronised from, if any.
    #[serde(
        rename = "git_repo_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub git_repo_config: Option<crate::types::EnvConfigTemplateGitRepo>,
    /// Whether the resource follows that repository.
    #[serde(
        rename = "auto_sync",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub auto_sync: bool,
    /// Whether the environment is a production environment.
    #[serde(
        rename = "production",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub production: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl EnvironmentConfigRecord {
    /// Creates an empty `EnvironmentConfigRecord`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            env_name: Default::default(),
            product_name: Default::default(),
            service_name: Default::default(),
            name: Default::default(),
            yaml_data: Default::default(),
            restart_associated_svc: Default::default(),
            common_env_cfg_type: Default::default(),
            services: Default::default(),
            git_repo_config: None,
            auto_sync: Default::default(),
            production: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = value.into();
        self
    }
    /// Sets `product_name` and returns the value, for chaining.
    pub fn with_product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = value.into();
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `yaml_data` and returns the value, for chaining.
    pub fn with_yaml_data(mut self, value: impl Into<String>) -> Self {
        self.yaml_data = value.into();
        self
    }
    /// Sets `restart_associated_svc` and returns the value, for chaining.
    pub fn with_restart_associated_svc(mut self, value: bool) -> Self {
        self.restart_associated_svc = value;
        self
    }
    /// Sets `common_env_cfg_type` and returns the value, for chaining.
    pub fn with_common_env_cfg_type(
        mut self,
        value: crate::types::EnvConfigType,
    ) -> Self {
        self.common_env_cfg_type = value;
        self
    }
    /// Sets `services` and returns the value, for chaining.
    pub fn with_services(mut self, value: Vec<String>) -> Self {
        self.services = value;
        self
    }
    /// Sets `git_repo_config` and returns the value, for chaining.
    pub fn with_git_repo_config(
        mut self,
        value: crate::types::EnvConfigTemplateGitRepo,
    ) -> Self {
        self.git_repo_config = Some(value);
        self
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = value;
        self
    }
    /// Sets `production` and returns the value, for chaining.
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
        self
    }
}
/// Which resources the health analysis of an environment looks at.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentAnalysisConfig {
    /// Kinds of Kubernetes resources to analyse.
    #[serde(
        rename = "resource_types",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub resource_types: Vec<AnalysisResourceType>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl EnvironmentAnalysisConfig {
    /// Creates an empty `EnvironmentAnalysisConfig`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            resource_types: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `resource_types` and returns the value, for chaining.
    pub fn with_resource_types(mut self, value: Vec<AnalysisResourceType>) -> Self {
        self.resource_types = value;
        self
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
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for AnalysisResourceType {
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
    fn from(value: String) -> Self {
        match value.as_str() {
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
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for AnalysisResourceType {
    type Err = std::convert::Infallible;
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentNotificationConfig {
    /// Kind of chat tool the webhook belongs to.
    #[serde(
        rename = "webhook_type",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub webhook_type: EnvironmentWebhookType,
    /// Address of the webhook.
    #[serde(
        rename = "webhook_url",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub webhook_url: String,
    /// Which analysis results are sent.
    #[serde(
        rename = "events",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub events: Vec<EnvironmentNotificationEvent>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl EnvironmentNotificationConfig {
    /// Creates an empty `EnvironmentNotificationConfig`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            webhook_type: Default::default(),
            webhook_url: Default::default(),
            events: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `webhook_type` and returns the value, for chaining.
    pub fn with_webhook_type(mut self, value: EnvironmentWebhookType) -> Self {
        self.webhook_type = value;
        self
    }
    /// Sets `webhook_url` and returns the value, for chaining.
    pub fn with_webhook_url(mut self, value: impl Into<String>) -> Self {
        self.webhook_url = value.into();
        self
    }
    /// Sets `events` and returns the value, for chaining.
    pub fn with_events(mut self, value: Vec<EnvironmentNotificationEvent>) -> Self {
        self.events = value;
        self
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
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for EnvironmentWebhookType {
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
    fn from(value: String) -> Self {
        match value.as_str() {
            "feishu" => Self::Feishu,
            "dingding" => Self::Dingding,
            "wechat" => Self::Wechat,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for EnvironmentWebhookType {
    type Err = std::convert::Infallible;
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
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for EnvironmentNotificationEvent {
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
    fn from(value: String) -> Self {
        match value.as_str() {
            "notification_event_analyzer_normal" => Self::NotificationEventAnalyzerNormal,
            "notification_event_analyzer_abnormal" => {
                Self::NotificationEventAnalyzerAbnormal
            }
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for EnvironmentNotificationEvent {
    type Err = std::convert::Infallible;
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentIstioGrayscale {
    /// Whether traffic splitting is on.
    #[serde(
        rename = "enable",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub enable: bool,
    /// Whether this environment is the base the traffic is split from.
    #[serde(
        rename = "is_base",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub is_base: bool,
    /// The base environment, for a grey environment.
    #[serde(
        rename = "base_env",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub base_env: String,
    /// How traffic is split, `weight` or `header_match`.
    #[serde(
        rename = "grayscale_strategy",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub grayscale_strategy: String,
    /// Share of the traffic per environment, for the `weight` strategy.
    #[serde(
        rename = "weight_configs",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub weight_configs: Vec<IstioWeightConfig>,
    /// Header rules per environment, for the `header_match` strategy.
    #[serde(
        rename = "header_match_configs",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub header_match_configs: Vec<IstioHeaderMatchConfig>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl EnvironmentIstioGrayscale {
    /// Creates an empty `EnvironmentIstioGrayscale`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            enable: Default::default(),
            is_base: Default::default(),
            base_env: Default::default(),
            grayscale_strategy: Default::default(),
            weight_configs: Default::default(),
            header_match_configs: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `enable` and returns the value, for chaining.
    pub fn with_enable(mut self, value: bool) -> Self {
        self.enable = value;
        self
    }
    /// Sets `is_base` and returns the value, for chaining.
    pub fn with_is_base(mut self, value: bool) -> Self {
        self.is_base = value;
        self
    }
    /// Sets `base_env` and returns the value, for chaining.
    pub fn with_base_env(mut self, value: impl Into<String>) -> Self {
        self.base_env = value.into();
        self
    }
    /// Sets `grayscale_strategy` and returns the value, for chaining.
    pub fn with_grayscale_strategy(mut self, value: impl Into<String>) -> Self {
        self.grayscale_strategy = value.into();
        self
    }
    /// Sets `weight_configs` and returns the value, for chaining.
    pub fn with_weight_configs(mut self, value: Vec<IstioWeightConfig>) -> Self {
        self.weight_configs = value;
        self
    }
    /// Sets `header_match_configs` and returns the value, for chaining.
    pub fn with_header_match_configs(
        mut self,
        value: Vec<IstioHeaderMatchConfig>,
    ) -> Self {
        self.header_match_configs = value;
        self
    }
}
/// The share of traffic one environment gets.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IstioWeightConfig {
    /// Name of the environment.
    #[serde(
        rename = "env",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub env: String,
    /// Its share of the traffic, in percent.
    #[serde(
        rename = "weight",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub weight: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl IstioWeightConfig {
    /// Creates an empty `IstioWeightConfig`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            env: Default::default(),
            weight: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `env` and returns the value, for chaining.
    pub fn with_env(mut self, value: impl Into<String>) -> Self {
        self.env = value.into();
        self
    }
    /// Sets `weight` and returns the value, for chaining.
    pub fn with_weight(mut self, value: i64) -> Self {
        self.weight = value;
        self
    }
}
/// The header rules that send traffic to one environment.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IstioHeaderMatchConfig {
    /// Name of the environment.
    #[serde(
        rename = "env",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub env: String,
    /// The rules; a request matching them goes to the environment.
    #[serde(
        rename = "header_match",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub header_match: Vec<IstioHeaderMatch>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl IstioHeaderMatchConfig {
    /// Creates an empty `IstioHeaderMatchConfig`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            env: Default::default(),
            header_match: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `env` and returns the value, for chaining.
    pub fn with_env(mut self, value: impl Into<String>) -> Self {
        self.env = value.into();
        self
    }
    /// Sets `header_match` and returns the value, for chaining.
    pub fn with_header_match(mut self, value: Vec<IstioHeaderMatch>) -> Self {
        self.header_match = value;
        self
    }
}
/// One header rule of traffic splitting.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IstioHeaderMatch {
    /// Name of the header.
    #[serde(
        rename = "key",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub key: String,
    /// How the value is compared, `prefix`, `exact` or `regex`.
    #[serde(
        rename = "match",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub r#match: String,
    /// The value to compare with.
    #[serde(
        rename = "value",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub value: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl IstioHeaderMatch {
    /// Creates an empty `IstioHeaderMatch`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            key: Default::default(),
            r#match: Default::default(),
            value: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `key` and returns the value, for chaining.
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = value.into();
        self
    }
    /// Sets `match` and returns the value, for chaining.
    pub fn with_match(mut self, value: impl Into<String>) -> Self {
        self.r#match = value.into();
        self
    }
    /// Sets `value` and returns the value, for chaining.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        self
    }
}
