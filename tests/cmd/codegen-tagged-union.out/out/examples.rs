// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Round-trip tests of the documented example payloads in the spec.
#![allow(non_snake_case)]
use crate::runtime::model::check_example;
#[test]
fn run_jobs__build() {
    check_example::<
        crate::types::JobInput,
    >(
        "{/n  /"job_name/": /"b/",/n  /"job_type/": /"build/",/n  /"parameters/": {/n    /"image/": /"x/"/n  }/n}",
    );
}
