// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Everything generated from the spec. Nothing here is edited by hand.
pub mod types;
pub mod requests;
pub mod endpoints;
#[cfg(test)]
mod examples;
#[cfg(test)]
mod conformance;
