// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API.
#[cfg_attr(docsrs, doc(cfg(feature = "api")))]
impl<M> crate::GenericClient<M> {
    /// Streams a job's log lines as they are written.
    ///
    /// `GET /logs/{jobId}/{tailLines}`
    ///
    /// Arguments:
    /// - `job_id` (path `jobId`): Job identifier.
    /// - `tail_lines` (path `tailLines`): How many past lines to send first.
    ///
    /// `send()` returns a stream of log lines, read as the server sends them.
    pub fn stream_logs(
        &self,
        job_id: impl Into<String>,
        tail_lines: i64,
    ) -> StreamLogs<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::StreamLogs {
                job_id: job_id.into(),
                tail_lines,
            },
        )
    }
}
/// The call of [`Client::stream_logs`](crate::Client::stream_logs) (`GET /logs/{jobId}/{tailLines}`) on either client.
pub type StreamLogs<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::StreamLogs,
>;
