// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API.
#[cfg_attr(docsrs, doc(cfg(feature = "api")))]
impl<M> crate::GenericClient<M> {
    /// Fetched one thing.
    ///
    /// `GET /things/{thingId}`
    ///
    /// Arguments:
    /// - `thing_id` (path `thingId`): Identifier of the thing.
    ///
    /// `send()` returns the decoded [`Thing`](crate::types::Thing).
    ///
    /// Vendor docs: <https://example.invalid/docs/#get-thing>
    pub fn get_thing(&self, thing_id: impl Into<String>) -> GetThing<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetThing {
                thing_id: thing_id.into(),
            },
        )
    }
}
/// The call of [`Client::get_thing`](crate::Client::get_thing) (`GET /things/{thingId}`) on either client.
pub type GetThing<'a, M = crate::Async> = crate::Call<'a, M, crate::endpoints::GetThing>;
