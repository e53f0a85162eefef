// @generated from spec/pets.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Pets API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
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
            shop_key: shop_key.into(),
            sort: None,
            options: CallOptions::default(),
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
            id: id.into(),
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
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
            id: id.into(),
            options: CallOptions::default(),
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
            id: id.into(),
            options: CallOptions::default(),
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
            id: id.into(),
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::list_pets`](crate::Client::list_pets): `GET /openapi/pets`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListPets<'a> {
    client: &'a crate::Client,
    shop_key: String,
    sort: Option<String>,
    options: CallOptions,
}
impl<'a> ListPets<'a> {
    /// Sort order, as the docs give it (query `sort`).
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`PetList`](crate::types::PetList).
    ///
    /// # Errors
    ///
    /// See [`Client::list_pets`](crate::Client::list_pets).
    pub async fn send(self) -> crate::Result<crate::types::PetList> {
        let mut request = Request::new(
            "list_pets",
            reqwest::Method::GET,
            "/openapi/pets",
        );
        request.query("shopKey", &self.shop_key);
        if let Some(value) = &self.sort {
            request.query("sort", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_pet`](crate::Client::get_pet): `GET /openapi/pets/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetPet<'a> {
    client: &'a crate::Client,
    id: String,
    options: CallOptions,
}
impl<'a> GetPet<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`Pet`](crate::types::Pet).
    ///
    /// # Errors
    ///
    /// See [`Client::get_pet`](crate::Client::get_pet).
    pub async fn send(self) -> crate::Result<crate::types::Pet> {
        let mut request = Request::new(
            "get_pet",
            reqwest::Method::GET,
            "/openapi/pets/{id}",
        );
        request.path_param("id", &self.id);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_pet`](crate::Client::create_pet): `POST /openapi/pets`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreatePet<'a> {
    client: &'a crate::Client,
    body: crate::types::Pet,
    options: CallOptions,
}
impl<'a> CreatePet<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since
    /// repeating it may repeat its effect; opt in only when that is safe.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_pet`](crate::Client::create_pet).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_pet",
            reqwest::Method::POST,
            "/openapi/pets",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::get_pet_log`](crate::Client::get_pet_log): `GET /openapi/pets/{id}/log`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetPetLog<'a> {
    client: &'a crate::Client,
    id: String,
    options: CallOptions,
}
impl<'a> GetPetLog<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::get_pet_log`](crate::Client::get_pet_log).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "get_pet_log",
            reqwest::Method::GET,
            "/openapi/pets/{id}/log",
        );
        request.path_param("id", &self.id);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::delete_pet`](crate::Client::delete_pet): `DELETE /openapi/pets/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeletePet<'a> {
    client: &'a crate::Client,
    id: String,
    options: CallOptions,
}
impl<'a> DeletePet<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_pet`](crate::Client::delete_pet).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_pet",
            reqwest::Method::DELETE,
            "/openapi/pets/{id}",
        );
        request.path_param("id", &self.id);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::feed_pet`](crate::Client::feed_pet): `POST /openapi/pets/{id}/feed`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct FeedPet<'a> {
    client: &'a crate::Client,
    id: String,
    options: CallOptions,
}
impl<'a> FeedPet<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since
    /// repeating it may repeat its effect; opt in only when that is safe.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::feed_pet`](crate::Client::feed_pet).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "feed_pet",
            reqwest::Method::POST,
            "/openapi/pets/{id}/feed",
        );
        request.path_param("id", &self.id);
        self.client.send_message(request, self.options).await
    }
}
