// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API.
#[cfg_attr(docsrs, doc(cfg(feature = "api")))]
impl<M> crate::GenericClient<M> {
    /// Runs jobs.
    ///
    /// `POST /jobs`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns nothing once the server has accepted the call.
    pub fn run_jobs(&self, body: Vec<crate::types::JobInput>) -> RunJobs<'_, M> {
        crate::Call::new(self, crate::endpoints::RunJobs { body })
    }
}
/// The call of [`Client::run_jobs`](crate::Client::run_jobs) (`POST /jobs`) on either client.
pub type RunJobs<'a, M = crate::Async> = crate::Call<'a, M, crate::endpoints::RunJobs>;
