// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Fixture API.
use serde::{Deserialize, Serialize};
/// A thing with a required and an optional field.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Thing {
    /// Name of the thing.
    #[serde(rename = "name")]
    pub name: String,
    /// Size of the thing.
    #[serde(rename = "size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl Thing {
    /// Creates a `Thing` from its required fields; optional fields start as `None`, the others as their zero value.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            size: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `size` and returns the value, for chaining.
    pub fn with_size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
}
