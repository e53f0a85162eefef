// @generated from spec/service.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Service API.
//!
//! Service definitions of a project (the service library), for test and production: list, read, create from a template or raw YAML, update, change variables, delete.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// One service of a project's service library, as the list shows it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceBrief {
    /// Name of the service.
    pub service_name: String,
    /// Where the service definition comes from, e.g. spock (typed in), template or a code host.
    pub source: String,
    /// Kind of service, e.g. k8s or helm.
    pub r#type: String,
    /// Containers the service defines, with their images.
    pub containers: Vec<ServiceContainerBrief>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ServiceBrief {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("source", &self.source);
        map.entry("type", &self.r#type);
        map.entry("containers", &self.containers);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ServiceBrief {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ServiceBrief {
    const NAME: &'static str = "ServiceBrief";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_name" => or_default(map, &mut self.service_name),
            "source" => or_default(map, &mut self.source),
            "type" => or_default(map, &mut self.r#type),
            "containers" => or_default(map, &mut self.containers),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ServiceBrief {
    /// Creates an empty `ServiceBrief`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A container of a service and the image it runs.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceContainerBrief {
    /// Name of the container.
    pub name: String,
    /// Full image address, including the tag.
    pub image: String,
    /// Name of the image without registry and tag.
    pub image_name: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ServiceContainerBrief {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("image", &self.image);
        map.entry("image_name", &self.image_name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ServiceContainerBrief {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ServiceContainerBrief {
    const NAME: &'static str = "ServiceContainerBrief";
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
impl ServiceContainerBrief {
    /// Creates an empty `ServiceContainerBrief`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One service of the service library with its YAML and variables.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceDetail {
    /// Name of the service.
    pub service_name: String,
    /// Where the service definition comes from, e.g. spock (typed in), template or a code host.
    pub source: String,
    /// Kind of service, e.g. k8s.
    pub r#type: String,
    /// Template the service was created from; empty when it was not.
    pub template_name: String,
    /// User who created this revision of the service.
    pub created_by: String,
    /// When this revision was created, as a Unix timestamp in seconds.
    pub created_time: i64,
    /// The service's Kubernetes YAML.
    pub yaml: String,
    /// Containers found in the YAML, with their images.
    pub containers: Vec<crate::types::EnvServiceContainer>,
    /// Variables the service defines, with their default values.
    pub service_variable_kvs: Vec<crate::types::BasicServiceVariableKV>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ServiceDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("source", &self.source);
        map.entry("type", &self.r#type);
        map.entry("template_name", &self.template_name);
        map.entry("created_by", &self.created_by);
        map.entry("created_time", &self.created_time);
        map.entry("yaml", &self.yaml);
        map.entry("containers", &self.containers);
        map.entry("service_variable_kvs", &self.service_variable_kvs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ServiceDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ServiceDetail {
    const NAME: &'static str = "ServiceDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_name" => or_default(map, &mut self.service_name),
            "source" => or_default(map, &mut self.source),
            "type" => or_default(map, &mut self.r#type),
            "template_name" => or_default(map, &mut self.template_name),
            "created_by" => or_default(map, &mut self.created_by),
            "created_time" => or_default(map, &mut self.created_time),
            "yaml" => or_default(map, &mut self.yaml),
            "containers" => or_default(map, &mut self.containers),
            "service_variable_kvs" => or_default(map, &mut self.service_variable_kvs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ServiceDetail {
    /// Creates an empty `ServiceDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A label attached to a service.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceLabel {
    /// Identifier of the binding between the label and the service.
    pub id: Option<String>,
    /// Identifier of the label.
    pub label_id: Option<String>,
    /// Key of the label.
    pub key: String,
    /// Value the label has on this service.
    pub value: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ServiceLabel {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.some("label_id", &self.label_id);
        map.entry("key", &self.key);
        map.entry("value", &self.value);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ServiceLabel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ServiceLabel {
    const NAME: &'static str = "ServiceLabel";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => value(map, &mut self.id),
            "label_id" => value(map, &mut self.label_id),
            "key" => or_default(map, &mut self.key),
            "value" => or_default(map, &mut self.value),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ServiceLabel {
    /// Creates an empty `ServiceLabel`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Body for creating a K8s YAML service from a template of the template library.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceFromYamlTemplateRequest {
    /// Ignored; the route decides whether a test or a production service is created.
    pub production: bool,
    /// Name of the new service.
    pub service_name: String,
    /// Identifier (key) of the project to add the service to; the server checks permissions against it.
    pub project_key: String,
    /// Name of the YAML template to use.
    pub template_name: String,
    /// Update the service automatically when the template changes.
    pub auto_sync: bool,
    /// Values for the template's variables.
    pub variable_yaml: Vec<crate::types::KeyAnyValue>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ServiceFromYamlTemplateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("production", &self.production);
        map.entry("service_name", &self.service_name);
        map.entry("project_key", &self.project_key);
        map.entry("template_name", &self.template_name);
        map.entry("auto_sync", &self.auto_sync);
        map.entry("variable_yaml", &self.variable_yaml);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ServiceFromYamlTemplateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ServiceFromYamlTemplateRequest {
    const NAME: &'static str = "ServiceFromYamlTemplateRequest";
    const REQUIRED: &'static [&'static str] = &[
        "service_name",
        "project_key",
        "template_name",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "production" => or_default(map, &mut self.production),
            "service_name" => required(map, &mut self.service_name, 0u32),
            "project_key" => required(map, &mut self.project_key, 1u32),
            "template_name" => required(map, &mut self.template_name, 2u32),
            "auto_sync" => or_default(map, &mut self.auto_sync),
            "variable_yaml" => or_default(map, &mut self.variable_yaml),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ServiceFromYamlTemplateRequest {
    /// Creates a `ServiceFromYamlTemplateRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        service_name: impl Into<String>,
        project_key: impl Into<String>,
        template_name: impl Into<String>,
    ) -> Self {
        Self {
            service_name: service_name.into(),
            project_key: project_key.into(),
            template_name: template_name.into(),
            ..Self::default()
        }
    }
    /// Sets `production` and returns the value, for chaining.
    #[inline]
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
        self
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    #[inline]
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = value;
        self
    }
    /// Sets `variable_yaml` and returns the value, for chaining.
    #[inline]
    pub fn with_variable_yaml(mut self, value: Vec<crate::types::KeyAnyValue>) -> Self {
        self.variable_yaml = value;
        self
    }
}
/// Body for creating a K8s YAML service from YAML given in the request.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RawYamlServiceRequest {
    /// Name of the new service; must not be empty.
    pub service_name: String,
    /// Ignored; the route decides whether a test or a production service is created.
    pub production: bool,
    /// Kubernetes YAML of the service; must not be empty.
    pub yaml: String,
    /// Variables the service declares, with their default values.
    pub variable_yaml: Vec<crate::types::BasicServiceVariableKV>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for RawYamlServiceRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("production", &self.production);
        map.entry("yaml", &self.yaml);
        map.entry("variable_yaml", &self.variable_yaml);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for RawYamlServiceRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for RawYamlServiceRequest {
    const NAME: &'static str = "RawYamlServiceRequest";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_name" => or_default(map, &mut self.service_name),
            "production" => or_default(map, &mut self.production),
            "yaml" => or_default(map, &mut self.yaml),
            "variable_yaml" => or_default(map, &mut self.variable_yaml),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl RawYamlServiceRequest {
    /// Creates an empty `RawYamlServiceRequest`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `production` and returns the value, for chaining.
    #[inline]
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
        self
    }
    /// Sets `yaml` and returns the value, for chaining.
    pub fn with_yaml(mut self, value: impl Into<String>) -> Self {
        self.yaml = value.into();
        self
    }
    /// Sets `variable_yaml` and returns the value, for chaining.
    #[inline]
    pub fn with_variable_yaml(
        mut self,
        value: Vec<crate::types::BasicServiceVariableKV>,
    ) -> Self {
        self.variable_yaml = value;
        self
    }
}
/// Body for replacing the YAML of a service.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceConfigUpdate {
    /// Ignored; the server takes the project from the `projectKey` query parameter.
    pub project_name: String,
    /// Ignored; the server takes the service from the path.
    pub service_name: String,
    /// Kind of service, e.g. k8s.
    pub r#type: String,
    /// The new Kubernetes YAML of the service.
    pub yaml: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ServiceConfigUpdate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_name", &self.project_name);
        map.entry("service_name", &self.service_name);
        map.entry("type", &self.r#type);
        map.entry("yaml", &self.yaml);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ServiceConfigUpdate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ServiceConfigUpdate {
    const NAME: &'static str = "ServiceConfigUpdate";
    const REQUIRED: &'static [&'static str] = &["type", "yaml"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "project_name" => or_default(map, &mut self.project_name),
            "service_name" => or_default(map, &mut self.service_name),
            "type" => required(map, &mut self.r#type, 0u32),
            "yaml" => required(map, &mut self.yaml, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ServiceConfigUpdate {
    /// Creates a `ServiceConfigUpdate` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(r#type: impl Into<String>, yaml: impl Into<String>) -> Self {
        Self {
            r#type: r#type.into(),
            yaml: yaml.into(),
            ..Self::default()
        }
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = value.into();
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
}
/// Body for replacing the variables of a service.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceVariablesUpdate {
    /// The service's variables, with their new default values.
    pub service_variable_kvs: Vec<crate::types::BasicServiceVariableKV>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ServiceVariablesUpdate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_variable_kvs", &self.service_variable_kvs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ServiceVariablesUpdate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ServiceVariablesUpdate {
    const NAME: &'static str = "ServiceVariablesUpdate";
    const REQUIRED: &'static [&'static str] = &["service_variable_kvs"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "service_variable_kvs" => required(map, &mut self.service_variable_kvs, 0u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ServiceVariablesUpdate {
    /// Creates a `ServiceVariablesUpdate` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(service_variable_kvs: Vec<crate::types::BasicServiceVariableKV>) -> Self {
        Self {
            service_variable_kvs,
            ..Self::default()
        }
    }
}
/// Body for creating services from YAML files in a code repository.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceFromCodeHostRequest {
    /// Identifier (key) of the project to add the services to; the server checks permissions against it.
    pub product_name: String,
    /// The files or folders to read, one per service; at least one.
    pub service_paths: Vec<ServiceLoadPath>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ServiceFromCodeHostRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("product_name", &self.product_name);
        map.entry("service_paths", &self.service_paths);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ServiceFromCodeHostRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ServiceFromCodeHostRequest {
    const NAME: &'static str = "ServiceFromCodeHostRequest";
    const REQUIRED: &'static [&'static str] = &["product_name", "service_paths"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "product_name" => required(map, &mut self.product_name, 0u32),
            "service_paths" => required(map, &mut self.service_paths, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ServiceFromCodeHostRequest {
    /// Creates a `ServiceFromCodeHostRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        product_name: impl Into<String>,
        service_paths: Vec<ServiceLoadPath>,
    ) -> Self {
        Self {
            product_name: product_name.into(),
            service_paths,
            ..Self::default()
        }
    }
}
/// Where in the repository one service's YAML lives.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceLoadPath {
    /// Name of the service to create.
    pub service_name: String,
    /// Path of the file or folder in the repository.
    pub path: String,
    /// Whether `path` is a folder (all its YAML files make up the service).
    pub is_dir: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ServiceLoadPath {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("path", &self.path);
        map.entry("is_dir", &self.is_dir);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ServiceLoadPath {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ServiceLoadPath {
    const NAME: &'static str = "ServiceLoadPath";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_name" => or_default(map, &mut self.service_name),
            "path" => or_default(map, &mut self.path),
            "is_dir" => or_default(map, &mut self.is_dir),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ServiceLoadPath {
    /// Creates an empty `ServiceLoadPath`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `path` and returns the value, for chaining.
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = value.into();
        self
    }
    /// Sets `is_dir` and returns the value, for chaining.
    #[inline]
    pub fn with_is_dir(mut self, value: bool) -> Self {
        self.is_dir = value;
        self
    }
}
/// Body for creating Helm chart services from charts kept in a repository.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HelmServiceLoadRequest {
    /// Where the charts come from; decides the shape of `createFrom`.
    pub source: HelmServiceLoadSource,
    /// Name of the service. For code and public repositories it may be empty (the chart's name is used); for a chart repository the chart name is used.
    pub name: String,
    /// Where to find the charts, an object whose keys depend on `source`. For `repo` (and `gerrit`): `codehostName`, `owner`, `namespace`, `repo`, `branch` and `paths` (a list of chart folders). For `publicRepo`: `repoLink` and `paths`. For `chartRepo`: `chartRepoName`, `chartName` and `chartVersion`.
    pub create_from: Option<serde_json::Value>,
    /// Create production services instead of test services.
    pub production: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for HelmServiceLoadRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("source", &self.source);
        map.entry("name", &self.name);
        map.some("createFrom", &self.create_from);
        map.entry("production", &self.production);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for HelmServiceLoadRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for HelmServiceLoadRequest {
    const NAME: &'static str = "HelmServiceLoadRequest";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "source" => or_default(map, &mut self.source),
            "name" => or_default(map, &mut self.name),
            "createFrom" => value(map, &mut self.create_from),
            "production" => or_default(map, &mut self.production),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl HelmServiceLoadRequest {
    /// Creates an empty `HelmServiceLoadRequest`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `source` and returns the value, for chaining.
    #[inline]
    pub fn with_source(mut self, value: HelmServiceLoadSource) -> Self {
        self.source = value;
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `create_from` and returns the value, for chaining.
    #[inline]
    pub fn with_create_from(mut self, value: serde_json::Value) -> Self {
        self.create_from = Some(value);
        self
    }
    /// Sets `production` and returns the value, for chaining.
    #[inline]
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
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
    #[inline]
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
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for HelmServiceLoadSource {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for HelmServiceLoadSource {
    #[inline]
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
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for HelmServiceLoadSource {
    type Err = std::convert::Infallible;
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HelmServiceLoadResult {
    /// Names of the services that were created.
    pub success_services: Vec<String>,
    /// Charts that could not be loaded, with the reason.
    pub failed_services: Vec<HelmServiceLoadFailure>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for HelmServiceLoadResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("successServices", &self.success_services);
        map.entry("failedServices", &self.failed_services);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for HelmServiceLoadResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for HelmServiceLoadResult {
    const NAME: &'static str = "HelmServiceLoadResult";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "successServices" => or_default(map, &mut self.success_services),
            "failedServices" => or_default(map, &mut self.failed_services),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl HelmServiceLoadResult {
    /// Creates an empty `HelmServiceLoadResult`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A chart that could not be turned into a service.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HelmServiceLoadFailure {
    /// Path of the chart.
    pub path: String,
    /// Why it failed.
    pub error: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for HelmServiceLoadFailure {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("path", &self.path);
        map.entry("error", &self.error);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for HelmServiceLoadFailure {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for HelmServiceLoadFailure {
    const NAME: &'static str = "HelmServiceLoadFailure";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "path" => or_default(map, &mut self.path),
            "error" => or_default(map, &mut self.error),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl HelmServiceLoadFailure {
    /// Creates an empty `HelmServiceLoadFailure`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Body for creating a Helm chart service from a chart template.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HelmServiceFromTemplateRequest {
    /// Create a production service instead of a test service.
    pub production: bool,
    /// Name of the new service.
    pub service_name: String,
    /// Identifier (key) of the project to add the service to.
    pub project_key: String,
    /// Name of the chart template to use.
    pub template_name: String,
    /// Update the service automatically when the template changes.
    pub auto_sync: bool,
    /// Helm values (YAML) that override the template's defaults.
    pub values_yaml: String,
    /// Values for the template's variables.
    pub variables: Vec<crate::types::KeyAnyValue>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for HelmServiceFromTemplateRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("production", &self.production);
        map.entry("service_name", &self.service_name);
        map.entry("project_key", &self.project_key);
        map.entry("template_name", &self.template_name);
        map.entry("auto_sync", &self.auto_sync);
        map.entry("values_yaml", &self.values_yaml);
        map.entry("variables", &self.variables);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for HelmServiceFromTemplateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for HelmServiceFromTemplateRequest {
    const NAME: &'static str = "HelmServiceFromTemplateRequest";
    const REQUIRED: &'static [&'static str] = &[
        "service_name",
        "project_key",
        "template_name",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "production" => or_default(map, &mut self.production),
            "service_name" => required(map, &mut self.service_name, 0u32),
            "project_key" => required(map, &mut self.project_key, 1u32),
            "template_name" => required(map, &mut self.template_name, 2u32),
            "auto_sync" => or_default(map, &mut self.auto_sync),
            "values_yaml" => or_default(map, &mut self.values_yaml),
            "variables" => or_default(map, &mut self.variables),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl HelmServiceFromTemplateRequest {
    /// Creates a `HelmServiceFromTemplateRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        service_name: impl Into<String>,
        project_key: impl Into<String>,
        template_name: impl Into<String>,
    ) -> Self {
        Self {
            service_name: service_name.into(),
            project_key: project_key.into(),
            template_name: template_name.into(),
            ..Self::default()
        }
    }
    /// Sets `production` and returns the value, for chaining.
    #[inline]
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
        self
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    #[inline]
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = value;
        self
    }
    /// Sets `values_yaml` and returns the value, for chaining.
    pub fn with_values_yaml(mut self, value: impl Into<String>) -> Self {
        self.values_yaml = value.into();
        self
    }
    /// Sets `variables` and returns the value, for chaining.
    #[inline]
    pub fn with_variables(mut self, value: Vec<crate::types::KeyAnyValue>) -> Self {
        self.variables = value;
        self
    }
}
/// The chart templates of the template library and the system variables they may use.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ChartTemplateList {
    /// Variables Zadig fills in itself when it renders a chart template, sorted by key.
    pub system_variables: Vec<ChartTemplateVariable>,
    /// The chart templates.
    pub chart_templates: Vec<ChartTemplate>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ChartTemplateList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("system_variables", &self.system_variables);
        map.entry("chart_templates", &self.chart_templates);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ChartTemplateList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ChartTemplateList {
    const NAME: &'static str = "ChartTemplateList";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "system_variables" => or_default(map, &mut self.system_variables),
            "chart_templates" => or_default(map, &mut self.chart_templates),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ChartTemplateList {
    /// Creates an empty `ChartTemplateList`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A system variable available to chart templates.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ChartTemplateVariable {
    /// Name of the variable.
    pub key: String,
    /// What the variable holds; may be absent.
    pub description: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ChartTemplateVariable {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.some("description", &self.description);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ChartTemplateVariable {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ChartTemplateVariable {
    const NAME: &'static str = "ChartTemplateVariable";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "key" => or_default(map, &mut self.key),
            "description" => value(map, &mut self.description),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ChartTemplateVariable {
    /// Creates an empty `ChartTemplateVariable`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A Helm chart template and the code repository location it is kept in.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ChartTemplate {
    /// Name of the template.
    pub name: String,
    /// Identifier of the code host integration holding the chart.
    pub codehost_id: i64,
    /// Owner of the repository.
    pub owner: String,
    /// Namespace (group path) of the repository.
    pub namespace: String,
    /// Name of the repository.
    pub repo: String,
    /// Folder of the chart in the repository.
    pub path: String,
    /// Branch the chart is read from.
    pub branch: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ChartTemplate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("codehost_id", &self.codehost_id);
        map.entry("owner", &self.owner);
        map.entry("namespace", &self.namespace);
        map.entry("repo", &self.repo);
        map.entry("path", &self.path);
        map.entry("branch", &self.branch);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ChartTemplate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ChartTemplate {
    const NAME: &'static str = "ChartTemplate";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "codehost_id" => or_default(map, &mut self.codehost_id),
            "owner" => or_default(map, &mut self.owner),
            "namespace" => or_default(map, &mut self.namespace),
            "repo" => or_default(map, &mut self.repo),
            "path" => or_default(map, &mut self.path),
            "branch" => or_default(map, &mut self.branch),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ChartTemplate {
    /// Creates an empty `ChartTemplate`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
