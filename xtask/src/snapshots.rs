//! `cargo xtask snapshots`: the trycmd codegen fixtures (`tests/cmd/codegen-*.in/spec`) must
//! generate Rust that builds, as progenitor's snapshot crate does for its outputs.
//!
//! The `.out/` files are compared as text by trycmd (which also normalises `\` to `/` in what
//! it compares, so they are not themselves compilable). This command regenerates each
//! fixture's output from its `.in/spec` (the same output trycmd checks) and builds it inside the
//! real runtime: `zadig-api` and `zadig-api-runtime` as `cargo package` would publish them,
//! with `src/generated/` of both replaced by the fixture's (the runtime's holds the release
//! constants) and the module features of the fixture. `cargo check --tests`
//! covers the generated types, both clients, and the generated example and conformance tests.
//! A fixture that keeps the CLI's command tree too (`.out/cli`) is then built inside the CLI's
//! hand-written runtime: `zadig-cli`'s sources with `src/generated/` replaced, on that
//! packaged `zadig-api`, without `workflow run` (the `workflow-run` feature names calls a
//! fixture does not have).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use toml_edit::{DocumentMut, Item, Table, value};
use zadig_codegen::emit::{self, features};
use zadig_codegen::{load_api, output};

use crate::workspace_root;

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(extra) = args.first() {
        return Err(format!(
            "unknown option `{extra}`; `cargo xtask snapshots` takes none"
        ));
    }
    let root = workspace_root();
    let fixtures = fixture_specs(&root.join("tests/cmd"))?;
    if fixtures.is_empty() {
        return Err("no tests/cmd/codegen-*.in/spec fixture found".to_owned());
    }
    let scratch = root.join("target/snapshots");
    let (runtime, krate) = unpack_packaged_crates(&root, &scratch)?;
    let manifest = fs::read_to_string(krate.join("Cargo.toml"))
        .map_err(|err| format!("cannot read the packaged manifest: {err}"))?;
    let mut failed = Vec::new();
    for (name, spec) in &fixtures {
        eprintln!("==> snapshot {name}");
        let (_, api) = load_api(spec).map_err(|d| format!("{name}: {d}"))?;
        let files = emit::emit(&api).map_err(|d| format!("{name}: {d}"))?;
        let generated = krate.join("src/generated");
        if generated.exists() {
            fs::remove_dir_all(&generated)
                .map_err(|err| format!("cannot clear {}: {err}", generated.display()))?;
        }
        output::apply(&generated, &files)?;
        let releases = emit::emit_runtime(&api).map_err(|d| format!("{name}: {d}"))?;
        output::apply(&runtime.join("src/generated"), &releases)?;
        fs::write(
            krate.join("Cargo.toml"),
            fixture_manifest(&manifest, &features::cargo_features(&api), &runtime)?,
        )
        .map_err(|err| format!("cannot write the snapshot manifest: {err}"))?;
        let status = Command::new("cargo")
            .args([
                "check",
                "--quiet",
                "--tests",
                "--offline",
                "--locked",
                "--manifest-path",
            ])
            .arg(krate.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", scratch.join("target"))
            // A fixture uses a few runtime helpers only; the rest is dead code there, not a fault.
            .env("RUSTFLAGS", "-D warnings -A dead-code")
            .current_dir(&krate)
            .status()
            .map_err(|err| format!("cannot run cargo: {err}"))?;
        if !status.success() {
            failed.push(name.clone());
            continue;
        }
        if cli_fixture(&root, name) && !check_cli(&root, &scratch, &krate, &api)? {
            failed.push(format!("{name} (CLI)"));
        }
    }
    if failed.is_empty() {
        eprintln!("snapshots: all {} fixtures build", fixtures.len());
        Ok(())
    } else {
        Err(format!(
            "snapshots: the generated code of {} does not build (see above)",
            failed.join(", ")
        ))
    }
}

/// Whether the fixture `name` keeps the CLI's command tree (`tests/cmd/<name>.out/cli`).
fn cli_fixture(root: &Path, name: &str) -> bool {
    root.join(format!("tests/cmd/{name}.out/cli")).is_dir()
}

/// Builds the fixture's CLI command tree inside a copy of `zadig-cli` on the fixture's
/// packaged `zadig-api` (at `krate`); whether it built.
fn check_cli(
    root: &Path,
    scratch: &Path,
    krate: &Path,
    api: &zadig_codegen::ir::Api,
) -> Result<bool, String> {
    let files = emit::emit_cli(api).map_err(|d| d.to_string())?;
    let cli = scratch.join("zadig-cli");
    if cli.exists() {
        fs::remove_dir_all(&cli).map_err(|err| format!("cannot clear {}: {err}", cli.display()))?;
    }
    copy_dir(&root.join("zadig-cli/src"), &cli.join("src"))?;
    let generated = cli.join("src/generated");
    fs::remove_dir_all(&generated)
        .map_err(|err| format!("cannot clear {}: {err}", generated.display()))?;
    output::apply(&generated, &files)?;
    fs::write(cli.join("Cargo.toml"), cli_manifest(root, krate)?)
        .map_err(|err| format!("cannot write the CLI snapshot manifest: {err}"))?;
    // The workspace's versions, so that the offline build finds what is cached.
    fs::copy(root.join("Cargo.lock"), cli.join("Cargo.lock"))
        .map_err(|err| format!("cannot copy Cargo.lock: {err}"))?;
    let status = Command::new("cargo")
        .args([
            "check",
            "--quiet",
            "--offline",
            "--no-default-features",
            "--manifest-path",
        ])
        .arg(cli.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .env("RUSTFLAGS", "-D warnings -A dead-code")
        .current_dir(&cli)
        .status()
        .map_err(|err| format!("cannot run cargo: {err}"))?;
    Ok(status.success())
}

/// `zadig-cli`'s manifest made standalone: workspace-inherited keys and dependencies written
/// out from the workspace's, `zadig-api` taken from `krate`, no tests or dev-dependencies.
fn cli_manifest(root: &Path, krate: &Path) -> Result<String, String> {
    let read = |path: PathBuf| {
        fs::read_to_string(&path)
            .map_err(|err| format!("cannot read {}: {err}", path.display()))?
            .parse::<DocumentMut>()
            .map_err(|err| format!("cannot parse {}: {err}", path.display()))
    };
    let workspace = read(root.join("Cargo.toml"))?;
    let mut doc = read(root.join("zadig-cli/Cargo.toml"))?;
    let shared = workspace["workspace"]["dependencies"]
        .as_table()
        .ok_or("the workspace manifest has no [workspace.dependencies]")?;
    let package = doc["package"]
        .as_table_mut()
        .ok_or("zadig-cli/Cargo.toml has no [package]")?;
    let inherited: Vec<String> = package
        .iter()
        .filter(|(_, item)| item.get("workspace").is_some())
        .map(|(key, _)| key.to_owned())
        .collect();
    for key in inherited {
        let value = workspace["workspace"]["package"][key.as_str()].clone();
        package.insert(&key, value);
    }
    package.insert("autotests", value(false));
    let dependencies = doc["dependencies"]
        .as_table_mut()
        .ok_or("zadig-cli/Cargo.toml has no [dependencies]")?;
    let names: Vec<String> = dependencies
        .iter()
        .map(|(name, _)| name.to_owned())
        .collect();
    for name in names {
        if name == "zadig-api" {
            let mut table = toml_edit::InlineTable::new();
            table.insert("path", krate.display().to_string().into());
            dependencies.insert(&name, Item::Value(table.into()));
            continue;
        }
        let Some(local) = dependencies.get(&name).and_then(Item::as_table_like) else {
            continue;
        };
        if local.get("workspace").is_none() {
            continue;
        }
        let mut resolved = toml_edit::InlineTable::new();
        match shared.get(&name) {
            Some(Item::Value(toml_edit::Value::String(version))) => {
                resolved.insert("version", version.value().as_str().into());
            }
            Some(item) => {
                if let Some(table) = item.as_table_like() {
                    for (key, value) in table.iter() {
                        if let Some(value) = value.as_value() {
                            resolved.insert(key, value.clone());
                        }
                    }
                }
            }
            None => return Err(format!("`{name}` is not a workspace dependency")),
        }
        // The crate's own features add to the workspace's.
        if let Some(features) = local.get("features").and_then(Item::as_array) {
            let mut all = resolved
                .get("features")
                .and_then(toml_edit::Value::as_array)
                .cloned()
                .unwrap_or_default();
            for feature in features {
                all.push(feature.clone());
            }
            resolved.insert("features", all.into());
        }
        dependencies.insert(&name, Item::Value(resolved.into()));
    }
    for targets in ["dev-dependencies", "test", "bench"] {
        doc.remove(targets);
    }
    doc.insert("workspace", Item::Table(Table::new()));
    Ok(doc.to_string())
}

/// Copies the directory `from` to `to`, recursively.
fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|err| format!("cannot create {}: {err}", to.display()))?;
    let entries =
        fs::read_dir(from).map_err(|err| format!("cannot list {}: {err}", from.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|err| format!("cannot list {}: {err}", from.display()))?
            .path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            fs::copy(&path, &target)
                .map_err(|err| format!("cannot copy {}: {err}", path.display()))?;
        }
    }
    Ok(())
}

/// `(case name, spec dir)` of every codegen fixture, sorted.
fn fixture_specs(cases: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let entries =
        fs::read_dir(cases).map_err(|err| format!("cannot list {}: {err}", cases.display()))?;
    let mut fixtures = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|err| format!("cannot list {}: {err}", cases.display()))?
            .path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if let Some(case) = name
            .strip_prefix("codegen-")
            .and_then(|rest| rest.strip_suffix(".in"))
        {
            // A fixture with an `.out/out` is one whose generated output trycmd keeps.
            let spec = path.join("spec");
            if spec.is_dir() && cases.join(format!("codegen-{case}.out/out")).is_dir() {
                fixtures.push((format!("codegen-{case}"), spec));
            }
        }
    }
    fixtures.sort();
    Ok(fixtures)
}

/// Packages `zadig-api-runtime` and `zadig-api` (no verification; `cargo xtask ci` verifies
/// them separately) and unpacks both `.crate`s under `scratch`; returns the two crates'
/// directories, the runtime's first.
fn unpack_packaged_crates(root: &Path, scratch: &Path) -> Result<(PathBuf, PathBuf), String> {
    let status = Command::new("cargo")
        .args([
            "package",
            "-p",
            "zadig-api-runtime",
            "-p",
            "zadig-api",
            "--no-verify",
            "--allow-dirty",
            "--locked",
            "--offline",
            "--quiet",
        ])
        .current_dir(root)
        .status()
        .map_err(|err| format!("cannot run cargo package: {err}"))?;
    if !status.success() {
        return Err(format!(
            "cargo package -p zadig-api-runtime -p zadig-api failed ({status})"
        ));
    }
    fs::create_dir_all(scratch)
        .map_err(|err| format!("cannot create {}: {err}", scratch.display()))?;
    let version = env!("CARGO_PKG_VERSION");
    let unpack = |name: &str| {
        let archive = root.join(format!("target/package/{name}-{version}.crate"));
        let unpacked = scratch.join(format!("{name}-{version}"));
        if unpacked.exists() {
            fs::remove_dir_all(&unpacked)
                .map_err(|err| format!("cannot clear {}: {err}", unpacked.display()))?;
        }
        let status = Command::new("tar")
            .arg("-xzf")
            .arg(&archive)
            .arg("-C")
            .arg(scratch)
            .status()
            .map_err(|err| format!("cannot run tar: {err}"))?;
        if !status.success() {
            return Err(format!("cannot unpack {} ({status})", archive.display()));
        }
        Ok(unpacked)
    };
    let runtime = unpack("zadig-api-runtime")?;
    let krate = unpack("zadig-api")?;
    // The packaged lock file takes the runtime from the registry; the snapshots take it by
    // path (with the fixture's releases), which `--locked` accepts only if the lock says so.
    let lock = krate.join("Cargo.lock");
    let text = fs::read_to_string(&lock)
        .map_err(|err| format!("cannot read {}: {err}", lock.display()))?;
    fs::write(&lock, locked_by_path(&text, "zadig-api-runtime"))
        .map_err(|err| format!("cannot write {}: {err}", lock.display()))?;
    Ok((runtime, krate))
}

/// The lock file `lock` with package `name` locked as a path dependency: its `source` and
/// `checksum` lines dropped, every other line kept.
fn locked_by_path(lock: &str, name: &str) -> String {
    let mut in_package = false;
    let mut out = String::with_capacity(lock.len());
    for line in lock.lines() {
        if line == "[[package]]" {
            in_package = false;
        } else if let Some(value) = line.strip_prefix("name = ") {
            in_package = value.trim_matches('"') == name;
        } else if in_package && (line.starts_with("source = ") || line.starts_with("checksum = ")) {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The packaged manifest with the fixture's module features instead of the real ones, the
/// runtime taken from `runtime` (the packaged one, with the fixture's releases), and without
/// the integration tests and benches (they use the real modules).
fn fixture_manifest(
    packaged: &str,
    module_features: &str,
    runtime: &Path,
) -> Result<String, String> {
    let mut doc: DocumentMut = packaged
        .parse()
        .map_err(|err| format!("cannot parse the packaged manifest: {err}"))?;
    // As a dependency and as the dev-dependency with its test support.
    for table in ["dependencies", "dev-dependencies"] {
        if let Some(runtime_dep) = doc
            .get_mut(table)
            .and_then(|deps| deps.get_mut("zadig-api-runtime"))
            .and_then(Item::as_table_like_mut)
        {
            runtime_dep.insert("path", value(runtime.display().to_string()));
        }
    }
    for targets in ["test", "bench", "example"] {
        doc.remove(targets);
    }
    let package = doc["package"]
        .as_table_mut()
        .ok_or("the packaged manifest has no [package]")?;
    for auto in ["autotests", "autobenches", "autoexamples"] {
        package.insert(auto, value(false));
    }
    let fixture: DocumentMut = module_features
        .parse()
        .map_err(|err| format!("cannot parse the generated module features: {err}"))?;
    let old = doc["features"]
        .as_table()
        .ok_or("the packaged manifest has no [features]")?;
    let mut features = Table::new();
    // The hand-written features stay; the module features are the fixture's.
    for name in ["default", "blocking", "rustls", "native-tls"] {
        if let Some(item) = old.get(name) {
            features.insert(name, item.clone());
        }
    }
    for (name, item) in fixture.iter() {
        features.insert(name, item.clone());
    }
    // Hand-written code names real modules in `cfg(feature = ..)` (`wait` needs `workflow`):
    // they stay declared, off, so that those cfgs are expected and false.
    for (name, _) in old.iter() {
        if !features.contains_key(name) {
            features.insert(name, Item::Value(toml_edit::Array::new().into()));
        }
    }
    doc.insert("features", Item::Table(features));
    // A workspace of its own: it sits under the real workspace's target directory.
    doc.insert("workspace", Item::Table(Table::new()));
    Ok(doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_runtime_is_locked_by_path_and_nothing_else_changes() {
        let lock = "[[package]]\nname = \"serde\"\nversion = \"1.0.0\"\n\
                    source = \"registry+https://github.com/rust-lang/crates.io-index\"\n\
                    checksum = \"aa\"\n\n\
                    [[package]]\nname = \"zadig-api-runtime\"\nversion = \"0.1.0\"\n\
                    source = \"registry+https://github.com/rust-lang/crates.io-index\"\n\
                    checksum = \"bb\"\ndependencies = [\n \"serde\",\n]\n";
        let rewritten = locked_by_path(lock, "zadig-api-runtime");
        assert!(!rewritten.contains("checksum = \"bb\""), "{rewritten}");
        assert!(rewritten.contains("checksum = \"aa\""), "{rewritten}");
        assert_eq!(rewritten.matches("source = ").count(), 1, "{rewritten}");
        assert!(
            rewritten.contains("dependencies = [\n \"serde\",\n]"),
            "{rewritten}"
        );
    }

    #[test]
    fn the_fixture_manifest_swaps_module_features_and_drops_test_targets() {
        let packaged = "[package]\nname = \"zadig-api\"\nautotests = false\n\n\
                        [dependencies.zadig-api-runtime]\nversion = \"=0.1.0\"\n\n\
                        [features]\ndefault = [\"blocking\", \"rustls\", \"full\"]\n\
                        blocking = []\nrustls = []\nfull = [\"workflow\"]\nworkflow = []\n\n\
                        [[test]]\nname = \"runtime_wait\"\npath = \"tests/runtime_wait.rs\"\n";
        let block = "full = [\"api\"]\napi = []\n";
        let manifest = fixture_manifest(packaged, block, Path::new("/scratch/runtime")).unwrap();
        assert!(!manifest.contains("[[test]]"), "{manifest}");
        // The real module stays declared, off: hand-written cfgs name it.
        assert!(manifest.contains("workflow = []"), "{manifest}");
        assert!(!manifest.contains("[\"workflow\"]"), "{manifest}");
        assert!(manifest.contains("full = [\"api\"]"), "{manifest}");
        // The runtime is the packaged one beside it, not the registry's.
        assert!(
            manifest.contains("path = \"/scratch/runtime\""),
            "{manifest}"
        );
        assert!(
            manifest.contains("default = [\"blocking\", \"rustls\", \"full\"]"),
            "{manifest}"
        );
    }
}
