// @generated from spec/test.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Test endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{Endpoint, JsonAnswer, JsonBody, sealed::Sealed};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `GET /openapi/quality/testing/{testName}` calls (`get_test_info`): Reads a test and the variables a run of it takes
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_test_info(&self) -> Expect<'_, GetTestInfo> {
        self.expect()
    }
    /// Expects `POST /openapi/quality/testing/task` calls (`create_test_task`): Starts a run of a test
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_test_task(&self) -> Expect<'_, CreateTestTask> {
        self.expect()
    }
    /// Expects `GET /openapi/quality/testing/{testName}/task/{taskID}` calls (`get_test_task`): Reads the state and report of one test run
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_test_task(&self) -> Expect<'_, GetTestTask> {
        self.expect()
    }
}
/// The `get_test_info` endpoint (`GET /openapi/quality/testing/{testName}`, `Client::get_test_info`): the type of its expectation, [`Expect<GetTestInfo>`](crate::Expect), which [`MockZadig::get_test_info`] returns.
pub enum GetTestInfo {}
impl Sealed for GetTestInfo {}
impl Endpoint for GetTestInfo {
    const ID: &'static str = "get_test_info";
}
impl JsonAnswer for GetTestInfo {
    type Response = crate::types::OpenApiTestInfo;
}
impl Expect<'_, GetTestInfo> {
    /// Matches only calls whose path parameter `testName` is `value`.
    pub fn test_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("testName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `create_test_task` endpoint (`POST /openapi/quality/testing/task`, `Client::create_test_task`): the type of its expectation, [`Expect<CreateTestTask>`](crate::Expect), which [`MockZadig::create_test_task`] returns.
pub enum CreateTestTask {}
impl Sealed for CreateTestTask {}
impl Endpoint for CreateTestTask {
    const ID: &'static str = "create_test_task";
}
impl JsonAnswer for CreateTestTask {
    type Response = crate::types::OpenApiCreateTestTaskResp;
}
impl JsonBody for CreateTestTask {
    type Body = crate::types::OpenApiCreateTestTaskReq;
}
/// The `get_test_task` endpoint (`GET /openapi/quality/testing/{testName}/task/{taskID}`, `Client::get_test_task`): the type of its expectation, [`Expect<GetTestTask>`](crate::Expect), which [`MockZadig::get_test_task`] returns.
pub enum GetTestTask {}
impl Sealed for GetTestTask {}
impl Endpoint for GetTestTask {
    const ID: &'static str = "get_test_task";
}
impl JsonAnswer for GetTestTask {
    type Response = crate::types::OpenApiTestTaskDetail;
}
impl Expect<'_, GetTestTask> {
    /// Matches only calls whose path parameter `testName` is `value`.
    pub fn test_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("testName", &value)
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("taskID", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
