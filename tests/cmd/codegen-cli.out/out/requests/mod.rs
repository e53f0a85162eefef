// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Request builders returned by the [`Client`](crate::Client) methods, one submodule per
//! API module, all re-exported here.
/// Request builders of the Fixture API.
#[cfg(feature = "api")]
pub mod api;
#[cfg(feature = "api")]
pub use api::*;
