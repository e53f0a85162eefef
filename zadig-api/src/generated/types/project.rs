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
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub project_name: String,
    /// Identifier of the project; lowercase letters, digits and `-` only.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub project_key: String,
    /// Whether every user may see the project.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub is_public: bool,
    /// Free-text description.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub description: String,
    /// Kind of project: `yaml` (K8s YAML), `helm` (Helm chart), `loaded` (hosted, i.e. existing Kubernetes resources) or `vm` (hosts); other values are rejected.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub project_type: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectCreateRequest {
    /// Creates an empty `ProjectCreateRequest`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            project_name: Default::default(),
            project_key: Default::default(),
            is_public: Default::default(),
            description: Default::default(),
            project_type: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = value.into();
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = value.into();
        self
    }
    /// Sets `is_public` and returns the value, for chaining.
    pub fn with_is_public(mut self, value: bool) -> Self {
        self.is_public = value;
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `project_type` and returns the value, for chaining.
    pub fn with_project_type(mut self, value: impl Into<String>) -> Self {
        self.project_type = value.into();
        self
    }
}
/// Body for creating a project together with its services and environments.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectInitializeRequest {
    /// Display name of the project; must not be empty.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub project_name: String,
    /// Identifier of the project; lowercase letters, digits and `-` only.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub project_key: String,
    /// Whether every user may see the project.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub is_public: bool,
    /// Free-text description.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub description: String,
    /// Services to create in the project; at least one is needed.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub service_list: Vec<ProjectServiceDefinition>,
    /// Environments to create, in which the services are deployed.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub env_list: Vec<ProjectEnvDefinition>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectInitializeRequest {
    /// Creates an empty `ProjectInitializeRequest`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            project_name: Default::default(),
            project_key: Default::default(),
            is_public: Default::default(),
            description: Default::default(),
            service_list: Default::default(),
            env_list: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = value.into();
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = value.into();
        self
    }
    /// Sets `is_public` and returns the value, for chaining.
    pub fn with_is_public(mut self, value: bool) -> Self {
        self.is_public = value;
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `service_list` and returns the value, for chaining.
    pub fn with_service_list(mut self, value: Vec<ProjectServiceDefinition>) -> Self {
        self.service_list = value;
        self
    }
    /// Sets `env_list` and returns the value, for chaining.
    pub fn with_env_list(mut self, value: Vec<ProjectEnvDefinition>) -> Self {
        self.env_list = value;
        self
    }
}
/// One service to create while setting up a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectServiceDefinition {
    /// How the service is defined: `template` (from a template of the template library, then `template_name` is needed) or `yaml` (from `yaml`).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub source: String,
    /// Name of the service; must not be empty.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub service_name: String,
    /// Template to create the service from, when `source` is `template`.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub template_name: String,
    /// Values for the template's variables.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub variable_yaml: Vec<crate::types::KeyAnyValue>,
    /// Update the service automatically when the template changes.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub auto_sync: bool,
    /// Kubernetes YAML of the service, when `source` is `yaml`.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub yaml: String,
    /// Helm values (YAML) for a Helm service.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub values_yaml: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectServiceDefinition {
    /// Creates an empty `ProjectServiceDefinition`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            source: Default::default(),
            service_name: Default::default(),
            template_name: Default::default(),
            variable_yaml: Default::default(),
            auto_sync: Default::default(),
            yaml: Default::default(),
            values_yaml: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = value.into();
        self
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `template_name` and returns the value, for chaining.
    pub fn with_template_name(mut self, value: impl Into<String>) -> Self {
        self.template_name = value.into();
        self
    }
    /// Sets `variable_yaml` and returns the value, for chaining.
    pub fn with_variable_yaml(mut self, value: Vec<crate::types::KeyAnyValue>) -> Self {
        self.variable_yaml = value;
        self
    }
    /// Sets `auto_sync` and returns the value, for chaining.
    pub fn with_auto_sync(mut self, value: bool) -> Self {
        self.auto_sync = value;
        self
    }
    /// Sets `yaml` and returns the value, for chaining.
    pub fn with_yaml(mut self, value: impl Into<String>) -> Self {
        self.yaml = value.into();
        self
    }
    /// Sets `values_yaml` and returns the value, for chaining.
    pub fn with_values_yaml(mut self, value: impl Into<String>) -> Self {
        self.values_yaml = value.into();
        self
    }
}
/// One environment to create while setting up a project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectEnvDefinition {
    /// Name of the environment.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub env_key: String,
    /// Name of the cluster to create it in.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub cluster_name: String,
    /// Kubernetes namespace of the environment.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub namespace: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectEnvDefinition {
    /// Creates an empty `ProjectEnvDefinition`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            env_key: Default::default(),
            cluster_name: Default::default(),
            namespace: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `env_key` and returns the value, for chaining.
    pub fn with_env_key(mut self, value: impl Into<String>) -> Self {
        self.env_key = value.into();
        self
    }
    /// Sets `cluster_name` and returns the value, for chaining.
    pub fn with_cluster_name(mut self, value: impl Into<String>) -> Self {
        self.cluster_name = value.into();
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = value.into();
        self
    }
}
/// One page of projects and how many there are in all.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectList {
    /// Number of projects in all pages.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub total: i64,
    /// The projects of this page.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub projects: Vec<ProjectBrief>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectList {
    /// Creates an empty `ProjectList`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            total: Default::default(),
            projects: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `total` and returns the value, for chaining.
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = value;
        self
    }
    /// Sets `projects` and returns the value, for chaining.
    pub fn with_projects(mut self, value: Vec<ProjectBrief>) -> Self {
        self.projects = value;
        self
    }
}
/// A project as the list shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectBrief {
    /// Display name of the project.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub project_name: String,
    /// Identifier of the project.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub project_key: String,
    /// Free-text description.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub description: String,
    /// How the project deploys its services, e.g. k8s or helm.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub deploy_type: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectBrief {
    /// Creates an empty `ProjectBrief`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            project_name: Default::default(),
            project_key: Default::default(),
            description: Default::default(),
            deploy_type: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = value.into();
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = value.into();
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `deploy_type` and returns the value, for chaining.
    pub fn with_deploy_type(mut self, value: impl Into<String>) -> Self {
        self.deploy_type = value.into();
        self
    }
}
/// The details of one project.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectDetail {
    /// Display name of the project.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub project_name: String,
    /// Identifier of the project.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub project_key: String,
    /// Whether every user may see the project.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub is_public: bool,
    /// Free-text description.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub desc: String,
    /// How the project deploys its services, e.g. k8s or helm.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub deploy_type: String,
    /// When the project was created, as a Unix timestamp in seconds.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub create_time: i64,
    /// User who created the project.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub created_by: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectDetail {
    /// Creates an empty `ProjectDetail`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            project_name: Default::default(),
            project_key: Default::default(),
            is_public: Default::default(),
            desc: Default::default(),
            deploy_type: Default::default(),
            create_time: Default::default(),
            created_by: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_name` and returns the value, for chaining.
    pub fn with_project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = value.into();
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = value.into();
        self
    }
    /// Sets `is_public` and returns the value, for chaining.
    pub fn with_is_public(mut self, value: bool) -> Self {
        self.is_public = value;
        self
    }
    /// Sets `desc` and returns the value, for chaining.
    pub fn with_desc(mut self, value: impl Into<String>) -> Self {
        self.desc = value.into();
        self
    }
    /// Sets `deploy_type` and returns the value, for chaining.
    pub fn with_deploy_type(mut self, value: impl Into<String>) -> Self {
        self.deploy_type = value.into();
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = value;
        self
    }
    /// Sets `created_by` and returns the value, for chaining.
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = value.into();
        self
    }
}
/// The global variables of a project, which its services' variables may refer to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectGlobalVariables {
    /// Global variables of the test services.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub variables: Vec<crate::types::BasicServiceVariableKV>,
    /// Global variables of the production services.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub production_variables: Vec<crate::types::BasicServiceVariableKV>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectGlobalVariables {
    /// Creates an empty `ProjectGlobalVariables`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            variables: Default::default(),
            production_variables: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `variables` and returns the value, for chaining.
    pub fn with_variables(
        mut self,
        value: Vec<crate::types::BasicServiceVariableKV>,
    ) -> Self {
        self.variables = value;
        self
    }
    /// Sets `production_variables` and returns the value, for chaining.
    pub fn with_production_variables(
        mut self,
        value: Vec<crate::types::BasicServiceVariableKV>,
    ) -> Self {
        self.production_variables = value;
        self
    }
}
/// Body for creating a collaboration mode.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CollaborationModeCreateRequest {
    /// Identifier (key) of the project.
    pub project_key: String,
    /// Name of the collaboration mode.
    pub name: String,
    /// IDs of the users the mode applies to.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub user_ids: Vec<String>,
    /// IDs of the user groups the mode applies to.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub group_ids: Vec<String>,
    /// Workflows the members get, and what they may do with them.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub workflows: Vec<CollaborationModeWorkflow>,
    /// Environments the members get, and what they may do with them.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub envs: Vec<CollaborationModeEnv>,
    /// Days without use after which a member's own copies are cleaned up; 0 never cleans them up.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub recycle_day: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl CollaborationModeCreateRequest {
    /// Creates a `CollaborationModeCreateRequest` from its required fields; optional fields start as `None`, the others as their zero value.
    pub fn new(project_key: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            project_key: project_key.into(),
            name: name.into(),
            user_ids: Default::default(),
            group_ids: Default::default(),
            workflows: Default::default(),
            envs: Default::default(),
            recycle_day: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `user_ids` and returns the value, for chaining.
    pub fn with_user_ids(mut self, value: Vec<String>) -> Self {
        self.user_ids = value;
        self
    }
    /// Sets `group_ids` and returns the value, for chaining.
    pub fn with_group_ids(mut self, value: Vec<String>) -> Self {
        self.group_ids = value;
        self
    }
    /// Sets `workflows` and returns the value, for chaining.
    pub fn with_workflows(mut self, value: Vec<CollaborationModeWorkflow>) -> Self {
        self.workflows = value;
        self
    }
    /// Sets `envs` and returns the value, for chaining.
    pub fn with_envs(mut self, value: Vec<CollaborationModeEnv>) -> Self {
        self.envs = value;
        self
    }
    /// Sets `recycle_day` and returns the value, for chaining.
    pub fn with_recycle_day(mut self, value: i64) -> Self {
        self.recycle_day = value;
        self
    }
}
/// A workflow in a collaboration mode.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CollaborationModeWorkflow {
    /// Identifier (key) of the workflow.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub name: String,
    /// Whether members share the workflow or each get their own copy.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub collaboration_type: CollaborationType,
    /// Permissions on the workflow, e.g. get_workflow, edit_workflow, run_workflow, rollback_workflow, debug_workflow.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub verbs: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl CollaborationModeWorkflow {
    /// Creates an empty `CollaborationModeWorkflow`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            name: Default::default(),
            collaboration_type: Default::default(),
            verbs: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `collaboration_type` and returns the value, for chaining.
    pub fn with_collaboration_type(mut self, value: CollaborationType) -> Self {
        self.collaboration_type = value;
        self
    }
    /// Sets `verbs` and returns the value, for chaining.
    pub fn with_verbs(mut self, value: Vec<String>) -> Self {
        self.verbs = value;
        self
    }
}
/// An environment in a collaboration mode.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CollaborationModeEnv {
    /// Name of the environment.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub name: String,
    /// Whether members share the environment or each get their own copy.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub collaboration_type: CollaborationType,
    /// Permissions on the environment, e.g. get_environment, config_environment, manage_environment, restart_environment, debug_pod (and the production_ variants).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub verbs: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl CollaborationModeEnv {
    /// Creates an empty `CollaborationModeEnv`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            name: Default::default(),
            collaboration_type: Default::default(),
            verbs: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `collaboration_type` and returns the value, for chaining.
    pub fn with_collaboration_type(mut self, value: CollaborationType) -> Self {
        self.collaboration_type = value;
        self
    }
    /// Sets `verbs` and returns the value, for chaining.
    pub fn with_verbs(mut self, value: Vec<String>) -> Self {
        self.verbs = value;
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
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for CollaborationType {
    fn default() -> Self {
        Self::from("")
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
