// @generated from spec/service.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Service API.
//!
//! Service definitions of a project (the service library), for test and production: list, read, create from a template or raw YAML, update, change variables, delete.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// One service of a project's service library, as the list shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ServiceBrief {
    /// Name of the service.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Where the service definition comes from, e.g. spock (typed in), template or a code host.
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Kind of service, e.g. k8s or helm.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Containers the service defines, with their images.
    #[serde(rename = "containers", default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<Vec<ServiceContainerBrief>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ServiceBrief {
    /// Creates an empty `ServiceBrief`; every field is optional.
    pub fn new() -> Self {
        Self {
            service_name: None,
            source: None,
            r#type: None,
            containers: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `containers` and returns the value, for chaining.
    pub fn with_containers(mut self, value: Vec<ServiceContainerBrief>) -> Self {
        self.containers = Some(value);
        self
    }
}
/// A container of a service and the image it runs.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ServiceContainerBrief {
    /// Name of the container.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Full image address, including the tag.
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Name of the image without registry and tag.
    #[serde(rename = "image_name", default, skip_serializing_if = "Option::is_none")]
    pub image_name: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ServiceContainerBrief {
    /// Creates an empty `ServiceContainerBrief`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            image: None,
            image_name: None,
            unknown_fields: crate::types::UnknownFields::new(),
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
/// One service of the service library with its YAML and variables.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ServiceDetail {
    /// Name of the service.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Where the service definition comes from, e.g. spock (typed in), template or a code host.
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Kind of service, e.g. k8s.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Template the service was created from; empty when it was not.
    #[serde(rename = "template_name", default, skip_serializing_if = "Option::is_none")]
    pub template_name: Option<String>,
    /// User who created this revision of the service.
    #[serde(rename = "created_by", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// When this revision was created, as a Unix timestamp in seconds.
    #[serde(rename = "created_time", default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<i64>,
    /// The service's Kubernetes YAML.
    #[serde(rename = "yaml", default, skip_serializing_if = "Option::is_none")]
    pub yaml: Option<String>,
    /// Containers found in the YAML, with their images.
    #[serde(rename = "containers", default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<Vec<crate::types::EnvServiceContainer>>,
    /// Variables the service defines, with their default values.
    #[serde(
        rename = "service_variable_kvs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_variable_kvs: Option<Vec<crate::types::BasicServiceVariableKV>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ServiceDetail {
    /// Creates an empty `ServiceDetail`; every field is optional.
    pub fn new() -> Self {
        Self {
            service_name: None,
            source: None,
            r#type: None,
            template_name: None,
            created_by: None,
            created_time: None,
            yaml: None,
            containers: None,
            service_variable_kvs: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `template_name` and returns the value, for chaining.
    pub fn with_template_name(mut self, value: impl Into<String>) -> Self {
        self.template_name = Some(value.into());
        self
    }
    /// Sets `created_by` and returns the value, for chaining.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
    /// Sets `created_time` and returns the value, for chaining.
    pub fn with_created_time(mut self, value: i64) -> Self {
        self.created_time = Some(value);
        self
    }
    /// Sets `yaml` and returns the value, for chaining.
    pub fn with_yaml(mut self, value: impl Into<String>) -> Self {
        self.yaml = Some(value.into());
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
    /// Sets `service_variable_kvs` and returns the value, for chaining.
    pub fn with_service_variable_kvs(
        mut self,
        value: Vec<crate::types::BasicServiceVariableKV>,
    ) -> Self {
        self.service_variable_kvs = Some(value);
        self
    }
}
/// A label attached to a service.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ServiceLabel {
    /// Identifier of the binding between the label and the service.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identifier of the label.
    #[serde(rename = "label_id", default, skip_serializing_if = "Option::is_none")]
    pub label_id: Option<String>,
    /// Key of the label.
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Value the label has on this service.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ServiceLabel {
    /// Creates an empty `ServiceLabel`; every field is optional.
    pub fn new() -> Self {
        Self {
            id: None,
            label_id: None,
            key: None,
            value: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `label_id` and returns the value, for chaining.
    pub fn with_label_id(mut self, value: impl Into<String>) -> Self {
        self.label_id = Some(value.into());
        self
    }
    /// Sets `key` and returns the value, for chaining.
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `value` and returns the value, for chaining.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
/// Body for creating a K8s YAML service from a template of the template library.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ServiceFromYamlTemplateRequest {
    /// Ignored; the route decides whether a test or a production service is created.
    #[serde(rename = "production", default, skip_serializing_if = "Option::is_none")]
    pub production: Option<bool>,
    /// Name of the new service.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Identifier (key) of the project to add the service to.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// Name of the YAML template to use.
    #[serde(rename = "template_name", default, skip_serializing_if = "Option::is_none")]
    pub template_name: Option<String>,
    /// Update the service automatically when the template changes.
    #[serde(rename = "auto_sync", default, skip_serializing_if = "Option::is_none")]
    pub auto_sync: Option<bool>,
    /// Values for the template's variables.
    #[serde(rename = "variable_yaml", default, skip_serializing_if = "Option::is_none")]
    pub variable_yaml: Option<Vec<KeyAnyValue>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ServiceFromYamlTemplateRequest {
    /// Creates an empty `ServiceFromYamlTemplateRequest`; every field is optional.
    pub fn new() -> Self {
        Self {
            production: None,
            service_name: None,
            project_key: None,
            template_name: None,
            auto_sync: None,
            variable_yaml: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `production` and returns the value, for chaining.
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = Some(value);
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Sets `template_name` and returns the value, for chaining.
    pub fn with_template_name(mut self, value: impl Into<String>) -> Self {
        self.template_name = Some(value.into());
        self
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = Some(value);
        self
    }
    /// Sets `variable_yaml` and returns the value, for chaining.
    pub fn with_variable_yaml(mut self, value: Vec<KeyAnyValue>) -> Self {
        self.variable_yaml = Some(value);
        self
    }
}
/// A key and its value, which may be any JSON value; used to give values to template variables.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct KeyAnyValue {
    /// Name of the variable.
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Value of the variable (a string, number, bool or structured value).
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl KeyAnyValue {
    /// Creates an empty `KeyAnyValue`; every field is optional.
    pub fn new() -> Self {
        Self {
            key: None,
            value: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `key` and returns the value, for chaining.
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `value` and returns the value, for chaining.
    pub fn with_value(mut self, value: serde_json::Value) -> Self {
        self.value = Some(value);
        self
    }
}
/// Body for creating a K8s YAML service from YAML given in the request.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RawYamlServiceRequest {
    /// Name of the new service; must not be empty.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Ignored; the route decides whether a test or a production service is created.
    #[serde(rename = "production", default, skip_serializing_if = "Option::is_none")]
    pub production: Option<bool>,
    /// Kubernetes YAML of the service; must not be empty.
    #[serde(rename = "yaml", default, skip_serializing_if = "Option::is_none")]
    pub yaml: Option<String>,
    /// Variables the service declares, with their default values.
    #[serde(rename = "variable_yaml", default, skip_serializing_if = "Option::is_none")]
    pub variable_yaml: Option<Vec<crate::types::BasicServiceVariableKV>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl RawYamlServiceRequest {
    /// Creates an empty `RawYamlServiceRequest`; every field is optional.
    pub fn new() -> Self {
        Self {
            service_name: None,
            production: None,
            yaml: None,
            variable_yaml: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `production` and returns the value, for chaining.
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = Some(value);
        self
    }
    /// Sets `yaml` and returns the value, for chaining.
    pub fn with_yaml(mut self, value: impl Into<String>) -> Self {
        self.yaml = Some(value.into());
        self
    }
    /// Sets `variable_yaml` and returns the value, for chaining.
    pub fn with_variable_yaml(
        mut self,
        value: Vec<crate::types::BasicServiceVariableKV>,
    ) -> Self {
        self.variable_yaml = Some(value);
        self
    }
}
/// Body for replacing the YAML of a service.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ServiceConfigUpdate {
    /// Ignored; the server takes the project from the `projectKey` query parameter.
    #[serde(rename = "project_name", default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// Ignored; the server takes the service from the path.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Kind of service, e.g. k8s.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The new Kubernetes YAML of the service.
    #[serde(rename = "yaml", default, skip_serializing_if = "Option::is_none")]
    pub yaml: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ServiceConfigUpdate {
    /// Creates an empty `ServiceConfigUpdate`; every field is optional.
    pub fn new() -> Self {
        Self {
            project_name: None,
            service_name: None,
            r#type: None,
            yaml: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = Some(value.into());
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `yaml` and returns the value, for chaining.
    pub fn with_yaml(mut self, value: impl Into<String>) -> Self {
        self.yaml = Some(value.into());
        self
    }
}
/// Body for replacing the variables of a service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ServiceVariablesUpdate {
    /// The service's variables, with their new default values.
    #[serde(rename = "service_variable_kvs")]
    pub service_variable_kvs: Vec<crate::types::BasicServiceVariableKV>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ServiceVariablesUpdate {
    /// Creates a `ServiceVariablesUpdate` from its required fields; optional fields start as `None`.
    pub fn new(service_variable_kvs: Vec<crate::types::BasicServiceVariableKV>) -> Self {
        Self {
            service_variable_kvs,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
}
/// Body for creating services from YAML files in a code repository.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ServiceFromCodeHostRequest {
    /// Identifier (key) of the project to add the services to.
    #[serde(rename = "product_name", default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// The files or folders to read, one per service.
    #[serde(rename = "service_paths", default, skip_serializing_if = "Option::is_none")]
    pub service_paths: Option<Vec<ServiceLoadPath>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ServiceFromCodeHostRequest {
    /// Creates an empty `ServiceFromCodeHostRequest`; every field is optional.
    pub fn new() -> Self {
        Self {
            product_name: None,
            service_paths: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `product_name` and returns the value, for chaining.
    pub fn with_product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
    /// Sets `service_paths` and returns the value, for chaining.
    pub fn with_service_paths(mut self, value: Vec<ServiceLoadPath>) -> Self {
        self.service_paths = Some(value);
        self
    }
}
/// Where in the repository one service's YAML lives.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ServiceLoadPath {
    /// Name of the service to create.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Path of the file or folder in the repository.
    #[serde(rename = "path", default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Whether `path` is a folder (all its YAML files make up the service).
    #[serde(rename = "is_dir", default, skip_serializing_if = "Option::is_none")]
    pub is_dir: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ServiceLoadPath {
    /// Creates an empty `ServiceLoadPath`; every field is optional.
    pub fn new() -> Self {
        Self {
            service_name: None,
            path: None,
            is_dir: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `path` and returns the value, for chaining.
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }
    /// Sets `is_dir` and returns the value, for chaining.
    pub fn with_is_dir(mut self, value: bool) -> Self {
        self.is_dir = Some(value);
        self
    }
}
/// Body for creating Helm chart services from charts kept in a repository.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HelmServiceLoadRequest {
    /// Where the charts come from; decides the shape of `createFrom`.
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<HelmServiceLoadSource>,
    /// Name of the service. For code and public repositories it may be empty (the chart's name is used); for a chart repository the chart name is used.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Where to find the charts, an object whose keys depend on `source`. For `repo` (and `gerrit`): `codehostName`, `owner`, `namespace`, `repo`, `branch` and `paths` (a list of chart folders). For `publicRepo`: `repoLink` and `paths`. For `chartRepo`: `chartRepoName`, `chartName` and `chartVersion`.
    #[serde(rename = "createFrom", default, skip_serializing_if = "Option::is_none")]
    pub create_from: Option<serde_json::Value>,
    /// Create production services instead of test services.
    #[serde(rename = "production", default, skip_serializing_if = "Option::is_none")]
    pub production: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl HelmServiceLoadRequest {
    /// Creates an empty `HelmServiceLoadRequest`; every field is optional.
    pub fn new() -> Self {
        Self {
            source: None,
            name: None,
            create_from: None,
            production: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: HelmServiceLoadSource) -> Self {
        self.source = Some(value);
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `create_from` and returns the value, for chaining.
    pub fn with_create_from(mut self, value: serde_json::Value) -> Self {
        self.create_from = Some(value);
        self
    }
    /// Sets `production` and returns the value, for chaining.
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = Some(value);
        self
    }
}
/// Where Helm charts are loaded from. The server also takes `gitee` and `gitee-enterprise` as code repositories.
///
/// The set of values is open: a value this version does not know decodes to
/// [`HelmServiceLoadSource::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HelmServiceLoadSource {
    /// `repo`: A repository of a code host integrated in Zadig.
    Repo,
    /// `gerrit`: A Gerrit repository.
    Gerrit,
    /// `publicRepo`: A public git repository given by its URL.
    PublicRepo,
    /// `chartTemplate`: A chart template of the template library.
    ChartTemplate,
    /// `chartRepo`: A Helm chart repository integrated in Zadig.
    ChartRepo,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl HelmServiceLoadSource {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Repo => "repo",
            Self::Gerrit => "gerrit",
            Self::PublicRepo => "publicRepo",
            Self::ChartTemplate => "chartTemplate",
            Self::ChartRepo => "chartRepo",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl From<&str> for HelmServiceLoadSource {
    fn from(value: &str) -> Self {
        match value {
            "repo" => Self::Repo,
            "gerrit" => Self::Gerrit,
            "publicRepo" => Self::PublicRepo,
            "chartTemplate" => Self::ChartTemplate,
            "chartRepo" => Self::ChartRepo,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for HelmServiceLoadSource {
    fn from(value: String) -> Self {
        match value.as_str() {
            "repo" => Self::Repo,
            "gerrit" => Self::Gerrit,
            "publicRepo" => Self::PublicRepo,
            "chartTemplate" => Self::ChartTemplate,
            "chartRepo" => Self::ChartRepo,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for HelmServiceLoadSource {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for HelmServiceLoadSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for HelmServiceLoadSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for HelmServiceLoadSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Outcome of loading Helm chart services.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HelmServiceLoadResult {
    /// Names of the services that were created.
    #[serde(
        rename = "successServices",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub success_services: Option<Vec<String>>,
    /// Charts that could not be loaded, with the reason.
    #[serde(rename = "failedServices", default, skip_serializing_if = "Option::is_none")]
    pub failed_services: Option<Vec<HelmServiceLoadFailure>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl HelmServiceLoadResult {
    /// Creates an empty `HelmServiceLoadResult`; every field is optional.
    pub fn new() -> Self {
        Self {
            success_services: None,
            failed_services: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `success_services` and returns the value, for chaining.
    pub fn with_success_services(mut self, value: Vec<String>) -> Self {
        self.success_services = Some(value);
        self
    }
    /// Sets `failed_services` and returns the value, for chaining.
    pub fn with_failed_services(mut self, value: Vec<HelmServiceLoadFailure>) -> Self {
        self.failed_services = Some(value);
        self
    }
}
/// A chart that could not be turned into a service.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HelmServiceLoadFailure {
    /// Path of the chart.
    #[serde(rename = "path", default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Why it failed.
    #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl HelmServiceLoadFailure {
    /// Creates an empty `HelmServiceLoadFailure`; every field is optional.
    pub fn new() -> Self {
        Self {
            path: None,
            error: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `path` and returns the value, for chaining.
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
}
/// Body for creating a Helm chart service from a chart template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HelmServiceFromTemplateRequest {
    /// Create a production service instead of a test service.
    #[serde(rename = "production", default, skip_serializing_if = "Option::is_none")]
    pub production: Option<bool>,
    /// Name of the new service.
    #[serde(rename = "service_name")]
    pub service_name: String,
    /// Identifier (key) of the project to add the service to.
    #[serde(rename = "project_key")]
    pub project_key: String,
    /// Name of the chart template to use.
    #[serde(rename = "template_name")]
    pub template_name: String,
    /// Update the service automatically when the template changes.
    #[serde(rename = "auto_sync", default, skip_serializing_if = "Option::is_none")]
    pub auto_sync: Option<bool>,
    /// Helm values (YAML) that override the template's defaults.
    #[serde(rename = "values_yaml", default, skip_serializing_if = "Option::is_none")]
    pub values_yaml: Option<String>,
    /// Values for the template's variables.
    #[serde(rename = "variables", default, skip_serializing_if = "Option::is_none")]
    pub variables: Option<Vec<KeyAnyValue>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl HelmServiceFromTemplateRequest {
    /// Creates a `HelmServiceFromTemplateRequest` from its required fields; optional fields start as `None`.
    pub fn new(
        service_name: impl Into<String>,
        project_key: impl Into<String>,
        template_name: impl Into<String>,
    ) -> Self {
        Self {
            production: None,
            service_name: service_name.into(),
            project_key: project_key.into(),
            template_name: template_name.into(),
            auto_sync: None,
            values_yaml: None,
            variables: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `production` and returns the value, for chaining.
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = Some(value);
        self
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = Some(value);
        self
    }
    /// Sets `values_yaml` and returns the value, for chaining.
    pub fn with_values_yaml(mut self, value: impl Into<String>) -> Self {
        self.values_yaml = Some(value.into());
        self
    }
    /// Sets `variables` and returns the value, for chaining.
    pub fn with_variables(mut self, value: Vec<KeyAnyValue>) -> Self {
        self.variables = Some(value);
        self
    }
}
/// The chart templates of the template library and the system variables they may use.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChartTemplateList {
    /// Variables Zadig fills in itself when it renders a chart template, sorted by key.
    #[serde(
        rename = "system_variables",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_variables: Option<Vec<ChartTemplateVariable>>,
    /// The chart templates.
    #[serde(
        rename = "chart_templates",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub chart_templates: Option<Vec<ChartTemplate>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ChartTemplateList {
    /// Creates an empty `ChartTemplateList`; every field is optional.
    pub fn new() -> Self {
        Self {
            system_variables: None,
            chart_templates: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `system_variables` and returns the value, for chaining.
    pub fn with_system_variables(mut self, value: Vec<ChartTemplateVariable>) -> Self {
        self.system_variables = Some(value);
        self
    }
    /// Sets `chart_templates` and returns the value, for chaining.
    pub fn with_chart_templates(mut self, value: Vec<ChartTemplate>) -> Self {
        self.chart_templates = Some(value);
        self
    }
}
/// A system variable available to chart templates.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChartTemplateVariable {
    /// Name of the variable.
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// What the variable holds; may be absent.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ChartTemplateVariable {
    /// Creates an empty `ChartTemplateVariable`; every field is optional.
    pub fn new() -> Self {
        Self {
            key: None,
            description: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `key` and returns the value, for chaining.
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
/// A Helm chart template and the code repository location it is kept in.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChartTemplate {
    /// Name of the template.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Identifier of the code host integration holding the chart.
    #[serde(rename = "codehost_id", default, skip_serializing_if = "Option::is_none")]
    pub codehost_id: Option<i64>,
    /// Owner of the repository.
    #[serde(rename = "owner", default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Namespace (group path) of the repository.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Name of the repository.
    #[serde(rename = "repo", default, skip_serializing_if = "Option::is_none")]
    pub repo: Option<String>,
    /// Folder of the chart in the repository.
    #[serde(rename = "path", default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Branch the chart is read from.
    #[serde(rename = "branch", default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ChartTemplate {
    /// Creates an empty `ChartTemplate`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            codehost_id: None,
            owner: None,
            namespace: None,
            repo: None,
            path: None,
            branch: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `codehost_id` and returns the value, for chaining.
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
    /// Sets `path` and returns the value, for chaining.
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }
    /// Sets `branch` and returns the value, for chaining.
    pub fn with_branch(mut self, value: impl Into<String>) -> Self {
        self.branch = Some(value.into());
        self
    }
}
