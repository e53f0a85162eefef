// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Conformance tests: each endpoint through both clients against a local server.
#![allow(clippy::too_many_lines)]
