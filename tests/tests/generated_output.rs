//! Guards the committed generated code: regenerating from `spec/` in memory must give exactly
//! the files in `zadig-api/src/generated/`, `zadig-mock/src/generated/`,
//! `zadig-cli/src/generated/` and `zadig-api-runtime/src/generated/`. The same check as
//! `cargo xtask codegen --check`.

use std::path::Path;

use zadig_codegen::output::{Drift, drift, normalize_newlines};
use zadig_codegen::{Diagnostics, GeneratedFile};

type Generator = fn(&Path) -> Result<Vec<GeneratedFile>, Diagnostics>;

/// Regenerates with `generate` from `spec/` and fails, naming each stale, missing or extra
/// file, if the committed `dir` differs.
fn assert_committed(dir: &str, what: &str, generate: Generator) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the workspace");
    let files = match generate(&root.join("spec")) {
        Ok(files) => files,
        Err(diagnostics) => panic!("the spec does not validate:\n{diagnostics}"),
    };
    let drift = drift(&root.join(dir), &files);
    let report: Vec<String> = drift
        .iter()
        .map(|item| format!("  {}: {dir}/{}", item.label(), item.path()))
        .collect();
    assert!(
        drift.is_empty(),
        "the generated {what} are out of date:\n{}\nrun `cargo xtask codegen` and commit the result",
        report.join("\n")
    );
}

#[test]
fn committed_bindings_match_the_spec() {
    assert_committed(
        "zadig-api/src/generated",
        "bindings",
        zadig_codegen::generate,
    );
}

#[test]
fn committed_mock_expectations_match_the_spec() {
    assert_committed(
        "zadig-mock/src/generated",
        "mock expectations",
        zadig_codegen::generate_mock,
    );
}

#[test]
fn committed_cli_commands_match_the_spec() {
    assert_committed(
        "zadig-cli/src/generated",
        "CLI commands",
        zadig_codegen::generate_cli,
    );
}

#[test]
fn committed_runtime_releases_match_the_spec() {
    assert_committed(
        "zadig-api-runtime/src/generated",
        "release constants",
        zadig_codegen::generate_runtime,
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
    let first = zadig_codegen::generate_mock(&root.join("spec")).map_err(|d| d.to_string());
    let second = zadig_codegen::generate_mock(&root.join("spec")).map_err(|d| d.to_string());
    assert_eq!(first, second);
    let first = zadig_codegen::generate_cli(&root.join("spec")).map_err(|d| d.to_string());
    let second = zadig_codegen::generate_cli(&root.join("spec")).map_err(|d| d.to_string());
    assert_eq!(first, second);
    let first = zadig_codegen::generate_runtime(&root.join("spec")).map_err(|d| d.to_string());
    let second = zadig_codegen::generate_runtime(&root.join("spec")).map_err(|d| d.to_string());
    assert_eq!(first, second);
}

/// The module features of `zadig-api/Cargo.toml` are generated too: each module's feature
/// enables the modules whose types it uses, and `full` names them all.
#[test]
fn committed_module_features_match_the_spec() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the workspace");
    let (_, api) = zadig_codegen::load_api(&root.join("spec"))
        .unwrap_or_else(|diagnostics| panic!("the spec does not validate:\n{diagnostics}"));
    let manifest_path = root.join("zadig-api/Cargo.toml");
    let manifest = std::fs::read_to_string(&manifest_path).expect("zadig-api/Cargo.toml reads");
    // As `cargo xtask codegen --check` reads it: a CRLF checkout is not stale.
    let manifest = normalize_newlines(&manifest).into_owned();
    let block = zadig_codegen::emit::features::cargo_features(&api);
    let wanted = zadig_codegen::emit::features::splice(&manifest, &block)
        .unwrap_or_else(|err| panic!("zadig-api/Cargo.toml: {err}"));
    assert!(
        manifest == wanted,
        "the module features of zadig-api/Cargo.toml are out of date; run `cargo xtask codegen`"
    );
    // No module depends on itself through another: a cycle would make one module's feature
    // build most of the API.
    for module in &api.modules {
        let mut seen = std::collections::BTreeSet::new();
        let mut stack = module.dependencies.clone();
        while let Some(next) = stack.pop() {
            assert_ne!(
                next, module.name,
                "module `{}` depends on itself",
                module.name
            );
            if seen.insert(next.clone()) {
                let other = api
                    .modules
                    .iter()
                    .find(|m| m.name == next)
                    .expect("a module");
                stack.extend(other.dependencies.iter().cloned());
            }
        }
    }
}

/// A checkout with `core.autocrlf` holds every generated file with CRLF line endings: that is
/// not a stale file. A real change is still found in such a checkout.
#[test]
fn a_crlf_checkout_of_the_generated_files_is_not_stale() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the workspace");
    let files = match zadig_codegen::generate_mock(&root.join("spec")) {
        Ok(files) => files,
        Err(diagnostics) => panic!("the spec does not validate:\n{diagnostics}"),
    };
    let checkout = tempfile::tempdir().expect("a scratch directory");
    for file in &files {
        let path = checkout.path().join(&file.path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("the directory");
        let crlf = file.contents.replace('\n', "\r\n");
        assert!(crlf.contains("\r\n"), "{} has lines", file.path);
        std::fs::write(&path, crlf).expect("the file writes");
    }
    assert_eq!(drift(checkout.path(), &files), []);

    // One changed line, in CRLF too, is still stale.
    let changed = &files[0];
    let edited = changed
        .contents
        .replacen('\n', "\n// edited by hand\n", 2)
        .replace('\n', "\r\n");
    std::fs::write(checkout.path().join(&changed.path), edited).expect("the file writes");
    assert_eq!(
        drift(checkout.path(), &files),
        [Drift::Stale(changed.path.clone())]
    );
}
