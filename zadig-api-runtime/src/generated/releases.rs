// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! The Zadig releases whose server source the spec was checked against.
use crate::Release;
impl Release {
    /// Zadig v3.4.0.
    pub const V3_4_0: Release = Release::new(3, 4, 0);
    /// Zadig v3.4.1.
    pub const V3_4_1: Release = Release::new(3, 4, 1);
    /// Zadig v4.0.0.
    pub const V4_0_0: Release = Release::new(4, 0, 0);
    /// Zadig v4.1.0.
    pub const V4_1_0: Release = Release::new(4, 1, 0);
    /// Zadig v4.2.0.
    pub const V4_2_0: Release = Release::new(4, 2, 0);
    /// Zadig v4.2.1.
    pub const V4_2_1: Release = Release::new(4, 2, 1);
    /// Zadig v4.3.0.
    pub const V4_3_0: Release = Release::new(4, 3, 0);
    /// Zadig v5.0.0, the latest release the bindings know.
    pub const V5_0_0: Release = Release::new(5, 0, 0);
    /// Every release the bindings know, oldest first, the development branch last: v3.4.0, v3.4.1, v4.0.0, v4.1.0, v4.2.0, v4.2.1, v4.3.0, v5.0.0, main.
    pub const KNOWN: &'static [Release] = &[
        Release::V3_4_0,
        Release::V3_4_1,
        Release::V4_0_0,
        Release::V4_1_0,
        Release::V4_2_0,
        Release::V4_2_1,
        Release::V4_3_0,
        Release::V5_0_0,
        Release::MAIN,
    ];
    /// The latest release the bindings know: what a client without a configured
    /// release talks to.
    pub const LATEST: Release = Release::V5_0_0;
}
