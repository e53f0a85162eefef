// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Round-trip tests: the documented examples and server-shaped samples decode into their
//! types and encode back unchanged; every struct keeps keys it does not model.
#![allow(non_snake_case)]
#[allow(unused_imports)]
use crate::runtime::model::check_lossless;
#[cfg(feature = "api")]
#[test]
fn lossless__ItemPage() {
    check_lossless::<
        crate::types::ItemPage,
    >(
        "{/"total/":7,/"items/":[{/"any/":[/"json/",1]}],/"x_not_in_the_spec/":{/"kept/":[1,/"two/",true]}}",
    );
}
