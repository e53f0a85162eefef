// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Request and response types, one submodule per API module, all re-exported here.
/// Common types types.
pub mod common;
pub use common::*;
/// Environment types.
pub mod environment;
pub use environment::*;
/// Release plan types.
pub mod release_plan;
pub use release_plan::*;
/// Workflow types.
pub mod workflow;
pub use workflow::*;
