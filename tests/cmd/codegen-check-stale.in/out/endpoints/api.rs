// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Fixture API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::get_thing`](crate::Client::get_thing), with its route.
#[derive(Debug, Clone)]
pub struct GetThing {
    pub(crate) thing_id: String,
}
static GET_THING: Route = Route::new(
    "get_thing",
    reqwest::Method::GET,
    "/things/{thingId}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for GetThing {
    type Answer = crate::call::Json<crate::types::Thing>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_THING
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("thingId", &self.thing_id);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
