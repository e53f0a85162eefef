// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Request and response types, one submodule per API module, all re-exported here.
/// Fixture types.
#[cfg(feature = "api")]
pub mod api;
#[cfg(feature = "api")]
pub use api::*;
