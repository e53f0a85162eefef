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
    #[serde(
        rename = "list",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub list: Vec<DeliveryVersionBrief>,
    /// Number of versions in all pages.
    #[serde(
        rename = "total",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub total: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl DeliveryVersionList {
    /// Creates an empty `DeliveryVersionList`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            list: Default::default(),
            total: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `list` and returns the value, for chaining.
    pub fn with_list(mut self, value: Vec<DeliveryVersionBrief>) -> Self {
        self.list = value;
        self
    }
    /// Sets `total` and returns the value, for chaining.
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = value;
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
    #[serde(
        rename = "version_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub version_name: String,
    /// Kind of project the version was made for.
    #[serde(
        rename = "type",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub r#type: DeliveryVersionType,
    /// What the version was made from.
    #[serde(
        rename = "source",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub source: DeliveryVersionSource,
    /// Where the creation of the version stands.
    #[serde(
        rename = "status",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub status: DeliveryVersionStatus,
    /// Labels given to the version.
    #[serde(
        rename = "labels",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub labels: Vec<String>,
    /// Free-text description.
    #[serde(
        rename = "description",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub description: String,
    /// User who created the version.
    #[serde(
        rename = "created_by",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub created_by: String,
    /// When the version was created, as a Unix timestamp in seconds.
    #[serde(
        rename = "create_time",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub create_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl DeliveryVersionBrief {
    /// Creates an empty `DeliveryVersionBrief`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: None,
            version_name: Default::default(),
            r#type: Default::default(),
            source: Default::default(),
            status: Default::default(),
            labels: Default::default(),
            description: Default::default(),
            created_by: Default::default(),
            create_time: Default::default(),
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
        self.version_name = value.into();
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: DeliveryVersionType) -> Self {
        self.r#type = value;
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: DeliveryVersionSource) -> Self {
        self.source = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: DeliveryVersionStatus) -> Self {
        self.status = value;
        self
    }
    /// Sets `labels` and returns the value, for chaining.
    pub fn with_labels(mut self, value: Vec<String>) -> Self {
        self.labels = value;
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
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = value;
        self
    }
}
/// One version with its services.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionDetail {
    /// Name of the version.
    #[serde(
        rename = "version",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub version: String,
    /// Identifier (key) of the project.
    #[serde(
        rename = "project_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub project_name: String,
    /// Environment the version was taken from, if any.
    #[serde(
        rename = "env_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub env_name: String,
    /// Whether that environment is a production environment.
    #[serde(
        rename = "production",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub production: bool,
    /// Kind of project the version was made for.
    #[serde(
        rename = "type",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub r#type: DeliveryVersionType,
    /// What the version was made from.
    #[serde(
        rename = "source",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub source: DeliveryVersionSource,
    /// Free-text description.
    #[serde(
        rename = "desc",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub desc: String,
    /// Labels given to the version.
    #[serde(
        rename = "labels",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub labels: Vec<String>,
    /// Id of the image registry the version's images are pushed to.
    #[serde(
        rename = "image_registry_id",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_registry_id: String,
    /// Chart repository the version's charts are pushed to (Helm versions).
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
    pub services: Vec<DeliveryVersionService>,
    /// Where the creation of the version stands.
    #[serde(
        rename = "status",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub status: DeliveryVersionStatus,
    /// Why the creation failed, when it did.
    #[serde(
        rename = "error",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub error: String,
    /// User who created the version.
    #[serde(
        rename = "created_by",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub created_by: String,
    /// When the version was created, as a Unix timestamp in seconds.
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
impl DeliveryVersionDetail {
    /// Creates an empty `DeliveryVersionDetail`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            version: Default::default(),
            project_name: Default::default(),
            env_name: Default::default(),
            production: Default::default(),
            r#type: Default::default(),
            source: Default::default(),
            desc: Default::default(),
            labels: Default::default(),
            image_registry_id: Default::default(),
            chart_repo_name: Default::default(),
            services: Default::default(),
            status: Default::default(),
            error: Default::default(),
            created_by: Default::default(),
            created_at: Default::default(),
            deleted_at: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
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
    pub fn with_type(mut self, value: DeliveryVersionType) -> Self {
        self.r#type = value;
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: DeliveryVersionSource) -> Self {
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
    /// Sets `chart_repo_name` and returns the value, for chaining.
    pub fn with_chart_repo_name(mut self, value: impl Into<String>) -> Self {
        self.chart_repo_name = value.into();
        self
    }
    /// Sets `services` and returns the value, for chaining.
    pub fn with_services(mut self, value: Vec<DeliveryVersionService>) -> Self {
        self.services = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: DeliveryVersionStatus) -> Self {
        self.status = value;
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
    /// Sets `deleted_at` and returns the value, for chaining.
    pub fn with_deleted_at(mut self, value: i64) -> Self {
        self.deleted_at = value;
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
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for DeliveryVersionType {
    fn default() -> Self {
        Self::from("")
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
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for DeliveryVersionSource {
    fn default() -> Self {
        Self::from("")
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
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for DeliveryVersionStatus {
    fn default() -> Self {
        Self::from("")
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
    /// Identifier (key) of the project; the server checks permissions against it and refuses a caller who is not a system administrator without it.
    #[serde(rename = "project_key")]
    pub project_key: String,
    /// Name of the new version.
    #[serde(
        rename = "version_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub version_name: String,
    /// What the version is made from.
    #[serde(
        rename = "source",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub source: DeliveryVersionSource,
    /// Version to start from, when `source` is from_version.
    #[serde(
        rename = "original_version_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub original_version_name: String,
    /// Environment to take the services from, when `source` is from_env.
    #[serde(
        rename = "env_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub env_name: String,
    /// Whether `env_name` is a production environment.
    #[serde(
        rename = "production",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub production: bool,
    /// Free-text description.
    #[serde(
        rename = "desc",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub desc: String,
    /// Labels to give the version.
    #[serde(
        rename = "labels",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub labels: Vec<String>,
    /// Id of the image registry to push the version's images to.
    #[serde(
        rename = "image_registry_id",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_registry_id: String,
    /// Services to put in the version, with their YAML and images.
    #[serde(
        rename = "services",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub services: Vec<DeliveryVersionService>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl K8sDeliveryVersionCreateRequest {
    /// Creates a `K8sDeliveryVersionCreateRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    pub fn new(project_key: impl Into<String>) -> Self {
        Self {
            project_key: project_key.into(),
            version_name: Default::default(),
            source: Default::default(),
            original_version_name: Default::default(),
            env_name: Default::default(),
            production: Default::default(),
            desc: Default::default(),
            labels: Default::default(),
            image_registry_id: Default::default(),
            services: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `version_name` and returns the value, for chaining.
    pub fn with_version_name(mut self, value: impl Into<String>) -> Self {
        self.version_name = value.into();
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: DeliveryVersionSource) -> Self {
        self.source = value;
        self
    }
    /// Sets `original_version_name` and returns the value, for chaining.
    pub fn with_original_version_name(mut self, value: impl Into<String>) -> Self {
        self.original_version_name = value.into();
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
    /// Sets `services` and returns the value, for chaining.
    pub fn with_services(mut self, value: Vec<DeliveryVersionService>) -> Self {
        self.services = value;
        self
    }
}
/// Body for creating a version of a Helm chart project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HelmDeliveryVersionCreateRequest {
    /// Identifier (key) of the project; the server checks permissions against it and refuses a caller who is not a system administrator without it.
    #[serde(rename = "project_key")]
    pub project_key: String,
    /// Name of the new version.
    #[serde(
        rename = "version_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub version_name: String,
    /// Environment to take the services from, when `source` is from_env.
    #[serde(
        rename = "env_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub env_name: String,
    /// Version to start from, when `source` is from_version.
    #[serde(
        rename = "original_version_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub original_version_name: String,
    /// Whether `env_name` is a production environment.
    #[serde(
        rename = "production",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub production: bool,
    /// What the version is made from.
    #[serde(
        rename = "source",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub source: DeliveryVersionSource,
    /// Free-text description.
    #[serde(
        rename = "desc",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub desc: String,
    /// Labels to give the version.
    #[serde(
        rename = "labels",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub labels: Vec<String>,
    /// Id of the image registry to push the version's images to.
    #[serde(
        rename = "image_registry_id",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_registry_id: String,
    /// Chart repository to push the version's charts to.
    #[serde(
        rename = "chart_repo_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub chart_repo_name: String,
    /// Chart repository holding the charts of the original version, when `source` is from_version.
    #[serde(
        rename = "original_chart_repo_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub original_chart_repo_name: String,
    /// Services to put in the version, with their charts and images.
    #[serde(
        rename = "services",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub services: Vec<DeliveryVersionService>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl HelmDeliveryVersionCreateRequest {
    /// Creates a `HelmDeliveryVersionCreateRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    pub fn new(project_key: impl Into<String>) -> Self {
        Self {
            project_key: project_key.into(),
            version_name: Default::default(),
            env_name: Default::default(),
            original_version_name: Default::default(),
            production: Default::default(),
            source: Default::default(),
            desc: Default::default(),
            labels: Default::default(),
            image_registry_id: Default::default(),
            chart_repo_name: Default::default(),
            original_chart_repo_name: Default::default(),
            services: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `version_name` and returns the value, for chaining.
    pub fn with_version_name(mut self, value: impl Into<String>) -> Self {
        self.version_name = value.into();
        self
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = value.into();
        self
    }
    /// Sets `original_version_name` and returns the value, for chaining.
    pub fn with_original_version_name(mut self, value: impl Into<String>) -> Self {
        self.original_version_name = value.into();
        self
    }
    /// Sets `production` and returns the value, for chaining.
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: DeliveryVersionSource) -> Self {
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
    /// Sets `chart_repo_name` and returns the value, for chaining.
    pub fn with_chart_repo_name(mut self, value: impl Into<String>) -> Self {
        self.chart_repo_name = value.into();
        self
    }
    /// Sets `original_chart_repo_name` and returns the value, for chaining.
    pub fn with_original_chart_repo_name(mut self, value: impl Into<String>) -> Self {
        self.original_chart_repo_name = value.into();
        self
    }
    /// Sets `services` and returns the value, for chaining.
    pub fn with_services(mut self, value: Vec<DeliveryVersionService>) -> Self {
        self.services = value;
        self
    }
}
/// A service in a version: its chart (Helm projects) or YAML (K8s YAML projects) and its images. The status and error fields are filled in by the server.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionService {
    /// Name of the service.
    #[serde(
        rename = "service_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_name: String,
    /// Name of the service's chart (Helm projects).
    #[serde(
        rename = "chart_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub chart_name: String,
    /// Chart version the service had before this version was made.
    #[serde(
        rename = "original_chart_version",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub original_chart_version: String,
    /// Chart version given to the service in this version.
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
    /// Kubernetes YAML of the service (K8s YAML projects).
    #[serde(
        rename = "yaml_content",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub yaml_content: String,
    /// Images of the service's containers.
    #[serde(
        rename = "images",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub images: Vec<DeliveryVersionImage>,
    /// Why handling this service failed, when it did.
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
impl DeliveryVersionService {
    /// Creates an empty `DeliveryVersionService`: optional fields start as `None`, the others as their zero value.
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
    pub fn with_images(mut self, value: Vec<DeliveryVersionImage>) -> Self {
        self.images = value;
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = value.into();
        self
    }
}
/// An image of a service in a version, and where it is copied to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionImage {
    /// Name of the container that runs the image.
    #[serde(
        rename = "container_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub container_name: String,
    /// Name of the image without registry and tag.
    #[serde(
        rename = "image_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_name: String,
    /// Full address of the image the version starts from.
    #[serde(
        rename = "source_image",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub source_image: String,
    /// Tag of the source image.
    #[serde(
        rename = "source_image_tag",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub source_image_tag: String,
    /// Full address the image gets in the version's registry.
    #[serde(
        rename = "target_image",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub target_image: String,
    /// Tag of the target image.
    #[serde(
        rename = "target_image_tag",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub target_image_tag: String,
    /// Where the image's parts sit in the chart's values (Helm projects).
    #[serde(rename = "image_path", default, skip_serializing_if = "Option::is_none")]
    pub image_path: Option<crate::types::ImagePathSpec>,
    /// Whether to copy the image to the version's registry.
    #[serde(
        rename = "push_image",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub push_image: bool,
    /// Where copying the image stands.
    #[serde(
        rename = "status",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub status: crate::types::WorkflowTaskStatus,
    /// Why copying the image failed, when it did.
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
impl DeliveryVersionImage {
    /// Creates an empty `DeliveryVersionImage`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            container_name: Default::default(),
            image_name: Default::default(),
            source_image: Default::default(),
            source_image_tag: Default::default(),
            target_image: Default::default(),
            target_image_tag: Default::default(),
            image_path: None,
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
    /// Sets `image_path` and returns the value, for chaining.
    pub fn with_image_path(mut self, value: crate::types::ImagePathSpec) -> Self {
        self.image_path = Some(value);
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
/// One page of a project's versions as releases up to v3.4.1 send it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionListLegacy {
    /// The versions of this page.
    #[serde(
        rename = "list",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub list: Vec<DeliveryVersionBriefLegacy>,
    /// Number of versions in all pages.
    #[serde(
        rename = "total",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub total: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl DeliveryVersionListLegacy {
    /// Creates an empty `DeliveryVersionListLegacy`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            list: Default::default(),
            total: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `list` and returns the value, for chaining.
    pub fn with_list(mut self, value: Vec<DeliveryVersionBriefLegacy>) -> Self {
        self.list = value;
        self
    }
    /// Sets `total` and returns the value, for chaining.
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = value;
        self
    }
}
/// A version as releases up to v3.4.1 list it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionBriefLegacy {
    /// Id of the version.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the version.
    #[serde(
        rename = "version_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub version_name: String,
    /// Kind of version, `K8SYaml`, `HelmChart`, or `K8SWorkflow` for one a workflow made.
    #[serde(
        rename = "type",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub r#type: String,
    /// Where the creation of the version stands (for example `success` or `failed`).
    #[serde(
        rename = "status",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub status: String,
    /// Labels given to the version; the list leaves it empty.
    #[serde(
        rename = "labels",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub labels: Vec<String>,
    /// Free-text description.
    #[serde(
        rename = "description",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub description: String,
    /// How far pushing the version's artifacts has got; the list leaves it empty.
    #[serde(rename = "progress", default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<DeliveryVersionProgressLegacy>,
    /// User who created the version.
    #[serde(
        rename = "created_by",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub created_by: String,
    /// When the version was created, as a Unix timestamp in seconds.
    #[serde(
        rename = "create_time",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub create_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl DeliveryVersionBriefLegacy {
    /// Creates an empty `DeliveryVersionBriefLegacy`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: None,
            version_name: Default::default(),
            r#type: Default::default(),
            status: Default::default(),
            labels: Default::default(),
            description: Default::default(),
            progress: None,
            created_by: Default::default(),
            create_time: Default::default(),
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
        self.version_name = value.into();
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = value.into();
        self
    }
    /// Sets `labels` and returns the value, for chaining.
    pub fn with_labels(mut self, value: Vec<String>) -> Self {
        self.labels = value;
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `progress` and returns the value, for chaining.
    pub fn with_progress(mut self, value: DeliveryVersionProgressLegacy) -> Self {
        self.progress = Some(value);
        self
    }
    /// Sets `created_by` and returns the value, for chaining.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = value.into();
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = value;
        self
    }
}
/// How far pushing a version's charts and images has got (v3.4.x).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionProgressLegacy {
    /// Artifacts pushed so far.
    #[serde(
        rename = "success_count",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub success_count: i64,
    /// Artifacts to push in all.
    #[serde(
        rename = "total_count",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub total_count: i64,
    /// Where the pushing stands.
    #[serde(
        rename = "upload_status",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub upload_status: String,
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
impl DeliveryVersionProgressLegacy {
    /// Creates an empty `DeliveryVersionProgressLegacy`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            success_count: Default::default(),
            total_count: Default::default(),
            upload_status: Default::default(),
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
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = value.into();
        self
    }
}
/// One version as releases up to v3.4.1 read it by id.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionDetailLegacy {
    /// The version itself.
    #[serde(rename = "version_info", default, skip_serializing_if = "Option::is_none")]
    pub version_info: Option<DeliveryVersionBriefLegacy>,
    /// The service images of the version (K8s YAML projects).
    #[serde(
        rename = "deploy_infos",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub deploy_infos: Vec<DeliveryVersionDeployLegacy>,
    /// The charts of the version and the images under each (Helm projects).
    #[serde(
        rename = "distribute_infos",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub distribute_infos: Vec<DeliveryVersionDistributionLegacy>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl DeliveryVersionDetailLegacy {
    /// Creates an empty `DeliveryVersionDetailLegacy`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            version_info: None,
            deploy_infos: Default::default(),
            distribute_infos: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `version_info` and returns the value, for chaining.
    pub fn with_version_info(mut self, value: DeliveryVersionBriefLegacy) -> Self {
        self.version_info = Some(value);
        self
    }
    /// Sets `deploy_infos` and returns the value, for chaining.
    pub fn with_deploy_infos(mut self, value: Vec<DeliveryVersionDeployLegacy>) -> Self {
        self.deploy_infos = value;
        self
    }
    /// Sets `distribute_infos` and returns the value, for chaining.
    pub fn with_distribute_infos(
        mut self,
        value: Vec<DeliveryVersionDistributionLegacy>,
    ) -> Self {
        self.distribute_infos = value;
        self
    }
}
/// One container image of a service in a K8s YAML version (v3.4.x).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionDeployLegacy {
    /// Id of the record.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the service.
    #[serde(
        rename = "service_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_name: String,
    /// Name of the container (service module) the image belongs to.
    #[serde(
        rename = "service_module",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_module: String,
    /// Full address of the image.
    #[serde(
        rename = "image",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image: String,
    /// Name of the image without registry and tag.
    #[serde(
        rename = "image_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_name: String,
    /// Id of the image registry the image is in.
    #[serde(
        rename = "registry_id",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub registry_id: String,
    /// When the record was made, as a Unix timestamp in seconds.
    #[serde(
        rename = "create_time",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub create_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl DeliveryVersionDeployLegacy {
    /// Creates an empty `DeliveryVersionDeployLegacy`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: None,
            service_name: Default::default(),
            service_module: Default::default(),
            image: Default::default(),
            image_name: Default::default(),
            registry_id: Default::default(),
            create_time: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
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
    /// Sets `image` and returns the value, for chaining.
    pub fn with_image(mut self, value: impl Into<String>) -> Self {
        self.image = value.into();
        self
    }
    /// Sets `image_name` and returns the value, for chaining.
    pub fn with_image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = value.into();
        self
    }
    /// Sets `registry_id` and returns the value, for chaining.
    pub fn with_registry_id(mut self, value: impl Into<String>) -> Self {
        self.registry_id = value.into();
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = value;
        self
    }
}
/// A chart of a Helm version, or an image under it (v3.4.x). For a chart, `service_name` is the chart's name; for an image, `service_module` is the image's name.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionDistributionLegacy {
    /// Id of the record.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the service (for a chart, the chart's name).
    #[serde(
        rename = "service_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_name: String,
    /// Whether the record is a chart, an image or a file.
    #[serde(
        rename = "distribute_type",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub distribute_type: DeliveryDistributeType,
    /// Name of the chart (charts).
    #[serde(
        rename = "chart_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub chart_name: String,
    /// Chart repository the chart was pushed to (charts).
    #[serde(
        rename = "chart_repo_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub chart_repo_name: String,
    /// Version of the chart (charts).
    #[serde(
        rename = "chart_version",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub chart_version: String,
    /// Name of the container the image belongs to (images).
    #[serde(
        rename = "service_module",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_module: String,
    /// Full address of the image (images).
    #[serde(
        rename = "image",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image: String,
    /// Name of the image without registry and tag (images).
    #[serde(
        rename = "image_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_name: String,
    /// Registry namespace the image was pushed to (images).
    #[serde(
        rename = "namespace",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub namespace: String,
    /// When the record was made, as a Unix timestamp in seconds.
    #[serde(
        rename = "create_time",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub create_time: i64,
    /// For a chart, the images pushed with it.
    #[serde(
        rename = "sub_distributes",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub sub_distributes: Vec<DeliveryVersionDistributionLegacy>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl DeliveryVersionDistributionLegacy {
    /// Creates an empty `DeliveryVersionDistributionLegacy`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: None,
            service_name: Default::default(),
            distribute_type: Default::default(),
            chart_name: Default::default(),
            chart_repo_name: Default::default(),
            chart_version: Default::default(),
            service_module: Default::default(),
            image: Default::default(),
            image_name: Default::default(),
            namespace: Default::default(),
            create_time: Default::default(),
            sub_distributes: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `distribute_type` and returns the value, for chaining.
    pub fn with_distribute_type(mut self, value: DeliveryDistributeType) -> Self {
        self.distribute_type = value;
        self
    }
    /// Sets `chart_name` and returns the value, for chaining.
    pub fn with_chart_name(mut self, value: impl Into<String>) -> Self {
        self.chart_name = value.into();
        self
    }
    /// Sets `chart_repo_name` and returns the value, for chaining.
    pub fn with_chart_repo_name(mut self, value: impl Into<String>) -> Self {
        self.chart_repo_name = value.into();
        self
    }
    /// Sets `chart_version` and returns the value, for chaining.
    pub fn with_chart_version(mut self, value: impl Into<String>) -> Self {
        self.chart_version = value.into();
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
    /// Sets `image_name` and returns the value, for chaining.
    pub fn with_image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = value.into();
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = value.into();
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = value;
        self
    }
    /// Sets `sub_distributes` and returns the value, for chaining.
    pub fn with_sub_distributes(
        mut self,
        value: Vec<DeliveryVersionDistributionLegacy>,
    ) -> Self {
        self.sub_distributes = value;
        self
    }
}
/// What a distribution record of a version holds.
///
/// The set of values is open: a value this version does not know decodes to
/// [`DeliveryDistributeType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliveryDistributeType {
    /// `file`: A file (package) copied to object storage.
    File,
    /// `image`: A container image copied to a registry.
    Image,
    /// `chart`: A Helm chart pushed to a chart repository.
    Chart,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl DeliveryDistributeType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Image => "image",
            Self::Chart => "chart",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for DeliveryDistributeType {
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for DeliveryDistributeType {
    fn from(value: &str) -> Self {
        match value {
            "file" => Self::File,
            "image" => Self::Image,
            "chart" => Self::Chart,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for DeliveryDistributeType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "file" => Self::File,
            "image" => Self::Image,
            "chart" => Self::Chart,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for DeliveryDistributeType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for DeliveryDistributeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for DeliveryDistributeType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for DeliveryDistributeType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Body for creating a version of a K8s YAML project in releases up to v3.4.1.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct K8sDeliveryVersionCreateRequestLegacy {
    /// Identifier (key) of the project; the server checks permissions against it and refuses a caller who is not a system administrator without it.
    #[serde(rename = "project_key")]
    pub project_key: String,
    /// Name of the new version.
    #[serde(
        rename = "version_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub version_name: String,
    /// Whether this retries the creation of an existing version of that name that failed.
    #[serde(
        rename = "retry",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub retry: bool,
    /// Environment whose services the version takes.
    #[serde(
        rename = "env_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub env_name: String,
    /// Whether `env_name` is a production environment.
    #[serde(
        rename = "production",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub production: bool,
    /// Free-text description.
    #[serde(
        rename = "desc",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub desc: String,
    /// Labels to give the version.
    #[serde(
        rename = "labels",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub labels: Vec<String>,
    /// Id of the image registry to push the version's images to.
    #[serde(
        rename = "image_registry_id",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_registry_id: String,
    /// The services to put in the version, each with its images.
    #[serde(
        rename = "yaml_datas",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub yaml_datas: Vec<K8sDeliveryVersionServiceLegacy>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl K8sDeliveryVersionCreateRequestLegacy {
    /// Creates a `K8sDeliveryVersionCreateRequestLegacy` from its required fields; optional fields start as `None`, the others as their zero value.
    pub fn new(project_key: impl Into<String>) -> Self {
        Self {
            project_key: project_key.into(),
            version_name: Default::default(),
            retry: Default::default(),
            env_name: Default::default(),
            production: Default::default(),
            desc: Default::default(),
            labels: Default::default(),
            image_registry_id: Default::default(),
            yaml_datas: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `version_name` and returns the value, for chaining.
    pub fn with_version_name(mut self, value: impl Into<String>) -> Self {
        self.version_name = value.into();
        self
    }
    /// Sets `retry` and returns the value, for chaining.
    pub fn with_retry(mut self, value: bool) -> Self {
        self.retry = value;
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
    /// Sets `yaml_datas` and returns the value, for chaining.
    pub fn with_yaml_datas(
        mut self,
        value: Vec<K8sDeliveryVersionServiceLegacy>,
    ) -> Self {
        self.yaml_datas = value;
        self
    }
}
/// A service to put in a K8s YAML version (v3.4.x); its YAML is taken from the environment.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct K8sDeliveryVersionServiceLegacy {
    /// Name of the service.
    #[serde(
        rename = "service_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_name: String,
    /// The service's images and the tags they get in the version.
    #[serde(
        rename = "image_datas",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_datas: Vec<DeliveryVersionImageInputLegacy>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl K8sDeliveryVersionServiceLegacy {
    /// Creates an empty `K8sDeliveryVersionServiceLegacy`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            service_name: Default::default(),
            image_datas: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `image_datas` and returns the value, for chaining.
    pub fn with_image_datas(
        mut self,
        value: Vec<DeliveryVersionImageInputLegacy>,
    ) -> Self {
        self.image_datas = value;
        self
    }
}
/// Body for creating a version of a Helm chart project in releases up to v3.4.1.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HelmDeliveryVersionCreateRequestLegacy {
    /// Identifier (key) of the project; the server checks permissions against it and refuses a caller who is not a system administrator without it.
    #[serde(rename = "project_key")]
    pub project_key: String,
    /// Name of the new version.
    #[serde(
        rename = "version_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub version_name: String,
    /// Whether this retries the creation of an existing version of that name that failed.
    #[serde(
        rename = "retry",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub retry: bool,
    /// Environment whose charts the version takes.
    #[serde(
        rename = "env_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub env_name: String,
    /// Whether `env_name` is a production environment.
    #[serde(
        rename = "production",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub production: bool,
    /// Free-text description.
    #[serde(
        rename = "desc",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub desc: String,
    /// Labels to give the version.
    #[serde(
        rename = "labels",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub labels: Vec<String>,
    /// Id of the image registry to push the version's images to.
    #[serde(
        rename = "image_registry_id",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_registry_id: String,
    /// Chart repository to push the version's charts to.
    #[serde(
        rename = "chart_repo_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub chart_repo_name: String,
    /// The charts to put in the version, each with its version and images.
    #[serde(
        rename = "chart_datas",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub chart_datas: Vec<HelmDeliveryVersionChartLegacy>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl HelmDeliveryVersionCreateRequestLegacy {
    /// Creates a `HelmDeliveryVersionCreateRequestLegacy` from its required fields; optional fields start as `None`, the others as their zero value.
    pub fn new(project_key: impl Into<String>) -> Self {
        Self {
            project_key: project_key.into(),
            version_name: Default::default(),
            retry: Default::default(),
            env_name: Default::default(),
            production: Default::default(),
            desc: Default::default(),
            labels: Default::default(),
            image_registry_id: Default::default(),
            chart_repo_name: Default::default(),
            chart_datas: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `version_name` and returns the value, for chaining.
    pub fn with_version_name(mut self, value: impl Into<String>) -> Self {
        self.version_name = value.into();
        self
    }
    /// Sets `retry` and returns the value, for chaining.
    pub fn with_retry(mut self, value: bool) -> Self {
        self.retry = value;
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
    /// Sets `chart_repo_name` and returns the value, for chaining.
    pub fn with_chart_repo_name(mut self, value: impl Into<String>) -> Self {
        self.chart_repo_name = value.into();
        self
    }
    /// Sets `chart_datas` and returns the value, for chaining.
    pub fn with_chart_datas(
        mut self,
        value: Vec<HelmDeliveryVersionChartLegacy>,
    ) -> Self {
        self.chart_datas = value;
        self
    }
}
/// A service's chart to put in a Helm version (v3.4.x).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HelmDeliveryVersionChartLegacy {
    /// Name of the service whose chart is taken.
    #[serde(
        rename = "service_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub service_name: String,
    /// Chart version to give the chart in the version.
    #[serde(
        rename = "version",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub version: String,
    /// The chart's images and the tags they get in the version.
    #[serde(
        rename = "image_datas",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_datas: Vec<DeliveryVersionImageInputLegacy>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl HelmDeliveryVersionChartLegacy {
    /// Creates an empty `HelmDeliveryVersionChartLegacy`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            service_name: Default::default(),
            version: Default::default(),
            image_datas: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `version` and returns the value, for chaining.
    pub fn with_version(mut self, value: impl Into<String>) -> Self {
        self.version = value.into();
        self
    }
    /// Sets `image_datas` and returns the value, for chaining.
    pub fn with_image_datas(
        mut self,
        value: Vec<DeliveryVersionImageInputLegacy>,
    ) -> Self {
        self.image_datas = value;
        self
    }
}
/// An image to put in a version being created (v3.4.x).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeliveryVersionImageInputLegacy {
    /// Name of the container that runs the image.
    #[serde(
        rename = "container_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub container_name: String,
    /// Name of the image without registry and tag.
    #[serde(
        rename = "image_name",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_name: String,
    /// Tag the image gets in the version.
    #[serde(
        rename = "image_tag",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub image_tag: String,
    /// Leave the image where it is instead of copying it to the version's registry.
    #[serde(
        rename = "disable_image_dist",
        default,
        deserialize_with = "crate::runtime::model::null_as_default"
    )]
    pub disable_image_dist: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl DeliveryVersionImageInputLegacy {
    /// Creates an empty `DeliveryVersionImageInputLegacy`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            container_name: Default::default(),
            image_name: Default::default(),
            image_tag: Default::default(),
            disable_image_dist: Default::default(),
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
    /// Sets `image_tag` and returns the value, for chaining.
    pub fn with_image_tag(mut self, value: impl Into<String>) -> Self {
        self.image_tag = value.into();
        self
    }
    /// Sets `disable_image_dist` and returns the value, for chaining.
    pub fn with_disable_image_dist(mut self, value: bool) -> Self {
        self.disable_image_dist = value;
        self
    }
}
