// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Fixture API.
use serde::{Deserialize, Serialize};
/// One page of items.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ItemPage {
    /// Number of items in all pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// Items of this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<serde_json::Value>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ItemPage {
    /// Creates an empty `ItemPage`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            total: None,
            items: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `total` and returns the value, for chaining.
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = Some(value);
        self
    }
    /// Sets `items` and returns the value, for chaining.
    pub fn with_items(mut self, value: Vec<serde_json::Value>) -> Self {
        self.items = Some(value);
        self
    }
}
