// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API.
#[cfg_attr(docsrs, doc(cfg(feature = "api")))]
impl<M> crate::GenericClient<M> {
    /// Replaces a thing.
    ///
    /// `PUT /things`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://example.invalid/docs/#update-thing>
    pub fn update_thing(&self, body: crate::types::Thing) -> UpdateThing<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateThing {
                body,
            },
        )
    }
}
/// The call of [`Client::update_thing`](crate::Client::update_thing) (`PUT /things`) on either client.
pub type UpdateThing<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateThing,
>;
