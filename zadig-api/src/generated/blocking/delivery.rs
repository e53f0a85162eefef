// @generated from spec/delivery.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Version management API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Lists the versions of a project.
    ///
    /// `GET /openapi/delivery/releases`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `page_num` (query `pageNum`): 1-based page number.
    /// - `page_size` (query `pageSize`): Versions per page.
    ///
    /// Returns the decoded [`DeliveryVersionList`](crate::types::DeliveryVersionList). The builder's [`items`](crate::blocking::requests::ListDeliveryVersions::items) walks every page.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/delivery/#list-versions>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_delivery_versions(
        &self,
        project_key: impl Into<String>,
        page_num: i64,
        page_size: i64,
    ) -> ListDeliveryVersions<'_> {
        ListDeliveryVersions {
            client: self,
            inner: self
                .as_async()
                .list_delivery_versions(project_key, page_num, page_size),
        }
    }
    /// Deletes a version.
    ///
    /// `DELETE /openapi/delivery/releases/{id}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `id` (path `id`): Id of the version.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/delivery/#delete-version>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_delivery_version(
        &self,
        project_key: impl Into<String>,
        id: impl Into<String>,
    ) -> DeleteDeliveryVersion<'_> {
        DeleteDeliveryVersion {
            client: self,
            inner: self.as_async().delete_delivery_version(project_key, id),
        }
    }
    /// Creates a version of a K8s YAML project.
    ///
    /// `POST /openapi/delivery/releases/k8s`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/delivery/#create-version-for-k8s-yaml-project>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_k8s_delivery_version(
        &self,
        body: crate::types::K8sDeliveryVersionCreateRequest,
    ) -> CreateK8sDeliveryVersion<'_> {
        CreateK8sDeliveryVersion {
            client: self,
            inner: self.as_async().create_k8s_delivery_version(body),
        }
    }
    /// Creates a version of a Helm chart project.
    ///
    /// `POST /openapi/delivery/releases/helm`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/delivery/#create-version-for-helm-chart-project>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_helm_delivery_version(
        &self,
        body: crate::types::HelmDeliveryVersionCreateRequest,
    ) -> CreateHelmDeliveryVersion<'_> {
        CreateHelmDeliveryVersion {
            client: self,
            inner: self.as_async().create_helm_delivery_version(body),
        }
    }
    /// Retries creating a version whose creation failed.
    ///
    /// `POST /openapi/delivery/releases/retry`
    ///
    /// The version is named by query parameters; the request has no body.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `id` (query `id`): Id of the version.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/delivery/#retry-create-release>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn retry_delivery_version(
        &self,
        project_key: impl Into<String>,
        id: impl Into<String>,
    ) -> RetryDeliveryVersion<'_> {
        RetryDeliveryVersion {
            client: self,
            inner: self.as_async().retry_delivery_version(project_key, id),
        }
    }
    /// Reads one version of a project, with its services, charts and images.
    ///
    /// `GET /openapi/delivery/releases/detail`
    ///
    /// The version is named by its name, not its id. Zadig's public API docs do not list this route (their overview shows GET /openapi/delivery/releases/:id instead, which only v3.4.x serves: `get_delivery_version_legacy`).
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `version_name` (query `versionName`): Name of the version.
    ///
    /// Returns the decoded [`DeliveryVersionDetail`](crate::types::DeliveryVersionDetail).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `18278c71646c`, and may change without notice in a release.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_delivery_version(
        &self,
        project_key: impl Into<String>,
        version_name: impl Into<String>,
    ) -> GetDeliveryVersion<'_> {
        GetDeliveryVersion {
            client: self,
            inner: self.as_async().get_delivery_version(project_key, version_name),
        }
    }
    /// Lists the versions of a project, in the shape v3.4.x answers with.
    ///
    /// `GET /openapi/delivery/releases`
    ///
    /// v4.0.0 changed the items of this list (`list_delivery_versions`); releases up to v3.4.1 answer with `DeliveryVersionListLegacy`, whose items carry an upload progress instead of a source. The v3.4 overview lists the route; the shapes come from the server source.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `page_num` (query `pageNum`): 1-based page number.
    /// - `page_size` (query `pageSize`): Versions per page.
    ///
    /// Returns the decoded [`DeliveryVersionListLegacy`](crate::types::DeliveryVersionListLegacy). The builder's [`items`](crate::blocking::requests::ListDeliveryVersionsLegacy::items) walks every page.
    ///
    /// Vendor docs: <https://docs.koderover.com/cn/Zadig%20v3.4/api/delivery/#列出版本>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_delivery_versions_legacy(
        &self,
        project_key: impl Into<String>,
        page_num: i64,
        page_size: i64,
    ) -> ListDeliveryVersionsLegacy<'_> {
        ListDeliveryVersionsLegacy {
            client: self,
            inner: self
                .as_async()
                .list_delivery_versions_legacy(project_key, page_num, page_size),
        }
    }
    /// Reads one version of a project by id, with what was deployed and distributed (v3.4.x).
    ///
    /// `GET /openapi/delivery/releases/{id}`
    ///
    /// Releases up to v3.4.1 read a version by its id; v4.0.0 dropped this route for `get_delivery_version`, which names the version instead. The v3.4 overview lists the route; the shapes come from the server source.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `id` (path `id`): Id of the version.
    ///
    /// Returns the decoded [`DeliveryVersionDetailLegacy`](crate::types::DeliveryVersionDetailLegacy).
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/delivery/releases/:id`: The v4.0 overview still lists this route, but v4.0.0 and later do not serve it; only v3.4.x does. The endpoint is limited to those releases, and later releases read a version through `get_delivery_version`.
    ///
    /// Vendor docs: <https://docs.koderover.com/cn/Zadig%20v3.4/api/delivery/#获取版本详情>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_delivery_version_legacy(
        &self,
        project_key: impl Into<String>,
        id: impl Into<String>,
    ) -> GetDeliveryVersionLegacy<'_> {
        GetDeliveryVersionLegacy {
            client: self,
            inner: self.as_async().get_delivery_version_legacy(project_key, id),
        }
    }
    /// Creates a version of a K8s YAML project from an environment's services (v3.4.x body).
    ///
    /// `POST /openapi/delivery/releases/k8s`
    ///
    /// The body releases up to v3.4.1 read: the services are taken from an environment, each with the images to put in the version. v4.0.0 replaced it with the body of `create_k8s_delivery_version`. The v3.4 overview lists the route; the shapes come from the server source.
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/cn/Zadig%20v3.4/api/delivery/#k8s-yaml-项目创建版本>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_k8s_delivery_version_legacy(
        &self,
        body: crate::types::K8sDeliveryVersionCreateRequestLegacy,
    ) -> CreateK8sDeliveryVersionLegacy<'_> {
        CreateK8sDeliveryVersionLegacy {
            client: self,
            inner: self.as_async().create_k8s_delivery_version_legacy(body),
        }
    }
    /// Creates a version of a Helm chart project from an environment's charts (v3.4.x body).
    ///
    /// `POST /openapi/delivery/releases/helm`
    ///
    /// The body releases up to v3.4.1 read: the charts are taken from an environment, each with a chart version and the images to put in the version. v4.0.0 replaced it with the body of `create_helm_delivery_version`. The v3.4 overview lists the route; the shapes come from the server source.
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/cn/Zadig%20v3.4/api/delivery/#helm-chart-项目创建版本>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_helm_delivery_version_legacy(
        &self,
        body: crate::types::HelmDeliveryVersionCreateRequestLegacy,
    ) -> CreateHelmDeliveryVersionLegacy<'_> {
        CreateHelmDeliveryVersionLegacy {
            client: self,
            inner: self.as_async().create_helm_delivery_version_legacy(body),
        }
    }
}
/// Blocking request builder for [`blocking::Client::list_delivery_versions`](crate::blocking::Client::list_delivery_versions): `GET /openapi/delivery/releases`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListDeliveryVersions<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListDeliveryVersions<'a>,
}
impl<'a> ListDeliveryVersions<'a> {
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
    /// Every item across all pages, fetched lazily one page at a time; see
    /// the async builder's `items`.
    pub fn items(
        self,
    ) -> crate::blocking::PaginatedIter<'a, crate::types::DeliveryVersionBrief> {
        crate::blocking::PaginatedIter::new(self.inner.items(), self.client)
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_delivery_versions`](crate::Client::list_delivery_versions); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::DeliveryVersionList> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_delivery_version`](crate::blocking::Client::delete_delivery_version): `DELETE /openapi/delivery/releases/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteDeliveryVersion<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteDeliveryVersion<'a>,
}
impl<'a> DeleteDeliveryVersion<'a> {
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
    /// See [`Client::delete_delivery_version`](crate::Client::delete_delivery_version); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_k8s_delivery_version`](crate::blocking::Client::create_k8s_delivery_version): `POST /openapi/delivery/releases/k8s`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateK8sDeliveryVersion<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateK8sDeliveryVersion<'a>,
}
impl<'a> CreateK8sDeliveryVersion<'a> {
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
    /// See [`Client::create_k8s_delivery_version`](crate::Client::create_k8s_delivery_version); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_helm_delivery_version`](crate::blocking::Client::create_helm_delivery_version): `POST /openapi/delivery/releases/helm`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateHelmDeliveryVersion<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateHelmDeliveryVersion<'a>,
}
impl<'a> CreateHelmDeliveryVersion<'a> {
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
    /// See [`Client::create_helm_delivery_version`](crate::Client::create_helm_delivery_version); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::retry_delivery_version`](crate::blocking::Client::retry_delivery_version): `POST /openapi/delivery/releases/retry`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct RetryDeliveryVersion<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::RetryDeliveryVersion<'a>,
}
impl<'a> RetryDeliveryVersion<'a> {
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
    /// See [`Client::retry_delivery_version`](crate::Client::retry_delivery_version); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_delivery_version`](crate::blocking::Client::get_delivery_version): `GET /openapi/delivery/releases/detail`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetDeliveryVersion<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetDeliveryVersion<'a>,
}
impl<'a> GetDeliveryVersion<'a> {
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
    /// See [`Client::get_delivery_version`](crate::Client::get_delivery_version); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::DeliveryVersionDetail> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_delivery_versions_legacy`](crate::blocking::Client::list_delivery_versions_legacy): `GET /openapi/delivery/releases`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListDeliveryVersionsLegacy<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListDeliveryVersionsLegacy<'a>,
}
impl<'a> ListDeliveryVersionsLegacy<'a> {
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
    /// Every item across all pages, fetched lazily one page at a time; see
    /// the async builder's `items`.
    pub fn items(
        self,
    ) -> crate::blocking::PaginatedIter<'a, crate::types::DeliveryVersionBriefLegacy> {
        crate::blocking::PaginatedIter::new(self.inner.items(), self.client)
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_delivery_versions_legacy`](crate::Client::list_delivery_versions_legacy); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::DeliveryVersionListLegacy> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_delivery_version_legacy`](crate::blocking::Client::get_delivery_version_legacy): `GET /openapi/delivery/releases/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetDeliveryVersionLegacy<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetDeliveryVersionLegacy<'a>,
}
impl<'a> GetDeliveryVersionLegacy<'a> {
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
    /// See [`Client::get_delivery_version_legacy`](crate::Client::get_delivery_version_legacy); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::DeliveryVersionDetailLegacy> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_k8s_delivery_version_legacy`](crate::blocking::Client::create_k8s_delivery_version_legacy): `POST /openapi/delivery/releases/k8s`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateK8sDeliveryVersionLegacy<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateK8sDeliveryVersionLegacy<'a>,
}
impl<'a> CreateK8sDeliveryVersionLegacy<'a> {
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
    /// See [`Client::create_k8s_delivery_version_legacy`](crate::Client::create_k8s_delivery_version_legacy); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_helm_delivery_version_legacy`](crate::blocking::Client::create_helm_delivery_version_legacy): `POST /openapi/delivery/releases/helm`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateHelmDeliveryVersionLegacy<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateHelmDeliveryVersionLegacy<'a>,
}
impl<'a> CreateHelmDeliveryVersionLegacy<'a> {
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
    /// See [`Client::create_helm_delivery_version_legacy`](crate::Client::create_helm_delivery_version_legacy); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
