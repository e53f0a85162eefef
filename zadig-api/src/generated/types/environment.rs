// @generated from spec/environment.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Environment API.
//!
//! Test and production environments of K8s YAML projects: listing, details, creation and removal, the services deployed in them and their variables, global variables, environment configurations (ConfigMap, Secret, Ingress, PVC), workload scaling, restarts and image updates, Kubernetes events, sub-environments (self-test mode) and live container logs.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// State of an environment.
///
/// The set of values is open: a value this version does not know decodes to
/// [`EnvironmentStatus::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnvironmentStatus {
    /// `success`: Running normally.
    Success,
    /// `succeeded`: Running normally (spelling given for the detail view).
    Succeeded,
    /// `failed`: Creation or update failed.
    Failed,
    /// `error`: Internal error.
    Error,
    /// `creating`: Being created.
    Creating,
    /// `updating`: Being updated.
    Updating,
    /// `deleting`: Being deleted.
    Deleting,
    /// `running`: Workloads are running.
    Running,
    /// `unstable`: Some workloads are not healthy.
    Unstable,
    /// `sleeping`: Scaled down to save resources.
    Sleeping,
    /// `unknown`: State cannot be determined.
    StatusUnknown,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl EnvironmentStatus {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "success",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Error => "error",
            Self::Creating => "creating",
            Self::Updating => "updating",
            Self::Deleting => "deleting",
            Self::Running => "running",
            Self::Unstable => "unstable",
            Self::Sleeping => "sleeping",
            Self::StatusUnknown => "unknown",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl From<&str> for EnvironmentStatus {
    fn from(value: &str) -> Self {
        match value {
            "success" => Self::Success,
            "succeeded" => Self::Succeeded,
            "failed" => Self::Failed,
            "error" => Self::Error,
            "creating" => Self::Creating,
            "updating" => Self::Updating,
            "deleting" => Self::Deleting,
            "running" => Self::Running,
            "unstable" => Self::Unstable,
            "sleeping" => Self::Sleeping,
            "unknown" => Self::StatusUnknown,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for EnvironmentStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "success" => Self::Success,
            "succeeded" => Self::Succeeded,
            "failed" => Self::Failed,
            "error" => Self::Error,
            "creating" => Self::Creating,
            "updating" => Self::Updating,
            "deleting" => Self::Deleting,
            "running" => Self::Running,
            "unstable" => Self::Unstable,
            "sleeping" => Self::Sleeping,
            "unknown" => Self::StatusUnknown,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for EnvironmentStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for EnvironmentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EnvironmentStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EnvironmentStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// One environment as the list endpoints show it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentSummary {
    /// Key of the environment, as the docs show it.
    #[serde(rename = "env_name", default, skip_serializing_if = "Option::is_none")]
    pub env_name: Option<String>,
    /// Key of the environment, as the server names it.
    #[serde(rename = "env_key", default, skip_serializing_if = "Option::is_none")]
    pub env_key: Option<String>,
    /// Display name (alias) of the environment, when one is set.
    #[serde(rename = "envName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Id of the Kubernetes cluster.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Kubernetes namespace of the environment.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Whether it is a production environment.
    #[serde(rename = "production", default, skip_serializing_if = "Option::is_none")]
    pub production: Option<bool>,
    /// Id of the image registry.
    #[serde(rename = "registry_id", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    /// Current state.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EnvironmentStatus>,
    /// Who changed the environment last.
    #[serde(rename = "update_by", default, skip_serializing_if = "Option::is_none")]
    pub update_by: Option<String>,
    /// When it was last changed (Unix seconds).
    #[serde(rename = "update_time", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<i64>,
}
impl EnvironmentSummary {
    /// Creates an empty `EnvironmentSummary`; every field is optional.
    pub fn new() -> Self {
        Self {
            env_name: None,
            env_key: None,
            display_name: None,
            cluster_id: None,
            namespace: None,
            production: None,
            registry_id: None,
            status: None,
            update_by: None,
            update_time: None,
        }
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = Some(value.into());
        self
    }
    /// Sets `env_key` and returns the value, for chaining.
    pub fn with_env_key(mut self, value: impl Into<String>) -> Self {
        self.env_key = Some(value.into());
        self
    }
    /// Sets `display_name` and returns the value, for chaining.
    pub fn with_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `cluster_id` and returns the value, for chaining.
    pub fn with_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = Some(value.into());
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `production` and returns the value, for chaining.
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = Some(value);
        self
    }
    /// Sets `registry_id` and returns the value, for chaining.
    pub fn with_registry_id(mut self, value: impl Into<String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: EnvironmentStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `update_by` and returns the value, for chaining.
    pub fn with_update_by(mut self, value: impl Into<String>) -> Self {
        self.update_by = Some(value.into());
        self
    }
    /// Sets `update_time` and returns the value, for chaining.
    pub fn with_update_time(mut self, value: i64) -> Self {
        self.update_time = Some(value);
        self
    }
}
/// One environment with its global variables and deployed services.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentDetail {
    /// Key of the project.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// Key of the environment.
    #[serde(rename = "env_key", default, skip_serializing_if = "Option::is_none")]
    pub env_key: Option<String>,
    /// Display name of the environment (production environments).
    #[serde(rename = "env_name", default, skip_serializing_if = "Option::is_none")]
    pub env_name: Option<String>,
    /// Who changed the environment last.
    #[serde(rename = "update_by", default, skip_serializing_if = "Option::is_none")]
    pub update_by: Option<String>,
    /// When it was last changed (Unix seconds).
    #[serde(rename = "update_time", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<i64>,
    /// Id of the Kubernetes cluster.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Kubernetes namespace of the environment.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Id of the image registry.
    #[serde(rename = "registry_id", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    /// Global variables of the environment.
    #[serde(
        rename = "global_variables",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub global_variables: Option<Vec<crate::types::GlobalVariableKV>>,
    /// Services deployed in the environment.
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<EnvironmentServiceInfo>>,
    /// Current state.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EnvironmentStatus>,
}
impl EnvironmentDetail {
    /// Creates an empty `EnvironmentDetail`; every field is optional.
    pub fn new() -> Self {
        Self {
            project_key: None,
            env_key: None,
            env_name: None,
            update_by: None,
            update_time: None,
            cluster_id: None,
            namespace: None,
            registry_id: None,
            global_variables: None,
            services: None,
            status: None,
        }
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Sets `env_key` and returns the value, for chaining.
    pub fn with_env_key(mut self, value: impl Into<String>) -> Self {
        self.env_key = Some(value.into());
        self
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = Some(value.into());
        self
    }
    /// Sets `update_by` and returns the value, for chaining.
    pub fn with_update_by(mut self, value: impl Into<String>) -> Self {
        self.update_by = Some(value.into());
        self
    }
    /// Sets `update_time` and returns the value, for chaining.
    pub fn with_update_time(mut self, value: i64) -> Self {
        self.update_time = Some(value);
        self
    }
    /// Sets `cluster_id` and returns the value, for chaining.
    pub fn with_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = Some(value.into());
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `registry_id` and returns the value, for chaining.
    pub fn with_registry_id(mut self, value: impl Into<String>) -> Self {
        self.registry_id = Some(value.into());
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
    /// Sets `services` and returns the value, for chaining.
    pub fn with_services(mut self, value: Vec<EnvironmentServiceInfo>) -> Self {
        self.services = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: EnvironmentStatus) -> Self {
        self.status = Some(value);
        self
    }
}
/// State of a service in an environment.
///
/// The set of values is open: a value this version does not know decodes to
/// [`EnvServiceStatus::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnvServiceStatus {
    /// `running`: All workloads are running.
    Running,
    /// `unstable`: Some workloads are not healthy.
    Unstable,
    /// `unstart`: Not started.
    Unstart,
    /// `failed`: Failed.
    Failed,
    /// `pending`: Waiting to start.
    Pending,
    /// `unknown`: State cannot be determined.
    StatusUnknown,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl EnvServiceStatus {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "running",
            Self::Unstable => "unstable",
            Self::Unstart => "unstart",
            Self::Failed => "failed",
            Self::Pending => "pending",
            Self::StatusUnknown => "unknown",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl From<&str> for EnvServiceStatus {
    fn from(value: &str) -> Self {
        match value {
            "running" => Self::Running,
            "unstable" => Self::Unstable,
            "unstart" => Self::Unstart,
            "failed" => Self::Failed,
            "pending" => Self::Pending,
            "unknown" => Self::StatusUnknown,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for EnvServiceStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "running" => Self::Running,
            "unstable" => Self::Unstable,
            "unstart" => Self::Unstart,
            "failed" => Self::Failed,
            "pending" => Self::Pending,
            "unknown" => Self::StatusUnknown,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for EnvServiceStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for EnvServiceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EnvServiceStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EnvServiceStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// A service deployed in an environment, with its images and variables.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvironmentServiceInfo {
    /// Name of the service.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Components (containers) of the service and their images.
    #[serde(rename = "containers", default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<Vec<EnvServiceContainer>>,
    /// Variables of the service in this environment.
    #[serde(rename = "variable_kvs", default, skip_serializing_if = "Option::is_none")]
    pub variable_kvs: Option<Vec<crate::types::ServiceVariableKV>>,
    /// Current state of the service.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EnvServiceStatus>,
    /// Kind of project the service belongs to (always k8s here).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
impl EnvironmentServiceInfo {
    /// Creates an empty `EnvironmentServiceInfo`; every field is optional.
    pub fn new() -> Self {
        Self {
            service_name: None,
            containers: None,
            variable_kvs: None,
            status: None,
            r#type: None,
        }
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `containers` and returns the value, for chaining.
    pub fn with_containers(mut self, value: Vec<EnvServiceContainer>) -> Self {
        self.containers = Some(value);
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
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: EnvServiceStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
/// A component (container) of a service and the image it runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvServiceContainer {
    /// Name of the service component.
    #[serde(rename = "name")]
    pub name: String,
    /// Full image address, including the tag.
    #[serde(rename = "image")]
    pub image: String,
    /// Image name without registry and tag.
    #[serde(rename = "image_name")]
    pub image_name: String,
}
impl EnvServiceContainer {
    /// Creates a `EnvServiceContainer` from its required fields; optional fields start as `None`.
    pub fn new(
        name: impl Into<String>,
        image: impl Into<String>,
        image_name: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            image: image.into(),
            image_name: image_name.into(),
        }
    }
}
/// Body for creating a test or production environment. The production docs list only `env_key`, `env_name`, `cluster_id`, `namespace` and `registry_id`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateEnvironmentRequest {
    /// Key of the new environment.
    #[serde(rename = "env_key")]
    pub env_key: String,
    /// Display name of the environment (documented for production).
    #[serde(rename = "env_name", default, skip_serializing_if = "Option::is_none")]
    pub env_name: Option<String>,
    /// Id of the Kubernetes cluster to deploy into.
    #[serde(rename = "cluster_id")]
    pub cluster_id: String,
    /// Kubernetes namespace to use.
    #[serde(rename = "namespace")]
    pub namespace: String,
    /// Id of the image registry.
    #[serde(rename = "registry_id")]
    pub registry_id: String,
    /// Shown only in the docs' example (not in the parameter table, and not read by the server we checked).
    #[serde(rename = "is_public", default, skip_serializing_if = "Option::is_none")]
    pub is_public: Option<bool>,
    /// Configuration resources to create with the environment.
    #[serde(rename = "env_configs", default, skip_serializing_if = "Option::is_none")]
    pub env_configs: Option<Vec<EnvConfigInput>>,
    /// Global variables to set (key and value).
    #[serde(
        rename = "global_variables",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub global_variables: Option<Vec<crate::types::GlobalVariableKV>>,
    /// Services to deploy into the environment.
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<CreateEnvironmentService>>,
}
impl CreateEnvironmentRequest {
    /// Creates a `CreateEnvironmentRequest` from its required fields; optional fields start as `None`.
    pub fn new(
        env_key: impl Into<String>,
        cluster_id: impl Into<String>,
        namespace: impl Into<String>,
        registry_id: impl Into<String>,
    ) -> Self {
        Self {
            env_key: env_key.into(),
            env_name: None,
            cluster_id: cluster_id.into(),
            namespace: namespace.into(),
            registry_id: registry_id.into(),
            is_public: None,
            env_configs: None,
            global_variables: None,
            services: None,
        }
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = Some(value.into());
        self
    }
    /// Sets `is_public` and returns the value, for chaining.
    pub fn with_is_public(mut self, value: bool) -> Self {
        self.is_public = Some(value);
        self
    }
    /// Sets `env_configs` and returns the value, for chaining.
    pub fn with_env_configs(mut self, value: Vec<EnvConfigInput>) -> Self {
        self.env_configs = Some(value);
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
    /// Sets `services` and returns the value, for chaining.
    pub fn with_services(mut self, value: Vec<CreateEnvironmentService>) -> Self {
        self.services = Some(value);
        self
    }
}
/// A configuration resource created together with an environment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvConfigInput {
    /// YAML manifest of the resource.
    #[serde(rename = "yaml_data")]
    pub yaml_data: String,
    /// Kind of the resource.
    #[serde(rename = "common_env_cfg_type")]
    pub common_env_cfg_type: EnvConfigType,
}
impl EnvConfigInput {
    /// Creates a `EnvConfigInput` from its required fields; optional fields start as `None`.
    pub fn new(
        yaml_data: impl Into<String>,
        common_env_cfg_type: EnvConfigType,
    ) -> Self {
        Self {
            yaml_data: yaml_data.into(),
            common_env_cfg_type,
        }
    }
}
/// A service to deploy when creating an environment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateEnvironmentService {
    /// Name of the service.
    #[serde(rename = "service_name")]
    pub service_name: String,
    /// Kind of service, e.g. k8s.
    #[serde(rename = "type")]
    pub r#type: String,
    /// Images to use for the service's components.
    #[serde(rename = "containers")]
    pub containers: Vec<EnvServiceContainer>,
    /// Values for the service's variables.
    #[serde(rename = "variable_kvs", default, skip_serializing_if = "Option::is_none")]
    pub variable_kvs: Option<Vec<crate::types::ServiceVariableKV>>,
}
impl CreateEnvironmentService {
    /// Creates a `CreateEnvironmentService` from its required fields; optional fields start as `None`.
    pub fn new(
        service_name: impl Into<String>,
        r#type: impl Into<String>,
        containers: Vec<EnvServiceContainer>,
    ) -> Self {
        Self {
            service_name: service_name.into(),
            r#type: r#type.into(),
            containers,
            variable_kvs: None,
        }
    }
    /// Sets `variable_kvs` and returns the value, for chaining.
    pub fn with_variable_kvs(
        mut self,
        value: Vec<crate::types::ServiceVariableKV>,
    ) -> Self {
        self.variable_kvs = Some(value);
        self
    }
}
/// Body for editing the basic settings of an environment.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateEnvironmentRequest {
    /// Id of the image registry (required by the docs for test environments).
    #[serde(rename = "registry_id", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    /// Display name of the environment (production environments).
    #[serde(rename = "env_name", default, skip_serializing_if = "Option::is_none")]
    pub env_name: Option<String>,
}
impl UpdateEnvironmentRequest {
    /// Creates an empty `UpdateEnvironmentRequest`; every field is optional.
    pub fn new() -> Self {
        Self {
            registry_id: None,
            env_name: None,
        }
    }
    /// Sets `registry_id` and returns the value, for chaining.
    pub fn with_registry_id(mut self, value: impl Into<String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = Some(value.into());
        self
    }
}
/// Body for deploying services into an environment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AddEnvironmentServicesRequest {
    /// Key of the environment.
    #[serde(rename = "env_key")]
    pub env_key: String,
    /// Services to deploy.
    #[serde(rename = "service_list")]
    pub service_list: Vec<EnvServiceVariables>,
}
impl AddEnvironmentServicesRequest {
    /// Creates a `AddEnvironmentServicesRequest` from its required fields; optional fields start as `None`.
    pub fn new(
        env_key: impl Into<String>,
        service_list: Vec<EnvServiceVariables>,
    ) -> Self {
        Self {
            env_key: env_key.into(),
            service_list,
        }
    }
}
/// Body for changing the variables of services in an environment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateEnvironmentServicesRequest {
    /// Services to update, with their new variable values.
    #[serde(rename = "service_list")]
    pub service_list: Vec<EnvServiceVariables>,
}
impl UpdateEnvironmentServicesRequest {
    /// Creates a `UpdateEnvironmentServicesRequest` from its required fields; optional fields start as `None`.
    pub fn new(service_list: Vec<EnvServiceVariables>) -> Self {
        Self { service_list }
    }
}
/// A service of the project together with variable values for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvServiceVariables {
    /// Name of the service.
    #[serde(rename = "service_name")]
    pub service_name: String,
    /// Variable values; unset variables keep their defaults.
    #[serde(rename = "variable_kvs", default, skip_serializing_if = "Option::is_none")]
    pub variable_kvs: Option<Vec<crate::types::ServiceVariableKV>>,
}
impl EnvServiceVariables {
    /// Creates a `EnvServiceVariables` from its required fields; optional fields start as `None`.
    pub fn new(service_name: impl Into<String>) -> Self {
        Self {
            service_name: service_name.into(),
            variable_kvs: None,
        }
    }
    /// Sets `variable_kvs` and returns the value, for chaining.
    pub fn with_variable_kvs(
        mut self,
        value: Vec<crate::types::ServiceVariableKV>,
    ) -> Self {
        self.variable_kvs = Some(value);
        self
    }
}
/// Body for removing services from an environment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeleteEnvironmentServicesRequest {
    /// Key of the environment.
    #[serde(rename = "env_key")]
    pub env_key: String,
    /// Services to remove.
    #[serde(rename = "service_names")]
    pub service_names: Vec<String>,
    /// Keep the services' Kubernetes resources in the cluster.
    #[serde(
        rename = "not_delete_resource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub not_delete_resource: Option<bool>,
}
impl DeleteEnvironmentServicesRequest {
    /// Creates a `DeleteEnvironmentServicesRequest` from its required fields; optional fields start as `None`.
    pub fn new(env_key: impl Into<String>, service_names: Vec<String>) -> Self {
        Self {
            env_key: env_key.into(),
            service_names,
            not_delete_resource: None,
        }
    }
    /// Sets `not_delete_resource` and returns the value, for chaining.
    pub fn with_not_delete_resource(mut self, value: bool) -> Self {
        self.not_delete_resource = Some(value);
        self
    }
}
/// Body for setting global variables of an environment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateGlobalVariablesRequest {
    /// Variables to set (key and value).
    #[serde(rename = "global_variables")]
    pub global_variables: Vec<crate::types::GlobalVariableKV>,
}
impl UpdateGlobalVariablesRequest {
    /// Creates a `UpdateGlobalVariablesRequest` from its required fields; optional fields start as `None`.
    pub fn new(global_variables: Vec<crate::types::GlobalVariableKV>) -> Self {
        Self { global_variables }
    }
}
/// Runtime view of one service in an environment.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvServiceDetail {
    /// Name of the service.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Workloads of the service.
    #[serde(rename = "scales", default, skip_serializing_if = "Option::is_none")]
    pub scales: Option<Vec<EnvWorkload>>,
    /// Ingresses of the service (shape not documented).
    #[serde(rename = "ingress", default, skip_serializing_if = "Option::is_none")]
    pub ingress: Option<Vec<serde_json::Value>>,
    /// Kubernetes Services of the service.
    #[serde(
        rename = "service_endpoints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_endpoints: Option<Vec<EnvK8sService>>,
    /// CronJobs of the service (shape not documented).
    #[serde(rename = "cron_jobs", default, skip_serializing_if = "Option::is_none")]
    pub cron_jobs: Option<Vec<serde_json::Value>>,
    /// Kubernetes namespace.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Key of the environment.
    #[serde(rename = "env_name", default, skip_serializing_if = "Option::is_none")]
    pub env_name: Option<String>,
    /// Key of the project.
    #[serde(rename = "product_name", default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Group the service belongs to, if any.
    #[serde(rename = "group_name", default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
}
impl EnvServiceDetail {
    /// Creates an empty `EnvServiceDetail`; every field is optional.
    pub fn new() -> Self {
        Self {
            service_name: None,
            scales: None,
            ingress: None,
            service_endpoints: None,
            cron_jobs: None,
            namespace: None,
            env_name: None,
            product_name: None,
            group_name: None,
        }
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `scales` and returns the value, for chaining.
    pub fn with_scales(mut self, value: Vec<EnvWorkload>) -> Self {
        self.scales = Some(value);
        self
    }
    /// Sets `ingress` and returns the value, for chaining.
    pub fn with_ingress(mut self, value: Vec<serde_json::Value>) -> Self {
        self.ingress = Some(value);
        self
    }
    /// Sets `service_endpoints` and returns the value, for chaining.
    pub fn with_service_endpoints(mut self, value: Vec<EnvK8sService>) -> Self {
        self.service_endpoints = Some(value);
        self
    }
    /// Sets `cron_jobs` and returns the value, for chaining.
    pub fn with_cron_jobs(mut self, value: Vec<serde_json::Value>) -> Self {
        self.cron_jobs = Some(value);
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = Some(value.into());
        self
    }
    /// Sets `product_name` and returns the value, for chaining.
    pub fn with_product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
    /// Sets `group_name` and returns the value, for chaining.
    pub fn with_group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }
}
/// A workload (Deployment, StatefulSet, ...) of a service and its pods.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvWorkload {
    /// Name of the workload.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Kind of workload, e.g. Deployment.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Images of the workload's containers.
    #[serde(rename = "images", default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<EnvWorkloadImage>>,
    /// Pods of the workload.
    #[serde(rename = "pods", default, skip_serializing_if = "Option::is_none")]
    pub pods: Option<Vec<EnvPod>>,
    /// Desired number of replicas.
    #[serde(rename = "replicas", default, skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i64>,
    /// Kind of release in progress (blue-green, gray, ...), empty if none.
    #[serde(
        rename = "zadigx_release_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub zadigx_release_type: Option<String>,
    /// Tag of the release in progress, empty if none.
    #[serde(
        rename = "zadigx_release_tag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub zadigx_release_tag: Option<String>,
}
impl EnvWorkload {
    /// Creates an empty `EnvWorkload`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            r#type: None,
            images: None,
            pods: None,
            replicas: None,
            zadigx_release_type: None,
            zadigx_release_tag: None,
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `images` and returns the value, for chaining.
    pub fn with_images(mut self, value: Vec<EnvWorkloadImage>) -> Self {
        self.images = Some(value);
        self
    }
    /// Sets `pods` and returns the value, for chaining.
    pub fn with_pods(mut self, value: Vec<EnvPod>) -> Self {
        self.pods = Some(value);
        self
    }
    /// Sets `replicas` and returns the value, for chaining.
    pub fn with_replicas(mut self, value: i64) -> Self {
        self.replicas = Some(value);
        self
    }
    /// Sets `zadigx_release_type` and returns the value, for chaining.
    pub fn with_zadigx_release_type(mut self, value: impl Into<String>) -> Self {
        self.zadigx_release_type = Some(value.into());
        self
    }
    /// Sets `zadigx_release_tag` and returns the value, for chaining.
    pub fn with_zadigx_release_tag(mut self, value: impl Into<String>) -> Self {
        self.zadigx_release_tag = Some(value.into());
        self
    }
}
/// The image of one container of a workload.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvWorkloadImage {
    /// Name of the container.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Full image address.
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Image name without registry and tag.
    #[serde(rename = "image_name", default, skip_serializing_if = "Option::is_none")]
    pub image_name: Option<String>,
}
impl EnvWorkloadImage {
    /// Creates an empty `EnvWorkloadImage`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            image: None,
            image_name: None,
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `image` and returns the value, for chaining.
    pub fn with_image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self
    }
    /// Sets `image_name` and returns the value, for chaining.
    pub fn with_image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = Some(value.into());
        self
    }
}
/// A pod of a workload.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvPod {
    /// Kind of the pod's owner, e.g. ReplicaSet.
    #[serde(rename = "kind", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Name of the pod.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Pod phase, e.g. Running.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Age in human-readable form, e.g. 34d.
    #[serde(rename = "age", default, skip_serializing_if = "Option::is_none")]
    pub age: Option<String>,
    /// Creation time (Unix seconds).
    #[serde(rename = "createtime", default, skip_serializing_if = "Option::is_none")]
    pub createtime: Option<i64>,
    /// Pod IP address.
    #[serde(rename = "ip", default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// Labels of the pod.
    #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Containers of the pod.
    #[serde(rename = "containers", default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<Vec<EnvPodContainer>>,
    /// Node the pod runs on.
    #[serde(rename = "node_name", default, skip_serializing_if = "Option::is_none")]
    pub node_name: Option<String>,
    /// IP address of that node.
    #[serde(rename = "host_ip", default, skip_serializing_if = "Option::is_none")]
    pub host_ip: Option<String>,
    /// Whether a debug container can be attached.
    #[serde(
        rename = "enable_debug_container",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_debug_container: Option<bool>,
    /// Whether the pod is ready.
    #[serde(rename = "pod_ready", default, skip_serializing_if = "Option::is_none")]
    pub pod_ready: Option<bool>,
    /// Whether all containers are ready.
    #[serde(
        rename = "containers_ready",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub containers_ready: Option<bool>,
    /// Explanation when containers are not ready.
    #[serde(
        rename = "containers_message",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub containers_message: Option<String>,
}
impl EnvPod {
    /// Creates an empty `EnvPod`; every field is optional.
    pub fn new() -> Self {
        Self {
            kind: None,
            name: None,
            status: None,
            age: None,
            createtime: None,
            ip: None,
            labels: None,
            containers: None,
            node_name: None,
            host_ip: None,
            enable_debug_container: None,
            pod_ready: None,
            containers_ready: None,
            containers_message: None,
        }
    }
    /// Sets `kind` and returns the value, for chaining.
    pub fn with_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `age` and returns the value, for chaining.
    pub fn with_age(mut self, value: impl Into<String>) -> Self {
        self.age = Some(value.into());
        self
    }
    /// Sets `createtime` and returns the value, for chaining.
    pub fn with_createtime(mut self, value: i64) -> Self {
        self.createtime = Some(value);
        self
    }
    /// Sets `ip` and returns the value, for chaining.
    pub fn with_ip(mut self, value: impl Into<String>) -> Self {
        self.ip = Some(value.into());
        self
    }
    /// Sets `labels` and returns the value, for chaining.
    pub fn with_labels(
        mut self,
        value: std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.labels = Some(value);
        self
    }
    /// Sets `containers` and returns the value, for chaining.
    pub fn with_containers(mut self, value: Vec<EnvPodContainer>) -> Self {
        self.containers = Some(value);
        self
    }
    /// Sets `node_name` and returns the value, for chaining.
    pub fn with_node_name(mut self, value: impl Into<String>) -> Self {
        self.node_name = Some(value.into());
        self
    }
    /// Sets `host_ip` and returns the value, for chaining.
    pub fn with_host_ip(mut self, value: impl Into<String>) -> Self {
        self.host_ip = Some(value.into());
        self
    }
    /// Sets `enable_debug_container` and returns the value, for chaining.
    pub fn with_enable_debug_container(mut self, value: bool) -> Self {
        self.enable_debug_container = Some(value);
        self
    }
    /// Sets `pod_ready` and returns the value, for chaining.
    pub fn with_pod_ready(mut self, value: bool) -> Self {
        self.pod_ready = Some(value);
        self
    }
    /// Sets `containers_ready` and returns the value, for chaining.
    pub fn with_containers_ready(mut self, value: bool) -> Self {
        self.containers_ready = Some(value);
        self
    }
    /// Sets `containers_message` and returns the value, for chaining.
    pub fn with_containers_message(mut self, value: impl Into<String>) -> Self {
        self.containers_message = Some(value.into());
        self
    }
}
/// A container of a pod and its state.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvPodContainer {
    /// Name of the container.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Image the container runs.
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// How often the container restarted.
    #[serde(rename = "restart_count", default, skip_serializing_if = "Option::is_none")]
    pub restart_count: Option<i64>,
    /// State of the container, e.g. running.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Whether the container is ready.
    #[serde(rename = "ready", default, skip_serializing_if = "Option::is_none")]
    pub ready: Option<bool>,
    /// Ports the container exposes.
    #[serde(rename = "ports", default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<Vec<EnvContainerPort>>,
    /// Message explaining the state, if any.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Short reason for the state, if any.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// When the container started (Unix seconds).
    #[serde(rename = "started_at", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<i64>,
}
impl EnvPodContainer {
    /// Creates an empty `EnvPodContainer`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            image: None,
            restart_count: None,
            status: None,
            ready: None,
            ports: None,
            message: None,
            reason: None,
            started_at: None,
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `image` and returns the value, for chaining.
    pub fn with_image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self
    }
    /// Sets `restart_count` and returns the value, for chaining.
    pub fn with_restart_count(mut self, value: i64) -> Self {
        self.restart_count = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `ready` and returns the value, for chaining.
    pub fn with_ready(mut self, value: bool) -> Self {
        self.ready = Some(value);
        self
    }
    /// Sets `ports` and returns the value, for chaining.
    pub fn with_ports(mut self, value: Vec<EnvContainerPort>) -> Self {
        self.ports = Some(value);
        self
    }
    /// Sets `message` and returns the value, for chaining.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets `reason` and returns the value, for chaining.
    pub fn with_reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
    /// Sets `started_at` and returns the value, for chaining.
    pub fn with_started_at(mut self, value: i64) -> Self {
        self.started_at = Some(value);
        self
    }
}
/// A port exposed by a container (Kubernetes ContainerPort).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvContainerPort {
    /// Port number inside the container.
    #[serde(rename = "containerPort", default, skip_serializing_if = "Option::is_none")]
    pub container_port: Option<i64>,
    /// Protocol, e.g. TCP.
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
}
impl EnvContainerPort {
    /// Creates an empty `EnvContainerPort`; every field is optional.
    pub fn new() -> Self {
        Self {
            container_port: None,
            protocol: None,
        }
    }
    /// Sets `container_port` and returns the value, for chaining.
    pub fn with_container_port(mut self, value: i64) -> Self {
        self.container_port = Some(value);
        self
    }
    /// Sets `protocol` and returns the value, for chaining.
    pub fn with_protocol(mut self, value: impl Into<String>) -> Self {
        self.protocol = Some(value.into());
        self
    }
}
/// A Kubernetes Service belonging to a service of the environment.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvK8sService {
    /// Name of the Kubernetes Service.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Age in human-readable form.
    #[serde(rename = "age", default, skip_serializing_if = "Option::is_none")]
    pub age: Option<String>,
    /// Labels of the Kubernetes Service.
    #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Ports the Kubernetes Service exposes.
    #[serde(rename = "endpoints", default, skip_serializing_if = "Option::is_none")]
    pub endpoints: Option<Vec<EnvK8sServicePort>>,
}
impl EnvK8sService {
    /// Creates an empty `EnvK8sService`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            age: None,
            labels: None,
            endpoints: None,
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `age` and returns the value, for chaining.
    pub fn with_age(mut self, value: impl Into<String>) -> Self {
        self.age = Some(value.into());
        self
    }
    /// Sets `labels` and returns the value, for chaining.
    pub fn with_labels(
        mut self,
        value: std::collections::BTreeMap<String, String>,
    ) -> Self {
        self.labels = Some(value);
        self
    }
    /// Sets `endpoints` and returns the value, for chaining.
    pub fn with_endpoints(mut self, value: Vec<EnvK8sServicePort>) -> Self {
        self.endpoints = Some(value);
        self
    }
}
/// One port of a Kubernetes Service.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvK8sServicePort {
    /// Name of the Kubernetes Service.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Port of the Service.
    #[serde(rename = "service_port", default, skip_serializing_if = "Option::is_none")]
    pub service_port: Option<i64>,
    /// Node port, for NodePort Services.
    #[serde(rename = "node_port", default, skip_serializing_if = "Option::is_none")]
    pub node_port: Option<i64>,
}
impl EnvK8sServicePort {
    /// Creates an empty `EnvK8sServicePort`; every field is optional.
    pub fn new() -> Self {
        Self {
            service_name: None,
            service_port: None,
            node_port: None,
        }
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `service_port` and returns the value, for chaining.
    pub fn with_service_port(mut self, value: i64) -> Self {
        self.service_port = Some(value);
        self
    }
    /// Sets `node_port` and returns the value, for chaining.
    pub fn with_node_port(mut self, value: i64) -> Self {
        self.node_port = Some(value);
        self
    }
}
/// Kind of environment configuration resource.
///
/// The set of values is open: a value this version does not know decodes to
/// [`EnvConfigType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnvConfigType {
    /// `ConfigMap`: A Kubernetes ConfigMap.
    ConfigMap,
    /// `Secret`: A Kubernetes Secret.
    Secret,
    /// `Ingress`: A Kubernetes Ingress.
    Ingress,
    /// `PVC`: A Kubernetes PersistentVolumeClaim.
    Pvc,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl EnvConfigType {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConfigMap => "ConfigMap",
            Self::Secret => "Secret",
            Self::Ingress => "Ingress",
            Self::Pvc => "PVC",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl From<&str> for EnvConfigType {
    fn from(value: &str) -> Self {
        match value {
            "ConfigMap" => Self::ConfigMap,
            "Secret" => Self::Secret,
            "Ingress" => Self::Ingress,
            "PVC" => Self::Pvc,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for EnvConfigType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ConfigMap" => Self::ConfigMap,
            "Secret" => Self::Secret,
            "Ingress" => Self::Ingress,
            "PVC" => Self::Pvc,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for EnvConfigType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for EnvConfigType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EnvConfigType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EnvConfigType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Body for adding a configuration resource to an environment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateEnvConfigRequest {
    /// Name of the resource.
    #[serde(rename = "name")]
    pub name: String,
    /// Kind of the resource.
    #[serde(rename = "common_env_cfg_type")]
    pub common_env_cfg_type: EnvConfigType,
    /// YAML manifest of the resource.
    #[serde(rename = "yaml_data")]
    pub yaml_data: String,
}
impl CreateEnvConfigRequest {
    /// Creates a `CreateEnvConfigRequest` from its required fields; optional fields start as `None`.
    pub fn new(
        name: impl Into<String>,
        common_env_cfg_type: EnvConfigType,
        yaml_data: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            common_env_cfg_type,
            yaml_data: yaml_data.into(),
        }
    }
}
/// Body for replacing a configuration resource of an environment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateEnvConfigRequest {
    /// Name of the resource.
    #[serde(rename = "name")]
    pub name: String,
    /// Key of the environment.
    #[serde(rename = "env_key")]
    pub env_key: String,
    /// Kind of the resource.
    #[serde(rename = "common_env_cfg_type")]
    pub common_env_cfg_type: EnvConfigType,
    /// New YAML manifest of the resource.
    #[serde(rename = "yaml_data")]
    pub yaml_data: String,
}
impl UpdateEnvConfigRequest {
    /// Creates a `UpdateEnvConfigRequest` from its required fields; optional fields start as `None`.
    pub fn new(
        name: impl Into<String>,
        env_key: impl Into<String>,
        common_env_cfg_type: EnvConfigType,
        yaml_data: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            env_key: env_key.into(),
            common_env_cfg_type,
            yaml_data: yaml_data.into(),
        }
    }
}
/// A configuration resource as the list endpoints show it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvConfigSummary {
    /// Name of the resource.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Key of the environment.
    #[serde(rename = "env_name", default, skip_serializing_if = "Option::is_none")]
    pub env_name: Option<String>,
    /// Key of the project.
    #[serde(rename = "project_name", default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// Kind of the resource.
    #[serde(
        rename = "common_env_cfg_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub common_env_cfg_type: Option<EnvConfigType>,
    /// When it was last changed (Unix seconds).
    #[serde(rename = "update_time", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<i64>,
}
impl EnvConfigSummary {
    /// Creates an empty `EnvConfigSummary`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            env_name: None,
            project_name: None,
            common_env_cfg_type: None,
            update_time: None,
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = Some(value.into());
        self
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = Some(value.into());
        self
    }
    /// Sets `common_env_cfg_type` and returns the value, for chaining.
    pub fn with_common_env_cfg_type(mut self, value: EnvConfigType) -> Self {
        self.common_env_cfg_type = Some(value);
        self
    }
    /// Sets `update_time` and returns the value, for chaining.
    pub fn with_update_time(mut self, value: i64) -> Self {
        self.update_time = Some(value);
        self
    }
}
/// One configuration resource; only the field matching its kind is set (`configMap_detail`, `secret_detail`, `ingress_detail` or `pvc_detail`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvConfigDetail {
    /// Set for a ConfigMap.
    #[serde(
        rename = "configMap_detail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub config_map_detail: Option<EnvConfigResource>,
    /// Set for a Secret.
    #[serde(rename = "secret_detail", default, skip_serializing_if = "Option::is_none")]
    pub secret_detail: Option<EnvConfigResource>,
    /// Set for an Ingress.
    #[serde(rename = "ingress_detail", default, skip_serializing_if = "Option::is_none")]
    pub ingress_detail: Option<EnvConfigResource>,
    /// Set for a PersistentVolumeClaim.
    #[serde(rename = "pvc_detail", default, skip_serializing_if = "Option::is_none")]
    pub pvc_detail: Option<EnvConfigResource>,
}
impl EnvConfigDetail {
    /// Creates an empty `EnvConfigDetail`; every field is optional.
    pub fn new() -> Self {
        Self {
            config_map_detail: None,
            secret_detail: None,
            ingress_detail: None,
            pvc_detail: None,
        }
    }
    /// Sets `config_map_detail` and returns the value, for chaining.
    pub fn with_config_map_detail(mut self, value: EnvConfigResource) -> Self {
        self.config_map_detail = Some(value);
        self
    }
    /// Sets `secret_detail` and returns the value, for chaining.
    pub fn with_secret_detail(mut self, value: EnvConfigResource) -> Self {
        self.secret_detail = Some(value);
        self
    }
    /// Sets `ingress_detail` and returns the value, for chaining.
    pub fn with_ingress_detail(mut self, value: EnvConfigResource) -> Self {
        self.ingress_detail = Some(value);
        self
    }
    /// Sets `pvc_detail` and returns the value, for chaining.
    pub fn with_pvc_detail(mut self, value: EnvConfigResource) -> Self {
        self.pvc_detail = Some(value);
        self
    }
}
/// Common fields of a configuration resource.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvConfigResource {
    /// Name of the resource.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Kind of the resource.
    #[serde(
        rename = "common_env_cfg_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub common_env_cfg_type: Option<EnvConfigType>,
    /// When it was created (Unix seconds).
    #[serde(rename = "created_time", default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<i64>,
    /// Key of the environment.
    #[serde(rename = "env_key", default, skip_serializing_if = "Option::is_none")]
    pub env_key: Option<String>,
    /// Key of the project, as the docs name it.
    #[serde(rename = "product_key", default, skip_serializing_if = "Option::is_none")]
    pub product_key: Option<String>,
    /// Key of the project, as the server names it.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// YAML manifest of the resource.
    #[serde(rename = "yaml_data", default, skip_serializing_if = "Option::is_none")]
    pub yaml_data: Option<String>,
    /// Where the resource is synchronised from, when it comes from a code repository.
    #[serde(rename = "source_detail", default, skip_serializing_if = "Option::is_none")]
    pub source_detail: Option<EnvConfigSource>,
}
impl EnvConfigResource {
    /// Creates an empty `EnvConfigResource`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            common_env_cfg_type: None,
            created_time: None,
            env_key: None,
            product_key: None,
            project_key: None,
            yaml_data: None,
            source_detail: None,
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `common_env_cfg_type` and returns the value, for chaining.
    pub fn with_common_env_cfg_type(mut self, value: EnvConfigType) -> Self {
        self.common_env_cfg_type = Some(value);
        self
    }
    /// Sets `created_time` and returns the value, for chaining.
    pub fn with_created_time(mut self, value: i64) -> Self {
        self.created_time = Some(value);
        self
    }
    /// Sets `env_key` and returns the value, for chaining.
    pub fn with_env_key(mut self, value: impl Into<String>) -> Self {
        self.env_key = Some(value.into());
        self
    }
    /// Sets `product_key` and returns the value, for chaining.
    pub fn with_product_key(mut self, value: impl Into<String>) -> Self {
        self.product_key = Some(value.into());
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Sets `yaml_data` and returns the value, for chaining.
    pub fn with_yaml_data(mut self, value: impl Into<String>) -> Self {
        self.yaml_data = Some(value.into());
        self
    }
    /// Sets `source_detail` and returns the value, for chaining.
    pub fn with_source_detail(mut self, value: EnvConfigSource) -> Self {
        self.source_detail = Some(value);
        self
    }
}
/// Code repository a configuration resource is loaded from.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvConfigSource {
    /// The repository and branch.
    #[serde(
        rename = "git_repo_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub git_repo_config: Option<EnvConfigGitRepo>,
    /// Path of the file in the repository.
    #[serde(rename = "load_path", default, skip_serializing_if = "Option::is_none")]
    pub load_path: Option<String>,
    /// Whether changes in the repository are applied automatically.
    #[serde(rename = "auto_sync", default, skip_serializing_if = "Option::is_none")]
    pub auto_sync: Option<bool>,
}
impl EnvConfigSource {
    /// Creates an empty `EnvConfigSource`; every field is optional.
    pub fn new() -> Self {
        Self {
            git_repo_config: None,
            load_path: None,
            auto_sync: None,
        }
    }
    /// Sets `git_repo_config` and returns the value, for chaining.
    pub fn with_git_repo_config(mut self, value: EnvConfigGitRepo) -> Self {
        self.git_repo_config = Some(value);
        self
    }
    /// Sets `load_path` and returns the value, for chaining.
    pub fn with_load_path(mut self, value: impl Into<String>) -> Self {
        self.load_path = Some(value.into());
        self
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = Some(value);
        self
    }
}
/// A code repository and branch.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnvConfigGitRepo {
    /// Key of the code host integration.
    #[serde(rename = "codehost_key", default, skip_serializing_if = "Option::is_none")]
    pub codehost_key: Option<String>,
    /// Organisation or user that holds the repository.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Owner of the repository.
    #[serde(rename = "owner", default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Name of the repository.
    #[serde(rename = "repo", default, skip_serializing_if = "Option::is_none")]
    pub repo: Option<String>,
    /// Branch to read.
    #[serde(rename = "branch", default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
}
impl EnvConfigGitRepo {
    /// Creates an empty `EnvConfigGitRepo`; every field is optional.
    pub fn new() -> Self {
        Self {
            codehost_key: None,
            namespace: None,
            owner: None,
            repo: None,
            branch: None,
        }
    }
    /// Sets `codehost_key` and returns the value, for chaining.
    pub fn with_codehost_key(mut self, value: impl Into<String>) -> Self {
        self.codehost_key = Some(value.into());
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `owner` and returns the value, for chaining.
    pub fn with_owner(mut self, value: impl Into<String>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets `repo` and returns the value, for chaining.
    pub fn with_repo(mut self, value: impl Into<String>) -> Self {
        self.repo = Some(value.into());
        self
    }
    /// Sets `branch` and returns the value, for chaining.
    pub fn with_branch(mut self, value: impl Into<String>) -> Self {
        self.branch = Some(value.into());
        self
    }
}
/// Body for changing the replica count of a workload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ScaleWorkloadRequest {
    /// Key of the project.
    #[serde(rename = "project_key")]
    pub project_key: String,
    /// Key of the environment.
    #[serde(rename = "env_key")]
    pub env_key: String,
    /// Name of the workload.
    #[serde(rename = "workload_name")]
    pub workload_name: String,
    /// Kind of workload, Deployment or StatefulSet.
    #[serde(rename = "workload_type")]
    pub workload_type: String,
    /// Desired number of replicas.
    #[serde(rename = "target_replicas")]
    pub target_replicas: i64,
}
impl ScaleWorkloadRequest {
    /// Creates a `ScaleWorkloadRequest` from its required fields; optional fields start as `None`.
    pub fn new(
        project_key: impl Into<String>,
        env_key: impl Into<String>,
        workload_name: impl Into<String>,
        workload_type: impl Into<String>,
        target_replicas: i64,
    ) -> Self {
        Self {
            project_key: project_key.into(),
            env_key: env_key.into(),
            workload_name: workload_name.into(),
            workload_type: workload_type.into(),
            target_replicas,
        }
    }
}
/// Body for changing the image of one container of a workload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateContainerImageRequest {
    /// Key of the project.
    #[serde(rename = "product_name")]
    pub product_name: String,
    /// Key of the environment.
    #[serde(rename = "env_name")]
    pub env_name: String,
    /// Name of the service.
    #[serde(rename = "service_name")]
    pub service_name: String,
    /// Name of the workload (Deployment, StatefulSet or CronJob).
    #[serde(rename = "name")]
    pub name: String,
    /// Name of the container to change.
    #[serde(rename = "container_name")]
    pub container_name: String,
    /// Full address of the new image.
    #[serde(rename = "image")]
    pub image: String,
}
impl UpdateContainerImageRequest {
    /// Creates a `UpdateContainerImageRequest` from its required fields; optional fields start as `None`.
    pub fn new(
        product_name: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
        name: impl Into<String>,
        container_name: impl Into<String>,
        image: impl Into<String>,
    ) -> Self {
        Self {
            product_name: product_name.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            name: name.into(),
            container_name: container_name.into(),
            image: image.into(),
        }
    }
}
/// A Kubernetes event about an object of the environment.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct KubeEvent {
    /// Short machine-readable reason.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Human-readable text.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// When the event was first recorded (Unix seconds).
    #[serde(rename = "first_seen", default, skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<i64>,
    /// When it was last recorded (Unix seconds).
    #[serde(rename = "last_seen", default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<i64>,
    /// How often it occurred.
    #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Normal or Warning.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
impl KubeEvent {
    /// Creates an empty `KubeEvent`; every field is optional.
    pub fn new() -> Self {
        Self {
            reason: None,
            message: None,
            first_seen: None,
            last_seen: None,
            count: None,
            r#type: None,
        }
    }
    /// Sets `reason` and returns the value, for chaining.
    pub fn with_reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
    /// Sets `message` and returns the value, for chaining.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets `first_seen` and returns the value, for chaining.
    pub fn with_first_seen(mut self, value: i64) -> Self {
        self.first_seen = Some(value);
        self
    }
    /// Sets `last_seen` and returns the value, for chaining.
    pub fn with_last_seen(mut self, value: i64) -> Self {
        self.last_seen = Some(value);
        self
    }
    /// Sets `count` and returns the value, for chaining.
    pub fn with_count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
/// Whether enabling or disabling environment sharing has completed, with the individual checks.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ShareEnvReadiness {
    /// Whether the operation is complete.
    #[serde(rename = "is_ready", default, skip_serializing_if = "Option::is_none")]
    pub is_ready: Option<bool>,
    /// Results of the individual checks.
    #[serde(rename = "checks", default, skip_serializing_if = "Option::is_none")]
    pub checks: Option<ShareEnvReadyChecks>,
}
impl ShareEnvReadiness {
    /// Creates an empty `ShareEnvReadiness`; every field is optional.
    pub fn new() -> Self {
        Self {
            is_ready: None,
            checks: None,
        }
    }
    /// Sets `is_ready` and returns the value, for chaining.
    pub fn with_is_ready(mut self, value: bool) -> Self {
        self.is_ready = Some(value);
        self
    }
    /// Sets `checks` and returns the value, for chaining.
    pub fn with_checks(mut self, value: ShareEnvReadyChecks) -> Self {
        self.checks = Some(value);
        self
    }
}
/// Individual checks behind a sharing readiness result.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ShareEnvReadyChecks {
    /// The namespace carries the Istio injection label.
    #[serde(
        rename = "namespace_has_istio_label",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub namespace_has_istio_label: Option<bool>,
    /// The Istio VirtualServices are in place.
    #[serde(
        rename = "virtualservice_deployed",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub virtualservice_deployed: Option<bool>,
    /// The pods run the Istio sidecar.
    #[serde(
        rename = "pods_have_istio_proxy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pods_have_istio_proxy: Option<bool>,
    /// All workloads are ready.
    #[serde(
        rename = "workloads_ready",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub workloads_ready: Option<bool>,
    /// Every workload has a Kubernetes Service.
    #[serde(
        rename = "workloads_have_k8s_service",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub workloads_have_k8s_service: Option<bool>,
}
impl ShareEnvReadyChecks {
    /// Creates an empty `ShareEnvReadyChecks`; every field is optional.
    pub fn new() -> Self {
        Self {
            namespace_has_istio_label: None,
            virtualservice_deployed: None,
            pods_have_istio_proxy: None,
            workloads_ready: None,
            workloads_have_k8s_service: None,
        }
    }
    /// Sets `namespace_has_istio_label` and returns the value, for chaining.
    pub fn with_namespace_has_istio_label(mut self, value: bool) -> Self {
        self.namespace_has_istio_label = Some(value);
        self
    }
    /// Sets `virtualservice_deployed` and returns the value, for chaining.
    pub fn with_virtualservice_deployed(mut self, value: bool) -> Self {
        self.virtualservice_deployed = Some(value);
        self
    }
    /// Sets `pods_have_istio_proxy` and returns the value, for chaining.
    pub fn with_pods_have_istio_proxy(mut self, value: bool) -> Self {
        self.pods_have_istio_proxy = Some(value);
        self
    }
    /// Sets `workloads_ready` and returns the value, for chaining.
    pub fn with_workloads_ready(mut self, value: bool) -> Self {
        self.workloads_ready = Some(value);
        self
    }
    /// Sets `workloads_have_k8s_service` and returns the value, for chaining.
    pub fn with_workloads_have_k8s_service(mut self, value: bool) -> Self {
        self.workloads_have_k8s_service = Some(value);
        self
    }
}
/// Entry (portal) settings of a service in a shared environment.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EntryServiceInfo {
    /// Address (IP or domain) of the default gateway.
    #[serde(
        rename = "default_gateway_address",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_gateway_address: Option<String>,
    /// Hosts and ports through which the service is reached.
    #[serde(rename = "servers", default, skip_serializing_if = "Option::is_none")]
    pub servers: Option<Vec<EntryServiceServer>>,
}
impl EntryServiceInfo {
    /// Creates an empty `EntryServiceInfo`; every field is optional.
    pub fn new() -> Self {
        Self {
            default_gateway_address: None,
            servers: None,
        }
    }
    /// Sets `default_gateway_address` and returns the value, for chaining.
    pub fn with_default_gateway_address(mut self, value: impl Into<String>) -> Self {
        self.default_gateway_address = Some(value.into());
        self
    }
    /// Sets `servers` and returns the value, for chaining.
    pub fn with_servers(mut self, value: Vec<EntryServiceServer>) -> Self {
        self.servers = Some(value);
        self
    }
}
/// A host and port through which an entry service is reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EntryServiceServer {
    /// Host name or IP address.
    #[serde(rename = "host")]
    pub host: String,
    /// Port number.
    #[serde(rename = "port_number")]
    pub port_number: u32,
    /// Protocol on that port, e.g. HTTP.
    #[serde(rename = "port_protocol")]
    pub port_protocol: String,
}
impl EntryServiceServer {
    /// Creates a `EntryServiceServer` from its required fields; optional fields start as `None`.
    pub fn new(
        host: impl Into<String>,
        port_number: u32,
        port_protocol: impl Into<String>,
    ) -> Self {
        Self {
            host: host.into(),
            port_number,
            port_protocol: port_protocol.into(),
        }
    }
}
