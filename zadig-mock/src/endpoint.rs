//! What an expectation can match and answer, told by its endpoint type.
//!
//! Each endpoint of the spec has a type of its own (generated, `generated::workflow::ListWorkflows`
//! for `list_workflows`) that is never built: it is the parameter `E` of the expectation
//! [`Expect<E>`](crate::Expect) that `mock.list_workflows()` returns, and it implements the
//! traits below that fit the endpoint. Their implementations pick the methods an expectation
//! has: [`JsonAnswer`] gives `respond` and `respond_sequence` with the endpoint's response type,
//! [`JsonBody`] gives `body`, `body_json`, `body_matches` and `without_body_field` with its
//! body type, and so on. The per-parameter matchers are generated on `Expect<E>` for each `E`.
//!
//! [`Raw`] stands for a route outside the spec ([`MockZadig::request`](crate::MockZadig::request)),
//! which may take any JSON body and give any answer.
//!
//! The traits are sealed: only this crate implements them.

use serde::Serialize;
use serde::de::DeserializeOwned;

pub(crate) mod sealed {
    /// Keeps the endpoint traits to this crate's types.
    pub trait Sealed {}
}

/// An endpoint of the spec.
pub trait Endpoint: sealed::Sealed {
    /// Its id (`list_workflows`): the client's method name, and the name the route table and
    /// verification use.
    const ID: &'static str;
}

/// An endpoint that takes a JSON body of type [`Body`](JsonBody::Body).
pub trait JsonBody: sealed::Sealed {
    /// The body type, as the client sends it.
    type Body: Serialize + DeserializeOwned;
}

/// An endpoint that answers JSON of type [`Response`](JsonAnswer::Response).
pub trait JsonAnswer: sealed::Sealed {
    /// The response type, as the client decodes it.
    type Response: Serialize;
}

/// A paged list: its items can be served page by page (`respond_pages`).
pub trait PagedAnswer: JsonAnswer {
    /// One item of the list.
    type Item: Serialize;
}

/// An endpoint that answers Zadig's acknowledgement, `{"message":"success"}`.
pub trait MessageAnswer: sealed::Sealed {}

/// An endpoint that answers plain text (a YAML file, a whole log).
pub trait TextAnswer: sealed::Sealed {}

/// An endpoint that answers a log stream, one server-sent event per line.
pub trait LinesAnswer: sealed::Sealed {}

/// An endpoint that answers an empty body.
pub trait EmptyAnswer: sealed::Sealed {}

/// A route outside the spec, for code that calls Zadig through the client's escape hatch
/// (`client.request(method, path)`): any JSON body, any answer.
#[derive(Debug)]
pub enum Raw {}

impl sealed::Sealed for Raw {}

impl JsonBody for Raw {
    type Body = serde_json::Value;
}

impl JsonAnswer for Raw {
    type Response = serde_json::Value;
}

impl MessageAnswer for Raw {}

impl TextAnswer for Raw {}

impl LinesAnswer for Raw {}

impl EmptyAnswer for Raw {}
