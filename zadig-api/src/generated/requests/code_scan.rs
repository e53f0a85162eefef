// @generated from spec/code_scan.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Code scanning API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
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
            body,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            scan_name: scan_name.into(),
            body,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            scan_name: scan_name.into(),
            task_id: task_id.into(),
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::create_code_scan`](crate::Client::create_code_scan): `POST /openapi/quality/codescan`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateCodeScan<'a> {
    client: &'a crate::Client,
    body: crate::types::OpenApiCreateScanningReq,
    options: CallOptions,
}
impl<'a> CreateCodeScan<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since
    /// repeating it may repeat its effect; opt in only when that is safe.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_code_scan`](crate::Client::create_code_scan).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_code_scan",
            reqwest::Method::POST,
            "/openapi/quality/codescan",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_code_scan_task`](crate::Client::create_code_scan_task): `POST /openapi/quality/codescan/{scanName}/task`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateCodeScanTask<'a> {
    client: &'a crate::Client,
    project_key: String,
    scan_name: String,
    body: crate::types::OpenApiCreateScanningTaskReq,
    options: CallOptions,
}
impl<'a> CreateCodeScanTask<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since
    /// repeating it may repeat its effect; opt in only when that is safe.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`OpenApiCreateScanningTaskResp`](crate::types::OpenApiCreateScanningTaskResp).
    ///
    /// # Errors
    ///
    /// See [`Client::create_code_scan_task`](crate::Client::create_code_scan_task).
    pub async fn send(
        self,
    ) -> crate::Result<crate::types::OpenApiCreateScanningTaskResp> {
        let mut request = Request::new(
            "create_code_scan_task",
            reqwest::Method::POST,
            "/openapi/quality/codescan/{scanName}/task",
        );
        request.path_param("scanName", &self.scan_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_code_scan_task`](crate::Client::get_code_scan_task): `GET /openapi/quality/codescan/{scanName}/task/{taskID}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetCodeScanTask<'a> {
    client: &'a crate::Client,
    project_key: String,
    scan_name: String,
    task_id: String,
    options: CallOptions,
}
impl<'a> GetCodeScanTask<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`OpenApiScanTaskDetail`](crate::types::OpenApiScanTaskDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_code_scan_task`](crate::Client::get_code_scan_task).
    pub async fn send(self) -> crate::Result<crate::types::OpenApiScanTaskDetail> {
        let mut request = Request::new(
            "get_code_scan_task",
            reqwest::Method::GET,
            "/openapi/quality/codescan/{scanName}/task/{taskID}",
        );
        request.path_param("scanName", &self.scan_name);
        request.path_param("taskID", &self.task_id);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
