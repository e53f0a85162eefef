//! The hand-written runtime under the generated endpoints: building a request, sending it with
//! retries and timeouts, decoding the answer, log streams and pagination.

pub(crate) mod model;
pub mod pagination;
#[doc(hidden)]
pub mod private;
mod request;
pub(crate) mod retry;
pub(crate) mod send;
mod sse;

pub use request::Route;
pub(crate) use request::{CallOptions, Request, check_raw_path};
#[cfg(feature = "workflow")]
pub(crate) use retry::random_fraction;
pub use sse::LogStream;
#[cfg(test)]
pub(crate) mod conformance;
