// @generated from spec/test.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Test API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Reads a test and the variables a run of it takes.
    ///
    /// `GET /openapi/quality/testing/{testName}`
    ///
    /// Lists the test's variables with their types, defaults and whether they are required, which is what `create_test_task` needs in `inputs`; credential values are withheld. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project the test belongs to.
    /// - `test_name` (path `testName`): Name of the test.
    ///
    /// Returns the decoded [`OpenApiTestInfo`](crate::types::OpenApiTestInfo).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `18278c71646c`, and may change without notice in a release.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_test_info(
        &self,
        project_key: impl Into<String>,
        test_name: impl Into<String>,
    ) -> GetTestInfo<'_> {
        GetTestInfo {
            client: self,
            project_key: project_key.into(),
            test_name: test_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Starts a run of a test.
    ///
    /// `POST /openapi/quality/testing/task`
    ///
    /// Arguments:
    /// - `body`: The test to run, and optionally the code revisions and variable values to use.
    ///
    /// Returns the decoded [`OpenApiCreateTestTaskResp`](crate::types::OpenApiCreateTestTaskResp).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/test/#execute-test-task>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_test_task(
        &self,
        body: crate::types::OpenApiCreateTestTaskReq,
    ) -> CreateTestTask<'_> {
        CreateTestTask {
            client: self,
            body,
            options: CallOptions::default(),
        }
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
    /// Returns the decoded [`OpenApiTestTaskDetail`](crate::types::OpenApiTestTaskDetail).
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/quality/testing/:testName/task/:taskID lists no projectKey`: The server rejects a request without `projectKey` (test names are unique only within a project), so the spec requires it.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/test/#get-test-task-details>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_test_task(
        &self,
        project_key: impl Into<String>,
        test_name: impl Into<String>,
        task_id: impl Into<String>,
    ) -> GetTestTask<'_> {
        GetTestTask {
            client: self,
            project_key: project_key.into(),
            test_name: test_name.into(),
            task_id: task_id.into(),
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::get_test_info`](crate::Client::get_test_info): `GET /openapi/quality/testing/{testName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetTestInfo<'a> {
    client: &'a crate::Client,
    project_key: String,
    test_name: String,
    options: CallOptions,
}
impl<'a> GetTestInfo<'a> {
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
    /// Sends the request and returns the decoded [`OpenApiTestInfo`](crate::types::OpenApiTestInfo).
    ///
    /// # Errors
    ///
    /// See [`Client::get_test_info`](crate::Client::get_test_info).
    pub async fn send(self) -> crate::Result<crate::types::OpenApiTestInfo> {
        let mut request = Request::new(
            "get_test_info",
            reqwest::Method::GET,
            "/openapi/quality/testing/{testName}",
        );
        request.path_param("testName", &self.test_name);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_test_task`](crate::Client::create_test_task): `POST /openapi/quality/testing/task`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateTestTask<'a> {
    client: &'a crate::Client,
    body: crate::types::OpenApiCreateTestTaskReq,
    options: CallOptions,
}
impl<'a> CreateTestTask<'a> {
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
    /// Sends the request and returns the decoded [`OpenApiCreateTestTaskResp`](crate::types::OpenApiCreateTestTaskResp).
    ///
    /// # Errors
    ///
    /// See [`Client::create_test_task`](crate::Client::create_test_task).
    pub async fn send(self) -> crate::Result<crate::types::OpenApiCreateTestTaskResp> {
        let mut request = Request::new(
            "create_test_task",
            reqwest::Method::POST,
            "/openapi/quality/testing/task",
        );
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_test_task`](crate::Client::get_test_task): `GET /openapi/quality/testing/{testName}/task/{taskID}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetTestTask<'a> {
    client: &'a crate::Client,
    project_key: String,
    test_name: String,
    task_id: String,
    options: CallOptions,
}
impl<'a> GetTestTask<'a> {
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
    /// Sends the request and returns the decoded [`OpenApiTestTaskDetail`](crate::types::OpenApiTestTaskDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_test_task`](crate::Client::get_test_task).
    pub async fn send(self) -> crate::Result<crate::types::OpenApiTestTaskDetail> {
        let mut request = Request::new(
            "get_test_task",
            reqwest::Method::GET,
            "/openapi/quality/testing/{testName}/task/{taskID}",
        );
        request.path_param("testName", &self.test_name);
        request.path_param("taskID", &self.task_id);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
