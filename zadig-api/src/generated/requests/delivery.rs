// @generated from spec/delivery.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Version management API.
#[cfg_attr(docsrs, doc(cfg(feature = "delivery")))]
impl<M> crate::GenericClient<M> {
    /// Lists the versions of a project.
    ///
    /// `GET /openapi/delivery/releases`
    ///
    /// Served by Zadig v4.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `page_num` (query `pageNum`): 1-based page number.
    /// - `page_size` (query `pageSize`): Versions per page.
    ///
    /// `send()` returns the decoded [`DeliveryVersionList`](crate::types::DeliveryVersionList); `items()` walks every page.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/delivery/#list-versions>
    pub fn list_delivery_versions(
        &self,
        project_key: impl Into<String>,
        page_num: i64,
        page_size: i64,
    ) -> ListDeliveryVersions<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListDeliveryVersions {
                project_key: project_key.into(),
                page_num,
                page_size,
            },
        )
    }
    /// Deletes a version.
    ///
    /// `DELETE /openapi/delivery/releases/{id}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `id` (path `id`): Id of the version.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/delivery/#delete-version>
    pub fn delete_delivery_version(
        &self,
        project_key: impl Into<String>,
        id: impl Into<String>,
    ) -> DeleteDeliveryVersion<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteDeliveryVersion {
                project_key: project_key.into(),
                id: id.into(),
            },
        )
    }
    /// Creates a version of a K8s YAML project.
    ///
    /// `POST /openapi/delivery/releases/k8s`
    ///
    /// Served by Zadig v4.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/delivery/#create-version-for-k8s-yaml-project>
    pub fn create_k8s_delivery_version(
        &self,
        body: crate::types::K8sDeliveryVersionCreateRequest,
    ) -> CreateK8sDeliveryVersion<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateK8sDeliveryVersion {
                body,
            },
        )
    }
    /// Creates a version of a Helm chart project.
    ///
    /// `POST /openapi/delivery/releases/helm`
    ///
    /// Served by Zadig v4.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/delivery/#create-version-for-helm-chart-project>
    pub fn create_helm_delivery_version(
        &self,
        body: crate::types::HelmDeliveryVersionCreateRequest,
    ) -> CreateHelmDeliveryVersion<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateHelmDeliveryVersion {
                body,
            },
        )
    }
    /// Retries creating a version whose creation failed.
    ///
    /// `POST /openapi/delivery/releases/retry`
    ///
    /// Served by Zadig v4.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// The version is named by query parameters; the request has no body.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `id` (query `id`): Id of the version.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/delivery/#retry-create-release>
    pub fn retry_delivery_version(
        &self,
        project_key: impl Into<String>,
        id: impl Into<String>,
    ) -> RetryDeliveryVersion<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::RetryDeliveryVersion {
                project_key: project_key.into(),
                id: id.into(),
            },
        )
    }
    /// Reads one version of a project, with its services, charts and images.
    ///
    /// `GET /openapi/delivery/releases/detail`
    ///
    /// Served by Zadig v4.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// The version is named by its name, not its id. The docs' overview shows GET /openapi/delivery/releases/:id instead, which only v3.4.x serves (`get_delivery_version_legacy`).
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `version_name` (query `versionName`): Name of the version.
    ///
    /// `send()` returns the decoded [`DeliveryVersionDetail`](crate::types::DeliveryVersionDetail).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn get_delivery_version(
        &self,
        project_key: impl Into<String>,
        version_name: impl Into<String>,
    ) -> GetDeliveryVersion<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetDeliveryVersion {
                project_key: project_key.into(),
                version_name: version_name.into(),
            },
        )
    }
    /// Lists the versions of a project, in the shape v3.4.x answers with.
    ///
    /// `GET /openapi/delivery/releases`
    ///
    /// Served by Zadig v3.4.0 to v3.4.1: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// v4.0.0 changed the items of this list (`list_delivery_versions`); releases up to v3.4.1 answer with `DeliveryVersionListLegacy`, whose items carry an upload progress instead of a source. The v3.4 overview lists the route; the shapes come from the server source.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `page_num` (query `pageNum`): 1-based page number.
    /// - `page_size` (query `pageSize`): Versions per page.
    ///
    /// `send()` returns the decoded [`DeliveryVersionListLegacy`](crate::types::DeliveryVersionListLegacy); `items()` walks every page.
    ///
    /// Vendor docs: <https://docs.koderover.com/cn/Zadig%20v3.4/api/delivery/#列出版本>
    pub fn list_delivery_versions_legacy(
        &self,
        project_key: impl Into<String>,
        page_num: i64,
        page_size: i64,
    ) -> ListDeliveryVersionsLegacy<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListDeliveryVersionsLegacy {
                project_key: project_key.into(),
                page_num,
                page_size,
            },
        )
    }
    /// Reads one version of a project by id, with what was deployed and distributed (v3.4.x).
    ///
    /// `GET /openapi/delivery/releases/{id}`
    ///
    /// Served by Zadig v3.4.0 to v3.4.1: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Releases up to v3.4.1 read a version by its id; v4.0.0 dropped this route for `get_delivery_version`, which names the version instead. The v3.4 overview lists the route; the shapes come from the server source.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `id` (path `id`): Id of the version.
    ///
    /// `send()` returns the decoded [`DeliveryVersionDetailLegacy`](crate::types::DeliveryVersionDetailLegacy).
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/delivery/releases/:id`: The v4.0 overview still lists this route, but v4.0.0 and later do not serve it; only v3.4.x does. The endpoint is limited to those releases, and later releases read a version through `get_delivery_version`.
    ///
    /// Vendor docs: <https://docs.koderover.com/cn/Zadig%20v3.4/api/delivery/#获取版本详情>
    pub fn get_delivery_version_legacy(
        &self,
        project_key: impl Into<String>,
        id: impl Into<String>,
    ) -> GetDeliveryVersionLegacy<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetDeliveryVersionLegacy {
                project_key: project_key.into(),
                id: id.into(),
            },
        )
    }
    /// Creates a version of a K8s YAML project from an environment's services (v3.4.x body).
    ///
    /// `POST /openapi/delivery/releases/k8s`
    ///
    /// Served by Zadig v3.4.0 to v3.4.1: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// The body releases up to v3.4.1 read: the services are taken from an environment, each with the images to put in the version. v4.0.0 replaced it with the body of `create_k8s_delivery_version`. The v3.4 overview lists the route; the shapes come from the server source.
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/cn/Zadig%20v3.4/api/delivery/#k8s-yaml-项目创建版本>
    pub fn create_k8s_delivery_version_legacy(
        &self,
        body: crate::types::K8sDeliveryVersionCreateRequestLegacy,
    ) -> CreateK8sDeliveryVersionLegacy<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateK8sDeliveryVersionLegacy {
                body,
            },
        )
    }
    /// Creates a version of a Helm chart project from an environment's charts (v3.4.x body).
    ///
    /// `POST /openapi/delivery/releases/helm`
    ///
    /// Served by Zadig v3.4.0 to v3.4.1: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// The body releases up to v3.4.1 read: the charts are taken from an environment, each with a chart version and the images to put in the version. v4.0.0 replaced it with the body of `create_helm_delivery_version`. The v3.4 overview lists the route; the shapes come from the server source.
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/cn/Zadig%20v3.4/api/delivery/#helm-chart-项目创建版本>
    pub fn create_helm_delivery_version_legacy(
        &self,
        body: crate::types::HelmDeliveryVersionCreateRequestLegacy,
    ) -> CreateHelmDeliveryVersionLegacy<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateHelmDeliveryVersionLegacy {
                body,
            },
        )
    }
}
/// The call of [`Client::list_delivery_versions`](crate::Client::list_delivery_versions) (`GET /openapi/delivery/releases`) on either client.
pub type ListDeliveryVersions<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListDeliveryVersions,
>;
/// The call of [`Client::delete_delivery_version`](crate::Client::delete_delivery_version) (`DELETE /openapi/delivery/releases/{id}`) on either client.
pub type DeleteDeliveryVersion<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteDeliveryVersion,
>;
/// The call of [`Client::create_k8s_delivery_version`](crate::Client::create_k8s_delivery_version) (`POST /openapi/delivery/releases/k8s`) on either client.
pub type CreateK8sDeliveryVersion<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateK8sDeliveryVersion,
>;
/// The call of [`Client::create_helm_delivery_version`](crate::Client::create_helm_delivery_version) (`POST /openapi/delivery/releases/helm`) on either client.
pub type CreateHelmDeliveryVersion<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateHelmDeliveryVersion,
>;
/// The call of [`Client::retry_delivery_version`](crate::Client::retry_delivery_version) (`POST /openapi/delivery/releases/retry`) on either client.
pub type RetryDeliveryVersion<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::RetryDeliveryVersion,
>;
/// The call of [`Client::get_delivery_version`](crate::Client::get_delivery_version) (`GET /openapi/delivery/releases/detail`) on either client.
pub type GetDeliveryVersion<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetDeliveryVersion,
>;
/// The call of [`Client::list_delivery_versions_legacy`](crate::Client::list_delivery_versions_legacy) (`GET /openapi/delivery/releases`) on either client.
pub type ListDeliveryVersionsLegacy<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListDeliveryVersionsLegacy,
>;
/// The call of [`Client::get_delivery_version_legacy`](crate::Client::get_delivery_version_legacy) (`GET /openapi/delivery/releases/{id}`) on either client.
pub type GetDeliveryVersionLegacy<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetDeliveryVersionLegacy,
>;
/// The call of [`Client::create_k8s_delivery_version_legacy`](crate::Client::create_k8s_delivery_version_legacy) (`POST /openapi/delivery/releases/k8s`) on either client.
pub type CreateK8sDeliveryVersionLegacy<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateK8sDeliveryVersionLegacy,
>;
/// The call of [`Client::create_helm_delivery_version_legacy`](crate::Client::create_helm_delivery_version_legacy) (`POST /openapi/delivery/releases/helm`) on either client.
pub type CreateHelmDeliveryVersionLegacy<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateHelmDeliveryVersionLegacy,
>;
