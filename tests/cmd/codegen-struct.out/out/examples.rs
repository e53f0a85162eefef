// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Round-trip tests: the documented examples and server-shaped samples decode into their
//! types and encode back unchanged; every struct keeps keys it does not model.
#![allow(non_snake_case)]
#[allow(unused_imports)]
use crate::runtime::model::{check_example, check_lossless};
#[cfg(feature = "api")]
#[test]
fn get_thing__success() {
    check_example::<crate::types::Thing>("{/n  /"name/": /"demo/",/n  /"size/": 3/n}");
}
#[cfg(feature = "api")]
#[test]
fn lossless__Thing() {
    check_lossless::<
        crate::types::Thing,
    >(
        "{/"name/":/"text/",/"size/":7,/"x_not_in_the_spec/":{/"kept/":[1,/"two/",true]}}",
    );
}
