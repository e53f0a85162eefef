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
    #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Kind of registry - `native`, `harbor`, `dockerhub`, `acr`, `acr-enterprise`, `swr`, `tcr`, `tcr-enterprise`, `ecr` or `jfrog`.
    #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Namespace (project) in the registry that images are pushed to.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Whether this becomes the default registry.
    #[serde(rename = "is_default", default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// User name or access key to sign in with.
    #[serde(rename = "access_key", default, skip_serializing_if = "Option::is_none")]
    pub access_key: Option<String>,
    /// Password or secret key to sign in with.
    #[serde(rename = "secret_key", default, skip_serializing_if = "Option::is_none")]
    pub secret_key: Option<String>,
    /// Whether TLS certificates are verified.
    #[serde(rename = "enable_tls", default, skip_serializing_if = "Option::is_none")]
    pub enable_tls: Option<bool>,
    /// Region of the registry, for cloud registries that need one (such as ECR).
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// CA certificate (PEM) to trust, for registries with a private certificate.
    #[serde(rename = "tls_cert", default, skip_serializing_if = "Option::is_none")]
    pub tls_cert: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiCreateRegistryReq {
    /// Creates an empty `OpenApiCreateRegistryReq`; every field is optional.
    pub fn new() -> Self {
        Self {
            address: None,
            provider: None,
            namespace: None,
            is_default: None,
            access_key: None,
            secret_key: None,
            enable_tls: None,
            region: None,
            tls_cert: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `address` and returns the value, for chaining.
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `provider` and returns the value, for chaining.
    pub fn with_provider(mut self, value: impl Into<String>) -> Self {
        self.provider = Some(value.into());
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `is_default` and returns the value, for chaining.
    pub fn with_is_default(mut self, value: bool) -> Self {
        self.is_default = Some(value);
        self
    }
    /// Sets `access_key` and returns the value, for chaining.
    pub fn with_access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(value.into());
        self
    }
    /// Sets `secret_key` and returns the value, for chaining.
    pub fn with_secret_key(mut self, value: impl Into<String>) -> Self {
        self.secret_key = Some(value.into());
        self
    }
    /// Sets `enable_tls` and returns the value, for chaining.
    pub fn with_enable_tls(mut self, value: bool) -> Self {
        self.enable_tls = Some(value);
        self
    }
    /// Sets `region` and returns the value, for chaining.
    pub fn with_region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets `tls_cert` and returns the value, for chaining.
    pub fn with_tls_cert(mut self, value: impl Into<String>) -> Self {
        self.tls_cert = Some(value.into());
        self
    }
}
/// An image registry integrated with Zadig.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiRegistry {
    /// Id of the registry integration.
    #[serde(rename = "registry_id", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    /// Address of the registry.
    #[serde(rename = "address", default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Kind of registry (for example `harbor`, `dockerhub`, `acr`).
    #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Region of the registry, for cloud registries.
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Namespace (project) in the registry.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Whether this is the default registry.
    #[serde(rename = "is_default", default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiRegistry {
    /// Creates an empty `OpenApiRegistry`; every field is optional.
    pub fn new() -> Self {
        Self {
            registry_id: None,
            address: None,
            provider: None,
            region: None,
            namespace: None,
            is_default: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `registry_id` and returns the value, for chaining.
    pub fn with_registry_id(mut self, value: impl Into<String>) -> Self {
        self.registry_id = Some(value.into());
        self
    }
    /// Sets `address` and returns the value, for chaining.
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `provider` and returns the value, for chaining.
    pub fn with_provider(mut self, value: impl Into<String>) -> Self {
        self.provider = Some(value.into());
        self
    }
    /// Sets `region` and returns the value, for chaining.
    pub fn with_region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `is_default` and returns the value, for chaining.
    pub fn with_is_default(mut self, value: bool) -> Self {
        self.is_default = Some(value);
        self
    }
}
