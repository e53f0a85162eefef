// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! The Zadig releases whose server source the spec was checked against.
use crate::Release;
impl Release {
    /// Every release the bindings know, oldest first, the development branch last: none.
    pub const KNOWN: &'static [Release] = &[];
    /// The latest release the bindings know: what a client without a configured
    /// release talks to.
    pub const LATEST: Release = Release::MAIN;
}
