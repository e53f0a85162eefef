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
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub operation_logs: Vec<SystemOperationLog>,
    /// Number of entries matching the filters, over all pages.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub total: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl SystemOperationLogList {
    /// Creates an empty `SystemOperationLogList`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            operation_logs: Default::default(),
            total: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `operation_logs` and returns the value, for chaining.
    pub fn with_operation_logs(mut self, value: Vec<SystemOperationLog>) -> Self {
        self.operation_logs = value;
        self
    }
    /// Sets `total` and returns the value, for chaining.
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = value;
        self
    }
}
/// One recorded user operation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SystemOperationLog {
    /// Who did it (calls through the API are marked `(openAPI)` after the name).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub username: String,
    /// Key of the project acted on (empty for system-level operations).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub project_key: String,
    /// The kind of operation, a verb such as create, update or delete (worded in Chinese).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub method: String,
    /// The area of Zadig acted on, e.g. workflows or environments (worded in Chinese).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub function: String,
    /// Category of the object acted on, e.g. `project`, `workflow` or `environment`; may be empty.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub scene: String,
    /// Names of the objects acted on, e.g. environment names.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub targets: Vec<String>,
    /// Human-readable detail of the operation.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub detail: String,
    /// Body of the request that made the change, as sent (may be masked or empty).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub request_body: String,
    /// Format of `request_body`.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub body_type: SystemOperationLogBodyType,
    /// HTTP status code the request got.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub status: i64,
    /// When the operation happened (Unix seconds).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub created_at: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl SystemOperationLog {
    /// Creates an empty `SystemOperationLog`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            username: Default::default(),
            project_key: Default::default(),
            method: Default::default(),
            function: Default::default(),
            scene: Default::default(),
            targets: Default::default(),
            detail: Default::default(),
            request_body: Default::default(),
            body_type: Default::default(),
            status: Default::default(),
            created_at: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `username` and returns the value, for chaining.
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = value.into();
        self
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = value.into();
        self
    }
    /// Sets `method` and returns the value, for chaining.
    pub fn with_method(mut self, value: impl Into<String>) -> Self {
        self.method = value.into();
        self
    }
    /// Sets `function` and returns the value, for chaining.
    pub fn with_function(mut self, value: impl Into<String>) -> Self {
        self.function = value.into();
        self
    }
    /// Sets `scene` and returns the value, for chaining.
    pub fn with_scene(mut self, value: impl Into<String>) -> Self {
        self.scene = value.into();
        self
    }
    /// Sets `targets` and returns the value, for chaining.
    pub fn with_targets(mut self, value: Vec<String>) -> Self {
        self.targets = value;
        self
    }
    /// Sets `detail` and returns the value, for chaining.
    pub fn with_detail(mut self, value: impl Into<String>) -> Self {
        self.detail = value.into();
        self
    }
    /// Sets `request_body` and returns the value, for chaining.
    pub fn with_request_body(mut self, value: impl Into<String>) -> Self {
        self.request_body = value.into();
        self
    }
    /// Sets `body_type` and returns the value, for chaining.
    pub fn with_body_type(mut self, value: SystemOperationLogBodyType) -> Self {
        self.body_type = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: i64) -> Self {
        self.status = value;
        self
    }
    /// Sets `created_at` and returns the value, for chaining.
    pub fn with_created_at(mut self, value: i64) -> Self {
        self.created_at = value;
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
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for SystemOperationLogBodyType {
    fn default() -> Self {
        Self::from("")
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CliContext {
    /// The user the API token belongs to.
    pub user: CliUser,
    /// Id the server gave this request, for matching it in server logs.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub request_id: String,
    /// Zadig edition from the licence (system administrators only; absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    /// State of the licence (system administrators only; absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_status: Option<String>,
    /// Licensed features (system administrators only; absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
    /// Version of the Zadig server (system administrators only; absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_version: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl CliContext {
    /// Creates a `CliContext` from its required fields; optional fields start as `None`, the others as their zero value.
    pub fn new(user: CliUser) -> Self {
        Self {
            user,
            request_id: Default::default(),
            edition: None,
            license_status: None,
            features: None,
            server_version: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `request_id` and returns the value, for chaining.
    pub fn with_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = value.into();
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
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub uid: String,
    /// Display name.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub name: String,
    /// Login account.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub account: String,
    /// Where the account comes from, e.g. `system`, `ldap` or `oauth`.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub identity_type: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl CliUser {
    /// Creates an empty `CliUser`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            uid: Default::default(),
            name: Default::default(),
            account: Default::default(),
            identity_type: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `uid` and returns the value, for chaining.
    pub fn with_uid(mut self, value: impl Into<String>) -> Self {
        self.uid = value.into();
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `account` and returns the value, for chaining.
    pub fn with_account(mut self, value: impl Into<String>) -> Self {
        self.account = value.into();
        self
    }
    /// Sets `identity_type` and returns the value, for chaining.
    pub fn with_identity_type(mut self, value: impl Into<String>) -> Self {
        self.identity_type = value.into();
        self
    }
}
