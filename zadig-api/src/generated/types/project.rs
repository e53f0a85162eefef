// @generated from spec/project.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Project API.
//!
//! Projects: creating empty, YAML and Helm projects, listing them, reading one and deleting it; also their global variables and collaboration modes.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// Body for creating an empty project.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProjectCreateRequest {
    /// Display name of the project; must not be empty.
    pub project_name: String,
    /// Identifier of the project; lowercase letters, digits and `-` only.
    pub project_key: String,
    /// Whether every user may see the project.
    pub is_public: bool,
    /// Free-text description.
    pub description: String,
    /// Kind of project; the server rejects any other value.
    pub project_type: ProjectCreationType,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProjectCreateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_name", &self.project_name);
        map.entry("project_key", &self.project_key);
        map.entry("is_public", &self.is_public);
        map.entry("description", &self.description);
        map.entry("project_type", &self.project_type);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProjectCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProjectCreateRequest {
    const NAME: &'static str = "ProjectCreateRequest";
    const REQUIRED: &'static [&'static str] = &["project_name", "project_type"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "project_name" => required(map, &mut self.project_name, 0u32),
            "project_key" => or_default(map, &mut self.project_key),
            "is_public" => or_default(map, &mut self.is_public),
            "description" => or_default(map, &mut self.description),
            "project_type" => required(map, &mut self.project_type, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProjectCreateRequest {
    /// Creates a `ProjectCreateRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        project_name: impl Into<String>,
        project_type: ProjectCreationType,
    ) -> Self {
        Self {
            project_name: project_name.into(),
            project_type,
            ..Self::default()
        }
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = value.into();
        self
    }
    /// Sets `is_public` and returns the value, for chaining.
    #[inline]
    pub fn with_is_public(mut self, value: bool) -> Self {
        self.is_public = value;
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
}
/// The kind of a project created through the API.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ProjectCreationType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProjectCreationType {
    /// `yaml`: A K8s YAML project.
    Yaml,
    /// `helm`: A Helm chart project.
    Helm,
    /// `loaded`: A hosted project, made of existing Kubernetes resources.
    Loaded,
    /// `vm`: A project deployed to hosts.
    Vm,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ProjectCreationType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yaml => "yaml",
            Self::Helm => "helm",
            Self::Loaded => "loaded",
            Self::Vm => "vm",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for ProjectCreationType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for ProjectCreationType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "yaml" => Self::Yaml,
            "helm" => Self::Helm,
            "loaded" => Self::Loaded,
            "vm" => Self::Vm,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ProjectCreationType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for ProjectCreationType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ProjectCreationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectCreationType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ProjectCreationType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Body for creating a project together with its services and environments.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProjectInitializeRequest {
    /// Display name of the project; must not be empty.
    pub project_name: String,
    /// Identifier of the project; lowercase letters, digits and `-` only.
    pub project_key: String,
    /// Whether every user may see the project.
    pub is_public: bool,
    /// Free-text description.
    pub description: String,
    /// Services to create in the project; at least one is needed.
    pub service_list: Vec<ProjectServiceDefinition>,
    /// Environments to create, in which the services are deployed.
    pub env_list: Vec<ProjectEnvDefinition>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProjectInitializeRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_name", &self.project_name);
        map.entry("project_key", &self.project_key);
        map.entry("is_public", &self.is_public);
        map.entry("description", &self.description);
        map.entry("service_list", &self.service_list);
        map.entry("env_list", &self.env_list);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProjectInitializeRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProjectInitializeRequest {
    const NAME: &'static str = "ProjectInitializeRequest";
    const REQUIRED: &'static [&'static str] = &["project_name", "service_list"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "project_name" => required(map, &mut self.project_name, 0u32),
            "project_key" => or_default(map, &mut self.project_key),
            "is_public" => or_default(map, &mut self.is_public),
            "description" => or_default(map, &mut self.description),
            "service_list" => required(map, &mut self.service_list, 1u32),
            "env_list" => or_default(map, &mut self.env_list),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProjectInitializeRequest {
    /// Creates a `ProjectInitializeRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        project_name: impl Into<String>,
        service_list: Vec<ProjectServiceDefinition>,
    ) -> Self {
        Self {
            project_name: project_name.into(),
            service_list,
            ..Self::default()
        }
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = value.into();
        self
    }
    /// Sets `is_public` and returns the value, for chaining.
    #[inline]
    pub fn with_is_public(mut self, value: bool) -> Self {
        self.is_public = value;
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `env_list` and returns the value, for chaining.
    #[inline]
    pub fn with_env_list(mut self, value: Vec<ProjectEnvDefinition>) -> Self {
        self.env_list = value;
        self
    }
}
/// One service to create while setting up a project.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProjectServiceDefinition {
    /// How the service is defined.
    pub source: ProjectServiceSource,
    /// Name of the service; must not be empty.
    pub service_name: String,
    /// Template to create the service from, when `source` is `template`.
    ///
    /// Required when `source` is `template`: the server refuses a request without it then.
    pub template_name: String,
    /// Values for the template's variables.
    pub variable_yaml: Vec<crate::types::KeyAnyValue>,
    /// Update the service automatically when the template changes.
    pub auto_sync: bool,
    /// Kubernetes YAML of the service, when `source` is `yaml`.
    ///
    /// Required when `source` is `yaml`: the server refuses a request without it then.
    pub yaml: String,
    /// Helm values (YAML) for a Helm service.
    pub values_yaml: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProjectServiceDefinition {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("source", &self.source);
        map.entry("service_name", &self.service_name);
        map.entry("template_name", &self.template_name);
        map.entry("variable_yaml", &self.variable_yaml);
        map.entry("auto_sync", &self.auto_sync);
        map.entry("yaml", &self.yaml);
        map.entry("values_yaml", &self.values_yaml);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProjectServiceDefinition {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProjectServiceDefinition {
    const NAME: &'static str = "ProjectServiceDefinition";
    const REQUIRED: &'static [&'static str] = &["source", "service_name"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "source" => required(map, &mut self.source, 0u32),
            "service_name" => required(map, &mut self.service_name, 1u32),
            "template_name" => or_default(map, &mut self.template_name),
            "variable_yaml" => or_default(map, &mut self.variable_yaml),
            "auto_sync" => or_default(map, &mut self.auto_sync),
            "yaml" => or_default(map, &mut self.yaml),
            "values_yaml" => or_default(map, &mut self.values_yaml),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProjectServiceDefinition {
    /// Creates a `ProjectServiceDefinition` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(source: ProjectServiceSource, service_name: impl Into<String>) -> Self {
        Self {
            source,
            service_name: service_name.into(),
            ..Self::default()
        }
    }
    /// Sets `template_name` and returns the value, for chaining.
    pub fn with_template_name(mut self, value: impl Into<String>) -> Self {
        self.template_name = value.into();
        self
    }
    /// Sets `variable_yaml` and returns the value, for chaining.
    #[inline]
    pub fn with_variable_yaml(mut self, value: Vec<crate::types::KeyAnyValue>) -> Self {
        self.variable_yaml = value;
        self
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    #[inline]
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = value;
        self
    }
    /// Sets `yaml` and returns the value, for chaining.
    pub fn with_yaml(mut self, value: impl Into<String>) -> Self {
        self.yaml = value.into();
        self
    }
    /// Sets `values_yaml` and returns the value, for chaining.
    pub fn with_values_yaml(mut self, value: impl Into<String>) -> Self {
        self.values_yaml = value.into();
        self
    }
}
/// How a service created with its project is defined.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ProjectServiceSource::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProjectServiceSource {
    /// `template`: From a template of the template library (`template_name`).
    Template,
    /// `yaml`: From Kubernetes YAML given with the service (`yaml`).
    Yaml,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ProjectServiceSource {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Template => "template",
            Self::Yaml => "yaml",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for ProjectServiceSource {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for ProjectServiceSource {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "template" => Self::Template,
            "yaml" => Self::Yaml,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ProjectServiceSource {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for ProjectServiceSource {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ProjectServiceSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ProjectServiceSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ProjectServiceSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// One environment to create while setting up a project.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProjectEnvDefinition {
    /// Name of the environment.
    pub env_key: String,
    /// Name of the cluster to create it in.
    pub cluster_name: String,
    /// Kubernetes namespace of the environment.
    pub namespace: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProjectEnvDefinition {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("env_key", &self.env_key);
        map.entry("cluster_name", &self.cluster_name);
        map.entry("namespace", &self.namespace);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProjectEnvDefinition {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProjectEnvDefinition {
    const NAME: &'static str = "ProjectEnvDefinition";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "env_key" => or_default(map, &mut self.env_key),
            "cluster_name" => or_default(map, &mut self.cluster_name),
            "namespace" => or_default(map, &mut self.namespace),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProjectEnvDefinition {
    /// Creates an empty `ProjectEnvDefinition`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `env_key` and returns the value, for chaining.
    pub fn with_env_key(mut self, value: impl Into<String>) -> Self {
        self.env_key = value.into();
        self
    }
    /// Sets `cluster_name` and returns the value, for chaining.
    pub fn with_cluster_name(mut self, value: impl Into<String>) -> Self {
        self.cluster_name = value.into();
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = value.into();
        self
    }
}
/// One page of projects and how many there are in all.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProjectList {
    /// Number of projects in all pages.
    pub total: Option<i64>,
    /// The projects of this page.
    pub projects: Vec<ProjectBrief>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProjectList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("total", &self.total);
        map.entry("projects", &self.projects);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProjectList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProjectList {
    const NAME: &'static str = "ProjectList";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "total" => value(map, &mut self.total),
            "projects" => or_default(map, &mut self.projects),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProjectList {
    /// Creates an empty `ProjectList`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A project as the list shows it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProjectBrief {
    /// Display name of the project.
    pub project_name: String,
    /// Identifier of the project.
    pub project_key: String,
    /// Free-text description.
    pub description: String,
    /// How the project deploys its services, e.g. k8s or helm.
    pub deploy_type: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProjectBrief {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_name", &self.project_name);
        map.entry("project_key", &self.project_key);
        map.entry("description", &self.description);
        map.entry("deploy_type", &self.deploy_type);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProjectBrief {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProjectBrief {
    const NAME: &'static str = "ProjectBrief";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "project_name" => or_default(map, &mut self.project_name),
            "project_key" => or_default(map, &mut self.project_key),
            "description" => or_default(map, &mut self.description),
            "deploy_type" => or_default(map, &mut self.deploy_type),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProjectBrief {
    /// Creates an empty `ProjectBrief`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The details of one project.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProjectDetail {
    /// Display name of the project.
    pub project_name: String,
    /// Identifier of the project.
    pub project_key: String,
    /// Whether every user may see the project.
    pub is_public: bool,
    /// Free-text description.
    pub desc: String,
    /// How the project deploys its services, e.g. k8s or helm.
    pub deploy_type: String,
    /// When the project was created, as a Unix timestamp in seconds.
    pub create_time: i64,
    /// User who created the project.
    pub created_by: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProjectDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_name", &self.project_name);
        map.entry("project_key", &self.project_key);
        map.entry("is_public", &self.is_public);
        map.entry("desc", &self.desc);
        map.entry("deploy_type", &self.deploy_type);
        map.entry("create_time", &self.create_time);
        map.entry("created_by", &self.created_by);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProjectDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProjectDetail {
    const NAME: &'static str = "ProjectDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "project_name" => or_default(map, &mut self.project_name),
            "project_key" => or_default(map, &mut self.project_key),
            "is_public" => or_default(map, &mut self.is_public),
            "desc" => or_default(map, &mut self.desc),
            "deploy_type" => or_default(map, &mut self.deploy_type),
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
impl ProjectDetail {
    /// Creates an empty `ProjectDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The global variables of a project, which its services' variables may refer to.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProjectGlobalVariables {
    /// Global variables of the test services.
    pub variables: Vec<crate::types::BasicServiceVariableKV>,
    /// Global variables of the production services.
    pub production_variables: Vec<crate::types::BasicServiceVariableKV>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProjectGlobalVariables {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("variables", &self.variables);
        map.entry("production_variables", &self.production_variables);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProjectGlobalVariables {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProjectGlobalVariables {
    const NAME: &'static str = "ProjectGlobalVariables";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "variables" => or_default(map, &mut self.variables),
            "production_variables" => or_default(map, &mut self.production_variables),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProjectGlobalVariables {
    /// Creates an empty `ProjectGlobalVariables`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Body for creating a collaboration mode.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CollaborationModeCreateRequest {
    /// Identifier (key) of the project.
    pub project_key: String,
    /// Name of the collaboration mode.
    pub name: String,
    /// IDs of the users the mode applies to.
    pub user_ids: Vec<String>,
    /// IDs of the user groups the mode applies to.
    pub group_ids: Vec<String>,
    /// Workflows the members get, and what they may do with them.
    pub workflows: Vec<CollaborationModeWorkflow>,
    /// Environments the members get, and what they may do with them.
    pub envs: Vec<CollaborationModeEnv>,
    /// Days without use after which a member's own copies are cleaned up; 0 never cleans them up.
    pub recycle_day: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CollaborationModeCreateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("name", &self.name);
        map.entry("user_ids", &self.user_ids);
        map.entry("group_ids", &self.group_ids);
        map.entry("workflows", &self.workflows);
        map.entry("envs", &self.envs);
        map.entry("recycle_day", &self.recycle_day);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CollaborationModeCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CollaborationModeCreateRequest {
    const NAME: &'static str = "CollaborationModeCreateRequest";
    const REQUIRED: &'static [&'static str] = &["project_key", "name"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "project_key" => required(map, &mut self.project_key, 0u32),
            "name" => required(map, &mut self.name, 1u32),
            "user_ids" => or_default(map, &mut self.user_ids),
            "group_ids" => or_default(map, &mut self.group_ids),
            "workflows" => or_default(map, &mut self.workflows),
            "envs" => or_default(map, &mut self.envs),
            "recycle_day" => or_default(map, &mut self.recycle_day),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CollaborationModeCreateRequest {
    /// Creates a `CollaborationModeCreateRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(project_key: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            project_key: project_key.into(),
            name: name.into(),
            ..Self::default()
        }
    }
    /// Sets `user_ids` and returns the value, for chaining.
    #[inline]
    pub fn with_user_ids(mut self, value: Vec<String>) -> Self {
        self.user_ids = value;
        self
    }
    /// Sets `group_ids` and returns the value, for chaining.
    #[inline]
    pub fn with_group_ids(mut self, value: Vec<String>) -> Self {
        self.group_ids = value;
        self
    }
    /// Sets `workflows` and returns the value, for chaining.
    #[inline]
    pub fn with_workflows(mut self, value: Vec<CollaborationModeWorkflow>) -> Self {
        self.workflows = value;
        self
    }
    /// Sets `envs` and returns the value, for chaining.
    #[inline]
    pub fn with_envs(mut self, value: Vec<CollaborationModeEnv>) -> Self {
        self.envs = value;
        self
    }
    /// Sets `recycle_day` and returns the value, for chaining.
    #[inline]
    pub fn with_recycle_day(mut self, value: i64) -> Self {
        self.recycle_day = value;
        self
    }
}
/// A workflow in a collaboration mode.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CollaborationModeWorkflow {
    /// Identifier (key) of the workflow.
    pub name: String,
    /// Whether members share the workflow or each get their own copy.
    pub collaboration_type: CollaborationType,
    /// Permissions on the workflow, e.g. get_workflow, edit_workflow, run_workflow, rollback_workflow, debug_workflow.
    pub verbs: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CollaborationModeWorkflow {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("collaboration_type", &self.collaboration_type);
        map.entry("verbs", &self.verbs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CollaborationModeWorkflow {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CollaborationModeWorkflow {
    const NAME: &'static str = "CollaborationModeWorkflow";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "collaboration_type" => or_default(map, &mut self.collaboration_type),
            "verbs" => or_default(map, &mut self.verbs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CollaborationModeWorkflow {
    /// Creates an empty `CollaborationModeWorkflow`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `collaboration_type` and returns the value, for chaining.
    #[inline]
    pub fn with_collaboration_type(mut self, value: CollaborationType) -> Self {
        self.collaboration_type = value;
        self
    }
    /// Sets `verbs` and returns the value, for chaining.
    #[inline]
    pub fn with_verbs(mut self, value: Vec<String>) -> Self {
        self.verbs = value;
        self
    }
}
/// An environment in a collaboration mode.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CollaborationModeEnv {
    /// Name of the environment.
    pub name: String,
    /// Whether members share the environment or each get their own copy.
    pub collaboration_type: CollaborationType,
    /// Permissions on the environment, e.g. get_environment, config_environment, manage_environment, restart_environment, debug_pod (and the production_ variants).
    pub verbs: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CollaborationModeEnv {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("collaboration_type", &self.collaboration_type);
        map.entry("verbs", &self.verbs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CollaborationModeEnv {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CollaborationModeEnv {
    const NAME: &'static str = "CollaborationModeEnv";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "collaboration_type" => or_default(map, &mut self.collaboration_type),
            "verbs" => or_default(map, &mut self.verbs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CollaborationModeEnv {
    /// Creates an empty `CollaborationModeEnv`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `collaboration_type` and returns the value, for chaining.
    #[inline]
    pub fn with_collaboration_type(mut self, value: CollaborationType) -> Self {
        self.collaboration_type = value;
        self
    }
    /// Sets `verbs` and returns the value, for chaining.
    #[inline]
    pub fn with_verbs(mut self, value: Vec<String>) -> Self {
        self.verbs = value;
        self
    }
}
/// How the members of a collaboration mode get a workflow or environment.
///
/// The set of values is open: a value this version does not know decodes to
/// [`CollaborationType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CollaborationType {
    /// `share`: All members use the same one.
    Share,
    /// `new`: Each member gets a copy of their own.
    New,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl CollaborationType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Share => "share",
            Self::New => "new",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for CollaborationType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for CollaborationType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "share" => Self::Share,
            "new" => Self::New,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for CollaborationType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for CollaborationType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for CollaborationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CollaborationType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CollaborationType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
