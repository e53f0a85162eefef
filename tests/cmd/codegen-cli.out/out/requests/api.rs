// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API.
#[cfg_attr(docsrs, doc(cfg(feature = "api")))]
impl<M> crate::GenericClient<M> {
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
    /// Optional query parameters: [`kinds`](ListRuns::kinds), [`tags`](ListRuns::tags), [`detailed`](ListRuns::detailed), [`page_num`](ListRuns::page_num), [`page_size`](ListRuns::page_size).
    ///
    /// `send()` returns the decoded [`RunPage`](crate::types::RunPage); `items()` walks every page.
    pub fn list_runs(
        &self,
        project_key: impl Into<String>,
        status: impl Into<crate::types::RunStatus>,
    ) -> ListRuns<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListRuns {
                project_key: project_key.into(),
                status: status.into(),
                kinds: None,
                tags: None,
                detailed: None,
                page_num: None,
                page_size: None,
            },
        )
    }
    /// Starts a run.
    ///
    /// `POST /runs`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    pub fn create_run(&self, body: crate::types::NewRun) -> CreateRun<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateRun {
                body,
            },
        )
    }
    /// Fetches a run's whole log.
    ///
    /// `GET /runs/{runId}/log`
    ///
    /// Arguments:
    /// - `run_id` (path `runId`): Run number.
    ///
    /// `send()` returns the response body as text.
    pub fn get_run_log(&self, run_id: i64) -> GetRunLog<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetRunLog {
                run_id,
            },
        )
    }
    /// Follows a run's log.
    ///
    /// `GET /runs/{runId}/log/stream`
    ///
    /// Arguments:
    /// - `run_id` (path `runId`): Run number.
    ///
    /// `send()` returns a stream of log lines, read as the server sends them.
    pub fn follow_run_log(&self, run_id: i64) -> FollowRunLog<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::FollowRunLog {
                run_id,
            },
        )
    }
    /// Deletes a run.
    ///
    /// `DELETE /runs/{runId}`
    ///
    /// Arguments:
    /// - `run_id` (path `runId`): Run number.
    ///
    /// `send()` returns nothing once the server has accepted the call.
    pub fn delete_run(&self, run_id: i64) -> DeleteRun<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteRun {
                run_id,
            },
        )
    }
}
/// The call of [`Client::list_runs`](crate::Client::list_runs) (`GET /projects/{projectKey}/runs`) on either client.
pub type ListRuns<'a, M = crate::Async> = crate::Call<'a, M, crate::endpoints::ListRuns>;
impl<M> ListRuns<'_, M> {
    /// Only runs of these statuses too (query `kinds`).
    pub fn kinds(mut self, value: Vec<crate::types::RunStatus>) -> Self {
        self.endpoint.kinds = Some(value);
        self
    }
    /// Only runs with all of these tags (query `tags`).
    pub fn tags(mut self, value: Vec<String>) -> Self {
        self.endpoint.tags = Some(value);
        self
    }
    /// Include details (query `detailed`).
    pub fn detailed(mut self, value: bool) -> Self {
        self.endpoint.detailed = Some(value);
        self
    }
    /// Page number (query `pageNum`). Server default: `1`.
    pub fn page_num(mut self, value: i64) -> Self {
        self.endpoint.page_num = Some(value);
        self
    }
    /// Page size (query `pageSize`). Server default: `20`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.endpoint.page_size = Some(value);
        self
    }
}
/// The call of [`Client::create_run`](crate::Client::create_run) (`POST /runs`) on either client.
pub type CreateRun<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateRun,
>;
/// The call of [`Client::get_run_log`](crate::Client::get_run_log) (`GET /runs/{runId}/log`) on either client.
pub type GetRunLog<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetRunLog,
>;
/// The call of [`Client::follow_run_log`](crate::Client::follow_run_log) (`GET /runs/{runId}/log/stream`) on either client.
pub type FollowRunLog<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::FollowRunLog,
>;
/// The call of [`Client::delete_run`](crate::Client::delete_run) (`DELETE /runs/{runId}`) on either client.
pub type DeleteRun<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteRun,
>;
