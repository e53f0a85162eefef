// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Fixture API.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// One job's input; the shape depends on `job_type`.
///
/// The field `job_type` selects the variant. A tag this version does not know decodes to
/// [`JobInput::Unknown`], which keeps the whole object.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum JobInput {
    /// `job_type` = `build`: Builds an image.
    Build(BuildJobInput),
    /// `job_type` = `sql`.
    Sql(SqlJobInput),
    /// A variant this version of the bindings does not know; it keeps the JSON object.
    Unknown(crate::types::UnknownVariant),
}
impl JobInput {
    /// The tag value on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::Build(_) => "build",
            Self::Sql(_) => "sql",
            Self::Unknown(value) => value.tag(),
        }
    }
}
impl From<BuildJobInput> for JobInput {
    #[inline]
    fn from(value: BuildJobInput) -> Self {
        Self::Build(value)
    }
}
impl From<SqlJobInput> for JobInput {
    #[inline]
    fn from(value: SqlJobInput) -> Self {
        Self::Sql(value)
    }
}
impl Serialize for JobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Build(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "job_type",
                    "build",
                    value,
                )
            }
            Self::Sql(value) => {
                crate::runtime::model::serialize_tagged(
                    serializer,
                    "job_type",
                    "sql",
                    value,
                )
            }
            Self::Unknown(value) => value.as_json().serialize(serializer),
        }
    }
}
impl<'de> Deserialize<'de> for JobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (tag, object) = crate::runtime::model::deserialize_tagged(
            deserializer,
            "job_type",
        )?;
        match tag.as_str() {
            "build" => {
                crate::runtime::model::from_object(object, "job_type", false)
                    .map(Self::Build)
            }
            "sql" => {
                crate::runtime::model::from_object(object, "job_type", false)
                    .map(Self::Sql)
            }
            _ => Ok(Self::Unknown(crate::types::UnknownVariant::new(tag, object))),
        }
    }
}
/// Input of a build job.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BuildJobInput {
    /// Job name.
    pub job_name: String,
    /// What to build.
    pub parameters: BuildParameters,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for BuildJobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("job_name", &self.job_name);
        map.entry("parameters", &self.parameters);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for BuildJobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for BuildJobInput {
    const NAME: &'static str = "BuildJobInput";
    const REQUIRED: &'static [&'static str] = &["job_name", "parameters"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required};
        match key {
            "job_name" => required(map, &mut self.job_name, 0u32),
            "parameters" => required(map, &mut self.parameters, 1u32),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl BuildJobInput {
    /// Creates a `BuildJobInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(job_name: impl Into<String>, parameters: BuildParameters) -> Self {
        Self {
            job_name: job_name.into(),
            parameters,
            ..Self::default()
        }
    }
}
/// Build settings.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BuildParameters {
    /// Image to build.
    pub image: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for BuildParameters {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.some("image", &self.image);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for BuildParameters {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for BuildParameters {
    const NAME: &'static str = "BuildParameters";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, value};
        match key {
            "image" => value(map, &mut self.image),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl BuildParameters {
    /// Creates an empty `BuildParameters`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `image` and returns the value, for chaining.
    pub fn with_image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self
    }
}
/// Input of a SQL job.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SqlJobInput {
    /// Job name.
    pub job_name: String,
    /// Statement to run.
    pub sql: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for SqlJobInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("job_name", &self.job_name);
        map.some("sql", &self.sql);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for SqlJobInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for SqlJobInput {
    const NAME: &'static str = "SqlJobInput";
    const REQUIRED: &'static [&'static str] = &["job_name"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, value};
        match key {
            "job_name" => required(map, &mut self.job_name, 0u32),
            "sql" => value(map, &mut self.sql),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl SqlJobInput {
    /// Creates a `SqlJobInput` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(job_name: impl Into<String>) -> Self {
        Self {
            job_name: job_name.into(),
            ..Self::default()
        }
    }
    /// Sets `sql` and returns the value, for chaining.
    pub fn with_sql(mut self, value: impl Into<String>) -> Self {
        self.sql = Some(value.into());
        self
    }
}
/// Jobs run together; the first one decides the batch's kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JobBatch {
    /// The job the batch starts with; a union has no zero value, so neither has the batch.
    pub first_job: JobInput,
    /// Free-text label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Identifier of the batch.
    #[serde(rename = "batchId")]
    pub batch_id: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl JobBatch {
    /// Creates a `JobBatch` from its required fields; optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new(first_job: JobInput, batch_id: impl Into<String>) -> Self {
        Self {
            first_job,
            label: None,
            batch_id: batch_id.into(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
}
