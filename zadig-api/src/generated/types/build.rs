// @generated from spec/build.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Build API.
//!
//! Build definitions: create one from a build template, update, list, read and delete them.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// A build defined by a build template, with the services it builds and their per-service settings.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiBuildCreationFromTemplateReq {
    /// Name of the build, unique within the project.
    pub name: String,
    /// Identifier of the project the build belongs to.
    pub project_key: String,
    /// Name of the build template the build follows.
    pub template_name: String,
    /// The service components the build builds, each with its own repositories and variable values.
    pub target_services: Vec<OpenApiServiceBuildArgs>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiBuildCreationFromTemplateReq {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("project_key", &self.project_key);
        map.entry("template_name", &self.template_name);
        map.entry("target_services", &self.target_services);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiBuildCreationFromTemplateReq {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiBuildCreationFromTemplateReq {
    const NAME: &'static str = "OpenApiBuildCreationFromTemplateReq";
    const REQUIRED: &'static [&'static str] = &[
        "name",
        "project_key",
        "template_name",
        "target_services",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "name" => required(map, &mut self.name, 0u32),
            "project_key" => required(map, &mut self.project_key, 1u32),
            "template_name" => required(map, &mut self.template_name, 2u32),
            "target_services" => required(map, &mut self.target_services, 3u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiBuildCreationFromTemplateReq {
    /// Creates a `OpenApiBuildCreationFromTemplateReq` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        project_key: impl Into<String>,
        template_name: impl Into<String>,
        target_services: Vec<OpenApiServiceBuildArgs>,
    ) -> Self {
        Self {
            name: name.into(),
            project_key: project_key.into(),
            template_name: template_name.into(),
            target_services,
            ..Self::default()
        }
    }
}
/// One service component a template build builds, with the code and variable values it uses.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiServiceBuildArgs {
    /// Name of the service.
    pub service_name: String,
    /// Name of the service component (container) within the service.
    pub service_module: String,
    /// Code repositories checked out for this service component.
    pub repo_info: Vec<OpenApiRepoInput>,
    /// Values of the template's variables for this service component.
    pub inputs: Vec<TaskInputKv>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiServiceBuildArgs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("service_module", &self.service_module);
        map.entry("repo_info", &self.repo_info);
        map.entry("inputs", &self.inputs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiServiceBuildArgs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiServiceBuildArgs {
    const NAME: &'static str = "OpenApiServiceBuildArgs";
    const REQUIRED: &'static [&'static str] = &["service_name", "service_module"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "service_name" => required(map, &mut self.service_name, 0u32),
            "service_module" => required(map, &mut self.service_module, 1u32),
            "repo_info" => or_default(map, &mut self.repo_info),
            "inputs" => or_default(map, &mut self.inputs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiServiceBuildArgs {
    /// Creates a `OpenApiServiceBuildArgs` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        service_name: impl Into<String>,
        service_module: impl Into<String>,
    ) -> Self {
        Self {
            service_name: service_name.into(),
            service_module: service_module.into(),
            ..Self::default()
        }
    }
    /// Sets `repo_info` and returns the value, for chaining.
    #[inline]
    pub fn with_repo_info(mut self, value: Vec<OpenApiRepoInput>) -> Self {
        self.repo_info = value;
        self
    }
    /// Sets `inputs` and returns the value, for chaining.
    #[inline]
    pub fn with_inputs(mut self, value: Vec<TaskInputKv>) -> Self {
        self.inputs = value;
        self
    }
}
/// A code repository to check out, named by the code host integration and the repository's place on it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiRepoInput {
    /// Name of the code host integration in Zadig (as shown in its settings).
    pub codehost_name: String,
    /// Namespace (owner, group or organisation) of the repository on the code host.
    pub repo_namespace: String,
    /// Name of the repository.
    pub repo_name: String,
    /// Branch to check out.
    pub branch: String,
    /// Number of a pull/merge request to check out; builds do not use it.
    pub pr: i64,
    /// Numbers of pull/merge requests to check out together; builds do not use it.
    pub prs: Vec<i64>,
    /// When true, check out the commit in `commit_id` instead of the branch head.
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub enable_commit: bool,
    /// Commit to check out when `enable_commit` is true; empty otherwise.
    ///
    /// Required when `enable_commit` is `true`: the server refuses a request without it then.
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub commit_id: String,
    /// Name of the git remote, usually `origin`.
    pub remote_name: String,
    /// Directory, relative to the workspace, the repository is checked out into; empty means the default.
    pub checkout_path: String,
    /// Whether git submodules are checked out too.
    pub submodules: bool,
    /// Perforce stream; not supported yet.
    pub stream: String,
    /// Perforce view mapping; not supported yet.
    pub view_mapping: String,
    /// Perforce changelist number; not supported yet.
    pub changelist_id: i64,
    /// Perforce shelve number; not supported yet.
    pub shelve_id: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiRepoInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("codehost_name", &self.codehost_name);
        map.entry("repo_namespace", &self.repo_namespace);
        map.entry("repo_name", &self.repo_name);
        map.entry("branch", &self.branch);
        map.entry("pr", &self.pr);
        map.entry("prs", &self.prs);
        map.entry("enable_commit", &self.enable_commit);
        map.entry("commit_id", &self.commit_id);
        map.entry("remote_name", &self.remote_name);
        map.entry("checkout_path", &self.checkout_path);
        map.entry("submodules", &self.submodules);
        map.entry("stream", &self.stream);
        map.entry("view_mapping", &self.view_mapping);
        map.entry("changelist_id", &self.changelist_id);
        map.entry("shelve_id", &self.shelve_id);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiRepoInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiRepoInput {
    const NAME: &'static str = "OpenApiRepoInput";
    const REQUIRED: &'static [&'static str] = &[
        "codehost_name",
        "repo_namespace",
        "repo_name",
        "branch",
        "remote_name",
    ];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "codehost_name" => required(map, &mut self.codehost_name, 0u32),
            "repo_namespace" => required(map, &mut self.repo_namespace, 1u32),
            "repo_name" => required(map, &mut self.repo_name, 2u32),
            "branch" => required(map, &mut self.branch, 3u32),
            "pr" => or_default(map, &mut self.pr),
            "prs" => or_default(map, &mut self.prs),
            "enable_commit" => or_default(map, &mut self.enable_commit),
            "commit_id" => or_default(map, &mut self.commit_id),
            "remote_name" => required(map, &mut self.remote_name, 4u32),
            "checkout_path" => or_default(map, &mut self.checkout_path),
            "submodules" => or_default(map, &mut self.submodules),
            "stream" => or_default(map, &mut self.stream),
            "view_mapping" => or_default(map, &mut self.view_mapping),
            "changelist_id" => or_default(map, &mut self.changelist_id),
            "shelve_id" => or_default(map, &mut self.shelve_id),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiRepoInput {
    /// Creates a `OpenApiRepoInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        codehost_name: impl Into<String>,
        repo_namespace: impl Into<String>,
        repo_name: impl Into<String>,
        branch: impl Into<String>,
        remote_name: impl Into<String>,
    ) -> Self {
        Self {
            codehost_name: codehost_name.into(),
            repo_namespace: repo_namespace.into(),
            repo_name: repo_name.into(),
            branch: branch.into(),
            remote_name: remote_name.into(),
            ..Self::default()
        }
    }
    /// Sets `pr` and returns the value, for chaining.
    #[inline]
    pub fn with_pr(mut self, value: i64) -> Self {
        self.pr = value;
        self
    }
    /// Sets `prs` and returns the value, for chaining.
    #[inline]
    pub fn with_prs(mut self, value: Vec<i64>) -> Self {
        self.prs = value;
        self
    }
    /// Sets `enable_commit` and returns the value, for chaining.
    #[inline]
    pub fn with_enable_commit(mut self, value: bool) -> Self {
        self.enable_commit = value;
        self
    }
    /// Sets `commit_id` and returns the value, for chaining.
    pub fn with_commit_id(mut self, value: impl Into<String>) -> Self {
        self.commit_id = value.into();
        self
    }
    /// Sets `checkout_path` and returns the value, for chaining.
    pub fn with_checkout_path(mut self, value: impl Into<String>) -> Self {
        self.checkout_path = value.into();
        self
    }
    /// Sets `submodules` and returns the value, for chaining.
    #[inline]
    pub fn with_submodules(mut self, value: bool) -> Self {
        self.submodules = value;
        self
    }
    /// Sets `stream` and returns the value, for chaining.
    pub fn with_stream(mut self, value: impl Into<String>) -> Self {
        self.stream = value.into();
        self
    }
    /// Sets `view_mapping` and returns the value, for chaining.
    pub fn with_view_mapping(mut self, value: impl Into<String>) -> Self {
        self.view_mapping = value.into();
        self
    }
    /// Sets `changelist_id` and returns the value, for chaining.
    #[inline]
    pub fn with_changelist_id(mut self, value: i64) -> Self {
        self.changelist_id = value;
        self
    }
    /// Sets `shelve_id` and returns the value, for chaining.
    #[inline]
    pub fn with_shelve_id(mut self, value: i64) -> Self {
        self.shelve_id = value;
        self
    }
}
/// The value given to one variable for a run or a service component.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TaskInputKv {
    /// Name of the variable.
    pub key: String,
    /// Value of the variable, as a string.
    pub value: String,
    /// Type of the variable (for example `string`, `choice` or `file`); may be left out.
    pub r#type: Option<String>,
    /// Whether the value is sensitive and is masked in logs and views.
    pub is_credential: Option<bool>,
    /// Id of an uploaded file, for a file-type variable.
    ///
    /// The Zadig releases that send or read this field: no release yet (only the development branch); the others ignore it when it is sent.
    pub file_id: Option<String>,
    /// Name of the uploaded file, for a file-type variable.
    ///
    /// The Zadig releases that send or read this field: no release yet (only the development branch); the others ignore it when it is sent.
    pub file_name: Option<String>,
    /// Path the file is placed at in the job, for a file-type variable.
    ///
    /// The Zadig releases that send or read this field: no release yet (only the development branch); the others ignore it when it is sent.
    pub file_path: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for TaskInputKv {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.entry("value", &self.value);
        map.some("type", &self.r#type);
        map.some("is_credential", &self.is_credential);
        map.some("file_id", &self.file_id);
        map.some("file_name", &self.file_name);
        map.some("file_path", &self.file_path);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for TaskInputKv {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for TaskInputKv {
    const NAME: &'static str = "TaskInputKv";
    const REQUIRED: &'static [&'static str] = &["key", "value"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, value};
        match key {
            "key" => required(map, &mut self.key, 0u32),
            "value" => required(map, &mut self.value, 1u32),
            "type" => value(map, &mut self.r#type),
            "is_credential" => value(map, &mut self.is_credential),
            "file_id" => value(map, &mut self.file_id),
            "file_name" => value(map, &mut self.file_name),
            "file_path" => value(map, &mut self.file_path),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl TaskInputKv {
    /// Creates a `TaskInputKv` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            value: value.into(),
            ..Self::default()
        }
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `is_credential` and returns the value, for chaining.
    #[inline]
    pub fn with_is_credential(mut self, value: bool) -> Self {
        self.is_credential = Some(value);
        self
    }
    /// Sets `file_id` and returns the value, for chaining.
    pub fn with_file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `file_name` and returns the value, for chaining.
    pub fn with_file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `file_path` and returns the value, for chaining.
    pub fn with_file_path(mut self, value: impl Into<String>) -> Self {
        self.file_path = Some(value.into());
        self
    }
}
/// A complete build definition - where it runs, its code, variables, script and image step.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiBuildCreationReq {
    /// Name of the build, unique within the project.
    pub name: String,
    /// Identifier of the project the build belongs to.
    pub project_key: String,
    /// The service components the build builds.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub services: Vec<OpenApiServiceWithModule>,
    /// Where the build runs, `kubernetes` (a cluster) or `vm` (hosts).
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub infrastructure: String,
    /// Name of the base image the build runs on (for example `ubuntu 20.04`).
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub build_os: String,
    /// Software packages installed before the script runs.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub installs: Vec<OpenApiToolItem>,
    /// Code repositories the build checks out; pull requests and Perforce are not supported here.
    pub repo_info: Vec<OpenApiRepoInput>,
    /// Variables the build defines.
    pub parameters: Vec<BuildParameterSetting>,
    /// Language of the build script.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub script_type: BuildScriptType,
    /// The build script.
    pub build_script: String,
    /// Builds an image after the script, when set.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub docker_build_step: Option<OpenApiDockerBuildStep>,
    /// Timeout, cache, cluster, resource and storage settings of the build.
    pub advanced_settings: Option<OpenApiAdvancedSetting>,
    /// Free-text description of the build (releases up to v4.1.0).
    ///
    /// The Zadig releases that send or read this field: v3.4.0 to v4.1.0; the others ignore it when it is sent.
    pub description: Option<String>,
    /// Name of the base image the build runs on; releases up to v4.1.0 require it (later ones read `build_os`).
    ///
    /// The Zadig releases that send or read this field: v3.4.0 to v4.1.0; the others ignore it when it is sent.
    pub image_name: Option<String>,
    /// Software packages installed before the script runs (releases up to v4.1.0; later ones read `installs`).
    ///
    /// The Zadig releases that send or read this field: v3.4.0 to v4.1.0; the others ignore it when it is sent.
    pub addons: Option<Vec<InstallItem>>,
    /// The service components the build builds (releases up to v4.1.0, which use only their service and component names; later ones read `services`).
    ///
    /// The Zadig releases that send or read this field: v3.4.0 to v4.1.0; the others ignore it when it is sent.
    pub target_services: Option<Vec<OpenApiServiceBuildArgs>>,
    /// Builds an image after the script, when set (releases up to v4.1.0; later ones read `docker_build_step`).
    ///
    /// The Zadig releases that send or read this field: v3.4.0 to v4.1.0; the others ignore it when it is sent.
    pub docker_build_info: Option<DockerBuildInfo>,
    /// Script run after the build (releases up to v4.1.0).
    ///
    /// The Zadig releases that send or read this field: v3.4.0 to v4.1.0; the others ignore it when it is sent.
    pub post_build_script: Option<String>,
    /// Path of a file the build archives (releases up to v4.1.0).
    ///
    /// The Zadig releases that send or read this field: v3.4.0 to v4.1.0; the others ignore it when it is sent.
    pub file_archive_path: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiBuildCreationReq {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("project_key", &self.project_key);
        map.entry("services", &self.services);
        map.entry("infrastructure", &self.infrastructure);
        map.entry("build_os", &self.build_os);
        map.entry("installs", &self.installs);
        map.entry("repo_info", &self.repo_info);
        map.entry("parameters", &self.parameters);
        map.entry("script_type", &self.script_type);
        map.entry("build_script", &self.build_script);
        map.some("docker_build_step", &self.docker_build_step);
        map.some("advanced_settings", &self.advanced_settings);
        map.some("description", &self.description);
        map.some("image_name", &self.image_name);
        map.some("addons", &self.addons);
        map.some("target_services", &self.target_services);
        map.some("docker_build_info", &self.docker_build_info);
        map.some("post_build_script", &self.post_build_script);
        map.some("file_archive_path", &self.file_archive_path);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiBuildCreationReq {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiBuildCreationReq {
    const NAME: &'static str = "OpenApiBuildCreationReq";
    const REQUIRED: &'static [&'static str] = &["name", "project_key"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "name" => required(map, &mut self.name, 0u32),
            "project_key" => required(map, &mut self.project_key, 1u32),
            "services" => or_default(map, &mut self.services),
            "infrastructure" => or_default(map, &mut self.infrastructure),
            "build_os" => or_default(map, &mut self.build_os),
            "installs" => or_default(map, &mut self.installs),
            "repo_info" => or_default(map, &mut self.repo_info),
            "parameters" => or_default(map, &mut self.parameters),
            "script_type" => or_default(map, &mut self.script_type),
            "build_script" => or_default(map, &mut self.build_script),
            "docker_build_step" => value(map, &mut self.docker_build_step),
            "advanced_settings" => value(map, &mut self.advanced_settings),
            "description" => value(map, &mut self.description),
            "image_name" => value(map, &mut self.image_name),
            "addons" => value(map, &mut self.addons),
            "target_services" => value(map, &mut self.target_services),
            "docker_build_info" => value(map, &mut self.docker_build_info),
            "post_build_script" => value(map, &mut self.post_build_script),
            "file_archive_path" => value(map, &mut self.file_archive_path),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiBuildCreationReq {
    /// Creates a `OpenApiBuildCreationReq` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(name: impl Into<String>, project_key: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            project_key: project_key.into(),
            ..Self::default()
        }
    }
    /// Sets `services` and returns the value, for chaining.
    #[inline]
    pub fn with_services(mut self, value: Vec<OpenApiServiceWithModule>) -> Self {
        self.services = value;
        self
    }
    /// Sets `infrastructure` and returns the value, for chaining.
    pub fn with_infrastructure(mut self, value: impl Into<String>) -> Self {
        self.infrastructure = value.into();
        self
    }
    /// Sets `build_os` and returns the value, for chaining.
    pub fn with_build_os(mut self, value: impl Into<String>) -> Self {
        self.build_os = value.into();
        self
    }
    /// Sets `installs` and returns the value, for chaining.
    #[inline]
    pub fn with_installs(mut self, value: Vec<OpenApiToolItem>) -> Self {
        self.installs = value;
        self
    }
    /// Sets `repo_info` and returns the value, for chaining.
    #[inline]
    pub fn with_repo_info(mut self, value: Vec<OpenApiRepoInput>) -> Self {
        self.repo_info = value;
        self
    }
    /// Sets `parameters` and returns the value, for chaining.
    #[inline]
    pub fn with_parameters(mut self, value: Vec<BuildParameterSetting>) -> Self {
        self.parameters = value;
        self
    }
    /// Sets `script_type` and returns the value, for chaining.
    #[inline]
    pub fn with_script_type(mut self, value: BuildScriptType) -> Self {
        self.script_type = value;
        self
    }
    /// Sets `build_script` and returns the value, for chaining.
    pub fn with_build_script(mut self, value: impl Into<String>) -> Self {
        self.build_script = value.into();
        self
    }
    /// Sets `docker_build_step` and returns the value, for chaining.
    #[inline]
    pub fn with_docker_build_step(mut self, value: OpenApiDockerBuildStep) -> Self {
        self.docker_build_step = Some(value);
        self
    }
    /// Sets `advanced_settings` and returns the value, for chaining.
    #[inline]
    pub fn with_advanced_settings(mut self, value: OpenApiAdvancedSetting) -> Self {
        self.advanced_settings = Some(value);
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `image_name` and returns the value, for chaining.
    pub fn with_image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = Some(value.into());
        self
    }
    /// Sets `addons` and returns the value, for chaining.
    #[inline]
    pub fn with_addons(mut self, value: Vec<InstallItem>) -> Self {
        self.addons = Some(value);
        self
    }
    /// Sets `target_services` and returns the value, for chaining.
    #[inline]
    pub fn with_target_services(mut self, value: Vec<OpenApiServiceBuildArgs>) -> Self {
        self.target_services = Some(value);
        self
    }
    /// Sets `docker_build_info` and returns the value, for chaining.
    #[inline]
    pub fn with_docker_build_info(mut self, value: DockerBuildInfo) -> Self {
        self.docker_build_info = Some(value);
        self
    }
    /// Sets `post_build_script` and returns the value, for chaining.
    pub fn with_post_build_script(mut self, value: impl Into<String>) -> Self {
        self.post_build_script = Some(value.into());
        self
    }
    /// Sets `file_archive_path` and returns the value, for chaining.
    pub fn with_file_archive_path(mut self, value: impl Into<String>) -> Self {
        self.file_archive_path = Some(value.into());
        self
    }
}
/// The image build step of a build as releases up to v4.1.0 read it: a Dockerfile from the repository or from a template, and build arguments.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DockerBuildInfo {
    /// Directory the image is built in (the build context).
    pub working_directory: String,
    /// Where the Dockerfile comes from, `local` (the repository) or `template`.
    pub dockerfile_type: String,
    /// Path of the Dockerfile, for `local`.
    pub dockerfile_directory: String,
    /// Extra arguments passed to the image build.
    pub build_args: String,
    /// Name of the Dockerfile template, for `template`.
    pub template_name: String,
    /// Id of that template; the server looks it up by name and ignores this.
    pub template_id: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DockerBuildInfo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("working_directory", &self.working_directory);
        map.entry("dockerfile_type", &self.dockerfile_type);
        map.entry("dockerfile_directory", &self.dockerfile_directory);
        map.entry("build_args", &self.build_args);
        map.entry("template_name", &self.template_name);
        map.entry("template_id", &self.template_id);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DockerBuildInfo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DockerBuildInfo {
    const NAME: &'static str = "DockerBuildInfo";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "working_directory" => or_default(map, &mut self.working_directory),
            "dockerfile_type" => or_default(map, &mut self.dockerfile_type),
            "dockerfile_directory" => or_default(map, &mut self.dockerfile_directory),
            "build_args" => or_default(map, &mut self.build_args),
            "template_name" => or_default(map, &mut self.template_name),
            "template_id" => or_default(map, &mut self.template_id),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DockerBuildInfo {
    /// Creates an empty `DockerBuildInfo`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `working_directory` and returns the value, for chaining.
    pub fn with_working_directory(mut self, value: impl Into<String>) -> Self {
        self.working_directory = value.into();
        self
    }
    /// Sets `dockerfile_type` and returns the value, for chaining.
    pub fn with_dockerfile_type(mut self, value: impl Into<String>) -> Self {
        self.dockerfile_type = value.into();
        self
    }
    /// Sets `dockerfile_directory` and returns the value, for chaining.
    pub fn with_dockerfile_directory(mut self, value: impl Into<String>) -> Self {
        self.dockerfile_directory = value.into();
        self
    }
    /// Sets `build_args` and returns the value, for chaining.
    pub fn with_build_args(mut self, value: impl Into<String>) -> Self {
        self.build_args = value.into();
        self
    }
    /// Sets `template_name` and returns the value, for chaining.
    pub fn with_template_name(mut self, value: impl Into<String>) -> Self {
        self.template_name = value.into();
        self
    }
    /// Sets `template_id` and returns the value, for chaining.
    pub fn with_template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = value.into();
        self
    }
}
/// A service component, named by its service and component.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiServiceWithModule {
    /// Name of the service.
    pub service_name: String,
    /// Name of the service component (container) within the service.
    pub service_module: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiServiceWithModule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("service_module", &self.service_module);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiServiceWithModule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiServiceWithModule {
    const NAME: &'static str = "OpenApiServiceWithModule";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "service_name" => or_default(map, &mut self.service_name),
            "service_module" => or_default(map, &mut self.service_module),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiServiceWithModule {
    /// Creates an empty `OpenApiServiceWithModule`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `service_name` and returns the value, for chaining.
    pub fn with_service_name(mut self, value: impl Into<String>) -> Self {
        self.service_name = value.into();
        self
    }
    /// Sets `service_module` and returns the value, for chaining.
    pub fn with_service_module(mut self, value: impl Into<String>) -> Self {
        self.service_module = value.into();
        self
    }
}
/// A software package and version to install into the build environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiToolItem {
    /// Name of the package.
    pub name: String,
    /// Version of the package.
    pub version: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiToolItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("version", &self.version);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiToolItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiToolItem {
    const NAME: &'static str = "OpenApiToolItem";
    const REQUIRED: &'static [&'static str] = &["name", "version"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "name" => required(map, &mut self.name, 0u32),
            "version" => required(map, &mut self.version, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiToolItem {
    /// Creates a `OpenApiToolItem` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(name: impl Into<String>, version: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            version: version.into(),
            ..Self::default()
        }
    }
}
/// A variable a build defines, with its type and default value.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BuildParameterSetting {
    /// Name of the variable.
    pub key: String,
    /// Type of the variable.
    pub r#type: BuildParameterType,
    /// Default value, as a string.
    pub default_value: String,
    /// Values the user can pick from, for choice and multi-select variables.
    pub choice_option: Vec<String>,
    /// Values selected by default, for multi-select variables.
    pub choice_value: Vec<String>,
    /// Whether the value is sensitive and masked.
    pub is_credential: bool,
    /// What the variable is for.
    pub description: String,
    /// Where an `external` variable gets its value from (releases up to v4.1.0; their build creation does not use it).
    ///
    /// The Zadig releases that send or read this field: v3.4.0 to v4.1.0; the others ignore it when it is sent.
    pub external_setting: Option<ExternalParameterSource>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for BuildParameterSetting {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.entry("type", &self.r#type);
        map.entry("default_value", &self.default_value);
        map.entry("choice_option", &self.choice_option);
        map.entry("choice_value", &self.choice_value);
        map.entry("is_credential", &self.is_credential);
        map.entry("description", &self.description);
        map.some("external_setting", &self.external_setting);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for BuildParameterSetting {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for BuildParameterSetting {
    const NAME: &'static str = "BuildParameterSetting";
    const REQUIRED: &'static [&'static str] = &["key", "type", "default_value"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "key" => required(map, &mut self.key, 0u32),
            "type" => required(map, &mut self.r#type, 1u32),
            "default_value" => required(map, &mut self.default_value, 2u32),
            "choice_option" => or_default(map, &mut self.choice_option),
            "choice_value" => or_default(map, &mut self.choice_value),
            "is_credential" => or_default(map, &mut self.is_credential),
            "description" => or_default(map, &mut self.description),
            "external_setting" => value(map, &mut self.external_setting),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl BuildParameterSetting {
    /// Creates a `BuildParameterSetting` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        key: impl Into<String>,
        r#type: BuildParameterType,
        default_value: impl Into<String>,
    ) -> Self {
        Self {
            key: key.into(),
            r#type,
            default_value: default_value.into(),
            ..Self::default()
        }
    }
    /// Sets `choice_option` and returns the value, for chaining.
    #[inline]
    pub fn with_choice_option(mut self, value: Vec<String>) -> Self {
        self.choice_option = value;
        self
    }
    /// Sets `choice_value` and returns the value, for chaining.
    #[inline]
    pub fn with_choice_value(mut self, value: Vec<String>) -> Self {
        self.choice_value = value;
        self
    }
    /// Sets `is_credential` and returns the value, for chaining.
    #[inline]
    pub fn with_is_credential(mut self, value: bool) -> Self {
        self.is_credential = value;
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `external_setting` and returns the value, for chaining.
    #[inline]
    pub fn with_external_setting(mut self, value: ExternalParameterSource) -> Self {
        self.external_setting = Some(value);
        self
    }
}
/// An external system an `external` variable's value is fetched from (releases up to v4.1.0).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ExternalParameterSource {
    /// Id of the external system in Zadig.
    pub system_id: String,
    /// Path on that system that is called.
    pub endpoint: String,
    /// HTTP method of the call.
    pub method: String,
    /// Headers sent with the call.
    pub headers: Vec<TaskInputKv>,
    /// Body sent with the call.
    pub body: String,
    /// Which keys of the answer fill which variables.
    pub params: Vec<ExternalParameterMapping>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ExternalParameterSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("system_id", &self.system_id);
        map.entry("endpoint", &self.endpoint);
        map.entry("method", &self.method);
        map.entry("headers", &self.headers);
        map.entry("body", &self.body);
        map.entry("params", &self.params);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ExternalParameterSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ExternalParameterSource {
    const NAME: &'static str = "ExternalParameterSource";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "system_id" => or_default(map, &mut self.system_id),
            "endpoint" => or_default(map, &mut self.endpoint),
            "method" => or_default(map, &mut self.method),
            "headers" => or_default(map, &mut self.headers),
            "body" => or_default(map, &mut self.body),
            "params" => or_default(map, &mut self.params),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ExternalParameterSource {
    /// Creates an empty `ExternalParameterSource`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `system_id` and returns the value, for chaining.
    pub fn with_system_id(mut self, value: impl Into<String>) -> Self {
        self.system_id = value.into();
        self
    }
    /// Sets `endpoint` and returns the value, for chaining.
    pub fn with_endpoint(mut self, value: impl Into<String>) -> Self {
        self.endpoint = value.into();
        self
    }
    /// Sets `method` and returns the value, for chaining.
    pub fn with_method(mut self, value: impl Into<String>) -> Self {
        self.method = value.into();
        self
    }
    /// Sets `headers` and returns the value, for chaining.
    #[inline]
    pub fn with_headers(mut self, value: Vec<TaskInputKv>) -> Self {
        self.headers = value;
        self
    }
    /// Sets `body` and returns the value, for chaining.
    pub fn with_body(mut self, value: impl Into<String>) -> Self {
        self.body = value.into();
        self
    }
    /// Sets `params` and returns the value, for chaining.
    #[inline]
    pub fn with_params(mut self, value: Vec<ExternalParameterMapping>) -> Self {
        self.params = value;
        self
    }
}
/// Maps a key of an external system's answer to a variable.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ExternalParameterMapping {
    /// Name of the variable in Zadig.
    pub param_key: String,
    /// Key in the external system's answer that holds the value.
    pub response_key: String,
    /// Whether the value is shown.
    pub display: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ExternalParameterMapping {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("param_key", &self.param_key);
        map.entry("response_key", &self.response_key);
        map.entry("display", &self.display);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ExternalParameterMapping {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ExternalParameterMapping {
    const NAME: &'static str = "ExternalParameterMapping";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "param_key" => or_default(map, &mut self.param_key),
            "response_key" => or_default(map, &mut self.response_key),
            "display" => or_default(map, &mut self.display),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ExternalParameterMapping {
    /// Creates an empty `ExternalParameterMapping`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `param_key` and returns the value, for chaining.
    pub fn with_param_key(mut self, value: impl Into<String>) -> Self {
        self.param_key = value.into();
        self
    }
    /// Sets `response_key` and returns the value, for chaining.
    pub fn with_response_key(mut self, value: impl Into<String>) -> Self {
        self.response_key = value.into();
        self
    }
    /// Sets `display` and returns the value, for chaining.
    #[inline]
    pub fn with_display(mut self, value: bool) -> Self {
        self.display = value;
        self
    }
}
/// The type of a variable a build defines.
///
/// The set of values is open: a value this version does not know decodes to
/// [`BuildParameterType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BuildParameterType {
    /// `string`: Free text.
    String,
    /// `choice`: One value picked from a list.
    Choice,
    /// `multi-select`: Several values picked from a list.
    MultiSelect,
    /// `image`: An image picked from a registry.
    Image,
    /// `script`: Value computed by a script.
    Script,
    /// `file`: An uploaded file.
    File,
    /// `external`: Value fetched from an external system (releases up to v4.1.0).
    External,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl BuildParameterType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "string",
            Self::Choice => "choice",
            Self::MultiSelect => "multi-select",
            Self::Image => "image",
            Self::Script => "script",
            Self::File => "file",
            Self::External => "external",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for BuildParameterType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for BuildParameterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "string" => Self::String,
            "choice" => Self::Choice,
            "multi-select" => Self::MultiSelect,
            "image" => Self::Image,
            "script" => Self::Script,
            "file" => Self::File,
            "external" => Self::External,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for BuildParameterType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for BuildParameterType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for BuildParameterType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BuildParameterType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BuildParameterType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// The language of a build script.
///
/// The set of values is open: a value this version does not know decodes to
/// [`BuildScriptType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BuildScriptType {
    /// `shell`: A shell script (Linux hosts and containers).
    Shell,
    /// `batch_file`: A Windows batch file.
    BatchFile,
    /// `powershell`: A PowerShell script.
    Powershell,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl BuildScriptType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Shell => "shell",
            Self::BatchFile => "batch_file",
            Self::Powershell => "powershell",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for BuildScriptType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for BuildScriptType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "shell" => Self::Shell,
            "batch_file" => Self::BatchFile,
            "powershell" => Self::Powershell,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for BuildScriptType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for BuildScriptType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for BuildScriptType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BuildScriptType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BuildScriptType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// The image-building step of a build definition.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiDockerBuildStep {
    /// Build context directory.
    pub build_context_dir: String,
    /// Where the Dockerfile comes from, `local` (the repository) or `template` (a Dockerfile template); the server rejects any other value, and an empty one.
    pub dockerfile_source: DockerfileSource,
    /// Path of the Dockerfile, for `local`.
    pub dockerfile_directory: String,
    /// Name of the Dockerfile template, for `template`.
    pub template_name: String,
    /// Extra arguments passed to the image build.
    pub build_args: String,
    /// Whether BuildKit builds the image.
    pub enable_buildkit: bool,
    /// Target platforms of the image, comma separated (for example `linux/amd64,linux/arm64`).
    pub platforms: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiDockerBuildStep {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("build_context_dir", &self.build_context_dir);
        map.entry("dockerfile_source", &self.dockerfile_source);
        map.entry("dockerfile_directory", &self.dockerfile_directory);
        map.entry("template_name", &self.template_name);
        map.entry("build_args", &self.build_args);
        map.entry("enable_buildkit", &self.enable_buildkit);
        map.entry("platforms", &self.platforms);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiDockerBuildStep {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiDockerBuildStep {
    const NAME: &'static str = "OpenApiDockerBuildStep";
    const REQUIRED: &'static [&'static str] = &["dockerfile_source"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default};
        match key {
            "build_context_dir" => or_default(map, &mut self.build_context_dir),
            "dockerfile_source" => required(map, &mut self.dockerfile_source, 0u32),
            "dockerfile_directory" => or_default(map, &mut self.dockerfile_directory),
            "template_name" => or_default(map, &mut self.template_name),
            "build_args" => or_default(map, &mut self.build_args),
            "enable_buildkit" => or_default(map, &mut self.enable_buildkit),
            "platforms" => or_default(map, &mut self.platforms),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiDockerBuildStep {
    /// Creates a `OpenApiDockerBuildStep` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(dockerfile_source: DockerfileSource) -> Self {
        Self {
            dockerfile_source,
            ..Self::default()
        }
    }
    /// Sets `build_context_dir` and returns the value, for chaining.
    pub fn with_build_context_dir(mut self, value: impl Into<String>) -> Self {
        self.build_context_dir = value.into();
        self
    }
    /// Sets `dockerfile_directory` and returns the value, for chaining.
    pub fn with_dockerfile_directory(mut self, value: impl Into<String>) -> Self {
        self.dockerfile_directory = value.into();
        self
    }
    /// Sets `template_name` and returns the value, for chaining.
    pub fn with_template_name(mut self, value: impl Into<String>) -> Self {
        self.template_name = value.into();
        self
    }
    /// Sets `build_args` and returns the value, for chaining.
    pub fn with_build_args(mut self, value: impl Into<String>) -> Self {
        self.build_args = value.into();
        self
    }
    /// Sets `enable_buildkit` and returns the value, for chaining.
    #[inline]
    pub fn with_enable_buildkit(mut self, value: bool) -> Self {
        self.enable_buildkit = value;
        self
    }
    /// Sets `platforms` and returns the value, for chaining.
    pub fn with_platforms(mut self, value: impl Into<String>) -> Self {
        self.platforms = value.into();
        self
    }
}
/// Where the Dockerfile of an image-building step comes from.
///
/// The set of values is open: a value this version does not know decodes to
/// [`DockerfileSource::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DockerfileSource {
    /// `local`: A Dockerfile in the checked-out repository (`dockerfile_directory`).
    Local,
    /// `template`: A Dockerfile template of Zadig (`template_name`).
    Template,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl DockerfileSource {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Local => "local",
            Self::Template => "template",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for DockerfileSource {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for DockerfileSource {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "local" => Self::Local,
            "template" => Self::Template,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for DockerfileSource {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for DockerfileSource {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for DockerfileSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for DockerfileSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for DockerfileSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// How the body of a new build defines it.
///
/// The set of values is open: a value this version does not know decodes to
/// [`BuildCreationSource::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BuildCreationSource {
    /// `template`: The build follows a build template, with settings per service component.
    Template,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl BuildCreationSource {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Template => "template",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for BuildCreationSource {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for BuildCreationSource {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "template" => Self::Template,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for BuildCreationSource {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for BuildCreationSource {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for BuildCreationSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BuildCreationSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BuildCreationSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// One page of the builds of a project.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiBuildListResp {
    /// Number of builds in the project, over all pages.
    pub total: Option<i64>,
    /// The builds on this page.
    pub builds: Vec<OpenApiBuildBrief>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiBuildListResp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("total", &self.total);
        map.entry("builds", &self.builds);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiBuildListResp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiBuildListResp {
    const NAME: &'static str = "OpenApiBuildListResp";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "total" => value(map, &mut self.total),
            "builds" => or_default(map, &mut self.builds),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiBuildListResp {
    /// Creates an empty `OpenApiBuildListResp`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Summary of one build in a list.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiBuildBrief {
    /// Name of the build.
    pub name: String,
    /// Identifier of the project the build belongs to.
    pub project_key: String,
    /// Who runs the build - `zadig` for a build Zadig runs itself, `jenkins` for one handed to a Jenkins job.
    pub source: String,
    /// Account of who last changed the build.
    pub update_by: String,
    /// When the build was last changed, as a Unix timestamp in seconds.
    pub update_time: i64,
    /// The service components the build builds.
    pub target_services: Vec<crate::types::ApprovalTicketService>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiBuildBrief {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("project_key", &self.project_key);
        map.entry("source", &self.source);
        map.entry("update_by", &self.update_by);
        map.entry("update_time", &self.update_time);
        map.entry("target_services", &self.target_services);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiBuildBrief {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiBuildBrief {
    const NAME: &'static str = "OpenApiBuildBrief";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "project_key" => or_default(map, &mut self.project_key),
            "source" => or_default(map, &mut self.source),
            "update_by" => or_default(map, &mut self.update_by),
            "update_time" => or_default(map, &mut self.update_time),
            "target_services" => or_default(map, &mut self.target_services),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiBuildBrief {
    /// Creates an empty `OpenApiBuildBrief`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The full definition of one build.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiBuildDetailResp {
    /// Identifier of the project the build belongs to.
    pub project_key: String,
    /// Name of the build.
    pub name: String,
    /// Who runs the build - `zadig` for a build Zadig runs itself, `jenkins` for one handed to a Jenkins job.
    pub source: String,
    /// The service components the build builds.
    pub target_services: Vec<crate::types::ApprovalTicketService>,
    /// Name of the build template, when the build follows one.
    pub template_name: String,
    /// Account of who last changed the build.
    pub update_by: String,
    /// When the build was last changed, as a Unix timestamp in seconds.
    pub update_time: i64,
    /// Code repositories the build checks out.
    pub repos: Vec<OpenApiBuildRepo>,
    /// Base image and software packages of the build environment.
    pub build_env: Option<OpenApiBuildEnv>,
    /// Timeout, cache, cluster, resource and storage settings of the build.
    pub advanced_settings: Option<OpenApiAdvancedSetting>,
    /// Shell script the build runs.
    pub build_script: String,
    /// Variables the build defines.
    pub parameters: Vec<BuildServiceKeyVal>,
    /// Variables the build exports to later jobs.
    pub outputs: Vec<BuildOutput>,
    /// Steps run after the build script (image build, uploads, archives, scripts).
    pub post_build: Option<PostBuild>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiBuildDetailResp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("name", &self.name);
        map.entry("source", &self.source);
        map.entry("target_services", &self.target_services);
        map.entry("template_name", &self.template_name);
        map.entry("update_by", &self.update_by);
        map.entry("update_time", &self.update_time);
        map.entry("repos", &self.repos);
        map.some("build_env", &self.build_env);
        map.some("advanced_settings", &self.advanced_settings);
        map.entry("build_script", &self.build_script);
        map.entry("parameters", &self.parameters);
        map.entry("outputs", &self.outputs);
        map.some("post_build", &self.post_build);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiBuildDetailResp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiBuildDetailResp {
    const NAME: &'static str = "OpenApiBuildDetailResp";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "project_key" => or_default(map, &mut self.project_key),
            "name" => or_default(map, &mut self.name),
            "source" => or_default(map, &mut self.source),
            "target_services" => or_default(map, &mut self.target_services),
            "template_name" => or_default(map, &mut self.template_name),
            "update_by" => or_default(map, &mut self.update_by),
            "update_time" => or_default(map, &mut self.update_time),
            "repos" => or_default(map, &mut self.repos),
            "build_env" => value(map, &mut self.build_env),
            "advanced_settings" => value(map, &mut self.advanced_settings),
            "build_script" => or_default(map, &mut self.build_script),
            "parameters" => or_default(map, &mut self.parameters),
            "outputs" => or_default(map, &mut self.outputs),
            "post_build" => value(map, &mut self.post_build),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiBuildDetailResp {
    /// Creates an empty `OpenApiBuildDetailResp`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A code repository a build checks out.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiBuildRepo {
    /// Kind of code host (for example `gitlab`, `github`, `gerrit`).
    pub source: String,
    /// Owner or namespace of the repository.
    pub repo_owner: String,
    /// Name of the repository.
    pub repo_name: String,
    /// Default branch checked out.
    pub branch: String,
    /// Name of the git remote.
    pub remote_name: String,
    /// Directory the repository is checked out into; empty means the default.
    pub checkout_path: String,
    /// Whether git submodules are checked out too.
    pub submodules: bool,
    /// Whether the repository is hidden when the build is run by hand.
    pub hidden: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiBuildRepo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("source", &self.source);
        map.entry("repo_owner", &self.repo_owner);
        map.entry("repo_name", &self.repo_name);
        map.entry("branch", &self.branch);
        map.entry("remote_name", &self.remote_name);
        map.entry("checkout_path", &self.checkout_path);
        map.entry("submodules", &self.submodules);
        map.entry("hidden", &self.hidden);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiBuildRepo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiBuildRepo {
    const NAME: &'static str = "OpenApiBuildRepo";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "source" => or_default(map, &mut self.source),
            "repo_owner" => or_default(map, &mut self.repo_owner),
            "repo_name" => or_default(map, &mut self.repo_name),
            "branch" => or_default(map, &mut self.branch),
            "remote_name" => or_default(map, &mut self.remote_name),
            "checkout_path" => or_default(map, &mut self.checkout_path),
            "submodules" => or_default(map, &mut self.submodules),
            "hidden" => or_default(map, &mut self.hidden),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiBuildRepo {
    /// Creates an empty `OpenApiBuildRepo`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The build environment - base image and software packages installed on it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiBuildEnv {
    /// Id of the base image.
    pub basic_image_id: String,
    /// Display label of the base image.
    pub basic_image_label: String,
    /// Software packages installed before the script runs.
    pub installs: Vec<InstallItem>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiBuildEnv {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("basic_image_id", &self.basic_image_id);
        map.entry("basic_image_label", &self.basic_image_label);
        map.entry("installs", &self.installs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiBuildEnv {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiBuildEnv {
    const NAME: &'static str = "OpenApiBuildEnv";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "basic_image_id" => or_default(map, &mut self.basic_image_id),
            "basic_image_label" => or_default(map, &mut self.basic_image_label),
            "installs" => or_default(map, &mut self.installs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiBuildEnv {
    /// Creates an empty `OpenApiBuildEnv`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A software package and version installed into a job's environment.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstallItem {
    /// Name of the package.
    pub name: String,
    /// Version of the package.
    pub version: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for InstallItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("version", &self.version);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for InstallItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for InstallItem {
    const NAME: &'static str = "InstallItem";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "version" => or_default(map, &mut self.version),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl InstallItem {
    /// Creates an empty `InstallItem`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `version` and returns the value, for chaining.
    pub fn with_version(mut self, value: impl Into<String>) -> Self {
        self.version = value.into();
        self
    }
}
/// A variable defined by a build, with its type and default value.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BuildServiceKeyVal {
    /// Name of the variable.
    pub key: String,
    /// Default value; a string for most types, a list for multi-select variables.
    pub value: Option<serde_json::Value>,
    /// Type of the variable.
    pub r#type: Option<crate::types::ParameterSettingType>,
    /// Values the user can pick from, for choice and multi-select variables.
    pub choice_option: Option<Vec<String>>,
    /// Values selected by default, for multi-select variables.
    pub choice_value: Option<Vec<String>>,
    /// Whether the value is sensitive and masked.
    pub is_credential: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for BuildServiceKeyVal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.some("value", &self.value);
        map.some("type", &self.r#type);
        map.some("choice_option", &self.choice_option);
        map.some("choice_value", &self.choice_value);
        map.entry("is_credential", &self.is_credential);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for BuildServiceKeyVal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for BuildServiceKeyVal {
    const NAME: &'static str = "BuildServiceKeyVal";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "key" => or_default(map, &mut self.key),
            "value" => value(map, &mut self.value),
            "type" => value(map, &mut self.r#type),
            "choice_option" => value(map, &mut self.choice_option),
            "choice_value" => value(map, &mut self.choice_value),
            "is_credential" => or_default(map, &mut self.is_credential),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl BuildServiceKeyVal {
    /// Creates an empty `BuildServiceKeyVal`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A variable a build exports for later jobs to use.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BuildOutput {
    /// Name of the variable.
    pub name: String,
    /// What the variable holds, as written by its author.
    pub description: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for BuildOutput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("description", &self.description);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for BuildOutput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for BuildOutput {
    const NAME: &'static str = "BuildOutput";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "description" => or_default(map, &mut self.description),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl BuildOutput {
    /// Creates an empty `BuildOutput`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Steps a build runs after its main script.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PostBuild {
    /// Builds an image from a Dockerfile.
    pub docker_build: Option<PostBuildDockerBuild>,
    /// Uploads files to object storage.
    pub object_storage_upload: Option<PostBuildObjectStorageUpload>,
    /// Archives files produced by the build.
    pub file_archive: Option<PostBuildFileArchive>,
    /// Shell script run after the other steps.
    pub scripts: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for PostBuild {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("docker_build", &self.docker_build);
        map.some("object_storage_upload", &self.object_storage_upload);
        map.some("file_archive", &self.file_archive);
        map.entry("scripts", &self.scripts);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for PostBuild {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for PostBuild {
    const NAME: &'static str = "PostBuild";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "docker_build" => value(map, &mut self.docker_build),
            "object_storage_upload" => value(map, &mut self.object_storage_upload),
            "file_archive" => value(map, &mut self.file_archive),
            "scripts" => or_default(map, &mut self.scripts),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl PostBuild {
    /// Creates an empty `PostBuild`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The image-building step of a build.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PostBuildDockerBuild {
    /// Build context directory.
    pub work_dir: String,
    /// Path of the Dockerfile, or the template's name when it comes from a template.
    pub docker_file: String,
    /// Extra arguments passed to the image build.
    pub build_args: String,
    /// Where the Dockerfile comes from, `local` (the repository) or `template`.
    pub source: String,
    /// Id of the Dockerfile template, when one is used.
    pub template_id: String,
    /// Name of the Dockerfile template, when one is used.
    pub template_name: String,
    /// Whether BuildKit builds the image.
    ///
    /// The Zadig releases that send or read this field: v4.0.0 and later; the others ignore it when it is sent.
    pub enable_buildkit: bool,
    /// Target platforms of the image, comma separated (for example `linux/amd64,linux/arm64`).
    ///
    /// The Zadig releases that send or read this field: v4.0.0 and later; the others ignore it when it is sent.
    pub platform: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for PostBuildDockerBuild {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("work_dir", &self.work_dir);
        map.entry("docker_file", &self.docker_file);
        map.entry("build_args", &self.build_args);
        map.entry("source", &self.source);
        map.entry("template_id", &self.template_id);
        map.entry("template_name", &self.template_name);
        map.entry("enable_buildkit", &self.enable_buildkit);
        map.entry("platform", &self.platform);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for PostBuildDockerBuild {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for PostBuildDockerBuild {
    const NAME: &'static str = "PostBuildDockerBuild";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "work_dir" => or_default(map, &mut self.work_dir),
            "docker_file" => or_default(map, &mut self.docker_file),
            "build_args" => or_default(map, &mut self.build_args),
            "source" => or_default(map, &mut self.source),
            "template_id" => or_default(map, &mut self.template_id),
            "template_name" => or_default(map, &mut self.template_name),
            "enable_buildkit" => or_default(map, &mut self.enable_buildkit),
            "platform" => or_default(map, &mut self.platform),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl PostBuildDockerBuild {
    /// Creates an empty `PostBuildDockerBuild`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The upload-to-object-storage step of a build.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PostBuildObjectStorageUpload {
    /// Whether the step runs.
    pub enabled: bool,
    /// Id of the object storage integration uploaded to.
    pub object_storage_id: String,
    /// Files to upload and where they go.
    pub upload_detail: Vec<ObjectStoragePathDetail>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for PostBuildObjectStorageUpload {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("enabled", &self.enabled);
        map.entry("object_storage_id", &self.object_storage_id);
        map.entry("upload_detail", &self.upload_detail);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for PostBuildObjectStorageUpload {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for PostBuildObjectStorageUpload {
    const NAME: &'static str = "PostBuildObjectStorageUpload";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "enabled" => or_default(map, &mut self.enabled),
            "object_storage_id" => or_default(map, &mut self.object_storage_id),
            "upload_detail" => or_default(map, &mut self.upload_detail),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl PostBuildObjectStorageUpload {
    /// Creates an empty `PostBuildObjectStorageUpload`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One file to upload to object storage.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ObjectStoragePathDetail {
    /// Path of the file in the workspace.
    pub file_path: String,
    /// Absolute path of the file.
    pub abs_file_path: String,
    /// Path the file is stored under in the bucket.
    pub dest_path: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ObjectStoragePathDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("file_path", &self.file_path);
        map.entry("abs_file_path", &self.abs_file_path);
        map.entry("dest_path", &self.dest_path);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ObjectStoragePathDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ObjectStoragePathDetail {
    const NAME: &'static str = "ObjectStoragePathDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "file_path" => or_default(map, &mut self.file_path),
            "abs_file_path" => or_default(map, &mut self.abs_file_path),
            "dest_path" => or_default(map, &mut self.dest_path),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ObjectStoragePathDetail {
    /// Creates an empty `ObjectStoragePathDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The archive step of a build.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PostBuildFileArchive {
    /// Directory whose content is archived.
    pub file_location: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for PostBuildFileArchive {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("file_location", &self.file_location);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for PostBuildFileArchive {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for PostBuildFileArchive {
    const NAME: &'static str = "PostBuildFileArchive";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "file_location" => or_default(map, &mut self.file_location),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl PostBuildFileArchive {
    /// Creates an empty `PostBuildFileArchive`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Advanced settings of a build or scan job - timeout, cache, cluster, resources, storage and pod metadata.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiAdvancedSetting {
    /// Time limit of a run, in seconds.
    pub timeout: i64,
    /// Whether and where a cache directory is kept between runs.
    pub cache_setting: Option<OpenApiCacheSetting>,
    /// Name of the cluster the job runs in.
    pub cluster_name: String,
    /// CPU, memory and GPU requested for the job's pod.
    pub resource_spec: ResourceRequestSpec,
    /// Name of the cluster's scheduling strategy used to place the pod.
    pub strategy_name: String,
    /// Volumes mounted into the job's pod.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub storages: Option<OpenApiStorages>,
    /// Whether the job uses the node's Docker daemon instead of a dedicated one.
    pub use_host_docker_daemon: bool,
    /// Whether the job's container runs privileged.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub privileged_mode: bool,
    /// Annotations added to the job's pod.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub custom_annotations: Vec<CustomKeyValue>,
    /// Labels added to the job's pod.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub custom_labels: Vec<CustomKeyValue>,
    /// Names of the variables the job exports as outputs.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub outputs: Vec<String>,
    /// Code-host triggers of the job (releases up to v4.1.0, whose build and scan creation do not use them).
    ///
    /// The Zadig releases that send or read this field: v3.4.0 to v4.1.0; the others ignore it when it is sent.
    pub webhooks: Option<BuildWebhookSettings>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiAdvancedSetting {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("timeout", &self.timeout);
        map.some("cache_setting", &self.cache_setting);
        map.entry("cluster_name", &self.cluster_name);
        map.entry("resource_spec", &self.resource_spec);
        map.entry("strategy_name", &self.strategy_name);
        map.some("storages", &self.storages);
        map.entry("use_host_docker_daemon", &self.use_host_docker_daemon);
        map.entry("privileged_mode", &self.privileged_mode);
        map.entry("custom_annotations", &self.custom_annotations);
        map.entry("custom_labels", &self.custom_labels);
        map.entry("outputs", &self.outputs);
        map.some("webhooks", &self.webhooks);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiAdvancedSetting {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiAdvancedSetting {
    const NAME: &'static str = "OpenApiAdvancedSetting";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "timeout" => or_default(map, &mut self.timeout),
            "cache_setting" => value(map, &mut self.cache_setting),
            "cluster_name" => or_default(map, &mut self.cluster_name),
            "resource_spec" => or_default(map, &mut self.resource_spec),
            "strategy_name" => or_default(map, &mut self.strategy_name),
            "storages" => value(map, &mut self.storages),
            "use_host_docker_daemon" => or_default(map, &mut self.use_host_docker_daemon),
            "privileged_mode" => or_default(map, &mut self.privileged_mode),
            "custom_annotations" => or_default(map, &mut self.custom_annotations),
            "custom_labels" => or_default(map, &mut self.custom_labels),
            "outputs" => or_default(map, &mut self.outputs),
            "webhooks" => value(map, &mut self.webhooks),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiAdvancedSetting {
    /// Creates an empty `OpenApiAdvancedSetting`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `timeout` and returns the value, for chaining.
    #[inline]
    pub fn with_timeout(mut self, value: i64) -> Self {
        self.timeout = value;
        self
    }
    /// Sets `cache_setting` and returns the value, for chaining.
    #[inline]
    pub fn with_cache_setting(mut self, value: OpenApiCacheSetting) -> Self {
        self.cache_setting = Some(value);
        self
    }
    /// Sets `cluster_name` and returns the value, for chaining.
    pub fn with_cluster_name(mut self, value: impl Into<String>) -> Self {
        self.cluster_name = value.into();
        self
    }
    /// Sets `resource_spec` and returns the value, for chaining.
    #[inline]
    pub fn with_resource_spec(mut self, value: ResourceRequestSpec) -> Self {
        self.resource_spec = value;
        self
    }
    /// Sets `strategy_name` and returns the value, for chaining.
    pub fn with_strategy_name(mut self, value: impl Into<String>) -> Self {
        self.strategy_name = value.into();
        self
    }
    /// Sets `storages` and returns the value, for chaining.
    #[inline]
    pub fn with_storages(mut self, value: OpenApiStorages) -> Self {
        self.storages = Some(value);
        self
    }
    /// Sets `use_host_docker_daemon` and returns the value, for chaining.
    #[inline]
    pub fn with_use_host_docker_daemon(mut self, value: bool) -> Self {
        self.use_host_docker_daemon = value;
        self
    }
    /// Sets `privileged_mode` and returns the value, for chaining.
    #[inline]
    pub fn with_privileged_mode(mut self, value: bool) -> Self {
        self.privileged_mode = value;
        self
    }
    /// Sets `custom_annotations` and returns the value, for chaining.
    #[inline]
    pub fn with_custom_annotations(mut self, value: Vec<CustomKeyValue>) -> Self {
        self.custom_annotations = value;
        self
    }
    /// Sets `custom_labels` and returns the value, for chaining.
    #[inline]
    pub fn with_custom_labels(mut self, value: Vec<CustomKeyValue>) -> Self {
        self.custom_labels = value;
        self
    }
    /// Sets `outputs` and returns the value, for chaining.
    #[inline]
    pub fn with_outputs(mut self, value: Vec<String>) -> Self {
        self.outputs = value;
        self
    }
    /// Sets `webhooks` and returns the value, for chaining.
    #[inline]
    pub fn with_webhooks(mut self, value: BuildWebhookSettings) -> Self {
        self.webhooks = Some(value);
        self
    }
}
/// Code-host triggers of a build or scan job (releases up to v4.1.0).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BuildWebhookSettings {
    /// Whether the triggers are on.
    pub enabled: bool,
    /// The triggers.
    pub hook_list: Vec<BuildWebhook>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for BuildWebhookSettings {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("enabled", &self.enabled);
        map.entry("hook_list", &self.hook_list);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for BuildWebhookSettings {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for BuildWebhookSettings {
    const NAME: &'static str = "BuildWebhookSettings";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "enabled" => or_default(map, &mut self.enabled),
            "hook_list" => or_default(map, &mut self.hook_list),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl BuildWebhookSettings {
    /// Creates an empty `BuildWebhookSettings`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enabled` and returns the value, for chaining.
    #[inline]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = value;
        self
    }
    /// Sets `hook_list` and returns the value, for chaining.
    #[inline]
    pub fn with_hook_list(mut self, value: Vec<BuildWebhook>) -> Self {
        self.hook_list = value;
        self
    }
}
/// One code-host trigger of a build or scan job.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BuildWebhook {
    /// Name of the code host integration in Zadig.
    pub codehost_name: String,
    /// Namespace (owner, group or organisation) of the repository.
    pub repo_namespace: String,
    /// Name of the repository.
    pub repo_name: String,
    /// Branch whose events trigger the job.
    pub branch: String,
    /// Events that trigger the job.
    pub events: Vec<GitHookEventType>,
    /// Paths a change must touch to trigger the job.
    pub match_folders: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for BuildWebhook {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("codehost_name", &self.codehost_name);
        map.entry("repo_namespace", &self.repo_namespace);
        map.entry("repo_name", &self.repo_name);
        map.entry("branch", &self.branch);
        map.entry("events", &self.events);
        map.entry("match_folders", &self.match_folders);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for BuildWebhook {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for BuildWebhook {
    const NAME: &'static str = "BuildWebhook";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "codehost_name" => or_default(map, &mut self.codehost_name),
            "repo_namespace" => or_default(map, &mut self.repo_namespace),
            "repo_name" => or_default(map, &mut self.repo_name),
            "branch" => or_default(map, &mut self.branch),
            "events" => or_default(map, &mut self.events),
            "match_folders" => or_default(map, &mut self.match_folders),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl BuildWebhook {
    /// Creates an empty `BuildWebhook`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `codehost_name` and returns the value, for chaining.
    pub fn with_codehost_name(mut self, value: impl Into<String>) -> Self {
        self.codehost_name = value.into();
        self
    }
    /// Sets `repo_namespace` and returns the value, for chaining.
    pub fn with_repo_namespace(mut self, value: impl Into<String>) -> Self {
        self.repo_namespace = value.into();
        self
    }
    /// Sets `repo_name` and returns the value, for chaining.
    pub fn with_repo_name(mut self, value: impl Into<String>) -> Self {
        self.repo_name = value.into();
        self
    }
    /// Sets `branch` and returns the value, for chaining.
    pub fn with_branch(mut self, value: impl Into<String>) -> Self {
        self.branch = value.into();
        self
    }
    /// Sets `events` and returns the value, for chaining.
    #[inline]
    pub fn with_events(mut self, value: Vec<GitHookEventType>) -> Self {
        self.events = value;
        self
    }
    /// Sets `match_folders` and returns the value, for chaining.
    #[inline]
    pub fn with_match_folders(mut self, value: Vec<String>) -> Self {
        self.match_folders = value;
        self
    }
}
/// Whether a job keeps a cache directory between runs.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiCacheSetting {
    /// Whether the cache is used.
    pub enabled: bool,
    /// Directory cached between runs.
    pub cache_dir: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiCacheSetting {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("enabled", &self.enabled);
        map.entry("cache_dir", &self.cache_dir);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiCacheSetting {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiCacheSetting {
    const NAME: &'static str = "OpenApiCacheSetting";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "enabled" => or_default(map, &mut self.enabled),
            "cache_dir" => or_default(map, &mut self.cache_dir),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiCacheSetting {
    /// Creates an empty `OpenApiCacheSetting`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enabled` and returns the value, for chaining.
    #[inline]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = value;
        self
    }
    /// Sets `cache_dir` and returns the value, for chaining.
    pub fn with_cache_dir(mut self, value: impl Into<String>) -> Self {
        self.cache_dir = value.into();
        self
    }
}
/// Resources requested and allowed for a job's pod; CPU in millicores, memory in MiB.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResourceRequestSpec {
    /// CPU limit, in millicores.
    pub cpu_limit: i64,
    /// Memory limit, in MiB.
    pub memory_limit: i64,
    /// CPU request, in millicores.
    pub cpu_req: i64,
    /// Memory request, in MiB.
    pub memory_req: i64,
    /// GPU limit, as a Kubernetes resource expression (for example `nvidia.com/gpu: 1`); empty means none.
    pub gpu_limit: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ResourceRequestSpec {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("cpu_limit", &self.cpu_limit);
        map.entry("memory_limit", &self.memory_limit);
        map.entry("cpu_req", &self.cpu_req);
        map.entry("memory_req", &self.memory_req);
        map.entry("gpu_limit", &self.gpu_limit);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ResourceRequestSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ResourceRequestSpec {
    const NAME: &'static str = "ResourceRequestSpec";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "cpu_limit" => or_default(map, &mut self.cpu_limit),
            "memory_limit" => or_default(map, &mut self.memory_limit),
            "cpu_req" => or_default(map, &mut self.cpu_req),
            "memory_req" => or_default(map, &mut self.memory_req),
            "gpu_limit" => or_default(map, &mut self.gpu_limit),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ResourceRequestSpec {
    /// Creates an empty `ResourceRequestSpec`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cpu_limit` and returns the value, for chaining.
    #[inline]
    pub fn with_cpu_limit(mut self, value: i64) -> Self {
        self.cpu_limit = value;
        self
    }
    /// Sets `memory_limit` and returns the value, for chaining.
    #[inline]
    pub fn with_memory_limit(mut self, value: i64) -> Self {
        self.memory_limit = value;
        self
    }
    /// Sets `cpu_req` and returns the value, for chaining.
    #[inline]
    pub fn with_cpu_req(mut self, value: i64) -> Self {
        self.cpu_req = value;
        self
    }
    /// Sets `memory_req` and returns the value, for chaining.
    #[inline]
    pub fn with_memory_req(mut self, value: i64) -> Self {
        self.memory_req = value;
        self
    }
    /// Sets `gpu_limit` and returns the value, for chaining.
    pub fn with_gpu_limit(mut self, value: impl Into<String>) -> Self {
        self.gpu_limit = value.into();
        self
    }
}
/// Volumes mounted into a job's pod.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiStorages {
    /// Whether the volumes are mounted.
    pub enabled: bool,
    /// The volumes to mount.
    pub storages_properties: Vec<NfsStorageProperties>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiStorages {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("enabled", &self.enabled);
        map.entry("storages_properties", &self.storages_properties);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiStorages {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiStorages {
    const NAME: &'static str = "OpenApiStorages";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "enabled" => or_default(map, &mut self.enabled),
            "storages_properties" => or_default(map, &mut self.storages_properties),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiStorages {
    /// Creates an empty `OpenApiStorages`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enabled` and returns the value, for chaining.
    #[inline]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = value;
        self
    }
    /// Sets `storages_properties` and returns the value, for chaining.
    #[inline]
    pub fn with_storages_properties(mut self, value: Vec<NfsStorageProperties>) -> Self {
        self.storages_properties = value;
        self
    }
}
/// One persistent volume mounted into a job's pod, either provisioned on the fly or an existing claim.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NfsStorageProperties {
    /// Whether the volume is provisioned dynamically or is an existing claim.
    pub provision_type: StorageProvisionType,
    /// Storage class used to provision the volume (dynamic provisioning).
    pub storage_class: String,
    /// Size of the provisioned volume, in GiB (dynamic provisioning).
    pub storage_size_in_gib: i64,
    /// Name of the existing persistent volume claim (static provisioning).
    pub pvc: String,
    /// Kubernetes access mode of the volume (such as `ReadWriteMany`, the server's choice when empty).
    pub access_mode: Option<serde_json::Value>,
    /// Sub-path of the volume that is mounted.
    pub subpath: String,
    /// Path the volume is mounted at in the container.
    pub mount_path: String,
    /// Whether the volume only lives for one run.
    pub is_temporary: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for NfsStorageProperties {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("provision_type", &self.provision_type);
        map.entry("storage_class", &self.storage_class);
        map.entry("storage_size_in_gib", &self.storage_size_in_gib);
        map.entry("pvc", &self.pvc);
        map.some("access_mode", &self.access_mode);
        map.entry("subpath", &self.subpath);
        map.entry("mount_path", &self.mount_path);
        map.entry("is_temporary", &self.is_temporary);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for NfsStorageProperties {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for NfsStorageProperties {
    const NAME: &'static str = "NfsStorageProperties";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "provision_type" => or_default(map, &mut self.provision_type),
            "storage_class" => or_default(map, &mut self.storage_class),
            "storage_size_in_gib" => or_default(map, &mut self.storage_size_in_gib),
            "pvc" => or_default(map, &mut self.pvc),
            "access_mode" => value(map, &mut self.access_mode),
            "subpath" => or_default(map, &mut self.subpath),
            "mount_path" => or_default(map, &mut self.mount_path),
            "is_temporary" => or_default(map, &mut self.is_temporary),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl NfsStorageProperties {
    /// Creates an empty `NfsStorageProperties`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `provision_type` and returns the value, for chaining.
    #[inline]
    pub fn with_provision_type(mut self, value: StorageProvisionType) -> Self {
        self.provision_type = value;
        self
    }
    /// Sets `storage_class` and returns the value, for chaining.
    pub fn with_storage_class(mut self, value: impl Into<String>) -> Self {
        self.storage_class = value.into();
        self
    }
    /// Sets `storage_size_in_gib` and returns the value, for chaining.
    #[inline]
    pub fn with_storage_size_in_gib(mut self, value: i64) -> Self {
        self.storage_size_in_gib = value;
        self
    }
    /// Sets `pvc` and returns the value, for chaining.
    pub fn with_pvc(mut self, value: impl Into<String>) -> Self {
        self.pvc = value.into();
        self
    }
    /// Sets `access_mode` and returns the value, for chaining.
    #[inline]
    pub fn with_access_mode(mut self, value: serde_json::Value) -> Self {
        self.access_mode = Some(value);
        self
    }
    /// Sets `subpath` and returns the value, for chaining.
    pub fn with_subpath(mut self, value: impl Into<String>) -> Self {
        self.subpath = value.into();
        self
    }
    /// Sets `mount_path` and returns the value, for chaining.
    pub fn with_mount_path(mut self, value: impl Into<String>) -> Self {
        self.mount_path = value.into();
        self
    }
    /// Sets `is_temporary` and returns the value, for chaining.
    #[inline]
    pub fn with_is_temporary(mut self, value: bool) -> Self {
        self.is_temporary = value;
        self
    }
}
/// How a job's persistent volume comes to exist.
///
/// The set of values is open: a value this version does not know decodes to
/// [`StorageProvisionType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageProvisionType {
    /// `dynamic`: Provisioned from a storage class for the job.
    Dynamic,
    /// `static`: An existing persistent volume claim.
    Static,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl StorageProvisionType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dynamic => "dynamic",
            Self::Static => "static",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for StorageProvisionType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for StorageProvisionType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "dynamic" => Self::Dynamic,
            "static" => Self::Static,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for StorageProvisionType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for StorageProvisionType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for StorageProvisionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StorageProvisionType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StorageProvisionType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// A key and value added to a pod as an annotation or label.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CustomKeyValue {
    /// Annotation or label key.
    pub key: String,
    /// Annotation or label value (usually a string).
    pub value: Option<serde_json::Value>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CustomKeyValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.some("value", &self.value);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CustomKeyValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CustomKeyValue {
    const NAME: &'static str = "CustomKeyValue";
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
impl CustomKeyValue {
    /// Creates an empty `CustomKeyValue`: optional fields start as `None`, the others as their zero value.
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
/// A code-host event that can trigger a build (or a workflow).
///
/// The set of values is open: a value this version does not know decodes to
/// [`GitHookEventType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GitHookEventType {
    /// `push`: Commits pushed to a branch.
    Push,
    /// `pull_request`: A pull (merge) request opened or updated.
    PullRequest,
    /// `tag`: A tag created.
    Tag,
    /// `ref-updated`: A Gerrit ref updated.
    RefUpdated,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl GitHookEventType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Push => "push",
            Self::PullRequest => "pull_request",
            Self::Tag => "tag",
            Self::RefUpdated => "ref-updated",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for GitHookEventType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for GitHookEventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "push" => Self::Push,
            "pull_request" => Self::PullRequest,
            "tag" => Self::Tag,
            "ref-updated" => Self::RefUpdated,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for GitHookEventType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for GitHookEventType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for GitHookEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GitHookEventType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for GitHookEventType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
