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
/// One run.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Run {
    /// Run number.
    pub run_id: i64,
    /// Where it stands.
    pub status: RunStatus,
    /// Its tags.
    pub tags: Option<Vec<String>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for Run {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("run_id", &self.run_id);
        map.entry("status", &self.status);
        map.some("tags", &self.tags);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for Run {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for Run {
    const NAME: &'static str = "Run";
    const REQUIRED: &'static [&'static str] = &["run_id", "status"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, value};
        match key {
            "run_id" => required(map, &mut self.run_id, 0u32),
            "status" => required(map, &mut self.status, 1u32),
            "tags" => value(map, &mut self.tags),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl Run {
    /// Creates a `Run` from its required fields; optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new(run_id: i64, status: RunStatus) -> Self {
        Self {
            run_id,
            status,
            ..Self::default()
        }
    }
}
/// One page of runs.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RunPage {
    /// Number of runs in all pages.
    pub total: Option<i64>,
    /// Runs of this page.
    pub runs: Option<Vec<Run>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for RunPage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("total", &self.total);
        map.some("runs", &self.runs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for RunPage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for RunPage {
    const NAME: &'static str = "RunPage";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "total" => value(map, &mut self.total),
            "runs" => value(map, &mut self.runs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl RunPage {
    /// Creates an empty `RunPage`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// What to start.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NewRun {
    /// Name of the run.
    pub name: String,
    /// Status to start in.
    pub status: Option<RunStatus>,
    /// How often to retry.
    pub retries: Option<u32>,
    /// Only check.
    pub dry_run: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for NewRun {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.some("status", &self.status);
        map.some("retries", &self.retries);
        map.some("dry_run", &self.dry_run);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for NewRun {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for NewRun {
    const NAME: &'static str = "NewRun";
    const REQUIRED: &'static [&'static str] = &["name"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, value};
        match key {
            "name" => required(map, &mut self.name, 0u32),
            "status" => value(map, &mut self.status),
            "retries" => value(map, &mut self.retries),
            "dry_run" => value(map, &mut self.dry_run),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl NewRun {
    /// Creates a `NewRun` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Self::default()
        }
    }
    /// Sets `status` and returns the value, for chaining.
    #[inline]
    pub fn with_status(mut self, value: RunStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `retries` and returns the value, for chaining.
    #[inline]
    pub fn with_retries(mut self, value: u32) -> Self {
        self.retries = Some(value);
        self
    }
    /// Sets `dry_run` and returns the value, for chaining.
    #[inline]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = Some(value);
        self
    }
}
