// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Restarts a pod of an environment.
    ///
    /// `POST /environments/{name}/pods/{podName}/restart`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `pod_name` (path `podName`): Name of the pod.
    /// - `force` (query `force`): Restart even if the pod is not ready.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn restart_pod(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        pod_name: impl Into<String>,
        force: bool,
    ) -> RestartPod<'_> {
        RestartPod {
            client: self,
            inner: self.as_async().restart_pod(project_key, env_name, pod_name, force),
        }
    }
    /// Returns one run of a workflow.
    ///
    /// `GET /runs`
    ///
    /// Arguments:
    /// - `workflow_key` (query `workflowKey`): Key of the workflow.
    /// - `task_id` (query `taskId`): Number of the run.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_run(&self, workflow_key: impl Into<String>, task_id: i64) -> GetRun<'_> {
        GetRun {
            client: self,
            inner: self.as_async().get_run(workflow_key, task_id),
        }
    }
}
/// Blocking request builder for [`blocking::Client::restart_pod`](crate::blocking::Client::restart_pod): `POST /environments/{name}/pods/{podName}/restart`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct RestartPod<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::RestartPod<'a>,
}
impl<'a> RestartPod<'a> {
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
    /// See [`Client::restart_pod`](crate::Client::restart_pod); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_run`](crate::blocking::Client::get_run): `GET /runs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetRun<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetRun<'a>,
}
impl<'a> GetRun<'a> {
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
    /// See [`Client::get_run`](crate::Client::get_run); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
