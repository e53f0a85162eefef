// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Round-trip tests: the documented examples and server-shaped samples decode into their
//! types and encode back unchanged; every struct keeps keys it does not model.
#![allow(non_snake_case)]
