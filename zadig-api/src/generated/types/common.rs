// @generated from spec/common.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Common types API.
//!
//! Small types that several API modules share: key/value pairs, code repository descriptions and similar building blocks.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// A plain key and its string value.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeyValue {
    /// Name of the entry.
    pub key: String,
    /// Value of the entry.
    pub value: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for KeyValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.some("value", &self.value);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for KeyValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for KeyValue {
    const NAME: &'static str = "KeyValue";
    const REQUIRED: &'static [&'static str] = &["key"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, value};
        match key {
            "key" => required(map, &mut self.key, 0u32),
            "value" => value(map, &mut self.value),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl KeyValue {
    /// Creates a `KeyValue` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            ..Self::default()
        }
    }
    /// Sets `value` and returns the value, for chaining.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
/// A code repository as Zadig reports it (source, owner, branch, commit, ...).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Repository {
    /// Kind of code host, e.g. gitee, gitlab, github.
    pub source: Option<String>,
    /// Owner of the repository.
    pub repo_owner: String,
    /// Organisation or user namespace that holds the repository.
    pub repo_namespace: String,
    /// Name of the repository.
    pub repo_name: String,
    /// Git remote name, usually origin.
    pub remote_name: Option<String>,
    /// Branch that is used.
    pub branch: String,
    /// Further branches merged into the checked-out branch before building.
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub merge_branches: Vec<String>,
    /// A single pull (merge) request number to check out; 0 when none.
    pub pr: Option<i64>,
    /// Pull (merge) request numbers merged into the checkout.
    pub prs: Option<Vec<i64>>,
    /// Tag to check out instead of a branch.
    pub tag: Option<String>,
    /// Whether `commit_id` pins the revision instead of the branch head.
    pub enable_commit: bool,
    /// Commit that was checked out.
    pub commit_id: Option<String>,
    /// Message of that commit.
    pub commit_message: Option<String>,
    /// Directory, relative to the workspace, the repository is cloned into.
    pub checkout_path: Option<String>,
    /// Whether git submodules are fetched too.
    pub submodules: Option<bool>,
    /// Whether the repository is hidden in the UI.
    pub hidden: bool,
    /// Whether the repository's configured default branch is used.
    pub use_default: Option<bool>,
    /// Whether this is the primary repository of the build.
    pub is_primary: bool,
    /// Numeric id of the code host integration.
    pub codehost_id: i64,
    /// Access token of the code host (usually empty).
    pub oauth_token: String,
    /// Base address of the code host.
    pub address: String,
    /// Author of that commit.
    pub author_name: Option<String>,
    /// Committer of that commit.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub committer: Option<String>,
    /// Target branch of the pull request being built.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub target_branch: Option<String>,
    /// Explicit git ref that was checked out, when one was given.
    pub checkout_ref: Option<String>,
    /// User name for code hosts accessed with basic credentials.
    pub username: Option<String>,
    /// Password for code hosts accessed with basic credentials.
    pub password: Option<String>,
    /// Host of a Perforce server.
    pub perforce_host: Option<String>,
    /// Port of a Perforce server.
    pub perforce_port: Option<i64>,
    /// Whether the code host is reached through the configured proxy.
    pub enable_proxy: Option<bool>,
    /// Regular expression that filters the branches or tags offered for selection.
    pub filter_regexp: Option<String>,
    /// How Zadig authenticates to a generic git host.
    pub auth_type: Option<RepoAuthType>,
    /// Private SSH key, when `auth_type` is SSH.
    pub ssh_key: Option<String>,
    /// Access token, when `auth_type` is PrivateAccessToken.
    pub private_access_token: Option<String>,
    /// Where the repository setting comes from.
    pub source_from: RepoSource,
    /// Name of the workflow parameter the repository is bound to.
    pub param_name: String,
    /// Job whose repository this one follows.
    pub job_name: String,
    /// Service the repository belongs to.
    pub service_name: String,
    /// Service component the repository belongs to.
    pub service_module: String,
    /// Position of the repository in its list.
    pub repo_index: i64,
    /// Submission id (used by some code hosts).
    pub submission_id: String,
    /// Whether TLS certificate checks are skipped when cloning.
    ///
    /// The Zadig releases that send or read this field: v3.4.1 and later; the others ignore it when it is sent.
    pub disable_ssl: bool,
    /// Kind of Perforce depot (for example stream or local).
    pub depot_type: Option<String>,
    /// Perforce stream that is synced.
    pub stream: Option<String>,
    /// Perforce client view mapping that is synced.
    pub view_mapping: Option<String>,
    /// Perforce changelist that is synced; 0 for the latest.
    pub changelist_id: Option<i64>,
    /// Perforce shelved changelist that is unshelved on top; 0 for none.
    pub shelve_id: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for Repository {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("source", &self.source);
        map.entry("repo_owner", &self.repo_owner);
        map.entry("repo_namespace", &self.repo_namespace);
        map.entry("repo_name", &self.repo_name);
        map.some("remote_name", &self.remote_name);
        map.entry("branch", &self.branch);
        map.entry("merge_branches", &self.merge_branches);
        map.some("pr", &self.pr);
        map.some("prs", &self.prs);
        map.some("tag", &self.tag);
        map.entry("enable_commit", &self.enable_commit);
        map.some("commit_id", &self.commit_id);
        map.some("commit_message", &self.commit_message);
        map.some("checkout_path", &self.checkout_path);
        map.some("submodules", &self.submodules);
        map.entry("hidden", &self.hidden);
        map.some("use_default", &self.use_default);
        map.entry("is_primary", &self.is_primary);
        map.entry("codehost_id", &self.codehost_id);
        map.entry("oauth_token", &self.oauth_token);
        map.entry("address", &self.address);
        map.some("author_name", &self.author_name);
        map.some("committer", &self.committer);
        map.some("target_branch", &self.target_branch);
        map.some("checkout_ref", &self.checkout_ref);
        map.some("username", &self.username);
        map.some("password", &self.password);
        map.some("perforce_host", &self.perforce_host);
        map.some("perforce_port", &self.perforce_port);
        map.some("enable_proxy", &self.enable_proxy);
        map.some("filter_regexp", &self.filter_regexp);
        map.some("auth_type", &self.auth_type);
        map.some("ssh_key", &self.ssh_key);
        map.some("private_access_token", &self.private_access_token);
        map.entry("source_from", &self.source_from);
        map.entry("param_name", &self.param_name);
        map.entry("job_name", &self.job_name);
        map.entry("service_name", &self.service_name);
        map.entry("service_module", &self.service_module);
        map.entry("repo_index", &self.repo_index);
        map.entry("submission_id", &self.submission_id);
        map.entry("disable_ssl", &self.disable_ssl);
        map.some("depot_type", &self.depot_type);
        map.some("stream", &self.stream);
        map.some("view_mapping", &self.view_mapping);
        map.some("changelist_id", &self.changelist_id);
        map.some("shelve_id", &self.shelve_id);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for Repository {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for Repository {
    const NAME: &'static str = "Repository";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "source" => value(map, &mut self.source),
            "repo_owner" => or_default(map, &mut self.repo_owner),
            "repo_namespace" => or_default(map, &mut self.repo_namespace),
            "repo_name" => or_default(map, &mut self.repo_name),
            "remote_name" => value(map, &mut self.remote_name),
            "branch" => or_default(map, &mut self.branch),
            "merge_branches" => or_default(map, &mut self.merge_branches),
            "pr" => value(map, &mut self.pr),
            "prs" => value(map, &mut self.prs),
            "tag" => value(map, &mut self.tag),
            "enable_commit" => or_default(map, &mut self.enable_commit),
            "commit_id" => value(map, &mut self.commit_id),
            "commit_message" => value(map, &mut self.commit_message),
            "checkout_path" => value(map, &mut self.checkout_path),
            "submodules" => value(map, &mut self.submodules),
            "hidden" => or_default(map, &mut self.hidden),
            "use_default" => value(map, &mut self.use_default),
            "is_primary" => or_default(map, &mut self.is_primary),
            "codehost_id" => or_default(map, &mut self.codehost_id),
            "oauth_token" => or_default(map, &mut self.oauth_token),
            "address" => or_default(map, &mut self.address),
            "author_name" => value(map, &mut self.author_name),
            "committer" => value(map, &mut self.committer),
            "target_branch" => value(map, &mut self.target_branch),
            "checkout_ref" => value(map, &mut self.checkout_ref),
            "username" => value(map, &mut self.username),
            "password" => value(map, &mut self.password),
            "perforce_host" => value(map, &mut self.perforce_host),
            "perforce_port" => value(map, &mut self.perforce_port),
            "enable_proxy" => value(map, &mut self.enable_proxy),
            "filter_regexp" => value(map, &mut self.filter_regexp),
            "auth_type" => value(map, &mut self.auth_type),
            "ssh_key" => value(map, &mut self.ssh_key),
            "private_access_token" => value(map, &mut self.private_access_token),
            "source_from" => or_default(map, &mut self.source_from),
            "param_name" => or_default(map, &mut self.param_name),
            "job_name" => or_default(map, &mut self.job_name),
            "service_name" => or_default(map, &mut self.service_name),
            "service_module" => or_default(map, &mut self.service_module),
            "repo_index" => or_default(map, &mut self.repo_index),
            "submission_id" => or_default(map, &mut self.submission_id),
            "disable_ssl" => or_default(map, &mut self.disable_ssl),
            "depot_type" => value(map, &mut self.depot_type),
            "stream" => value(map, &mut self.stream),
            "view_mapping" => value(map, &mut self.view_mapping),
            "changelist_id" => value(map, &mut self.changelist_id),
            "shelve_id" => value(map, &mut self.shelve_id),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl Repository {
    /// Creates an empty `Repository`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `source` and returns the value, for chaining.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `repo_owner` and returns the value, for chaining.
    pub fn with_repo_owner(mut self, value: impl Into<String>) -> Self {
        self.repo_owner = value.into();
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
    /// Sets `remote_name` and returns the value, for chaining.
    pub fn with_remote_name(mut self, value: impl Into<String>) -> Self {
        self.remote_name = Some(value.into());
        self
    }
    /// Sets `branch` and returns the value, for chaining.
    pub fn with_branch(mut self, value: impl Into<String>) -> Self {
        self.branch = value.into();
        self
    }
    /// Sets `merge_branches` and returns the value, for chaining.
    #[inline]
    pub fn with_merge_branches(mut self, value: Vec<String>) -> Self {
        self.merge_branches = value;
        self
    }
    /// Sets `pr` and returns the value, for chaining.
    #[inline]
    pub fn with_pr(mut self, value: i64) -> Self {
        self.pr = Some(value);
        self
    }
    /// Sets `prs` and returns the value, for chaining.
    #[inline]
    pub fn with_prs(mut self, value: Vec<i64>) -> Self {
        self.prs = Some(value);
        self
    }
    /// Sets `tag` and returns the value, for chaining.
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
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
        self.commit_id = Some(value.into());
        self
    }
    /// Sets `commit_message` and returns the value, for chaining.
    pub fn with_commit_message(mut self, value: impl Into<String>) -> Self {
        self.commit_message = Some(value.into());
        self
    }
    /// Sets `checkout_path` and returns the value, for chaining.
    pub fn with_checkout_path(mut self, value: impl Into<String>) -> Self {
        self.checkout_path = Some(value.into());
        self
    }
    /// Sets `submodules` and returns the value, for chaining.
    #[inline]
    pub fn with_submodules(mut self, value: bool) -> Self {
        self.submodules = Some(value);
        self
    }
    /// Sets `hidden` and returns the value, for chaining.
    #[inline]
    pub fn with_hidden(mut self, value: bool) -> Self {
        self.hidden = value;
        self
    }
    /// Sets `use_default` and returns the value, for chaining.
    #[inline]
    pub fn with_use_default(mut self, value: bool) -> Self {
        self.use_default = Some(value);
        self
    }
    /// Sets `is_primary` and returns the value, for chaining.
    #[inline]
    pub fn with_is_primary(mut self, value: bool) -> Self {
        self.is_primary = value;
        self
    }
    /// Sets `codehost_id` and returns the value, for chaining.
    #[inline]
    pub fn with_codehost_id(mut self, value: i64) -> Self {
        self.codehost_id = value;
        self
    }
    /// Sets `oauth_token` and returns the value, for chaining.
    pub fn with_oauth_token(mut self, value: impl Into<String>) -> Self {
        self.oauth_token = value.into();
        self
    }
    /// Sets `address` and returns the value, for chaining.
    pub fn with_address(mut self, value: impl Into<String>) -> Self {
        self.address = value.into();
        self
    }
    /// Sets `author_name` and returns the value, for chaining.
    pub fn with_author_name(mut self, value: impl Into<String>) -> Self {
        self.author_name = Some(value.into());
        self
    }
    /// Sets `committer` and returns the value, for chaining.
    pub fn with_committer(mut self, value: impl Into<String>) -> Self {
        self.committer = Some(value.into());
        self
    }
    /// Sets `target_branch` and returns the value, for chaining.
    pub fn with_target_branch(mut self, value: impl Into<String>) -> Self {
        self.target_branch = Some(value.into());
        self
    }
    /// Sets `checkout_ref` and returns the value, for chaining.
    pub fn with_checkout_ref(mut self, value: impl Into<String>) -> Self {
        self.checkout_ref = Some(value.into());
        self
    }
    /// Sets `username` and returns the value, for chaining.
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }
    /// Sets `password` and returns the value, for chaining.
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }
    /// Sets `perforce_host` and returns the value, for chaining.
    pub fn with_perforce_host(mut self, value: impl Into<String>) -> Self {
        self.perforce_host = Some(value.into());
        self
    }
    /// Sets `perforce_port` and returns the value, for chaining.
    #[inline]
    pub fn with_perforce_port(mut self, value: i64) -> Self {
        self.perforce_port = Some(value);
        self
    }
    /// Sets `enable_proxy` and returns the value, for chaining.
    #[inline]
    pub fn with_enable_proxy(mut self, value: bool) -> Self {
        self.enable_proxy = Some(value);
        self
    }
    /// Sets `filter_regexp` and returns the value, for chaining.
    pub fn with_filter_regexp(mut self, value: impl Into<String>) -> Self {
        self.filter_regexp = Some(value.into());
        self
    }
    /// Sets `auth_type` and returns the value, for chaining.
    #[inline]
    pub fn with_auth_type(mut self, value: RepoAuthType) -> Self {
        self.auth_type = Some(value);
        self
    }
    /// Sets `ssh_key` and returns the value, for chaining.
    pub fn with_ssh_key(mut self, value: impl Into<String>) -> Self {
        self.ssh_key = Some(value.into());
        self
    }
    /// Sets `private_access_token` and returns the value, for chaining.
    pub fn with_private_access_token(mut self, value: impl Into<String>) -> Self {
        self.private_access_token = Some(value.into());
        self
    }
    /// Sets `source_from` and returns the value, for chaining.
    #[inline]
    pub fn with_source_from(mut self, value: RepoSource) -> Self {
        self.source_from = value;
        self
    }
    /// Sets `param_name` and returns the value, for chaining.
    pub fn with_param_name(mut self, value: impl Into<String>) -> Self {
        self.param_name = value.into();
        self
    }
    /// Sets `job_name` and returns the value, for chaining.
    pub fn with_job_name(mut self, value: impl Into<String>) -> Self {
        self.job_name = value.into();
        self
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
    /// Sets `repo_index` and returns the value, for chaining.
    #[inline]
    pub fn with_repo_index(mut self, value: i64) -> Self {
        self.repo_index = value;
        self
    }
    /// Sets `submission_id` and returns the value, for chaining.
    pub fn with_submission_id(mut self, value: impl Into<String>) -> Self {
        self.submission_id = value.into();
        self
    }
    /// Sets `disable_ssl` and returns the value, for chaining.
    #[inline]
    pub fn with_disable_ssl(mut self, value: bool) -> Self {
        self.disable_ssl = value;
        self
    }
    /// Sets `depot_type` and returns the value, for chaining.
    pub fn with_depot_type(mut self, value: impl Into<String>) -> Self {
        self.depot_type = Some(value.into());
        self
    }
    /// Sets `stream` and returns the value, for chaining.
    pub fn with_stream(mut self, value: impl Into<String>) -> Self {
        self.stream = Some(value.into());
        self
    }
    /// Sets `view_mapping` and returns the value, for chaining.
    pub fn with_view_mapping(mut self, value: impl Into<String>) -> Self {
        self.view_mapping = Some(value.into());
        self
    }
    /// Sets `changelist_id` and returns the value, for chaining.
    #[inline]
    pub fn with_changelist_id(mut self, value: i64) -> Self {
        self.changelist_id = Some(value);
        self
    }
    /// Sets `shelve_id` and returns the value, for chaining.
    #[inline]
    pub fn with_shelve_id(mut self, value: i64) -> Self {
        self.shelve_id = Some(value);
        self
    }
}
/// Where the repository of a job or parameter comes from.
///
/// The set of values is open: a value this version does not know decodes to
/// [`RepoSource::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RepoSource {
    /// ``: Set directly on the job or parameter.
    Fixed,
    /// `param`: Taken from a workflow parameter (see `param_name`).
    Param,
    /// `job`: Taken from another job of the workflow (see `job_name`).
    Job,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl RepoSource {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fixed => "",
            Self::Param => "param",
            Self::Job => "job",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for RepoSource {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for RepoSource {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "" => Self::Fixed,
            "param" => Self::Param,
            "job" => Self::Job,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for RepoSource {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for RepoSource {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for RepoSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RepoSource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RepoSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// How Zadig authenticates to a generic git host.
///
/// The set of values is open: a value this version does not know decodes to
/// [`RepoAuthType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RepoAuthType {
    /// `SSH`: With an SSH private key.
    Ssh,
    /// `PrivateAccessToken`: With a personal access token.
    PrivateAccessToken,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl RepoAuthType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ssh => "SSH",
            Self::PrivateAccessToken => "PrivateAccessToken",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for RepoAuthType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for RepoAuthType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SSH" => Self::Ssh,
            "PrivateAccessToken" => Self::PrivateAccessToken,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for RepoAuthType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for RepoAuthType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for RepoAuthType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RepoAuthType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RepoAuthType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Approval settings of a workflow stage or release plan, and their state.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Approval {
    /// Whether an approval is required.
    pub enabled: bool,
    /// Current state of the approval.
    pub status: WorkflowTaskStatus,
    /// Who handles the approval; the server requires it when `enabled` is true.
    ///
    /// Required when `enabled` is `true`: the server refuses a request without it then.
    pub r#type: ApprovalType,
    /// Text shown to the approvers.
    pub description: String,
    /// When the approval started (Unix seconds); absent before that.
    pub start_time: Option<i64>,
    /// When the approval ended (Unix seconds); absent before that.
    pub end_time: Option<i64>,
    /// Settings when Zadig itself handles the approval.
    pub native_approval: Option<NativeApproval>,
    /// Settings when Feishu (Lark) handles the approval; the server requires them for either edition.
    ///
    /// Required when `type` is `lark` or `lark_intl`: the server refuses a request without it then.
    pub lark_approval: Option<LarkApproval>,
    /// Settings when DingTalk handles the approval.
    pub dingtalk_approval: Option<DingTalkApproval>,
    /// Settings when WeChat Work handles the approval.
    pub workwx_approval: Option<WorkWxApproval>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for Approval {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("enabled", &self.enabled);
        map.entry("status", &self.status);
        map.entry("type", &self.r#type);
        map.entry("description", &self.description);
        map.some("start_time", &self.start_time);
        map.some("end_time", &self.end_time);
        map.some("native_approval", &self.native_approval);
        map.some("lark_approval", &self.lark_approval);
        map.some("dingtalk_approval", &self.dingtalk_approval);
        map.some("workwx_approval", &self.workwx_approval);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for Approval {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for Approval {
    const NAME: &'static str = "Approval";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "enabled" => or_default(map, &mut self.enabled),
            "status" => or_default(map, &mut self.status),
            "type" => or_default(map, &mut self.r#type),
            "description" => or_default(map, &mut self.description),
            "start_time" => value(map, &mut self.start_time),
            "end_time" => value(map, &mut self.end_time),
            "native_approval" => value(map, &mut self.native_approval),
            "lark_approval" => value(map, &mut self.lark_approval),
            "dingtalk_approval" => value(map, &mut self.dingtalk_approval),
            "workwx_approval" => value(map, &mut self.workwx_approval),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl Approval {
    /// Creates an empty `Approval`: optional fields start as `None`, the others as their zero value.
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
    /// Sets `status` and returns the value, for chaining.
    #[inline]
    pub fn with_status(mut self, value: WorkflowTaskStatus) -> Self {
        self.status = value;
        self
    }
    /// Sets `type` and returns the value, for chaining.
    #[inline]
    pub fn with_type(mut self, value: ApprovalType) -> Self {
        self.r#type = value;
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `start_time` and returns the value, for chaining.
    #[inline]
    pub fn with_start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `end_time` and returns the value, for chaining.
    #[inline]
    pub fn with_end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `native_approval` and returns the value, for chaining.
    #[inline]
    pub fn with_native_approval(mut self, value: NativeApproval) -> Self {
        self.native_approval = Some(value);
        self
    }
    /// Sets `lark_approval` and returns the value, for chaining.
    #[inline]
    pub fn with_lark_approval(mut self, value: LarkApproval) -> Self {
        self.lark_approval = Some(value);
        self
    }
    /// Sets `dingtalk_approval` and returns the value, for chaining.
    #[inline]
    pub fn with_dingtalk_approval(mut self, value: DingTalkApproval) -> Self {
        self.dingtalk_approval = Some(value);
        self
    }
    /// Sets `workwx_approval` and returns the value, for chaining.
    #[inline]
    pub fn with_workwx_approval(mut self, value: WorkWxApproval) -> Self {
        self.workwx_approval = Some(value);
        self
    }
}
/// The system that handles an approval.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ApprovalType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApprovalType {
    /// `native`: Zadig itself.
    Native,
    /// `lark`: Feishu (Lark), China edition.
    Lark,
    /// `lark_intl`: Lark, international edition.
    LarkIntl,
    /// `dingtalk`: DingTalk.
    Dingtalk,
    /// `workwx`: WeChat Work.
    Workwx,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ApprovalType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Native => "native",
            Self::Lark => "lark",
            Self::LarkIntl => "lark_intl",
            Self::Dingtalk => "dingtalk",
            Self::Workwx => "workwx",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for ApprovalType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for ApprovalType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "native" => Self::Native,
            "lark" => Self::Lark,
            "lark_intl" => Self::LarkIntl,
            "dingtalk" => Self::Dingtalk,
            "workwx" => Self::Workwx,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ApprovalType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for ApprovalType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ApprovalType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ApprovalType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ApprovalType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// A decision on an approval, of one user or overall.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ApprovalStatus::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApprovalStatus {
    /// ``: No decision yet.
    Pending,
    /// `approve`: Approved.
    Approve,
    /// `reject`: Rejected.
    Reject,
    /// `redirect`: Handed on to another approver.
    Redirect,
    /// `done`: The approval is finished.
    Done,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ApprovalStatus {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "",
            Self::Approve => "approve",
            Self::Reject => "reject",
            Self::Redirect => "redirect",
            Self::Done => "done",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for ApprovalStatus {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for ApprovalStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "" => Self::Pending,
            "approve" => Self::Approve,
            "reject" => Self::Reject,
            "redirect" => Self::Redirect,
            "done" => Self::Done,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ApprovalStatus {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for ApprovalStatus {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ApprovalStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ApprovalStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ApprovalStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// An approval handled inside Zadig.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NativeApproval {
    /// Minutes before the approval lapses.
    pub timeout: i64,
    /// Spelling of `timeout` in the docs' examples; the server does not send it.
    pub timeout_pascal_case: Option<i64>,
    /// Users (or user groups) who may approve, with their decisions.
    pub approve_users: Vec<ApprovalUser>,
    /// The approvers with user groups expanded into their members.
    pub flat_approve_users: Vec<ApprovalUser>,
    /// Number of approvals needed.
    pub needed_approvers: i64,
    /// Spelling of `needed_approvers` in the docs' examples; the server does not send it.
    pub needed_approvers_pascal_case: Option<i64>,
    /// Overall outcome.
    pub reject_or_approve: ApprovalStatus,
    /// Identifier of the approval instance.
    pub instance_code: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for NativeApproval {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("timeout", &self.timeout);
        map.some("Timeout", &self.timeout_pascal_case);
        map.entry("approve_users", &self.approve_users);
        map.entry("flat_approve_users", &self.flat_approve_users);
        map.entry("needed_approvers", &self.needed_approvers);
        map.some("NeededApprovers", &self.needed_approvers_pascal_case);
        map.entry("reject_or_approve", &self.reject_or_approve);
        map.entry("instance_code", &self.instance_code);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for NativeApproval {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for NativeApproval {
    const NAME: &'static str = "NativeApproval";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "timeout" => or_default(map, &mut self.timeout),
            "Timeout" => value(map, &mut self.timeout_pascal_case),
            "approve_users" => or_default(map, &mut self.approve_users),
            "flat_approve_users" => or_default(map, &mut self.flat_approve_users),
            "needed_approvers" => or_default(map, &mut self.needed_approvers),
            "NeededApprovers" => value(map, &mut self.needed_approvers_pascal_case),
            "reject_or_approve" => or_default(map, &mut self.reject_or_approve),
            "instance_code" => or_default(map, &mut self.instance_code),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl NativeApproval {
    /// Creates an empty `NativeApproval`: optional fields start as `None`, the others as their zero value.
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
    /// Sets `timeout_pascal_case` and returns the value, for chaining.
    #[inline]
    pub fn with_timeout_pascal_case(mut self, value: i64) -> Self {
        self.timeout_pascal_case = Some(value);
        self
    }
    /// Sets `approve_users` and returns the value, for chaining.
    #[inline]
    pub fn with_approve_users(mut self, value: Vec<ApprovalUser>) -> Self {
        self.approve_users = value;
        self
    }
    /// Sets `flat_approve_users` and returns the value, for chaining.
    #[inline]
    pub fn with_flat_approve_users(mut self, value: Vec<ApprovalUser>) -> Self {
        self.flat_approve_users = value;
        self
    }
    /// Sets `needed_approvers` and returns the value, for chaining.
    #[inline]
    pub fn with_needed_approvers(mut self, value: i64) -> Self {
        self.needed_approvers = value;
        self
    }
    /// Sets `needed_approvers_pascal_case` and returns the value, for chaining.
    #[inline]
    pub fn with_needed_approvers_pascal_case(mut self, value: i64) -> Self {
        self.needed_approvers_pascal_case = Some(value);
        self
    }
    /// Sets `reject_or_approve` and returns the value, for chaining.
    #[inline]
    pub fn with_reject_or_approve(mut self, value: ApprovalStatus) -> Self {
        self.reject_or_approve = value;
        self
    }
    /// Sets `instance_code` and returns the value, for chaining.
    pub fn with_instance_code(mut self, value: impl Into<String>) -> Self {
        self.instance_code = value.into();
        self
    }
}
/// A user or user group taking part in an approval and, once given, the decision.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApprovalUser {
    /// Whether the entry names a single user or a user group (`user` or `group`).
    pub r#type: String,
    /// Zadig user id.
    pub user_id: Option<String>,
    /// Zadig user name.
    pub user_name: Option<String>,
    /// Zadig user group id, for a group entry.
    pub group_id: Option<String>,
    /// Zadig user group name, for a group entry.
    pub group_name: Option<String>,
    /// The decision.
    pub reject_or_approve: Option<ApprovalStatus>,
    /// Comment left with the decision.
    pub comment: Option<String>,
    /// When the decision was made (Unix seconds).
    pub operation_time: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ApprovalUser {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("type", &self.r#type);
        map.some("user_id", &self.user_id);
        map.some("user_name", &self.user_name);
        map.some("group_id", &self.group_id);
        map.some("group_name", &self.group_name);
        map.some("reject_or_approve", &self.reject_or_approve);
        map.some("comment", &self.comment);
        map.some("operation_time", &self.operation_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ApprovalUser {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ApprovalUser {
    const NAME: &'static str = "ApprovalUser";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "type" => or_default(map, &mut self.r#type),
            "user_id" => value(map, &mut self.user_id),
            "user_name" => value(map, &mut self.user_name),
            "group_id" => value(map, &mut self.group_id),
            "group_name" => value(map, &mut self.group_name),
            "reject_or_approve" => value(map, &mut self.reject_or_approve),
            "comment" => value(map, &mut self.comment),
            "operation_time" => value(map, &mut self.operation_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ApprovalUser {
    /// Creates an empty `ApprovalUser`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
    /// Sets `user_id` and returns the value, for chaining.
    pub fn with_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `user_name` and returns the value, for chaining.
    pub fn with_user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
    /// Sets `group_id` and returns the value, for chaining.
    pub fn with_group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// Sets `group_name` and returns the value, for chaining.
    pub fn with_group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }
    /// Sets `reject_or_approve` and returns the value, for chaining.
    #[inline]
    pub fn with_reject_or_approve(mut self, value: ApprovalStatus) -> Self {
        self.reject_or_approve = Some(value);
        self
    }
    /// Sets `comment` and returns the value, for chaining.
    pub fn with_comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
    /// Sets `operation_time` and returns the value, for chaining.
    #[inline]
    pub fn with_operation_time(mut self, value: i64) -> Self {
        self.operation_time = Some(value);
        self
    }
}
/// An approval handled by a Feishu (Lark) approval flow.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkApproval {
    /// Minutes before the approval lapses.
    pub timeout: i64,
    /// Id of the Feishu approval integration.
    pub approval_id: String,
    /// Feishu user who starts the approval unless the run's executor does.
    pub default_approval_initiator: Option<LarkApprovalUser>,
    /// Feishu user who actually started the approval instance.
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub approval_initiator: Option<LarkApprovalUser>,
    /// Steps of the approval flow.
    pub approval_nodes: Vec<LarkApprovalNode>,
    /// Identifier of the approval instance.
    pub instance_code: String,
    /// The approval instance as Feishu reports it (tasks, comments, timeline).
    ///
    /// The Zadig releases that send or read this field: v4.2.0 and later; the others ignore it when it is sent.
    pub approval_instance: Option<LarkApprovalInstance>,
    /// Feishu users who may approve.
    pub approve_users: Vec<LarkApprovalUser>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkApproval {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("timeout", &self.timeout);
        map.entry("approval_id", &self.approval_id);
        map.some("default_approval_initiator", &self.default_approval_initiator);
        map.some("approval_initiator", &self.approval_initiator);
        map.entry("approval_nodes", &self.approval_nodes);
        map.entry("instance_code", &self.instance_code);
        map.some("approval_instance", &self.approval_instance);
        map.entry("approve_users", &self.approve_users);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkApproval {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkApproval {
    const NAME: &'static str = "LarkApproval";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "timeout" => or_default(map, &mut self.timeout),
            "approval_id" => or_default(map, &mut self.approval_id),
            "default_approval_initiator" => {
                value(map, &mut self.default_approval_initiator)
            }
            "approval_initiator" => value(map, &mut self.approval_initiator),
            "approval_nodes" => or_default(map, &mut self.approval_nodes),
            "instance_code" => or_default(map, &mut self.instance_code),
            "approval_instance" => value(map, &mut self.approval_instance),
            "approve_users" => or_default(map, &mut self.approve_users),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkApproval {
    /// Creates an empty `LarkApproval`: optional fields start as `None`, the others as their zero value.
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
    /// Sets `approval_id` and returns the value, for chaining.
    pub fn with_approval_id(mut self, value: impl Into<String>) -> Self {
        self.approval_id = value.into();
        self
    }
    /// Sets `default_approval_initiator` and returns the value, for chaining.
    #[inline]
    pub fn with_default_approval_initiator(mut self, value: LarkApprovalUser) -> Self {
        self.default_approval_initiator = Some(value);
        self
    }
    /// Sets `approval_initiator` and returns the value, for chaining.
    #[inline]
    pub fn with_approval_initiator(mut self, value: LarkApprovalUser) -> Self {
        self.approval_initiator = Some(value);
        self
    }
    /// Sets `approval_nodes` and returns the value, for chaining.
    #[inline]
    pub fn with_approval_nodes(mut self, value: Vec<LarkApprovalNode>) -> Self {
        self.approval_nodes = value;
        self
    }
    /// Sets `instance_code` and returns the value, for chaining.
    pub fn with_instance_code(mut self, value: impl Into<String>) -> Self {
        self.instance_code = value.into();
        self
    }
    /// Sets `approval_instance` and returns the value, for chaining.
    #[inline]
    pub fn with_approval_instance(mut self, value: LarkApprovalInstance) -> Self {
        self.approval_instance = Some(value);
        self
    }
    /// Sets `approve_users` and returns the value, for chaining.
    #[inline]
    pub fn with_approve_users(mut self, value: Vec<LarkApprovalUser>) -> Self {
        self.approve_users = value;
        self
    }
}
/// One step of a Feishu (Lark) approval flow.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkApprovalNode {
    /// How the approvers' decisions combine at this step.
    pub r#type: LarkApproveType,
    /// Whether the approvers are listed users or user groups.
    ///
    /// The Zadig releases that send or read this field: v3.4.1 and later; the others ignore it when it is sent.
    pub approve_node_type: LarkApproveNodeType,
    /// Feishu user groups that approve at this step.
    ///
    /// The Zadig releases that send or read this field: v3.4.1 and later; the others ignore it when it is sent.
    pub approve_groups: Vec<LarkApprovalGroup>,
    /// Feishu users who approve at this step, with their decisions.
    pub approve_users: Vec<LarkApprovalUser>,
    /// Feishu users who are copied on this step.
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub cc_users: Vec<LarkUserInfo>,
    /// Feishu user groups that are copied on this step.
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub cc_groups: Vec<LarkApprovalGroup>,
    /// Outcome of this step.
    pub reject_or_approve: ApprovalStatus,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkApprovalNode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("type", &self.r#type);
        map.entry("approve_node_type", &self.approve_node_type);
        map.entry("approve_groups", &self.approve_groups);
        map.entry("approve_users", &self.approve_users);
        map.entry("cc_users", &self.cc_users);
        map.entry("cc_groups", &self.cc_groups);
        map.entry("reject_or_approve", &self.reject_or_approve);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkApprovalNode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkApprovalNode {
    const NAME: &'static str = "LarkApprovalNode";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "type" => or_default(map, &mut self.r#type),
            "approve_node_type" => or_default(map, &mut self.approve_node_type),
            "approve_groups" => or_default(map, &mut self.approve_groups),
            "approve_users" => or_default(map, &mut self.approve_users),
            "cc_users" => or_default(map, &mut self.cc_users),
            "cc_groups" => or_default(map, &mut self.cc_groups),
            "reject_or_approve" => or_default(map, &mut self.reject_or_approve),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkApprovalNode {
    /// Creates an empty `LarkApprovalNode`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type` and returns the value, for chaining.
    #[inline]
    pub fn with_type(mut self, value: LarkApproveType) -> Self {
        self.r#type = value;
        self
    }
    /// Sets `approve_node_type` and returns the value, for chaining.
    #[inline]
    pub fn with_approve_node_type(mut self, value: LarkApproveNodeType) -> Self {
        self.approve_node_type = value;
        self
    }
    /// Sets `approve_groups` and returns the value, for chaining.
    #[inline]
    pub fn with_approve_groups(mut self, value: Vec<LarkApprovalGroup>) -> Self {
        self.approve_groups = value;
        self
    }
    /// Sets `approve_users` and returns the value, for chaining.
    #[inline]
    pub fn with_approve_users(mut self, value: Vec<LarkApprovalUser>) -> Self {
        self.approve_users = value;
        self
    }
    /// Sets `cc_users` and returns the value, for chaining.
    #[inline]
    pub fn with_cc_users(mut self, value: Vec<LarkUserInfo>) -> Self {
        self.cc_users = value;
        self
    }
    /// Sets `cc_groups` and returns the value, for chaining.
    #[inline]
    pub fn with_cc_groups(mut self, value: Vec<LarkApprovalGroup>) -> Self {
        self.cc_groups = value;
        self
    }
    /// Sets `reject_or_approve` and returns the value, for chaining.
    #[inline]
    pub fn with_reject_or_approve(mut self, value: ApprovalStatus) -> Self {
        self.reject_or_approve = value;
        self
    }
}
/// How the approvers of a Feishu approval step decide.
///
/// The set of values is open: a value this version does not know decodes to
/// [`LarkApproveType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LarkApproveType {
    /// `START`: The start node of the flow.
    Start,
    /// `AND`: Every approver must approve.
    And,
    /// `OR`: One approval is enough.
    Or,
    /// `SEQUENTIAL`: The approvers decide one after another.
    Sequential,
    /// `END`: The end node of the flow.
    End,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl LarkApproveType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Start => "START",
            Self::And => "AND",
            Self::Or => "OR",
            Self::Sequential => "SEQUENTIAL",
            Self::End => "END",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for LarkApproveType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for LarkApproveType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "START" => Self::Start,
            "AND" => Self::And,
            "OR" => Self::Or,
            "SEQUENTIAL" => Self::Sequential,
            "END" => Self::End,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for LarkApproveType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for LarkApproveType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for LarkApproveType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for LarkApproveType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for LarkApproveType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// How the approvers of a Feishu approval step are given.
///
/// The set of values is open: a value this version does not know decodes to
/// [`LarkApproveNodeType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LarkApproveNodeType {
    /// ``: Listed users.
    Users,
    /// `user_group`: Feishu user groups.
    UserGroup,
    /// `user_dynamic_group`: Dynamic Feishu user groups.
    UserDynamicGroup,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl LarkApproveNodeType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Users => "",
            Self::UserGroup => "user_group",
            Self::UserDynamicGroup => "user_dynamic_group",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for LarkApproveNodeType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for LarkApproveNodeType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "" => Self::Users,
            "user_group" => Self::UserGroup,
            "user_dynamic_group" => Self::UserDynamicGroup,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for LarkApproveNodeType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for LarkApproveNodeType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for LarkApproveNodeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for LarkApproveNodeType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for LarkApproveNodeType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// A Feishu user group in an approval step.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkApprovalGroup {
    /// Id of the Feishu user group.
    pub group_id: String,
    /// Name of the Feishu user group.
    pub group_name: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkApprovalGroup {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("group_id", &self.group_id);
        map.entry("group_name", &self.group_name);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkApprovalGroup {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkApprovalGroup {
    const NAME: &'static str = "LarkApprovalGroup";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "group_id" => or_default(map, &mut self.group_id),
            "group_name" => or_default(map, &mut self.group_name),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkApprovalGroup {
    /// Creates an empty `LarkApprovalGroup`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `group_id` and returns the value, for chaining.
    pub fn with_group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = value.into();
        self
    }
    /// Sets `group_name` and returns the value, for chaining.
    pub fn with_group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = value.into();
        self
    }
}
/// A Feishu user in an approval and, once given, their decision.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkApprovalUser {
    /// The user's Feishu id.
    pub id: Option<String>,
    /// Kind of id in `id`, e.g. user_id or open_id.
    pub id_type: Option<String>,
    /// Display name.
    pub name: Option<String>,
    /// Address of the user's avatar image.
    pub avatar: Option<String>,
    /// Placeholder standing for whoever runs the workflow.
    pub is_executor: Option<bool>,
    /// Placeholder standing for whoever runs the stage.
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub is_stage_executor: Option<bool>,
    /// The user's decision.
    pub reject_or_approve: Option<ApprovalStatus>,
    /// Comment left with the decision.
    pub comment: Option<String>,
    /// When the decision was made (Unix seconds).
    pub operation_time: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkApprovalUser {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.some("id_type", &self.id_type);
        map.some("name", &self.name);
        map.some("avatar", &self.avatar);
        map.some("is_executor", &self.is_executor);
        map.some("is_stage_executor", &self.is_stage_executor);
        map.some("reject_or_approve", &self.reject_or_approve);
        map.some("comment", &self.comment);
        map.some("operation_time", &self.operation_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkApprovalUser {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkApprovalUser {
    const NAME: &'static str = "LarkApprovalUser";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "id" => value(map, &mut self.id),
            "id_type" => value(map, &mut self.id_type),
            "name" => value(map, &mut self.name),
            "avatar" => value(map, &mut self.avatar),
            "is_executor" => value(map, &mut self.is_executor),
            "is_stage_executor" => value(map, &mut self.is_stage_executor),
            "reject_or_approve" => value(map, &mut self.reject_or_approve),
            "comment" => value(map, &mut self.comment),
            "operation_time" => value(map, &mut self.operation_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkApprovalUser {
    /// Creates an empty `LarkApprovalUser`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `id_type` and returns the value, for chaining.
    pub fn with_id_type(mut self, value: impl Into<String>) -> Self {
        self.id_type = Some(value.into());
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `avatar` and returns the value, for chaining.
    pub fn with_avatar(mut self, value: impl Into<String>) -> Self {
        self.avatar = Some(value.into());
        self
    }
    /// Sets `is_executor` and returns the value, for chaining.
    #[inline]
    pub fn with_is_executor(mut self, value: bool) -> Self {
        self.is_executor = Some(value);
        self
    }
    /// Sets `is_stage_executor` and returns the value, for chaining.
    #[inline]
    pub fn with_is_stage_executor(mut self, value: bool) -> Self {
        self.is_stage_executor = Some(value);
        self
    }
    /// Sets `reject_or_approve` and returns the value, for chaining.
    #[inline]
    pub fn with_reject_or_approve(mut self, value: ApprovalStatus) -> Self {
        self.reject_or_approve = Some(value);
        self
    }
    /// Sets `comment` and returns the value, for chaining.
    pub fn with_comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
    /// Sets `operation_time` and returns the value, for chaining.
    #[inline]
    pub fn with_operation_time(mut self, value: i64) -> Self {
        self.operation_time = Some(value);
        self
    }
}
/// A Feishu (Lark) user, as named in notifications and approval copies.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkUserInfo {
    /// The user's Feishu id.
    pub id: String,
    /// Kind of id in `id`, e.g. user_id or open_id.
    pub id_type: String,
    /// Display name.
    pub name: String,
    /// Address of the user's avatar image.
    pub avatar: Option<String>,
    /// Placeholder standing for whoever runs the workflow.
    pub is_executor: bool,
    /// Placeholder standing for whoever runs the stage.
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub is_stage_executor: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkUserInfo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("id", &self.id);
        map.entry("id_type", &self.id_type);
        map.entry("name", &self.name);
        map.some("avatar", &self.avatar);
        map.entry("is_executor", &self.is_executor);
        map.some("is_stage_executor", &self.is_stage_executor);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkUserInfo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkUserInfo {
    const NAME: &'static str = "LarkUserInfo";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => or_default(map, &mut self.id),
            "id_type" => or_default(map, &mut self.id_type),
            "name" => or_default(map, &mut self.name),
            "avatar" => value(map, &mut self.avatar),
            "is_executor" => or_default(map, &mut self.is_executor),
            "is_stage_executor" => value(map, &mut self.is_stage_executor),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkUserInfo {
    /// Creates an empty `LarkUserInfo`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }
    /// Sets `id_type` and returns the value, for chaining.
    pub fn with_id_type(mut self, value: impl Into<String>) -> Self {
        self.id_type = value.into();
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `avatar` and returns the value, for chaining.
    pub fn with_avatar(mut self, value: impl Into<String>) -> Self {
        self.avatar = Some(value.into());
        self
    }
    /// Sets `is_executor` and returns the value, for chaining.
    #[inline]
    pub fn with_is_executor(mut self, value: bool) -> Self {
        self.is_executor = value;
        self
    }
    /// Sets `is_stage_executor` and returns the value, for chaining.
    #[inline]
    pub fn with_is_stage_executor(mut self, value: bool) -> Self {
        self.is_stage_executor = Some(value);
        self
    }
}
/// A Feishu approval instance as Feishu reports it; times are strings as Feishu sends them.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkApprovalInstance {
    /// Name of the Feishu approval definition.
    pub approval_name: Option<String>,
    /// When the instance started.
    pub start_time: Option<String>,
    /// When the instance ended.
    pub end_time: Option<String>,
    /// Feishu user_id of the initiator.
    pub user_id: Option<String>,
    /// Feishu open_id of the initiator.
    pub open_id: Option<String>,
    /// Serial number Feishu gave the instance.
    pub serial_number: Option<String>,
    /// Department of the initiator.
    pub department_id: Option<String>,
    /// State of the instance as Feishu names it (e.g. PENDING, APPROVED, REJECTED).
    pub status: Option<String>,
    /// Unique id of the instance request.
    pub uuid: Option<String>,
    /// The instance's form contents, as a JSON string.
    pub form: Option<String>,
    /// Approval tasks of the instance.
    pub task_list: Option<Vec<LarkInstanceTask>>,
    /// Instance this one modifies, if any.
    pub modified_instance_code: Option<String>,
    /// Instance this one reverts, if any.
    pub reverted_instance_code: Option<String>,
    /// Code of the Feishu approval definition.
    pub approval_code: Option<String>,
    /// Whether the instance was reverted.
    pub reverted: Option<bool>,
    /// Code of the instance.
    pub instance_code: Option<String>,
    /// Comments left on the instance.
    pub comment_list: Option<Vec<LarkInstanceComment>>,
    /// Events of the instance in order.
    pub timeline: Option<Vec<LarkInstanceTimeline>>,
    /// Name of the initiator.
    pub user_name: Option<String>,
    /// Avatar address of the initiator.
    pub user_avatar: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkApprovalInstance {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("approval_name", &self.approval_name);
        map.some("start_time", &self.start_time);
        map.some("end_time", &self.end_time);
        map.some("user_id", &self.user_id);
        map.some("open_id", &self.open_id);
        map.some("serial_number", &self.serial_number);
        map.some("department_id", &self.department_id);
        map.some("status", &self.status);
        map.some("uuid", &self.uuid);
        map.some("form", &self.form);
        map.some("task_list", &self.task_list);
        map.some("modified_instance_code", &self.modified_instance_code);
        map.some("reverted_instance_code", &self.reverted_instance_code);
        map.some("approval_code", &self.approval_code);
        map.some("reverted", &self.reverted);
        map.some("instance_code", &self.instance_code);
        map.some("comment_list", &self.comment_list);
        map.some("timeline", &self.timeline);
        map.some("user_name", &self.user_name);
        map.some("user_avatar", &self.user_avatar);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkApprovalInstance {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkApprovalInstance {
    const NAME: &'static str = "LarkApprovalInstance";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "approval_name" => value(map, &mut self.approval_name),
            "start_time" => value(map, &mut self.start_time),
            "end_time" => value(map, &mut self.end_time),
            "user_id" => value(map, &mut self.user_id),
            "open_id" => value(map, &mut self.open_id),
            "serial_number" => value(map, &mut self.serial_number),
            "department_id" => value(map, &mut self.department_id),
            "status" => value(map, &mut self.status),
            "uuid" => value(map, &mut self.uuid),
            "form" => value(map, &mut self.form),
            "task_list" => value(map, &mut self.task_list),
            "modified_instance_code" => value(map, &mut self.modified_instance_code),
            "reverted_instance_code" => value(map, &mut self.reverted_instance_code),
            "approval_code" => value(map, &mut self.approval_code),
            "reverted" => value(map, &mut self.reverted),
            "instance_code" => value(map, &mut self.instance_code),
            "comment_list" => value(map, &mut self.comment_list),
            "timeline" => value(map, &mut self.timeline),
            "user_name" => value(map, &mut self.user_name),
            "user_avatar" => value(map, &mut self.user_avatar),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkApprovalInstance {
    /// Creates an empty `LarkApprovalInstance`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `approval_name` and returns the value, for chaining.
    pub fn with_approval_name(mut self, value: impl Into<String>) -> Self {
        self.approval_name = Some(value.into());
        self
    }
    /// Sets `start_time` and returns the value, for chaining.
    pub fn with_start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }
    /// Sets `end_time` and returns the value, for chaining.
    pub fn with_end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `user_id` and returns the value, for chaining.
    pub fn with_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `open_id` and returns the value, for chaining.
    pub fn with_open_id(mut self, value: impl Into<String>) -> Self {
        self.open_id = Some(value.into());
        self
    }
    /// Sets `serial_number` and returns the value, for chaining.
    pub fn with_serial_number(mut self, value: impl Into<String>) -> Self {
        self.serial_number = Some(value.into());
        self
    }
    /// Sets `department_id` and returns the value, for chaining.
    pub fn with_department_id(mut self, value: impl Into<String>) -> Self {
        self.department_id = Some(value.into());
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `uuid` and returns the value, for chaining.
    pub fn with_uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
    /// Sets `form` and returns the value, for chaining.
    pub fn with_form(mut self, value: impl Into<String>) -> Self {
        self.form = Some(value.into());
        self
    }
    /// Sets `task_list` and returns the value, for chaining.
    #[inline]
    pub fn with_task_list(mut self, value: Vec<LarkInstanceTask>) -> Self {
        self.task_list = Some(value);
        self
    }
    /// Sets `modified_instance_code` and returns the value, for chaining.
    pub fn with_modified_instance_code(mut self, value: impl Into<String>) -> Self {
        self.modified_instance_code = Some(value.into());
        self
    }
    /// Sets `reverted_instance_code` and returns the value, for chaining.
    pub fn with_reverted_instance_code(mut self, value: impl Into<String>) -> Self {
        self.reverted_instance_code = Some(value.into());
        self
    }
    /// Sets `approval_code` and returns the value, for chaining.
    pub fn with_approval_code(mut self, value: impl Into<String>) -> Self {
        self.approval_code = Some(value.into());
        self
    }
    /// Sets `reverted` and returns the value, for chaining.
    #[inline]
    pub fn with_reverted(mut self, value: bool) -> Self {
        self.reverted = Some(value);
        self
    }
    /// Sets `instance_code` and returns the value, for chaining.
    pub fn with_instance_code(mut self, value: impl Into<String>) -> Self {
        self.instance_code = Some(value.into());
        self
    }
    /// Sets `comment_list` and returns the value, for chaining.
    #[inline]
    pub fn with_comment_list(mut self, value: Vec<LarkInstanceComment>) -> Self {
        self.comment_list = Some(value);
        self
    }
    /// Sets `timeline` and returns the value, for chaining.
    #[inline]
    pub fn with_timeline(mut self, value: Vec<LarkInstanceTimeline>) -> Self {
        self.timeline = Some(value);
        self
    }
    /// Sets `user_name` and returns the value, for chaining.
    pub fn with_user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
    /// Sets `user_avatar` and returns the value, for chaining.
    pub fn with_user_avatar(mut self, value: impl Into<String>) -> Self {
        self.user_avatar = Some(value.into());
        self
    }
}
/// One approval task of a Feishu approval instance.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkInstanceTask {
    /// Id of the task.
    pub id: Option<String>,
    /// Feishu user_id of the approver.
    pub user_id: Option<String>,
    /// Feishu open_id of the approver.
    pub open_id: Option<String>,
    /// State of the task as Feishu names it.
    pub status: Option<String>,
    /// Id of the flow node the task belongs to.
    pub node_id: Option<String>,
    /// Name of that node.
    pub node_name: Option<String>,
    /// Custom id of that node.
    pub custom_node_id: Option<String>,
    /// How the node's approvers decide, as Feishu names it.
    pub r#type: Option<String>,
    /// When the task started.
    pub start_time: Option<String>,
    /// When the task ended.
    pub end_time: Option<String>,
    /// Name of the approver.
    pub user_name: Option<String>,
    /// Avatar address of the approver.
    pub user_avatar: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkInstanceTask {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.some("user_id", &self.user_id);
        map.some("open_id", &self.open_id);
        map.some("status", &self.status);
        map.some("node_id", &self.node_id);
        map.some("node_name", &self.node_name);
        map.some("custom_node_id", &self.custom_node_id);
        map.some("type", &self.r#type);
        map.some("start_time", &self.start_time);
        map.some("end_time", &self.end_time);
        map.some("user_name", &self.user_name);
        map.some("user_avatar", &self.user_avatar);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkInstanceTask {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkInstanceTask {
    const NAME: &'static str = "LarkInstanceTask";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "id" => value(map, &mut self.id),
            "user_id" => value(map, &mut self.user_id),
            "open_id" => value(map, &mut self.open_id),
            "status" => value(map, &mut self.status),
            "node_id" => value(map, &mut self.node_id),
            "node_name" => value(map, &mut self.node_name),
            "custom_node_id" => value(map, &mut self.custom_node_id),
            "type" => value(map, &mut self.r#type),
            "start_time" => value(map, &mut self.start_time),
            "end_time" => value(map, &mut self.end_time),
            "user_name" => value(map, &mut self.user_name),
            "user_avatar" => value(map, &mut self.user_avatar),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkInstanceTask {
    /// Creates an empty `LarkInstanceTask`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `user_id` and returns the value, for chaining.
    pub fn with_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `open_id` and returns the value, for chaining.
    pub fn with_open_id(mut self, value: impl Into<String>) -> Self {
        self.open_id = Some(value.into());
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `node_id` and returns the value, for chaining.
    pub fn with_node_id(mut self, value: impl Into<String>) -> Self {
        self.node_id = Some(value.into());
        self
    }
    /// Sets `node_name` and returns the value, for chaining.
    pub fn with_node_name(mut self, value: impl Into<String>) -> Self {
        self.node_name = Some(value.into());
        self
    }
    /// Sets `custom_node_id` and returns the value, for chaining.
    pub fn with_custom_node_id(mut self, value: impl Into<String>) -> Self {
        self.custom_node_id = Some(value.into());
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `start_time` and returns the value, for chaining.
    pub fn with_start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }
    /// Sets `end_time` and returns the value, for chaining.
    pub fn with_end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `user_name` and returns the value, for chaining.
    pub fn with_user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
    /// Sets `user_avatar` and returns the value, for chaining.
    pub fn with_user_avatar(mut self, value: impl Into<String>) -> Self {
        self.user_avatar = Some(value.into());
        self
    }
}
/// A comment on a Feishu approval instance.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkInstanceComment {
    /// Id of the comment.
    pub id: Option<String>,
    /// Feishu user_id of the author.
    pub user_id: Option<String>,
    /// Feishu open_id of the author.
    pub open_id: Option<String>,
    /// Text of the comment.
    pub comment: Option<String>,
    /// When the comment was written.
    pub create_time: Option<String>,
    /// Files attached to the comment.
    pub files: Option<Vec<LarkFile>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkInstanceComment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("id", &self.id);
        map.some("user_id", &self.user_id);
        map.some("open_id", &self.open_id);
        map.some("comment", &self.comment);
        map.some("create_time", &self.create_time);
        map.some("files", &self.files);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkInstanceComment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkInstanceComment {
    const NAME: &'static str = "LarkInstanceComment";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "id" => value(map, &mut self.id),
            "user_id" => value(map, &mut self.user_id),
            "open_id" => value(map, &mut self.open_id),
            "comment" => value(map, &mut self.comment),
            "create_time" => value(map, &mut self.create_time),
            "files" => value(map, &mut self.files),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkInstanceComment {
    /// Creates an empty `LarkInstanceComment`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `user_id` and returns the value, for chaining.
    pub fn with_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `open_id` and returns the value, for chaining.
    pub fn with_open_id(mut self, value: impl Into<String>) -> Self {
        self.open_id = Some(value.into());
        self
    }
    /// Sets `comment` and returns the value, for chaining.
    pub fn with_comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: impl Into<String>) -> Self {
        self.create_time = Some(value.into());
        self
    }
    /// Sets `files` and returns the value, for chaining.
    #[inline]
    pub fn with_files(mut self, value: Vec<LarkFile>) -> Self {
        self.files = Some(value);
        self
    }
}
/// One event in the history of a Feishu approval instance.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkInstanceTimeline {
    /// Kind of event, as Feishu names it.
    pub r#type: Option<String>,
    /// When it happened.
    pub create_time: Option<String>,
    /// Feishu user_id of the acting user.
    pub user_id: Option<String>,
    /// Feishu open_id of the acting user.
    pub open_id: Option<String>,
    /// Feishu user_ids the event concerns.
    pub user_id_list: Option<Vec<String>>,
    /// Feishu open_ids the event concerns.
    pub open_id_list: Option<Vec<String>>,
    /// Approval task the event belongs to.
    pub task_id: Option<String>,
    /// Comment given with the event.
    pub comment: Option<String>,
    /// Users copied by the event.
    pub cc_user_list: Option<Vec<LarkInstanceCcUser>>,
    /// Extra data of the event, as a JSON string.
    pub ext: Option<String>,
    /// Key of the flow node the event belongs to.
    pub node_key: Option<String>,
    /// Files attached to the event.
    pub files: Option<Vec<LarkFile>>,
    /// Name of the acting user.
    pub user_name: Option<String>,
    /// Avatar address of the acting user.
    pub user_avatar: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkInstanceTimeline {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("type", &self.r#type);
        map.some("create_time", &self.create_time);
        map.some("user_id", &self.user_id);
        map.some("open_id", &self.open_id);
        map.some("user_id_list", &self.user_id_list);
        map.some("open_id_list", &self.open_id_list);
        map.some("task_id", &self.task_id);
        map.some("comment", &self.comment);
        map.some("cc_user_list", &self.cc_user_list);
        map.some("ext", &self.ext);
        map.some("node_key", &self.node_key);
        map.some("files", &self.files);
        map.some("user_name", &self.user_name);
        map.some("user_avatar", &self.user_avatar);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkInstanceTimeline {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkInstanceTimeline {
    const NAME: &'static str = "LarkInstanceTimeline";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "type" => value(map, &mut self.r#type),
            "create_time" => value(map, &mut self.create_time),
            "user_id" => value(map, &mut self.user_id),
            "open_id" => value(map, &mut self.open_id),
            "user_id_list" => value(map, &mut self.user_id_list),
            "open_id_list" => value(map, &mut self.open_id_list),
            "task_id" => value(map, &mut self.task_id),
            "comment" => value(map, &mut self.comment),
            "cc_user_list" => value(map, &mut self.cc_user_list),
            "ext" => value(map, &mut self.ext),
            "node_key" => value(map, &mut self.node_key),
            "files" => value(map, &mut self.files),
            "user_name" => value(map, &mut self.user_name),
            "user_avatar" => value(map, &mut self.user_avatar),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkInstanceTimeline {
    /// Creates an empty `LarkInstanceTimeline`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: impl Into<String>) -> Self {
        self.create_time = Some(value.into());
        self
    }
    /// Sets `user_id` and returns the value, for chaining.
    pub fn with_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `open_id` and returns the value, for chaining.
    pub fn with_open_id(mut self, value: impl Into<String>) -> Self {
        self.open_id = Some(value.into());
        self
    }
    /// Sets `user_id_list` and returns the value, for chaining.
    #[inline]
    pub fn with_user_id_list(mut self, value: Vec<String>) -> Self {
        self.user_id_list = Some(value);
        self
    }
    /// Sets `open_id_list` and returns the value, for chaining.
    #[inline]
    pub fn with_open_id_list(mut self, value: Vec<String>) -> Self {
        self.open_id_list = Some(value);
        self
    }
    /// Sets `task_id` and returns the value, for chaining.
    pub fn with_task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
    /// Sets `comment` and returns the value, for chaining.
    pub fn with_comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
    /// Sets `cc_user_list` and returns the value, for chaining.
    #[inline]
    pub fn with_cc_user_list(mut self, value: Vec<LarkInstanceCcUser>) -> Self {
        self.cc_user_list = Some(value);
        self
    }
    /// Sets `ext` and returns the value, for chaining.
    pub fn with_ext(mut self, value: impl Into<String>) -> Self {
        self.ext = Some(value.into());
        self
    }
    /// Sets `node_key` and returns the value, for chaining.
    pub fn with_node_key(mut self, value: impl Into<String>) -> Self {
        self.node_key = Some(value.into());
        self
    }
    /// Sets `files` and returns the value, for chaining.
    #[inline]
    pub fn with_files(mut self, value: Vec<LarkFile>) -> Self {
        self.files = Some(value);
        self
    }
    /// Sets `user_name` and returns the value, for chaining.
    pub fn with_user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
    /// Sets `user_avatar` and returns the value, for chaining.
    pub fn with_user_avatar(mut self, value: impl Into<String>) -> Self {
        self.user_avatar = Some(value.into());
        self
    }
}
/// A file attached to a Feishu approval comment or event.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkFile {
    /// Download address of the file.
    pub url: Option<String>,
    /// Size in bytes.
    pub file_size: Option<i64>,
    /// File name.
    pub title: Option<String>,
    /// Kind of file.
    pub r#type: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkFile {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("url", &self.url);
        map.some("file_size", &self.file_size);
        map.some("title", &self.title);
        map.some("type", &self.r#type);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkFile {
    const NAME: &'static str = "LarkFile";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "url" => value(map, &mut self.url),
            "file_size" => value(map, &mut self.file_size),
            "title" => value(map, &mut self.title),
            "type" => value(map, &mut self.r#type),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkFile {
    /// Creates an empty `LarkFile`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `url` and returns the value, for chaining.
    pub fn with_url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
    /// Sets `file_size` and returns the value, for chaining.
    #[inline]
    pub fn with_file_size(mut self, value: i64) -> Self {
        self.file_size = Some(value);
        self
    }
    /// Sets `title` and returns the value, for chaining.
    pub fn with_title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
/// A user copied on a Feishu approval instance.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LarkInstanceCcUser {
    /// Feishu user_id of the user.
    pub user_id: Option<String>,
    /// Id of the copy.
    pub cc_id: Option<String>,
    /// Feishu open_id of the user.
    pub open_id: Option<String>,
    /// Name of the user.
    pub user_name: Option<String>,
    /// Avatar address of the user.
    pub user_avatar: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for LarkInstanceCcUser {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("user_id", &self.user_id);
        map.some("cc_id", &self.cc_id);
        map.some("open_id", &self.open_id);
        map.some("user_name", &self.user_name);
        map.some("user_avatar", &self.user_avatar);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for LarkInstanceCcUser {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for LarkInstanceCcUser {
    const NAME: &'static str = "LarkInstanceCcUser";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "user_id" => value(map, &mut self.user_id),
            "cc_id" => value(map, &mut self.cc_id),
            "open_id" => value(map, &mut self.open_id),
            "user_name" => value(map, &mut self.user_name),
            "user_avatar" => value(map, &mut self.user_avatar),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl LarkInstanceCcUser {
    /// Creates an empty `LarkInstanceCcUser`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `user_id` and returns the value, for chaining.
    pub fn with_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `cc_id` and returns the value, for chaining.
    pub fn with_cc_id(mut self, value: impl Into<String>) -> Self {
        self.cc_id = Some(value.into());
        self
    }
    /// Sets `open_id` and returns the value, for chaining.
    pub fn with_open_id(mut self, value: impl Into<String>) -> Self {
        self.open_id = Some(value.into());
        self
    }
    /// Sets `user_name` and returns the value, for chaining.
    pub fn with_user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
    /// Sets `user_avatar` and returns the value, for chaining.
    pub fn with_user_avatar(mut self, value: impl Into<String>) -> Self {
        self.user_avatar = Some(value.into());
        self
    }
}
/// An approval handled by a DingTalk approval flow.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DingTalkApproval {
    /// Minutes before the approval lapses.
    pub timeout: i64,
    /// Spelling of `timeout` in the docs' examples; the server does not send it.
    pub timeout_pascal_case: Option<i64>,
    /// Id of the DingTalk approval integration.
    pub approval_id: String,
    /// DingTalk user who starts the approval on the DingTalk side.
    pub default_approval_initiator: Option<DingTalkApprovalUser>,
    /// Steps of the approval flow.
    pub approval_nodes: Vec<ApprovalNode>,
    /// Identifier of the approval instance.
    pub instance_code: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DingTalkApproval {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("timeout", &self.timeout);
        map.some("Timeout", &self.timeout_pascal_case);
        map.entry("approval_id", &self.approval_id);
        map.some("default_approval_initiator", &self.default_approval_initiator);
        map.entry("approval_nodes", &self.approval_nodes);
        map.entry("instance_code", &self.instance_code);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DingTalkApproval {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DingTalkApproval {
    const NAME: &'static str = "DingTalkApproval";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "timeout" => or_default(map, &mut self.timeout),
            "Timeout" => value(map, &mut self.timeout_pascal_case),
            "approval_id" => or_default(map, &mut self.approval_id),
            "default_approval_initiator" => {
                value(map, &mut self.default_approval_initiator)
            }
            "approval_nodes" => or_default(map, &mut self.approval_nodes),
            "instance_code" => or_default(map, &mut self.instance_code),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DingTalkApproval {
    /// Creates an empty `DingTalkApproval`: optional fields start as `None`, the others as their zero value.
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
    /// Sets `timeout_pascal_case` and returns the value, for chaining.
    #[inline]
    pub fn with_timeout_pascal_case(mut self, value: i64) -> Self {
        self.timeout_pascal_case = Some(value);
        self
    }
    /// Sets `approval_id` and returns the value, for chaining.
    pub fn with_approval_id(mut self, value: impl Into<String>) -> Self {
        self.approval_id = value.into();
        self
    }
    /// Sets `default_approval_initiator` and returns the value, for chaining.
    #[inline]
    pub fn with_default_approval_initiator(
        mut self,
        value: DingTalkApprovalUser,
    ) -> Self {
        self.default_approval_initiator = Some(value);
        self
    }
    /// Sets `approval_nodes` and returns the value, for chaining.
    #[inline]
    pub fn with_approval_nodes(mut self, value: Vec<ApprovalNode>) -> Self {
        self.approval_nodes = value;
        self
    }
    /// Sets `instance_code` and returns the value, for chaining.
    pub fn with_instance_code(mut self, value: impl Into<String>) -> Self {
        self.instance_code = value.into();
        self
    }
}
/// One step of a DingTalk approval flow. (Feishu steps have their own shape, `LarkApprovalNode`.)
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApprovalNode {
    /// DingTalk users who approve at this step, with their decisions.
    pub approve_users: Vec<DingTalkApprovalUser>,
    /// How the users' decisions combine, e.g. AND or OR.
    pub r#type: String,
    /// Outcome of this step.
    pub reject_or_approve: ApprovalStatus,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ApprovalNode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("approve_users", &self.approve_users);
        map.entry("type", &self.r#type);
        map.entry("reject_or_approve", &self.reject_or_approve);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ApprovalNode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ApprovalNode {
    const NAME: &'static str = "ApprovalNode";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "approve_users" => or_default(map, &mut self.approve_users),
            "type" => or_default(map, &mut self.r#type),
            "reject_or_approve" => or_default(map, &mut self.reject_or_approve),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ApprovalNode {
    /// Creates an empty `ApprovalNode`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `approve_users` and returns the value, for chaining.
    #[inline]
    pub fn with_approve_users(mut self, value: Vec<DingTalkApprovalUser>) -> Self {
        self.approve_users = value;
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
    /// Sets `reject_or_approve` and returns the value, for chaining.
    #[inline]
    pub fn with_reject_or_approve(mut self, value: ApprovalStatus) -> Self {
        self.reject_or_approve = value;
        self
    }
}
/// A DingTalk user in an approval and, once given, their decision.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DingTalkApprovalUser {
    /// The user's DingTalk id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Address of the user's avatar image.
    pub avatar: String,
    /// The user's decision.
    pub reject_or_approve: Option<ApprovalStatus>,
    /// Comment left with the decision.
    pub comment: Option<String>,
    /// When the decision was made (Unix seconds).
    pub operation_time: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for DingTalkApprovalUser {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("id", &self.id);
        map.entry("name", &self.name);
        map.entry("avatar", &self.avatar);
        map.some("reject_or_approve", &self.reject_or_approve);
        map.some("comment", &self.comment);
        map.some("operation_time", &self.operation_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for DingTalkApprovalUser {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for DingTalkApprovalUser {
    const NAME: &'static str = "DingTalkApprovalUser";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => or_default(map, &mut self.id),
            "name" => or_default(map, &mut self.name),
            "avatar" => or_default(map, &mut self.avatar),
            "reject_or_approve" => value(map, &mut self.reject_or_approve),
            "comment" => value(map, &mut self.comment),
            "operation_time" => value(map, &mut self.operation_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl DingTalkApprovalUser {
    /// Creates an empty `DingTalkApprovalUser`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `avatar` and returns the value, for chaining.
    pub fn with_avatar(mut self, value: impl Into<String>) -> Self {
        self.avatar = value.into();
        self
    }
    /// Sets `reject_or_approve` and returns the value, for chaining.
    #[inline]
    pub fn with_reject_or_approve(mut self, value: ApprovalStatus) -> Self {
        self.reject_or_approve = Some(value);
        self
    }
    /// Sets `comment` and returns the value, for chaining.
    pub fn with_comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
    /// Sets `operation_time` and returns the value, for chaining.
    #[inline]
    pub fn with_operation_time(mut self, value: i64) -> Self {
        self.operation_time = Some(value);
        self
    }
}
/// An approval handled by a WeChat Work approval flow.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkWxApproval {
    /// Minutes before the approval lapses.
    pub timeout: i64,
    /// Id of the WeChat Work approval integration.
    pub approval_id: String,
    /// WeChat Work user who starts the approval.
    pub creator_user: Option<WorkWxApprovalUser>,
    /// Steps of the approval flow as configured.
    pub approval_nodes: Vec<WorkWxApprovalNode>,
    /// Steps of the approval flow with their progress, once started.
    pub approval_node_details: Vec<WorkWxApprovalNode>,
    /// Identifier of the approval instance.
    pub instance_id: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkWxApproval {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("timeout", &self.timeout);
        map.entry("approval_id", &self.approval_id);
        map.some("creator_user", &self.creator_user);
        map.entry("approval_nodes", &self.approval_nodes);
        map.entry("approval_node_details", &self.approval_node_details);
        map.entry("instance_id", &self.instance_id);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkWxApproval {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkWxApproval {
    const NAME: &'static str = "WorkWxApproval";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "timeout" => or_default(map, &mut self.timeout),
            "approval_id" => or_default(map, &mut self.approval_id),
            "creator_user" => value(map, &mut self.creator_user),
            "approval_nodes" => or_default(map, &mut self.approval_nodes),
            "approval_node_details" => or_default(map, &mut self.approval_node_details),
            "instance_id" => or_default(map, &mut self.instance_id),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkWxApproval {
    /// Creates an empty `WorkWxApproval`: optional fields start as `None`, the others as their zero value.
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
    /// Sets `approval_id` and returns the value, for chaining.
    pub fn with_approval_id(mut self, value: impl Into<String>) -> Self {
        self.approval_id = value.into();
        self
    }
    /// Sets `creator_user` and returns the value, for chaining.
    #[inline]
    pub fn with_creator_user(mut self, value: WorkWxApprovalUser) -> Self {
        self.creator_user = Some(value);
        self
    }
    /// Sets `approval_nodes` and returns the value, for chaining.
    #[inline]
    pub fn with_approval_nodes(mut self, value: Vec<WorkWxApprovalNode>) -> Self {
        self.approval_nodes = value;
        self
    }
    /// Sets `approval_node_details` and returns the value, for chaining.
    #[inline]
    pub fn with_approval_node_details(mut self, value: Vec<WorkWxApprovalNode>) -> Self {
        self.approval_node_details = value;
        self
    }
    /// Sets `instance_id` and returns the value, for chaining.
    pub fn with_instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = value.into();
        self
    }
}
/// A WeChat Work user in an approval.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkWxApprovalUser {
    /// Display name.
    pub name: String,
    /// The user's WeChat Work id.
    pub id: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkWxApprovalUser {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("id", &self.id);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkWxApprovalUser {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkWxApprovalUser {
    const NAME: &'static str = "WorkWxApprovalUser";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "name" => or_default(map, &mut self.name),
            "id" => or_default(map, &mut self.id),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkWxApprovalUser {
    /// Creates an empty `WorkWxApprovalUser`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }
}
/// One step of a WeChat Work approval flow; the numeric codes are WeChat Work's own.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkWxApprovalNode {
    /// Kind of node, as a WeChat Work code.
    pub r#type: i64,
    /// How the approvers' decisions combine, as a WeChat Work code.
    pub apv_rel: i64,
    /// Approvers of the step.
    pub users: Vec<WorkWxApprovalUser>,
    /// WeChat Work ids of the approvers.
    pub userid: Vec<String>,
    /// State of the step, as a WeChat Work code.
    pub status: Option<i64>,
    /// Each approver's part in the step.
    pub sub_nodes: Option<Vec<WorkWxApprovalSubNode>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkWxApprovalNode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("type", &self.r#type);
        map.entry("apv_rel", &self.apv_rel);
        map.entry("users", &self.users);
        map.entry("userid", &self.userid);
        map.some("status", &self.status);
        map.some("sub_nodes", &self.sub_nodes);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkWxApprovalNode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkWxApprovalNode {
    const NAME: &'static str = "WorkWxApprovalNode";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "type" => or_default(map, &mut self.r#type),
            "apv_rel" => or_default(map, &mut self.apv_rel),
            "users" => or_default(map, &mut self.users),
            "userid" => or_default(map, &mut self.userid),
            "status" => value(map, &mut self.status),
            "sub_nodes" => value(map, &mut self.sub_nodes),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkWxApprovalNode {
    /// Creates an empty `WorkWxApprovalNode`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type` and returns the value, for chaining.
    #[inline]
    pub fn with_type(mut self, value: i64) -> Self {
        self.r#type = value;
        self
    }
    /// Sets `apv_rel` and returns the value, for chaining.
    #[inline]
    pub fn with_apv_rel(mut self, value: i64) -> Self {
        self.apv_rel = value;
        self
    }
    /// Sets `users` and returns the value, for chaining.
    #[inline]
    pub fn with_users(mut self, value: Vec<WorkWxApprovalUser>) -> Self {
        self.users = value;
        self
    }
    /// Sets `userid` and returns the value, for chaining.
    #[inline]
    pub fn with_userid(mut self, value: Vec<String>) -> Self {
        self.userid = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    #[inline]
    pub fn with_status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `sub_nodes` and returns the value, for chaining.
    #[inline]
    pub fn with_sub_nodes(mut self, value: Vec<WorkWxApprovalSubNode>) -> Self {
        self.sub_nodes = Some(value);
        self
    }
}
/// One approver's part in a WeChat Work approval step.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkWxApprovalSubNode {
    /// The approver.
    pub user_info: WorkWxApprovalSubNodeUser,
    /// Comment left by the approver.
    pub speech: String,
    /// The approver's decision, as a WeChat Work code.
    pub status: i64,
    /// When the decision was made (Unix seconds).
    pub timestamp: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkWxApprovalSubNode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("user_info", &self.user_info);
        map.entry("speech", &self.speech);
        map.entry("status", &self.status);
        map.entry("timestamp", &self.timestamp);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkWxApprovalSubNode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkWxApprovalSubNode {
    const NAME: &'static str = "WorkWxApprovalSubNode";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "user_info" => or_default(map, &mut self.user_info),
            "speech" => or_default(map, &mut self.speech),
            "status" => or_default(map, &mut self.status),
            "timestamp" => or_default(map, &mut self.timestamp),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkWxApprovalSubNode {
    /// Creates an empty `WorkWxApprovalSubNode`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `user_info` and returns the value, for chaining.
    #[inline]
    pub fn with_user_info(mut self, value: WorkWxApprovalSubNodeUser) -> Self {
        self.user_info = value;
        self
    }
    /// Sets `speech` and returns the value, for chaining.
    pub fn with_speech(mut self, value: impl Into<String>) -> Self {
        self.speech = value.into();
        self
    }
    /// Sets `status` and returns the value, for chaining.
    #[inline]
    pub fn with_status(mut self, value: i64) -> Self {
        self.status = value;
        self
    }
    /// Sets `timestamp` and returns the value, for chaining.
    #[inline]
    pub fn with_timestamp(mut self, value: i64) -> Self {
        self.timestamp = value;
        self
    }
}
/// The approver named in a WeChat Work approval sub-step.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WorkWxApprovalSubNodeUser {
    /// The approver's WeChat Work id.
    pub user_id: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for WorkWxApprovalSubNodeUser {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("user_id", &self.user_id);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for WorkWxApprovalSubNodeUser {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for WorkWxApprovalSubNodeUser {
    const NAME: &'static str = "WorkWxApprovalSubNodeUser";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "user_id" => or_default(map, &mut self.user_id),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl WorkWxApprovalSubNodeUser {
    /// Creates an empty `WorkWxApprovalSubNodeUser`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `user_id` and returns the value, for chaining.
    pub fn with_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = value.into();
        self
    }
}
/// Kind of a service or global variable, which decides how its value is read.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ServiceVariableType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceVariableType {
    /// `string`: Free text.
    String,
    /// `bool`: A true/false switch.
    Bool,
    /// `enum`: One of the values listed in `options`.
    Enum,
    /// `yaml`: A YAML fragment given as text.
    Yaml,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ServiceVariableType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "string",
            Self::Bool => "bool",
            Self::Enum => "enum",
            Self::Yaml => "yaml",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for ServiceVariableType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for ServiceVariableType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "string" => Self::String,
            "bool" => Self::Bool,
            "enum" => Self::Enum,
            "yaml" => Self::Yaml,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ServiceVariableType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for ServiceVariableType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ServiceVariableType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ServiceVariableType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ServiceVariableType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// One variable of a service deployed in an environment (the docs' VariableKV), optionally bound to the environment's global variable of the same key. (A service's own variable definition, without the binding, is `BasicServiceVariableKV`.)
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceVariableKV {
    /// Name of the variable.
    pub key: String,
    /// Value of the variable (usually a string; a bool for bool variables).
    pub value: Option<serde_json::Value>,
    /// Kind of the variable.
    pub r#type: Option<ServiceVariableType>,
    /// Allowed values when the type is enum.
    pub options: Option<Vec<String>>,
    /// Free-text description of the variable.
    pub desc: Option<String>,
    /// Take the value from the environment's global variable with the same key.
    pub use_global_variable: bool,
    /// Flag the server stores with the variable to mark it as a reference variable.
    pub is_reference_variable: bool,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ServiceVariableKV {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.some("value", &self.value);
        map.some("type", &self.r#type);
        map.some("options", &self.options);
        map.some("desc", &self.desc);
        map.entry("use_global_variable", &self.use_global_variable);
        map.entry("is_reference_variable", &self.is_reference_variable);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ServiceVariableKV {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ServiceVariableKV {
    const NAME: &'static str = "ServiceVariableKV";
    const REQUIRED: &'static [&'static str] = &["key"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "key" => required(map, &mut self.key, 0u32),
            "value" => value(map, &mut self.value),
            "type" => value(map, &mut self.r#type),
            "options" => value(map, &mut self.options),
            "desc" => value(map, &mut self.desc),
            "use_global_variable" => or_default(map, &mut self.use_global_variable),
            "is_reference_variable" => or_default(map, &mut self.is_reference_variable),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ServiceVariableKV {
    /// Creates a `ServiceVariableKV` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            ..Self::default()
        }
    }
    /// Sets `value` and returns the value, for chaining.
    #[inline]
    pub fn with_value(mut self, value: serde_json::Value) -> Self {
        self.value = Some(value);
        self
    }
    /// Sets `type` and returns the value, for chaining.
    #[inline]
    pub fn with_type(mut self, value: ServiceVariableType) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Sets `options` and returns the value, for chaining.
    #[inline]
    pub fn with_options(mut self, value: Vec<String>) -> Self {
        self.options = Some(value);
        self
    }
    /// Sets `desc` and returns the value, for chaining.
    pub fn with_desc(mut self, value: impl Into<String>) -> Self {
        self.desc = Some(value.into());
        self
    }
    /// Sets `use_global_variable` and returns the value, for chaining.
    #[inline]
    pub fn with_use_global_variable(mut self, value: bool) -> Self {
        self.use_global_variable = value;
        self
    }
    /// Sets `is_reference_variable` and returns the value, for chaining.
    #[inline]
    pub fn with_is_reference_variable(mut self, value: bool) -> Self {
        self.is_reference_variable = value;
        self
    }
}
/// One variable of a service as the service defines it: key, value and kind, without any binding to an environment's global variables.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BasicServiceVariableKV {
    /// Name of the variable.
    pub key: String,
    /// Value of the variable (usually a string; a bool for bool variables).
    pub value: Option<serde_json::Value>,
    /// Kind of the variable.
    pub r#type: ServiceVariableType,
    /// Allowed values when the type is enum.
    pub options: Vec<String>,
    /// Free-text description of the variable.
    pub desc: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for BasicServiceVariableKV {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.some("value", &self.value);
        map.entry("type", &self.r#type);
        map.entry("options", &self.options);
        map.entry("desc", &self.desc);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for BasicServiceVariableKV {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for BasicServiceVariableKV {
    const NAME: &'static str = "BasicServiceVariableKV";
    const REQUIRED: &'static [&'static str] = &["key"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "key" => required(map, &mut self.key, 0u32),
            "value" => value(map, &mut self.value),
            "type" => or_default(map, &mut self.r#type),
            "options" => or_default(map, &mut self.options),
            "desc" => or_default(map, &mut self.desc),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl BasicServiceVariableKV {
    /// Creates a `BasicServiceVariableKV` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            ..Self::default()
        }
    }
    /// Sets `value` and returns the value, for chaining.
    #[inline]
    pub fn with_value(mut self, value: serde_json::Value) -> Self {
        self.value = Some(value);
        self
    }
    /// Sets `type` and returns the value, for chaining.
    #[inline]
    pub fn with_type(mut self, value: ServiceVariableType) -> Self {
        self.r#type = value;
        self
    }
    /// Sets `options` and returns the value, for chaining.
    #[inline]
    pub fn with_options(mut self, value: Vec<String>) -> Self {
        self.options = value;
        self
    }
    /// Sets `desc` and returns the value, for chaining.
    pub fn with_desc(mut self, value: impl Into<String>) -> Self {
        self.desc = value.into();
        self
    }
}
/// A global variable of an environment, shared by the services that refer to it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GlobalVariableKV {
    /// Name of the variable.
    pub key: String,
    /// Value of the variable (usually a string; a bool for bool variables).
    pub value: Option<serde_json::Value>,
    /// Kind of the variable.
    pub r#type: Option<ServiceVariableType>,
    /// Allowed values when the type is enum.
    pub options: Option<Vec<String>>,
    /// Free-text description of the variable.
    pub desc: Option<String>,
    /// Services whose variables use this global variable.
    pub related_services: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for GlobalVariableKV {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.some("value", &self.value);
        map.some("type", &self.r#type);
        map.some("options", &self.options);
        map.some("desc", &self.desc);
        map.entry("related_services", &self.related_services);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for GlobalVariableKV {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for GlobalVariableKV {
    const NAME: &'static str = "GlobalVariableKV";
    const REQUIRED: &'static [&'static str] = &["key"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "key" => required(map, &mut self.key, 0u32),
            "value" => value(map, &mut self.value),
            "type" => value(map, &mut self.r#type),
            "options" => value(map, &mut self.options),
            "desc" => value(map, &mut self.desc),
            "related_services" => or_default(map, &mut self.related_services),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl GlobalVariableKV {
    /// Creates a `GlobalVariableKV` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            ..Self::default()
        }
    }
    /// Sets `value` and returns the value, for chaining.
    #[inline]
    pub fn with_value(mut self, value: serde_json::Value) -> Self {
        self.value = Some(value);
        self
    }
    /// Sets `type` and returns the value, for chaining.
    #[inline]
    pub fn with_type(mut self, value: ServiceVariableType) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Sets `options` and returns the value, for chaining.
    #[inline]
    pub fn with_options(mut self, value: Vec<String>) -> Self {
        self.options = Some(value);
        self
    }
    /// Sets `desc` and returns the value, for chaining.
    pub fn with_desc(mut self, value: impl Into<String>) -> Self {
        self.desc = Some(value.into());
        self
    }
    /// Sets `related_services` and returns the value, for chaining.
    #[inline]
    pub fn with_related_services(mut self, value: Vec<String>) -> Self {
        self.related_services = value;
        self
    }
}
/// State of a workflow run, stage, job or approval. The lifecycle marks follow the server's lists of completed and not-yet-completed states, and treat the states where a run stops for a person (pause, breakpoints, manual error handling) as not ended.
///
/// The set of values is open: a value this version does not know decodes to
/// [`WorkflowTaskStatus::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkflowTaskStatus {
    /// `disabled`: Switched off; used for the status Zadig reports back to code hosts.
    Disabled,
    /// `created`: Created and queued, not started yet.
    Created,
    /// `running`: Running.
    Running,
    /// `passed`: Finished successfully.
    Passed,
    /// `skipped`: Not run, because it was skipped.
    Skipped,
    /// `failed`: Finished with an error.
    Failed,
    /// `timeout`: Stopped because it ran too long.
    Timeout,
    /// `cancelled`: Stopped by a user.
    Cancelled,
    /// `pause`: Paused, e.g. before a stage that waits to be started by hand.
    Pause,
    /// `waiting`: Waiting in the queue for its turn.
    Waiting,
    /// `queued`: Waiting in the queue for a free slot.
    Queued,
    /// `blocked`: Held back in the queue, for example by the workflow's concurrency limit.
    Blocked,
    /// `pending`: Pending; used for the status Zadig reports back to code hosts.
    Pending,
    /// `changed`: Used as a notification trigger: the state differs from the previous run's. Runs themselves do not take this state.
    Changed,
    /// `notRun`: Did not run (as reported in notifications).
    NotRun,
    /// `prepare`: Being prepared to start.
    Prepare,
    /// `reject`: Rejected in an approval.
    Reject,
    /// `distributed`: Handed to a host agent (virtual-machine jobs).
    Distributed,
    /// `wait_for_approval`: Waiting for an approval.
    WaitForApproval,
    /// `debug_before`: Stopped at a breakpoint before a job for debugging.
    DebugBefore,
    /// `debug_after`: Stopped at a breakpoint after a job for debugging.
    DebugAfter,
    /// `unstable`: Finished, but with an unstable result.
    Unstable,
    /// `wait_for_manual_error_handling`: A job failed and the run waits for a person to decide how to go on.
    WaitForManualErrorHandling,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl WorkflowTaskStatus {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::Created => "created",
            Self::Running => "running",
            Self::Passed => "passed",
            Self::Skipped => "skipped",
            Self::Failed => "failed",
            Self::Timeout => "timeout",
            Self::Cancelled => "cancelled",
            Self::Pause => "pause",
            Self::Waiting => "waiting",
            Self::Queued => "queued",
            Self::Blocked => "blocked",
            Self::Pending => "pending",
            Self::Changed => "changed",
            Self::NotRun => "notRun",
            Self::Prepare => "prepare",
            Self::Reject => "reject",
            Self::Distributed => "distributed",
            Self::WaitForApproval => "wait_for_approval",
            Self::DebugBefore => "debug_before",
            Self::DebugAfter => "debug_after",
            Self::Unstable => "unstable",
            Self::WaitForManualErrorHandling => "wait_for_manual_error_handling",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Whether a run in this state has ended: `Some(true)` for `passed`, `failed`, `timeout`, `cancelled`, `reject`; `Some(false)` for `created`, `running`, `pause`, `waiting`, `queued`, `blocked`, `pending`, `prepare`, `wait_for_approval`, `debug_before`, `debug_after`, `wait_for_manual_error_handling`; `None` for the other values and for unknown ones, which the spec does not place.
    pub fn is_final(&self) -> Option<bool> {
        match self {
            Self::Passed
            | Self::Failed
            | Self::Timeout
            | Self::Cancelled
            | Self::Reject => Some(true),
            Self::Created
            | Self::Running
            | Self::Pause
            | Self::Waiting
            | Self::Queued
            | Self::Blocked
            | Self::Pending
            | Self::Prepare
            | Self::WaitForApproval
            | Self::DebugBefore
            | Self::DebugAfter
            | Self::WaitForManualErrorHandling => Some(false),
            _ => None,
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for WorkflowTaskStatus {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for WorkflowTaskStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "disabled" => Self::Disabled,
            "created" => Self::Created,
            "running" => Self::Running,
            "passed" => Self::Passed,
            "skipped" => Self::Skipped,
            "failed" => Self::Failed,
            "timeout" => Self::Timeout,
            "cancelled" => Self::Cancelled,
            "pause" => Self::Pause,
            "waiting" => Self::Waiting,
            "queued" => Self::Queued,
            "blocked" => Self::Blocked,
            "pending" => Self::Pending,
            "changed" => Self::Changed,
            "notRun" => Self::NotRun,
            "prepare" => Self::Prepare,
            "reject" => Self::Reject,
            "distributed" => Self::Distributed,
            "wait_for_approval" => Self::WaitForApproval,
            "debug_before" => Self::DebugBefore,
            "debug_after" => Self::DebugAfter,
            "unstable" => Self::Unstable,
            "wait_for_manual_error_handling" => Self::WaitForManualErrorHandling,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for WorkflowTaskStatus {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for WorkflowTaskStatus {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for WorkflowTaskStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for WorkflowTaskStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for WorkflowTaskStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Kind of a job or trigger variable.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ParameterSettingType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParameterSettingType {
    /// `string`: Free text.
    String,
    /// `choice`: One value out of a fixed list.
    Choice,
    /// `multi-select`: Several values out of a fixed list.
    MultiSelect,
    /// `image`: A container image from a registry.
    Image,
    /// `script`: Computed by a script.
    Script,
    /// `file`: An uploaded file.
    File,
    /// `external`: Supplied by an external system.
    External,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ParameterSettingType {
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
impl Default for ParameterSettingType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for ParameterSettingType {
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
impl From<String> for ParameterSettingType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for ParameterSettingType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ParameterSettingType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ParameterSettingType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ParameterSettingType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// A service component an approval form applies to.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ApprovalTicketService {
    /// Name of the service.
    pub service_name: String,
    /// Name of the service component.
    pub service_module: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ApprovalTicketService {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("service_name", &self.service_name);
        map.entry("service_module", &self.service_module);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ApprovalTicketService {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ApprovalTicketService {
    const NAME: &'static str = "ApprovalTicketService";
    const REQUIRED: &'static [&'static str] = &["service_name", "service_module"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "service_name" => required(map, &mut self.service_name, 0u32),
            "service_module" => required(map, &mut self.service_module, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ApprovalTicketService {
    /// Creates a `ApprovalTicketService` from its required fields; optional fields start as `None`, the others as their zero value.
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
}
/// A variable with its value and kind, as jobs and triggers use them.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeyVal {
    /// Name of the variable.
    pub key: String,
    /// Value of the variable.
    pub value: String,
    /// Kind of the variable.
    pub r#type: Option<ParameterSettingType>,
    /// Image registry to pick from, for image variables.
    pub registry_id: String,
    /// The values a choice variable offers.
    pub choice_option: Option<Vec<String>>,
    /// The values picked, for a multi-select variable.
    pub choice_value: Option<Vec<String>>,
    /// Script whose output supplies the value, for script variables.
    pub script: Option<String>,
    /// Function of the script that is called to get the value.
    pub call_function: Option<String>,
    /// Other variables the script refers to.
    pub function_reference: Option<Vec<String>>,
    /// Path the uploaded file is placed at, for file variables.
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub file_path: Option<String>,
    /// Name of the uploaded file, for file variables.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub file_name: Option<String>,
    /// Id of the uploaded file, for file variables.
    ///
    /// The Zadig releases that send or read this field: v4.1.0 and later; the others ignore it when it is sent.
    pub file_id: Option<String>,
    /// Whether the value is secret and hidden in the UI and logs.
    pub is_credential: bool,
    /// What the variable is for.
    pub description: String,
    /// Whether a value must be given.
    ///
    /// The Zadig releases that send or read this field: v5.0.0 and later; the others ignore it when it is sent.
    pub required: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for KeyVal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.entry("value", &self.value);
        map.some("type", &self.r#type);
        map.entry("registry_id", &self.registry_id);
        map.some("choice_option", &self.choice_option);
        map.some("choice_value", &self.choice_value);
        map.some("script", &self.script);
        map.some("call_function", &self.call_function);
        map.some("function_reference", &self.function_reference);
        map.some("file_path", &self.file_path);
        map.some("file_name", &self.file_name);
        map.some("file_id", &self.file_id);
        map.entry("is_credential", &self.is_credential);
        map.entry("description", &self.description);
        map.some("required", &self.required);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for KeyVal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for KeyVal {
    const NAME: &'static str = "KeyVal";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "key" => or_default(map, &mut self.key),
            "value" => or_default(map, &mut self.value),
            "type" => value(map, &mut self.r#type),
            "registry_id" => or_default(map, &mut self.registry_id),
            "choice_option" => value(map, &mut self.choice_option),
            "choice_value" => value(map, &mut self.choice_value),
            "script" => value(map, &mut self.script),
            "call_function" => value(map, &mut self.call_function),
            "function_reference" => value(map, &mut self.function_reference),
            "file_path" => value(map, &mut self.file_path),
            "file_name" => value(map, &mut self.file_name),
            "file_id" => value(map, &mut self.file_id),
            "is_credential" => or_default(map, &mut self.is_credential),
            "description" => or_default(map, &mut self.description),
            "required" => value(map, &mut self.required),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl KeyVal {
    /// Creates an empty `KeyVal`: optional fields start as `None`, the others as their zero value.
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
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        self
    }
    /// Sets `type` and returns the value, for chaining.
    #[inline]
    pub fn with_type(mut self, value: ParameterSettingType) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Sets `registry_id` and returns the value, for chaining.
    pub fn with_registry_id(mut self, value: impl Into<String>) -> Self {
        self.registry_id = value.into();
        self
    }
    /// Sets `choice_option` and returns the value, for chaining.
    #[inline]
    pub fn with_choice_option(mut self, value: Vec<String>) -> Self {
        self.choice_option = Some(value);
        self
    }
    /// Sets `choice_value` and returns the value, for chaining.
    #[inline]
    pub fn with_choice_value(mut self, value: Vec<String>) -> Self {
        self.choice_value = Some(value);
        self
    }
    /// Sets `script` and returns the value, for chaining.
    pub fn with_script(mut self, value: impl Into<String>) -> Self {
        self.script = Some(value.into());
        self
    }
    /// Sets `call_function` and returns the value, for chaining.
    pub fn with_call_function(mut self, value: impl Into<String>) -> Self {
        self.call_function = Some(value.into());
        self
    }
    /// Sets `function_reference` and returns the value, for chaining.
    #[inline]
    pub fn with_function_reference(mut self, value: Vec<String>) -> Self {
        self.function_reference = Some(value);
        self
    }
    /// Sets `file_path` and returns the value, for chaining.
    pub fn with_file_path(mut self, value: impl Into<String>) -> Self {
        self.file_path = Some(value.into());
        self
    }
    /// Sets `file_name` and returns the value, for chaining.
    pub fn with_file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `file_id` and returns the value, for chaining.
    pub fn with_file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
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
    /// Sets `required` and returns the value, for chaining.
    #[inline]
    pub fn with_required(mut self, value: bool) -> Self {
        self.required = Some(value);
        self
    }
}
/// Keys in a chart's values that hold the parts of a container's image address.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ImagePathSpec {
    /// Values key of the registry address.
    pub repo: Option<String>,
    /// Values key of the registry namespace.
    pub namespace: Option<String>,
    /// Values key of the image name.
    pub image: Option<String>,
    /// Values key of the image tag.
    pub tag: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ImagePathSpec {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("repo", &self.repo);
        map.some("namespace", &self.namespace);
        map.some("image", &self.image);
        map.some("tag", &self.tag);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ImagePathSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ImagePathSpec {
    const NAME: &'static str = "ImagePathSpec";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "repo" => value(map, &mut self.repo),
            "namespace" => value(map, &mut self.namespace),
            "image" => value(map, &mut self.image),
            "tag" => value(map, &mut self.tag),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ImagePathSpec {
    /// Creates an empty `ImagePathSpec`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `repo` and returns the value, for chaining.
    pub fn with_repo(mut self, value: impl Into<String>) -> Self {
        self.repo = Some(value.into());
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Sets `image` and returns the value, for chaining.
    pub fn with_image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self
    }
    /// Sets `tag` and returns the value, for chaining.
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
}
/// A key and its value, which may be any JSON value; used to give values to template variables.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeyAnyValue {
    /// Name of the variable.
    pub key: String,
    /// Value of the variable (a string, number, bool or structured value).
    pub value: Option<serde_json::Value>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for KeyAnyValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.some("value", &self.value);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for KeyAnyValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for KeyAnyValue {
    const NAME: &'static str = "KeyAnyValue";
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
impl KeyAnyValue {
    /// Creates an empty `KeyAnyValue`: optional fields start as `None`, the others as their zero value.
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
/// A component (container) of a service and the image it runs.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvServiceContainer {
    /// Name of the service component.
    pub name: String,
    /// Full image address, including the tag.
    pub image: String,
    /// Image name without registry and tag.
    pub image_name: String,
    /// Whether it is an init container; empty for an ordinary container.
    pub r#type: ContainerType,
    /// Where the parts of the image address (repository, namespace, name, tag) are found in the service's values, for Helm services.
    ///
    /// The Zadig releases that send or read this field: v4.0.0 and later; the others ignore it when it is sent.
    pub image_path: Option<ImagePathSpec>,
    /// The same as `image_path`, under the wire name `imagePath` that releases up to v3.4.1 send and read.
    ///
    /// The Zadig releases that send or read this field: v3.4.0 to v3.4.1; the others ignore it when it is sent.
    pub legacy_image_path: Option<ImagePathSpec>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for EnvServiceContainer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("image", &self.image);
        map.entry("image_name", &self.image_name);
        map.entry("type", &self.r#type);
        map.some("image_path", &self.image_path);
        map.some("imagePath", &self.legacy_image_path);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for EnvServiceContainer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for EnvServiceContainer {
    const NAME: &'static str = "EnvServiceContainer";
    const REQUIRED: &'static [&'static str] = &["name", "image", "image_name"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "name" => required(map, &mut self.name, 0u32),
            "image" => required(map, &mut self.image, 1u32),
            "image_name" => required(map, &mut self.image_name, 2u32),
            "type" => or_default(map, &mut self.r#type),
            "image_path" => value(map, &mut self.image_path),
            "imagePath" => value(map, &mut self.legacy_image_path),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl EnvServiceContainer {
    /// Creates a `EnvServiceContainer` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        image: impl Into<String>,
        image_name: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            image: image.into(),
            image_name: image_name.into(),
            ..Self::default()
        }
    }
    /// Sets `type` and returns the value, for chaining.
    #[inline]
    pub fn with_type(mut self, value: ContainerType) -> Self {
        self.r#type = value;
        self
    }
    /// Sets `image_path` and returns the value, for chaining.
    #[inline]
    pub fn with_image_path(mut self, value: ImagePathSpec) -> Self {
        self.image_path = Some(value);
        self
    }
    /// Sets `legacy_image_path` and returns the value, for chaining.
    #[inline]
    pub fn with_legacy_image_path(mut self, value: ImagePathSpec) -> Self {
        self.legacy_image_path = Some(value);
        self
    }
}
/// Kind of a service's container.
///
/// The set of values is open: a value this version does not know decodes to
/// [`ContainerType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContainerType {
    /// `init`: An init container, run to completion before the others start.
    Init,
    /// ``: An ordinary container (the value is the empty string).
    Normal,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl ContainerType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Init => "init",
            Self::Normal => "",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for ContainerType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for ContainerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "init" => Self::Init,
            "" => Self::Normal,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for ContainerType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for ContainerType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ContainerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ContainerType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ContainerType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
