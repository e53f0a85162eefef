// @generated from spec/test.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Test API.
#[cfg_attr(docsrs, doc(cfg(feature = "test")))]
impl<M> crate::GenericClient<M> {
    /// Reads a test and the variables a run of it takes.
    ///
    /// `GET /openapi/quality/testing/{testName}`
    ///
    /// Not in any Zadig release yet: only the development branch serves it, so a client configured for a release (by default the latest) refuses the call before sending it; configure [`Release::MAIN`](crate::Release::MAIN) to call a development build.
    ///
    /// Lists the test's variables with their types, defaults and whether they are required, which is what `create_test_task` needs in `inputs`; credential values are withheld.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project the test belongs to.
    /// - `test_name` (path `testName`): Name of the test.
    ///
    /// `send()` returns the decoded [`OpenApiTestInfo`](crate::types::OpenApiTestInfo).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn get_test_info(
        &self,
        project_key: impl Into<String>,
        test_name: impl Into<String>,
    ) -> GetTestInfo<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetTestInfo {
                project_key: project_key.into(),
                test_name: test_name.into(),
            },
        )
    }
    /// Starts a run of a test.
    ///
    /// `POST /openapi/quality/testing/task`
    ///
    /// Arguments:
    /// - `body`: The test to run, and optionally the code revisions and variable values to use.
    ///
    /// `send()` returns the decoded [`OpenApiCreateTestTaskResp`](crate::types::OpenApiCreateTestTaskResp).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/test/#execute-test-task>
    pub fn create_test_task(
        &self,
        body: crate::types::OpenApiCreateTestTaskReq,
    ) -> CreateTestTask<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateTestTask {
                body,
            },
        )
    }
    /// Reads the state and report of one test run.
    ///
    /// `GET /openapi/quality/testing/{testName}/task/{taskID}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project the test belongs to.
    /// - `test_name` (path `testName`): Name of the test.
    /// - `task_id` (path `taskID`): Number of the task run.
    ///
    /// `send()` returns the decoded [`OpenApiTestTaskDetail`](crate::types::OpenApiTestTaskDetail).
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/quality/testing/:testName/task/:taskID lists no projectKey`: The server rejects a request without `projectKey` (test names are unique only within a project), so the spec requires it.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/test/#get-test-task-details>
    pub fn get_test_task(
        &self,
        project_key: impl Into<String>,
        test_name: impl Into<String>,
        task_id: impl Into<String>,
    ) -> GetTestTask<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetTestTask {
                project_key: project_key.into(),
                test_name: test_name.into(),
                task_id: task_id.into(),
            },
        )
    }
}
/// The call of [`Client::get_test_info`](crate::Client::get_test_info) (`GET /openapi/quality/testing/{testName}`) on either client.
pub type GetTestInfo<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetTestInfo,
>;
/// The call of [`Client::create_test_task`](crate::Client::create_test_task) (`POST /openapi/quality/testing/task`) on either client.
pub type CreateTestTask<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateTestTask,
>;
/// The call of [`Client::get_test_task`](crate::Client::get_test_task) (`GET /openapi/quality/testing/{testName}/task/{taskID}`) on either client.
pub type GetTestTask<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetTestTask,
>;
