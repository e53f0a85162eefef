//! Runs the `trycmd` cases of `tests/cmd/` against the `zadig` binary: the help of the root
//! and of every command group, one generated command's help, and usage errors (a missing
//! required flag, an unknown command, a value of the wrong type or outside its choices, body
//! files that do not fit, a missing URL or token). None of them reaches a server.
//! `TRYCMD=overwrite cargo test -p zadig-cli --test cli` rewrites the expected output after an
//! intended change (review the diff).

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .register_bin("zadig", std::path::Path::new(env!("CARGO_BIN_EXE_zadig")))
        // Help wraps at a fixed width, and no config file of the machine is read.
        .env("COLUMNS", "100")
        .env("ZADIG_CONFIG", "/nonexistent/zadig/config.yaml")
        .case("tests/cmd/*.toml");
}
