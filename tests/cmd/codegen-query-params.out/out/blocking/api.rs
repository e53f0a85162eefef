// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Fixture API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
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
    /// Returns the decoded [`ItemPage`](crate::types::ItemPage). The builder's [`items`](crate::blocking::requests::ListItems::items) walks every page.
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
            inner: self.as_async().list_items(project_key, env_name),
        }
    }
}
/// Blocking request builder for [`blocking::Client::list_items`](crate::blocking::Client::list_items): `GET /projects/{projectKey}/items`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListItems<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListItems<'a>,
}
impl<'a> ListItems<'a> {
    /// Sets the optional query parameter `pageNum`; see [`requests::ListItems::page_num`](crate::requests::ListItems::page_num).
    pub fn page_num(mut self, value: i64) -> Self {
        self.inner = self.inner.page_num(value);
        self
    }
    /// Sets the optional query parameter `pageSize`; see [`requests::ListItems::page_size`](crate::requests::ListItems::page_size).
    pub fn page_size(mut self, value: i64) -> Self {
        self.inner = self.inner.page_size(value);
        self
    }
    /// Sets the optional query parameter `tags`; see [`requests::ListItems::tags`](crate::requests::ListItems::tags).
    pub fn tags(mut self, value: Vec<String>) -> Self {
        self.inner = self.inner.tags(value);
        self
    }
    /// Sets the optional query parameter `verbose`; see [`requests::ListItems::verbose`](crate::requests::ListItems::verbose).
    pub fn verbose(mut self, value: bool) -> Self {
        self.inner = self.inner.verbose(value);
        self
    }
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
    pub fn items(self) -> crate::blocking::PaginatedIter<'a, serde_json::Value> {
        crate::blocking::PaginatedIter::new(self.inner.items(), self.client)
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_items`](crate::Client::list_items); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ItemPage> {
        self.client.block_on(self.inner.send())
    }
}
