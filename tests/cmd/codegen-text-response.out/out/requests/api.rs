// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API.
#[cfg_attr(docsrs, doc(cfg(feature = "api")))]
impl<M> crate::GenericClient<M> {
    /// Fetches a service's rendered YAML.
    ///
    /// `GET /services/{name}/yaml`
    ///
    /// Arguments:
    /// - `name` (path `name`): Service name.
    ///
    /// `send()` returns the response body as text.
    pub fn get_service_yaml(&self, name: impl Into<String>) -> GetServiceYaml<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetServiceYaml {
                name: name.into(),
            },
        )
    }
}
/// The call of [`Client::get_service_yaml`](crate::Client::get_service_yaml) (`GET /services/{name}/yaml`) on either client.
pub type GetServiceYaml<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetServiceYaml,
>;
