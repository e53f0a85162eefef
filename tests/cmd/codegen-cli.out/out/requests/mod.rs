// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! The calls the client methods return, one alias of [`Call`](crate::Call) per endpoint,
//! with the endpoint's setters; one submodule per API module, all re-exported here.
/// Calls of the Fixture API.
#[cfg(feature = "api")]
pub mod api;
#[cfg(feature = "api")]
pub use api::*;
