// @generated from spec/pets.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Pets API.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// A pet.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Pet {
    /// Id of the pet.
    pub id: String,
    /// What the pet is called.
    pub name: i64,
    /// Whether the pet sleeps.
    pub status: PetStatus,
    /// The pet's colour, which only the docs mention.
    pub colour: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for Pet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("id", &self.id);
        map.entry("name", &self.name);
        map.entry("status", &self.status);
        map.some("colour", &self.colour);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for Pet {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for Pet {
    const NAME: &'static str = "Pet";
    const REQUIRED: &'static [&'static str] = &["id"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, or_default, value};
        match key {
            "id" => required(map, &mut self.id, 0u32),
            "name" => or_default(map, &mut self.name),
            "status" => or_default(map, &mut self.status),
            "colour" => value(map, &mut self.colour),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl Pet {
    /// Creates a `Pet` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            ..Self::default()
        }
    }
    /// Sets `name` and returns the value, for chaining.
    #[inline]
    pub fn with_name(mut self, value: i64) -> Self {
        self.name = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    #[inline]
    pub fn with_status(mut self, value: PetStatus) -> Self {
        self.status = value;
        self
    }
    /// Sets `colour` and returns the value, for chaining.
    pub fn with_colour(mut self, value: impl Into<String>) -> Self {
        self.colour = Some(value.into());
        self
    }
}
/// One page of pets.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PetList {
    /// Number of pets in all pages.
    pub total: i64,
    /// The pets.
    pub pets: Vec<Pet>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for PetList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("total", &self.total);
        map.entry("pets", &self.pets);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for PetList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for PetList {
    const NAME: &'static str = "PetList";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "total" => or_default(map, &mut self.total),
            "pets" => or_default(map, &mut self.pets),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl PetList {
    /// Creates an empty `PetList`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Whether a pet sleeps.
///
/// The set of values is open: a value this version does not know decodes to
/// [`PetStatus::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PetStatus {
    /// `Sleeping`: Asleep.
    Sleeping,
    /// `awake`: Awake, as the docs spell it.
    Awake,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl PetStatus {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sleeping => "Sleeping",
            Self::Awake => "awake",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for PetStatus {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for PetStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Sleeping" => Self::Sleeping,
            "awake" => Self::Awake,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for PetStatus {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for PetStatus {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for PetStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for PetStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for PetStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
