// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
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
    /// Returns the decoded [`RunPage`](crate::types::RunPage). The builder's [`items`](crate::requests::ListRuns::items) walks every page.
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
            project_key: project_key.into(),
            status: status.into(),
            kinds: None,
            tags: None,
            detailed: None,
            page_num: None,
            page_size: None,
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
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
            run_id,
            options: CallOptions::default(),
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
            run_id,
            options: CallOptions::default(),
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
            run_id,
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::list_runs`](crate::Client::list_runs): `GET /projects/{projectKey}/runs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListRuns<'a> {
    client: &'a crate::Client,
    project_key: String,
    status: crate::types::RunStatus,
    kinds: Option<Vec<crate::types::RunStatus>>,
    tags: Option<Vec<String>>,
    detailed: Option<bool>,
    page_num: Option<i64>,
    page_size: Option<i64>,
    options: CallOptions,
}
impl<'a> ListRuns<'a> {
    /// Only runs of these statuses too (query `kinds`).
    pub fn kinds(mut self, value: Vec<crate::types::RunStatus>) -> Self {
        self.kinds = Some(value);
        self
    }
    /// Only runs with all of these tags (query `tags`).
    pub fn tags(mut self, value: Vec<String>) -> Self {
        self.tags = Some(value);
        self
    }
    /// Include details (query `detailed`).
    pub fn detailed(mut self, value: bool) -> Self {
        self.detailed = Some(value);
        self
    }
    /// Page number (query `pageNum`). Server default: `1`.
    pub fn page_num(mut self, value: i64) -> Self {
        self.page_num = Some(value);
        self
    }
    /// Page size (query `pageSize`). Server default: `20`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
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
    /// Every item across all pages, fetched lazily one page at a time.
    ///
    /// Starts at the page set with [`page_num`](Self::page_num) (default 1) and stops at the reported total, at an empty page, or at a short page. Each page is one call with this builder's settings; an error ends the stream after it is yielded.
    pub fn items(self) -> crate::Paginated<'a, crate::types::Run> {
        let first_page = self.page_num.unwrap_or(1);
        let page_size = self.page_size.unwrap_or(20i64);
        crate::Paginated::new(
            first_page,
            page_size,
            move |page| {
                let mut request = self.clone();
                request.page_num = Some(page);
                Box::pin(async move {
                    let response = request.send().await?;
                    Ok(crate::runtime::pagination::Page {
                        total: response.total,
                        items: response.runs.unwrap_or_default(),
                    })
                })
            },
        )
    }
    /// Sends the request and returns the decoded [`RunPage`](crate::types::RunPage).
    ///
    /// # Errors
    ///
    /// See [`Client::list_runs`](crate::Client::list_runs).
    pub async fn send(self) -> crate::Result<crate::types::RunPage> {
        let mut request = Request::new(
            "list_runs",
            reqwest::Method::GET,
            "/projects/{projectKey}/runs",
        );
        request.path_param("projectKey", &self.project_key);
        request.query("status", &self.status);
        for value in self.kinds.iter().flatten() {
            request.query("kinds", value);
        }
        for value in self.tags.iter().flatten() {
            request.query("tags", value);
        }
        if let Some(value) = &self.detailed {
            request.query("detailed", value);
        }
        if let Some(value) = &self.page_num {
            request.query("pageNum", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_run`](crate::Client::create_run): `POST /runs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateRun<'a> {
    client: &'a crate::Client,
    body: crate::types::NewRun,
    options: CallOptions,
}
impl<'a> CreateRun<'a> {
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
    /// See [`Client::create_run`](crate::Client::create_run).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new("create_run", reqwest::Method::POST, "/runs");
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::get_run_log`](crate::Client::get_run_log): `GET /runs/{runId}/log`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetRunLog<'a> {
    client: &'a crate::Client,
    run_id: i64,
    options: CallOptions,
}
impl<'a> GetRunLog<'a> {
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
    /// Sends the request and returns the response body as text.
    ///
    /// # Errors
    ///
    /// See [`Client::get_run_log`](crate::Client::get_run_log).
    pub async fn send(self) -> crate::Result<String> {
        let mut request = Request::new(
            "get_run_log",
            reqwest::Method::GET,
            "/runs/{runId}/log",
        );
        request.path_param("runId", &self.run_id.to_string());
        self.client.send_text(request, self.options).await
    }
}
/// Request builder for [`Client::follow_run_log`](crate::Client::follow_run_log): `GET /runs/{runId}/log/stream`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct FollowRunLog<'a> {
    client: &'a crate::Client,
    run_id: i64,
    options: CallOptions,
}
impl<'a> FollowRunLog<'a> {
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
    /// Sends the request and returns a stream of log lines, read as the server sends them.
    ///
    /// # Errors
    ///
    /// See [`Client::follow_run_log`](crate::Client::follow_run_log).
    pub async fn send(self) -> crate::Result<crate::LogStream> {
        let mut request = Request::new(
            "follow_run_log",
            reqwest::Method::GET,
            "/runs/{runId}/log/stream",
        );
        request.path_param("runId", &self.run_id.to_string());
        self.client.send_event_stream(request, self.options).await
    }
}
/// Request builder for [`Client::delete_run`](crate::Client::delete_run): `DELETE /runs/{runId}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteRun<'a> {
    client: &'a crate::Client,
    run_id: i64,
    options: CallOptions,
}
impl<'a> DeleteRun<'a> {
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
    /// Sends the request and returns nothing once the server has accepted the call.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_run`](crate::Client::delete_run).
    pub async fn send(self) -> crate::Result<()> {
        let mut request = Request::new(
            "delete_run",
            reqwest::Method::DELETE,
            "/runs/{runId}",
        );
        request.path_param("runId", &self.run_id.to_string());
        self.client.send_empty(request, self.options).await
    }
}
