// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Request builders returned by the [`blocking::Client`](crate::blocking::Client)
//! methods, one submodule per API module, all re-exported here.
/// Blocking request builders of the Artifact management API.
pub mod artifact;
pub use artifact::*;
/// Blocking request builders of the Build API.
pub mod build;
pub use build::*;
/// Blocking request builders of the Cluster API.
pub mod cluster;
pub use cluster::*;
/// Blocking request builders of the Code scanning API.
pub mod code_scan;
pub use code_scan::*;
/// Blocking request builders of the Version management API.
pub mod delivery;
pub use delivery::*;
/// Blocking request builders of the Environment API.
pub mod environment;
pub use environment::*;
/// Blocking request builders of the Performance insights API.
pub mod insight;
pub use insight::*;
/// Blocking request builders of the Project API.
pub mod project;
pub use project::*;
/// Blocking request builders of the Image registry API.
pub mod registry;
pub use registry::*;
/// Blocking request builders of the Release plan API.
pub mod release_plan;
pub use release_plan::*;
/// Blocking request builders of the Service API.
pub mod service;
pub use service::*;
/// Blocking request builders of the System API.
pub mod system;
pub use system::*;
/// Blocking request builders of the Test API.
pub mod test;
pub use test::*;
/// Blocking request builders of the Users and permissions API.
pub mod user;
pub use user::*;
/// Blocking request builders of the Workflow API.
pub mod workflow;
pub use workflow::*;
