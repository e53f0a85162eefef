// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Request builders returned by the [`Client`](crate::Client) methods, one submodule per
//! API module, all re-exported here.
/// Request builders of the Pets API.
#[cfg(feature = "pets")]
pub mod pets;
#[cfg(feature = "pets")]
pub use pets::*;
