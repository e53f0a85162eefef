// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! The Zadig releases whose server source the spec was checked against.
use crate::Release;
impl Release {
    /// Zadig v1.0.0, the latest release the bindings know.
    pub const V1_0_0: Release = Release::new(1, 0, 0);
    /// Every release the bindings know, oldest first, the development branch last: v1.0.0.
    pub const KNOWN: &'static [Release] = &[Release::V1_0_0];
    /// The latest release the bindings know: what a client without a configured
    /// release talks to.
    pub const LATEST: Release = Release::V1_0_0;
}
