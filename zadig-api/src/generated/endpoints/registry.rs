// @generated from spec/registry.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Image registry API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::create_registry`](crate::Client::create_registry), with its route.
#[derive(Debug, Clone)]
pub struct CreateRegistry {
    pub(crate) body: crate::types::OpenApiCreateRegistryReq,
}
static CREATE_REGISTRY: Route = Route::new(
    "create_registry",
    reqwest::Method::POST,
    "/openapi/system/registry",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateRegistry {
    type Answer = crate::call::Message;
    type Body = crate::types::OpenApiCreateRegistryReq;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_REGISTRY
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::OpenApiCreateRegistryReq> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::list_registries`](crate::Client::list_registries), with its route.
#[derive(Debug, Clone)]
pub struct ListRegistries {}
static LIST_REGISTRIES: Route = Route::new(
    "list_registries",
    reqwest::Method::GET,
    "/openapi/system/registry",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for ListRegistries {
    type Answer = crate::call::Json<Vec<crate::types::OpenApiRegistry>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_REGISTRIES
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_registry`](crate::Client::get_registry), with its route.
#[derive(Debug, Clone)]
pub struct GetRegistry {
    pub(crate) id: String,
}
static GET_REGISTRY: Route = Route::new(
    "get_registry",
    reqwest::Method::GET,
    "/openapi/system/registry/{id}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for GetRegistry {
    type Answer = crate::call::Json<crate::types::OpenApiRegistry>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_REGISTRY
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("id", &self.id);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::update_registry`](crate::Client::update_registry), with its route.
#[derive(Debug, Clone)]
pub struct UpdateRegistry {
    pub(crate) id: String,
    pub(crate) body: crate::types::OpenApiRegistry,
}
static UPDATE_REGISTRY: Route = Route::new(
    "update_registry",
    reqwest::Method::PUT,
    "/openapi/system/registry/{id}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateRegistry {
    type Answer = crate::call::Message;
    type Body = crate::types::OpenApiRegistry;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_REGISTRY
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("id", &self.id);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::OpenApiRegistry> {
        Some(&self.body)
    }
}
