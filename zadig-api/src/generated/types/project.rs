// @generated from spec/project.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Project API.
//!
//! Projects: creating empty, YAML and Helm projects, listing them, reading one and deleting it; also their global variables and collaboration modes.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// Body for creating an empty project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectCreateRequest {
    /// Display name of the project; must not be empty.
    #[serde(rename = "project_name", default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// Identifier of the project; lowercase letters, digits and `-` only.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// Whether every user may see the project.
    #[serde(rename = "is_public", default, skip_serializing_if = "Option::is_none")]
    pub is_public: Option<bool>,
    /// Free-text description.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Kind of project: `yaml` (K8s YAML), `helm` (Helm chart), `loaded` (hosted, i.e. existing Kubernetes resources) or `vm` (hosts); other values are rejected.
    #[serde(rename = "project_type", default, skip_serializing_if = "Option::is_none")]
    pub project_type: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectCreateRequest {
    /// Creates an empty `ProjectCreateRequest`; every field is optional.
    pub fn new() -> Self {
        Self {
            project_name: None,
            project_key: None,
            is_public: None,
            description: None,
            project_type: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = Some(value.into());
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Sets `is_public` and returns the value, for chaining.
    pub fn with_is_public(mut self, value: bool) -> Self {
        self.is_public = Some(value);
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `project_type` and returns the value, for chaining.
    pub fn with_project_type(mut self, value: impl Into<String>) -> Self {
        self.project_type = Some(value.into());
        self
    }
}
/// Body for creating a project together with its services and environments.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectInitializeRequest {
    /// Display name of the project; must not be empty.
    #[serde(rename = "project_name", default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// Identifier of the project; lowercase letters, digits and `-` only.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// Whether every user may see the project.
    #[serde(rename = "is_public", default, skip_serializing_if = "Option::is_none")]
    pub is_public: Option<bool>,
    /// Free-text description.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Services to create in the project; at least one is needed.
    #[serde(rename = "service_list", default, skip_serializing_if = "Option::is_none")]
    pub service_list: Option<Vec<ProjectServiceDefinition>>,
    /// Environments to create, in which the services are deployed.
    #[serde(rename = "env_list", default, skip_serializing_if = "Option::is_none")]
    pub env_list: Option<Vec<ProjectEnvDefinition>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectInitializeRequest {
    /// Creates an empty `ProjectInitializeRequest`; every field is optional.
    pub fn new() -> Self {
        Self {
            project_name: None,
            project_key: None,
            is_public: None,
            description: None,
            service_list: None,
            env_list: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = Some(value.into());
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Sets `is_public` and returns the value, for chaining.
    pub fn with_is_public(mut self, value: bool) -> Self {
        self.is_public = Some(value);
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `service_list` and returns the value, for chaining.
    pub fn with_service_list(mut self, value: Vec<ProjectServiceDefinition>) -> Self {
        self.service_list = Some(value);
        self
    }
    /// Sets `env_list` and returns the value, for chaining.
    pub fn with_env_list(mut self, value: Vec<ProjectEnvDefinition>) -> Self {
        self.env_list = Some(value);
        self
    }
}
/// One service to create while setting up a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectServiceDefinition {
    /// How the service is defined: `template` (from a template of the template library, then `template_name` is needed) or `yaml` (from `yaml`).
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Name of the service; must not be empty.
    #[serde(rename = "service_name", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// Template to create the service from, when `source` is `template`.
    #[serde(rename = "template_name", default, skip_serializing_if = "Option::is_none")]
    pub template_name: Option<String>,
    /// Values for the template's variables.
    #[serde(rename = "variable_yaml", default, skip_serializing_if = "Option::is_none")]
    pub variable_yaml: Option<Vec<crate::types::KeyAnyValue>>,
    /// Update the service automatically when the template changes.
    #[serde(rename = "auto_sync", default, skip_serializing_if = "Option::is_none")]
    pub auto_sync: Option<bool>,
    /// Kubernetes YAML of the service, when `source` is `yaml`.
    #[serde(rename = "yaml", default, skip_serializing_if = "Option::is_none")]
    pub yaml: Option<String>,
    /// Helm values (YAML) for a Helm service.
    #[serde(rename = "values_yaml", default, skip_serializing_if = "Option::is_none")]
    pub values_yaml: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectServiceDefinition {
    /// Creates an empty `ProjectServiceDefinition`; every field is optional.
    pub fn new() -> Self {
        Self {
            source: None,
            service_name: None,
            template_name: None,
            variable_yaml: None,
            auto_sync: None,
            yaml: None,
            values_yaml: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = Some(value.into());
        self
    }
    /// Sets `template_name` and returns the value, for chaining.
    pub fn with_template_name(mut self, value: impl Into<String>) -> Self {
        self.template_name = Some(value.into());
        self
    }
    /// Sets `variable_yaml` and returns the value, for chaining.
    pub fn with_variable_yaml(mut self, value: Vec<crate::types::KeyAnyValue>) -> Self {
        self.variable_yaml = Some(value);
        self
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = Some(value);
        self
    }
    /// Sets `yaml` and returns the value, for chaining.
    pub fn with_yaml(mut self, value: impl Into<String>) -> Self {
        self.yaml = Some(value.into());
        self
    }
    /// Sets `values_yaml` and returns the value, for chaining.
    pub fn with_values_yaml(mut self, value: impl Into<String>) -> Self {
        self.values_yaml = Some(value.into());
        self
    }
}
/// One environment to create while setting up a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectEnvDefinition {
    /// Name of the environment.
    #[serde(rename = "env_key", default, skip_serializing_if = "Option::is_none")]
    pub env_key: Option<String>,
    /// Name of the cluster to create it in.
    #[serde(rename = "cluster_name", default, skip_serializing_if = "Option::is_none")]
    pub cluster_name: Option<String>,
    /// Kubernetes namespace of the environment.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectEnvDefinition {
    /// Creates an empty `ProjectEnvDefinition`; every field is optional.
    pub fn new() -> Self {
        Self {
            env_key: None,
            cluster_name: None,
            namespace: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `env_key` and returns the value, for chaining.
    pub fn with_env_key(mut self, value: impl Into<String>) -> Self {
        self.env_key = Some(value.into());
        self
    }
    /// Sets `cluster_name` and returns the value, for chaining.
    pub fn with_cluster_name(mut self, value: impl Into<String>) -> Self {
        self.cluster_name = Some(value.into());
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
}
/// One page of projects and how many there are in all.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectList {
    /// Number of projects in all pages.
    #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// The projects of this page.
    #[serde(rename = "projects", default, skip_serializing_if = "Option::is_none")]
    pub projects: Option<Vec<ProjectBrief>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectList {
    /// Creates an empty `ProjectList`; every field is optional.
    pub fn new() -> Self {
        Self {
            total: None,
            projects: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `total` and returns the value, for chaining.
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = Some(value);
        self
    }
    /// Sets `projects` and returns the value, for chaining.
    pub fn with_projects(mut self, value: Vec<ProjectBrief>) -> Self {
        self.projects = Some(value);
        self
    }
}
/// A project as the list shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectBrief {
    /// Display name of the project.
    #[serde(rename = "project_name", default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// Identifier of the project.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// Free-text description.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// How the project deploys its services, e.g. k8s or helm.
    #[serde(rename = "deploy_type", default, skip_serializing_if = "Option::is_none")]
    pub deploy_type: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectBrief {
    /// Creates an empty `ProjectBrief`; every field is optional.
    pub fn new() -> Self {
        Self {
            project_name: None,
            project_key: None,
            description: None,
            deploy_type: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = Some(value.into());
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `deploy_type` and returns the value, for chaining.
    pub fn with_deploy_type(mut self, value: impl Into<String>) -> Self {
        self.deploy_type = Some(value.into());
        self
    }
}
/// The details of one project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectDetail {
    /// Display name of the project.
    #[serde(rename = "project_name", default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    /// Identifier of the project.
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// Whether every user may see the project.
    #[serde(rename = "is_public", default, skip_serializing_if = "Option::is_none")]
    pub is_public: Option<bool>,
    /// Free-text description.
    #[serde(rename = "desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// How the project deploys its services, e.g. k8s or helm.
    #[serde(rename = "deploy_type", default, skip_serializing_if = "Option::is_none")]
    pub deploy_type: Option<String>,
    /// When the project was created, as a Unix timestamp in seconds.
    #[serde(rename = "create_time", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<i64>,
    /// User who created the project.
    #[serde(rename = "created_by", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectDetail {
    /// Creates an empty `ProjectDetail`; every field is optional.
    pub fn new() -> Self {
        Self {
            project_name: None,
            project_key: None,
            is_public: None,
            desc: None,
            deploy_type: None,
            create_time: None,
            created_by: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = Some(value.into());
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Sets `is_public` and returns the value, for chaining.
    pub fn with_is_public(mut self, value: bool) -> Self {
        self.is_public = Some(value);
        self
    }
    /// Sets `desc` and returns the value, for chaining.
    pub fn with_desc(mut self, value: impl Into<String>) -> Self {
        self.desc = Some(value.into());
        self
    }
    /// Sets `deploy_type` and returns the value, for chaining.
    pub fn with_deploy_type(mut self, value: impl Into<String>) -> Self {
        self.deploy_type = Some(value.into());
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = Some(value);
        self
    }
    /// Sets `created_by` and returns the value, for chaining.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(value.into());
        self
    }
}
/// The global variables of a project, which its services' variables may refer to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectGlobalVariables {
    /// Global variables of the test services.
    #[serde(rename = "variables", default, skip_serializing_if = "Option::is_none")]
    pub variables: Option<Vec<crate::types::BasicServiceVariableKV>>,
    /// Global variables of the production services.
    #[serde(
        rename = "production_variables",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub production_variables: Option<Vec<crate::types::BasicServiceVariableKV>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectGlobalVariables {
    /// Creates an empty `ProjectGlobalVariables`; every field is optional.
    pub fn new() -> Self {
        Self {
            variables: None,
            production_variables: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `variables` and returns the value, for chaining.
    pub fn with_variables(
        mut self,
        value: Vec<crate::types::BasicServiceVariableKV>,
    ) -> Self {
        self.variables = Some(value);
        self
    }
    /// Sets `production_variables` and returns the value, for chaining.
    pub fn with_production_variables(
        mut self,
        value: Vec<crate::types::BasicServiceVariableKV>,
    ) -> Self {
        self.production_variables = Some(value);
        self
    }
}
/// Body for creating a collaboration mode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CollaborationModeCreateRequest {
    /// Identifier (key) of the project.
    #[serde(rename = "project_key")]
    pub project_key: String,
    /// Name of the collaboration mode.
    #[serde(rename = "name")]
    pub name: String,
    /// IDs of the users the mode applies to.
    #[serde(rename = "user_ids", default, skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<String>>,
    /// IDs of the user groups the mode applies to.
    #[serde(rename = "group_ids", default, skip_serializing_if = "Option::is_none")]
    pub group_ids: Option<Vec<String>>,
    /// Workflows the members get, and what they may do with them.
    #[serde(rename = "workflows", default, skip_serializing_if = "Option::is_none")]
    pub workflows: Option<Vec<CollaborationModeWorkflow>>,
    /// Environments the members get, and what they may do with them.
    #[serde(rename = "envs", default, skip_serializing_if = "Option::is_none")]
    pub envs: Option<Vec<CollaborationModeEnv>>,
    /// Days without use after which a member's own copies are cleaned up; 0 never cleans them up.
    #[serde(rename = "recycle_day", default, skip_serializing_if = "Option::is_none")]
    pub recycle_day: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl CollaborationModeCreateRequest {
    /// Creates a `CollaborationModeCreateRequest` from its required fields; optional fields start as `None`.
    pub fn new(project_key: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            project_key: project_key.into(),
            name: name.into(),
            user_ids: None,
            group_ids: None,
            workflows: None,
            envs: None,
            recycle_day: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `user_ids` and returns the value, for chaining.
    pub fn with_user_ids(mut self, value: Vec<String>) -> Self {
        self.user_ids = Some(value);
        self
    }
    /// Sets `group_ids` and returns the value, for chaining.
    pub fn with_group_ids(mut self, value: Vec<String>) -> Self {
        self.group_ids = Some(value);
        self
    }
    /// Sets `workflows` and returns the value, for chaining.
    pub fn with_workflows(mut self, value: Vec<CollaborationModeWorkflow>) -> Self {
        self.workflows = Some(value);
        self
    }
    /// Sets `envs` and returns the value, for chaining.
    pub fn with_envs(mut self, value: Vec<CollaborationModeEnv>) -> Self {
        self.envs = Some(value);
        self
    }
    /// Sets `recycle_day` and returns the value, for chaining.
    pub fn with_recycle_day(mut self, value: i64) -> Self {
        self.recycle_day = Some(value);
        self
    }
}
/// A workflow in a collaboration mode.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CollaborationModeWorkflow {
    /// Identifier (key) of the workflow.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether members share the workflow or each get their own copy.
    #[serde(
        rename = "collaboration_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub collaboration_type: Option<CollaborationType>,
    /// Permissions on the workflow, e.g. get_workflow, edit_workflow, run_workflow, rollback_workflow, debug_workflow.
    #[serde(rename = "verbs", default, skip_serializing_if = "Option::is_none")]
    pub verbs: Option<Vec<String>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl CollaborationModeWorkflow {
    /// Creates an empty `CollaborationModeWorkflow`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            collaboration_type: None,
            verbs: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `collaboration_type` and returns the value, for chaining.
    pub fn with_collaboration_type(mut self, value: CollaborationType) -> Self {
        self.collaboration_type = Some(value);
        self
    }
    /// Sets `verbs` and returns the value, for chaining.
    pub fn with_verbs(mut self, value: Vec<String>) -> Self {
        self.verbs = Some(value);
        self
    }
}
/// An environment in a collaboration mode.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CollaborationModeEnv {
    /// Name of the environment.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether members share the environment or each get their own copy.
    #[serde(
        rename = "collaboration_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub collaboration_type: Option<CollaborationType>,
    /// Permissions on the environment, e.g. get_environment, config_environment, manage_environment, restart_environment, debug_pod (and the production_ variants).
    #[serde(rename = "verbs", default, skip_serializing_if = "Option::is_none")]
    pub verbs: Option<Vec<String>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl CollaborationModeEnv {
    /// Creates an empty `CollaborationModeEnv`; every field is optional.
    pub fn new() -> Self {
        Self {
            name: None,
            collaboration_type: None,
            verbs: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `collaboration_type` and returns the value, for chaining.
    pub fn with_collaboration_type(mut self, value: CollaborationType) -> Self {
        self.collaboration_type = Some(value);
        self
    }
    /// Sets `verbs` and returns the value, for chaining.
    pub fn with_verbs(mut self, value: Vec<String>) -> Self {
        self.verbs = Some(value);
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
    pub fn as_str(&self) -> &str {
        match self {
            Self::Share => "share",
            Self::New => "new",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl From<&str> for CollaborationType {
    fn from(value: &str) -> Self {
        match value {
            "share" => Self::Share,
            "new" => Self::New,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for CollaborationType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "share" => Self::Share,
            "new" => Self::New,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for CollaborationType {
    type Err = std::convert::Infallible;
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
