// @generated from spec/environment.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Environment API.
//!
//! Test and production environments of K8s YAML projects: listing, details, creation and removal, the services deployed in them and their variables, global variables, environment configurations (ConfigMap, Secret, Ingress, PVC), workload scaling, restarts and image updates, Kubernetes events, sub-environments (self-test mode) and live container logs.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// State of an environment, in lower case: the OpenAPI handlers lower-case the stored status before sending it.
///
/// The set of values is open: a value this version does not know decodes to
/// [`EnvironmentStatus::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnvironmentStatus {
    /// `success`: Running normally.
    Success,
    /// `failed`: Creation or update failed.
    Failed,
    /// `creating`: Being created.
    Creating,
    /// `updating`: Being updated.
    Updating,
    /// `deleting`: Being deleted.
    Deleting,
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
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "success",
            Self::Failed => "failed",
            Self::Creating => "creating",
            Self::Updating => "updating",
            Self::Deleting => "deleting",
            Self::Unstable => "unstable",
            Self::Sleeping => "sleeping",
            Self::StatusUnknown => "unknown",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for EnvironmentStatus {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for EnvironmentStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "success" => Self::Success,
            "failed" => Self::Failed,
            "creating" => Self::Creating,
            "updating" => Self::Updating,
            "deleting" => Self::Deleting,
            "unstable" => Self::Unstable,
            "sleeping" => Self::Sleeping,
            "unknown" => Self::StatusUnknown,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for EnvironmentStatus {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for EnvironmentStatus {
    type Err = std::convert::Infallible;
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvironmentSummary {
    /// Key of the environment.
    pub env_key: String,
    /// Display name (alias) of the environment; absent when none is set.
    pub display_name: Option<String>,
    /// Id of the Kubernetes cluster.
    pub cluster_id: String,
    /// Kubernetes namespace of the environment.
    pub namespace: String,
    /// Whether it is a production environment.
    pub production: bool,
    /// Id of the image registry.
    pub registry_id: String,
    /// Current state.
    pub status: EnvironmentStatus,
    /// Who changed the environment last.
    pub update_by: String,
    /// When it was last changed (Unix seconds).
    pub update_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvironmentSummary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("env_key", &self.env_key);
        map.some("envName", &self.display_name);
        map.entry("cluster_id", &self.cluster_id);
        map.entry("namespace", &self.namespace);
        map.entry("production", &self.production);
        map.entry("registry_id", &self.registry_id);
        map.entry("status", &self.status);
        map.entry("update_by", &self.update_by);
        map.entry("update_time", &self.update_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvironmentSummary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvironmentSummary {
    const NAME: &'static str = "EnvironmentSummary";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "env_key" | "env_name" => or_default(map, &mut self.env_key),
            "envName" => value(map, &mut self.display_name),
            "cluster_id" => or_default(map, &mut self.cluster_id),
            "namespace" => or_default(map, &mut self.namespace),
            "production" => or_default(map, &mut self.production),
            "registry_id" => or_default(map, &mut self.registry_id),
            "status" => or_default(map, &mut self.status),
            "update_by" => or_default(map, &mut self.update_by),
            "update_time" => or_default(map, &mut self.update_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvironmentSummary {
    /// Creates an empty `EnvironmentSummary`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One environment with its global variables and deployed services; also the body that updates its basic settings (`update_environment`), which reads `registry_id` and `env_name`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvironmentDetail {
    /// Key of the project.
    pub project_key: String,
    /// Key of the environment.
    pub env_key: String,
    /// Display name of the environment (production environments).
    pub env_name: Option<String>,
    /// Who changed the environment last.
    pub update_by: String,
    /// When it was last changed (Unix seconds).
    pub update_time: i64,
    /// Id of the Kubernetes cluster.
    pub cluster_id: String,
    /// Kubernetes namespace of the environment.
    pub namespace: String,
    /// Id of the image registry.
    pub registry_id: String,
    /// Global variables of the environment.
    pub global_variables: Vec<crate::types::GlobalVariableKV>,
    /// Chart settings (release, chart, override values) of the Helm services of the environment; absent for K8s YAML environments.
    pub chart_values: Option<Vec<EnvHelmChartValues>>,
    /// Services deployed in the environment.
    pub services: Vec<EnvironmentServiceInfo>,
    /// Current state.
    pub status: EnvironmentStatus,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvironmentDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("env_key", &self.env_key);
        map.some("env_name", &self.env_name);
        map.entry("update_by", &self.update_by);
        map.entry("update_time", &self.update_time);
        map.entry("cluster_id", &self.cluster_id);
        map.entry("namespace", &self.namespace);
        map.entry("registry_id", &self.registry_id);
        map.entry("global_variables", &self.global_variables);
        map.some("chart_values", &self.chart_values);
        map.entry("services", &self.services);
        map.entry("status", &self.status);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvironmentDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvironmentDetail {
    const NAME: &'static str = "EnvironmentDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "project_key" => or_default(map, &mut self.project_key),
            "env_key" => or_default(map, &mut self.env_key),
            "env_name" => value(map, &mut self.env_name),
            "update_by" => or_default(map, &mut self.update_by),
            "update_time" => or_default(map, &mut self.update_time),
            "cluster_id" => or_default(map, &mut self.cluster_id),
            "namespace" => or_default(map, &mut self.namespace),
            "registry_id" => or_default(map, &mut self.registry_id),
            "global_variables" => or_default(map, &mut self.global_variables),
            "chart_values" => value(map, &mut self.chart_values),
            "services" => or_default(map, &mut self.services),
            "status" => or_default(map, &mut self.status),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvironmentDetail {
    /// Creates an empty `EnvironmentDetail`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = value.into();
        self
    }
    /// Sets `env_key` and returns the value, for chaining.
    pub fn with_env_key(mut self, value: impl Into<String>) -> Self {
        self.env_key = value.into();
        self
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = Some(value.into());
        self
    }
    /// Sets `update_by` and returns the value, for chaining.
    pub fn with_update_by(mut self, value: impl Into<String>) -> Self {
        self.update_by = value.into();
        self
    }
    /// Sets `update_time` and returns the value, for chaining.
    #[inline]
    pub fn with_update_time(mut self, value: i64) -> Self {
        self.update_time = value;
        self
    }
    /// Sets `cluster_id` and returns the value, for chaining.
    pub fn with_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = value.into();
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = value.into();
        self
    }
    /// Sets `registry_id` and returns the value, for chaining.
    pub fn with_registry_id(mut self, value: impl Into<String>) -> Self {
        self.registry_id = value.into();
        self
    }
    /// Sets `global_variables` and returns the value, for chaining.
    #[inline]
    pub fn with_global_variables(
        mut self,
        value: Vec<crate::types::GlobalVariableKV>,
    ) -> Self {
        self.global_variables = value;
        self
    }
    /// Sets `chart_values` and returns the value, for chaining.
    #[inline]
    pub fn with_chart_values(mut self, value: Vec<EnvHelmChartValues>) -> Self {
        self.chart_values = Some(value);
        self
    }
    /// Sets `services` and returns the value, for chaining.
    #[inline]
    pub fn with_services(mut self, value: Vec<EnvironmentServiceInfo>) -> Self {
        self.services = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    #[inline]
    pub fn with_status(mut self, value: EnvironmentStatus) -> Self {
        self.status = value;
        self
    }
}
/// Chart settings of one Helm service (or chart release) in an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvHelmChartValues {
    /// Key of the environment.
    pub env_key: Option<String>,
    /// Name of the service; empty for a release deployed straight from a chart.
    pub service_name: Option<String>,
    /// Whether the release was deployed straight from a chart repository rather than from a service.
    pub is_chart_deploy: Option<bool>,
    /// Name of the Helm release.
    pub release_name: Option<String>,
    /// Chart repository, for a release deployed from a chart.
    pub chart_repo: Option<String>,
    /// Name of the chart.
    pub chart_name: Option<String>,
    /// Version of the chart.
    pub chart_version: Option<String>,
    /// Single values set on top of the chart's values (key paths such as `image.tag`).
    pub override_values: Option<Vec<EnvHelmKVPair>>,
    /// Values YAML merged over the chart's values.
    pub override_yaml: Option<String>,
    /// Where the override values come from, when they are loaded from a repository.
    pub values_data: Option<EnvHelmValuesData>,
    /// The override values as stored for the environment.
    pub yaml_data: Option<EnvCustomYaml>,
    /// Variables as YAML (used by K8s YAML services; usually empty here).
    pub variable_yaml: Option<String>,
    /// How Zadig manages the service in this environment.
    pub deploy_strategy: EnvServiceDeployStrategy,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvHelmChartValues {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("envName", &self.env_key);
        map.some("serviceName", &self.service_name);
        map.some("is_chart_deploy", &self.is_chart_deploy);
        map.some("release_name", &self.release_name);
        map.some("chart_repo", &self.chart_repo);
        map.some("chart_name", &self.chart_name);
        map.some("chartVersion", &self.chart_version);
        map.some("overrideValues", &self.override_values);
        map.some("overrideYaml", &self.override_yaml);
        map.some("valuesData", &self.values_data);
        map.some("yaml_data", &self.yaml_data);
        map.some("variable_yaml", &self.variable_yaml);
        map.entry("deploy_strategy", &self.deploy_strategy);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvHelmChartValues {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvHelmChartValues {
    const NAME: &'static str = "EnvHelmChartValues";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "envName" => value(map, &mut self.env_key),
            "serviceName" => value(map, &mut self.service_name),
            "is_chart_deploy" => value(map, &mut self.is_chart_deploy),
            "release_name" => value(map, &mut self.release_name),
            "chart_repo" => value(map, &mut self.chart_repo),
            "chart_name" => value(map, &mut self.chart_name),
            "chartVersion" => value(map, &mut self.chart_version),
            "overrideValues" => value(map, &mut self.override_values),
            "overrideYaml" => value(map, &mut self.override_yaml),
            "valuesData" => value(map, &mut self.values_data),
            "yaml_data" => value(map, &mut self.yaml_data),
            "variable_yaml" => value(map, &mut self.variable_yaml),
            "deploy_strategy" => or_default(map, &mut self.deploy_strategy),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvHelmChartValues {
    /// Creates an empty `EnvHelmChartValues`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `env_key` and returns the value, for chaining.
    pub fn with_env_key(mut self, value: impl Into<String>) -> Self {
        self.env_key = Some(value.into());
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `is_chart_deploy` and returns the value, for chaining.
    #[inline]
    pub fn with_is_chart_deploy(mut self, value: bool) -> Self {
        self.is_chart_deploy = Some(value);
        self
    }
    /// Sets `release_name` and returns the value, for chaining.
    pub fn with_release_name(mut self, value: impl Into<String>) -> Self {
        self.release_name = Some(value.into());
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
    #[inline]
    pub fn with_override_values(mut self, value: Vec<EnvHelmKVPair>) -> Self {
        self.override_values = Some(value);
        self
    }
    /// Sets `override_yaml` and returns the value, for chaining.
    pub fn with_override_yaml(mut self, value: impl Into<String>) -> Self {
        self.override_yaml = Some(value.into());
        self
    }
    /// Sets `values_data` and returns the value, for chaining.
    #[inline]
    pub fn with_values_data(mut self, value: EnvHelmValuesData) -> Self {
        self.values_data = Some(value);
        self
    }
    /// Sets `yaml_data` and returns the value, for chaining.
    #[inline]
    pub fn with_yaml_data(mut self, value: EnvCustomYaml) -> Self {
        self.yaml_data = Some(value);
        self
    }
    /// Sets `variable_yaml` and returns the value, for chaining.
    pub fn with_variable_yaml(mut self, value: impl Into<String>) -> Self {
        self.variable_yaml = Some(value.into());
        self
    }
    /// Sets `deploy_strategy` and returns the value, for chaining.
    #[inline]
    pub fn with_deploy_strategy(mut self, value: EnvServiceDeployStrategy) -> Self {
        self.deploy_strategy = value;
        self
    }
}
/// One Helm value set by key path.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvHelmKVPair {
    /// Key path of the value, e.g. `image.tag`.
    pub key: String,
    /// The value (any JSON value).
    pub value: Option<serde_json::Value>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvHelmKVPair {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.some("value", &self.value);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvHelmKVPair {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvHelmKVPair {
    const NAME: &'static str = "EnvHelmKVPair";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "key" => or_default(map, &mut self.key),
            "value" => value(map, &mut self.value),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvHelmKVPair {
    /// Creates an empty `EnvHelmKVPair`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `key` and returns the value, for chaining.
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = value.into();
        self
    }
    /// Sets `value` and returns the value, for chaining.
    #[inline]
    pub fn with_value(mut self, value: serde_json::Value) -> Self {
        self.value = Some(value);
        self
    }
}
/// Source of a service's override values.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvHelmValuesData {
    /// Kind of source, e.g. a code repository or a values template.
    pub yaml_source: String,
    /// Id of the source, when it is a stored template.
    pub source_id: String,
    /// Whether changes at the source are applied automatically.
    pub auto_sync: bool,
    /// The values YAML last read from the source.
    ///
    /// The Zadig releases that send or read this field: v4.0.0 and later; the others ignore it when it is sent.
    pub auto_sync_yaml: String,
    /// The code repository, when the values come from one.
    pub git_repo_config: Option<EnvHelmValuesRepo>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvHelmValuesData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("yamlSource", &self.yaml_source);
        map.entry("source_id", &self.source_id);
        map.entry("autoSync", &self.auto_sync);
        map.entry("autoSyncYaml", &self.auto_sync_yaml);
        map.some("gitRepoConfig", &self.git_repo_config);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvHelmValuesData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvHelmValuesData {
    const NAME: &'static str = "EnvHelmValuesData";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "yamlSource" => or_default(map, &mut self.yaml_source),
            "source_id" => or_default(map, &mut self.source_id),
            "autoSync" => or_default(map, &mut self.auto_sync),
            "autoSyncYaml" => or_default(map, &mut self.auto_sync_yaml),
            "gitRepoConfig" => value(map, &mut self.git_repo_config),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvHelmValuesData {
    /// Creates an empty `EnvHelmValuesData`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `yaml_source` and returns the value, for chaining.
    pub fn with_yaml_source(mut self, value: impl Into<String>) -> Self {
        self.yaml_source = value.into();
        self
    }
    /// Sets `source_id` and returns the value, for chaining.
    pub fn with_source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = value.into();
        self
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    #[inline]
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = value;
        self
    }
    /// Sets `auto_sync_yaml` and returns the value, for chaining.
    pub fn with_auto_sync_yaml(mut self, value: impl Into<String>) -> Self {
        self.auto_sync_yaml = value.into();
        self
    }
    /// Sets `git_repo_config` and returns the value, for chaining.
    #[inline]
    pub fn with_git_repo_config(mut self, value: EnvHelmValuesRepo) -> Self {
        self.git_repo_config = Some(value);
        self
    }
}
/// A code repository holding Helm values files.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvHelmValuesRepo {
    /// Numeric id of the code host integration.
    pub codehost_id: Option<i64>,
    /// Owner of the repository.
    pub owner: Option<String>,
    /// Organisation or user that holds the repository.
    pub namespace: Option<String>,
    /// Name of the repository.
    pub repo: Option<String>,
    /// Branch to read.
    pub branch: Option<String>,
    /// Paths of the values files in the repository.
    pub values_paths: Option<Vec<String>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvHelmValuesRepo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("codehostID", &self.codehost_id);
        map.some("owner", &self.owner);
        map.some("namespace", &self.namespace);
        map.some("repo", &self.repo);
        map.some("branch", &self.branch);
        map.some("valuesPaths", &self.values_paths);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvHelmValuesRepo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvHelmValuesRepo {
    const NAME: &'static str = "EnvHelmValuesRepo";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "codehostID" => value(map, &mut self.codehost_id),
            "owner" => value(map, &mut self.owner),
            "namespace" => value(map, &mut self.namespace),
            "repo" => value(map, &mut self.repo),
            "branch" => value(map, &mut self.branch),
            "valuesPaths" => value(map, &mut self.values_paths),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvHelmValuesRepo {
    /// Creates an empty `EnvHelmValuesRepo`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `codehost_id` and returns the value, for chaining.
    #[inline]
    pub fn with_codehost_id(mut self, value: i64) -> Self {
        self.codehost_id = Some(value);
        self
    }
    /// Sets `owner` and returns the value, for chaining.
    pub fn with_owner(mut self, value: impl Into<String>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
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
    /// Sets `values_paths` and returns the value, for chaining.
    #[inline]
    pub fn with_values_paths(mut self, value: Vec<String>) -> Self {
        self.values_paths = Some(value);
        self
    }
}
/// Values YAML stored for a service in an environment, with where it came from.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvCustomYaml {
    /// The YAML text.
    pub yaml_content: String,
    /// Variables of the YAML, for K8s YAML services.
    pub render_variable_kvs: Vec<crate::types::ServiceVariableKV>,
    /// Kind of source the YAML comes from; empty when typed in by hand.
    pub source: String,
    /// Whether changes at the source are applied automatically.
    pub auto_sync: bool,
    /// Result of the last automatic synchronisation, if any.
    ///
    /// The Zadig releases that send or read this field: no release yet (only the development branch); the others ignore it when it is sent.
    pub auto_sync_status: Option<String>,
    /// The YAML last read from the source.
    pub auto_sync_yaml: String,
    /// Details of the source; its shape depends on `source` (the server keeps it untyped).
    pub source_detail: Option<serde_json::Value>,
    /// Id of the source, when it is a stored template.
    pub source_id: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvCustomYaml {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("yaml_content", &self.yaml_content);
        map.entry("render_variable_kvs", &self.render_variable_kvs);
        map.entry("source", &self.source);
        map.entry("auto_sync", &self.auto_sync);
        map.some("auto_sync_status", &self.auto_sync_status);
        map.entry("auto_sync_yaml", &self.auto_sync_yaml);
        map.some("source_detail", &self.source_detail);
        map.entry("source_id", &self.source_id);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvCustomYaml {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvCustomYaml {
    const NAME: &'static str = "EnvCustomYaml";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "yaml_content" => or_default(map, &mut self.yaml_content),
            "render_variable_kvs" => or_default(map, &mut self.render_variable_kvs),
            "source" => or_default(map, &mut self.source),
            "auto_sync" => or_default(map, &mut self.auto_sync),
            "auto_sync_status" => value(map, &mut self.auto_sync_status),
            "auto_sync_yaml" => or_default(map, &mut self.auto_sync_yaml),
            "source_detail" => value(map, &mut self.source_detail),
            "source_id" => or_default(map, &mut self.source_id),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvCustomYaml {
    /// Creates an empty `EnvCustomYaml`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `yaml_content` and returns the value, for chaining.
    pub fn with_yaml_content(mut self, value: impl Into<String>) -> Self {
        self.yaml_content = value.into();
        self
    }
    /// Sets `render_variable_kvs` and returns the value, for chaining.
    #[inline]
    pub fn with_render_variable_kvs(
        mut self,
        value: Vec<crate::types::ServiceVariableKV>,
    ) -> Self {
        self.render_variable_kvs = value;
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = value.into();
        self
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    #[inline]
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = value;
        self
    }
    /// Sets `auto_sync_status` and returns the value, for chaining.
    pub fn with_auto_sync_status(mut self, value: impl Into<String>) -> Self {
        self.auto_sync_status = Some(value.into());
        self
    }
    /// Sets `auto_sync_yaml` and returns the value, for chaining.
    pub fn with_auto_sync_yaml(mut self, value: impl Into<String>) -> Self {
        self.auto_sync_yaml = value.into();
        self
    }
    /// Sets `source_detail` and returns the value, for chaining.
    #[inline]
    pub fn with_source_detail(mut self, value: serde_json::Value) -> Self {
        self.source_detail = Some(value);
        self
    }
    /// Sets `source_id` and returns the value, for chaining.
    pub fn with_source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = value.into();
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
    #[inline]
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
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for EnvServiceStatus {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for EnvServiceStatus {
    #[inline]
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
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for EnvServiceStatus {
    type Err = std::convert::Infallible;
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvironmentServiceInfo {
    /// Name of the service.
    pub service_name: String,
    /// How Zadig manages the service in this environment (deployed, imported or draft).
    ///
    /// The Zadig releases that send or read this field: no release yet (only the development branch); the others ignore it when it is sent.
    pub deploy_strategy: EnvServiceDeployStrategy,
    /// Components (containers) of the service and their images.
    pub containers: Vec<crate::types::EnvServiceContainer>,
    /// Variables of the service, as defined in the project's service template.
    pub variable_kvs: Vec<crate::types::BasicServiceVariableKV>,
    /// Current state of the service.
    pub status: EnvServiceStatus,
    /// Kind of project the service belongs to (always k8s here).
    pub r#type: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvironmentServiceInfo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("deploy_strategy", &self.deploy_strategy);
        map.entry("containers", &self.containers);
        map.entry("variable_kvs", &self.variable_kvs);
        map.entry("status", &self.status);
        map.entry("type", &self.r#type);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvironmentServiceInfo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvironmentServiceInfo {
    const NAME: &'static str = "EnvironmentServiceInfo";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_name" => or_default(map, &mut self.service_name),
            "deploy_strategy" => or_default(map, &mut self.deploy_strategy),
            "containers" => or_default(map, &mut self.containers),
            "variable_kvs" => or_default(map, &mut self.variable_kvs),
            "status" => or_default(map, &mut self.status),
            "type" => or_default(map, &mut self.r#type),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvironmentServiceInfo {
    /// Creates an empty `EnvironmentServiceInfo`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `deploy_strategy` and returns the value, for chaining.
    #[inline]
    pub fn with_deploy_strategy(mut self, value: EnvServiceDeployStrategy) -> Self {
        self.deploy_strategy = value;
        self
    }
    /// Sets `containers` and returns the value, for chaining.
    #[inline]
    pub fn with_containers(
        mut self,
        value: Vec<crate::types::EnvServiceContainer>,
    ) -> Self {
        self.containers = value;
        self
    }
    /// Sets `variable_kvs` and returns the value, for chaining.
    #[inline]
    pub fn with_variable_kvs(
        mut self,
        value: Vec<crate::types::BasicServiceVariableKV>,
    ) -> Self {
        self.variable_kvs = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    #[inline]
    pub fn with_status(mut self, value: EnvServiceStatus) -> Self {
        self.status = value;
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
}
/// How Zadig manages a service in an environment.
///
/// The set of values is open: a value this version does not know decodes to
/// [`EnvServiceDeployStrategy::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnvServiceDeployStrategy {
    /// `draft`: Recorded in the environment but not deployed.
    Draft,
    /// `import`: Imported from resources already in the cluster, not deployed by Zadig.
    Import,
    /// `deploy`: Deployed by Zadig.
    Deploy,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl EnvServiceDeployStrategy {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "draft",
            Self::Import => "import",
            Self::Deploy => "deploy",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for EnvServiceDeployStrategy {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for EnvServiceDeployStrategy {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "draft" => Self::Draft,
            "import" => Self::Import,
            "deploy" => Self::Deploy,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for EnvServiceDeployStrategy {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for EnvServiceDeployStrategy {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for EnvServiceDeployStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EnvServiceDeployStrategy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EnvServiceDeployStrategy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Body for creating a test or production environment. The production docs list only `env_key`, `env_name`, `cluster_id`, `namespace` and `registry_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateEnvironmentRequest {
    /// Key of the new environment.
    pub env_key: String,
    /// Display name of the environment (documented for production).
    pub env_name: String,
    /// Key of the project. The server replaces it with the `projectKey` query parameter, so it need not be sent.
    pub project_key: String,
    /// Whether the environment is a production one. The server sets it from the route (`/production` or not), so it need not be sent.
    pub production: bool,
    /// Create the environment as a sub-environment (self-test mode) of a base environment.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub sub_env: Option<EnvSubEnvSettings>,
    /// Id of the Kubernetes cluster to deploy into.
    pub cluster_id: String,
    /// Kubernetes namespace to use.
    pub namespace: String,
    /// Id of the image registry.
    pub registry_id: String,
    /// Configuration resources to create with the environment.
    pub env_configs: Vec<EnvConfigInput>,
    /// Global variables to set (key and value).
    pub global_variables: Vec<crate::types::GlobalVariableKV>,
    /// Services to deploy into the environment.
    pub services: Vec<CreateEnvironmentService>,
    /// Chart settings of Helm services; releases up to v4.1.0 declare it but their environment creation does not use it.
    ///
    /// The Zadig releases that send or read this field: v3.4.0 to v4.1.0; the others ignore it when it is sent.
    pub chart_values: Option<Vec<EnvHelmChartValues>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CreateEnvironmentRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("env_key", &self.env_key);
        map.entry("env_name", &self.env_name);
        map.entry("project_key", &self.project_key);
        map.entry("production", &self.production);
        map.some("sub_env", &self.sub_env);
        map.entry("cluster_id", &self.cluster_id);
        map.entry("namespace", &self.namespace);
        map.entry("registry_id", &self.registry_id);
        map.entry("env_configs", &self.env_configs);
        map.entry("global_variables", &self.global_variables);
        map.entry("services", &self.services);
        map.some("chart_values", &self.chart_values);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CreateEnvironmentRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CreateEnvironmentRequest {
    const NAME: &'static str = "CreateEnvironmentRequest";
    const REQUIRED: &'static [&'static str] = &[
        "env_key",
        "cluster_id",
        "namespace",
        "registry_id",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "env_key" => required(map, &mut self.env_key, 0u32),
            "env_name" => or_default(map, &mut self.env_name),
            "project_key" => or_default(map, &mut self.project_key),
            "production" => or_default(map, &mut self.production),
            "sub_env" => value(map, &mut self.sub_env),
            "cluster_id" => required(map, &mut self.cluster_id, 1u32),
            "namespace" => required(map, &mut self.namespace, 2u32),
            "registry_id" => required(map, &mut self.registry_id, 3u32),
            "env_configs" => or_default(map, &mut self.env_configs),
            "global_variables" => or_default(map, &mut self.global_variables),
            "services" => or_default(map, &mut self.services),
            "chart_values" => value(map, &mut self.chart_values),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CreateEnvironmentRequest {
    /// Creates a `CreateEnvironmentRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        env_key: impl Into<String>,
        cluster_id: impl Into<String>,
        namespace: impl Into<String>,
        registry_id: impl Into<String>,
    ) -> Self {
        Self {
            env_key: env_key.into(),
            cluster_id: cluster_id.into(),
            namespace: namespace.into(),
            registry_id: registry_id.into(),
            ..Self::default()
        }
    }
    /// Sets `env_name` and returns the value, for chaining.
    pub fn with_env_name(mut self, value: impl Into<String>) -> Self {
        self.env_name = value.into();
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = value.into();
        self
    }
    /// Sets `production` and returns the value, for chaining.
    #[inline]
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
        self
    }
    /// Sets `sub_env` and returns the value, for chaining.
    #[inline]
    pub fn with_sub_env(mut self, value: EnvSubEnvSettings) -> Self {
        self.sub_env = Some(value);
        self
    }
    /// Sets `env_configs` and returns the value, for chaining.
    #[inline]
    pub fn with_env_configs(mut self, value: Vec<EnvConfigInput>) -> Self {
        self.env_configs = value;
        self
    }
    /// Sets `global_variables` and returns the value, for chaining.
    #[inline]
    pub fn with_global_variables(
        mut self,
        value: Vec<crate::types::GlobalVariableKV>,
    ) -> Self {
        self.global_variables = value;
        self
    }
    /// Sets `services` and returns the value, for chaining.
    #[inline]
    pub fn with_services(mut self, value: Vec<CreateEnvironmentService>) -> Self {
        self.services = value;
        self
    }
    /// Sets `chart_values` and returns the value, for chaining.
    #[inline]
    pub fn with_chart_values(mut self, value: Vec<EnvHelmChartValues>) -> Self {
        self.chart_values = Some(value);
        self
    }
}
/// A configuration resource created together with an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvConfigInput {
    /// Name of the resource.
    pub name: String,
    /// YAML manifest of the resource.
    pub yaml_data: String,
    /// Kind of the resource, one of `ConfigMap`, `Secret`, `Ingress` or `PVC`.
    pub common_env_cfg_type: String,
    /// Keep the resource in step with its file in the code repository.
    pub auto_sync: bool,
    /// Code repository to load the resource from, instead of `yaml_data`.
    pub git_repo_config: Option<EnvConfigTemplateGitRepo>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvConfigInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("yaml_data", &self.yaml_data);
        map.entry("common_env_cfg_type", &self.common_env_cfg_type);
        map.entry("auto_sync", &self.auto_sync);
        map.some("git_repo_config", &self.git_repo_config);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvConfigInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvConfigInput {
    const NAME: &'static str = "EnvConfigInput";
    const REQUIRED: &'static [&'static str] = &["yaml_data", "common_env_cfg_type"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "yaml_data" => required(map, &mut self.yaml_data, 0u32),
            "common_env_cfg_type" => required(map, &mut self.common_env_cfg_type, 1u32),
            "auto_sync" => or_default(map, &mut self.auto_sync),
            "git_repo_config" => value(map, &mut self.git_repo_config),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvConfigInput {
    /// Creates a `EnvConfigInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        yaml_data: impl Into<String>,
        common_env_cfg_type: impl Into<String>,
    ) -> Self {
        Self {
            yaml_data: yaml_data.into(),
            common_env_cfg_type: common_env_cfg_type.into(),
            ..Self::default()
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    #[inline]
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = value;
        self
    }
    /// Sets `git_repo_config` and returns the value, for chaining.
    #[inline]
    pub fn with_git_repo_config(mut self, value: EnvConfigTemplateGitRepo) -> Self {
        self.git_repo_config = Some(value);
        self
    }
}
/// A code repository, by the numeric id of its code host, and the files to read from it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvConfigTemplateGitRepo {
    /// Numeric id of the code host integration.
    pub codehost_id: i64,
    /// Owner of the repository.
    pub owner: String,
    /// Name of the repository.
    pub repo: String,
    /// Branch to read.
    pub branch: String,
    /// Organisation or user that holds the repository.
    pub namespace: String,
    /// Paths of the files to read in the repository.
    pub values_paths: Option<Vec<String>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvConfigTemplateGitRepo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("codehost_id", &self.codehost_id);
        map.entry("owner", &self.owner);
        map.entry("repo", &self.repo);
        map.entry("branch", &self.branch);
        map.entry("namespace", &self.namespace);
        map.some("values_paths", &self.values_paths);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvConfigTemplateGitRepo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvConfigTemplateGitRepo {
    const NAME: &'static str = "EnvConfigTemplateGitRepo";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "codehost_id" => or_default(map, &mut self.codehost_id),
            "owner" => or_default(map, &mut self.owner),
            "repo" => or_default(map, &mut self.repo),
            "branch" => or_default(map, &mut self.branch),
            "namespace" => or_default(map, &mut self.namespace),
            "values_paths" => value(map, &mut self.values_paths),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvConfigTemplateGitRepo {
    /// Creates an empty `EnvConfigTemplateGitRepo`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `codehost_id` and returns the value, for chaining.
    #[inline]
    pub fn with_codehost_id(mut self, value: i64) -> Self {
        self.codehost_id = value;
        self
    }
    /// Sets `owner` and returns the value, for chaining.
    pub fn with_owner(mut self, value: impl Into<String>) -> Self {
        self.owner = value.into();
        self
    }
    /// Sets `repo` and returns the value, for chaining.
    pub fn with_repo(mut self, value: impl Into<String>) -> Self {
        self.repo = value.into();
        self
    }
    /// Sets `branch` and returns the value, for chaining.
    pub fn with_branch(mut self, value: impl Into<String>) -> Self {
        self.branch = value.into();
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = value.into();
        self
    }
    /// Sets `values_paths` and returns the value, for chaining.
    #[inline]
    pub fn with_values_paths(mut self, value: Vec<String>) -> Self {
        self.values_paths = Some(value);
        self
    }
}
/// Sub-environment (self-test mode) settings of a new environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvSubEnvSettings {
    /// Create the environment as a sub-environment.
    pub enable: bool,
    /// Key of the base environment it shares.
    pub base_env: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvSubEnvSettings {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("enable", &self.enable);
        map.entry("base_env", &self.base_env);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvSubEnvSettings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvSubEnvSettings {
    const NAME: &'static str = "EnvSubEnvSettings";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "enable" => or_default(map, &mut self.enable),
            "base_env" => or_default(map, &mut self.base_env),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvSubEnvSettings {
    /// Creates an empty `EnvSubEnvSettings`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enable` and returns the value, for chaining.
    #[inline]
    pub fn with_enable(mut self, value: bool) -> Self {
        self.enable = value;
        self
    }
    /// Sets `base_env` and returns the value, for chaining.
    pub fn with_base_env(mut self, value: impl Into<String>) -> Self {
        self.base_env = value.into();
        self
    }
}
/// A service to deploy when creating an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateEnvironmentService {
    /// Name of the service.
    pub service_name: String,
    /// Kind of service, e.g. k8s.
    pub r#type: String,
    /// Images to use for the service's components.
    pub containers: Vec<crate::types::EnvServiceContainer>,
    /// Values for the service's variables.
    pub variable_kvs: Vec<crate::types::ServiceVariableKV>,
    /// Not used on creation; the server deploys every listed service.
    pub deploy_strategy: EnvServiceDeployStrategy,
    /// Not used on creation.
    pub status: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CreateEnvironmentService {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("type", &self.r#type);
        map.entry("containers", &self.containers);
        map.entry("variable_kvs", &self.variable_kvs);
        map.entry("deploy_strategy", &self.deploy_strategy);
        map.entry("status", &self.status);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CreateEnvironmentService {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CreateEnvironmentService {
    const NAME: &'static str = "CreateEnvironmentService";
    const REQUIRED: &'static [&'static str] = &["service_name", "type", "containers"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "service_name" => required(map, &mut self.service_name, 0u32),
            "type" => required(map, &mut self.r#type, 1u32),
            "containers" => required(map, &mut self.containers, 2u32),
            "variable_kvs" => or_default(map, &mut self.variable_kvs),
            "deploy_strategy" => or_default(map, &mut self.deploy_strategy),
            "status" => or_default(map, &mut self.status),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CreateEnvironmentService {
    /// Creates a `CreateEnvironmentService` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        service_name: impl Into<String>,
        r#type: impl Into<String>,
        containers: Vec<crate::types::EnvServiceContainer>,
    ) -> Self {
        Self {
            service_name: service_name.into(),
            r#type: r#type.into(),
            containers,
            ..Self::default()
        }
    }
    /// Sets `variable_kvs` and returns the value, for chaining.
    #[inline]
    pub fn with_variable_kvs(
        mut self,
        value: Vec<crate::types::ServiceVariableKV>,
    ) -> Self {
        self.variable_kvs = value;
        self
    }
    /// Sets `deploy_strategy` and returns the value, for chaining.
    #[inline]
    pub fn with_deploy_strategy(mut self, value: EnvServiceDeployStrategy) -> Self {
        self.deploy_strategy = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = value.into();
        self
    }
}
/// Body for creating an empty environment in a Helm project.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateHelmEnvironmentRequest {
    /// Key of the new environment (not its display name; see `alias`).
    pub env_name: String,
    /// Id of the Kubernetes cluster to deploy into.
    pub cluster_id: String,
    /// Kubernetes namespace to use. For a production environment the server refuses `kube-node-lease`, `kube-public` and `kube-system`.
    pub namespace: String,
    /// Id of the image registry.
    pub registry_id: String,
    /// Create a production environment (needs a Zadig professional licence).
    pub production: bool,
    /// Key of the project. The server replaces it with the `projectKey` query parameter, so it need not be sent.
    pub project_key: String,
    /// Display name of the environment.
    pub alias: String,
    /// Create the environment as a sub-environment (self-test mode) of a base environment.
    pub sub_env: Option<EnvSubEnvSettings>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CreateHelmEnvironmentRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("env_name", &self.env_name);
        map.entry("cluster_id", &self.cluster_id);
        map.entry("namespace", &self.namespace);
        map.entry("registry_id", &self.registry_id);
        map.entry("production", &self.production);
        map.entry("project_key", &self.project_key);
        map.entry("alias", &self.alias);
        map.some("sub_env", &self.sub_env);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CreateHelmEnvironmentRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CreateHelmEnvironmentRequest {
    const NAME: &'static str = "CreateHelmEnvironmentRequest";
    const REQUIRED: &'static [&'static str] = &[
        "env_name",
        "cluster_id",
        "namespace",
        "registry_id",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "env_name" => required(map, &mut self.env_name, 0u32),
            "cluster_id" => required(map, &mut self.cluster_id, 1u32),
            "namespace" => required(map, &mut self.namespace, 2u32),
            "registry_id" => required(map, &mut self.registry_id, 3u32),
            "production" => or_default(map, &mut self.production),
            "project_key" => or_default(map, &mut self.project_key),
            "alias" => or_default(map, &mut self.alias),
            "sub_env" => value(map, &mut self.sub_env),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CreateHelmEnvironmentRequest {
    /// Creates a `CreateHelmEnvironmentRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        env_name: impl Into<String>,
        cluster_id: impl Into<String>,
        namespace: impl Into<String>,
        registry_id: impl Into<String>,
    ) -> Self {
        Self {
            env_name: env_name.into(),
            cluster_id: cluster_id.into(),
            namespace: namespace.into(),
            registry_id: registry_id.into(),
            ..Self::default()
        }
    }
    /// Sets `production` and returns the value, for chaining.
    #[inline]
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = value.into();
        self
    }
    /// Sets `alias` and returns the value, for chaining.
    pub fn with_alias(mut self, value: impl Into<String>) -> Self {
        self.alias = value.into();
        self
    }
    /// Sets `sub_env` and returns the value, for chaining.
    #[inline]
    pub fn with_sub_env(mut self, value: EnvSubEnvSettings) -> Self {
        self.sub_env = Some(value);
        self
    }
}
/// Body for deploying Helm services into an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddHelmServicesRequest {
    /// Key of the environment to deploy into.
    pub env_name: String,
    /// Services to deploy, each with its values.
    pub services: Vec<HelmServiceInput>,
    /// Whether the environment is a production one (needs a Zadig professional licence). Must match the environment.
    pub production: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for AddHelmServicesRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("env_name", &self.env_name);
        map.entry("services", &self.services);
        map.entry("production", &self.production);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for AddHelmServicesRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for AddHelmServicesRequest {
    const NAME: &'static str = "AddHelmServicesRequest";
    const REQUIRED: &'static [&'static str] = &["env_name", "services"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "env_name" => required(map, &mut self.env_name, 0u32),
            "services" => required(map, &mut self.services, 1u32),
            "production" => or_default(map, &mut self.production),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl AddHelmServicesRequest {
    /// Creates a `AddHelmServicesRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(env_name: impl Into<String>, services: Vec<HelmServiceInput>) -> Self {
        Self {
            env_name: env_name.into(),
            services,
            ..Self::default()
        }
    }
    /// Sets `production` and returns the value, for chaining.
    #[inline]
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
        self
    }
}
/// One Helm service to deploy and the values to deploy it with: single values, a values YAML, or a values file read from a code repository (which then replaces `values_yaml`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HelmServiceInput {
    /// Name of the service in the project.
    pub service_name: String,
    /// Whether to deploy the service, import it from the cluster, or only record it as a draft.
    pub deploy_strategy: EnvServiceDeployStrategy,
    /// Single values to set, by key path (e.g. `image.tag`).
    pub override_kvs: Vec<crate::types::KeyAnyValue>,
    /// Values YAML merged over the chart's values.
    pub values_yaml: String,
    /// Read the values YAML from a file in a code repository instead.
    pub import_values_from_git: Option<HelmValuesFromGit>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for HelmServiceInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("deploy_strategy", &self.deploy_strategy);
        map.entry("override_kvs", &self.override_kvs);
        map.entry("values_yaml", &self.values_yaml);
        map.some("import_values_from_git", &self.import_values_from_git);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for HelmServiceInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for HelmServiceInput {
    const NAME: &'static str = "HelmServiceInput";
    const REQUIRED: &'static [&'static str] = &["service_name", "deploy_strategy"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "service_name" => required(map, &mut self.service_name, 0u32),
            "deploy_strategy" => required(map, &mut self.deploy_strategy, 1u32),
            "override_kvs" => or_default(map, &mut self.override_kvs),
            "values_yaml" => or_default(map, &mut self.values_yaml),
            "import_values_from_git" => value(map, &mut self.import_values_from_git),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl HelmServiceInput {
    /// Creates a `HelmServiceInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        service_name: impl Into<String>,
        deploy_strategy: EnvServiceDeployStrategy,
    ) -> Self {
        Self {
            service_name: service_name.into(),
            deploy_strategy,
            ..Self::default()
        }
    }
    /// Sets `override_kvs` and returns the value, for chaining.
    #[inline]
    pub fn with_override_kvs(mut self, value: Vec<crate::types::KeyAnyValue>) -> Self {
        self.override_kvs = value;
        self
    }
    /// Sets `values_yaml` and returns the value, for chaining.
    pub fn with_values_yaml(mut self, value: impl Into<String>) -> Self {
        self.values_yaml = value.into();
        self
    }
    /// Sets `import_values_from_git` and returns the value, for chaining.
    #[inline]
    pub fn with_import_values_from_git(mut self, value: HelmValuesFromGit) -> Self {
        self.import_values_from_git = Some(value);
        self
    }
}
/// A values file in a code repository to deploy a Helm service with.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HelmValuesFromGit {
    /// Name (alias) of the code host integration in Zadig.
    pub codehost_name: String,
    /// Organisation or user that holds the repository.
    pub namespace: String,
    /// Name of the repository.
    pub repo: String,
    /// Branch to read.
    pub branch: String,
    /// Path of the values file in the repository.
    pub value_path: String,
    /// Re-apply the file when it changes in the repository. Ignored (always off) for code hosts of the "other" kind.
    pub auto_sync: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for HelmValuesFromGit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("codehost_name", &self.codehost_name);
        map.entry("namespace", &self.namespace);
        map.entry("repo", &self.repo);
        map.entry("branch", &self.branch);
        map.entry("value_path", &self.value_path);
        map.entry("auto_sync", &self.auto_sync);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for HelmValuesFromGit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for HelmValuesFromGit {
    const NAME: &'static str = "HelmValuesFromGit";
    const REQUIRED: &'static [&'static str] = &[
        "codehost_name",
        "namespace",
        "repo",
        "branch",
        "value_path",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "codehost_name" => required(map, &mut self.codehost_name, 0u32),
            "namespace" => required(map, &mut self.namespace, 1u32),
            "repo" => required(map, &mut self.repo, 2u32),
            "branch" => required(map, &mut self.branch, 3u32),
            "value_path" => required(map, &mut self.value_path, 4u32),
            "auto_sync" => or_default(map, &mut self.auto_sync),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl HelmValuesFromGit {
    /// Creates a `HelmValuesFromGit` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        codehost_name: impl Into<String>,
        namespace: impl Into<String>,
        repo: impl Into<String>,
        branch: impl Into<String>,
        value_path: impl Into<String>,
    ) -> Self {
        Self {
            codehost_name: codehost_name.into(),
            namespace: namespace.into(),
            repo: repo.into(),
            branch: branch.into(),
            value_path: value_path.into(),
            ..Self::default()
        }
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    #[inline]
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = value;
        self
    }
}
/// State of one environment after a request to change it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvUpdateStatus {
    /// Key of the environment.
    pub env_name: Option<String>,
    /// State of the environment, as Zadig stores it (not lower-cased), e.g. `updating` or `failed`.
    pub status: String,
    /// Why the change failed, when `status` is `failed`; empty otherwise.
    pub err_message: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvUpdateStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("env_name", &self.env_name);
        map.entry("status", &self.status);
        map.entry("err_message", &self.err_message);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvUpdateStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvUpdateStatus {
    const NAME: &'static str = "EnvUpdateStatus";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "env_name" => value(map, &mut self.env_name),
            "status" => or_default(map, &mut self.status),
            "err_message" => or_default(map, &mut self.err_message),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvUpdateStatus {
    /// Creates an empty `EnvUpdateStatus`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The pods of one service in an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServicePodList {
    /// Name of the service.
    pub service_name: String,
    /// Pods of all workloads of the service, each once.
    pub pods: Vec<ServicePodInfo>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ServicePodList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("pods", &self.pods);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ServicePodList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ServicePodList {
    const NAME: &'static str = "ServicePodList";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_name" => or_default(map, &mut self.service_name),
            "pods" => or_default(map, &mut self.pods),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ServicePodList {
    /// Creates an empty `ServicePodList`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One pod of a service, with its state and the workload it belongs to.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServicePodInfo {
    /// Name of the pod.
    pub pod_name: String,
    /// Pod phase, e.g. Running.
    pub status: String,
    /// Whether the pod is ready.
    pub pod_ready: bool,
    /// Whether all its containers are ready.
    pub containers_ready: bool,
    /// Creation time (Unix seconds).
    pub create_time: i64,
    /// Pod IP address.
    pub ip: String,
    /// Images of the pod's containers, one per container.
    pub images: Vec<String>,
    /// Name of the workload the pod belongs to.
    pub workload_name: String,
    /// Kind of that workload, e.g. Deployment.
    pub workload_type: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ServicePodInfo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("pod_name", &self.pod_name);
        map.entry("status", &self.status);
        map.entry("pod_ready", &self.pod_ready);
        map.entry("containers_ready", &self.containers_ready);
        map.entry("create_time", &self.create_time);
        map.entry("ip", &self.ip);
        map.entry("images", &self.images);
        map.entry("workload_name", &self.workload_name);
        map.entry("workload_type", &self.workload_type);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ServicePodInfo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ServicePodInfo {
    const NAME: &'static str = "ServicePodInfo";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "pod_name" => or_default(map, &mut self.pod_name),
            "status" => or_default(map, &mut self.status),
            "pod_ready" => or_default(map, &mut self.pod_ready),
            "containers_ready" => or_default(map, &mut self.containers_ready),
            "create_time" => or_default(map, &mut self.create_time),
            "ip" => or_default(map, &mut self.ip),
            "images" => or_default(map, &mut self.images),
            "workload_name" => or_default(map, &mut self.workload_name),
            "workload_type" => or_default(map, &mut self.workload_type),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ServicePodInfo {
    /// Creates an empty `ServicePodInfo`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Answer to a pod restart.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PodRestartResult {
    /// `success` when the pod was deleted for its workload to recreate.
    pub message: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for PodRestartResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("message", &self.message);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for PodRestartResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for PodRestartResult {
    const NAME: &'static str = "PodRestartResult";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "message" => or_default(map, &mut self.message),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl PodRestartResult {
    /// Creates an empty `PodRestartResult`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Body for deploying services into an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddEnvironmentServicesRequest {
    /// Key of the environment.
    pub env_key: String,
    /// Services to deploy.
    pub service_list: Vec<EnvServiceToDeploy>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for AddEnvironmentServicesRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("env_key", &self.env_key);
        map.entry("service_list", &self.service_list);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for AddEnvironmentServicesRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for AddEnvironmentServicesRequest {
    const NAME: &'static str = "AddEnvironmentServicesRequest";
    const REQUIRED: &'static [&'static str] = &["env_key", "service_list"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "env_key" => required(map, &mut self.env_key, 0u32),
            "service_list" => required(map, &mut self.service_list, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl AddEnvironmentServicesRequest {
    /// Creates a `AddEnvironmentServicesRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        env_key: impl Into<String>,
        service_list: Vec<EnvServiceToDeploy>,
    ) -> Self {
        Self {
            env_key: env_key.into(),
            service_list,
            ..Self::default()
        }
    }
}
/// Body for changing the variables of services in an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateEnvironmentServicesRequest {
    /// Services to update, with their new variable values.
    pub service_list: Vec<EnvServiceVariableUpdate>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for UpdateEnvironmentServicesRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_list", &self.service_list);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for UpdateEnvironmentServicesRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for UpdateEnvironmentServicesRequest {
    const NAME: &'static str = "UpdateEnvironmentServicesRequest";
    const REQUIRED: &'static [&'static str] = &["service_list"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "service_list" => required(map, &mut self.service_list, 0u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl UpdateEnvironmentServicesRequest {
    /// Creates a `UpdateEnvironmentServicesRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(service_list: Vec<EnvServiceVariableUpdate>) -> Self {
        Self {
            service_list,
            ..Self::default()
        }
    }
}
/// A service of the project to deploy into an environment, with variable values for it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvServiceToDeploy {
    /// Name of the service.
    pub service_name: String,
    /// Variable values; unset variables keep their defaults.
    pub variable_kvs: Vec<crate::types::ServiceVariableKV>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvServiceToDeploy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("variable_kvs", &self.variable_kvs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvServiceToDeploy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvServiceToDeploy {
    const NAME: &'static str = "EnvServiceToDeploy";
    const REQUIRED: &'static [&'static str] = &["service_name"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "service_name" => required(map, &mut self.service_name, 0u32),
            "variable_kvs" => or_default(map, &mut self.variable_kvs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvServiceToDeploy {
    /// Creates a `EnvServiceToDeploy` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(service_name: impl Into<String>) -> Self {
        Self {
            service_name: service_name.into(),
            ..Self::default()
        }
    }
    /// Sets `variable_kvs` and returns the value, for chaining.
    #[inline]
    pub fn with_variable_kvs(
        mut self,
        value: Vec<crate::types::ServiceVariableKV>,
    ) -> Self {
        self.variable_kvs = value;
        self
    }
}
/// A service already in an environment, with new values for its variables.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvServiceVariableUpdate {
    /// Name of the service.
    pub service_name: String,
    /// New values for the service's variables.
    pub variable_kvs: Vec<crate::types::ServiceVariableKV>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvServiceVariableUpdate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("variable_kvs", &self.variable_kvs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvServiceVariableUpdate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvServiceVariableUpdate {
    const NAME: &'static str = "EnvServiceVariableUpdate";
    const REQUIRED: &'static [&'static str] = &["service_name"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "service_name" => required(map, &mut self.service_name, 0u32),
            "variable_kvs" => or_default(map, &mut self.variable_kvs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvServiceVariableUpdate {
    /// Creates a `EnvServiceVariableUpdate` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(service_name: impl Into<String>) -> Self {
        Self {
            service_name: service_name.into(),
            ..Self::default()
        }
    }
    /// Sets `variable_kvs` and returns the value, for chaining.
    #[inline]
    pub fn with_variable_kvs(
        mut self,
        value: Vec<crate::types::ServiceVariableKV>,
    ) -> Self {
        self.variable_kvs = value;
        self
    }
}
/// Body for removing services from an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteEnvironmentServicesRequest {
    /// Key of the environment.
    pub env_key: String,
    /// Services to remove.
    pub service_names: Vec<String>,
    /// Keep the services' Kubernetes resources in the cluster.
    ///
    /// The Zadig releases that send or read this field: v3.4.1 and later; the others ignore it when it is sent.
    pub not_delete_resource: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DeleteEnvironmentServicesRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("env_key", &self.env_key);
        map.entry("service_names", &self.service_names);
        map.entry("not_delete_resource", &self.not_delete_resource);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DeleteEnvironmentServicesRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DeleteEnvironmentServicesRequest {
    const NAME: &'static str = "DeleteEnvironmentServicesRequest";
    const REQUIRED: &'static [&'static str] = &["env_key", "service_names"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "env_key" => required(map, &mut self.env_key, 0u32),
            "service_names" => required(map, &mut self.service_names, 1u32),
            "not_delete_resource" => or_default(map, &mut self.not_delete_resource),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DeleteEnvironmentServicesRequest {
    /// Creates a `DeleteEnvironmentServicesRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(env_key: impl Into<String>, service_names: Vec<String>) -> Self {
        Self {
            env_key: env_key.into(),
            service_names,
            ..Self::default()
        }
    }
    /// Sets `not_delete_resource` and returns the value, for chaining.
    #[inline]
    pub fn with_not_delete_resource(mut self, value: bool) -> Self {
        self.not_delete_resource = value;
        self
    }
}
/// Body for setting global variables of an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateGlobalVariablesRequest {
    /// Variables to set (key and value).
    pub global_variables: Vec<crate::types::GlobalVariableKV>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for UpdateGlobalVariablesRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("global_variables", &self.global_variables);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for UpdateGlobalVariablesRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for UpdateGlobalVariablesRequest {
    const NAME: &'static str = "UpdateGlobalVariablesRequest";
    const REQUIRED: &'static [&'static str] = &["global_variables"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "global_variables" => required(map, &mut self.global_variables, 0u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl UpdateGlobalVariablesRequest {
    /// Creates a `UpdateGlobalVariablesRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(global_variables: Vec<crate::types::GlobalVariableKV>) -> Self {
        Self {
            global_variables,
            ..Self::default()
        }
    }
}
/// Runtime view of one service in an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvServiceDetail {
    /// Name of the service.
    pub service_name: String,
    /// Workloads of the service.
    pub scales: Vec<EnvWorkload>,
    /// Ingresses that route to the service.
    pub ingress: Vec<EnvServiceIngress>,
    /// Kubernetes Services of the service.
    pub service_endpoints: Vec<EnvK8sService>,
    /// CronJobs of the service.
    pub cron_jobs: Vec<EnvCronJob>,
    /// Kubernetes namespace.
    pub namespace: String,
    /// Key of the environment.
    pub env_name: String,
    /// Key of the project.
    pub product_name: String,
    /// Group the service belongs to, if any.
    pub group_name: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvServiceDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("scales", &self.scales);
        map.entry("ingress", &self.ingress);
        map.entry("service_endpoints", &self.service_endpoints);
        map.entry("cron_jobs", &self.cron_jobs);
        map.entry("namespace", &self.namespace);
        map.entry("env_name", &self.env_name);
        map.entry("product_name", &self.product_name);
        map.entry("group_name", &self.group_name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvServiceDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvServiceDetail {
    const NAME: &'static str = "EnvServiceDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_name" => or_default(map, &mut self.service_name),
            "scales" => or_default(map, &mut self.scales),
            "ingress" => or_default(map, &mut self.ingress),
            "service_endpoints" => or_default(map, &mut self.service_endpoints),
            "cron_jobs" => or_default(map, &mut self.cron_jobs),
            "namespace" => or_default(map, &mut self.namespace),
            "env_name" => or_default(map, &mut self.env_name),
            "product_name" => or_default(map, &mut self.product_name),
            "group_name" => or_default(map, &mut self.group_name),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvServiceDetail {
    /// Creates an empty `EnvServiceDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A workload (Deployment, StatefulSet, ...) of a service and its pods.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvWorkload {
    /// Name of the workload.
    pub name: String,
    /// Kind of workload, e.g. Deployment.
    pub r#type: String,
    /// Images of the workload's containers.
    pub images: Vec<EnvWorkloadImage>,
    /// Pods of the workload.
    pub pods: Vec<EnvPod>,
    /// Desired number of replicas.
    pub replicas: i64,
    /// Kind of release in progress (blue-green, gray, ...), empty if none.
    pub zadigx_release_type: String,
    /// Tag of the release in progress, empty if none.
    pub zadigx_release_tag: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvWorkload {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("type", &self.r#type);
        map.entry("images", &self.images);
        map.entry("pods", &self.pods);
        map.entry("replicas", &self.replicas);
        map.entry("zadigx_release_type", &self.zadigx_release_type);
        map.entry("zadigx_release_tag", &self.zadigx_release_tag);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvWorkload {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvWorkload {
    const NAME: &'static str = "EnvWorkload";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "type" => or_default(map, &mut self.r#type),
            "images" => or_default(map, &mut self.images),
            "pods" => or_default(map, &mut self.pods),
            "replicas" => or_default(map, &mut self.replicas),
            "zadigx_release_type" => or_default(map, &mut self.zadigx_release_type),
            "zadigx_release_tag" => or_default(map, &mut self.zadigx_release_tag),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvWorkload {
    /// Creates an empty `EnvWorkload`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The image of one container of a workload.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvWorkloadImage {
    /// Name of the container.
    pub name: String,
    /// Full image address.
    pub image: String,
    /// Image name without registry and tag.
    pub image_name: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvWorkloadImage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("image", &self.image);
        map.entry("image_name", &self.image_name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvWorkloadImage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvWorkloadImage {
    const NAME: &'static str = "EnvWorkloadImage";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "image" => or_default(map, &mut self.image),
            "image_name" => or_default(map, &mut self.image_name),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvWorkloadImage {
    /// Creates an empty `EnvWorkloadImage`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A pod of a workload.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvPod {
    /// Kind of the pod's owner, e.g. ReplicaSet.
    pub kind: String,
    /// Name of the pod.
    pub name: String,
    /// Pod phase, e.g. Running.
    pub status: String,
    /// Age in human-readable form, e.g. 34d.
    pub age: String,
    /// Creation time (Unix seconds).
    pub createtime: i64,
    /// Pod IP address.
    pub ip: String,
    /// Labels of the pod.
    pub labels: std::collections::BTreeMap<String, String>,
    /// Containers of the pod.
    pub containers: Vec<EnvPodContainer>,
    /// Node the pod runs on.
    pub node_name: String,
    /// IP address of that node.
    pub host_ip: String,
    /// Whether a debug container can be attached.
    pub enable_debug_container: bool,
    /// Whether the pod is ready.
    pub pod_ready: bool,
    /// Whether all containers are ready.
    pub containers_ready: bool,
    /// Explanation when containers are not ready.
    pub containers_message: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvPod {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("kind", &self.kind);
        map.entry("name", &self.name);
        map.entry("status", &self.status);
        map.entry("age", &self.age);
        map.entry("createtime", &self.createtime);
        map.entry("ip", &self.ip);
        map.entry("labels", &self.labels);
        map.entry("containers", &self.containers);
        map.entry("node_name", &self.node_name);
        map.entry("host_ip", &self.host_ip);
        map.entry("enable_debug_container", &self.enable_debug_container);
        map.entry("pod_ready", &self.pod_ready);
        map.entry("containers_ready", &self.containers_ready);
        map.entry("containers_message", &self.containers_message);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvPod {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvPod {
    const NAME: &'static str = "EnvPod";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "kind" => or_default(map, &mut self.kind),
            "name" => or_default(map, &mut self.name),
            "status" => or_default(map, &mut self.status),
            "age" => or_default(map, &mut self.age),
            "createtime" => or_default(map, &mut self.createtime),
            "ip" => or_default(map, &mut self.ip),
            "labels" => or_default(map, &mut self.labels),
            "containers" => or_default(map, &mut self.containers),
            "node_name" => or_default(map, &mut self.node_name),
            "host_ip" => or_default(map, &mut self.host_ip),
            "enable_debug_container" => or_default(map, &mut self.enable_debug_container),
            "pod_ready" => or_default(map, &mut self.pod_ready),
            "containers_ready" => or_default(map, &mut self.containers_ready),
            "containers_message" => or_default(map, &mut self.containers_message),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvPod {
    /// Creates an empty `EnvPod`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A container of a pod and its state.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvPodContainer {
    /// Name of the container.
    pub name: String,
    /// Image the container runs.
    pub image: String,
    /// How often the container restarted.
    pub restart_count: i64,
    /// State of the container, e.g. running.
    pub status: String,
    /// Whether the container is ready.
    pub ready: bool,
    /// Ports the container exposes.
    pub ports: Vec<EnvContainerPort>,
    /// Message explaining the state, if any.
    pub message: String,
    /// Short reason for the state, if any.
    pub reason: String,
    /// When the container started (Unix seconds).
    pub started_at: Option<i64>,
    /// When the container stopped (Unix seconds), for a terminated container.
    pub finished_at: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvPodContainer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("image", &self.image);
        map.entry("restart_count", &self.restart_count);
        map.entry("status", &self.status);
        map.entry("ready", &self.ready);
        map.entry("ports", &self.ports);
        map.entry("message", &self.message);
        map.entry("reason", &self.reason);
        map.some("started_at", &self.started_at);
        map.some("finished_at", &self.finished_at);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvPodContainer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvPodContainer {
    const NAME: &'static str = "EnvPodContainer";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "image" => or_default(map, &mut self.image),
            "restart_count" => or_default(map, &mut self.restart_count),
            "status" => or_default(map, &mut self.status),
            "ready" => or_default(map, &mut self.ready),
            "ports" => or_default(map, &mut self.ports),
            "message" => or_default(map, &mut self.message),
            "reason" => or_default(map, &mut self.reason),
            "started_at" => value(map, &mut self.started_at),
            "finished_at" => value(map, &mut self.finished_at),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvPodContainer {
    /// Creates an empty `EnvPodContainer`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A port exposed by a container (Kubernetes ContainerPort).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvContainerPort {
    /// Name of the port, if it has one.
    pub name: Option<String>,
    /// Port on the node mapped to this port, if any.
    pub host_port: Option<i64>,
    /// Port number inside the container.
    pub container_port: i64,
    /// Protocol of the port.
    pub protocol: Option<EnvPortProtocol>,
    /// Node IP address the host port is bound to, if any.
    pub host_ip: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvContainerPort {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("name", &self.name);
        map.some("hostPort", &self.host_port);
        map.entry("containerPort", &self.container_port);
        map.some("protocol", &self.protocol);
        map.some("hostIP", &self.host_ip);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvContainerPort {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvContainerPort {
    const NAME: &'static str = "EnvContainerPort";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => value(map, &mut self.name),
            "hostPort" => value(map, &mut self.host_port),
            "containerPort" => or_default(map, &mut self.container_port),
            "protocol" => value(map, &mut self.protocol),
            "hostIP" => value(map, &mut self.host_ip),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvContainerPort {
    /// Creates an empty `EnvContainerPort`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Network protocol of a container port.
///
/// The set of values is open: a value this version does not know decodes to
/// [`EnvPortProtocol::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnvPortProtocol {
    /// `TCP`: TCP.
    Tcp,
    /// `UDP`: UDP.
    Udp,
    /// `SCTP`: SCTP.
    Sctp,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl EnvPortProtocol {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tcp => "TCP",
            Self::Udp => "UDP",
            Self::Sctp => "SCTP",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for EnvPortProtocol {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for EnvPortProtocol {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TCP" => Self::Tcp,
            "UDP" => Self::Udp,
            "SCTP" => Self::Sctp,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for EnvPortProtocol {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for EnvPortProtocol {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for EnvPortProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EnvPortProtocol {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EnvPortProtocol {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// A Kubernetes Ingress that routes traffic to a service of the environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvServiceIngress {
    /// Name of the Ingress.
    pub name: String,
    /// Labels of the Ingress.
    pub labels: std::collections::BTreeMap<String, String>,
    /// Host names and the paths routed under each.
    pub host_info: Vec<EnvIngressHost>,
    /// Addresses the Ingress is reachable at.
    pub ips: Vec<String>,
    /// Age in human-readable form.
    pub age: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvServiceIngress {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("labels", &self.labels);
        map.entry("host_info", &self.host_info);
        map.entry("ips", &self.ips);
        map.entry("age", &self.age);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvServiceIngress {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvServiceIngress {
    const NAME: &'static str = "EnvServiceIngress";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "labels" => or_default(map, &mut self.labels),
            "host_info" => or_default(map, &mut self.host_info),
            "ips" => or_default(map, &mut self.ips),
            "age" => or_default(map, &mut self.age),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvServiceIngress {
    /// Creates an empty `EnvServiceIngress`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One host name of an Ingress and its routes.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvIngressHost {
    /// Host name.
    pub host: String,
    /// Paths under the host and where they lead.
    pub backend: Vec<EnvIngressBackend>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvIngressHost {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("host", &self.host);
        map.entry("backend", &self.backend);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvIngressHost {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvIngressHost {
    const NAME: &'static str = "EnvIngressHost";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "host" => or_default(map, &mut self.host),
            "backend" => or_default(map, &mut self.backend),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvIngressHost {
    /// Creates an empty `EnvIngressHost`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One path of an Ingress host and the Kubernetes Service it leads to.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvIngressBackend {
    /// URL path.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub path: String,
    /// How the path is matched, e.g. Prefix or Exact.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub path_type: String,
    /// Kubernetes Service the path leads to.
    pub service_name: String,
    /// Port of that Service, as a number or a port name.
    pub service_port: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvIngressBackend {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("path", &self.path);
        map.entry("path_type", &self.path_type);
        map.entry("service_name", &self.service_name);
        map.entry("service_port", &self.service_port);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvIngressBackend {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvIngressBackend {
    const NAME: &'static str = "EnvIngressBackend";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "path" => or_default(map, &mut self.path),
            "path_type" => or_default(map, &mut self.path_type),
            "service_name" => or_default(map, &mut self.service_name),
            "service_port" => or_default(map, &mut self.service_port),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvIngressBackend {
    /// Creates an empty `EnvIngressBackend`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A Kubernetes CronJob of a service and the pods of its runs.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvCronJob {
    /// Name of the CronJob.
    pub name: String,
    /// Labels of the CronJob.
    pub labels: std::collections::BTreeMap<String, String>,
    /// Images of the CronJob's containers.
    pub images: Vec<EnvWorkloadImage>,
    /// Pods of its runs.
    pub pods: Vec<EnvPod>,
    /// Creation time (Unix seconds).
    pub create_time: Option<i64>,
    /// Whether scheduling is suspended.
    pub suspend: bool,
    /// Schedule in cron syntax.
    pub schedule: Option<String>,
    /// When a run was last scheduled, as a display string.
    pub last_schedule: Option<String>,
    /// Number of runs in progress.
    pub active: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvCronJob {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("labels", &self.labels);
        map.entry("images", &self.images);
        map.entry("pods", &self.pods);
        map.some("create_time", &self.create_time);
        map.entry("suspend", &self.suspend);
        map.some("schedule", &self.schedule);
        map.some("last_schedule", &self.last_schedule);
        map.some("active", &self.active);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvCronJob {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvCronJob {
    const NAME: &'static str = "EnvCronJob";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "labels" => or_default(map, &mut self.labels),
            "images" => or_default(map, &mut self.images),
            "pods" => or_default(map, &mut self.pods),
            "create_time" => value(map, &mut self.create_time),
            "suspend" => or_default(map, &mut self.suspend),
            "schedule" => value(map, &mut self.schedule),
            "last_schedule" => value(map, &mut self.last_schedule),
            "active" => value(map, &mut self.active),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvCronJob {
    /// Creates an empty `EnvCronJob`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A Kubernetes Service belonging to a service of the environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvK8sService {
    /// Name of the Kubernetes Service.
    pub name: String,
    /// Age in human-readable form.
    pub age: String,
    /// Labels of the Kubernetes Service.
    pub labels: std::collections::BTreeMap<String, String>,
    /// Ports the Kubernetes Service exposes.
    pub endpoints: Vec<EnvK8sServicePort>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvK8sService {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("age", &self.age);
        map.entry("labels", &self.labels);
        map.entry("endpoints", &self.endpoints);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvK8sService {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvK8sService {
    const NAME: &'static str = "EnvK8sService";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "age" => or_default(map, &mut self.age),
            "labels" => or_default(map, &mut self.labels),
            "endpoints" => or_default(map, &mut self.endpoints),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvK8sService {
    /// Creates an empty `EnvK8sService`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One port of a Kubernetes Service.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvK8sServicePort {
    /// Name of the Kubernetes Service.
    pub service_name: String,
    /// Port of the Service.
    pub service_port: i64,
    /// Node port, for NodePort Services.
    pub node_port: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvK8sServicePort {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("service_port", &self.service_port);
        map.entry("node_port", &self.node_port);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvK8sServicePort {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvK8sServicePort {
    const NAME: &'static str = "EnvK8sServicePort";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_name" => or_default(map, &mut self.service_name),
            "service_port" => or_default(map, &mut self.service_port),
            "node_port" => or_default(map, &mut self.node_port),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvK8sServicePort {
    /// Creates an empty `EnvK8sServicePort`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
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
    #[inline]
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
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for EnvConfigType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for EnvConfigType {
    #[inline]
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
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for EnvConfigType {
    type Err = std::convert::Infallible;
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateEnvConfigRequest {
    /// Name of the resource.
    pub name: String,
    /// Kind of the resource.
    pub common_env_cfg_type: EnvConfigType,
    /// YAML manifest of the resource.
    pub yaml_data: String,
    /// Key of the environment. The server takes it from the path, so it need not be sent.
    pub env_key: String,
    /// Key of the project. The server replaces it with the `projectKey` query parameter, so it need not be sent.
    pub product_name: String,
    /// Name of the service the resource belongs to, if any.
    pub service_name: Option<String>,
    /// Services that use the resource; not read by this endpoint.
    pub services: Option<Vec<String>>,
    /// Code repository the resource comes from; not read by this endpoint.
    pub source_detail: Option<EnvConfigRepoSource>,
    /// Keep the resource in step with its repository file; not read by this endpoint.
    pub auto_sync: bool,
    /// Restart the services that use the resource; not read when adding a resource.
    pub restart_associated_svc: Option<bool>,
    /// Who created the resource; filled in by the server, not read from requests.
    pub created_by: Option<String>,
    /// When it was created (Unix seconds); filled in by the server, not read from requests.
    pub created_time: Option<i64>,
    /// Who changed it last; filled in by the server, not read from requests.
    pub update_by: Option<String>,
    /// When it was last changed (Unix seconds); filled in by the server, not read from requests.
    pub update_time: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CreateEnvConfigRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("common_env_cfg_type", &self.common_env_cfg_type);
        map.entry("yaml_data", &self.yaml_data);
        map.entry("env_key", &self.env_key);
        map.entry("product_name", &self.product_name);
        map.some("service_name", &self.service_name);
        map.some("services", &self.services);
        map.some("source_detail", &self.source_detail);
        map.entry("auto_sync", &self.auto_sync);
        map.some("restart_associated_svc", &self.restart_associated_svc);
        map.some("created_by", &self.created_by);
        map.some("created_time", &self.created_time);
        map.some("update_by", &self.update_by);
        map.some("update_time", &self.update_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CreateEnvConfigRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CreateEnvConfigRequest {
    const NAME: &'static str = "CreateEnvConfigRequest";
    const REQUIRED: &'static [&'static str] = &[
        "name",
        "common_env_cfg_type",
        "yaml_data",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "name" => required(map, &mut self.name, 0u32),
            "common_env_cfg_type" => required(map, &mut self.common_env_cfg_type, 1u32),
            "yaml_data" => required(map, &mut self.yaml_data, 2u32),
            "env_key" => or_default(map, &mut self.env_key),
            "product_name" => or_default(map, &mut self.product_name),
            "service_name" => value(map, &mut self.service_name),
            "services" => value(map, &mut self.services),
            "source_detail" => value(map, &mut self.source_detail),
            "auto_sync" => or_default(map, &mut self.auto_sync),
            "restart_associated_svc" => value(map, &mut self.restart_associated_svc),
            "created_by" => value(map, &mut self.created_by),
            "created_time" => value(map, &mut self.created_time),
            "update_by" => value(map, &mut self.update_by),
            "update_time" => value(map, &mut self.update_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CreateEnvConfigRequest {
    /// Creates a `CreateEnvConfigRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        common_env_cfg_type: EnvConfigType,
        yaml_data: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            common_env_cfg_type,
            yaml_data: yaml_data.into(),
            ..Self::default()
        }
    }
    /// Sets `env_key` and returns the value, for chaining.
    pub fn with_env_key(mut self, value: impl Into<String>) -> Self {
        self.env_key = value.into();
        self
    }
    /// Sets `product_name` and returns the value, for chaining.
    pub fn with_product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = value.into();
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `services` and returns the value, for chaining.
    #[inline]
    pub fn with_services(mut self, value: Vec<String>) -> Self {
        self.services = Some(value);
        self
    }
    /// Sets `source_detail` and returns the value, for chaining.
    #[inline]
    pub fn with_source_detail(mut self, value: EnvConfigRepoSource) -> Self {
        self.source_detail = Some(value);
        self
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    #[inline]
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = value;
        self
    }
    /// Sets `restart_associated_svc` and returns the value, for chaining.
    #[inline]
    pub fn with_restart_associated_svc(mut self, value: bool) -> Self {
        self.restart_associated_svc = Some(value);
        self
    }
    /// Sets `created_by` and returns the value, for chaining.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
    /// Sets `created_time` and returns the value, for chaining.
    #[inline]
    pub fn with_created_time(mut self, value: i64) -> Self {
        self.created_time = Some(value);
        self
    }
    /// Sets `update_by` and returns the value, for chaining.
    pub fn with_update_by(mut self, value: impl Into<String>) -> Self {
        self.update_by = Some(value.into());
        self
    }
    /// Sets `update_time` and returns the value, for chaining.
    #[inline]
    pub fn with_update_time(mut self, value: i64) -> Self {
        self.update_time = Some(value);
        self
    }
}
/// Body for replacing a configuration resource of an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateEnvConfigRequest {
    /// Name of the resource.
    pub name: String,
    /// Key of the environment.
    pub env_key: String,
    /// Kind of the resource.
    pub common_env_cfg_type: EnvConfigType,
    /// New YAML manifest of the resource.
    pub yaml_data: String,
    /// Key of the project. The server replaces it with the `projectKey` query parameter, so it need not be sent.
    pub product_name: String,
    /// Name of the service the resource belongs to, if any.
    pub service_name: Option<String>,
    /// Services that use the resource; not read by this endpoint.
    pub services: Option<Vec<String>>,
    /// Code repository the resource comes from; not read by this endpoint.
    pub source_detail: Option<EnvConfigRepoSource>,
    /// Keep the resource in step with its repository file; not read by this endpoint.
    pub auto_sync: bool,
    /// Restart the services that use the resource; the server always does so on update, whatever is sent.
    pub restart_associated_svc: Option<bool>,
    /// Who created the resource; filled in by the server, not read from requests.
    pub created_by: Option<String>,
    /// When it was created (Unix seconds); filled in by the server, not read from requests.
    pub created_time: Option<i64>,
    /// Who changed it last; filled in by the server, not read from requests.
    pub update_by: Option<String>,
    /// When it was last changed (Unix seconds); filled in by the server, not read from requests.
    pub update_time: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for UpdateEnvConfigRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("env_key", &self.env_key);
        map.entry("common_env_cfg_type", &self.common_env_cfg_type);
        map.entry("yaml_data", &self.yaml_data);
        map.entry("product_name", &self.product_name);
        map.some("service_name", &self.service_name);
        map.some("services", &self.services);
        map.some("source_detail", &self.source_detail);
        map.entry("auto_sync", &self.auto_sync);
        map.some("restart_associated_svc", &self.restart_associated_svc);
        map.some("created_by", &self.created_by);
        map.some("created_time", &self.created_time);
        map.some("update_by", &self.update_by);
        map.some("update_time", &self.update_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for UpdateEnvConfigRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for UpdateEnvConfigRequest {
    const NAME: &'static str = "UpdateEnvConfigRequest";
    const REQUIRED: &'static [&'static str] = &[
        "name",
        "env_key",
        "common_env_cfg_type",
        "yaml_data",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "name" => required(map, &mut self.name, 0u32),
            "env_key" => required(map, &mut self.env_key, 1u32),
            "common_env_cfg_type" => required(map, &mut self.common_env_cfg_type, 2u32),
            "yaml_data" => required(map, &mut self.yaml_data, 3u32),
            "product_name" => or_default(map, &mut self.product_name),
            "service_name" => value(map, &mut self.service_name),
            "services" => value(map, &mut self.services),
            "source_detail" => value(map, &mut self.source_detail),
            "auto_sync" => or_default(map, &mut self.auto_sync),
            "restart_associated_svc" => value(map, &mut self.restart_associated_svc),
            "created_by" => value(map, &mut self.created_by),
            "created_time" => value(map, &mut self.created_time),
            "update_by" => value(map, &mut self.update_by),
            "update_time" => value(map, &mut self.update_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl UpdateEnvConfigRequest {
    /// Creates a `UpdateEnvConfigRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
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
            ..Self::default()
        }
    }
    /// Sets `product_name` and returns the value, for chaining.
    pub fn with_product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = value.into();
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `services` and returns the value, for chaining.
    #[inline]
    pub fn with_services(mut self, value: Vec<String>) -> Self {
        self.services = Some(value);
        self
    }
    /// Sets `source_detail` and returns the value, for chaining.
    #[inline]
    pub fn with_source_detail(mut self, value: EnvConfigRepoSource) -> Self {
        self.source_detail = Some(value);
        self
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    #[inline]
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = value;
        self
    }
    /// Sets `restart_associated_svc` and returns the value, for chaining.
    #[inline]
    pub fn with_restart_associated_svc(mut self, value: bool) -> Self {
        self.restart_associated_svc = Some(value);
        self
    }
    /// Sets `created_by` and returns the value, for chaining.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
    /// Sets `created_time` and returns the value, for chaining.
    #[inline]
    pub fn with_created_time(mut self, value: i64) -> Self {
        self.created_time = Some(value);
        self
    }
    /// Sets `update_by` and returns the value, for chaining.
    pub fn with_update_by(mut self, value: impl Into<String>) -> Self {
        self.update_by = Some(value.into());
        self
    }
    /// Sets `update_time` and returns the value, for chaining.
    #[inline]
    pub fn with_update_time(mut self, value: i64) -> Self {
        self.update_time = Some(value);
        self
    }
}
/// A configuration resource as the list endpoints show it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvConfigSummary {
    /// Name of the resource.
    pub name: String,
    /// Key of the environment.
    pub env_name: String,
    /// Key of the project.
    pub project_name: String,
    /// Kind of the resource.
    pub common_env_cfg_type: EnvConfigType,
    /// Who changed it last, when known.
    pub update_by: Option<String>,
    /// When it was last changed (Unix seconds).
    pub update_time: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvConfigSummary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("env_name", &self.env_name);
        map.entry("project_name", &self.project_name);
        map.entry("common_env_cfg_type", &self.common_env_cfg_type);
        map.some("update_by", &self.update_by);
        map.some("update_time", &self.update_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvConfigSummary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvConfigSummary {
    const NAME: &'static str = "EnvConfigSummary";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "env_name" => or_default(map, &mut self.env_name),
            "project_name" => or_default(map, &mut self.project_name),
            "common_env_cfg_type" => or_default(map, &mut self.common_env_cfg_type),
            "update_by" => value(map, &mut self.update_by),
            "update_time" => value(map, &mut self.update_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvConfigSummary {
    /// Creates an empty `EnvConfigSummary`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One configuration resource; only the field matching its kind is set (`configMap_detail`, `secret_detail`, `ingress_detail` or `pvc_detail`).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvConfigDetail {
    /// Set for a ConfigMap.
    pub config_map_detail: Option<EnvConfigMapDetail>,
    /// Set for a Secret.
    pub secret_detail: Option<EnvSecretDetail>,
    /// Set for an Ingress.
    pub ingress_detail: Option<EnvIngressDetail>,
    /// Set for a PersistentVolumeClaim.
    pub pvc_detail: Option<EnvPvcDetail>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvConfigDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("configMap_detail", &self.config_map_detail);
        map.some("secret_detail", &self.secret_detail);
        map.some("ingress_detail", &self.ingress_detail);
        map.some("pvc_detail", &self.pvc_detail);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvConfigDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvConfigDetail {
    const NAME: &'static str = "EnvConfigDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "configMap_detail" => value(map, &mut self.config_map_detail),
            "secret_detail" => value(map, &mut self.secret_detail),
            "ingress_detail" => value(map, &mut self.ingress_detail),
            "pvc_detail" => value(map, &mut self.pvc_detail),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvConfigDetail {
    /// Creates an empty `EnvConfigDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A ConfigMap of an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvConfigMapDetail {
    /// Name of the resource.
    pub name: String,
    /// Key of the project.
    pub project_key: String,
    /// Key of the environment.
    pub env_key: String,
    /// Kind of the resource.
    pub common_env_cfg_type: EnvConfigType,
    /// Who created the resource, when known.
    pub created_by: Option<String>,
    /// When it was created (Unix seconds).
    pub created_time: Option<i64>,
    /// Who changed it last, when known.
    pub update_by: Option<String>,
    /// When it was last changed (Unix seconds).
    pub update_time: Option<i64>,
    /// YAML manifest of the resource.
    pub yaml_data: Option<String>,
    /// Services of the environment that use the resource.
    pub services: Option<Vec<String>>,
    /// Where the resource is synchronised from, when it comes from a code repository.
    pub source_detail: Option<EnvConfigSource>,
    /// Whether the ConfigMap is immutable.
    pub immutable: Option<bool>,
    /// The ConfigMap's data, key by key.
    pub cm_data: Option<std::collections::BTreeMap<String, String>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvConfigMapDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("project_key", &self.project_key);
        map.entry("env_key", &self.env_key);
        map.entry("common_env_cfg_type", &self.common_env_cfg_type);
        map.some("created_by", &self.created_by);
        map.some("created_time", &self.created_time);
        map.some("update_by", &self.update_by);
        map.some("update_time", &self.update_time);
        map.some("yaml_data", &self.yaml_data);
        map.some("services", &self.services);
        map.some("source_detail", &self.source_detail);
        map.some("immutable", &self.immutable);
        map.some("cm_data", &self.cm_data);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvConfigMapDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvConfigMapDetail {
    const NAME: &'static str = "EnvConfigMapDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "project_key" | "product_key" => or_default(map, &mut self.project_key),
            "env_key" => or_default(map, &mut self.env_key),
            "common_env_cfg_type" => or_default(map, &mut self.common_env_cfg_type),
            "created_by" => value(map, &mut self.created_by),
            "created_time" => value(map, &mut self.created_time),
            "update_by" => value(map, &mut self.update_by),
            "update_time" => value(map, &mut self.update_time),
            "yaml_data" => value(map, &mut self.yaml_data),
            "services" => value(map, &mut self.services),
            "source_detail" => value(map, &mut self.source_detail),
            "immutable" => value(map, &mut self.immutable),
            "cm_data" => value(map, &mut self.cm_data),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvConfigMapDetail {
    /// Creates an empty `EnvConfigMapDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A Secret of an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvSecretDetail {
    /// Name of the resource.
    pub name: String,
    /// Key of the project.
    pub project_key: String,
    /// Key of the environment.
    pub env_key: String,
    /// Kind of the resource.
    pub common_env_cfg_type: EnvConfigType,
    /// Who created the resource, when known.
    pub created_by: Option<String>,
    /// When it was created (Unix seconds).
    pub created_time: Option<i64>,
    /// Who changed it last, when known.
    pub update_by: Option<String>,
    /// When it was last changed (Unix seconds).
    pub update_time: Option<i64>,
    /// YAML manifest of the resource.
    pub yaml_data: Option<String>,
    /// Services of the environment that use the resource.
    pub services: Option<Vec<String>>,
    /// Where the resource is synchronised from, when it comes from a code repository.
    pub source_detail: Option<EnvConfigSource>,
    /// Kubernetes type of the Secret, e.g. Opaque.
    pub secret_type: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvSecretDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("project_key", &self.project_key);
        map.entry("env_key", &self.env_key);
        map.entry("common_env_cfg_type", &self.common_env_cfg_type);
        map.some("created_by", &self.created_by);
        map.some("created_time", &self.created_time);
        map.some("update_by", &self.update_by);
        map.some("update_time", &self.update_time);
        map.some("yaml_data", &self.yaml_data);
        map.some("services", &self.services);
        map.some("source_detail", &self.source_detail);
        map.some("secret_type", &self.secret_type);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvSecretDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvSecretDetail {
    const NAME: &'static str = "EnvSecretDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "project_key" => or_default(map, &mut self.project_key),
            "env_key" => or_default(map, &mut self.env_key),
            "common_env_cfg_type" => or_default(map, &mut self.common_env_cfg_type),
            "created_by" => value(map, &mut self.created_by),
            "created_time" => value(map, &mut self.created_time),
            "update_by" => value(map, &mut self.update_by),
            "update_time" => value(map, &mut self.update_time),
            "yaml_data" => value(map, &mut self.yaml_data),
            "services" => value(map, &mut self.services),
            "source_detail" => value(map, &mut self.source_detail),
            "secret_type" => value(map, &mut self.secret_type),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvSecretDetail {
    /// Creates an empty `EnvSecretDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// An Ingress of an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvIngressDetail {
    /// Name of the resource.
    pub name: String,
    /// Key of the project.
    pub project_key: String,
    /// Key of the environment.
    pub env_key: String,
    /// Kind of the resource.
    pub common_env_cfg_type: EnvConfigType,
    /// Who created the resource, when known.
    pub created_by: Option<String>,
    /// When it was created (Unix seconds).
    pub created_time: Option<i64>,
    /// Who changed it last, when known.
    pub update_by: Option<String>,
    /// When it was last changed (Unix seconds).
    pub update_time: Option<i64>,
    /// YAML manifest of the resource.
    pub yaml_data: Option<String>,
    /// Services of the environment that use the resource.
    pub services: Option<Vec<String>>,
    /// Where the resource is synchronised from, when it comes from a code repository.
    pub source_detail: Option<EnvConfigSource>,
    /// Host names the Ingress serves, as one display string.
    pub host_info: Option<String>,
    /// Address the Ingress is reachable at, as one display string.
    pub address: Option<String>,
    /// Ports of the Ingress, as one display string.
    pub ports: Option<String>,
    /// Why the Ingress could not be read or applied, if it failed.
    pub error_reason: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvIngressDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("project_key", &self.project_key);
        map.entry("env_key", &self.env_key);
        map.entry("common_env_cfg_type", &self.common_env_cfg_type);
        map.some("created_by", &self.created_by);
        map.some("created_time", &self.created_time);
        map.some("update_by", &self.update_by);
        map.some("update_time", &self.update_time);
        map.some("yaml_data", &self.yaml_data);
        map.some("services", &self.services);
        map.some("source_detail", &self.source_detail);
        map.some("host_info", &self.host_info);
        map.some("address", &self.address);
        map.some("ports", &self.ports);
        map.some("error_reason", &self.error_reason);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvIngressDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvIngressDetail {
    const NAME: &'static str = "EnvIngressDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "project_key" => or_default(map, &mut self.project_key),
            "env_key" => or_default(map, &mut self.env_key),
            "common_env_cfg_type" => or_default(map, &mut self.common_env_cfg_type),
            "created_by" => value(map, &mut self.created_by),
            "created_time" => value(map, &mut self.created_time),
            "update_by" => value(map, &mut self.update_by),
            "update_time" => value(map, &mut self.update_time),
            "yaml_data" => value(map, &mut self.yaml_data),
            "services" => value(map, &mut self.services),
            "source_detail" => value(map, &mut self.source_detail),
            "host_info" => value(map, &mut self.host_info),
            "address" => value(map, &mut self.address),
            "ports" => value(map, &mut self.ports),
            "error_reason" => value(map, &mut self.error_reason),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvIngressDetail {
    /// Creates an empty `EnvIngressDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A PersistentVolumeClaim of an environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvPvcDetail {
    /// Name of the resource.
    pub name: String,
    /// Key of the project.
    pub project_key: String,
    /// Key of the environment.
    pub env_key: String,
    /// Kind of the resource.
    pub common_env_cfg_type: EnvConfigType,
    /// Who created the resource, when known.
    pub created_by: Option<String>,
    /// When it was created (Unix seconds).
    pub created_time: Option<i64>,
    /// Who changed it last, when known.
    pub update_by: Option<String>,
    /// When it was last changed (Unix seconds).
    pub update_time: Option<i64>,
    /// YAML manifest of the resource.
    pub yaml_data: Option<String>,
    /// Services of the environment that use the resource.
    pub services: Option<Vec<String>>,
    /// Where the resource is synchronised from, when it comes from a code repository.
    pub source_detail: Option<EnvConfigSource>,
    /// Phase of the claim, e.g. Bound.
    pub status: Option<String>,
    /// Name of the bound volume.
    pub volume: Option<String>,
    /// Access modes, as one display string.
    pub access_modes: Option<String>,
    /// Storage class of the claim.
    pub storage_class: Option<String>,
    /// Capacity of the claim, e.g. 10Gi.
    pub capacity: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvPvcDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("project_key", &self.project_key);
        map.entry("env_key", &self.env_key);
        map.entry("common_env_cfg_type", &self.common_env_cfg_type);
        map.some("created_by", &self.created_by);
        map.some("created_time", &self.created_time);
        map.some("update_by", &self.update_by);
        map.some("update_time", &self.update_time);
        map.some("yaml_data", &self.yaml_data);
        map.some("services", &self.services);
        map.some("source_detail", &self.source_detail);
        map.some("status", &self.status);
        map.some("volume", &self.volume);
        map.some("access_modes", &self.access_modes);
        map.some("storage_class", &self.storage_class);
        map.some("capacity", &self.capacity);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvPvcDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvPvcDetail {
    const NAME: &'static str = "EnvPvcDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "project_key" => or_default(map, &mut self.project_key),
            "env_key" => or_default(map, &mut self.env_key),
            "common_env_cfg_type" => or_default(map, &mut self.common_env_cfg_type),
            "created_by" => value(map, &mut self.created_by),
            "created_time" => value(map, &mut self.created_time),
            "update_by" => value(map, &mut self.update_by),
            "update_time" => value(map, &mut self.update_time),
            "yaml_data" => value(map, &mut self.yaml_data),
            "services" => value(map, &mut self.services),
            "source_detail" => value(map, &mut self.source_detail),
            "status" => value(map, &mut self.status),
            "volume" => value(map, &mut self.volume),
            "access_modes" => value(map, &mut self.access_modes),
            "storage_class" => value(map, &mut self.storage_class),
            "capacity" => value(map, &mut self.capacity),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvPvcDetail {
    /// Creates an empty `EnvPvcDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Code repository a configuration resource is loaded from.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvConfigSource {
    /// The repository and branch.
    pub git_repo_config: Option<EnvConfigGitRepo>,
    /// Path of the file in the repository.
    pub load_path: Option<String>,
    /// Shown in the docs' example only; the server does not send it.
    pub auto_sync: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvConfigSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("git_repo_config", &self.git_repo_config);
        map.some("load_path", &self.load_path);
        map.some("auto_sync", &self.auto_sync);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvConfigSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvConfigSource {
    const NAME: &'static str = "EnvConfigSource";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "git_repo_config" => value(map, &mut self.git_repo_config),
            "load_path" => value(map, &mut self.load_path),
            "auto_sync" => value(map, &mut self.auto_sync),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvConfigSource {
    /// Creates an empty `EnvConfigSource`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A code repository and branch.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvConfigGitRepo {
    /// Key (name) of the code host integration.
    pub codehost_key: String,
    /// Shown in the docs' example only; the server does not send it.
    pub namespace: Option<String>,
    /// Owner of the repository.
    pub owner: String,
    /// Name of the repository.
    pub repo: String,
    /// Branch to read.
    pub branch: String,
    /// Paths of the files read from the repository.
    pub values_paths: Option<Vec<String>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvConfigGitRepo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("codehost_key", &self.codehost_key);
        map.some("namespace", &self.namespace);
        map.entry("owner", &self.owner);
        map.entry("repo", &self.repo);
        map.entry("branch", &self.branch);
        map.some("values_paths", &self.values_paths);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvConfigGitRepo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvConfigGitRepo {
    const NAME: &'static str = "EnvConfigGitRepo";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "codehost_key" => or_default(map, &mut self.codehost_key),
            "namespace" => value(map, &mut self.namespace),
            "owner" => or_default(map, &mut self.owner),
            "repo" => or_default(map, &mut self.repo),
            "branch" => or_default(map, &mut self.branch),
            "values_paths" => value(map, &mut self.values_paths),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvConfigGitRepo {
    /// Creates an empty `EnvConfigGitRepo`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A code repository file a configuration resource is created from.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvConfigRepoSource {
    /// The repository and branch.
    pub git_repo_config: Option<EnvConfigTemplateGitRepo>,
    /// The commit the file was read at.
    ///
    /// The Zadig releases that send or read this field: v4.0.0 and later; the others ignore it when it is sent.
    pub commit: Option<EnvConfigRepoCommit>,
    /// Path of the file in the repository.
    pub load_path: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvConfigRepoSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("git_repo_config", &self.git_repo_config);
        map.some("commit", &self.commit);
        map.some("load_path", &self.load_path);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvConfigRepoSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvConfigRepoSource {
    const NAME: &'static str = "EnvConfigRepoSource";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "git_repo_config" => value(map, &mut self.git_repo_config),
            "commit" => value(map, &mut self.commit),
            "load_path" => value(map, &mut self.load_path),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvConfigRepoSource {
    /// Creates an empty `EnvConfigRepoSource`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `git_repo_config` and returns the value, for chaining.
    #[inline]
    pub fn with_git_repo_config(mut self, value: EnvConfigTemplateGitRepo) -> Self {
        self.git_repo_config = Some(value);
        self
    }
    /// Sets `commit` and returns the value, for chaining.
    #[inline]
    pub fn with_commit(mut self, value: EnvConfigRepoCommit) -> Self {
        self.commit = Some(value);
        self
    }
    /// Sets `load_path` and returns the value, for chaining.
    pub fn with_load_path(mut self, value: impl Into<String>) -> Self {
        self.load_path = Some(value.into());
        self
    }
}
/// A commit of a code repository.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvConfigRepoCommit {
    /// Commit hash.
    pub sha: String,
    /// Commit message.
    pub message: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvConfigRepoCommit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("sha", &self.sha);
        map.entry("message", &self.message);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvConfigRepoCommit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvConfigRepoCommit {
    const NAME: &'static str = "EnvConfigRepoCommit";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "sha" => or_default(map, &mut self.sha),
            "message" => or_default(map, &mut self.message),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvConfigRepoCommit {
    /// Creates an empty `EnvConfigRepoCommit`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `sha` and returns the value, for chaining.
    pub fn with_sha(mut self, value: impl Into<String>) -> Self {
        self.sha = value.into();
        self
    }
    /// Sets `message` and returns the value, for chaining.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
        self
    }
}
/// Body for changing the replica count of a workload.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ScaleWorkloadRequest {
    /// Key of the project.
    pub project_key: String,
    /// Key of the environment.
    pub env_key: String,
    /// Name of the workload.
    pub workload_name: String,
    /// Kind of workload; the server rejects any other.
    pub workload_type: ScaleWorkloadType,
    /// Name of the service the workload belongs to; from v4.2.1 the server rejects a request without it (older releases ignore it).
    ///
    /// The Zadig releases that send or read this field: v4.2.1 and later; the others ignore it when it is sent.
    pub service_name: String,
    /// Desired number of replicas.
    pub target_replicas: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ScaleWorkloadRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("env_key", &self.env_key);
        map.entry("workload_name", &self.workload_name);
        map.entry("workload_type", &self.workload_type);
        map.entry("service_name", &self.service_name);
        map.entry("target_replicas", &self.target_replicas);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ScaleWorkloadRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ScaleWorkloadRequest {
    const NAME: &'static str = "ScaleWorkloadRequest";
    const REQUIRED: &'static [&'static str] = &[
        "project_key",
        "env_key",
        "workload_name",
        "workload_type",
        "service_name",
        "target_replicas",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "project_key" => required(map, &mut self.project_key, 0u32),
            "env_key" => required(map, &mut self.env_key, 1u32),
            "workload_name" => required(map, &mut self.workload_name, 2u32),
            "workload_type" => required(map, &mut self.workload_type, 3u32),
            "service_name" => required(map, &mut self.service_name, 4u32),
            "target_replicas" => required(map, &mut self.target_replicas, 5u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ScaleWorkloadRequest {
    /// Creates a `ScaleWorkloadRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        project_key: impl Into<String>,
        env_key: impl Into<String>,
        workload_name: impl Into<String>,
        workload_type: ScaleWorkloadType,
        service_name: impl Into<String>,
        target_replicas: i64,
    ) -> Self {
        Self {
            project_key: project_key.into(),
            env_key: env_key.into(),
            workload_name: workload_name.into(),
            workload_type,
            service_name: service_name.into(),
            target_replicas,
            ..Self::default()
        }
    }
}
/// A kind of workload whose replicas can be scaled.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ScaleWorkloadType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScaleWorkloadType {
    /// `Deployment`: A Kubernetes Deployment.
    Deployment,
    /// `StatefulSet`: A Kubernetes StatefulSet.
    StatefulSet,
    /// `CloneSet`: An OpenKruise CloneSet.
    CloneSet,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ScaleWorkloadType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Deployment => "Deployment",
            Self::StatefulSet => "StatefulSet",
            Self::CloneSet => "CloneSet",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for ScaleWorkloadType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for ScaleWorkloadType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Deployment" => Self::Deployment,
            "StatefulSet" => Self::StatefulSet,
            "CloneSet" => Self::CloneSet,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ScaleWorkloadType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for ScaleWorkloadType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ScaleWorkloadType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ScaleWorkloadType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ScaleWorkloadType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Body for changing the image of one container of a workload.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateContainerImageRequest {
    /// Kind of workload. The route already sets it (Deployment, StatefulSet, CronJob or Job), so leave it out; a value sent here replaces the route's.
    pub r#type: String,
    /// Key of the project.
    pub product_name: String,
    /// Key of the environment.
    pub env_name: String,
    /// Name of the service.
    pub service_name: String,
    /// Name of the workload (Deployment, StatefulSet or CronJob).
    pub name: String,
    /// Name of the container to change.
    pub container_name: String,
    /// Full address of the new image.
    pub image: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for UpdateContainerImageRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("type", &self.r#type);
        map.entry("product_name", &self.product_name);
        map.entry("env_name", &self.env_name);
        map.entry("service_name", &self.service_name);
        map.entry("name", &self.name);
        map.entry("container_name", &self.container_name);
        map.entry("image", &self.image);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for UpdateContainerImageRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for UpdateContainerImageRequest {
    const NAME: &'static str = "UpdateContainerImageRequest";
    const REQUIRED: &'static [&'static str] = &[
        "product_name",
        "env_name",
        "service_name",
        "name",
        "container_name",
        "image",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "type" => or_default(map, &mut self.r#type),
            "product_name" => required(map, &mut self.product_name, 0u32),
            "env_name" => required(map, &mut self.env_name, 1u32),
            "service_name" => required(map, &mut self.service_name, 2u32),
            "name" => required(map, &mut self.name, 3u32),
            "container_name" => required(map, &mut self.container_name, 4u32),
            "image" => required(map, &mut self.image, 5u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl UpdateContainerImageRequest {
    /// Creates a `UpdateContainerImageRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
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
            ..Self::default()
        }
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
}
/// A Kubernetes event about an object of the environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KubeEvent {
    /// Short machine-readable reason.
    pub reason: Option<String>,
    /// Human-readable text.
    pub message: Option<String>,
    /// When the event was first recorded (Unix seconds).
    pub first_seen: Option<i64>,
    /// When it was last recorded (Unix seconds).
    pub last_seen: Option<i64>,
    /// How often it occurred.
    pub count: Option<i64>,
    /// Normal or Warning.
    pub r#type: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for KubeEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("reason", &self.reason);
        map.some("message", &self.message);
        map.some("first_seen", &self.first_seen);
        map.some("last_seen", &self.last_seen);
        map.some("count", &self.count);
        map.some("type", &self.r#type);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for KubeEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for KubeEvent {
    const NAME: &'static str = "KubeEvent";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "reason" => value(map, &mut self.reason),
            "message" => value(map, &mut self.message),
            "first_seen" => value(map, &mut self.first_seen),
            "last_seen" => value(map, &mut self.last_seen),
            "count" => value(map, &mut self.count),
            "type" => value(map, &mut self.r#type),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl KubeEvent {
    /// Creates an empty `KubeEvent`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Whether enabling or disabling environment sharing has completed, with the individual checks.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ShareEnvReadiness {
    /// Whether the operation is complete.
    pub is_ready: bool,
    /// Results of the individual checks.
    pub checks: ShareEnvReadyChecks,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ShareEnvReadiness {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("is_ready", &self.is_ready);
        map.entry("checks", &self.checks);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ShareEnvReadiness {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ShareEnvReadiness {
    const NAME: &'static str = "ShareEnvReadiness";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "is_ready" => or_default(map, &mut self.is_ready),
            "checks" => or_default(map, &mut self.checks),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ShareEnvReadiness {
    /// Creates an empty `ShareEnvReadiness`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Individual checks behind a sharing readiness result.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ShareEnvReadyChecks {
    /// The namespace carries the Istio injection label.
    pub namespace_has_istio_label: bool,
    /// The Istio VirtualServices are in place.
    pub virtualservice_deployed: bool,
    /// The pods run the Istio sidecar.
    pub pods_have_istio_proxy: bool,
    /// All workloads are ready.
    pub workloads_ready: bool,
    /// Every workload has a Kubernetes Service.
    pub workloads_have_k8s_service: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ShareEnvReadyChecks {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("namespace_has_istio_label", &self.namespace_has_istio_label);
        map.entry("virtualservice_deployed", &self.virtualservice_deployed);
        map.entry("pods_have_istio_proxy", &self.pods_have_istio_proxy);
        map.entry("workloads_ready", &self.workloads_ready);
        map.entry("workloads_have_k8s_service", &self.workloads_have_k8s_service);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ShareEnvReadyChecks {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ShareEnvReadyChecks {
    const NAME: &'static str = "ShareEnvReadyChecks";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "namespace_has_istio_label" => {
                or_default(map, &mut self.namespace_has_istio_label)
            }
            "virtualservice_deployed" => {
                or_default(map, &mut self.virtualservice_deployed)
            }
            "pods_have_istio_proxy" => or_default(map, &mut self.pods_have_istio_proxy),
            "workloads_ready" => or_default(map, &mut self.workloads_ready),
            "workloads_have_k8s_service" => {
                or_default(map, &mut self.workloads_have_k8s_service)
            }
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ShareEnvReadyChecks {
    /// Creates an empty `ShareEnvReadyChecks`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A host and port through which an entry service is reached.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EntryServiceServer {
    /// Host name or IP address.
    pub host: String,
    /// Port number.
    pub port_number: u32,
    /// Protocol on that port, e.g. HTTP.
    pub port_protocol: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EntryServiceServer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("host", &self.host);
        map.entry("port_number", &self.port_number);
        map.entry("port_protocol", &self.port_protocol);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EntryServiceServer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EntryServiceServer {
    const NAME: &'static str = "EntryServiceServer";
    const REQUIRED: &'static [&'static str] = &["host", "port_number", "port_protocol"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "host" => required(map, &mut self.host, 0u32),
            "port_number" => required(map, &mut self.port_number, 1u32),
            "port_protocol" => required(map, &mut self.port_protocol, 2u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EntryServiceServer {
    /// Creates a `EntryServiceServer` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        host: impl Into<String>,
        port_number: u32,
        port_protocol: impl Into<String>,
    ) -> Self {
        Self {
            host: host.into(),
            port_number,
            port_protocol: port_protocol.into(),
            ..Self::default()
        }
    }
}
