// @generated from spec/delivery.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Version management API.
//!
//! Delivery versions (releases) of a project: list, read, create for K8s YAML or Helm projects, retry a failed creation, delete.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// One page of a project's versions and how many there are in all.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionList {
    /// The versions of this page.
    #[serde(rename = "list", default, skip_serializing_if = "Option::is_none")]
    pub list: Option<Vec<DeliveryVersionBrief>>,
    /// Number of versions in all pages.
    #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl DeliveryVersionList {
    /// Creates an empty `DeliveryVersionList`; every field is optional.
    pub fn new() -> Self {
        Self {
            list: None,
            total: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `list` and returns the value, for chaining.
    pub fn with_list(mut self, value: Vec<DeliveryVersionBrief>) -> Self {
        self.list = Some(value);
        self
    }
    /// Sets `total` and returns the value, for chaining.
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = Some(value);
        self
    }
}
/// A version as the list shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionBrief {
    /// Id of the version.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the version.
    #[serde(rename = "version_name", default, skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
    /// Kind of project the version was made for.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<DeliveryVersionType>,
    /// What the version was made from.
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<DeliveryVersionSource>,
    /// Where the creation of the version stands.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DeliveryVersionStatus>,
    /// Labels given to the version.
    #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Free-text description.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// User who created the version.
    #[serde(rename = "created_by", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// When the version was created, as a Unix timestamp in seconds.
    #[serde(rename = "create_time", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl DeliveryVersionBrief {
    /// Creates an empty `DeliveryVersionBrief`; every field is optional.
    pub fn new() -> Self {
        Self {
            id: None,
            version_name: None,
            r#type: None,
            source: None,
            status: None,
            labels: None,
            description: None,
            created_by: None,
            create_time: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `version_name` and returns the value, for chaining.
    pub fn with_version_name(mut self, value: impl Into<String>) -> Self {
        self.version_name = Some(value.into());
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: DeliveryVersionType) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: DeliveryVersionSource) -> Self {
        self.source = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: DeliveryVersionStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `labels` and returns the value, for chaining.
    pub fn with_labels(mut self, value: Vec<String>) -> Self {
        self.labels = Some(value);
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
}
/// One version with its services.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionDetail {
    /// Name of the version.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Identifier (key) of the project.
    #[serde(rename = "project_name", default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// Environment the version was taken from, if any.
    #[serde(rename = "env_name", default, skip_serializing_if = "Option::is_none")]
    pub env_name: Option<String>,
    /// Whether that environment is a production environment.
    #[serde(rename = "production", default, skip_serializing_if = "Option::is_none")]
    pub production: Option<bool>,
    /// Kind of project the version was made for.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<DeliveryVersionType>,
    /// What the version was made from.
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<DeliveryVersionSource>,
    /// Free-text description.
    #[serde(rename = "desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// Labels given to the version.
    #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Id of the image registry the version's images are pushed to.
    #[serde(
        rename = "image_registry_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_registry_id: Option<String>,
    /// Chart repository the version's charts are pushed to (Helm versions).
    #[serde(
        rename = "chart_repo_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub chart_repo_name: Option<String>,
    /// The services in the version.
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<DeliveryVersionService>>,
    /// Where the creation of the version stands.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DeliveryVersionStatus>,
    /// Why the creation failed, when it did.
    #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// User who created the version.
    #[serde(rename = "created_by", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// When the version was created, as a Unix timestamp in seconds.
    #[serde(rename = "created_at", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// When the version was deleted, as a Unix timestamp in seconds; 0 if it was not.
    #[serde(rename = "deleted_at", default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl DeliveryVersionDetail {
    /// Creates an empty `DeliveryVersionDetail`; every field is optional.
    pub fn new() -> Self {
        Self {
            version: None,
            project_name: None,
            env_name: None,
            production: None,
            r#type: None,
            source: None,
            desc: None,
            labels: None,
            image_registry_id: None,
            chart_repo_name: None,
            services: None,
            status: None,
            error: None,
            created_by: None,
            created_at: None,
            deleted_at: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
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
    pub fn with_type(mut self, value: DeliveryVersionType) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: DeliveryVersionSource) -> Self {
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
    /// Sets `chart_repo_name` and returns the value, for chaining.
    pub fn with_chart_repo_name(mut self, value: impl Into<String>) -> Self {
        self.chart_repo_name = Some(value.into());
        self
    }
    /// Sets `services` and returns the value, for chaining.
    pub fn with_services(mut self, value: Vec<DeliveryVersionService>) -> Self {
        self.services = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: DeliveryVersionStatus) -> Self {
        self.status = Some(value);
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
    /// Sets `deleted_at` and returns the value, for chaining.
    pub fn with_deleted_at(mut self, value: i64) -> Self {
        self.deleted_at = Some(value);
        self
    }
}
/// Kind of project a version belongs to.
///
/// The set of values is open: a value this version does not know decodes to
/// [`DeliveryVersionType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliveryVersionType {
    /// `K8SYaml`: A K8s YAML project; the version holds service YAML and images.
    K8sYaml,
    /// `HelmChart`: A Helm chart project; the version holds charts and images.
    HelmChart,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl DeliveryVersionType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::K8sYaml => "K8SYaml",
            Self::HelmChart => "HelmChart",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl From<&str> for DeliveryVersionType {
    fn from(value: &str) -> Self {
        match value {
            "K8SYaml" => Self::K8sYaml,
            "HelmChart" => Self::HelmChart,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for DeliveryVersionType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "K8SYaml" => Self::K8sYaml,
            "HelmChart" => Self::HelmChart,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for DeliveryVersionType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for DeliveryVersionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for DeliveryVersionType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for DeliveryVersionType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// What a version is made from.
///
/// The set of values is open: a value this version does not know decodes to
/// [`DeliveryVersionSource::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliveryVersionSource {
    /// `manual`: Services and images given by hand.
    Manual,
    /// `from_env`: The services as deployed in an environment.
    FromEnv,
    /// `from_version`: Another version of the project.
    FromVersion,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl DeliveryVersionSource {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Manual => "manual",
            Self::FromEnv => "from_env",
            Self::FromVersion => "from_version",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl From<&str> for DeliveryVersionSource {
    fn from(value: &str) -> Self {
        match value {
            "manual" => Self::Manual,
            "from_env" => Self::FromEnv,
            "from_version" => Self::FromVersion,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for DeliveryVersionSource {
    fn from(value: String) -> Self {
        match value.as_str() {
            "manual" => Self::Manual,
            "from_env" => Self::FromEnv,
            "from_version" => Self::FromVersion,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for DeliveryVersionSource {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for DeliveryVersionSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for DeliveryVersionSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for DeliveryVersionSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Where the creation of a version stands.
///
/// The set of values is open: a value this version does not know decodes to
/// [`DeliveryVersionStatus::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliveryVersionStatus {
    /// `success`: The version was created.
    Success,
    /// `failed`: Creating the version failed; it can be retried.
    Failed,
    /// `creating`: The version is being created.
    Creating,
    /// `retrying`: A failed creation is being retried.
    Retrying,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl DeliveryVersionStatus {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "success",
            Self::Failed => "failed",
            Self::Creating => "creating",
            Self::Retrying => "retrying",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl From<&str> for DeliveryVersionStatus {
    fn from(value: &str) -> Self {
        match value {
            "success" => Self::Success,
            "failed" => Self::Failed,
            "creating" => Self::Creating,
            "retrying" => Self::Retrying,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for DeliveryVersionStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "success" => Self::Success,
            "failed" => Self::Failed,
            "creating" => Self::Creating,
            "retrying" => Self::Retrying,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for DeliveryVersionStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for DeliveryVersionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for DeliveryVersionStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for DeliveryVersionStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Body for creating a version of a K8s YAML project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct K8sDeliveryVersionCreateRequest {
    /// Identifier (key) of the project.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// Name of the new version.
    #[serde(rename = "version_name", default, skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
    /// What the version is made from.
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<DeliveryVersionSource>,
    /// Version to start from, when `source` is from_version.
    #[serde(
        rename = "original_version_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub original_version_name: Option<String>,
    /// Environment to take the services from, when `source` is from_env.
    #[serde(rename = "env_name", default, skip_serializing_if = "Option::is_none")]
    pub env_name: Option<String>,
    /// Whether `env_name` is a production environment.
    #[serde(rename = "production", default, skip_serializing_if = "Option::is_none")]
    pub production: Option<bool>,
    /// Free-text description.
    #[serde(rename = "desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// Labels to give the version.
    #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Id of the image registry to push the version's images to.
    #[serde(
        rename = "image_registry_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_registry_id: Option<String>,
    /// Services to put in the version, with their YAML and images.
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<DeliveryVersionService>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl K8sDeliveryVersionCreateRequest {
    /// Creates an empty `K8sDeliveryVersionCreateRequest`; every field is optional.
    pub fn new() -> Self {
        Self {
            project_key: None,
            version_name: None,
            source: None,
            original_version_name: None,
            env_name: None,
            production: None,
            desc: None,
            labels: None,
            image_registry_id: None,
            services: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Sets `version_name` and returns the value, for chaining.
    pub fn with_version_name(mut self, value: impl Into<String>) -> Self {
        self.version_name = Some(value.into());
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: DeliveryVersionSource) -> Self {
        self.source = Some(value);
        self
    }
    /// Sets `original_version_name` and returns the value, for chaining.
    pub fn with_original_version_name(mut self, value: impl Into<String>) -> Self {
        self.original_version_name = Some(value.into());
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
    /// Sets `services` and returns the value, for chaining.
    pub fn with_services(mut self, value: Vec<DeliveryVersionService>) -> Self {
        self.services = Some(value);
        self
    }
}
/// Body for creating a version of a Helm chart project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HelmDeliveryVersionCreateRequest {
    /// Identifier (key) of the project.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// Name of the new version.
    #[serde(rename = "version_name", default, skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
    /// Environment to take the services from, when `source` is from_env.
    #[serde(rename = "env_name", default, skip_serializing_if = "Option::is_none")]
    pub env_name: Option<String>,
    /// Version to start from, when `source` is from_version.
    #[serde(
        rename = "original_version_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub original_version_name: Option<String>,
    /// Whether `env_name` is a production environment.
    #[serde(rename = "production", default, skip_serializing_if = "Option::is_none")]
    pub production: Option<bool>,
    /// What the version is made from.
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<DeliveryVersionSource>,
    /// Free-text description.
    #[serde(rename = "desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// Labels to give the version.
    #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Id of the image registry to push the version's images to.
    #[serde(
        rename = "image_registry_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_registry_id: Option<String>,
    /// Chart repository to push the version's charts to.
    #[serde(
        rename = "chart_repo_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub chart_repo_name: Option<String>,
    /// Chart repository holding the charts of the original version, when `source` is from_version.
    #[serde(
        rename = "original_chart_repo_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub original_chart_repo_name: Option<String>,
    /// Services to put in the version, with their charts and images.
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<DeliveryVersionService>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl HelmDeliveryVersionCreateRequest {
    /// Creates an empty `HelmDeliveryVersionCreateRequest`; every field is optional.
    pub fn new() -> Self {
        Self {
            project_key: None,
            version_name: None,
            env_name: None,
            original_version_name: None,
            production: None,
            source: None,
            desc: None,
            labels: None,
            image_registry_id: None,
            chart_repo_name: None,
            original_chart_repo_name: None,
            services: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Sets `version_name` and returns the value, for chaining.
    pub fn with_version_name(mut self, value: impl Into<String>) -> Self {
        self.version_name = Some(value.into());
        self
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = Some(value.into());
        self
    }
    /// Sets `original_version_name` and returns the value, for chaining.
    pub fn with_original_version_name(mut self, value: impl Into<String>) -> Self {
        self.original_version_name = Some(value.into());
        self
    }
    /// Sets `production` and returns the value, for chaining.
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = Some(value);
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: DeliveryVersionSource) -> Self {
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
    /// Sets `chart_repo_name` and returns the value, for chaining.
    pub fn with_chart_repo_name(mut self, value: impl Into<String>) -> Self {
        self.chart_repo_name = Some(value.into());
        self
    }
    /// Sets `original_chart_repo_name` and returns the value, for chaining.
    pub fn with_original_chart_repo_name(mut self, value: impl Into<String>) -> Self {
        self.original_chart_repo_name = Some(value.into());
        self
    }
    /// Sets `services` and returns the value, for chaining.
    pub fn with_services(mut self, value: Vec<DeliveryVersionService>) -> Self {
        self.services = Some(value);
        self
    }
}
/// A service in a version: its chart (Helm projects) or YAML (K8s YAML projects) and its images. The status and error fields are filled in by the server.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionService {
    /// Name of the service.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Name of the service's chart (Helm projects).
    #[serde(rename = "chart_name", default, skip_serializing_if = "Option::is_none")]
    pub chart_name: Option<String>,
    /// Chart version the service had before this version was made.
    #[serde(
        rename = "original_chart_version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub original_chart_version: Option<String>,
    /// Chart version given to the service in this version.
    #[serde(rename = "chart_version", default, skip_serializing_if = "Option::is_none")]
    pub chart_version: Option<String>,
    /// Where pushing the chart stands.
    #[serde(rename = "chart_status", default, skip_serializing_if = "Option::is_none")]
    pub chart_status: Option<crate::types::WorkflowTaskStatus>,
    /// Kubernetes YAML of the service (K8s YAML projects).
    #[serde(rename = "yaml_content", default, skip_serializing_if = "Option::is_none")]
    pub yaml_content: Option<String>,
    /// Images of the service's containers.
    #[serde(rename = "images", default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<DeliveryVersionImage>>,
    /// Why handling this service failed, when it did.
    #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl DeliveryVersionService {
    /// Creates an empty `DeliveryVersionService`; every field is optional.
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
    pub fn with_images(mut self, value: Vec<DeliveryVersionImage>) -> Self {
        self.images = Some(value);
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
}
/// An image of a service in a version, and where it is copied to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionImage {
    /// Name of the container that runs the image.
    #[serde(rename = "container_name", default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    /// Name of the image without registry and tag.
    #[serde(rename = "image_name", default, skip_serializing_if = "Option::is_none")]
    pub image_name: Option<String>,
    /// Full address of the image the version starts from.
    #[serde(rename = "source_image", default, skip_serializing_if = "Option::is_none")]
    pub source_image: Option<String>,
    /// Tag of the source image.
    #[serde(
        rename = "source_image_tag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_image_tag: Option<String>,
    /// Full address the image gets in the version's registry.
    #[serde(rename = "target_image", default, skip_serializing_if = "Option::is_none")]
    pub target_image: Option<String>,
    /// Tag of the target image.
    #[serde(
        rename = "target_image_tag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_image_tag: Option<String>,
    /// Where the image's parts sit in the chart's values (Helm projects).
    #[serde(rename = "image_path", default, skip_serializing_if = "Option::is_none")]
    pub image_path: Option<ImagePathSpec>,
    /// Whether to copy the image to the version's registry.
    #[serde(rename = "push_image", default, skip_serializing_if = "Option::is_none")]
    pub push_image: Option<bool>,
    /// Where copying the image stands.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::types::WorkflowTaskStatus>,
    /// Why copying the image failed, when it did.
    #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl DeliveryVersionImage {
    /// Creates an empty `DeliveryVersionImage`; every field is optional.
    pub fn new() -> Self {
        Self {
            container_name: None,
            image_name: None,
            source_image: None,
            source_image_tag: None,
            target_image: None,
            target_image_tag: None,
            image_path: None,
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
    /// Sets `image_path` and returns the value, for chaining.
    pub fn with_image_path(mut self, value: ImagePathSpec) -> Self {
        self.image_path = Some(value);
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
/// Keys in a chart's values that hold the parts of a container's image address.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImagePathSpec {
    /// Values key of the registry address.
    #[serde(rename = "repo", default, skip_serializing_if = "Option::is_none")]
    pub repo: Option<String>,
    /// Values key of the registry namespace.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Values key of the image name.
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Values key of the image tag.
    #[serde(rename = "tag", default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ImagePathSpec {
    /// Creates an empty `ImagePathSpec`; every field is optional.
    pub fn new() -> Self {
        Self {
            repo: None,
            namespace: None,
            image: None,
            tag: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `repo` and returns the value, for chaining.
    pub fn with_repo(mut self, value: impl Into<String>) -> Self {
        self.repo = Some(value.into());
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `image` and returns the value, for chaining.
    pub fn with_image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self
    }
    /// Sets `tag` and returns the value, for chaining.
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
}
