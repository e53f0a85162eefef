// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Request and response types, one submodule per API module, all re-exported here.
/// Pets types.
#[cfg(feature = "pets")]
pub mod pets;
#[cfg(feature = "pets")]
pub use pets::*;
