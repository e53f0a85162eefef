//! The runtime under the generated endpoints, as the generated code names it
//! (`crate::runtime::model`, ...): the `zadig-api-runtime` crate, plus the test hooks and the
//! conformance harness, which need the clients of this crate.

pub use zadig_api_runtime::request::Route;
pub(crate) use zadig_api_runtime::request::{CallOptions, Request, check_raw_path};
#[cfg(feature = "workflow")]
pub(crate) use zadig_api_runtime::retry::random_fraction;
pub(crate) use zadig_api_runtime::sse::LogStream;
pub(crate) use zadig_api_runtime::{model, pagination, send, sse};
#[cfg(test)]
pub(crate) mod conformance;
#[doc(hidden)]
pub mod private;
