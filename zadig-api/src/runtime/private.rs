//! Test hooks into the runtime, re-exported as `zadig_api::__private`. Not part of the API:
//! they exist so the runtime can be tested without generated endpoints, and may change at any
//! time.

use std::time::Duration;

use bytes::Bytes;
use futures_util::FutureExt;
use reqwest::{Method, StatusCode};
use serde_json::Value;

use super::pagination::{Page, Paginated};
use super::send::Received;
use super::sse::{self, Framing};
use super::{CallOptions, LogStream, Request, send};
use crate::Client;
use crate::call::{Answer, Empty, Events, Json, Message, Text};
use crate::error::Result;
use crate::types::ApiMessage;

/// A request built by hand, sent the way generated code sends it.
#[derive(Debug)]
pub struct RawCall {
    request: Request,
    options: CallOptions,
}

impl RawCall {
    /// See `Request::new`.
    pub fn new(endpoint: &'static str, method: Method, path_template: &'static str) -> Self {
        RawCall {
            request: Request::new(endpoint, method, path_template),
            options: CallOptions::default(),
        }
    }

    /// See `Request::path_param`.
    pub fn path_param(mut self, name: &'static str, value: &str) -> Self {
        self.request.path_param(name, value);
        self
    }

    /// See `Request::query`.
    pub fn query(mut self, name: &'static str, value: impl std::fmt::Display) -> Self {
        self.request.query(name, &value);
        self
    }

    /// See `Request::json_body`.
    pub fn json_body<T: serde::Serialize + ?Sized>(mut self, body: &T) -> Self {
        self.request.json_body(body);
        self
    }

    /// The call's own timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// The call's own retry switch.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.retry = Some(retry);
        self
    }

    async fn received<A: Answer>(self, client: &Client) -> Result<Received> {
        client.execute(self.request, self.options, A::EXPECT).await
    }

    /// A JSON answer, as a JSON value.
    pub async fn json(self, client: &Client) -> Result<Value> {
        Json::<Value>::read(self.received::<Json<Value>>(client).await?)
    }

    /// A text answer.
    pub async fn text(self, client: &Client) -> Result<String> {
        Text::read(self.received::<Text>(client).await?)
    }

    /// Zadig's acknowledgement.
    pub async fn message(self, client: &Client) -> Result<ApiMessage> {
        Message::read(self.received::<Message>(client).await?)
    }

    /// Any 2xx answer.
    pub async fn empty(self, client: &Client) -> Result<()> {
        Empty::read(self.received::<Empty>(client).await?)
    }

    /// A log stream.
    pub async fn event_stream(self, client: &Client) -> Result<LogStream> {
        Events::read(self.received::<Events>(client).await?)
    }

    /// The blocking `json`.
    #[cfg(feature = "blocking")]
    pub fn blocking_json(self, client: &crate::blocking::Client) -> Result<Value> {
        client.block_on(self.json(client.as_async()))
    }

    /// The blocking `message`.
    #[cfg(feature = "blocking")]
    pub fn blocking_message(self, client: &crate::blocking::Client) -> Result<ApiMessage> {
        client.block_on(self.message(client.as_async()))
    }

    /// The blocking `event_stream`.
    #[cfg(feature = "blocking")]
    pub fn blocking_event_stream(
        self,
        client: &crate::blocking::Client,
    ) -> Result<crate::blocking::LogLines> {
        let stream = client.block_on(self.event_stream(client.as_async()))?;
        Ok(crate::blocking::LogLines::new(stream, client))
    }
}

/// Pages through `GET path?pageNum=N&pageSize=S`, whose body is `{"list": [...], "total": n}`
/// (`total` optional), the way a generated list endpoint does.
pub fn paginate<'a>(
    client: &'a Client,
    path: &'static str,
    page_size: i64,
) -> Paginated<'a, Value> {
    paginate_from(client, path, 1, page_size)
}

/// Like [`paginate`], starting at page `first_page`.
pub fn paginate_from<'a>(
    client: &'a Client,
    path: &'static str,
    first_page: i64,
    page_size: i64,
) -> Paginated<'a, Value> {
    Paginated::new(first_page, page_size, move |page| {
        let mut request = Request::new("test_list", Method::GET, path);
        request.query("pageNum", &page);
        request.query("pageSize", &page_size);
        async move {
            let received = client
                .execute(request, CallOptions::default(), Json::<Value>::EXPECT)
                .await?;
            let body: Value = Json::<Value>::read(received)?;
            let items = match body.get("list") {
                Some(Value::Array(items)) => items.clone(),
                _ => Vec::new(),
            };
            let total = body.get("total").and_then(Value::as_i64);
            Ok(Page { items, total })
        }
        .boxed()
    })
}

/// [`paginate`] through a blocking client.
#[cfg(feature = "blocking")]
pub fn blocking_paginate<'a>(
    client: &'a crate::blocking::Client,
    path: &'static str,
    page_size: i64,
) -> crate::blocking::PaginatedIter<'a, Value> {
    crate::blocking::PaginatedIter::new(paginate(client.as_async(), path, page_size), client)
}

/// Which decoder [`decode`] runs.
#[derive(Debug, Clone, Copy)]
pub enum DecodeAs {
    /// A JSON answer (into a JSON value).
    Json,
    /// A text answer.
    Text,
    /// Zadig's acknowledgement.
    Message,
    /// Any 2xx answer.
    Empty,
}

/// What the send path does with a received status and body, without the network.
pub fn decode(kind: DecodeAs, status: StatusCode, body: &[u8]) -> Result<()> {
    const ENDPOINT: &crate::error::Label = &std::borrow::Cow::Borrowed("test_decode");
    if !status.is_success() {
        return Err(zadig_api_runtime::retry::api_error(ENDPOINT, status, body));
    }
    match kind {
        DecodeAs::Json => send::decode_json::<Value>(ENDPOINT, status, body).map(drop),
        DecodeAs::Text => {
            send::decode_text(ENDPOINT, status, Bytes::copy_from_slice(body)).map(drop)
        }
        DecodeAs::Message => send::decode_message(ENDPOINT, status, body).map(drop),
        DecodeAs::Empty => Ok(()),
    }
}

/// The log stream decoder over `chunks` of a body that ends cleanly: server-sent events, or
/// plain lines when `events` is false.
pub fn decode_log(events: bool, chunks: &[&[u8]]) -> Vec<Result<String>> {
    let framing = if events {
        Framing::Events
    } else {
        Framing::Lines
    };
    sse::decode_chunks(framing, chunks)
}
