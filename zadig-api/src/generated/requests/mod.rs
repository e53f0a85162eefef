// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Request builders returned by the [`Client`](crate::Client) methods, one submodule per
//! API module, all re-exported here.
/// Request builders of the Artifact management API.
pub mod artifact;
pub use artifact::*;
/// Request builders of the Build API.
pub mod build;
pub use build::*;
/// Request builders of the Cluster API.
pub mod cluster;
pub use cluster::*;
/// Request builders of the Code scanning API.
pub mod code_scan;
pub use code_scan::*;
/// Request builders of the Version management API.
pub mod delivery;
pub use delivery::*;
/// Request builders of the Environment API.
pub mod environment;
pub use environment::*;
/// Request builders of the Performance insights API.
pub mod insight;
pub use insight::*;
/// Request builders of the Project API.
pub mod project;
pub use project::*;
/// Request builders of the Image registry API.
pub mod registry;
pub use registry::*;
/// Request builders of the Release plan API.
pub mod release_plan;
pub use release_plan::*;
/// Request builders of the Service API.
pub mod service;
pub use service::*;
/// Request builders of the System API.
pub mod system;
pub use system::*;
/// Request builders of the Test API.
pub mod test;
pub use test::*;
/// Request builders of the Users and permissions API.
pub mod user;
pub use user::*;
/// Request builders of the Workflow API.
pub mod workflow;
pub use workflow::*;
