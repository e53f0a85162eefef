// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Request builders returned by the [`blocking::Client`](crate::blocking::Client)
//! methods, one submodule per API module, all re-exported here.
/// Blocking request builders of the Pets API.
#[cfg(feature = "pets")]
pub mod pets;
#[cfg(feature = "pets")]
pub use pets::*;
