// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Fixture API.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// One page of items.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ItemPage {
    /// Number of items in all pages.
    pub total: Option<i64>,
    /// Items of this page.
    pub items: Option<Vec<serde_json::Value>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ItemPage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        use crate::runtime::model::write_some;
        let mut map = serializer.serialize_map(None)?;
        write_some(&mut map, "total", &self.total)?;
        write_some(&mut map, "items", &self.items)?;
        self.unknown_fields.write(&mut map)?;
        map.end()
    }
}
impl<'de> Deserialize<'de> for ItemPage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ItemPage {
    const NAME: &'static str = "ItemPage";
    const REQUIRED: &'static [&'static str] = &[];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "total" => value(map, &mut self.total)?,
            "items" => value(map, &mut self.items)?,
            _ => return Ok(Slot::Unknown),
        }
        Ok(Slot::Known)
    }
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ItemPage {
    /// Creates an empty `ItemPage`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self {
            total: None,
            items: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `total` and returns the value, for chaining.
    #[inline]
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = Some(value);
        self
    }
    /// Sets `items` and returns the value, for chaining.
    #[inline]
    pub fn with_items(mut self, value: Vec<serde_json::Value>) -> Self {
        self.items = Some(value);
        self
    }
}
