// @generated from spec/cluster.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Cluster API.
//!
//! Kubernetes clusters connected to Zadig: list, create, update, delete, and check whether Istio is installed.
use serde::{Deserialize, Serialize};
/// A cluster connected to Zadig.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiCluster {
    /// Id of the cluster.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Name of the cluster.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether the cluster hosts production environments.
    #[serde(rename = "production", default, skip_serializing_if = "Option::is_none")]
    pub production: Option<bool>,
    /// Free-text description.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Cloud provider code - 0 standard Kubernetes, 1 Alibaba ACK, 2 Tencent TKE, 3 Huawei CCE, 4 Amazon EKS, 5 Tencent TKE Serverless, 6 Google GCP, 7 Microsoft AKS.
    #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<i64>,
    /// Display name of the provider (in Chinese for some providers).
    #[serde(rename = "provider_name", default, skip_serializing_if = "Option::is_none")]
    pub provider_name: Option<String>,
    /// Who connected the cluster.
    #[serde(rename = "created_by", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// When the cluster was connected, as a Unix timestamp in seconds.
    #[serde(rename = "created_time", default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<i64>,
    /// Whether it is the cluster Zadig itself runs in.
    #[serde(rename = "local", default, skip_serializing_if = "Option::is_none")]
    pub local: Option<bool>,
    /// Connection state of the cluster (for example `normal`, `pending`, `abnormal`).
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// How Zadig reaches the cluster, `agent` or `kubeconfig`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Identifiers of the projects allowed to use the cluster.
    #[serde(rename = "project_names", default, skip_serializing_if = "Option::is_none")]
    pub project_names: Option<Vec<String>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiCluster {
    /// Creates an empty `OpenApiCluster`; every field is optional.
    pub fn new() -> Self {
        Self {
            cluster_id: None,
            name: None,
            production: None,
            description: None,
            provider: None,
            provider_name: None,
            created_by: None,
            created_time: None,
            local: None,
            status: None,
            r#type: None,
            project_names: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `cluster_id` and returns the value, for chaining.
    pub fn with_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = Some(value.into());
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `production` and returns the value, for chaining.
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = Some(value);
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `provider` and returns the value, for chaining.
    pub fn with_provider(mut self, value: i64) -> Self {
        self.provider = Some(value);
        self
    }
    /// Sets `provider_name` and returns the value, for chaining.
    pub fn with_provider_name(mut self, value: impl Into<String>) -> Self {
        self.provider_name = Some(value.into());
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
    /// Sets `local` and returns the value, for chaining.
    pub fn with_local(mut self, value: bool) -> Self {
        self.local = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `project_names` and returns the value, for chaining.
    pub fn with_project_names(mut self, value: Vec<String>) -> Self {
        self.project_names = Some(value);
        self
    }
}
/// Settings of a cluster to connect.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiCreateClusterRequest {
    /// Name of the cluster; lowercase letters, digits and hyphens.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether the cluster hosts production environments.
    #[serde(rename = "production", default, skip_serializing_if = "Option::is_none")]
    pub production: Option<bool>,
    /// Free-text description.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Cloud provider code - 0 standard Kubernetes, 1 Alibaba ACK, 2 Tencent TKE, 3 Huawei CCE, 4 Amazon EKS, 5 Tencent TKE Serverless, 6 Google GCP, 7 Microsoft AKS.
    #[serde(rename = "provider", default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<i64>,
    /// How Zadig reaches the cluster, `agent` (an agent installed in it) or `kubeconfig`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The kubeconfig content, for `kubeconfig` clusters.
    #[serde(rename = "kube_config", default, skip_serializing_if = "Option::is_none")]
    pub kube_config: Option<String>,
    /// Identifiers of the projects allowed to use the cluster.
    #[serde(rename = "project_names", default, skip_serializing_if = "Option::is_none")]
    pub project_names: Option<Vec<String>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiCreateClusterRequest {
    /// Creates an empty `OpenApiCreateClusterRequest`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            production: None,
            description: None,
            provider: None,
            r#type: None,
            kube_config: None,
            project_names: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `production` and returns the value, for chaining.
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = Some(value);
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `provider` and returns the value, for chaining.
    pub fn with_provider(mut self, value: i64) -> Self {
        self.provider = Some(value);
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `kube_config` and returns the value, for chaining.
    pub fn with_kube_config(mut self, value: impl Into<String>) -> Self {
        self.kube_config = Some(value.into());
        self
    }
    /// Sets `project_names` and returns the value, for chaining.
    pub fn with_project_names(mut self, value: Vec<String>) -> Self {
        self.project_names = Some(value);
        self
    }
}
/// The newly connected cluster and how to finish connecting it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiCreateClusterResponse {
    /// The cluster as Zadig now holds it.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<OpenApiCluster>,
    /// The `kubectl apply` command that installs the agent, for `agent` clusters.
    #[serde(rename = "agent_cmd", default, skip_serializing_if = "Option::is_none")]
    pub agent_cmd: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiCreateClusterResponse {
    /// Creates an empty `OpenApiCreateClusterResponse`; every field is optional.
    pub fn new() -> Self {
        Self {
            cluster: None,
            agent_cmd: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `cluster` and returns the value, for chaining.
    pub fn with_cluster(mut self, value: OpenApiCluster) -> Self {
        self.cluster = Some(value);
        self
    }
    /// Sets `agent_cmd` and returns the value, for chaining.
    pub fn with_agent_cmd(mut self, value: impl Into<String>) -> Self {
        self.agent_cmd = Some(value.into());
        self
    }
}
