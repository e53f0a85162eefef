// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Fixture API.
use serde::{Deserialize, Serialize};
/// Wire names in Zadig's mixed cases, and keywords.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Approval {
    /// Minutes to wait.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
    /// Approvals needed.
    #[serde(
        rename = "NeededApprovers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub needed_approvers: Option<i64>,
    /// Hook address.
    #[serde(rename = "weChat_webHook", default, skip_serializing_if = "Option::is_none")]
    pub we_chat_web_hook: Option<String>,
    /// Raw detail.
    #[serde(
        rename = "configMap_detail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub config_map_detail: Option<serde_json::Value>,
    /// Approval kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A second field that snake-cases to the same name.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub type_upper: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl Approval {
    /// Creates an empty `Approval`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            timeout: None,
            needed_approvers: None,
            we_chat_web_hook: None,
            config_map_detail: None,
            r#type: None,
            type_upper: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `timeout` and returns the value, for chaining.
    pub fn with_timeout(mut self, value: i64) -> Self {
        self.timeout = Some(value);
        self
    }
    /// Sets `needed_approvers` and returns the value, for chaining.
    pub fn with_needed_approvers(mut self, value: i64) -> Self {
        self.needed_approvers = Some(value);
        self
    }
    /// Sets `we_chat_web_hook` and returns the value, for chaining.
    pub fn with_we_chat_web_hook(mut self, value: impl Into<String>) -> Self {
        self.we_chat_web_hook = Some(value.into());
        self
    }
    /// Sets `config_map_detail` and returns the value, for chaining.
    pub fn with_config_map_detail(mut self, value: serde_json::Value) -> Self {
        self.config_map_detail = Some(value);
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `type_upper` and returns the value, for chaining.
    pub fn with_type_upper(mut self, value: impl Into<String>) -> Self {
        self.type_upper = Some(value.into());
        self
    }
}
