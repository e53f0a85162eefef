// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Lists runs page by page, by status and tags.
    ///
    /// `GET /projects/{projectKey}/runs`
    ///
    /// Newest first.
    ///
    /// Arguments:
    /// - `project_key` (path `projectKey`): Project identifier.
    /// - `status` (query `status`): Only runs with this status.
    ///
    /// Optional query parameters are setters on [`ListRuns`]:
    /// - `kinds`: Only runs of these statuses too.
    /// - `tags`: Only runs with all of these tags.
    /// - `detailed`: Include details.
    /// - `page_num`: Page number. (server default: `1`)
    /// - `page_size`: Page size. (server default: `20`)
    ///
    /// Returns the decoded [`RunPage`](crate::types::RunPage). The builder's [`items`](crate::blocking::requests::ListRuns::items) walks every page.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn list_runs(
        &self,
        project_key: impl Into<String>,
        status: impl Into<crate::types::RunStatus>,
    ) -> ListRuns<'_> {
        ListRuns {
            client: self,
            inner: self.as_async().list_runs(project_key, status),
        }
    }
    /// Starts a run.
    ///
    /// `POST /runs`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
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
    pub fn create_run(&self, body: crate::types::NewRun) -> CreateRun<'_> {
        CreateRun {
            client: self,
            inner: self.as_async().create_run(body),
        }
    }
    /// Fetches a run's whole log.
    ///
    /// `GET /runs/{runId}/log`
    ///
    /// Arguments:
    /// - `run_id` (path `runId`): Run number.
    ///
    /// Returns the response body as text.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_run_log(&self, run_id: i64) -> GetRunLog<'_> {
        GetRunLog {
            client: self,
            inner: self.as_async().get_run_log(run_id),
        }
    }
    /// Follows a run's log.
    ///
    /// `GET /runs/{runId}/log/stream`
    ///
    /// Arguments:
    /// - `run_id` (path `runId`): Run number.
    ///
    /// Returns a stream of log lines, read as the server sends them.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn follow_run_log(&self, run_id: i64) -> FollowRunLog<'_> {
        FollowRunLog {
            client: self,
            inner: self.as_async().follow_run_log(run_id),
        }
    }
    /// Deletes a run.
    ///
    /// `DELETE /runs/{runId}`
    ///
    /// Arguments:
    /// - `run_id` (path `runId`): Run number.
    ///
    /// Returns nothing once the server has accepted the call.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_run(&self, run_id: i64) -> DeleteRun<'_> {
        DeleteRun {
            client: self,
            inner: self.as_async().delete_run(run_id),
        }
    }
}
/// Blocking request builder for [`blocking::Client::list_runs`](crate::blocking::Client::list_runs): `GET /projects/{projectKey}/runs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListRuns<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListRuns<'a>,
}
impl<'a> ListRuns<'a> {
    /// Sets the optional query parameter `kinds`; see [`requests::ListRuns::kinds`](crate::requests::ListRuns::kinds).
    pub fn kinds(mut self, value: Vec<crate::types::RunStatus>) -> Self {
        self.inner = self.inner.kinds(value);
        self
    }
    /// Sets the optional query parameter `tags`; see [`requests::ListRuns::tags`](crate::requests::ListRuns::tags).
    pub fn tags(mut self, value: Vec<String>) -> Self {
        self.inner = self.inner.tags(value);
        self
    }
    /// Sets the optional query parameter `detailed`; see [`requests::ListRuns::detailed`](crate::requests::ListRuns::detailed).
    pub fn detailed(mut self, value: bool) -> Self {
        self.inner = self.inner.detailed(value);
        self
    }
    /// Sets the optional query parameter `pageNum`; see [`requests::ListRuns::page_num`](crate::requests::ListRuns::page_num).
    pub fn page_num(mut self, value: i64) -> Self {
        self.inner = self.inner.page_num(value);
        self
    }
    /// Sets the optional query parameter `pageSize`; see [`requests::ListRuns::page_size`](crate::requests::ListRuns::page_size).
    pub fn page_size(mut self, value: i64) -> Self {
        self.inner = self.inner.page_size(value);
        self
    }
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
    /// Every item across all pages, fetched lazily one page at a time; see
    /// the async builder's `items`.
    pub fn items(self) -> crate::blocking::PaginatedIter<'a, crate::types::Run> {
        crate::blocking::PaginatedIter::new(self.inner.items(), self.client)
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_runs`](crate::Client::list_runs); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::RunPage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_run`](crate::blocking::Client::create_run): `POST /runs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateRun<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateRun<'a>,
}
impl<'a> CreateRun<'a> {
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
    /// See [`Client::create_run`](crate::Client::create_run); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_run_log`](crate::blocking::Client::get_run_log): `GET /runs/{runId}/log`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetRunLog<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetRunLog<'a>,
}
impl<'a> GetRunLog<'a> {
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
    /// See [`Client::get_run_log`](crate::Client::get_run_log); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<String> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::follow_run_log`](crate::blocking::Client::follow_run_log): `GET /runs/{runId}/log/stream`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct FollowRunLog<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::FollowRunLog<'a>,
}
impl<'a> FollowRunLog<'a> {
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
    /// See [`Client::follow_run_log`](crate::Client::follow_run_log); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::blocking::LogLines> {
        let client = self.client;
        client
            .block_on(self.inner.send())
            .map(|stream| crate::blocking::LogLines::new(stream, client))
    }
}
/// Blocking request builder for [`blocking::Client::delete_run`](crate::blocking::Client::delete_run): `DELETE /runs/{runId}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteRun<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteRun<'a>,
}
impl<'a> DeleteRun<'a> {
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
    /// See [`Client::delete_run`](crate::Client::delete_run); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<()> {
        self.client.block_on(self.inner.send())
    }
}
