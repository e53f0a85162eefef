// @generated from spec/artifact.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Artifact management API.
//!
//! The artifact (delivery center) view of versions.
use serde::{Deserialize, Serialize};
/// A version as the artifact management view lists it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactVersion {
    /// Id of the version.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the version.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Identifier of the project.
    #[serde(rename = "project_name", default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// Environment the version was taken from, for versions made from an environment.
    #[serde(rename = "env_name", default, skip_serializing_if = "Option::is_none")]
    pub env_name: Option<String>,
    /// Whether the version was taken from a production environment.
    #[serde(rename = "production", default, skip_serializing_if = "Option::is_none")]
    pub production: Option<bool>,
    /// Whether the version packs Kubernetes YAML or Helm charts.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::types::DeliveryVersionType>,
    /// How the version was made.
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::types::DeliveryVersionSource>,
    /// Free-text description.
    #[serde(rename = "desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// Labels attached to the version.
    #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Id of the registry the version's images are pushed to.
    #[serde(
        rename = "image_registry_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_registry_id: Option<String>,
    /// Chart repository the charts came from, for Helm versions.
    #[serde(
        rename = "original_chart_repo_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub original_chart_repo_name: Option<String>,
    /// Chart repository the version's charts are pushed to, for Helm versions.
    #[serde(
        rename = "chart_repo_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub chart_repo_name: Option<String>,
    /// The services in the version.
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<ArtifactVersionService>>,
    /// Where the making of the version stands.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::types::DeliveryVersionStatus>,
    /// Workflow that made the version, when a workflow made it.
    #[serde(rename = "workflow_name", default, skip_serializing_if = "Option::is_none")]
    pub workflow_name: Option<String>,
    /// Run of that workflow that made the version.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    /// Why making the version failed, when it failed.
    #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Who made the version.
    #[serde(rename = "created_by", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// When the version was made, as a Unix timestamp in seconds.
    #[serde(rename = "created_at", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactVersion {
    /// Creates an empty `ArtifactVersion`; every field is optional.
    pub fn new() -> Self {
        Self {
            id: None,
            version: None,
            project_name: None,
            env_name: None,
            production: None,
            r#type: None,
            source: None,
            desc: None,
            labels: None,
            image_registry_id: None,
            original_chart_repo_name: None,
            chart_repo_name: None,
            services: None,
            status: None,
            workflow_name: None,
            task_id: None,
            error: None,
            created_by: None,
            created_at: None,
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
        self.version = Some(value.into());
        self
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = Some(value.into());
        self
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = Some(value.into());
        self
    }
    /// Sets `production` and returns the value, for chaining.
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = Some(value);
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: crate::types::DeliveryVersionType) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: crate::types::DeliveryVersionSource) -> Self {
        self.source = Some(value);
        self
    }
    /// Sets `desc` and returns the value, for chaining.
    pub fn with_desc(mut self, value: impl Into<String>) -> Self {
        self.desc = Some(value.into());
        self
    }
    /// Sets `labels` and returns the value, for chaining.
    pub fn with_labels(mut self, value: Vec<String>) -> Self {
        self.labels = Some(value);
        self
    }
    /// Sets `image_registry_id` and returns the value, for chaining.
    pub fn with_image_registry_id(mut self, value: impl Into<String>) -> Self {
        self.image_registry_id = Some(value.into());
        self
    }
    /// Sets `original_chart_repo_name` and returns the value, for chaining.
    pub fn with_original_chart_repo_name(mut self, value: impl Into<String>) -> Self {
        self.original_chart_repo_name = Some(value.into());
        self
    }
    /// Sets `chart_repo_name` and returns the value, for chaining.
    pub fn with_chart_repo_name(mut self, value: impl Into<String>) -> Self {
        self.chart_repo_name = Some(value.into());
        self
    }
    /// Sets `services` and returns the value, for chaining.
    pub fn with_services(mut self, value: Vec<ArtifactVersionService>) -> Self {
        self.services = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: crate::types::DeliveryVersionStatus) -> Self {
        self.status = Some(value);
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
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
    /// Sets `created_by` and returns the value, for chaining.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
    /// Sets `created_at` and returns the value, for chaining.
    pub fn with_created_at(mut self, value: i64) -> Self {
        self.created_at = Some(value);
        self
    }
}
/// One service in a version, with its chart or manifests and images.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactVersionService {
    /// Name of the service.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Name of the chart, for Helm versions.
    #[serde(rename = "chart_name", default, skip_serializing_if = "Option::is_none")]
    pub chart_name: Option<String>,
    /// Chart version the service had in the source, for Helm versions.
    #[serde(
        rename = "original_chart_version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub original_chart_version: Option<String>,
    /// Chart version in the version, for Helm versions.
    #[serde(rename = "chart_version", default, skip_serializing_if = "Option::is_none")]
    pub chart_version: Option<String>,
    /// Where pushing the chart stands.
    #[serde(rename = "chart_status", default, skip_serializing_if = "Option::is_none")]
    pub chart_status: Option<crate::types::WorkflowTaskStatus>,
    /// The manifests, for Kubernetes YAML versions.
    #[serde(rename = "yaml_content", default, skip_serializing_if = "Option::is_none")]
    pub yaml_content: Option<String>,
    /// Images of the service.
    #[serde(rename = "images", default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<ArtifactVersionImage>>,
    /// Why handling the service failed, when it failed.
    #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactVersionService {
    /// Creates an empty `ArtifactVersionService`; every field is optional.
    pub fn new() -> Self {
        Self {
            service_name: None,
            chart_name: None,
            original_chart_version: None,
            chart_version: None,
            chart_status: None,
            yaml_content: None,
            images: None,
            error: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `chart_name` and returns the value, for chaining.
    pub fn with_chart_name(mut self, value: impl Into<String>) -> Self {
        self.chart_name = Some(value.into());
        self
    }
    /// Sets `original_chart_version` and returns the value, for chaining.
    pub fn with_original_chart_version(mut self, value: impl Into<String>) -> Self {
        self.original_chart_version = Some(value.into());
        self
    }
    /// Sets `chart_version` and returns the value, for chaining.
    pub fn with_chart_version(mut self, value: impl Into<String>) -> Self {
        self.chart_version = Some(value.into());
        self
    }
    /// Sets `chart_status` and returns the value, for chaining.
    pub fn with_chart_status(mut self, value: crate::types::WorkflowTaskStatus) -> Self {
        self.chart_status = Some(value);
        self
    }
    /// Sets `yaml_content` and returns the value, for chaining.
    pub fn with_yaml_content(mut self, value: impl Into<String>) -> Self {
        self.yaml_content = Some(value.into());
        self
    }
    /// Sets `images` and returns the value, for chaining.
    pub fn with_images(mut self, value: Vec<ArtifactVersionImage>) -> Self {
        self.images = Some(value);
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
}
/// An image of a service in a version and where it is copied to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ArtifactVersionImage {
    /// Name of the container the image belongs to.
    #[serde(rename = "container_name", default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    /// Name of the image.
    #[serde(rename = "image_name", default, skip_serializing_if = "Option::is_none")]
    pub image_name: Option<String>,
    /// Where the image's parts sit in Helm values, for Helm versions.
    #[serde(rename = "image_path", default, skip_serializing_if = "Option::is_none")]
    pub image_path: Option<crate::types::ImagePathSpec>,
    /// The image the version takes, with registry.
    #[serde(rename = "source_image", default, skip_serializing_if = "Option::is_none")]
    pub source_image: Option<String>,
    /// Tag of that image.
    #[serde(
        rename = "source_image_tag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_image_tag: Option<String>,
    /// The image pushed for the version, with registry.
    #[serde(rename = "target_image", default, skip_serializing_if = "Option::is_none")]
    pub target_image: Option<String>,
    /// Tag of the pushed image.
    #[serde(
        rename = "target_image_tag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_image_tag: Option<String>,
    /// Whether the image is pushed to the version's registry.
    #[serde(rename = "push_image", default, skip_serializing_if = "Option::is_none")]
    pub push_image: Option<bool>,
    /// Where pushing the image stands.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::types::WorkflowTaskStatus>,
    /// Why pushing the image failed, when it failed.
    #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ArtifactVersionImage {
    /// Creates an empty `ArtifactVersionImage`; every field is optional.
    pub fn new() -> Self {
        Self {
            container_name: None,
            image_name: None,
            image_path: None,
            source_image: None,
            source_image_tag: None,
            target_image: None,
            target_image_tag: None,
            push_image: None,
            status: None,
            error: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
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
    /// Sets `image_path` and returns the value, for chaining.
    pub fn with_image_path(mut self, value: crate::types::ImagePathSpec) -> Self {
        self.image_path = Some(value);
        self
    }
    /// Sets `source_image` and returns the value, for chaining.
    pub fn with_source_image(mut self, value: impl Into<String>) -> Self {
        self.source_image = Some(value.into());
        self
    }
    /// Sets `source_image_tag` and returns the value, for chaining.
    pub fn with_source_image_tag(mut self, value: impl Into<String>) -> Self {
        self.source_image_tag = Some(value.into());
        self
    }
    /// Sets `target_image` and returns the value, for chaining.
    pub fn with_target_image(mut self, value: impl Into<String>) -> Self {
        self.target_image = Some(value.into());
        self
    }
    /// Sets `target_image_tag` and returns the value, for chaining.
    pub fn with_target_image_tag(mut self, value: impl Into<String>) -> Self {
        self.target_image_tag = Some(value.into());
        self
    }
    /// Sets `push_image` and returns the value, for chaining.
    pub fn with_push_image(mut self, value: bool) -> Self {
        self.push_image = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: crate::types::WorkflowTaskStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
}
