// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Lists items page by page.
    ///
    /// `GET /projects/{projectKey}/items`
    ///
    /// Arguments:
    /// - `project_key` (path `projectKey`): Project identifier.
    /// - `env_name` (query `envName`): Environment name.
    ///
    /// Optional query parameters are setters on [`ListItems`]:
    /// - `page_num`: Page number. (server default: `1`)
    /// - `page_size`: Page size. (server default: `20`)
    /// - `tags`: Only items with all of these tags.
    /// - `verbose`: Include details.
    ///
    /// Returns the decoded [`ItemPage`](crate::types::ItemPage). The builder's [`items`](crate::requests::ListItems::items) walks every page.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn list_items(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> ListItems<'_> {
        ListItems {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            page_num: None,
            page_size: None,
            tags: None,
            verbose: None,
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::list_items`](crate::Client::list_items): `GET /projects/{projectKey}/items`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListItems<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    page_num: Option<i64>,
    page_size: Option<i64>,
    tags: Option<Vec<String>>,
    verbose: Option<bool>,
    options: CallOptions,
}
impl<'a> ListItems<'a> {
    /// Page number (query `pageNum`). Server default: `1`.
    pub fn page_num(mut self, value: i64) -> Self {
        self.page_num = Some(value);
        self
    }
    /// Page size (query `pageSize`). Server default: `20`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Only items with all of these tags (query `tags`).
    pub fn tags(mut self, value: Vec<String>) -> Self {
        self.tags = Some(value);
        self
    }
    /// Include details (query `verbose`).
    pub fn verbose(mut self, value: bool) -> Self {
        self.verbose = Some(value);
        self
    }
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
    /// Starts at the page set with [`page_num`](Self::page_num) (default 1) and stops at the reported total, at an empty page, or at a short page. Each page is one call with this builder's settings; an error ends the stream after it is yielded.
    pub fn items(self) -> crate::Paginated<'a, serde_json::Value> {
        let first_page = self.page_num.unwrap_or(1);
        let page_size = self.page_size.unwrap_or(20i64);
        crate::Paginated::new(
            first_page,
            page_size,
            move |page| {
                let mut request = self.clone();
                request.page_num = Some(page);
                Box::pin(async move {
                    let response = request.send().await?;
                    Ok(crate::runtime::pagination::Page {
                        total: response.total,
                        items: response.items.unwrap_or_default(),
                    })
                })
            },
        )
    }
    /// Sends the request and returns the decoded [`ItemPage`](crate::types::ItemPage).
    ///
    /// # Errors
    ///
    /// See [`Client::list_items`](crate::Client::list_items).
    pub async fn send(self) -> crate::Result<crate::types::ItemPage> {
        let mut request = Request::new(
            "list_items",
            reqwest::Method::GET,
            "/projects/{projectKey}/items",
        );
        request.path_param("projectKey", &self.project_key);
        request.query("envName", &self.env_name);
        if let Some(value) = &self.page_num {
            request.query("pageNum", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        for value in self.tags.iter().flatten() {
            request.query("tags", value);
        }
        if let Some(value) = &self.verbose {
            request.query("verbose", value);
        }
        self.client.send_json(request, self.options).await
    }
}
