// @generated from spec/system.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the System API.
//!
//! Audit trails (system operation logs and environment operation logs) and the caller's CLI context.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// One page of operation log entries.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SystemOperationLogList {
    /// The entries on this page, newest first.
    #[serde(rename = "operation_logs", default, skip_serializing_if = "Option::is_none")]
    pub operation_logs: Option<Vec<SystemOperationLog>>,
    /// Number of entries matching the filters, over all pages.
    #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl SystemOperationLogList {
    /// Creates an empty `SystemOperationLogList`; every field is optional.
    pub fn new() -> Self {
        Self {
            operation_logs: None,
            total: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `operation_logs` and returns the value, for chaining.
    pub fn with_operation_logs(mut self, value: Vec<SystemOperationLog>) -> Self {
        self.operation_logs = Some(value);
        self
    }
    /// Sets `total` and returns the value, for chaining.
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = Some(value);
        self
    }
}
/// One recorded user operation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SystemOperationLog {
    /// Who did it (calls through the API are marked `(openAPI)` after the name).
    #[serde(rename = "username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Key of the project acted on (empty for system-level operations).
    #[serde(rename = "project_key", default, skip_serializing_if = "Option::is_none")]
    pub project_key: Option<String>,
    /// The kind of operation, a verb such as create, update or delete (worded in Chinese).
    #[serde(rename = "method", default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// The area of Zadig acted on, e.g. workflows or environments (worded in Chinese).
    #[serde(rename = "function", default, skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
    /// Category of the object acted on, e.g. `project`, `workflow` or `environment`; may be empty.
    #[serde(rename = "scene", default, skip_serializing_if = "Option::is_none")]
    pub scene: Option<String>,
    /// Names of the objects acted on, e.g. environment names.
    #[serde(rename = "targets", default, skip_serializing_if = "Option::is_none")]
    pub targets: Option<Vec<String>>,
    /// Human-readable detail of the operation.
    #[serde(rename = "detail", default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Body of the request that made the change, as sent (may be masked or empty).
    #[serde(rename = "request_body", default, skip_serializing_if = "Option::is_none")]
    pub request_body: Option<String>,
    /// Format of `request_body`.
    #[serde(rename = "body_type", default, skip_serializing_if = "Option::is_none")]
    pub body_type: Option<SystemOperationLogBodyType>,
    /// HTTP status code the request got.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// When the operation happened (Unix seconds).
    #[serde(rename = "created_at", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl SystemOperationLog {
    /// Creates an empty `SystemOperationLog`; every field is optional.
    pub fn new() -> Self {
        Self {
            username: None,
            project_key: None,
            method: None,
            function: None,
            scene: None,
            targets: None,
            detail: None,
            request_body: None,
            body_type: None,
            status: None,
            created_at: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `username` and returns the value, for chaining.
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Sets `method` and returns the value, for chaining.
    pub fn with_method(mut self, value: impl Into<String>) -> Self {
        self.method = Some(value.into());
        self
    }
    /// Sets `function` and returns the value, for chaining.
    pub fn with_function(mut self, value: impl Into<String>) -> Self {
        self.function = Some(value.into());
        self
    }
    /// Sets `scene` and returns the value, for chaining.
    pub fn with_scene(mut self, value: impl Into<String>) -> Self {
        self.scene = Some(value.into());
        self
    }
    /// Sets `targets` and returns the value, for chaining.
    pub fn with_targets(mut self, value: Vec<String>) -> Self {
        self.targets = Some(value);
        self
    }
    /// Sets `detail` and returns the value, for chaining.
    pub fn with_detail(mut self, value: impl Into<String>) -> Self {
        self.detail = Some(value.into());
        self
    }
    /// Sets `request_body` and returns the value, for chaining.
    pub fn with_request_body(mut self, value: impl Into<String>) -> Self {
        self.request_body = Some(value.into());
        self
    }
    /// Sets `body_type` and returns the value, for chaining.
    pub fn with_body_type(mut self, value: SystemOperationLogBodyType) -> Self {
        self.body_type = Some(value);
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `created_at` and returns the value, for chaining.
    pub fn with_created_at(mut self, value: i64) -> Self {
        self.created_at = Some(value);
        self
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
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "json",
            Self::Yaml => "yaml",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl From<&str> for SystemOperationLogBodyType {
    fn from(value: &str) -> Self {
        match value {
            "json" => Self::Json,
            "yaml" => Self::Yaml,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for SystemOperationLogBodyType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "json" => Self::Json,
            "yaml" => Self::Yaml,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for SystemOperationLogBodyType {
    type Err = std::convert::Infallible;
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CliContext {
    /// The user the API token belongs to.
    #[serde(rename = "user")]
    pub user: CliUser,
    /// Id the server gave this request, for matching it in server logs.
    #[serde(rename = "request_id", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Zadig edition from the licence (system administrators only; absent otherwise).
    #[serde(rename = "edition", default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    /// State of the licence (system administrators only; absent otherwise).
    #[serde(rename = "license_status", default, skip_serializing_if = "Option::is_none")]
    pub license_status: Option<String>,
    /// Licensed features (system administrators only; absent otherwise).
    #[serde(rename = "features", default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
    /// Version of the Zadig server (system administrators only; absent otherwise).
    #[serde(rename = "server_version", default, skip_serializing_if = "Option::is_none")]
    pub server_version: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl CliContext {
    /// Creates a `CliContext` from its required fields; optional fields start as `None`.
    pub fn new(user: CliUser) -> Self {
        Self {
            user,
            request_id: None,
            edition: None,
            license_status: None,
            features: None,
            server_version: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `request_id` and returns the value, for chaining.
    pub fn with_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
    /// Sets `edition` and returns the value, for chaining.
    pub fn with_edition(mut self, value: impl Into<String>) -> Self {
        self.edition = Some(value.into());
        self
    }
    /// Sets `license_status` and returns the value, for chaining.
    pub fn with_license_status(mut self, value: impl Into<String>) -> Self {
        self.license_status = Some(value.into());
        self
    }
    /// Sets `features` and returns the value, for chaining.
    pub fn with_features(mut self, value: Vec<String>) -> Self {
        self.features = Some(value);
        self
    }
    /// Sets `server_version` and returns the value, for chaining.
    pub fn with_server_version(mut self, value: impl Into<String>) -> Self {
        self.server_version = Some(value.into());
        self
    }
}
/// The user an API token belongs to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CliUser {
    /// Id of the user.
    #[serde(rename = "uid", default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    /// Display name.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Login account.
    #[serde(rename = "account", default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// Where the account comes from, e.g. `system`, `ldap` or `oauth`.
    #[serde(rename = "identity_type", default, skip_serializing_if = "Option::is_none")]
    pub identity_type: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl CliUser {
    /// Creates an empty `CliUser`; every field is optional.
    pub fn new() -> Self {
        Self {
            uid: None,
            name: None,
            account: None,
            identity_type: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `uid` and returns the value, for chaining.
    pub fn with_uid(mut self, value: impl Into<String>) -> Self {
        self.uid = Some(value.into());
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `account` and returns the value, for chaining.
    pub fn with_account(mut self, value: impl Into<String>) -> Self {
        self.account = Some(value.into());
        self
    }
    /// Sets `identity_type` and returns the value, for chaining.
    pub fn with_identity_type(mut self, value: impl Into<String>) -> Self {
        self.identity_type = Some(value.into());
        self
    }
}
