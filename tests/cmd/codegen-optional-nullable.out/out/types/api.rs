// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Fixture API.
use serde::{Deserialize, Serialize};
/// Fields that are required, optional, and required but nullable.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Thing {
    /// Always present.
    pub id: i64,
    /// Always sent, may be null.
    pub owner: Option<String>,
    /// May be absent or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Free-form settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl Thing {
    /// Creates a `Thing` from its required fields; optional fields start as `None`, the others as their zero value.
    pub fn new(id: i64, owner: Option<String>) -> Self {
        Self {
            id,
            owner,
            labels: None,
            extra: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `labels` and returns the value, for chaining.
    pub fn with_labels(mut self, value: Vec<String>) -> Self {
        self.labels = Some(value);
        self
    }
    /// Sets `extra` and returns the value, for chaining.
    pub fn with_extra(
        mut self,
        value: std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Self {
        self.extra = Some(value);
        self
    }
}
