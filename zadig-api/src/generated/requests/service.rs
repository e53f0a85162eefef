// @generated from spec/service.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Service API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Lists the test services of a project.
    ///
    /// `GET /openapi/service/yaml/services`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_services(&self) -> ListServices<'_> {
        ListServices {
            client: self,
            options: CallOptions::default(),
        }
    }
    /// Lists the production services of a project.
    ///
    /// `GET /openapi/service/yaml/production/services`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_production_services(&self) -> ListProductionServices<'_> {
        ListProductionServices {
            client: self,
            options: CallOptions::default(),
        }
    }
    /// Reads one test service.
    ///
    /// `GET /openapi/service/yaml/{serviceName}`
    ///
    /// Arguments:
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-2>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_service(&self, service_name: impl Into<String>) -> GetService<'_> {
        GetService {
            client: self,
            service_name: service_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Reads one production service.
    ///
    /// `GET /openapi/service/yaml/production/{serviceName}`
    ///
    /// Arguments:
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-2>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_production_service(
        &self,
        service_name: impl Into<String>,
    ) -> GetProductionService<'_> {
        GetProductionService {
            client: self,
            service_name: service_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Creates a test service from a YAML template.
    ///
    /// `POST /openapi/service/template/load/yaml`
    ///
    /// Arguments:
    /// - `body`: The docs do not give the shape of this body.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-3>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_service_from_template(
        &self,
        body: serde_json::Value,
    ) -> CreateServiceFromTemplate<'_> {
        CreateServiceFromTemplate {
            client: self,
            body,
            options: CallOptions::default(),
        }
    }
    /// Creates a production service from a YAML template.
    ///
    /// `POST /openapi/service/template/production/load/yaml`
    ///
    /// Arguments:
    /// - `body`: The docs do not give the shape of this body.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-3>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_production_service_from_template(
        &self,
        body: serde_json::Value,
    ) -> CreateProductionServiceFromTemplate<'_> {
        CreateProductionServiceFromTemplate {
            client: self,
            body,
            options: CallOptions::default(),
        }
    }
    /// Creates a test service from YAML typed in by hand.
    ///
    /// `POST /openapi/service/yaml/raw`
    ///
    /// The overview links the test variant of this row to the same anchor as the "update service configuration" row (`#test-service-5`); it is kept as given.
    ///
    /// Arguments:
    /// - `body`: The docs do not give the shape of this body.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-5>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_raw_service(&self, body: serde_json::Value) -> CreateRawService<'_> {
        CreateRawService {
            client: self,
            body,
            options: CallOptions::default(),
        }
    }
    /// Creates a production service from YAML typed in by hand.
    ///
    /// `POST /openapi/service/yaml/production/raw`
    ///
    /// Arguments:
    /// - `body`: The docs do not give the shape of this body.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-4>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_raw_production_service(
        &self,
        body: serde_json::Value,
    ) -> CreateRawProductionService<'_> {
        CreateRawProductionService {
            client: self,
            body,
            options: CallOptions::default(),
        }
    }
    /// Replaces the configuration of a test service.
    ///
    /// `PUT /openapi/service/yaml/{serviceName}`
    ///
    /// Arguments:
    /// - `service_name` (path `serviceName`): Name of the service.
    /// - `body`: The docs do not give the shape of this body.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-5>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_service(
        &self,
        service_name: impl Into<String>,
        body: serde_json::Value,
    ) -> UpdateService<'_> {
        UpdateService {
            client: self,
            service_name: service_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Replaces the configuration of a production service.
    ///
    /// `PUT /openapi/service/yaml/production/{serviceName}`
    ///
    /// Arguments:
    /// - `service_name` (path `serviceName`): Name of the service.
    /// - `body`: The docs do not give the shape of this body.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-5>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_production_service(
        &self,
        service_name: impl Into<String>,
        body: serde_json::Value,
    ) -> UpdateProductionService<'_> {
        UpdateProductionService {
            client: self,
            service_name: service_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Changes the variables of a test service.
    ///
    /// `PUT /openapi/service/yaml/{serviceName}/variable`
    ///
    /// Arguments:
    /// - `service_name` (path `serviceName`): Name of the service.
    /// - `body`: The docs do not give the shape of this body.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-6>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_service_variables(
        &self,
        service_name: impl Into<String>,
        body: serde_json::Value,
    ) -> UpdateServiceVariables<'_> {
        UpdateServiceVariables {
            client: self,
            service_name: service_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Changes the variables of a production service.
    ///
    /// `PUT /openapi/service/yaml/production/{serviceName}/variable`
    ///
    /// Arguments:
    /// - `service_name` (path `serviceName`): Name of the service.
    /// - `body`: The docs do not give the shape of this body.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-6>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_production_service_variables(
        &self,
        service_name: impl Into<String>,
        body: serde_json::Value,
    ) -> UpdateProductionServiceVariables<'_> {
        UpdateProductionServiceVariables {
            client: self,
            service_name: service_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Removes a test service from the project.
    ///
    /// `DELETE /openapi/service/yaml/{serviceName}`
    ///
    /// Arguments:
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-7>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_service(&self, service_name: impl Into<String>) -> DeleteService<'_> {
        DeleteService {
            client: self,
            service_name: service_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Removes a production service from the project.
    ///
    /// `DELETE /openapi/service/yaml/production/{serviceName}`
    ///
    /// Arguments:
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-7>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_production_service(
        &self,
        service_name: impl Into<String>,
    ) -> DeleteProductionService<'_> {
        DeleteProductionService {
            client: self,
            service_name: service_name.into(),
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::list_services`](crate::Client::list_services): `GET /openapi/service/yaml/services`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListServices<'a> {
    client: &'a crate::Client,
    options: CallOptions,
}
impl<'a> ListServices<'a> {
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
    /// See [`Client::list_services`](crate::Client::list_services).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let request = Request::new(
            "list_services",
            reqwest::Method::GET,
            "/openapi/service/yaml/services",
        );
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_production_services`](crate::Client::list_production_services): `GET /openapi/service/yaml/production/services`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListProductionServices<'a> {
    client: &'a crate::Client,
    options: CallOptions,
}
impl<'a> ListProductionServices<'a> {
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
    /// See [`Client::list_production_services`](crate::Client::list_production_services).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let request = Request::new(
            "list_production_services",
            reqwest::Method::GET,
            "/openapi/service/yaml/production/services",
        );
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_service`](crate::Client::get_service): `GET /openapi/service/yaml/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetService<'a> {
    client: &'a crate::Client,
    service_name: String,
    options: CallOptions,
}
impl<'a> GetService<'a> {
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
    /// See [`Client::get_service`](crate::Client::get_service).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "get_service",
            reqwest::Method::GET,
            "/openapi/service/yaml/{serviceName}",
        );
        request.path_param("serviceName", &self.service_name);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_production_service`](crate::Client::get_production_service): `GET /openapi/service/yaml/production/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetProductionService<'a> {
    client: &'a crate::Client,
    service_name: String,
    options: CallOptions,
}
impl<'a> GetProductionService<'a> {
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
    /// See [`Client::get_production_service`](crate::Client::get_production_service).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "get_production_service",
            reqwest::Method::GET,
            "/openapi/service/yaml/production/{serviceName}",
        );
        request.path_param("serviceName", &self.service_name);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_service_from_template`](crate::Client::create_service_from_template): `POST /openapi/service/template/load/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateServiceFromTemplate<'a> {
    client: &'a crate::Client,
    body: serde_json::Value,
    options: CallOptions,
}
impl<'a> CreateServiceFromTemplate<'a> {
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::create_service_from_template`](crate::Client::create_service_from_template).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "create_service_from_template",
            reqwest::Method::POST,
            "/openapi/service/template/load/yaml",
        );
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_production_service_from_template`](crate::Client::create_production_service_from_template): `POST /openapi/service/template/production/load/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateProductionServiceFromTemplate<'a> {
    client: &'a crate::Client,
    body: serde_json::Value,
    options: CallOptions,
}
impl<'a> CreateProductionServiceFromTemplate<'a> {
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::create_production_service_from_template`](crate::Client::create_production_service_from_template).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "create_production_service_from_template",
            reqwest::Method::POST,
            "/openapi/service/template/production/load/yaml",
        );
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_raw_service`](crate::Client::create_raw_service): `POST /openapi/service/yaml/raw`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateRawService<'a> {
    client: &'a crate::Client,
    body: serde_json::Value,
    options: CallOptions,
}
impl<'a> CreateRawService<'a> {
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::create_raw_service`](crate::Client::create_raw_service).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "create_raw_service",
            reqwest::Method::POST,
            "/openapi/service/yaml/raw",
        );
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_raw_production_service`](crate::Client::create_raw_production_service): `POST /openapi/service/yaml/production/raw`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateRawProductionService<'a> {
    client: &'a crate::Client,
    body: serde_json::Value,
    options: CallOptions,
}
impl<'a> CreateRawProductionService<'a> {
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::create_raw_production_service`](crate::Client::create_raw_production_service).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "create_raw_production_service",
            reqwest::Method::POST,
            "/openapi/service/yaml/production/raw",
        );
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::update_service`](crate::Client::update_service): `PUT /openapi/service/yaml/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateService<'a> {
    client: &'a crate::Client,
    service_name: String,
    body: serde_json::Value,
    options: CallOptions,
}
impl<'a> UpdateService<'a> {
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
    /// See [`Client::update_service`](crate::Client::update_service).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "update_service",
            reqwest::Method::PUT,
            "/openapi/service/yaml/{serviceName}",
        );
        request.path_param("serviceName", &self.service_name);
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::update_production_service`](crate::Client::update_production_service): `PUT /openapi/service/yaml/production/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateProductionService<'a> {
    client: &'a crate::Client,
    service_name: String,
    body: serde_json::Value,
    options: CallOptions,
}
impl<'a> UpdateProductionService<'a> {
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
    /// See [`Client::update_production_service`](crate::Client::update_production_service).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "update_production_service",
            reqwest::Method::PUT,
            "/openapi/service/yaml/production/{serviceName}",
        );
        request.path_param("serviceName", &self.service_name);
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::update_service_variables`](crate::Client::update_service_variables): `PUT /openapi/service/yaml/{serviceName}/variable`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateServiceVariables<'a> {
    client: &'a crate::Client,
    service_name: String,
    body: serde_json::Value,
    options: CallOptions,
}
impl<'a> UpdateServiceVariables<'a> {
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
    /// See [`Client::update_service_variables`](crate::Client::update_service_variables).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "update_service_variables",
            reqwest::Method::PUT,
            "/openapi/service/yaml/{serviceName}/variable",
        );
        request.path_param("serviceName", &self.service_name);
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::update_production_service_variables`](crate::Client::update_production_service_variables): `PUT /openapi/service/yaml/production/{serviceName}/variable`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateProductionServiceVariables<'a> {
    client: &'a crate::Client,
    service_name: String,
    body: serde_json::Value,
    options: CallOptions,
}
impl<'a> UpdateProductionServiceVariables<'a> {
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
    /// See [`Client::update_production_service_variables`](crate::Client::update_production_service_variables).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "update_production_service_variables",
            reqwest::Method::PUT,
            "/openapi/service/yaml/production/{serviceName}/variable",
        );
        request.path_param("serviceName", &self.service_name);
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::delete_service`](crate::Client::delete_service): `DELETE /openapi/service/yaml/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteService<'a> {
    client: &'a crate::Client,
    service_name: String,
    options: CallOptions,
}
impl<'a> DeleteService<'a> {
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
    /// See [`Client::delete_service`](crate::Client::delete_service).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "delete_service",
            reqwest::Method::DELETE,
            "/openapi/service/yaml/{serviceName}",
        );
        request.path_param("serviceName", &self.service_name);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::delete_production_service`](crate::Client::delete_production_service): `DELETE /openapi/service/yaml/production/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteProductionService<'a> {
    client: &'a crate::Client,
    service_name: String,
    options: CallOptions,
}
impl<'a> DeleteProductionService<'a> {
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
    /// See [`Client::delete_production_service`](crate::Client::delete_production_service).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "delete_production_service",
            reqwest::Method::DELETE,
            "/openapi/service/yaml/production/{serviceName}",
        );
        request.path_param("serviceName", &self.service_name);
        self.client.send_json(request, self.options).await
    }
}
