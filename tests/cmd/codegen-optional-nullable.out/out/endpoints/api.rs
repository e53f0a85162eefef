// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Fixture API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::update_thing`](crate::Client::update_thing), with its route.
#[derive(Debug, Clone)]
pub struct UpdateThing {
    pub(crate) body: crate::types::Thing,
}
static UPDATE_THING: Route = Route::new(
    "update_thing",
    reqwest::Method::PUT,
    "/things",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateThing {
    type Answer = crate::call::Message;
    type Body = crate::types::Thing;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_THING
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::Thing> {
        Some(&self.body)
    }
}
