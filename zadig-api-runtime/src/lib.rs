//! The hand-written runtime under [`zadig-api`](https://docs.rs/zadig-api)'s generated
//! bindings: building a request, sending it with interceptors, retries, timeouts and a
//! deadline, decoding the answer, log streams, pagination, errors and the Zadig releases.
//!
//! **Depend on `zadig-api`, not on this crate.** `zadig-api` re-exports everything users name
//! (`Error`, `Release`, the `intercept` and `time` modules, `LogStream`, `Paginated`); the rest
//! is here for the generated code and changes with it, in any release. The two crates are
//! released together, `zadig-api` pinning this one's exact version.
//!
//! Why a crate of its own: the runtime does not change when the spec does, and cargo builds
//! it once, its code generation overlapping the checking of the generated crate; a build of
//! `zadig-api` with a few module features then compiles little more than those modules.

pub mod client;
pub mod error;
pub mod intercept;
pub mod model;
pub mod pagination;
pub mod release;
pub mod request;
pub mod retry;
pub mod send;
pub mod sse;
pub mod time;

/// The Zadig releases the spec knows, generated from it.
#[rustfmt::skip]
#[path = "generated/releases.rs"]
mod releases;

pub use error::{Error, ErrorKind, Result};
pub use release::Release;
