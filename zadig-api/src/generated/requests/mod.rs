// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! The calls the client methods return, one alias of [`Call`](crate::Call) per endpoint,
//! with the endpoint's setters; one submodule per API module, all re-exported here.
/// Calls of the Artifact management API.
#[cfg(feature = "artifact")]
pub mod artifact;
#[cfg(feature = "artifact")]
pub use artifact::*;
/// Calls of the Build API.
#[cfg(feature = "build")]
pub mod build;
#[cfg(feature = "build")]
pub use build::*;
/// Calls of the Cluster API.
#[cfg(feature = "cluster")]
pub mod cluster;
#[cfg(feature = "cluster")]
pub use cluster::*;
/// Calls of the Code scanning API.
#[cfg(feature = "code_scan")]
pub mod code_scan;
#[cfg(feature = "code_scan")]
pub use code_scan::*;
/// Calls of the Version management API.
#[cfg(feature = "delivery")]
pub mod delivery;
#[cfg(feature = "delivery")]
pub use delivery::*;
/// Calls of the Environment API.
#[cfg(feature = "environment")]
pub mod environment;
#[cfg(feature = "environment")]
pub use environment::*;
/// Calls of the Performance insights API.
#[cfg(feature = "insight")]
pub mod insight;
#[cfg(feature = "insight")]
pub use insight::*;
/// Calls of the Project API.
#[cfg(feature = "project")]
pub mod project;
#[cfg(feature = "project")]
pub use project::*;
/// Calls of the Image registry API.
#[cfg(feature = "registry")]
pub mod registry;
#[cfg(feature = "registry")]
pub use registry::*;
/// Calls of the Release plan API.
#[cfg(feature = "release_plan")]
pub mod release_plan;
#[cfg(feature = "release_plan")]
pub use release_plan::*;
/// Calls of the Service API.
#[cfg(feature = "service")]
pub mod service;
#[cfg(feature = "service")]
pub use service::*;
/// Calls of the System API.
#[cfg(feature = "system")]
pub mod system;
#[cfg(feature = "system")]
pub use system::*;
/// Calls of the Test API.
#[cfg(feature = "test")]
pub mod test;
#[cfg(feature = "test")]
pub use test::*;
/// Calls of the Users and permissions API.
#[cfg(feature = "user")]
pub mod user;
#[cfg(feature = "user")]
pub use user::*;
/// Calls of the Workflow API.
#[cfg(feature = "workflow")]
pub mod workflow;
#[cfg(feature = "workflow")]
pub use workflow::*;
