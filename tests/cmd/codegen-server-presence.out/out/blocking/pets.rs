// @generated from spec/pets.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Pets API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Lists the pets of a shop.
    ///
    /// `GET /openapi/pets`
    ///
    /// Arguments:
    /// - `shop_key` (query `shopKey`): Key of the shop.
    ///
    /// Optional query parameters are setters on [`ListPets`]:
    /// - `sort`: Sort order, as the docs give it.
    ///
    /// Returns the decoded [`PetList`](crate::types::PetList).
    ///
    /// # Docs errata
    ///
    /// - pets.en.txt says `sort: the sort order`: The handler does not read `sort`; kept because the docs show it.
    /// - pets.en.txt says `the list has no paging`: Left out to show a recorded missing parameter.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_pets(&self, shop_key: impl Into<String>) -> ListPets<'_> {
        ListPets {
            client: self,
            inner: self.as_async().list_pets(shop_key),
        }
    }
    /// Fetches one pet.
    ///
    /// `GET /openapi/pets/{id}`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the pet.
    ///
    /// Returns the decoded [`Pet`](crate::types::Pet).
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_pet(&self, id: impl Into<String>) -> GetPet<'_> {
        GetPet {
            client: self,
            inner: self.as_async().get_pet(id),
        }
    }
    /// Adds a pet.
    ///
    /// `POST /openapi/pets`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_pet(&self, body: crate::types::Pet) -> CreatePet<'_> {
        CreatePet {
            client: self,
            inner: self.as_async().create_pet(body),
        }
    }
    /// Fetches a pet's care log.
    ///
    /// `GET /openapi/pets/{id}/log`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the pet.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// # Docs errata
    ///
    /// - pets.en.txt says `the log is returned as JSON`: Kept as the docs say, to show a recorded response difference.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_pet_log(&self, id: impl Into<String>) -> GetPetLog<'_> {
        GetPetLog {
            client: self,
            inner: self.as_async().get_pet_log(id),
        }
    }
    /// Removes a pet.
    ///
    /// `DELETE /openapi/pets/{id}`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the pet.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - pets.en.txt says `DELETE /openapi/pets/:id takes no query`: Left out to show a recorded missing parameter.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_pet(&self, id: impl Into<String>) -> DeletePet<'_> {
        DeletePet {
            client: self,
            inner: self.as_async().delete_pet(id),
        }
    }
    /// Feeds a pet.
    ///
    /// `POST /openapi/pets/{id}/feed`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the pet.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn feed_pet(&self, id: impl Into<String>) -> FeedPet<'_> {
        FeedPet {
            client: self,
            inner: self.as_async().feed_pet(id),
        }
    }
}
/// Blocking request builder for [`blocking::Client::list_pets`](crate::blocking::Client::list_pets): `GET /openapi/pets`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListPets<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListPets<'a>,
}
impl<'a> ListPets<'a> {
    /// Sets the optional query parameter `sort`; see [`requests::ListPets::sort`](crate::requests::ListPets::sort).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.sort(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_pets`](crate::Client::list_pets); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::PetList> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_pet`](crate::blocking::Client::get_pet): `GET /openapi/pets/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetPet<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetPet<'a>,
}
impl<'a> GetPet<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_pet`](crate::Client::get_pet); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::Pet> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_pet`](crate::blocking::Client::create_pet): `POST /openapi/pets`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreatePet<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreatePet<'a>,
}
impl<'a> CreatePet<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::create_pet`](crate::Client::create_pet); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_pet_log`](crate::blocking::Client::get_pet_log): `GET /openapi/pets/{id}/log`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetPetLog<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetPetLog<'a>,
}
impl<'a> GetPetLog<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_pet_log`](crate::Client::get_pet_log); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<serde_json::Value> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_pet`](crate::blocking::Client::delete_pet): `DELETE /openapi/pets/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeletePet<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeletePet<'a>,
}
impl<'a> DeletePet<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_pet`](crate::Client::delete_pet); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::feed_pet`](crate::blocking::Client::feed_pet): `POST /openapi/pets/{id}/feed`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct FeedPet<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::FeedPet<'a>,
}
impl<'a> FeedPet<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::feed_pet`](crate::Client::feed_pet); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
