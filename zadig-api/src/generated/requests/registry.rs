// @generated from spec/registry.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Image registry API.
#[cfg_attr(docsrs, doc(cfg(feature = "registry")))]
impl<M> crate::GenericClient<M> {
    /// Integrates a new image registry.
    ///
    /// `POST /openapi/system/registry`
    ///
    /// Arguments:
    /// - `body`: Address, kind, namespace and credentials of the registry.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/registry/#integrate-image-registry>
    pub fn create_registry(
        &self,
        body: crate::types::OpenApiCreateRegistryReq,
    ) -> CreateRegistry<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateRegistry {
                body,
            },
        )
    }
    /// Lists the integrated image registries.
    ///
    /// `GET /openapi/system/registry`
    ///
    /// `send()` returns the decoded list of [`OpenApiRegistry`](crate::types::OpenApiRegistry).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/registry/#list-image-registry-information>
    pub fn list_registries(&self) -> ListRegistries<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListRegistries {
            },
        )
    }
    /// Reads one image registry.
    ///
    /// `GET /openapi/system/registry/{id}`
    ///
    /// Arguments:
    /// - `id` (path `id`): Id of the image registry.
    ///
    /// `send()` returns the decoded [`OpenApiRegistry`](crate::types::OpenApiRegistry).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/registry/#get-specified-image-registry-information>
    pub fn get_registry(&self, id: impl Into<String>) -> GetRegistry<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetRegistry {
                id: id.into(),
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/registry/#update-specified-image-registry-information>
    pub fn update_registry(
        &self,
        id: impl Into<String>,
        body: crate::types::OpenApiRegistry,
    ) -> UpdateRegistry<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateRegistry {
                id: id.into(),
                body,
            },
        )
    }
}
/// The call of [`Client::create_registry`](crate::Client::create_registry) (`POST /openapi/system/registry`) on either client.
pub type CreateRegistry<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateRegistry,
>;
/// The call of [`Client::list_registries`](crate::Client::list_registries) (`GET /openapi/system/registry`) on either client.
pub type ListRegistries<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListRegistries,
>;
/// The call of [`Client::get_registry`](crate::Client::get_registry) (`GET /openapi/system/registry/{id}`) on either client.
pub type GetRegistry<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetRegistry,
>;
/// The call of [`Client::update_registry`](crate::Client::update_registry) (`PUT /openapi/system/registry/{id}`) on either client.
pub type UpdateRegistry<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateRegistry,
>;
