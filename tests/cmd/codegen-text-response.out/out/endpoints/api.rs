// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Fixture API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::get_service_yaml`](crate::Client::get_service_yaml), with its route.
#[derive(Debug, Clone)]
pub struct GetServiceYaml {
    pub(crate) name: String,
}
static GET_SERVICE_YAML: Route = Route::new(
    "get_service_yaml",
    reqwest::Method::GET,
    "/services/{name}/yaml",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for GetServiceYaml {
    type Answer = crate::call::Text;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_SERVICE_YAML
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.name);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
