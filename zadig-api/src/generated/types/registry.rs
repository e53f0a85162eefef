// @generated from spec/registry.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Image registry API.
//!
//! Image registries integrated with Zadig: add, list, read and update them.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// Settings of an image registry to integrate.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiCreateRegistryReq {
    /// Address of the registry, with scheme (for example `https://registry.example.com`).
    pub address: String,
    /// Kind of registry; the server creates only these kinds through the API.
    pub provider: RegistryCreationProvider,
    /// Namespace (project) in the registry that images are pushed to; required for every kind but ECR.
    ///
    /// Required when `provider` is neither `ecr`: the server refuses a request without it then.
    pub namespace: String,
    /// Whether this becomes the default registry.
    pub is_default: bool,
    /// User name or access key to sign in with.
    pub access_key: String,
    /// Password or secret key to sign in with.
    pub secret_key: String,
    /// Whether TLS certificates are verified.
    pub enable_tls: bool,
    /// Region of the registry; required for ECR.
    ///
    /// Required when `provider` is `ecr`: the server refuses a request without it then.
    pub region: String,
    /// CA certificate (PEM) to trust, for registries with a private certificate.
    pub tls_cert: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiCreateRegistryReq {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("address", &self.address);
        map.entry("provider", &self.provider);
        map.entry("namespace", &self.namespace);
        map.entry("is_default", &self.is_default);
        map.entry("access_key", &self.access_key);
        map.entry("secret_key", &self.secret_key);
        map.entry("enable_tls", &self.enable_tls);
        map.entry("region", &self.region);
        map.entry("tls_cert", &self.tls_cert);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiCreateRegistryReq {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiCreateRegistryReq {
    const NAME: &'static str = "OpenApiCreateRegistryReq";
    const REQUIRED: &'static [&'static str] = &["address", "provider"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "address" => required(map, &mut self.address, 0u32),
            "provider" => required(map, &mut self.provider, 1u32),
            "namespace" => or_default(map, &mut self.namespace),
            "is_default" => or_default(map, &mut self.is_default),
            "access_key" => or_default(map, &mut self.access_key),
            "secret_key" => or_default(map, &mut self.secret_key),
            "enable_tls" => or_default(map, &mut self.enable_tls),
            "region" => or_default(map, &mut self.region),
            "tls_cert" => or_default(map, &mut self.tls_cert),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiCreateRegistryReq {
    /// Creates a `OpenApiCreateRegistryReq` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(address: impl Into<String>, provider: RegistryCreationProvider) -> Self {
        Self {
            address: address.into(),
            provider,
            ..Self::default()
        }
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = value.into();
        self
    }
    /// Sets `is_default` and returns the value, for chaining.
    #[inline]
    pub fn with_is_default(mut self, value: bool) -> Self {
        self.is_default = value;
        self
    }
    /// Sets `access_key` and returns the value, for chaining.
    pub fn with_access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = value.into();
        self
    }
    /// Sets `secret_key` and returns the value, for chaining.
    pub fn with_secret_key(mut self, value: impl Into<String>) -> Self {
        self.secret_key = value.into();
        self
    }
    /// Sets `enable_tls` and returns the value, for chaining.
    #[inline]
    pub fn with_enable_tls(mut self, value: bool) -> Self {
        self.enable_tls = value;
        self
    }
    /// Sets `region` and returns the value, for chaining.
    pub fn with_region(mut self, value: impl Into<String>) -> Self {
        self.region = value.into();
        self
    }
    /// Sets `tls_cert` and returns the value, for chaining.
    pub fn with_tls_cert(mut self, value: impl Into<String>) -> Self {
        self.tls_cert = value.into();
        self
    }
}
/// A kind of image registry that can be integrated through the API.
///
/// The set of values is open: a value this version does not know decodes to
/// [`RegistryCreationProvider::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RegistryCreationProvider {
    /// `native`: A plain registry (Docker Registry, Nexus and the like).
    Native,
    /// `harbor`: Harbor.
    Harbor,
    /// `dockerhub`: Docker Hub.
    Dockerhub,
    /// `acr`: Alibaba Cloud Container Registry.
    Acr,
    /// `swr`: Huawei Cloud SoftWare Repository for Container.
    Swr,
    /// `tcr`: Tencent Cloud Container Registry.
    Tcr,
    /// `ecr`: Amazon Elastic Container Registry (needs `region`).
    Ecr,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl RegistryCreationProvider {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Native => "native",
            Self::Harbor => "harbor",
            Self::Dockerhub => "dockerhub",
            Self::Acr => "acr",
            Self::Swr => "swr",
            Self::Tcr => "tcr",
            Self::Ecr => "ecr",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for RegistryCreationProvider {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for RegistryCreationProvider {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "native" => Self::Native,
            "harbor" => Self::Harbor,
            "dockerhub" => Self::Dockerhub,
            "acr" => Self::Acr,
            "swr" => Self::Swr,
            "tcr" => Self::Tcr,
            "ecr" => Self::Ecr,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for RegistryCreationProvider {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for RegistryCreationProvider {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for RegistryCreationProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RegistryCreationProvider {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RegistryCreationProvider {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// An image registry integrated with Zadig.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiRegistry {
    /// Id of the registry integration.
    pub registry_id: String,
    /// Address of the registry.
    pub address: String,
    /// Kind of registry (for example `harbor`, `dockerhub`, `acr`).
    pub provider: String,
    /// Region of the registry, for cloud registries.
    pub region: String,
    /// Namespace (project) in the registry.
    pub namespace: String,
    /// Whether this is the default registry.
    pub is_default: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiRegistry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("registry_id", &self.registry_id);
        map.entry("address", &self.address);
        map.entry("provider", &self.provider);
        map.entry("region", &self.region);
        map.entry("namespace", &self.namespace);
        map.entry("is_default", &self.is_default);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiRegistry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiRegistry {
    const NAME: &'static str = "OpenApiRegistry";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "registry_id" => or_default(map, &mut self.registry_id),
            "address" => or_default(map, &mut self.address),
            "provider" => or_default(map, &mut self.provider),
            "region" => or_default(map, &mut self.region),
            "namespace" => or_default(map, &mut self.namespace),
            "is_default" => or_default(map, &mut self.is_default),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiRegistry {
    /// Creates an empty `OpenApiRegistry`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `registry_id` and returns the value, for chaining.
    pub fn with_registry_id(mut self, value: impl Into<String>) -> Self {
        self.registry_id = value.into();
        self
    }
    /// Sets `address` and returns the value, for chaining.
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = value.into();
        self
    }
    /// Sets `provider` and returns the value, for chaining.
    pub fn with_provider(mut self, value: impl Into<String>) -> Self {
        self.provider = value.into();
        self
    }
    /// Sets `region` and returns the value, for chaining.
    pub fn with_region(mut self, value: impl Into<String>) -> Self {
        self.region = value.into();
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = value.into();
        self
    }
    /// Sets `is_default` and returns the value, for chaining.
    #[inline]
    pub fn with_is_default(mut self, value: bool) -> Self {
        self.is_default = value;
        self
    }
}
