// @generated from spec/release_plan.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Release plan API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Lists release plans, one page at a time.
    ///
    /// `GET /openapi/release_plan/v1`
    ///
    /// Arguments:
    /// - `page_num` (query `pageNum`): 1-based page number.
    /// - `page_size` (query `pageSize`): Number of plans per page.
    ///
    /// Returns the decoded [`ReleasePlanList`](crate::types::ReleasePlanList). The builder's [`items`](crate::requests::ListReleasePlans::items) walks every page.
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
            page_num,
            page_size,
            options: CallOptions::default(),
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
            id: id.into(),
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
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
            id: id.into(),
            body,
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::list_release_plans`](crate::Client::list_release_plans): `GET /openapi/release_plan/v1`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListReleasePlans<'a> {
    client: &'a crate::Client,
    page_num: i64,
    page_size: i64,
    options: CallOptions,
}
impl<'a> ListReleasePlans<'a> {
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
    /// Starts at the page given to the client method and stops at the reported total, at an empty page, or at a short page. Each page is one call with this builder's settings; an error ends the stream after it is yielded.
    pub fn items(self) -> crate::Paginated<'a, crate::types::ReleasePlanSummary> {
        let first_page = self.page_num;
        let page_size = self.page_size;
        crate::Paginated::new(
            first_page,
            page_size,
            move |page| {
                let mut request = self.clone();
                request.page_num = page;
                Box::pin(async move {
                    let response = request.send().await?;
                    Ok(crate::runtime::pagination::Page {
                        total: Some(response.total),
                        items: response.list,
                    })
                })
            },
        )
    }
    /// Sends the request and returns the decoded [`ReleasePlanList`](crate::types::ReleasePlanList).
    ///
    /// # Errors
    ///
    /// See [`Client::list_release_plans`](crate::Client::list_release_plans).
    pub async fn send(self) -> crate::Result<crate::types::ReleasePlanList> {
        let mut request = Request::new(
            "list_release_plans",
            reqwest::Method::GET,
            "/openapi/release_plan/v1",
        );
        request.query("pageNum", &self.page_num);
        request.query("pageSize", &self.page_size);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_release_plan`](crate::Client::get_release_plan): `GET /openapi/release_plan/v1/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetReleasePlan<'a> {
    client: &'a crate::Client,
    id: String,
    options: CallOptions,
}
impl<'a> GetReleasePlan<'a> {
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
    /// Sends the request and returns the decoded [`ReleasePlan`](crate::types::ReleasePlan).
    ///
    /// # Errors
    ///
    /// See [`Client::get_release_plan`](crate::Client::get_release_plan).
    pub async fn send(self) -> crate::Result<crate::types::ReleasePlan> {
        let mut request = Request::new(
            "get_release_plan",
            reqwest::Method::GET,
            "/openapi/release_plan/v1/{id}",
        );
        request.path_param("id", &self.id);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_release_plan`](crate::Client::create_release_plan): `POST /openapi/release_plan/v1`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateReleasePlan<'a> {
    client: &'a crate::Client,
    body: crate::types::CreateReleasePlanRequest,
    options: CallOptions,
}
impl<'a> CreateReleasePlan<'a> {
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
    /// Sends the request and returns the decoded [`CreateReleasePlanResponse`](crate::types::CreateReleasePlanResponse).
    ///
    /// # Errors
    ///
    /// See [`Client::create_release_plan`](crate::Client::create_release_plan).
    pub async fn send(self) -> crate::Result<crate::types::CreateReleasePlanResponse> {
        let mut request = Request::new(
            "create_release_plan",
            reqwest::Method::POST,
            "/openapi/release_plan/v1",
        );
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::update_release_plan`](crate::Client::update_release_plan): `PATCH /openapi/release_plan/v1/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateReleasePlan<'a> {
    client: &'a crate::Client,
    id: String,
    body: crate::types::UpdateReleasePlanRequest,
    options: CallOptions,
}
impl<'a> UpdateReleasePlan<'a> {
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
    /// See [`Client::update_release_plan`](crate::Client::update_release_plan).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_release_plan",
            reqwest::Method::PATCH,
            "/openapi/release_plan/v1/{id}",
        );
        request.path_param("id", &self.id);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
