// @generated from spec/system.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the System API.
//!
//! Audit trails (system operation logs and environment operation logs) and the caller's CLI context.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// Which filter of the system operation log applies.
///
/// The set of values is open: a value this version does not know decodes to
/// [`OperationLogSearchType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperationLogSearchType {
    /// `all`: None; every entry.
    All,
    /// `project`: The project key (`projectKey`).
    Project,
    /// `user`: The user name (`username`).
    User,
    /// `function`: The function, the area of Zadig acted on (`function`).
    Function,
    /// `status`: The HTTP status code (`status`).
    Status,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl OperationLogSearchType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::Project => "project",
            Self::User => "user",
            Self::Function => "function",
            Self::Status => "status",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for OperationLogSearchType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for OperationLogSearchType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "all" => Self::All,
            "project" => Self::Project,
            "user" => Self::User,
            "function" => Self::Function,
            "status" => Self::Status,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for OperationLogSearchType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for OperationLogSearchType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for OperationLogSearchType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OperationLogSearchType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for OperationLogSearchType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// Which extra filter of the environments' operation log applies.
///
/// The set of values is open: a value this version does not know decodes to
/// [`EnvOperationLogSearchType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnvOperationLogSearchType {
    /// `all`: None; every entry about the environment.
    All,
    /// `user`: The user name (`username`).
    User,
    /// `function`: The function, the area of Zadig acted on (`function`).
    Function,
    /// `status`: The HTTP status code (`status`).
    Status,
    /// `detail`: The detail text (`detail`).
    Detail,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl EnvOperationLogSearchType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::User => "user",
            Self::Function => "function",
            Self::Status => "status",
            Self::Detail => "detail",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for EnvOperationLogSearchType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for EnvOperationLogSearchType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "all" => Self::All,
            "user" => Self::User,
            "function" => Self::Function,
            "status" => Self::Status,
            "detail" => Self::Detail,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for EnvOperationLogSearchType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for EnvOperationLogSearchType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for EnvOperationLogSearchType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EnvOperationLogSearchType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EnvOperationLogSearchType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// One page of operation log entries.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SystemOperationLogList {
    /// The entries on this page, newest first.
    pub operation_logs: Vec<SystemOperationLog>,
    /// Number of entries matching the filters, over all pages.
    pub total: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for SystemOperationLogList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("operation_logs", &self.operation_logs);
        map.some("total", &self.total);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for SystemOperationLogList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for SystemOperationLogList {
    const NAME: &'static str = "SystemOperationLogList";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "operation_logs" => or_default(map, &mut self.operation_logs),
            "total" => value(map, &mut self.total),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl SystemOperationLogList {
    /// Creates an empty `SystemOperationLogList`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One recorded user operation.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SystemOperationLog {
    /// Who did it (calls through the API are marked `(openAPI)` after the name).
    pub username: String,
    /// Key of the project acted on (empty for system-level operations).
    pub project_key: String,
    /// The kind of operation, a verb such as create, update or delete (worded in Chinese).
    pub method: String,
    /// The area of Zadig acted on, e.g. workflows or environments (worded in Chinese).
    pub function: String,
    /// Category of the object acted on, e.g. `project`, `workflow` or `environment`; may be empty.
    pub scene: String,
    /// Names of the objects acted on, e.g. environment names.
    pub targets: Vec<String>,
    /// Human-readable detail of the operation.
    pub detail: String,
    /// Body of the request that made the change, as sent (may be masked or empty).
    pub request_body: String,
    /// Format of `request_body`.
    pub body_type: SystemOperationLogBodyType,
    /// HTTP status code the request got.
    pub status: i64,
    /// When the operation happened (Unix seconds).
    pub created_at: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for SystemOperationLog {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("username", &self.username);
        map.entry("project_key", &self.project_key);
        map.entry("method", &self.method);
        map.entry("function", &self.function);
        map.entry("scene", &self.scene);
        map.entry("targets", &self.targets);
        map.entry("detail", &self.detail);
        map.entry("request_body", &self.request_body);
        map.entry("body_type", &self.body_type);
        map.entry("status", &self.status);
        map.entry("created_at", &self.created_at);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for SystemOperationLog {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for SystemOperationLog {
    const NAME: &'static str = "SystemOperationLog";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "username" => or_default(map, &mut self.username),
            "project_key" => or_default(map, &mut self.project_key),
            "method" => or_default(map, &mut self.method),
            "function" => or_default(map, &mut self.function),
            "scene" => or_default(map, &mut self.scene),
            "targets" => or_default(map, &mut self.targets),
            "detail" => or_default(map, &mut self.detail),
            "request_body" => or_default(map, &mut self.request_body),
            "body_type" => or_default(map, &mut self.body_type),
            "status" => or_default(map, &mut self.status),
            "created_at" => or_default(map, &mut self.created_at),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl SystemOperationLog {
    /// Creates an empty `SystemOperationLog`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Format of a logged request body.
///
/// The set of values is open: a value this version does not know decodes to
/// [`SystemOperationLogBodyType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SystemOperationLogBodyType {
    /// `json`: JSON.
    Json,
    /// `yaml`: YAML.
    Yaml,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl SystemOperationLogBodyType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Yaml => "yaml",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for SystemOperationLogBodyType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for SystemOperationLogBodyType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "json" => Self::Json,
            "yaml" => Self::Yaml,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for SystemOperationLogBodyType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for SystemOperationLogBodyType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for SystemOperationLogBodyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SystemOperationLogBodyType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for SystemOperationLogBodyType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// The caller of the API, and for system administrators facts about the Zadig installation.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CliContext {
    /// The user the API token belongs to.
    pub user: CliUser,
    /// Id the server gave this request, for matching it in server logs.
    pub request_id: String,
    /// Zadig edition from the licence (system administrators only; absent otherwise).
    pub edition: Option<String>,
    /// State of the licence (system administrators only; absent otherwise).
    pub license_status: Option<String>,
    /// Licensed features (system administrators only; absent otherwise).
    pub features: Option<Vec<String>>,
    /// Version of the Zadig server (system administrators only; absent otherwise).
    pub server_version: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CliContext {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("user", &self.user);
        map.entry("request_id", &self.request_id);
        map.some("edition", &self.edition);
        map.some("license_status", &self.license_status);
        map.some("features", &self.features);
        map.some("server_version", &self.server_version);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CliContext {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CliContext {
    const NAME: &'static str = "CliContext";
    const REQUIRED: &'static [&'static str] = &["user"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "user" => required(map, &mut self.user, 0u32),
            "request_id" => or_default(map, &mut self.request_id),
            "edition" => value(map, &mut self.edition),
            "license_status" => value(map, &mut self.license_status),
            "features" => value(map, &mut self.features),
            "server_version" => value(map, &mut self.server_version),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CliContext {
    /// Creates a `CliContext` from its required fields; optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new(user: CliUser) -> Self {
        Self { user, ..Self::default() }
    }
}
/// The user an API token belongs to.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CliUser {
    /// Id of the user.
    pub uid: String,
    /// Display name.
    pub name: String,
    /// Login account.
    pub account: String,
    /// Where the account comes from, e.g. `system`, `ldap` or `oauth`.
    pub identity_type: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CliUser {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("uid", &self.uid);
        map.entry("name", &self.name);
        map.entry("account", &self.account);
        map.entry("identity_type", &self.identity_type);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CliUser {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CliUser {
    const NAME: &'static str = "CliUser";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "uid" => or_default(map, &mut self.uid),
            "name" => or_default(map, &mut self.name),
            "account" => or_default(map, &mut self.account),
            "identity_type" => or_default(map, &mut self.identity_type),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CliUser {
    /// Creates an empty `CliUser`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
