// @generated from spec/code_scan.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Code scanning endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{Endpoint, JsonAnswer, JsonBody, MessageAnswer, sealed::Sealed};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `POST /openapi/quality/codescan` calls (`create_code_scan`): Defines a new code scan
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_code_scan(&self) -> Expect<'_, CreateCodeScan> {
        self.expect()
    }
    /// Expects `POST /openapi/quality/codescan/{scanName}/task` calls (`create_code_scan_task`): Starts a run of a code scan
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_code_scan_task(&self) -> Expect<'_, CreateCodeScanTask> {
        self.expect()
    }
    /// Expects `GET /openapi/quality/codescan/{scanName}/task/{taskID}` calls (`get_code_scan_task`): Reads the state of one code scan run
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_code_scan_task(&self) -> Expect<'_, GetCodeScanTask> {
        self.expect()
    }
}
/// The `create_code_scan` endpoint (`POST /openapi/quality/codescan`, `Client::create_code_scan`): the type of its expectation, [`Expect<CreateCodeScan>`](crate::Expect), which [`MockZadig::create_code_scan`] returns.
pub enum CreateCodeScan {}
impl Sealed for CreateCodeScan {}
impl Endpoint for CreateCodeScan {
    const ID: &'static str = "create_code_scan";
}
impl MessageAnswer for CreateCodeScan {}
impl JsonBody for CreateCodeScan {
    type Body = crate::types::OpenApiCreateScanningReq;
}
/// The `create_code_scan_task` endpoint (`POST /openapi/quality/codescan/{scanName}/task`, `Client::create_code_scan_task`): the type of its expectation, [`Expect<CreateCodeScanTask>`](crate::Expect), which [`MockZadig::create_code_scan_task`] returns.
pub enum CreateCodeScanTask {}
impl Sealed for CreateCodeScanTask {}
impl Endpoint for CreateCodeScanTask {
    const ID: &'static str = "create_code_scan_task";
}
impl JsonAnswer for CreateCodeScanTask {
    type Response = crate::types::OpenApiCreateScanningTaskResp;
}
impl JsonBody for CreateCodeScanTask {
    type Body = crate::types::OpenApiCreateScanningTaskReq;
}
impl Expect<'_, CreateCodeScanTask> {
    /// Matches only calls whose path parameter `scanName` is `value`.
    pub fn scan_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("scanName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `get_code_scan_task` endpoint (`GET /openapi/quality/codescan/{scanName}/task/{taskID}`, `Client::get_code_scan_task`): the type of its expectation, [`Expect<GetCodeScanTask>`](crate::Expect), which [`MockZadig::get_code_scan_task`] returns.
pub enum GetCodeScanTask {}
impl Sealed for GetCodeScanTask {}
impl Endpoint for GetCodeScanTask {
    const ID: &'static str = "get_code_scan_task";
}
impl JsonAnswer for GetCodeScanTask {
    type Response = crate::types::OpenApiScanTaskDetail;
}
impl Expect<'_, GetCodeScanTask> {
    /// Matches only calls whose path parameter `scanName` is `value`.
    pub fn scan_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("scanName", &value)
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
