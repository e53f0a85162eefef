// @generated from spec/release_plan.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Release plan API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Lists release plans, one page at a time.
    ///
    /// `GET /openapi/release_plan/v1`
    ///
    /// Arguments:
    /// - `page_num` (query `pageNum`): 1-based page number.
    /// - `page_size` (query `pageSize`): Number of plans per page.
    ///
    /// Returns the decoded [`ReleasePlanList`](crate::types::ReleasePlanList). The builder's [`items`](crate::blocking::requests::ListReleasePlans::items) walks every page.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.2/api/release-plan/#get-release-plan-list>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_release_plans(
        &self,
        page_num: i64,
        page_size: i64,
    ) -> ListReleasePlans<'_> {
        ListReleasePlans {
            client: self,
            inner: self.as_async().list_release_plans(page_num, page_size),
        }
    }
    /// Reads one release plan with its approval settings and jobs.
    ///
    /// `GET /openapi/release_plan/v1/{id}`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the release plan.
    ///
    /// Returns the decoded [`ReleasePlan`](crate::types::ReleasePlan).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.2/api/release-plan/#get-release-plan-details>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_release_plan(&self, id: impl Into<String>) -> GetReleasePlan<'_> {
        GetReleasePlan {
            client: self,
            inner: self.as_async().get_release_plan(id),
        }
    }
    /// Creates a release plan (without jobs) and returns its id.
    ///
    /// `POST /openapi/release_plan/v1`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns the decoded [`CreateReleasePlanResponse`](crate::types::CreateReleasePlanResponse).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.2/api/release-plan/#create-release-plan>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_release_plan(
        &self,
        body: crate::types::CreateReleasePlanRequest,
    ) -> CreateReleasePlan<'_> {
        CreateReleasePlan {
            client: self,
            inner: self.as_async().create_release_plan(body),
        }
    }
    /// Updates a release plan and replaces its list of jobs.
    ///
    /// `PATCH /openapi/release_plan/v1/{id}`
    ///
    /// Despite the PATCH method every setting is replaced: a field left out is cleared. A plan that has succeeded, is executing or is waiting for approval cannot be changed; a changed plan goes back to planning.
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the release plan.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `POST /openapi/release_plan/v1/jobs`: No release routes it. v4.0.0 and later update a plan together with its jobs through PATCH /openapi/release_plan/v1/{id}, which the release plan page (v4.2) documents; we use that route. v3.4.x serves no way to update a plan.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.2/api/release-plan/#update-release-plan-and-jobs>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_release_plan(
        &self,
        id: impl Into<String>,
        body: crate::types::UpdateReleasePlanRequest,
    ) -> UpdateReleasePlan<'_> {
        UpdateReleasePlan {
            client: self,
            inner: self.as_async().update_release_plan(id, body),
        }
    }
}
/// Blocking request builder for [`blocking::Client::list_release_plans`](crate::blocking::Client::list_release_plans): `GET /openapi/release_plan/v1`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListReleasePlans<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListReleasePlans<'a>,
}
impl<'a> ListReleasePlans<'a> {
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
    pub fn items(
        self,
    ) -> crate::blocking::PaginatedIter<'a, crate::types::ReleasePlanSummary> {
        crate::blocking::PaginatedIter::new(self.inner.items(), self.client)
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_release_plans`](crate::Client::list_release_plans); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ReleasePlanList> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_release_plan`](crate::blocking::Client::get_release_plan): `GET /openapi/release_plan/v1/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetReleasePlan<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetReleasePlan<'a>,
}
impl<'a> GetReleasePlan<'a> {
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
    /// See [`Client::get_release_plan`](crate::Client::get_release_plan); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ReleasePlan> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_release_plan`](crate::blocking::Client::create_release_plan): `POST /openapi/release_plan/v1`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateReleasePlan<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateReleasePlan<'a>,
}
impl<'a> CreateReleasePlan<'a> {
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
    /// See [`Client::create_release_plan`](crate::Client::create_release_plan); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::CreateReleasePlanResponse> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_release_plan`](crate::blocking::Client::update_release_plan): `PATCH /openapi/release_plan/v1/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateReleasePlan<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateReleasePlan<'a>,
}
impl<'a> UpdateReleasePlan<'a> {
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
    /// See [`Client::update_release_plan`](crate::Client::update_release_plan); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
