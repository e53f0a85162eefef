// @generated from spec/delivery.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Version management API.
#[cfg_attr(docsrs, doc(cfg(feature = "delivery")))]
impl<M> crate::GenericClient<M> {
    /// Lists the versions of a project.
    ///
    /// `GET /openapi/delivery/releases`
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
    /// The version is named by its name, not its id. Zadig's public API docs do not list this route (their overview shows GET /openapi/delivery/releases/:id instead, which the server does not route); its shape comes from the server source at commit 18278c7.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `version_name` (query `versionName`): Name of the version.
    ///
    /// `send()` returns the decoded [`DeliveryVersionDetail`](crate::types::DeliveryVersionDetail).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `18278c71646c`, and may change without notice in a release.
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
