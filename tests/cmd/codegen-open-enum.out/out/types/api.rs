// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Fixture API.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// Where a run stands.
///
/// The set of values is open: a value this version does not know decodes to
/// [`RunStatus::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RunStatus {
    /// `running`: Still going.
    Running,
    /// `passed`: Finished well.
    Passed,
    /// `choice_否`: A value with no ASCII name.
    ChoiceNo,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl RunStatus {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "running",
            Self::Passed => "passed",
            Self::ChoiceNo => "choice_否",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Whether a run in this state has ended: `Some(true)` for `passed`; `Some(false)` for `running`; `None` for the other values and for unknown ones, which the spec does not place.
    pub fn is_final(&self) -> Option<bool> {
        match self {
            Self::Passed => Some(true),
            Self::Running => Some(false),
            _ => None,
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for RunStatus {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for RunStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "running" => Self::Running,
            "passed" => Self::Passed,
            "choice_否" => Self::ChoiceNo,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for RunStatus {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for RunStatus {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for RunStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RunStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RunStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
