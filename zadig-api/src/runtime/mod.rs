//! The hand-written runtime under the generated endpoints: building a request, sending it with
//! retries and timeouts, decoding the answer, log streams and pagination.

pub(crate) mod model;
pub mod pagination;
#[doc(hidden)]
pub mod private;
mod request;
pub(crate) mod retry;
mod send;
mod sse;

pub(crate) use request::{CallOptions, Request};
#[cfg(feature = "workflow")]
pub(crate) use retry::random_fraction;
pub use sse::LogStream;
#[cfg(test)]
pub(crate) mod conformance;
