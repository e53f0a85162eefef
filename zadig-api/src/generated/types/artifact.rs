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
        use serde::ser::SerializeMap;
        use crate::runtime::model::write_some;
        let mut map = serializer.serialize_map(None)?;
        write_some(&mut map, "id", &self.id)?;
        map.serialize_entry("version", &self.version)?;
        map.serialize_entry("project_name", &self.project_name)?;
        map.serialize_entry("env_name", &self.env_name)?;
        map.serialize_entry("production", &self.production)?;
        map.serialize_entry("type", &self.r#type)?;
        map.serialize_entry("source", &self.source)?;
        map.serialize_entry("desc", &self.desc)?;
        map.serialize_entry("labels", &self.labels)?;
        map.serialize_entry("image_registry_id", &self.image_registry_id)?;
        map.serialize_entry("original_chart_repo_name", &self.original_chart_repo_name)?;
        map.serialize_entry("chart_repo_name", &self.chart_repo_name)?;
        map.serialize_entry("services", &self.services)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("workflow_name", &self.workflow_name)?;
        map.serialize_entry("task_id", &self.task_id)?;
        map.serialize_entry("error", &self.error)?;
        map.serialize_entry("created_by", &self.created_by)?;
        map.serialize_entry("created_at", &self.created_at)?;
        self.unknown_fields.write(&mut map)?;
        map.end()
    }
}
impl<'de> Deserialize<'de> for ArtifactVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactVersion {
    const NAME: &'static str = "ArtifactVersion";
    const REQUIRED: &'static [&'static str] = &[];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id)?,
            "version" => or_default(map, &mut self.version)?,
            "project_name" => or_default(map, &mut self.project_name)?,
            "env_name" => or_default(map, &mut self.env_name)?,
            "production" => or_default(map, &mut self.production)?,
            "type" => or_default(map, &mut self.r#type)?,
            "source" => or_default(map, &mut self.source)?,
            "desc" => or_default(map, &mut self.desc)?,
            "labels" => or_default(map, &mut self.labels)?,
            "image_registry_id" => or_default(map, &mut self.image_registry_id)?,
            "original_chart_repo_name" => {
                or_default(map, &mut self.original_chart_repo_name)?
            }
            "chart_repo_name" => or_default(map, &mut self.chart_repo_name)?,
            "services" => or_default(map, &mut self.services)?,
            "status" => or_default(map, &mut self.status)?,
            "workflow_name" => or_default(map, &mut self.workflow_name)?,
            "task_id" => or_default(map, &mut self.task_id)?,
            "error" => or_default(map, &mut self.error)?,
            "created_by" => or_default(map, &mut self.created_by)?,
            "created_at" => or_default(map, &mut self.created_at)?,
            _ => return Ok(Slot::Unknown),
        }
        Ok(Slot::Known)
    }
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactVersion {
    /// Creates an empty `ArtifactVersion`: optional fields start as `None`, the others as their zero value.
    #[inline]
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
    #[inline]
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
        self
    }
    /// Sets `type` and returns the value, for chaining.
    #[inline]
    pub fn with_type(mut self, value: crate::types::DeliveryVersionType) -> Self {
        self.r#type = value;
        self
    }
    /// Sets `source` and returns the value, for chaining.
    #[inline]
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
    #[inline]
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
    #[inline]
    pub fn with_services(mut self, value: Vec<ArtifactVersionService>) -> Self {
        self.services = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    #[inline]
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
    #[inline]
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
    #[inline]
    pub fn with_created_at(mut self, value: i64) -> Self {
        self.created_at = value;
        self
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
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("service_name", &self.service_name)?;
        map.serialize_entry("chart_name", &self.chart_name)?;
        map.serialize_entry("original_chart_version", &self.original_chart_version)?;
        map.serialize_entry("chart_version", &self.chart_version)?;
        map.serialize_entry("chart_status", &self.chart_status)?;
        map.serialize_entry("yaml_content", &self.yaml_content)?;
        map.serialize_entry("images", &self.images)?;
        map.serialize_entry("error", &self.error)?;
        self.unknown_fields.write(&mut map)?;
        map.end()
    }
}
impl<'de> Deserialize<'de> for ArtifactVersionService {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactVersionService {
    const NAME: &'static str = "ArtifactVersionService";
    const REQUIRED: &'static [&'static str] = &[];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_name" => or_default(map, &mut self.service_name)?,
            "chart_name" => or_default(map, &mut self.chart_name)?,
            "original_chart_version" => {
                or_default(map, &mut self.original_chart_version)?
            }
            "chart_version" => or_default(map, &mut self.chart_version)?,
            "chart_status" => or_default(map, &mut self.chart_status)?,
            "yaml_content" => or_default(map, &mut self.yaml_content)?,
            "images" => or_default(map, &mut self.images)?,
            "error" => or_default(map, &mut self.error)?,
            _ => return Ok(Slot::Unknown),
        }
        Ok(Slot::Known)
    }
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactVersionService {
    /// Creates an empty `ArtifactVersionService`: optional fields start as `None`, the others as their zero value.
    #[inline]
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
    #[inline]
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
    #[inline]
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
        use serde::ser::SerializeMap;
        use crate::runtime::model::write_some;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("container_name", &self.container_name)?;
        map.serialize_entry("image_name", &self.image_name)?;
        write_some(&mut map, "image_path", &self.image_path)?;
        map.serialize_entry("source_image", &self.source_image)?;
        map.serialize_entry("source_image_tag", &self.source_image_tag)?;
        map.serialize_entry("target_image", &self.target_image)?;
        map.serialize_entry("target_image_tag", &self.target_image_tag)?;
        map.serialize_entry("push_image", &self.push_image)?;
        map.serialize_entry("status", &self.status)?;
        map.serialize_entry("error", &self.error)?;
        self.unknown_fields.write(&mut map)?;
        map.end()
    }
}
impl<'de> Deserialize<'de> for ArtifactVersionImage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ArtifactVersionImage {
    const NAME: &'static str = "ArtifactVersionImage";
    const REQUIRED: &'static [&'static str] = &[];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "container_name" => or_default(map, &mut self.container_name)?,
            "image_name" => or_default(map, &mut self.image_name)?,
            "image_path" => value(map, &mut self.image_path)?,
            "source_image" => or_default(map, &mut self.source_image)?,
            "source_image_tag" => or_default(map, &mut self.source_image_tag)?,
            "target_image" => or_default(map, &mut self.target_image)?,
            "target_image_tag" => or_default(map, &mut self.target_image_tag)?,
            "push_image" => or_default(map, &mut self.push_image)?,
            "status" => or_default(map, &mut self.status)?,
            "error" => or_default(map, &mut self.error)?,
            _ => return Ok(Slot::Unknown),
        }
        Ok(Slot::Known)
    }
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ArtifactVersionImage {
    /// Creates an empty `ArtifactVersionImage`: optional fields start as `None`, the others as their zero value.
    #[inline]
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
    #[inline]
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
    #[inline]
    pub fn with_push_image(mut self, value: bool) -> Self {
        self.push_image = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    #[inline]
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
