// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
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
            project_key: project_key.into(),
            env_name: env_name.into(),
            pod_name: pod_name.into(),
            force,
            options: CallOptions::default(),
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
            workflow_key: workflow_key.into(),
            task_id,
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::restart_pod`](crate::Client::restart_pod): `POST /environments/{name}/pods/{podName}/restart`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct RestartPod<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    pod_name: String,
    force: bool,
    options: CallOptions,
}
impl<'a> RestartPod<'a> {
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
    /// See [`Client::restart_pod`](crate::Client::restart_pod).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "restart_pod",
            reqwest::Method::POST,
            "/environments/{name}/pods/{podName}/restart",
        );
        request.path_param("name", &self.env_name);
        request.path_param("podName", &self.pod_name);
        request.query("force", &self.force);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::get_run`](crate::Client::get_run): `GET /runs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetRun<'a> {
    client: &'a crate::Client,
    workflow_key: String,
    task_id: i64,
    options: CallOptions,
}
impl<'a> GetRun<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::get_run`](crate::Client::get_run).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new("get_run", reqwest::Method::GET, "/runs");
        request.query("taskId", &self.task_id);
        request.query("workflowKey", &self.workflow_key);
        self.client.send_message(request, self.options).await
    }
}
