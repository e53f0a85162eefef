// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Fixture API.
