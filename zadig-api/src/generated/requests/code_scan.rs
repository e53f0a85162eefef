// @generated from spec/code_scan.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Code scanning API.
#[cfg_attr(docsrs, doc(cfg(feature = "code_scan")))]
impl<M> crate::GenericClient<M> {
    /// Defines a new code scan.
    ///
    /// `POST /openapi/quality/codescan`
    ///
    /// Arguments:
    /// - `body`: The scan's name and project, scanner, repositories, scripts and settings.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/scan/#create-code-scan>
    pub fn create_code_scan(
        &self,
        body: crate::types::OpenApiCreateScanningReq,
    ) -> CreateCodeScan<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateCodeScan {
                body,
            },
        )
    }
    /// Starts a run of a code scan.
    ///
    /// `POST /openapi/quality/codescan/{scanName}/task`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project the code scan belongs to.
    /// - `scan_name` (path `scanName`): Name of the code scan.
    /// - `body`: Branches to scan and variable values for the run.
    ///
    /// `send()` returns the decoded [`OpenApiCreateScanningTaskResp`](crate::types::OpenApiCreateScanningTaskResp).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/scan/#execute-code-scan-task>
    pub fn create_code_scan_task(
        &self,
        project_key: impl Into<String>,
        scan_name: impl Into<String>,
        body: crate::types::OpenApiCreateScanningTaskReq,
    ) -> CreateCodeScanTask<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateCodeScanTask {
                project_key: project_key.into(),
                scan_name: scan_name.into(),
                body,
            },
        )
    }
    /// Reads the state of one code scan run.
    ///
    /// `GET /openapi/quality/codescan/{scanName}/task/{taskID}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project the code scan belongs to.
    /// - `scan_name` (path `scanName`): Name of the code scan.
    /// - `task_id` (path `taskID`): Number of the task run.
    ///
    /// `send()` returns the decoded [`OpenApiScanTaskDetail`](crate::types::OpenApiScanTaskDetail).
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/quality/codescan/:scanName/task/:taskID lists no projectKey`: The server rejects a request without `projectKey` (scan names are unique only within a project), so the spec requires it.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/scan/#get-code-scan-task-details>
    pub fn get_code_scan_task(
        &self,
        project_key: impl Into<String>,
        scan_name: impl Into<String>,
        task_id: impl Into<String>,
    ) -> GetCodeScanTask<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetCodeScanTask {
                project_key: project_key.into(),
                scan_name: scan_name.into(),
                task_id: task_id.into(),
            },
        )
    }
}
/// The call of [`Client::create_code_scan`](crate::Client::create_code_scan) (`POST /openapi/quality/codescan`) on either client.
pub type CreateCodeScan<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateCodeScan,
>;
/// The call of [`Client::create_code_scan_task`](crate::Client::create_code_scan_task) (`POST /openapi/quality/codescan/{scanName}/task`) on either client.
pub type CreateCodeScanTask<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateCodeScanTask,
>;
/// The call of [`Client::get_code_scan_task`](crate::Client::get_code_scan_task) (`GET /openapi/quality/codescan/{scanName}/task/{taskID}`) on either client.
pub type GetCodeScanTask<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetCodeScanTask,
>;
