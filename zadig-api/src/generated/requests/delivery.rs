// @generated from spec/delivery.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Version management API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Lists the versions of a project.
    ///
    /// `GET /openapi/delivery/releases`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `page_num` (query `pageNum`): 1-based page number.
    /// - `page_size` (query `pageSize`): Versions per page.
    ///
    /// Returns the decoded [`DeliveryVersionList`](crate::types::DeliveryVersionList). The builder's [`items`](crate::requests::ListDeliveryVersions::items) walks every page.
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
            project_key: project_key.into(),
            page_num,
            page_size,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            id: id.into(),
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            id: id.into(),
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            version_name: version_name.into(),
            options: CallOptions::default(),
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
    /// Returns the decoded [`DeliveryVersionListLegacy`](crate::types::DeliveryVersionListLegacy). The builder's [`items`](crate::requests::ListDeliveryVersionsLegacy::items) walks every page.
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
            project_key: project_key.into(),
            page_num,
            page_size,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            id: id.into(),
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::list_delivery_versions`](crate::Client::list_delivery_versions): `GET /openapi/delivery/releases`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListDeliveryVersions<'a> {
    client: &'a crate::Client,
    project_key: String,
    page_num: i64,
    page_size: i64,
    options: CallOptions,
}
impl<'a> ListDeliveryVersions<'a> {
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
    /// Every item across all pages, fetched lazily one page at a time.
    ///
    /// Starts at the page given to the client method and stops at the reported total, at an empty page, or at a short page. Each page is one call with this builder's settings; an error ends the stream after it is yielded.
    pub fn items(self) -> crate::Paginated<'a, crate::types::DeliveryVersionBrief> {
        let first_page = self.page_num;
        let page_size = self.page_size;
        crate::Paginated::new(
            first_page,
            page_size,
            move |page| {
                let mut request = self.clone();
                request.page_num = page;
                Box::pin(async move {
                    let response = request.send().await?;
                    Ok(crate::runtime::pagination::Page {
                        total: Some(response.total),
                        items: response.list,
                    })
                })
            },
        )
    }
    /// Sends the request and returns the decoded [`DeliveryVersionList`](crate::types::DeliveryVersionList).
    ///
    /// # Errors
    ///
    /// See [`Client::list_delivery_versions`](crate::Client::list_delivery_versions).
    pub async fn send(self) -> crate::Result<crate::types::DeliveryVersionList> {
        let mut request = Request::new(
            "list_delivery_versions",
            reqwest::Method::GET,
            "/openapi/delivery/releases",
        );
        request.query("projectKey", &self.project_key);
        request.query("pageNum", &self.page_num);
        request.query("pageSize", &self.page_size);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::delete_delivery_version`](crate::Client::delete_delivery_version): `DELETE /openapi/delivery/releases/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteDeliveryVersion<'a> {
    client: &'a crate::Client,
    project_key: String,
    id: String,
    options: CallOptions,
}
impl<'a> DeleteDeliveryVersion<'a> {
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
    /// See [`Client::delete_delivery_version`](crate::Client::delete_delivery_version).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_delivery_version",
            reqwest::Method::DELETE,
            "/openapi/delivery/releases/{id}",
        );
        request.path_param("id", &self.id);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_k8s_delivery_version`](crate::Client::create_k8s_delivery_version): `POST /openapi/delivery/releases/k8s`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateK8sDeliveryVersion<'a> {
    client: &'a crate::Client,
    body: crate::types::K8sDeliveryVersionCreateRequest,
    options: CallOptions,
}
impl<'a> CreateK8sDeliveryVersion<'a> {
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
    /// See [`Client::create_k8s_delivery_version`](crate::Client::create_k8s_delivery_version).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_k8s_delivery_version",
            reqwest::Method::POST,
            "/openapi/delivery/releases/k8s",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_helm_delivery_version`](crate::Client::create_helm_delivery_version): `POST /openapi/delivery/releases/helm`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateHelmDeliveryVersion<'a> {
    client: &'a crate::Client,
    body: crate::types::HelmDeliveryVersionCreateRequest,
    options: CallOptions,
}
impl<'a> CreateHelmDeliveryVersion<'a> {
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
    /// See [`Client::create_helm_delivery_version`](crate::Client::create_helm_delivery_version).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_helm_delivery_version",
            reqwest::Method::POST,
            "/openapi/delivery/releases/helm",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::retry_delivery_version`](crate::Client::retry_delivery_version): `POST /openapi/delivery/releases/retry`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct RetryDeliveryVersion<'a> {
    client: &'a crate::Client,
    project_key: String,
    id: String,
    options: CallOptions,
}
impl<'a> RetryDeliveryVersion<'a> {
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
    /// See [`Client::retry_delivery_version`](crate::Client::retry_delivery_version).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "retry_delivery_version",
            reqwest::Method::POST,
            "/openapi/delivery/releases/retry",
        );
        request.query("id", &self.id);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::get_delivery_version`](crate::Client::get_delivery_version): `GET /openapi/delivery/releases/detail`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetDeliveryVersion<'a> {
    client: &'a crate::Client,
    project_key: String,
    version_name: String,
    options: CallOptions,
}
impl<'a> GetDeliveryVersion<'a> {
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
    /// Sends the request and returns the decoded [`DeliveryVersionDetail`](crate::types::DeliveryVersionDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_delivery_version`](crate::Client::get_delivery_version).
    pub async fn send(self) -> crate::Result<crate::types::DeliveryVersionDetail> {
        let mut request = Request::new(
            "get_delivery_version",
            reqwest::Method::GET,
            "/openapi/delivery/releases/detail",
        );
        request.query("projectKey", &self.project_key);
        request.query("versionName", &self.version_name);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_delivery_versions_legacy`](crate::Client::list_delivery_versions_legacy): `GET /openapi/delivery/releases`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListDeliveryVersionsLegacy<'a> {
    client: &'a crate::Client,
    project_key: String,
    page_num: i64,
    page_size: i64,
    options: CallOptions,
}
impl<'a> ListDeliveryVersionsLegacy<'a> {
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
    /// Every item across all pages, fetched lazily one page at a time.
    ///
    /// Starts at the page given to the client method and stops at the reported total, at an empty page, or at a short page. Each page is one call with this builder's settings; an error ends the stream after it is yielded.
    pub fn items(
        self,
    ) -> crate::Paginated<'a, crate::types::DeliveryVersionBriefLegacy> {
        let first_page = self.page_num;
        let page_size = self.page_size;
        crate::Paginated::new(
            first_page,
            page_size,
            move |page| {
                let mut request = self.clone();
                request.page_num = page;
                Box::pin(async move {
                    let response = request.send().await?;
                    Ok(crate::runtime::pagination::Page {
                        total: Some(response.total),
                        items: response.list,
                    })
                })
            },
        )
    }
    /// Sends the request and returns the decoded [`DeliveryVersionListLegacy`](crate::types::DeliveryVersionListLegacy).
    ///
    /// # Errors
    ///
    /// See [`Client::list_delivery_versions_legacy`](crate::Client::list_delivery_versions_legacy).
    pub async fn send(self) -> crate::Result<crate::types::DeliveryVersionListLegacy> {
        let mut request = Request::new(
            "list_delivery_versions_legacy",
            reqwest::Method::GET,
            "/openapi/delivery/releases",
        );
        request.query("projectKey", &self.project_key);
        request.query("pageNum", &self.page_num);
        request.query("pageSize", &self.page_size);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_delivery_version_legacy`](crate::Client::get_delivery_version_legacy): `GET /openapi/delivery/releases/{id}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetDeliveryVersionLegacy<'a> {
    client: &'a crate::Client,
    project_key: String,
    id: String,
    options: CallOptions,
}
impl<'a> GetDeliveryVersionLegacy<'a> {
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
    /// Sends the request and returns the decoded [`DeliveryVersionDetailLegacy`](crate::types::DeliveryVersionDetailLegacy).
    ///
    /// # Errors
    ///
    /// See [`Client::get_delivery_version_legacy`](crate::Client::get_delivery_version_legacy).
    pub async fn send(self) -> crate::Result<crate::types::DeliveryVersionDetailLegacy> {
        let mut request = Request::new(
            "get_delivery_version_legacy",
            reqwest::Method::GET,
            "/openapi/delivery/releases/{id}",
        );
        request.path_param("id", &self.id);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_k8s_delivery_version_legacy`](crate::Client::create_k8s_delivery_version_legacy): `POST /openapi/delivery/releases/k8s`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateK8sDeliveryVersionLegacy<'a> {
    client: &'a crate::Client,
    body: crate::types::K8sDeliveryVersionCreateRequestLegacy,
    options: CallOptions,
}
impl<'a> CreateK8sDeliveryVersionLegacy<'a> {
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
    /// See [`Client::create_k8s_delivery_version_legacy`](crate::Client::create_k8s_delivery_version_legacy).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_k8s_delivery_version_legacy",
            reqwest::Method::POST,
            "/openapi/delivery/releases/k8s",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_helm_delivery_version_legacy`](crate::Client::create_helm_delivery_version_legacy): `POST /openapi/delivery/releases/helm`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateHelmDeliveryVersionLegacy<'a> {
    client: &'a crate::Client,
    body: crate::types::HelmDeliveryVersionCreateRequestLegacy,
    options: CallOptions,
}
impl<'a> CreateHelmDeliveryVersionLegacy<'a> {
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
    /// See [`Client::create_helm_delivery_version_legacy`](crate::Client::create_helm_delivery_version_legacy).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_helm_delivery_version_legacy",
            reqwest::Method::POST,
            "/openapi/delivery/releases/helm",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
