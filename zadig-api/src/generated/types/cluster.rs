// @generated from spec/cluster.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Cluster API.
//!
//! Kubernetes clusters connected to Zadig: list, create, update, delete, and check whether Istio is installed.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// A cluster connected to Zadig.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiCluster {
    /// Id of the cluster.
    pub cluster_id: String,
    /// Name of the cluster.
    pub name: String,
    /// Whether the cluster hosts production environments.
    pub production: bool,
    /// Free-text description.
    pub description: String,
    /// Cloud provider code - 0 standard Kubernetes, 1 Alibaba ACK, 2 Tencent TKE, 3 Huawei CCE, 4 Amazon EKS, 5 Tencent TKE Serverless, 6 Google GCP, 7 Microsoft AKS.
    pub provider: i64,
    /// Display name of the provider (in Chinese for some providers).
    pub provider_name: String,
    /// Who connected the cluster.
    pub created_by: String,
    /// When the cluster was connected, as a Unix timestamp in seconds.
    pub created_time: i64,
    /// Whether it is the cluster Zadig itself runs in.
    pub local: bool,
    /// Connection state of the cluster (for example `normal`, `pending`, `abnormal`).
    pub status: String,
    /// How Zadig reaches the cluster, `agent` or `kubeconfig`.
    pub r#type: String,
    /// Identifiers of the projects allowed to use the cluster.
    pub project_names: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiCluster {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("cluster_id", &self.cluster_id);
        map.entry("name", &self.name);
        map.entry("production", &self.production);
        map.entry("description", &self.description);
        map.entry("provider", &self.provider);
        map.entry("provider_name", &self.provider_name);
        map.entry("created_by", &self.created_by);
        map.entry("created_time", &self.created_time);
        map.entry("local", &self.local);
        map.entry("status", &self.status);
        map.entry("type", &self.r#type);
        map.entry("project_names", &self.project_names);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiCluster {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiCluster {
    const NAME: &'static str = "OpenApiCluster";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "cluster_id" => or_default(map, &mut self.cluster_id),
            "name" => or_default(map, &mut self.name),
            "production" => or_default(map, &mut self.production),
            "description" => or_default(map, &mut self.description),
            "provider" => or_default(map, &mut self.provider),
            "provider_name" => or_default(map, &mut self.provider_name),
            "created_by" => or_default(map, &mut self.created_by),
            "created_time" => or_default(map, &mut self.created_time),
            "local" => or_default(map, &mut self.local),
            "status" => or_default(map, &mut self.status),
            "type" => or_default(map, &mut self.r#type),
            "project_names" => or_default(map, &mut self.project_names),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiCluster {
    /// Creates an empty `OpenApiCluster`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cluster_id` and returns the value, for chaining.
    pub fn with_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = value.into();
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `production` and returns the value, for chaining.
    #[inline]
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `provider` and returns the value, for chaining.
    #[inline]
    pub fn with_provider(mut self, value: i64) -> Self {
        self.provider = value;
        self
    }
    /// Sets `provider_name` and returns the value, for chaining.
    pub fn with_provider_name(mut self, value: impl Into<String>) -> Self {
        self.provider_name = value.into();
        self
    }
    /// Sets `created_by` and returns the value, for chaining.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = value.into();
        self
    }
    /// Sets `created_time` and returns the value, for chaining.
    #[inline]
    pub fn with_created_time(mut self, value: i64) -> Self {
        self.created_time = value;
        self
    }
    /// Sets `local` and returns the value, for chaining.
    #[inline]
    pub fn with_local(mut self, value: bool) -> Self {
        self.local = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = value.into();
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
    /// Sets `project_names` and returns the value, for chaining.
    #[inline]
    pub fn with_project_names(mut self, value: Vec<String>) -> Self {
        self.project_names = value;
        self
    }
}
/// Settings of a cluster to connect.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiCreateClusterRequest {
    /// Name of the cluster; lowercase letters, digits and hyphens.
    pub name: String,
    /// Whether the cluster hosts production environments.
    pub production: bool,
    /// Free-text description.
    pub description: String,
    /// Cloud provider code - 0 standard Kubernetes, 1 Alibaba ACK, 2 Tencent TKE, 3 Huawei CCE, 4 Amazon EKS, 5 Tencent TKE Serverless, 6 Google GCP, 7 Microsoft AKS.
    pub provider: i64,
    /// How Zadig reaches the cluster, `agent` (an agent installed in it) or `kubeconfig`.
    pub r#type: String,
    /// The kubeconfig content, for `kubeconfig` clusters.
    pub kube_config: String,
    /// Identifiers of the projects allowed to use the cluster.
    pub project_names: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiCreateClusterRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("production", &self.production);
        map.entry("description", &self.description);
        map.entry("provider", &self.provider);
        map.entry("type", &self.r#type);
        map.entry("kube_config", &self.kube_config);
        map.entry("project_names", &self.project_names);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiCreateClusterRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiCreateClusterRequest {
    const NAME: &'static str = "OpenApiCreateClusterRequest";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "production" => or_default(map, &mut self.production),
            "description" => or_default(map, &mut self.description),
            "provider" => or_default(map, &mut self.provider),
            "type" => or_default(map, &mut self.r#type),
            "kube_config" => or_default(map, &mut self.kube_config),
            "project_names" => or_default(map, &mut self.project_names),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiCreateClusterRequest {
    /// Creates an empty `OpenApiCreateClusterRequest`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `production` and returns the value, for chaining.
    #[inline]
    pub fn with_production(mut self, value: bool) -> Self {
        self.production = value;
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `provider` and returns the value, for chaining.
    #[inline]
    pub fn with_provider(mut self, value: i64) -> Self {
        self.provider = value;
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
    /// Sets `kube_config` and returns the value, for chaining.
    pub fn with_kube_config(mut self, value: impl Into<String>) -> Self {
        self.kube_config = value.into();
        self
    }
    /// Sets `project_names` and returns the value, for chaining.
    #[inline]
    pub fn with_project_names(mut self, value: Vec<String>) -> Self {
        self.project_names = value;
        self
    }
}
/// The newly connected cluster and how to finish connecting it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiCreateClusterResponse {
    /// The cluster as Zadig now holds it.
    pub cluster: Option<OpenApiCluster>,
    /// The `kubectl apply` command that installs the agent, for `agent` clusters.
    pub agent_cmd: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiCreateClusterResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("cluster", &self.cluster);
        map.entry("agent_cmd", &self.agent_cmd);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiCreateClusterResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiCreateClusterResponse {
    const NAME: &'static str = "OpenApiCreateClusterResponse";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "cluster" => value(map, &mut self.cluster),
            "agent_cmd" => or_default(map, &mut self.agent_cmd),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiCreateClusterResponse {
    /// Creates an empty `OpenApiCreateClusterResponse`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
