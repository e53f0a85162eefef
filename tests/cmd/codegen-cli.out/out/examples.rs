// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Round-trip tests: the documented examples and server-shaped samples decode into their
//! types and encode back unchanged; every struct keeps keys it does not model.
#![allow(non_snake_case)]
#[allow(unused_imports)]
use crate::runtime::model::check_lossless;
#[cfg(feature = "api")]
#[test]
fn lossless__Run() {
    check_lossless::<
        crate::types::Run,
    >(
        "{/"run_id/":7,/"status/":/"running/",/"tags/":[/"text/"],/"x_not_in_the_spec/":{/"kept/":[1,/"two/",true]}}",
    );
}
#[cfg(feature = "api")]
#[test]
fn lossless__RunPage() {
    check_lossless::<
        crate::types::RunPage,
    >(
        "{/"total/":7,/"runs/":[{/"run_id/":7,/"status/":/"running/",/"tags/":[/"text/"]}],/"x_not_in_the_spec/":{/"kept/":[1,/"two/",true]}}",
    );
}
#[cfg(feature = "api")]
#[test]
fn lossless__NewRun() {
    check_lossless::<
        crate::types::NewRun,
    >(
        "{/"name/":/"text/",/"status/":/"running/",/"retries/":7,/"dry_run/":true,/"x_not_in_the_spec/":{/"kept/":[1,/"two/",true]}}",
    );
}
