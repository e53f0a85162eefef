// @generated from spec/test.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Test API.
//!
//! Tests and test tasks: read a test's inputs, start a run and read the result of a run.
use serde::{Deserialize, Serialize};
/// A test and the variables a run of it takes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiTestInfo {
    /// Identifier of the project the test belongs to.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub project_key: String,
    /// Name of the test.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub test_name: String,
    /// Variables the test takes when it is run.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub inputs: Vec<OpenApiTestInput>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiTestInfo {
    /// Creates an empty `OpenApiTestInfo`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            project_key: Default::default(),
            test_name: Default::default(),
            inputs: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = value.into();
        self
    }
    /// Sets `test_name` and returns the value, for chaining.
    pub fn with_test_name(mut self, value: impl Into<String>) -> Self {
        self.test_name = value.into();
        self
    }
    /// Sets `inputs` and returns the value, for chaining.
    pub fn with_inputs(mut self, value: Vec<OpenApiTestInput>) -> Self {
        self.inputs = value;
        self
    }
}
/// A variable a test takes when it is run.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiTestInput {
    /// Name of the variable.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub key: String,
    /// Default value; left out when it has none or when it is a credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Type of the variable (for example `string`, `choice`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Values the user can pick from, for choice variables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice_option: Option<Vec<String>>,
    /// Whether a value must be given.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub required: bool,
    /// Whether the value is sensitive and masked.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub is_credential: bool,
    /// Whether the variable has a default value or file; true also for credentials, whose value is withheld.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub has_value: bool,
    /// What the variable is for, as written by its author.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiTestInput {
    /// Creates an empty `OpenApiTestInput`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            key: Default::default(),
            value: None,
            r#type: None,
            choice_option: None,
            required: Default::default(),
            is_credential: Default::default(),
            has_value: Default::default(),
            description: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `key` and returns the value, for chaining.
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = value.into();
        self
    }
    /// Sets `value` and returns the value, for chaining.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `choice_option` and returns the value, for chaining.
    pub fn with_choice_option(mut self, value: Vec<String>) -> Self {
        self.choice_option = Some(value);
        self
    }
    /// Sets `required` and returns the value, for chaining.
    pub fn with_required(mut self, value: bool) -> Self {
        self.required = value;
        self
    }
    /// Sets `is_credential` and returns the value, for chaining.
    pub fn with_is_credential(mut self, value: bool) -> Self {
        self.is_credential = value;
        self
    }
    /// Sets `has_value` and returns the value, for chaining.
    pub fn with_has_value(mut self, value: bool) -> Self {
        self.has_value = value;
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
/// Which test to run, with the code and variable values to use.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiCreateTestTaskReq {
    /// Identifier of the project the test belongs to; required.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub project_key: String,
    /// Name of the test; required.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub test_name: String,
    /// Revisions of the test's repositories to use; the test's defaults when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repo_info: Option<Vec<crate::types::OpenApiRepoInput>>,
    /// Values of the test's variables for this run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inputs: Option<Vec<crate::types::TaskInputKv>>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiCreateTestTaskReq {
    /// Creates an empty `OpenApiCreateTestTaskReq`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            project_key: Default::default(),
            test_name: Default::default(),
            repo_info: None,
            inputs: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `project_key` and returns the value, for chaining.
    pub fn with_project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = value.into();
        self
    }
    /// Sets `test_name` and returns the value, for chaining.
    pub fn with_test_name(mut self, value: impl Into<String>) -> Self {
        self.test_name = value.into();
        self
    }
    /// Sets `repo_info` and returns the value, for chaining.
    pub fn with_repo_info(mut self, value: Vec<crate::types::OpenApiRepoInput>) -> Self {
        self.repo_info = Some(value);
        self
    }
    /// Sets `inputs` and returns the value, for chaining.
    pub fn with_inputs(mut self, value: Vec<crate::types::TaskInputKv>) -> Self {
        self.inputs = Some(value);
        self
    }
}
/// The run a test request started.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiCreateTestTaskResp {
    /// Number of the new run.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub task_id: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiCreateTestTaskResp {
    /// Creates an empty `OpenApiCreateTestTaskResp`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            task_id: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `task_id` and returns the value, for chaining.
    pub fn with_task_id(mut self, value: i64) -> Self {
        self.task_id = value;
        self
    }
}
/// The state and result of one test run.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiTestTaskDetail {
    /// Name of the test.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub test_name: String,
    /// Number of the run.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub task_id: i64,
    /// Who started the run.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub creator: String,
    /// When the run was created, as a Unix timestamp in seconds.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub create_time: i64,
    /// When the run started, as a Unix timestamp in seconds.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub start_time: i64,
    /// When the run finished, as a Unix timestamp in seconds; 0 while it runs.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub end_time: i64,
    /// Where the run stands (for example `running`, `passed`, `failed`).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub status: String,
    /// Summary of the test results, when the run produced a report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_report: Option<OpenApiTestReport>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiTestTaskDetail {
    /// Creates an empty `OpenApiTestTaskDetail`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            test_name: Default::default(),
            task_id: Default::default(),
            creator: Default::default(),
            create_time: Default::default(),
            start_time: Default::default(),
            end_time: Default::default(),
            status: Default::default(),
            test_report: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `test_name` and returns the value, for chaining.
    pub fn with_test_name(mut self, value: impl Into<String>) -> Self {
        self.test_name = value.into();
        self
    }
    /// Sets `task_id` and returns the value, for chaining.
    pub fn with_task_id(mut self, value: i64) -> Self {
        self.task_id = value;
        self
    }
    /// Sets `creator` and returns the value, for chaining.
    pub fn with_creator(mut self, value: impl Into<String>) -> Self {
        self.creator = value.into();
        self
    }
    /// Sets `create_time` and returns the value, for chaining.
    pub fn with_create_time(mut self, value: i64) -> Self {
        self.create_time = value;
        self
    }
    /// Sets `start_time` and returns the value, for chaining.
    pub fn with_start_time(mut self, value: i64) -> Self {
        self.start_time = value;
        self
    }
    /// Sets `end_time` and returns the value, for chaining.
    pub fn with_end_time(mut self, value: i64) -> Self {
        self.end_time = value;
        self
    }
    /// Sets `status` and returns the value, for chaining.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = value.into();
        self
    }
    /// Sets `test_report` and returns the value, for chaining.
    pub fn with_test_report(mut self, value: OpenApiTestReport) -> Self {
        self.test_report = Some(value);
        self
    }
}
/// Counts and cases of a test run's report.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiTestReport {
    /// Number of test cases.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub test_total: i64,
    /// Number of failed cases.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub failure_total: i64,
    /// Number of passed cases.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub success_total: i64,
    /// Number of skipped cases (the server's spelling).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub skiped_total: i64,
    /// Number of cases that ended in an error.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub error_total: i64,
    /// Total time of the cases, in seconds.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub time: f64,
    /// The individual test cases.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub test_cases: Vec<OpenApiTestCase>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiTestReport {
    /// Creates an empty `OpenApiTestReport`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            test_total: Default::default(),
            failure_total: Default::default(),
            success_total: Default::default(),
            skiped_total: Default::default(),
            error_total: Default::default(),
            time: Default::default(),
            test_cases: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `test_total` and returns the value, for chaining.
    pub fn with_test_total(mut self, value: i64) -> Self {
        self.test_total = value;
        self
    }
    /// Sets `failure_total` and returns the value, for chaining.
    pub fn with_failure_total(mut self, value: i64) -> Self {
        self.failure_total = value;
        self
    }
    /// Sets `success_total` and returns the value, for chaining.
    pub fn with_success_total(mut self, value: i64) -> Self {
        self.success_total = value;
        self
    }
    /// Sets `skiped_total` and returns the value, for chaining.
    pub fn with_skiped_total(mut self, value: i64) -> Self {
        self.skiped_total = value;
        self
    }
    /// Sets `error_total` and returns the value, for chaining.
    pub fn with_error_total(mut self, value: i64) -> Self {
        self.error_total = value;
        self
    }
    /// Sets `time` and returns the value, for chaining.
    pub fn with_time(mut self, value: f64) -> Self {
        self.time = value;
        self
    }
    /// Sets `test_cases` and returns the value, for chaining.
    pub fn with_test_cases(mut self, value: Vec<OpenApiTestCase>) -> Self {
        self.test_cases = value;
        self
    }
}
/// One test case of a report.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OpenApiTestCase {
    /// Name of the case.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub name: String,
    /// Time the case took, in seconds.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub time: f64,
    /// Why the case failed, when it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<TestCaseFailure>,
    /// The error the case ended in, when it errored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<TestCaseError>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl OpenApiTestCase {
    /// Creates an empty `OpenApiTestCase`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            name: Default::default(),
            time: Default::default(),
            failure: None,
            error: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `time` and returns the value, for chaining.
    pub fn with_time(mut self, value: f64) -> Self {
        self.time = value;
        self
    }
    /// Sets `failure` and returns the value, for chaining.
    pub fn with_failure(mut self, value: TestCaseFailure) -> Self {
        self.failure = Some(value);
        self
    }
    /// Sets `error` and returns the value, for chaining.
    pub fn with_error(mut self, value: TestCaseError) -> Self {
        self.error = Some(value);
        self
    }
}
/// The failure of a test case as the report gives it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TestCaseFailure {
    /// Failure message.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub message: String,
    /// Kind of failure, as the test framework names it.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub r#type: String,
    /// Full failure text (often a stack trace).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub text: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl TestCaseFailure {
    /// Creates an empty `TestCaseFailure`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            message: Default::default(),
            r#type: Default::default(),
            text: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `message` and returns the value, for chaining.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
    /// Sets `text` and returns the value, for chaining.
    pub fn with_text(mut self, value: impl Into<String>) -> Self {
        self.text = value.into();
        self
    }
}
/// The error of a test case as the report gives it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TestCaseError {
    /// Error message.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub message: String,
    /// Kind of error, as the test framework names it.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub r#type: String,
    /// Full error text (often a stack trace).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub text: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl TestCaseError {
    /// Creates an empty `TestCaseError`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            message: Default::default(),
            r#type: Default::default(),
            text: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `message` and returns the value, for chaining.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = value.into();
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
    /// Sets `text` and returns the value, for chaining.
    pub fn with_text(mut self, value: impl Into<String>) -> Self {
        self.text = value.into();
        self
    }
}
