// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! What each endpoint sends: its parameters and its route; one submodule per API module,
//! all re-exported here.
/// The endpoints of the Runs API.
#[cfg(feature = "runs")]
pub mod runs;
#[cfg(feature = "runs")]
pub use runs::*;
