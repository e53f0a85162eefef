//! Guards the committed bindings: regenerating from `spec/` in memory must give exactly the
//! files in `zadig-api/src/generated/`. The same check as `cargo xtask codegen --check`.

use std::path::Path;

use zadig_codegen::output::drift;

#[test]
fn committed_bindings_match_the_spec() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the workspace");
    let files = match zadig_codegen::generate(&root.join("spec")) {
        Ok(files) => files,
        Err(diagnostics) => panic!("the spec does not validate:\n{diagnostics}"),
    };
    let drift = drift(&root.join("zadig-api/src/generated"), &files);
    let report: Vec<String> = drift
        .iter()
        .map(|item| {
            format!(
                "  {}: zadig-api/src/generated/{}",
                item.label(),
                item.path()
            )
        })
        .collect();
    assert!(
        drift.is_empty(),
        "the generated bindings are out of date:\n{}\nrun `cargo xtask codegen` and commit the result",
        report.join("\n")
    );
}

#[test]
fn generation_is_deterministic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the workspace");
    let first = zadig_codegen::generate(&root.join("spec")).map_err(|d| d.to_string());
    let second = zadig_codegen::generate(&root.join("spec")).map_err(|d| d.to_string());
    assert_eq!(first, second);
}
