// @generated from spec/pets.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Pets API.
#[cfg_attr(docsrs, doc(cfg(feature = "pets")))]
impl<M> crate::GenericClient<M> {
    /// Lists the pets of a shop.
    ///
    /// `GET /openapi/pets`
    ///
    /// Arguments:
    /// - `shop_key` (query `shopKey`): Key of the shop.
    ///
    /// Optional query parameters: [`sort`](ListPets::sort).
    ///
    /// `send()` returns the decoded [`PetList`](crate::types::PetList).
    ///
    /// # Docs errata
    ///
    /// - pets.en.txt says `sort: the sort order`: The handler does not read `sort`; kept because the docs show it.
    /// - pets.en.txt says `the list has no paging`: Left out to show a recorded missing parameter.
    pub fn list_pets(&self, shop_key: impl Into<String>) -> ListPets<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListPets {
                shop_key: shop_key.into(),
                sort: None,
            },
        )
    }
    /// Fetches one pet.
    ///
    /// `GET /openapi/pets/{id}`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the pet.
    ///
    /// `send()` returns the decoded [`Pet`](crate::types::Pet).
    pub fn get_pet(&self, id: impl Into<String>) -> GetPet<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetPet {
                id: id.into(),
            },
        )
    }
    /// Adds a pet.
    ///
    /// `POST /openapi/pets`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    pub fn create_pet(&self, body: crate::types::Pet) -> CreatePet<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreatePet {
                body,
            },
        )
    }
    /// Fetches a pet's care log.
    ///
    /// `GET /openapi/pets/{id}/log`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the pet.
    ///
    /// `send()` returns the response as untyped JSON.
    ///
    /// # Docs errata
    ///
    /// - pets.en.txt says `the log is returned as JSON`: Kept as the docs say, to show a recorded response difference.
    pub fn get_pet_log(&self, id: impl Into<String>) -> GetPetLog<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetPetLog {
                id: id.into(),
            },
        )
    }
    /// Removes a pet.
    ///
    /// `DELETE /openapi/pets/{id}`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the pet.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - pets.en.txt says `DELETE /openapi/pets/:id takes no query`: Left out to show a recorded missing parameter.
    pub fn delete_pet(&self, id: impl Into<String>) -> DeletePet<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeletePet {
                id: id.into(),
            },
        )
    }
    /// Feeds a pet.
    ///
    /// `POST /openapi/pets/{id}/feed`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the pet.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    pub fn feed_pet(&self, id: impl Into<String>) -> FeedPet<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::FeedPet {
                id: id.into(),
            },
        )
    }
}
/// The call of [`Client::list_pets`](crate::Client::list_pets) (`GET /openapi/pets`) on either client.
pub type ListPets<'a, M = crate::Async> = crate::Call<'a, M, crate::endpoints::ListPets>;
impl<M> ListPets<'_, M> {
    /// Sort order, as the docs give it (query `sort`).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.endpoint.sort = Some(value.into());
        self
    }
}
/// The call of [`Client::get_pet`](crate::Client::get_pet) (`GET /openapi/pets/{id}`) on either client.
pub type GetPet<'a, M = crate::Async> = crate::Call<'a, M, crate::endpoints::GetPet>;
/// The call of [`Client::create_pet`](crate::Client::create_pet) (`POST /openapi/pets`) on either client.
pub type CreatePet<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreatePet,
>;
/// The call of [`Client::get_pet_log`](crate::Client::get_pet_log) (`GET /openapi/pets/{id}/log`) on either client.
pub type GetPetLog<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetPetLog,
>;
/// The call of [`Client::delete_pet`](crate::Client::delete_pet) (`DELETE /openapi/pets/{id}`) on either client.
pub type DeletePet<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeletePet,
>;
/// The call of [`Client::feed_pet`](crate::Client::feed_pet) (`POST /openapi/pets/{id}/feed`) on either client.
pub type FeedPet<'a, M = crate::Async> = crate::Call<'a, M, crate::endpoints::FeedPet>;
