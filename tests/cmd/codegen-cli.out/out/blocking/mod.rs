// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Request builders returned by the [`blocking::Client`](crate::blocking::Client)
//! methods, one submodule per API module, all re-exported here.
/// Blocking request builders of the Fixture API.
#[cfg(feature = "api")]
pub mod api;
#[cfg(feature = "api")]
pub use api::*;
