// @generated from spec/runs.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Runs API.
#[cfg_attr(docsrs, doc(cfg(feature = "runs")))]
impl<M> crate::GenericClient<M> {
    /// Returns where a run stands.
    ///
    /// `GET /runs/{id}/status`
    ///
    /// Arguments:
    /// - `id` (path `id`): Run id.
    ///
    /// `send()` returns the decoded [`Status`](crate::types::Status).
    pub fn get_run_status(&self, id: impl Into<String>) -> GetRunStatus<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetRunStatus {
                id: id.into(),
            },
        )
    }
}
/// The call of [`Client::get_run_status`](crate::Client::get_run_status) (`GET /runs/{id}/status`) on either client.
pub type GetRunStatus<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetRunStatus,
>;
