// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! Round-trip tests: the documented examples and server-shaped samples decode into their
//! types and encode back unchanged; every struct keeps keys it does not model.
#![allow(non_snake_case)]
#[allow(unused_imports)]
use crate::runtime::model::{check_example, check_lossless};
#[cfg(feature = "pets")]
#[test]
fn list_pets__server_response_shape() {
    check_example::<
        crate::types::PetList,
    >(
        "{/n  /"total/": 1,/n  /"pets/": [/n    {/n      /"id/": /"text/",/n      /"status/": /"Sleeping/"/n    }/n  ]/n}",
    );
}
#[cfg(feature = "pets")]
#[test]
fn get_pet__server_response_shape() {
    check_example::<
        crate::types::Pet,
    >("{/n  /"id/": /"text/",/n  /"status/": /"Sleeping/"/n}");
}
#[cfg(feature = "pets")]
#[test]
fn create_pet__server_body_shape() {
    check_example::<
        crate::types::Pet,
    >("{/n  /"id/": /"text/",/n  /"status/": /"Sleeping/"/n}");
}
#[cfg(feature = "pets")]
#[test]
fn lossless__Pet() {
    check_lossless::<
        crate::types::Pet,
    >(
        "{/"id/":/"text/",/"name/":7,/"status/":/"Sleeping/",/"colour/":/"text/",/"x_not_in_the_spec/":{/"kept/":[1,/"two/",true]}}",
    );
}
#[cfg(feature = "pets")]
#[test]
fn lossless__PetList() {
    check_lossless::<
        crate::types::PetList,
    >(
        "{/"total/":7,/"pets/":[{/"id/":/"text/",/"name/":7,/"status/":/"Sleeping/",/"colour/":/"text/"}],/"x_not_in_the_spec/":{/"kept/":[1,/"two/",true]}}",
    );
}
