#![doc = include_str!("../README.md")]
//!
//! # Crate layout
//!
//! - [`guide`]: how to use the client, topic by topic, with examples.
//! - [`Client`] (async) and [`blocking::Client`] carry one method per Zadig endpoint; each
//!   returns a request builder from [`requests`] (or [`blocking::requests`]).
//! - [`types`]: the request and response types, one submodule per API module.
//! - [`Error`] with its [`ErrorKind`]: every failure a call can have.
//! - [`LogStream`] and [`Paginated`]: what log-stream and paged calls yield.
//! - [`wait`]: [`Client::wait_for_workflow_task`], polling a workflow run until it finishes.
//! - [`raw`]: [`Client::request`], any call through the same runtime, for what the bindings
//!   do not describe.
//! - [`hooks`]: a [`hooks::Hook`] around each attempt and the [`hooks::Sleep`] between
//!   attempts and polls, set on the [`ClientBuilder`].
//!
//! Everything under `types`, `requests` and `blocking::requests` is generated from the spec in
//! the repository's `spec/` directory by `cargo xtask codegen`.

// The runtime's helpers exist for the generated modules; a build with only some modules
// (cargo features) leaves some of them unused, which is expected.
#![cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]

pub mod client;
pub mod error;
pub mod hooks;
#[cfg(all(feature = "blocking", feature = "full"))]
pub mod guide {
    #![doc = include_str!("guide.md")]
}
pub mod raw;
pub mod release;
#[cfg(feature = "workflow")]
pub mod wait;

#[cfg(feature = "blocking")]
pub mod blocking;

#[rustfmt::skip]
mod generated;
mod runtime;

pub use client::{Client, ClientBuilder};
pub use error::{ApiErrorBody, Error, ErrorKind, Result};
pub use raw::RawRequest;
pub use release::Release;
pub use runtime::LogStream;
pub use runtime::pagination::Paginated;

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
    pub use crate::runtime::model::{ApiMessage, UnknownFields, UnknownValue, UnknownVariant};
}

/// Request builders returned by the [`Client`] methods, generated from the spec.
pub mod requests {
    // Re-exports nothing when no enabled module has endpoints.
    #[allow(unused_imports)]
    pub use crate::generated::requests::*;
}
