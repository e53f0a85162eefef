// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! What each endpoint sends: its parameters and its route; one submodule per API module,
//! all re-exported here.
/// The endpoints of the Pets API.
#[cfg(feature = "pets")]
pub mod pets;
#[cfg(feature = "pets")]
pub use pets::*;
