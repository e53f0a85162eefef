// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Request and response types, one submodule per API module, all re-exported here.
/// Artifact management types.
pub mod artifact;
pub use artifact::*;
/// Build types.
pub mod build;
pub use build::*;
/// Cluster types.
pub mod cluster;
pub use cluster::*;
/// Code scanning types.
pub mod code_scan;
pub use code_scan::*;
/// Common types types.
pub mod common;
pub use common::*;
/// Version management types.
pub mod delivery;
pub use delivery::*;
/// Environment types.
pub mod environment;
pub use environment::*;
/// Performance insights types.
pub mod insight;
pub use insight::*;
/// Project types.
pub mod project;
pub use project::*;
/// Image registry types.
pub mod registry;
pub use registry::*;
/// Release plan types.
pub mod release_plan;
pub use release_plan::*;
/// Service types.
pub mod service;
pub use service::*;
/// System types.
pub mod system;
pub use system::*;
/// Test types.
pub mod test;
pub use test::*;
/// Users and permissions types.
pub mod user;
pub use user::*;
/// Workflow types.
pub mod workflow;
pub use workflow::*;
