// @generated from spec/build.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Build API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Creates a build from a build template.
    ///
    /// `POST /openapi/build`
    ///
    /// Arguments:
    /// - `body`: The docs do not give the shape of this body.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/build/#create-build-from-template>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_build(&self, body: serde_json::Value) -> CreateBuild<'_> {
        CreateBuild {
            client: self,
            body,
            options: CallOptions::default(),
        }
    }
    /// Lists the builds.
    ///
    /// `GET /openapi/build`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/build/#query-build-list>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_builds(&self) -> ListBuilds<'_> {
        ListBuilds {
            client: self,
            options: CallOptions::default(),
        }
    }
    /// Reads the details of one build.
    ///
    /// `GET /openapi/build/{buildName}/detail`
    ///
    /// Arguments:
    /// - `build_name` (path `buildName`): Name of the build.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/build/#get-build-details>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_build(&self, build_name: impl Into<String>) -> GetBuild<'_> {
        GetBuild {
            client: self,
            build_name: build_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Deletes a build.
    ///
    /// `DELETE /openapi/build`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/build/#delete-build>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn delete_build(&self) -> DeleteBuild<'_> {
        DeleteBuild {
            client: self,
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::create_build`](crate::Client::create_build): `POST /openapi/build`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateBuild<'a> {
    client: &'a crate::Client,
    body: serde_json::Value,
    options: CallOptions,
}
impl<'a> CreateBuild<'a> {
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
    /// See [`Client::create_build`](crate::Client::create_build).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "create_build",
            reqwest::Method::POST,
            "/openapi/build",
        );
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_builds`](crate::Client::list_builds): `GET /openapi/build`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListBuilds<'a> {
    client: &'a crate::Client,
    options: CallOptions,
}
impl<'a> ListBuilds<'a> {
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
    /// See [`Client::list_builds`](crate::Client::list_builds).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let request = Request::new(
            "list_builds",
            reqwest::Method::GET,
            "/openapi/build",
        );
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_build`](crate::Client::get_build): `GET /openapi/build/{buildName}/detail`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetBuild<'a> {
    client: &'a crate::Client,
    build_name: String,
    options: CallOptions,
}
impl<'a> GetBuild<'a> {
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
    /// See [`Client::get_build`](crate::Client::get_build).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "get_build",
            reqwest::Method::GET,
            "/openapi/build/{buildName}/detail",
        );
        request.path_param("buildName", &self.build_name);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::delete_build`](crate::Client::delete_build): `DELETE /openapi/build`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteBuild<'a> {
    client: &'a crate::Client,
    options: CallOptions,
}
impl<'a> DeleteBuild<'a> {
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
    /// See [`Client::delete_build`](crate::Client::delete_build).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let request = Request::new(
            "delete_build",
            reqwest::Method::DELETE,
            "/openapi/build",
        );
        self.client.send_json(request, self.options).await
    }
}
