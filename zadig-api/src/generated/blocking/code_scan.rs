// @generated from spec/code_scan.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Code scanning API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Defines a new code scan.
    ///
    /// `POST /openapi/quality/codescan`
    ///
    /// Arguments:
    /// - `body`: The scan's name and project, scanner, repositories, scripts and settings.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/scan/#create-code-scan>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_code_scan(
        &self,
        body: crate::types::OpenApiCreateScanningReq,
    ) -> CreateCodeScan<'_> {
        CreateCodeScan {
            client: self,
            inner: self.as_async().create_code_scan(body),
        }
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
    /// Returns the decoded [`OpenApiCreateScanningTaskResp`](crate::types::OpenApiCreateScanningTaskResp).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/scan/#execute-code-scan-task>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn create_code_scan_task(
        &self,
        project_key: impl Into<String>,
        scan_name: impl Into<String>,
        body: crate::types::OpenApiCreateScanningTaskReq,
    ) -> CreateCodeScanTask<'_> {
        CreateCodeScanTask {
            client: self,
            inner: self.as_async().create_code_scan_task(project_key, scan_name, body),
        }
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
    /// Returns the decoded [`OpenApiScanTaskDetail`](crate::types::OpenApiScanTaskDetail).
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/quality/codescan/:scanName/task/:taskID lists no projectKey`: The server rejects a request without `projectKey` (scan names are unique only within a project), so the spec requires it.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/scan/#get-code-scan-task-details>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_code_scan_task(
        &self,
        project_key: impl Into<String>,
        scan_name: impl Into<String>,
        task_id: impl Into<String>,
    ) -> GetCodeScanTask<'_> {
        GetCodeScanTask {
            client: self,
            inner: self.as_async().get_code_scan_task(project_key, scan_name, task_id),
        }
    }
}
/// Blocking request builder for [`blocking::Client::create_code_scan`](crate::blocking::Client::create_code_scan): `POST /openapi/quality/codescan`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateCodeScan<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateCodeScan<'a>,
}
impl<'a> CreateCodeScan<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::create_code_scan`](crate::Client::create_code_scan); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_code_scan_task`](crate::blocking::Client::create_code_scan_task): `POST /openapi/quality/codescan/{scanName}/task`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateCodeScanTask<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateCodeScanTask<'a>,
}
impl<'a> CreateCodeScanTask<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::create_code_scan_task`](crate::Client::create_code_scan_task); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::OpenApiCreateScanningTaskResp> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_code_scan_task`](crate::blocking::Client::get_code_scan_task): `GET /openapi/quality/codescan/{scanName}/task/{taskID}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetCodeScanTask<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetCodeScanTask<'a>,
}
impl<'a> GetCodeScanTask<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_code_scan_task`](crate::Client::get_code_scan_task); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::OpenApiScanTaskDetail> {
        self.client.block_on(self.inner.send())
    }
}
