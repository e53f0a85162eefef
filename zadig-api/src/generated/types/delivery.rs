// @generated from spec/delivery.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Version management API.
//!
//! Delivery versions (releases) of a project: list, read, create for K8s YAML or Helm projects, retry a failed creation, delete.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// One page of a project's versions and how many there are in all.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeliveryVersionList {
    /// The versions of this page.
    pub list: Vec<DeliveryVersionBrief>,
    /// Number of versions in all pages.
    pub total: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DeliveryVersionList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("list", &self.list);
        map.some("total", &self.total);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DeliveryVersionList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DeliveryVersionList {
    const NAME: &'static str = "DeliveryVersionList";
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
impl DeliveryVersionList {
    /// Creates an empty `DeliveryVersionList`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A version as the list shows it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeliveryVersionBrief {
    /// Id of the version.
    pub id: Option<String>,
    /// Name of the version.
    pub version_name: String,
    /// Kind of project the version was made for.
    pub r#type: DeliveryVersionType,
    /// What the version was made from.
    pub source: DeliveryVersionSource,
    /// Where the creation of the version stands.
    pub status: DeliveryVersionStatus,
    /// Labels given to the version.
    pub labels: Vec<String>,
    /// Free-text description.
    pub description: String,
    /// User who created the version.
    pub created_by: String,
    /// When the version was created, as a Unix timestamp in seconds.
    pub create_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DeliveryVersionBrief {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.entry("version_name", &self.version_name);
        map.entry("type", &self.r#type);
        map.entry("source", &self.source);
        map.entry("status", &self.status);
        map.entry("labels", &self.labels);
        map.entry("description", &self.description);
        map.entry("created_by", &self.created_by);
        map.entry("create_time", &self.create_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DeliveryVersionBrief {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DeliveryVersionBrief {
    const NAME: &'static str = "DeliveryVersionBrief";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "version_name" => or_default(map, &mut self.version_name),
            "type" => or_default(map, &mut self.r#type),
            "source" => or_default(map, &mut self.source),
            "status" => or_default(map, &mut self.status),
            "labels" => or_default(map, &mut self.labels),
            "description" => or_default(map, &mut self.description),
            "created_by" => or_default(map, &mut self.created_by),
            "create_time" => or_default(map, &mut self.create_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DeliveryVersionBrief {
    /// Creates an empty `DeliveryVersionBrief`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One version with its services.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeliveryVersionDetail {
    /// Name of the version.
    pub version: String,
    /// Identifier (key) of the project.
    pub project_name: String,
    /// Environment the version was taken from, if any.
    pub env_name: String,
    /// Whether that environment is a production environment.
    pub production: bool,
    /// Kind of project the version was made for.
    pub r#type: DeliveryVersionType,
    /// What the version was made from.
    pub source: DeliveryVersionSource,
    /// Free-text description.
    pub desc: String,
    /// Labels given to the version.
    pub labels: Vec<String>,
    /// Id of the image registry the version's images are pushed to.
    pub image_registry_id: String,
    /// Chart repository the version's charts are pushed to (Helm versions).
    pub chart_repo_name: String,
    /// The services in the version.
    pub services: Vec<DeliveryVersionService>,
    /// Where the creation of the version stands.
    pub status: DeliveryVersionStatus,
    /// Why the creation failed, when it did.
    pub error: String,
    /// User who created the version.
    pub created_by: String,
    /// When the version was created, as a Unix timestamp in seconds.
    pub created_at: i64,
    /// When the version was deleted, as a Unix timestamp in seconds; 0 if it was not.
    pub deleted_at: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DeliveryVersionDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("version", &self.version);
        map.entry("project_name", &self.project_name);
        map.entry("env_name", &self.env_name);
        map.entry("production", &self.production);
        map.entry("type", &self.r#type);
        map.entry("source", &self.source);
        map.entry("desc", &self.desc);
        map.entry("labels", &self.labels);
        map.entry("image_registry_id", &self.image_registry_id);
        map.entry("chart_repo_name", &self.chart_repo_name);
        map.entry("services", &self.services);
        map.entry("status", &self.status);
        map.entry("error", &self.error);
        map.entry("created_by", &self.created_by);
        map.entry("created_at", &self.created_at);
        map.entry("deleted_at", &self.deleted_at);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DeliveryVersionDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DeliveryVersionDetail {
    const NAME: &'static str = "DeliveryVersionDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "version" => or_default(map, &mut self.version),
            "project_name" => or_default(map, &mut self.project_name),
            "env_name" => or_default(map, &mut self.env_name),
            "production" => or_default(map, &mut self.production),
            "type" => or_default(map, &mut self.r#type),
            "source" => or_default(map, &mut self.source),
            "desc" => or_default(map, &mut self.desc),
            "labels" => or_default(map, &mut self.labels),
            "image_registry_id" => or_default(map, &mut self.image_registry_id),
            "chart_repo_name" => or_default(map, &mut self.chart_repo_name),
            "services" => or_default(map, &mut self.services),
            "status" => or_default(map, &mut self.status),
            "error" => or_default(map, &mut self.error),
            "created_by" => or_default(map, &mut self.created_by),
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
impl DeliveryVersionDetail {
    /// Creates an empty `DeliveryVersionDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
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
    #[inline]
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
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for DeliveryVersionType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "K8SYaml" => Self::K8sYaml,
            "HelmChart" => Self::HelmChart,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for DeliveryVersionType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for DeliveryVersionType {
    type Err = std::convert::Infallible;
    #[inline]
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
    #[inline]
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
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for DeliveryVersionSource {
    #[inline]
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
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for DeliveryVersionSource {
    type Err = std::convert::Infallible;
    #[inline]
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
    #[inline]
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
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for DeliveryVersionStatus {
    #[inline]
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
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for DeliveryVersionStatus {
    type Err = std::convert::Infallible;
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct K8sDeliveryVersionCreateRequest {
    /// Identifier (key) of the project; the server checks permissions against it and refuses a caller who is not a system administrator without it.
    pub project_key: String,
    /// Name of the new version.
    pub version_name: String,
    /// What the version is made from.
    pub source: DeliveryVersionSource,
    /// Version to start from, when `source` is from_version.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub original_version_name: String,
    /// Environment to take the services from, when `source` is from_env.
    ///
    /// Required when `source` is `from_env`: the server refuses a request without it then.
    pub env_name: String,
    /// Whether `env_name` is a production environment.
    pub production: bool,
    /// Free-text description.
    pub desc: String,
    /// Labels to give the version.
    pub labels: Vec<String>,
    /// Id of the image registry to push the version's images to.
    pub image_registry_id: String,
    /// Services to put in the version, with their YAML and images.
    pub services: Vec<DeliveryVersionService>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for K8sDeliveryVersionCreateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("version_name", &self.version_name);
        map.entry("source", &self.source);
        map.entry("original_version_name", &self.original_version_name);
        map.entry("env_name", &self.env_name);
        map.entry("production", &self.production);
        map.entry("desc", &self.desc);
        map.entry("labels", &self.labels);
        map.entry("image_registry_id", &self.image_registry_id);
        map.entry("services", &self.services);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for K8sDeliveryVersionCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for K8sDeliveryVersionCreateRequest {
    const NAME: &'static str = "K8sDeliveryVersionCreateRequest";
    const REQUIRED: &'static [&'static str] = &["project_key"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "project_key" => required(map, &mut self.project_key, 0u32),
            "version_name" => or_default(map, &mut self.version_name),
            "source" => or_default(map, &mut self.source),
            "original_version_name" => or_default(map, &mut self.original_version_name),
            "env_name" => or_default(map, &mut self.env_name),
            "production" => or_default(map, &mut self.production),
            "desc" => or_default(map, &mut self.desc),
            "labels" => or_default(map, &mut self.labels),
            "image_registry_id" => or_default(map, &mut self.image_registry_id),
            "services" => or_default(map, &mut self.services),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl K8sDeliveryVersionCreateRequest {
    /// Creates a `K8sDeliveryVersionCreateRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(project_key: impl Into<String>) -> Self {
        Self {
            project_key: project_key.into(),
            ..Self::default()
        }
    }
    /// Sets `version_name` and returns the value, for chaining.
    pub fn with_version_name(mut self, value: impl Into<String>) -> Self {
        self.version_name = value.into();
        self
    }
    /// Sets `source` and returns the value, for chaining.
    #[inline]
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
    #[inline]
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
    /// Sets `services` and returns the value, for chaining.
    #[inline]
    pub fn with_services(mut self, value: Vec<DeliveryVersionService>) -> Self {
        self.services = value;
        self
    }
}
/// Body for creating a version of a Helm chart project.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HelmDeliveryVersionCreateRequest {
    /// Identifier (key) of the project; the server checks permissions against it and refuses a caller who is not a system administrator without it.
    pub project_key: String,
    /// Name of the new version.
    pub version_name: String,
    /// Environment to take the services from, when `source` is from_env.
    ///
    /// Required when `source` is `from_env`: the server refuses a request without it then.
    pub env_name: String,
    /// Version to start from, when `source` is from_version.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub original_version_name: String,
    /// Whether `env_name` is a production environment.
    pub production: bool,
    /// What the version is made from.
    pub source: DeliveryVersionSource,
    /// Free-text description.
    pub desc: String,
    /// Labels to give the version.
    pub labels: Vec<String>,
    /// Id of the image registry to push the version's images to.
    pub image_registry_id: String,
    /// Chart repository to push the version's charts to.
    pub chart_repo_name: String,
    /// Chart repository holding the charts of the original version, when `source` is from_version.
    pub original_chart_repo_name: String,
    /// Services to put in the version, with their charts and images.
    pub services: Vec<DeliveryVersionService>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for HelmDeliveryVersionCreateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("version_name", &self.version_name);
        map.entry("env_name", &self.env_name);
        map.entry("original_version_name", &self.original_version_name);
        map.entry("production", &self.production);
        map.entry("source", &self.source);
        map.entry("desc", &self.desc);
        map.entry("labels", &self.labels);
        map.entry("image_registry_id", &self.image_registry_id);
        map.entry("chart_repo_name", &self.chart_repo_name);
        map.entry("original_chart_repo_name", &self.original_chart_repo_name);
        map.entry("services", &self.services);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for HelmDeliveryVersionCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for HelmDeliveryVersionCreateRequest {
    const NAME: &'static str = "HelmDeliveryVersionCreateRequest";
    const REQUIRED: &'static [&'static str] = &["project_key"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "project_key" => required(map, &mut self.project_key, 0u32),
            "version_name" => or_default(map, &mut self.version_name),
            "env_name" => or_default(map, &mut self.env_name),
            "original_version_name" => or_default(map, &mut self.original_version_name),
            "production" => or_default(map, &mut self.production),
            "source" => or_default(map, &mut self.source),
            "desc" => or_default(map, &mut self.desc),
            "labels" => or_default(map, &mut self.labels),
            "image_registry_id" => or_default(map, &mut self.image_registry_id),
            "chart_repo_name" => or_default(map, &mut self.chart_repo_name),
            "original_chart_repo_name" => {
                or_default(map, &mut self.original_chart_repo_name)
            }
            "services" => or_default(map, &mut self.services),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl HelmDeliveryVersionCreateRequest {
    /// Creates a `HelmDeliveryVersionCreateRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(project_key: impl Into<String>) -> Self {
        Self {
            project_key: project_key.into(),
            ..Self::default()
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
    #[inline]
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
        self
    }
    /// Sets `source` and returns the value, for chaining.
    #[inline]
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
    #[inline]
    pub fn with_services(mut self, value: Vec<DeliveryVersionService>) -> Self {
        self.services = value;
        self
    }
}
/// A service in a version: its chart (Helm projects) or YAML (K8s YAML projects) and its images. The status and error fields are filled in by the server.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeliveryVersionService {
    /// Name of the service.
    pub service_name: String,
    /// Name of the service's chart (Helm projects).
    pub chart_name: String,
    /// Chart version the service had before this version was made.
    pub original_chart_version: String,
    /// Chart version given to the service in this version.
    pub chart_version: String,
    /// Where pushing the chart stands.
    pub chart_status: crate::types::WorkflowTaskStatus,
    /// Kubernetes YAML of the service (K8s YAML projects).
    pub yaml_content: String,
    /// Images of the service's containers.
    pub images: Vec<DeliveryVersionImage>,
    /// Why handling this service failed, when it did.
    pub error: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DeliveryVersionService {
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
impl<'de> Deserialize<'de> for DeliveryVersionService {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DeliveryVersionService {
    const NAME: &'static str = "DeliveryVersionService";
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
impl DeliveryVersionService {
    /// Creates an empty `DeliveryVersionService`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeliveryVersionImage {
    /// Name of the container that runs the image.
    pub container_name: String,
    /// Name of the image without registry and tag.
    pub image_name: String,
    /// Full address of the image the version starts from.
    pub source_image: String,
    /// Tag of the source image.
    pub source_image_tag: String,
    /// Full address the image gets in the version's registry.
    pub target_image: String,
    /// Tag of the target image.
    pub target_image_tag: String,
    /// Where the image's parts sit in the chart's values (Helm projects).
    pub image_path: Option<crate::types::ImagePathSpec>,
    /// Whether to copy the image to the version's registry.
    pub push_image: bool,
    /// Where copying the image stands.
    pub status: crate::types::WorkflowTaskStatus,
    /// Why copying the image failed, when it did.
    pub error: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DeliveryVersionImage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("container_name", &self.container_name);
        map.entry("image_name", &self.image_name);
        map.entry("source_image", &self.source_image);
        map.entry("source_image_tag", &self.source_image_tag);
        map.entry("target_image", &self.target_image);
        map.entry("target_image_tag", &self.target_image_tag);
        map.some("image_path", &self.image_path);
        map.entry("push_image", &self.push_image);
        map.entry("status", &self.status);
        map.entry("error", &self.error);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DeliveryVersionImage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DeliveryVersionImage {
    const NAME: &'static str = "DeliveryVersionImage";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "container_name" => or_default(map, &mut self.container_name),
            "image_name" => or_default(map, &mut self.image_name),
            "source_image" => or_default(map, &mut self.source_image),
            "source_image_tag" => or_default(map, &mut self.source_image_tag),
            "target_image" => or_default(map, &mut self.target_image),
            "target_image_tag" => or_default(map, &mut self.target_image_tag),
            "image_path" => value(map, &mut self.image_path),
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
impl DeliveryVersionImage {
    /// Creates an empty `DeliveryVersionImage`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
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
    #[inline]
    pub fn with_image_path(mut self, value: crate::types::ImagePathSpec) -> Self {
        self.image_path = Some(value);
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
/// One page of a project's versions as releases up to v3.4.1 send it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeliveryVersionListLegacy {
    /// The versions of this page.
    pub list: Vec<DeliveryVersionBriefLegacy>,
    /// Number of versions in all pages.
    pub total: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DeliveryVersionListLegacy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("list", &self.list);
        map.some("total", &self.total);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DeliveryVersionListLegacy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DeliveryVersionListLegacy {
    const NAME: &'static str = "DeliveryVersionListLegacy";
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
impl DeliveryVersionListLegacy {
    /// Creates an empty `DeliveryVersionListLegacy`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A version as releases up to v3.4.1 list it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeliveryVersionBriefLegacy {
    /// Id of the version.
    pub id: Option<String>,
    /// Name of the version.
    pub version_name: String,
    /// Kind of version, `K8SYaml`, `HelmChart`, or `K8SWorkflow` for one a workflow made.
    pub r#type: String,
    /// Where the creation of the version stands (for example `success` or `failed`).
    pub status: String,
    /// Labels given to the version; the list leaves it empty.
    pub labels: Vec<String>,
    /// Free-text description.
    pub description: String,
    /// How far pushing the version's artifacts has got; the list leaves it empty.
    pub progress: Option<DeliveryVersionProgressLegacy>,
    /// User who created the version.
    pub created_by: String,
    /// When the version was created, as a Unix timestamp in seconds.
    pub create_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DeliveryVersionBriefLegacy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.entry("version_name", &self.version_name);
        map.entry("type", &self.r#type);
        map.entry("status", &self.status);
        map.entry("labels", &self.labels);
        map.entry("description", &self.description);
        map.some("progress", &self.progress);
        map.entry("created_by", &self.created_by);
        map.entry("create_time", &self.create_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DeliveryVersionBriefLegacy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DeliveryVersionBriefLegacy {
    const NAME: &'static str = "DeliveryVersionBriefLegacy";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "version_name" => or_default(map, &mut self.version_name),
            "type" => or_default(map, &mut self.r#type),
            "status" => or_default(map, &mut self.status),
            "labels" => or_default(map, &mut self.labels),
            "description" => or_default(map, &mut self.description),
            "progress" => value(map, &mut self.progress),
            "created_by" => or_default(map, &mut self.created_by),
            "create_time" => or_default(map, &mut self.create_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DeliveryVersionBriefLegacy {
    /// Creates an empty `DeliveryVersionBriefLegacy`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// How far pushing a version's charts and images has got (v3.4.x).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeliveryVersionProgressLegacy {
    /// Artifacts pushed so far.
    pub success_count: i64,
    /// Artifacts to push in all.
    pub total_count: i64,
    /// Where the pushing stands.
    pub upload_status: String,
    /// Why the pushing failed, when it did.
    pub error: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DeliveryVersionProgressLegacy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("success_count", &self.success_count);
        map.entry("total_count", &self.total_count);
        map.entry("upload_status", &self.upload_status);
        map.entry("error", &self.error);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DeliveryVersionProgressLegacy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DeliveryVersionProgressLegacy {
    const NAME: &'static str = "DeliveryVersionProgressLegacy";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "success_count" => or_default(map, &mut self.success_count),
            "total_count" => or_default(map, &mut self.total_count),
            "upload_status" => or_default(map, &mut self.upload_status),
            "error" => or_default(map, &mut self.error),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DeliveryVersionProgressLegacy {
    /// Creates an empty `DeliveryVersionProgressLegacy`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One version as releases up to v3.4.1 read it by id.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeliveryVersionDetailLegacy {
    /// The version itself.
    pub version_info: Option<DeliveryVersionBriefLegacy>,
    /// The service images of the version (K8s YAML projects).
    pub deploy_infos: Vec<DeliveryVersionDeployLegacy>,
    /// The charts of the version and the images under each (Helm projects).
    pub distribute_infos: Vec<DeliveryVersionDistributionLegacy>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DeliveryVersionDetailLegacy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("version_info", &self.version_info);
        map.entry("deploy_infos", &self.deploy_infos);
        map.entry("distribute_infos", &self.distribute_infos);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DeliveryVersionDetailLegacy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DeliveryVersionDetailLegacy {
    const NAME: &'static str = "DeliveryVersionDetailLegacy";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "version_info" => value(map, &mut self.version_info),
            "deploy_infos" => or_default(map, &mut self.deploy_infos),
            "distribute_infos" => or_default(map, &mut self.distribute_infos),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DeliveryVersionDetailLegacy {
    /// Creates an empty `DeliveryVersionDetailLegacy`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One container image of a service in a K8s YAML version (v3.4.x).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeliveryVersionDeployLegacy {
    /// Id of the record.
    pub id: Option<String>,
    /// Name of the service.
    pub service_name: String,
    /// Name of the container (service module) the image belongs to.
    pub service_module: String,
    /// Full address of the image.
    pub image: String,
    /// Name of the image without registry and tag.
    pub image_name: String,
    /// Id of the image registry the image is in.
    pub registry_id: String,
    /// When the record was made, as a Unix timestamp in seconds.
    pub create_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DeliveryVersionDeployLegacy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.entry("service_name", &self.service_name);
        map.entry("service_module", &self.service_module);
        map.entry("image", &self.image);
        map.entry("image_name", &self.image_name);
        map.entry("registry_id", &self.registry_id);
        map.entry("create_time", &self.create_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DeliveryVersionDeployLegacy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DeliveryVersionDeployLegacy {
    const NAME: &'static str = "DeliveryVersionDeployLegacy";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "service_name" => or_default(map, &mut self.service_name),
            "service_module" => or_default(map, &mut self.service_module),
            "image" => or_default(map, &mut self.image),
            "image_name" => or_default(map, &mut self.image_name),
            "registry_id" => or_default(map, &mut self.registry_id),
            "create_time" => or_default(map, &mut self.create_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DeliveryVersionDeployLegacy {
    /// Creates an empty `DeliveryVersionDeployLegacy`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A chart of a Helm version, or an image under it (v3.4.x). For a chart, `service_name` is the chart's name; for an image, `service_module` is the image's name.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeliveryVersionDistributionLegacy {
    /// Id of the record.
    pub id: Option<String>,
    /// Name of the service (for a chart, the chart's name).
    pub service_name: String,
    /// Whether the record is a chart, an image or a file.
    pub distribute_type: DeliveryDistributeType,
    /// Name of the chart (charts).
    pub chart_name: String,
    /// Chart repository the chart was pushed to (charts).
    pub chart_repo_name: String,
    /// Version of the chart (charts).
    pub chart_version: String,
    /// Name of the container the image belongs to (images).
    pub service_module: String,
    /// Full address of the image (images).
    pub image: String,
    /// Name of the image without registry and tag (images).
    pub image_name: String,
    /// Registry namespace the image was pushed to (images).
    pub namespace: String,
    /// When the record was made, as a Unix timestamp in seconds.
    pub create_time: i64,
    /// For a chart, the images pushed with it.
    pub sub_distributes: Vec<DeliveryVersionDistributionLegacy>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DeliveryVersionDistributionLegacy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.entry("service_name", &self.service_name);
        map.entry("distribute_type", &self.distribute_type);
        map.entry("chart_name", &self.chart_name);
        map.entry("chart_repo_name", &self.chart_repo_name);
        map.entry("chart_version", &self.chart_version);
        map.entry("service_module", &self.service_module);
        map.entry("image", &self.image);
        map.entry("image_name", &self.image_name);
        map.entry("namespace", &self.namespace);
        map.entry("create_time", &self.create_time);
        map.entry("sub_distributes", &self.sub_distributes);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DeliveryVersionDistributionLegacy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DeliveryVersionDistributionLegacy {
    const NAME: &'static str = "DeliveryVersionDistributionLegacy";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "service_name" => or_default(map, &mut self.service_name),
            "distribute_type" => or_default(map, &mut self.distribute_type),
            "chart_name" => or_default(map, &mut self.chart_name),
            "chart_repo_name" => or_default(map, &mut self.chart_repo_name),
            "chart_version" => or_default(map, &mut self.chart_version),
            "service_module" => or_default(map, &mut self.service_module),
            "image" => or_default(map, &mut self.image),
            "image_name" => or_default(map, &mut self.image_name),
            "namespace" => or_default(map, &mut self.namespace),
            "create_time" => or_default(map, &mut self.create_time),
            "sub_distributes" => or_default(map, &mut self.sub_distributes),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DeliveryVersionDistributionLegacy {
    /// Creates an empty `DeliveryVersionDistributionLegacy`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
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
    #[inline]
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
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for DeliveryDistributeType {
    #[inline]
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
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for DeliveryDistributeType {
    type Err = std::convert::Infallible;
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct K8sDeliveryVersionCreateRequestLegacy {
    /// Identifier (key) of the project; the server checks permissions against it and refuses a caller who is not a system administrator without it.
    pub project_key: String,
    /// Name of the new version.
    pub version_name: String,
    /// Whether this retries the creation of an existing version of that name that failed.
    pub retry: bool,
    /// Environment whose services the version takes.
    pub env_name: String,
    /// Whether `env_name` is a production environment.
    pub production: bool,
    /// Free-text description.
    pub desc: String,
    /// Labels to give the version.
    pub labels: Vec<String>,
    /// Id of the image registry to push the version's images to.
    pub image_registry_id: String,
    /// The services to put in the version, each with its images.
    pub yaml_datas: Vec<K8sDeliveryVersionServiceLegacy>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for K8sDeliveryVersionCreateRequestLegacy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("version_name", &self.version_name);
        map.entry("retry", &self.retry);
        map.entry("env_name", &self.env_name);
        map.entry("production", &self.production);
        map.entry("desc", &self.desc);
        map.entry("labels", &self.labels);
        map.entry("image_registry_id", &self.image_registry_id);
        map.entry("yaml_datas", &self.yaml_datas);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for K8sDeliveryVersionCreateRequestLegacy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for K8sDeliveryVersionCreateRequestLegacy {
    const NAME: &'static str = "K8sDeliveryVersionCreateRequestLegacy";
    const REQUIRED: &'static [&'static str] = &["project_key"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "project_key" => required(map, &mut self.project_key, 0u32),
            "version_name" => or_default(map, &mut self.version_name),
            "retry" => or_default(map, &mut self.retry),
            "env_name" => or_default(map, &mut self.env_name),
            "production" => or_default(map, &mut self.production),
            "desc" => or_default(map, &mut self.desc),
            "labels" => or_default(map, &mut self.labels),
            "image_registry_id" => or_default(map, &mut self.image_registry_id),
            "yaml_datas" => or_default(map, &mut self.yaml_datas),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl K8sDeliveryVersionCreateRequestLegacy {
    /// Creates a `K8sDeliveryVersionCreateRequestLegacy` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(project_key: impl Into<String>) -> Self {
        Self {
            project_key: project_key.into(),
            ..Self::default()
        }
    }
    /// Sets `version_name` and returns the value, for chaining.
    pub fn with_version_name(mut self, value: impl Into<String>) -> Self {
        self.version_name = value.into();
        self
    }
    /// Sets `retry` and returns the value, for chaining.
    #[inline]
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
    #[inline]
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
    /// Sets `yaml_datas` and returns the value, for chaining.
    #[inline]
    pub fn with_yaml_datas(
        mut self,
        value: Vec<K8sDeliveryVersionServiceLegacy>,
    ) -> Self {
        self.yaml_datas = value;
        self
    }
}
/// A service to put in a K8s YAML version (v3.4.x); its YAML is taken from the environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct K8sDeliveryVersionServiceLegacy {
    /// Name of the service.
    pub service_name: String,
    /// The service's images and the tags they get in the version.
    pub image_datas: Vec<DeliveryVersionImageInputLegacy>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for K8sDeliveryVersionServiceLegacy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("image_datas", &self.image_datas);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for K8sDeliveryVersionServiceLegacy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for K8sDeliveryVersionServiceLegacy {
    const NAME: &'static str = "K8sDeliveryVersionServiceLegacy";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_name" => or_default(map, &mut self.service_name),
            "image_datas" => or_default(map, &mut self.image_datas),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl K8sDeliveryVersionServiceLegacy {
    /// Creates an empty `K8sDeliveryVersionServiceLegacy`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `image_datas` and returns the value, for chaining.
    #[inline]
    pub fn with_image_datas(
        mut self,
        value: Vec<DeliveryVersionImageInputLegacy>,
    ) -> Self {
        self.image_datas = value;
        self
    }
}
/// Body for creating a version of a Helm chart project in releases up to v3.4.1.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HelmDeliveryVersionCreateRequestLegacy {
    /// Identifier (key) of the project; the server checks permissions against it and refuses a caller who is not a system administrator without it.
    pub project_key: String,
    /// Name of the new version.
    pub version_name: String,
    /// Whether this retries the creation of an existing version of that name that failed.
    pub retry: bool,
    /// Environment whose charts the version takes.
    pub env_name: String,
    /// Whether `env_name` is a production environment.
    pub production: bool,
    /// Free-text description.
    pub desc: String,
    /// Labels to give the version.
    pub labels: Vec<String>,
    /// Id of the image registry to push the version's images to.
    pub image_registry_id: String,
    /// Chart repository to push the version's charts to.
    pub chart_repo_name: String,
    /// The charts to put in the version, each with its version and images.
    pub chart_datas: Vec<HelmDeliveryVersionChartLegacy>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for HelmDeliveryVersionCreateRequestLegacy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("version_name", &self.version_name);
        map.entry("retry", &self.retry);
        map.entry("env_name", &self.env_name);
        map.entry("production", &self.production);
        map.entry("desc", &self.desc);
        map.entry("labels", &self.labels);
        map.entry("image_registry_id", &self.image_registry_id);
        map.entry("chart_repo_name", &self.chart_repo_name);
        map.entry("chart_datas", &self.chart_datas);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for HelmDeliveryVersionCreateRequestLegacy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for HelmDeliveryVersionCreateRequestLegacy {
    const NAME: &'static str = "HelmDeliveryVersionCreateRequestLegacy";
    const REQUIRED: &'static [&'static str] = &["project_key"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "project_key" => required(map, &mut self.project_key, 0u32),
            "version_name" => or_default(map, &mut self.version_name),
            "retry" => or_default(map, &mut self.retry),
            "env_name" => or_default(map, &mut self.env_name),
            "production" => or_default(map, &mut self.production),
            "desc" => or_default(map, &mut self.desc),
            "labels" => or_default(map, &mut self.labels),
            "image_registry_id" => or_default(map, &mut self.image_registry_id),
            "chart_repo_name" => or_default(map, &mut self.chart_repo_name),
            "chart_datas" => or_default(map, &mut self.chart_datas),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl HelmDeliveryVersionCreateRequestLegacy {
    /// Creates a `HelmDeliveryVersionCreateRequestLegacy` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(project_key: impl Into<String>) -> Self {
        Self {
            project_key: project_key.into(),
            ..Self::default()
        }
    }
    /// Sets `version_name` and returns the value, for chaining.
    pub fn with_version_name(mut self, value: impl Into<String>) -> Self {
        self.version_name = value.into();
        self
    }
    /// Sets `retry` and returns the value, for chaining.
    #[inline]
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
    #[inline]
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
    /// Sets `chart_repo_name` and returns the value, for chaining.
    pub fn with_chart_repo_name(mut self, value: impl Into<String>) -> Self {
        self.chart_repo_name = value.into();
        self
    }
    /// Sets `chart_datas` and returns the value, for chaining.
    #[inline]
    pub fn with_chart_datas(
        mut self,
        value: Vec<HelmDeliveryVersionChartLegacy>,
    ) -> Self {
        self.chart_datas = value;
        self
    }
}
/// A service's chart to put in a Helm version (v3.4.x).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HelmDeliveryVersionChartLegacy {
    /// Name of the service whose chart is taken.
    pub service_name: String,
    /// Chart version to give the chart in the version.
    pub version: String,
    /// The chart's images and the tags they get in the version.
    pub image_datas: Vec<DeliveryVersionImageInputLegacy>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for HelmDeliveryVersionChartLegacy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("version", &self.version);
        map.entry("image_datas", &self.image_datas);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for HelmDeliveryVersionChartLegacy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for HelmDeliveryVersionChartLegacy {
    const NAME: &'static str = "HelmDeliveryVersionChartLegacy";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_name" => or_default(map, &mut self.service_name),
            "version" => or_default(map, &mut self.version),
            "image_datas" => or_default(map, &mut self.image_datas),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl HelmDeliveryVersionChartLegacy {
    /// Creates an empty `HelmDeliveryVersionChartLegacy`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
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
    #[inline]
    pub fn with_image_datas(
        mut self,
        value: Vec<DeliveryVersionImageInputLegacy>,
    ) -> Self {
        self.image_datas = value;
        self
    }
}
/// An image to put in a version being created (v3.4.x).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeliveryVersionImageInputLegacy {
    /// Name of the container that runs the image.
    pub container_name: String,
    /// Name of the image without registry and tag.
    pub image_name: String,
    /// Tag the image gets in the version.
    pub image_tag: String,
    /// Leave the image where it is instead of copying it to the version's registry.
    pub disable_image_dist: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DeliveryVersionImageInputLegacy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("container_name", &self.container_name);
        map.entry("image_name", &self.image_name);
        map.entry("image_tag", &self.image_tag);
        map.entry("disable_image_dist", &self.disable_image_dist);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DeliveryVersionImageInputLegacy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DeliveryVersionImageInputLegacy {
    const NAME: &'static str = "DeliveryVersionImageInputLegacy";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "container_name" => or_default(map, &mut self.container_name),
            "image_name" => or_default(map, &mut self.image_name),
            "image_tag" => or_default(map, &mut self.image_tag),
            "disable_image_dist" => or_default(map, &mut self.disable_image_dist),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DeliveryVersionImageInputLegacy {
    /// Creates an empty `DeliveryVersionImageInputLegacy`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
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
    #[inline]
    pub fn with_disable_image_dist(mut self, value: bool) -> Self {
        self.disable_image_dist = value;
        self
    }
}
