// @generated from spec/registry.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Image registry API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Integrates a new image registry.
    ///
    /// `POST /openapi/system/registry`
    ///
    /// Arguments:
    /// - `body`: Address, kind, namespace and credentials of the registry.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/registry/#integrate-image-registry>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_registry(
        &self,
        body: crate::types::OpenApiCreateRegistryReq,
    ) -> CreateRegistry<'_> {
        CreateRegistry {
            client: self,
            body,
            options: CallOptions::default(),
        }
    }
    /// Lists the integrated image registries.
    ///
    /// `GET /openapi/system/registry`
    ///
    /// Returns the decoded list of [`OpenApiRegistry`](crate::types::OpenApiRegistry).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/registry/#list-image-registry-information>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_registries(&self) -> ListRegistries<'_> {
        ListRegistries {
            client: self,
            options: CallOptions::default(),
        }
    }
    /// Reads one image registry.
    ///
    /// `GET /openapi/system/registry/{id}`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the image registry.
    ///
    /// Returns the decoded [`OpenApiRegistry`](crate::types::OpenApiRegistry).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/registry/#get-specified-image-registry-information>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_registry(&self, id: impl Into<String>) -> GetRegistry<'_> {
        GetRegistry {
            client: self,
            id: id.into(),
            options: CallOptions::default(),
        }
    }
    /// Changes the address, kind, namespace, region and default flag of an image registry.
    ///
    /// `PUT /openapi/system/registry/{id}`
    ///
    /// The body's `registry_id` is ignored (the path names the registry) and the credentials are kept as they are. Only system administrators may call this.
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the image registry.
    /// - `body`: The registry's new settings.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/registry/#update-specified-image-registry-information>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_registry(
        &self,
        id: impl Into<String>,
        body: crate::types::OpenApiRegistry,
    ) -> UpdateRegistry<'_> {
        UpdateRegistry {
            client: self,
            id: id.into(),
            body,
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::create_registry`](crate::Client::create_registry): `POST /openapi/system/registry`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateRegistry<'a> {
    client: &'a crate::Client,
    body: crate::types::OpenApiCreateRegistryReq,
    options: CallOptions,
}
impl<'a> CreateRegistry<'a> {
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
    /// See [`Client::create_registry`](crate::Client::create_registry).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_registry",
            reqwest::Method::POST,
            "/openapi/system/registry",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::list_registries`](crate::Client::list_registries): `GET /openapi/system/registry`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListRegistries<'a> {
    client: &'a crate::Client,
    options: CallOptions,
}
impl<'a> ListRegistries<'a> {
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
    /// Sends the request and returns the decoded list of [`OpenApiRegistry`](crate::types::OpenApiRegistry).
    ///
    /// # Errors
    ///
    /// See [`Client::list_registries`](crate::Client::list_registries).
    pub async fn send(self) -> crate::Result<Vec<crate::types::OpenApiRegistry>> {
        let request = Request::new(
            "list_registries",
            reqwest::Method::GET,
            "/openapi/system/registry",
        );
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_registry`](crate::Client::get_registry): `GET /openapi/system/registry/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetRegistry<'a> {
    client: &'a crate::Client,
    id: String,
    options: CallOptions,
}
impl<'a> GetRegistry<'a> {
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
    /// Sends the request and returns the decoded [`OpenApiRegistry`](crate::types::OpenApiRegistry).
    ///
    /// # Errors
    ///
    /// See [`Client::get_registry`](crate::Client::get_registry).
    pub async fn send(self) -> crate::Result<crate::types::OpenApiRegistry> {
        let mut request = Request::new(
            "get_registry",
            reqwest::Method::GET,
            "/openapi/system/registry/{id}",
        );
        request.path_param("id", &self.id);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::update_registry`](crate::Client::update_registry): `PUT /openapi/system/registry/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateRegistry<'a> {
    client: &'a crate::Client,
    id: String,
    body: crate::types::OpenApiRegistry,
    options: CallOptions,
}
impl<'a> UpdateRegistry<'a> {
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
    /// See [`Client::update_registry`](crate::Client::update_registry).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_registry",
            reqwest::Method::PUT,
            "/openapi/system/registry/{id}",
        );
        request.path_param("id", &self.id);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
