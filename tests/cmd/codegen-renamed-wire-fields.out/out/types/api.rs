// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Fixture API.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// Wire names in Zadig's mixed cases, and keywords.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Approval {
    /// Minutes to wait.
    pub timeout: Option<i64>,
    /// Approvals needed.
    pub needed_approvers: Option<i64>,
    /// Hook address.
    pub we_chat_web_hook: Option<String>,
    /// Raw detail.
    pub config_map_detail: Option<serde_json::Value>,
    /// Approval kind.
    pub r#type: Option<String>,
    /// A second field that snake-cases to the same name.
    pub type_upper: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for Approval {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("Timeout", &self.timeout);
        map.some("NeededApprovers", &self.needed_approvers);
        map.some("weChat_webHook", &self.we_chat_web_hook);
        map.some("configMap_detail", &self.config_map_detail);
        map.some("type", &self.r#type);
        map.some("Type", &self.type_upper);
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
        use crate::runtime::model::{Slot, value};
        match key {
            "Timeout" => value(map, &mut self.timeout),
            "NeededApprovers" => value(map, &mut self.needed_approvers),
            "weChat_webHook" => value(map, &mut self.we_chat_web_hook),
            "configMap_detail" => value(map, &mut self.config_map_detail),
            "type" => value(map, &mut self.r#type),
            "Type" => value(map, &mut self.type_upper),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl Approval {
    /// Creates an empty `Approval`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
