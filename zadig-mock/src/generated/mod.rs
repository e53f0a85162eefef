// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Everything generated from the spec for the mock server. Nothing here is edited by hand.
pub(crate) mod routes;
#[cfg(test)]
mod conformance;
///Expectations for the Artifact management endpoints.
pub mod artifact;
///Expectations for the Build endpoints.
pub mod build;
///Expectations for the Cluster endpoints.
pub mod cluster;
///Expectations for the Code scanning endpoints.
pub mod code_scan;
///Expectations for the Version management endpoints.
pub mod delivery;
///Expectations for the Environment endpoints.
pub mod environment;
///Expectations for the Performance insights endpoints.
pub mod insight;
///Expectations for the Project endpoints.
pub mod project;
///Expectations for the Image registry endpoints.
pub mod registry;
///Expectations for the Release plan endpoints.
pub mod release_plan;
///Expectations for the Service endpoints.
pub mod service;
///Expectations for the System endpoints.
pub mod system;
///Expectations for the Test endpoints.
pub mod test;
///Expectations for the Users and permissions endpoints.
pub mod user;
///Expectations for the Workflow endpoints.
pub mod workflow;
