// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API.
#[cfg_attr(docsrs, doc(cfg(feature = "api")))]
impl<M> crate::GenericClient<M> {
    /// Lists runs by status.
    ///
    /// `GET /runs`
    ///
    /// Optional query parameters: [`status`](ListRuns::status).
    ///
    /// `send()` returns the decoded list of [`RunStatus`](crate::types::RunStatus).
    pub fn list_runs(&self) -> ListRuns<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListRuns {
                status: None,
            },
        )
    }
}
/// The call of [`Client::list_runs`](crate::Client::list_runs) (`GET /runs`) on either client.
pub type ListRuns<'a, M = crate::Async> = crate::Call<'a, M, crate::endpoints::ListRuns>;
impl<M> ListRuns<'_, M> {
    /// Only runs with this status (query `status`).
    pub fn status(mut self, value: impl Into<crate::types::RunStatus>) -> Self {
        self.endpoint.status = Some(value.into());
        self
    }
}
