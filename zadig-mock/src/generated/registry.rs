// @generated from spec/registry.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Image registry endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{Endpoint, JsonAnswer, JsonBody, MessageAnswer, sealed::Sealed};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `POST /openapi/system/registry` calls (`create_registry`): Integrates a new image registry
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_registry(&self) -> Expect<'_, CreateRegistry> {
        self.expect()
    }
    /// Expects `GET /openapi/system/registry` calls (`list_registries`): Lists the integrated image registries
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_registries(&self) -> Expect<'_, ListRegistries> {
        self.expect()
    }
    /// Expects `GET /openapi/system/registry/{id}` calls (`get_registry`): Reads one image registry
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_registry(&self) -> Expect<'_, GetRegistry> {
        self.expect()
    }
    /// Expects `PUT /openapi/system/registry/{id}` calls (`update_registry`): Changes the address, kind, namespace, region and default flag of an image registry
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_registry(&self) -> Expect<'_, UpdateRegistry> {
        self.expect()
    }
}
/// The `create_registry` endpoint (`POST /openapi/system/registry`, `Client::create_registry`): the type of its expectation, [`Expect<CreateRegistry>`](crate::Expect), which [`MockZadig::create_registry`] returns.
pub enum CreateRegistry {}
impl Sealed for CreateRegistry {}
impl Endpoint for CreateRegistry {
    const ID: &'static str = "create_registry";
}
impl MessageAnswer for CreateRegistry {}
impl JsonBody for CreateRegistry {
    type Body = crate::types::OpenApiCreateRegistryReq;
}
/// The `list_registries` endpoint (`GET /openapi/system/registry`, `Client::list_registries`): the type of its expectation, [`Expect<ListRegistries>`](crate::Expect), which [`MockZadig::list_registries`] returns.
pub enum ListRegistries {}
impl Sealed for ListRegistries {}
impl Endpoint for ListRegistries {
    const ID: &'static str = "list_registries";
}
impl JsonAnswer for ListRegistries {
    type Response = Vec<crate::types::OpenApiRegistry>;
}
/// The `get_registry` endpoint (`GET /openapi/system/registry/{id}`, `Client::get_registry`): the type of its expectation, [`Expect<GetRegistry>`](crate::Expect), which [`MockZadig::get_registry`] returns.
pub enum GetRegistry {}
impl Sealed for GetRegistry {}
impl Endpoint for GetRegistry {
    const ID: &'static str = "get_registry";
}
impl JsonAnswer for GetRegistry {
    type Response = crate::types::OpenApiRegistry;
}
impl Expect<'_, GetRegistry> {
    /// Matches only calls whose path parameter `id` is `value`.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("id", &value)
    }
}
/// The `update_registry` endpoint (`PUT /openapi/system/registry/{id}`, `Client::update_registry`): the type of its expectation, [`Expect<UpdateRegistry>`](crate::Expect), which [`MockZadig::update_registry`] returns.
pub enum UpdateRegistry {}
impl Sealed for UpdateRegistry {}
impl Endpoint for UpdateRegistry {
    const ID: &'static str = "update_registry";
}
impl MessageAnswer for UpdateRegistry {}
impl JsonBody for UpdateRegistry {
    type Body = crate::types::OpenApiRegistry;
}
impl Expect<'_, UpdateRegistry> {
    /// Matches only calls whose path parameter `id` is `value`.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("id", &value)
    }
}
