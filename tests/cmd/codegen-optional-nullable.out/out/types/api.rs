// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Fixture API.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// Fields that are required, optional, and required but nullable.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Thing {
    /// Always present.
    pub id: i64,
    /// Always sent, may be null.
    pub owner: Option<String>,
    /// May be absent or null.
    pub labels: Option<Vec<String>>,
    /// Free-form settings.
    pub extra: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for Thing {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("id", &self.id);
        map.entry("owner", &self.owner);
        map.some("labels", &self.labels);
        map.some("extra", &self.extra);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for Thing {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for Thing {
    const NAME: &'static str = "Thing";
    const REQUIRED: &'static [&'static str] = &["id"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, value};
        match key {
            "id" => required(map, &mut self.id, 0u32),
            "owner" => value(map, &mut self.owner),
            "labels" => value(map, &mut self.labels),
            "extra" => value(map, &mut self.extra),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl Thing {
    /// Creates a `Thing` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(id: i64, owner: Option<String>) -> Self {
        Self {
            id,
            owner,
            ..Self::default()
        }
    }
    /// Sets `labels` and returns the value, for chaining.
    #[inline]
    pub fn with_labels(mut self, value: Vec<String>) -> Self {
        self.labels = Some(value);
        self
    }
    /// Sets `extra` and returns the value, for chaining.
    #[inline]
    pub fn with_extra(
        mut self,
        value: std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Self {
        self.extra = Some(value);
        self
    }
}
