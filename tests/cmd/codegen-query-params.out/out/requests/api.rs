// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API.
#[cfg_attr(docsrs, doc(cfg(feature = "api")))]
impl<M> crate::GenericClient<M> {
    /// Lists items page by page.
    ///
    /// `GET /projects/{projectKey}/items`
    ///
    /// Arguments:
    /// - `project_key` (path `projectKey`): Project identifier.
    /// - `env_name` (query `envName`): Environment name.
    ///
    /// Optional query parameters: [`page_num`](ListItems::page_num), [`page_size`](ListItems::page_size), [`tags`](ListItems::tags), [`verbose`](ListItems::verbose).
    ///
    /// `send()` returns the decoded [`ItemPage`](crate::types::ItemPage); `items()` walks every page.
    pub fn list_items(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> ListItems<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListItems {
                project_key: project_key.into(),
                env_name: env_name.into(),
                page_num: None,
                page_size: None,
                tags: None,
                verbose: None,
            },
        )
    }
}
/// The call of [`Client::list_items`](crate::Client::list_items) (`GET /projects/{projectKey}/items`) on either client.
pub type ListItems<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListItems,
>;
impl<M> ListItems<'_, M> {
    /// Page number (query `pageNum`). Server default: `1`.
    pub fn page_num(mut self, value: i64) -> Self {
        self.endpoint.page_num = Some(value);
        self
    }
    /// Page size (query `pageSize`). Server default: `20`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.endpoint.page_size = Some(value);
        self
    }
    /// Only items with all of these tags (query `tags`).
    pub fn tags(mut self, value: Vec<String>) -> Self {
        self.endpoint.tags = Some(value);
        self
    }
    /// Include details (query `verbose`).
    pub fn verbose(mut self, value: bool) -> Self {
        self.endpoint.verbose = Some(value);
        self
    }
}
