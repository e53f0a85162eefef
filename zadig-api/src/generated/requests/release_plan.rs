// @generated from spec/release_plan.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Release plan API.
#[cfg_attr(docsrs, doc(cfg(feature = "release_plan")))]
impl<M> crate::GenericClient<M> {
    /// Lists release plans, one page at a time.
    ///
    /// `GET /openapi/release_plan/v1`
    ///
    /// Arguments:
    /// - `page_num` (query `pageNum`): 1-based page number.
    /// - `page_size` (query `pageSize`): Number of plans per page.
    ///
    /// `send()` returns the decoded [`ReleasePlanList`](crate::types::ReleasePlanList); `items()` walks every page.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.2/api/release-plan/#get-release-plan-list>
    pub fn list_release_plans(
        &self,
        page_num: i64,
        page_size: i64,
    ) -> ListReleasePlans<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListReleasePlans {
                page_num,
                page_size,
            },
        )
    }
    /// Reads one release plan with its approval settings and jobs.
    ///
    /// `GET /openapi/release_plan/v1/{id}`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the release plan.
    ///
    /// `send()` returns the decoded [`ReleasePlan`](crate::types::ReleasePlan).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.2/api/release-plan/#get-release-plan-details>
    pub fn get_release_plan(&self, id: impl Into<String>) -> GetReleasePlan<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetReleasePlan {
                id: id.into(),
            },
        )
    }
    /// Creates a release plan (without jobs) and returns its id.
    ///
    /// `POST /openapi/release_plan/v1`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns the decoded [`CreateReleasePlanResponse`](crate::types::CreateReleasePlanResponse).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.2/api/release-plan/#create-release-plan>
    pub fn create_release_plan(
        &self,
        body: crate::types::CreateReleasePlanRequest,
    ) -> CreateReleasePlan<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateReleasePlan {
                body,
            },
        )
    }
    /// Updates a release plan and replaces its list of jobs.
    ///
    /// `PATCH /openapi/release_plan/v1/{id}`
    ///
    /// Served by Zadig v4.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Despite the PATCH method every setting is replaced: a field left out is cleared. A plan that has succeeded, is executing or is waiting for approval cannot be changed; a changed plan goes back to planning.
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the release plan.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `POST /openapi/release_plan/v1/jobs`: No release routes it. v4.0.0 and later update a plan together with its jobs through PATCH /openapi/release_plan/v1/{id}, which the release plan page (v4.2) documents; we use that route. v3.4.x serves no way to update a plan.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.2/api/release-plan/#update-release-plan-and-jobs>
    pub fn update_release_plan(
        &self,
        id: impl Into<String>,
        body: crate::types::UpdateReleasePlanRequest,
    ) -> UpdateReleasePlan<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateReleasePlan {
                id: id.into(),
                body,
            },
        )
    }
}
/// The call of [`Client::list_release_plans`](crate::Client::list_release_plans) (`GET /openapi/release_plan/v1`) on either client.
pub type ListReleasePlans<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListReleasePlans,
>;
/// The call of [`Client::get_release_plan`](crate::Client::get_release_plan) (`GET /openapi/release_plan/v1/{id}`) on either client.
pub type GetReleasePlan<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetReleasePlan,
>;
/// The call of [`Client::create_release_plan`](crate::Client::create_release_plan) (`POST /openapi/release_plan/v1`) on either client.
pub type CreateReleasePlan<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateReleasePlan,
>;
/// The call of [`Client::update_release_plan`](crate::Client::update_release_plan) (`PATCH /openapi/release_plan/v1/{id}`) on either client.
pub type UpdateReleasePlan<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateReleasePlan,
>;
