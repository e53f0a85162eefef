// @generated from spec/test.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Test API.
//!
//! Tests and test tasks: read a test's inputs, start a run and read the result of a run.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// A test and the variables a run of it takes.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiTestInfo {
    /// Identifier of the project the test belongs to.
    pub project_key: String,
    /// Name of the test.
    pub test_name: String,
    /// Variables the test takes when it is run.
    pub inputs: Vec<OpenApiTestInput>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiTestInfo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("test_name", &self.test_name);
        map.entry("inputs", &self.inputs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiTestInfo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiTestInfo {
    const NAME: &'static str = "OpenApiTestInfo";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "project_key" => or_default(map, &mut self.project_key),
            "test_name" => or_default(map, &mut self.test_name),
            "inputs" => or_default(map, &mut self.inputs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiTestInfo {
    /// Creates an empty `OpenApiTestInfo`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A variable a test takes when it is run.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiTestInput {
    /// Name of the variable.
    pub key: String,
    /// Default value; left out when it has none or when it is a credential.
    pub value: Option<String>,
    /// Type of the variable (for example `string`, `choice`).
    pub r#type: Option<String>,
    /// Values the user can pick from, for choice variables.
    pub choice_option: Option<Vec<String>>,
    /// Whether a value must be given.
    pub required: bool,
    /// Whether the value is sensitive and masked.
    pub is_credential: bool,
    /// Whether the variable has a default value or file; true also for credentials, whose value is withheld.
    pub has_value: bool,
    /// What the variable is for, as written by its author.
    pub description: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiTestInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("key", &self.key);
        map.some("value", &self.value);
        map.some("type", &self.r#type);
        map.some("choice_option", &self.choice_option);
        map.entry("required", &self.required);
        map.entry("is_credential", &self.is_credential);
        map.entry("has_value", &self.has_value);
        map.some("description", &self.description);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiTestInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiTestInput {
    const NAME: &'static str = "OpenApiTestInput";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "key" => or_default(map, &mut self.key),
            "value" => value(map, &mut self.value),
            "type" => value(map, &mut self.r#type),
            "choice_option" => value(map, &mut self.choice_option),
            "required" => or_default(map, &mut self.required),
            "is_credential" => or_default(map, &mut self.is_credential),
            "has_value" => or_default(map, &mut self.has_value),
            "description" => value(map, &mut self.description),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiTestInput {
    /// Creates an empty `OpenApiTestInput`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Which test to run, with the code and variable values to use.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiCreateTestTaskReq {
    /// Identifier of the project the test belongs to; the server checks permissions against it.
    pub project_key: String,
    /// Name of the test.
    pub test_name: String,
    /// Revisions of the test's repositories to use; the test's defaults when left out.
    ///
    /// The Zadig releases that send or read this field: no release yet (only the development branch); the others ignore it when it is sent.
    pub repo_info: Option<Vec<crate::types::OpenApiRepoInput>>,
    /// Values of the test's variables for this run.
    ///
    /// The Zadig releases that send or read this field: no release yet (only the development branch); the others ignore it when it is sent.
    pub inputs: Option<Vec<crate::types::TaskInputKv>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiCreateTestTaskReq {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("project_key", &self.project_key);
        map.entry("test_name", &self.test_name);
        map.some("repo_info", &self.repo_info);
        map.some("inputs", &self.inputs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiCreateTestTaskReq {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiCreateTestTaskReq {
    const NAME: &'static str = "OpenApiCreateTestTaskReq";
    const REQUIRED: &'static [&'static str] = &["project_key", "test_name"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, value};
        match key {
            "project_key" => required(map, &mut self.project_key, 0u32),
            "test_name" => required(map, &mut self.test_name, 1u32),
            "repo_info" => value(map, &mut self.repo_info),
            "inputs" => value(map, &mut self.inputs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiCreateTestTaskReq {
    /// Creates a `OpenApiCreateTestTaskReq` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(project_key: impl Into<String>, test_name: impl Into<String>) -> Self {
        Self {
            project_key: project_key.into(),
            test_name: test_name.into(),
            ..Self::default()
        }
    }
    /// Sets `repo_info` and returns the value, for chaining.
    #[inline]
    pub fn with_repo_info(mut self, value: Vec<crate::types::OpenApiRepoInput>) -> Self {
        self.repo_info = Some(value);
        self
    }
    /// Sets `inputs` and returns the value, for chaining.
    #[inline]
    pub fn with_inputs(mut self, value: Vec<crate::types::TaskInputKv>) -> Self {
        self.inputs = Some(value);
        self
    }
}
/// The run a test request started.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiCreateTestTaskResp {
    /// Number of the new run.
    pub task_id: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiCreateTestTaskResp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("task_id", &self.task_id);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiCreateTestTaskResp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiCreateTestTaskResp {
    const NAME: &'static str = "OpenApiCreateTestTaskResp";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "task_id" => or_default(map, &mut self.task_id),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiCreateTestTaskResp {
    /// Creates an empty `OpenApiCreateTestTaskResp`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The state and result of one test run.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiTestTaskDetail {
    /// Name of the test.
    pub test_name: String,
    /// Number of the run.
    pub task_id: i64,
    /// Who started the run.
    pub creator: String,
    /// When the run was created, as a Unix timestamp in seconds.
    pub create_time: i64,
    /// When the run started, as a Unix timestamp in seconds.
    pub start_time: i64,
    /// When the run finished, as a Unix timestamp in seconds; 0 while it runs.
    pub end_time: i64,
    /// Where the run stands (for example `running`, `passed`, `failed`).
    pub status: String,
    /// Summary of the test results, when the run produced a report.
    pub test_report: Option<OpenApiTestReport>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiTestTaskDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("test_name", &self.test_name);
        map.entry("task_id", &self.task_id);
        map.entry("creator", &self.creator);
        map.entry("create_time", &self.create_time);
        map.entry("start_time", &self.start_time);
        map.entry("end_time", &self.end_time);
        map.entry("status", &self.status);
        map.some("test_report", &self.test_report);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiTestTaskDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiTestTaskDetail {
    const NAME: &'static str = "OpenApiTestTaskDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "test_name" => or_default(map, &mut self.test_name),
            "task_id" => or_default(map, &mut self.task_id),
            "creator" => or_default(map, &mut self.creator),
            "create_time" => or_default(map, &mut self.create_time),
            "start_time" => or_default(map, &mut self.start_time),
            "end_time" => or_default(map, &mut self.end_time),
            "status" => or_default(map, &mut self.status),
            "test_report" => value(map, &mut self.test_report),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiTestTaskDetail {
    /// Creates an empty `OpenApiTestTaskDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Counts and cases of a test run's report.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiTestReport {
    /// Number of test cases.
    pub test_total: i64,
    /// Number of failed cases.
    pub failure_total: i64,
    /// Number of passed cases.
    pub success_total: i64,
    /// Number of skipped cases (the server's spelling).
    pub skiped_total: i64,
    /// Number of cases that ended in an error.
    pub error_total: i64,
    /// Total time of the cases, in seconds.
    pub time: f64,
    /// The individual test cases.
    pub test_cases: Vec<OpenApiTestCase>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiTestReport {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("test_total", &self.test_total);
        map.entry("failure_total", &self.failure_total);
        map.entry("success_total", &self.success_total);
        map.entry("skiped_total", &self.skiped_total);
        map.entry("error_total", &self.error_total);
        map.entry("time", &self.time);
        map.entry("test_cases", &self.test_cases);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiTestReport {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiTestReport {
    const NAME: &'static str = "OpenApiTestReport";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "test_total" => or_default(map, &mut self.test_total),
            "failure_total" => or_default(map, &mut self.failure_total),
            "success_total" => or_default(map, &mut self.success_total),
            "skiped_total" => or_default(map, &mut self.skiped_total),
            "error_total" => or_default(map, &mut self.error_total),
            "time" => or_default(map, &mut self.time),
            "test_cases" => or_default(map, &mut self.test_cases),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiTestReport {
    /// Creates an empty `OpenApiTestReport`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One test case of a report.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OpenApiTestCase {
    /// Name of the case.
    pub name: String,
    /// Time the case took, in seconds.
    pub time: f64,
    /// Why the case failed, when it failed.
    pub failure: Option<TestCaseFailure>,
    /// The error the case ended in, when it errored.
    pub error: Option<TestCaseError>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for OpenApiTestCase {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("time", &self.time);
        map.some("failure", &self.failure);
        map.some("error", &self.error);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for OpenApiTestCase {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for OpenApiTestCase {
    const NAME: &'static str = "OpenApiTestCase";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "time" => or_default(map, &mut self.time),
            "failure" => value(map, &mut self.failure),
            "error" => value(map, &mut self.error),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl OpenApiTestCase {
    /// Creates an empty `OpenApiTestCase`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The failure of a test case as the report gives it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TestCaseFailure {
    /// Failure message.
    pub message: String,
    /// Kind of failure, as the test framework names it.
    pub r#type: String,
    /// Full failure text (often a stack trace).
    pub text: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for TestCaseFailure {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("message", &self.message);
        map.entry("type", &self.r#type);
        map.entry("text", &self.text);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for TestCaseFailure {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for TestCaseFailure {
    const NAME: &'static str = "TestCaseFailure";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "message" => or_default(map, &mut self.message),
            "type" => or_default(map, &mut self.r#type),
            "text" => or_default(map, &mut self.text),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl TestCaseFailure {
    /// Creates an empty `TestCaseFailure`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The error of a test case as the report gives it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TestCaseError {
    /// Error message.
    pub message: String,
    /// Kind of error, as the test framework names it.
    pub r#type: String,
    /// Full error text (often a stack trace).
    pub text: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for TestCaseError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("message", &self.message);
        map.entry("type", &self.r#type);
        map.entry("text", &self.text);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for TestCaseError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for TestCaseError {
    const NAME: &'static str = "TestCaseError";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "message" => or_default(map, &mut self.message),
            "type" => or_default(map, &mut self.r#type),
            "text" => or_default(map, &mut self.text),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl TestCaseError {
    /// Creates an empty `TestCaseError`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
