// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! What each endpoint sends: its parameters and its route; one submodule per API module,
//! all re-exported here.
/// The endpoints of the Fixture API.
#[cfg(feature = "api")]
pub mod api;
#[cfg(feature = "api")]
pub use api::*;
