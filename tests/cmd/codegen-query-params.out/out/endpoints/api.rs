// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Fixture API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::list_items`](crate::Client::list_items), with its route.
#[derive(Debug, Clone)]
pub struct ListItems {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) page_num: Option<i64>,
    pub(crate) page_size: Option<i64>,
    pub(crate) tags: Option<Vec<String>>,
    pub(crate) verbose: Option<bool>,
}
static LIST_ITEMS: Route = Route::new(
    "list_items",
    reqwest::Method::GET,
    "/projects/{projectKey}/items",
    &["envName", "pageNum", "pageSize", "tags", "verbose"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListItems {
    type Answer = crate::call::Json<crate::types::ItemPage>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_ITEMS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("projectKey", &self.project_key);
        request.query("envName", &self.env_name);
        request.query_opt("pageNum", &self.page_num);
        request.query_opt("pageSize", &self.page_size);
        request.query_each("tags", self.tags.as_deref().unwrap_or_default());
        request.query_opt("verbose", &self.verbose);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
impl crate::call::Paged for ListItems {
    type Item = serde_json::Value;
    #[inline]
    fn paging(&self) -> (i64, i64) {
        (self.page_num.unwrap_or(1), self.page_size.unwrap_or(20i64))
    }
    #[inline]
    fn set_page(&mut self, page: i64) {
        self.page_num = Some(page);
    }
    #[inline]
    fn page(
        answer: crate::types::ItemPage,
    ) -> crate::runtime::pagination::Page<serde_json::Value> {
        crate::runtime::pagination::Page {
            total: answer.total,
            items: answer.items.unwrap_or_default(),
        }
    }
}
