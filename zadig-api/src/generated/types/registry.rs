// @generated from spec/registry.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Image registry API.
//!
//! Image registries integrated with Zadig: add, list, read and update them.
use serde::{Deserialize, Serialize};
/// Settings of an image registry to integrate.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiCreateRegistryReq {
    /// Address of the registry, with scheme (for example `https://registry.example.com`).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub address: String,
    /// Kind of registry - `native`, `harbor`, `dockerhub`, `acr`, `acr-enterprise`, `swr`, `tcr`, `tcr-enterprise`, `ecr` or `jfrog`.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub provider: String,
    /// Namespace (project) in the registry that images are pushed to.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub namespace: String,
    /// Whether this becomes the default registry.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub is_default: bool,
    /// User name or access key to sign in with.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub access_key: String,
    /// Password or secret key to sign in with.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub secret_key: String,
    /// Whether TLS certificates are verified.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub enable_tls: bool,
    /// Region of the registry, for cloud registries that need one (such as ECR).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub region: String,
    /// CA certificate (PEM) to trust, for registries with a private certificate.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub tls_cert: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiCreateRegistryReq {
    /// Creates an empty `OpenApiCreateRegistryReq`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            address: Default::default(),
            provider: Default::default(),
            namespace: Default::default(),
            is_default: Default::default(),
            access_key: Default::default(),
            secret_key: Default::default(),
            enable_tls: Default::default(),
            region: Default::default(),
            tls_cert: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
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
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = value.into();
        self
    }
    /// Sets `is_default` and returns the value, for chaining.
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
/// An image registry integrated with Zadig.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiRegistry {
    /// Id of the registry integration.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub registry_id: String,
    /// Address of the registry.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub address: String,
    /// Kind of registry (for example `harbor`, `dockerhub`, `acr`).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub provider: String,
    /// Region of the registry, for cloud registries.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub region: String,
    /// Namespace (project) in the registry.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub namespace: String,
    /// Whether this is the default registry.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub is_default: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiRegistry {
    /// Creates an empty `OpenApiRegistry`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            registry_id: Default::default(),
            address: Default::default(),
            provider: Default::default(),
            region: Default::default(),
            namespace: Default::default(),
            is_default: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
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
    pub fn with_is_default(mut self, value: bool) -> Self {
        self.is_default = value;
        self
    }
}
