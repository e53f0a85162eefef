// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Round-trip tests: the documented examples and server-shaped samples decode into their
//! types and encode back unchanged; every struct keeps keys it does not model.
#![allow(non_snake_case)]
#[allow(unused_imports)]
use crate::runtime::model::{check_example, check_lossless};
#[cfg(feature = "api")]
#[test]
fn run_jobs__build() {
    check_example::<
        crate::types::JobInput,
    >(
        "{/n  /"job_name/": /"b/",/n  /"job_type/": /"build/",/n  /"parameters/": {/n    /"image/": /"x/"/n  }/n}",
    );
}
#[cfg(feature = "api")]
#[test]
fn lossless__BuildJobInput() {
    check_lossless::<
        crate::types::BuildJobInput,
    >(
        "{/"job_name/":/"text/",/"parameters/":{/"image/":/"text/"},/"x_not_in_the_spec/":{/"kept/":[1,/"two/",true]}}",
    );
}
#[cfg(feature = "api")]
#[test]
fn lossless__BuildParameters() {
    check_lossless::<
        crate::types::BuildParameters,
    >("{/"image/":/"text/",/"x_not_in_the_spec/":{/"kept/":[1,/"two/",true]}}");
}
#[cfg(feature = "api")]
#[test]
fn lossless__SqlJobInput() {
    check_lossless::<
        crate::types::SqlJobInput,
    >(
        "{/"job_name/":/"text/",/"sql/":/"text/",/"x_not_in_the_spec/":{/"kept/":[1,/"two/",true]}}",
    );
}
#[cfg(feature = "api")]
#[test]
fn lossless__JobBatch() {
    check_lossless::<
        crate::types::JobBatch,
    >(
        "{/"first_job/":{/"job_name/":/"text/",/"parameters/":{/"image/":/"text/"},/"job_type/":/"build/"},/"label/":/"text/",/"batchId/":/"text/",/"x_not_in_the_spec/":{/"kept/":[1,/"two/",true]}}",
    );
}
