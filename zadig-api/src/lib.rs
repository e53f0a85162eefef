#![doc = include_str!("../README.md")]
//!
//! # Crate layout
//!
//! - [`guide`]: how to use the client, topic by topic, with examples.
//! - [`Client`] (async) and [`blocking::Client`]: one type, [`GenericClient`], in two modes,
//!   with one method per Zadig endpoint. Each returns a [`Call`], named per endpoint in
//!   [`requests`] (`requests::ListWorkflows`), whose setters are the endpoint's optional
//!   parameters; [`Call`] holds what every call shares: per-call settings, `send()`,
//!   [`send_with_response`](Call::send_with_response) ([`Response`]: status and headers with the
//!   value), `items()` on paged lists, and the errors every call can have.
//! - [`endpoints`]: what each endpoint sends, one struct per endpoint with its [`Route`].
//! - [`types`]: the request and response types, one submodule per API module.
//! - [`Error`] with its [`ErrorKind`]: every failure a call can have.
//! - [`LogStream`] and [`Paginated`]: what log-stream and paged calls yield.
//! - [`wait`]: [`Client::wait_for_workflow_task`], polling a workflow run until it finishes.
//! - [`raw`]: [`Client::request`], any call through the same runtime, for what the bindings
//!   do not describe.
//! - [`intercept`]: [`Interceptor`](intercept::Interceptor)s around each call and attempt, and
//!   [`time`]: the client's time source, both set on the [`ClientBuilder`].
//!
//! Everything under `types`, `requests` and `endpoints` is generated from the spec in the
//! repository's `spec/` directory by `cargo xtask codegen`.

// docs.rs (and `cargo xtask ci`, with its flags) shows which cargo feature each item needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
// The runtime's helpers exist for the generated modules; a build with only some modules
// (cargo features) leaves some of them unused, which is expected.
#![cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]

pub mod call;
pub mod client;
#[doc(inline)]
pub use zadig_api_runtime::error;
#[cfg(all(feature = "blocking", feature = "full"))]
pub mod guide {
    #![doc = include_str!("guide.md")]
}
#[doc(inline)]
pub use zadig_api_runtime::intercept;
pub mod raw;
#[doc(inline)]
pub use zadig_api_runtime::release;
#[doc(inline)]
pub use zadig_api_runtime::time;
#[cfg(feature = "workflow")]
pub mod wait;

#[cfg(feature = "blocking")]
pub mod blocking;

#[rustfmt::skip]
mod generated;
mod runtime;

pub use call::{Call, Endpoint, Response, Route};
pub use client::{Async, Client, ClientBuilder, GenericClient};
pub use error::{ApiErrorBody, Error, ErrorKind, Result};
pub use raw::RawRequest;
pub use release::{Release, ServerRelease};
pub use zadig_api_runtime::pagination::Paginated;
pub use zadig_api_runtime::sse::LogStream;

/// The `reqwest` version this crate uses, for [`ClientBuilder::http_client`].
pub use reqwest;

#[doc(hidden)]
pub use runtime::private as __private;

/// Request and response types, generated from the spec, one submodule per API module and all
/// re-exported here.
pub mod types {
    // Re-exports nothing when the enabled modules declare no types.
    #[allow(unused_imports)]
    pub use crate::generated::types::*;
    pub use zadig_api_runtime::model::{ApiMessage, UnknownFields, UnknownValue, UnknownVariant};
}

/// The calls the client methods return, one alias of [`Call`] per endpoint
/// (`ListWorkflows<'a, M>` is `Call<'a, M, endpoints::ListWorkflows>`), with the endpoint's
/// setters; generated from the spec.
pub mod requests {
    // Re-exports nothing when no enabled module has endpoints.
    #[allow(unused_imports)]
    pub use crate::generated::requests::*;
}

/// What each endpoint sends: one struct per endpoint, holding its parameters, with its
/// [`Route`]; generated from the spec.
pub mod endpoints {
    // Re-exports nothing when no enabled module has endpoints.
    #[allow(unused_imports)]
    pub use crate::generated::endpoints::*;
}
