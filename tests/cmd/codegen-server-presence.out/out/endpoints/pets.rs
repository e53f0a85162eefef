// @generated from spec/pets.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Pets API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::list_pets`](crate::Client::list_pets), with its route.
#[derive(Debug, Clone)]
pub struct ListPets {
    pub(crate) shop_key: String,
    pub(crate) sort: Option<String>,
}
static LIST_PETS: Route = Route::new(
    "list_pets",
    reqwest::Method::GET,
    "/openapi/pets",
    &["shopKey", "sort"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListPets {
    type Answer = crate::call::Json<crate::types::PetList>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_PETS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("shopKey", &self.shop_key);
        request.query_opt("sort", &self.sort);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_pet`](crate::Client::get_pet), with its route.
#[derive(Debug, Clone)]
pub struct GetPet {
    pub(crate) id: String,
}
static GET_PET: Route = Route::new(
    "get_pet",
    reqwest::Method::GET,
    "/openapi/pets/{id}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for GetPet {
    type Answer = crate::call::Json<crate::types::Pet>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_PET
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
/// The parameters of [`Client::create_pet`](crate::Client::create_pet), with its route.
#[derive(Debug, Clone)]
pub struct CreatePet {
    pub(crate) body: crate::types::Pet,
}
static CREATE_PET: Route = Route::new(
    "create_pet",
    reqwest::Method::POST,
    "/openapi/pets",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CreatePet {
    type Answer = crate::call::Message;
    type Body = crate::types::Pet;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_PET
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::Pet> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::get_pet_log`](crate::Client::get_pet_log), with its route.
#[derive(Debug, Clone)]
pub struct GetPetLog {
    pub(crate) id: String,
}
static GET_PET_LOG: Route = Route::new(
    "get_pet_log",
    reqwest::Method::GET,
    "/openapi/pets/{id}/log",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for GetPetLog {
    type Answer = crate::call::Json<serde_json::Value>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_PET_LOG
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
/// The parameters of [`Client::delete_pet`](crate::Client::delete_pet), with its route.
#[derive(Debug, Clone)]
pub struct DeletePet {
    pub(crate) id: String,
}
static DELETE_PET: Route = Route::new(
    "delete_pet",
    reqwest::Method::DELETE,
    "/openapi/pets/{id}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for DeletePet {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_PET
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
/// The parameters of [`Client::feed_pet`](crate::Client::feed_pet), with its route.
#[derive(Debug, Clone)]
pub struct FeedPet {
    pub(crate) id: String,
}
static FEED_PET: Route = Route::new(
    "feed_pet",
    reqwest::Method::POST,
    "/openapi/pets/{id}/feed",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for FeedPet {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &FEED_PET
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
