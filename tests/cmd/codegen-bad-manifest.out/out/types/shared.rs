// @generated from spec/shared.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Shared API.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// Where a run stands.
///
/// The set of values is open: a value this version does not know decodes to
/// [`Status::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `running`: Still going.
    Running,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl Status {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "running",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for Status {
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for Status {
    fn from(value: &str) -> Self {
        match value {
            "running" => Self::Running,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for Status {
    fn from(value: String) -> Self {
        match value.as_str() {
            "running" => Self::Running,
            _ => Self::Unknown(crate::types::UnknownValue::new(value)),
        }
    }
}
impl std::str::FromStr for Status {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
