// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Request and response types, one submodule per API module, all re-exported here.
/// Artifact management types.
#[cfg(feature = "artifact")]
pub mod artifact;
#[cfg(feature = "artifact")]
pub use artifact::*;
/// Build types.
#[cfg(feature = "build")]
pub mod build;
#[cfg(feature = "build")]
pub use build::*;
/// Cluster types.
#[cfg(feature = "cluster")]
pub mod cluster;
#[cfg(feature = "cluster")]
pub use cluster::*;
/// Code scanning types.
#[cfg(feature = "code_scan")]
pub mod code_scan;
#[cfg(feature = "code_scan")]
pub use code_scan::*;
/// Common types.
#[cfg(feature = "common")]
pub mod common;
#[cfg(feature = "common")]
pub use common::*;
/// Version management types.
#[cfg(feature = "delivery")]
pub mod delivery;
#[cfg(feature = "delivery")]
pub use delivery::*;
/// Environment types.
#[cfg(feature = "environment")]
pub mod environment;
#[cfg(feature = "environment")]
pub use environment::*;
/// Performance insights types.
#[cfg(feature = "insight")]
pub mod insight;
#[cfg(feature = "insight")]
pub use insight::*;
/// Project types.
#[cfg(feature = "project")]
pub mod project;
#[cfg(feature = "project")]
pub use project::*;
/// Image registry types.
#[cfg(feature = "registry")]
pub mod registry;
#[cfg(feature = "registry")]
pub use registry::*;
/// Release plan types.
#[cfg(feature = "release_plan")]
pub mod release_plan;
#[cfg(feature = "release_plan")]
pub use release_plan::*;
/// Service types.
#[cfg(feature = "service")]
pub mod service;
#[cfg(feature = "service")]
pub use service::*;
/// System types.
#[cfg(feature = "system")]
pub mod system;
#[cfg(feature = "system")]
pub use system::*;
/// Test types.
#[cfg(feature = "test")]
pub mod test;
#[cfg(feature = "test")]
pub use test::*;
/// Users and permissions types.
#[cfg(feature = "user")]
pub mod user;
#[cfg(feature = "user")]
pub use user::*;
/// Workflow types.
#[cfg(feature = "workflow")]
pub mod workflow;
#[cfg(feature = "workflow")]
pub use workflow::*;
