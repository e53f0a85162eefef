// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Request and response types, one submodule per API module, all re-exported here.
/// Shared types.
#[cfg(feature = "shared")]
pub mod shared;
#[cfg(feature = "shared")]
pub use shared::*;
