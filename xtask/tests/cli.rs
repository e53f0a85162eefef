//! Runs the `trycmd` cases in the workspace's `tests/cmd/` against the xtask binary.
//!
//! The cases live with the other workspace-level tests; the runner lives here because only
//! this package's tests get the freshly built `xtask` binary. `TRYCMD=overwrite cargo test -p
//! xtask --test cli` rewrites the expected output after an intended change (review the diff).

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .register_bin("xtask", std::path::Path::new(env!("CARGO_BIN_EXE_xtask")))
        .case("../tests/cmd/*.toml");
}
