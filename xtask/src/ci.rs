//! `cargo xtask ci`: every check, in the order that fails fastest. `.ci/run` calls this.

use std::process::Command;
use std::time::Instant;

use zadig_codegen::ir::Api;

use crate::workspace_root;

/// One step: a label and the command line.
struct Step {
    label: &'static str,
    program: &'static str,
    args: &'static [&'static str],
    env: &'static [(&'static str, &'static str)],
}

const STEPS: &[Step] = &[
    Step {
        label: "format",
        program: "cargo",
        args: &["fmt", "--all", "--check"],
        env: &[],
    },
    Step {
        label: "generated code is fresh",
        program: "cargo",
        args: &["xtask", "codegen", "--check"],
        env: &[],
    },
    Step {
        label: "clippy",
        program: "cargo",
        args: &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--locked",
            "--",
            "-D",
            "warnings",
        ],
        env: &[],
    },
    Step {
        label: "async-only build (no blocking feature)",
        program: "cargo",
        args: &[
            "clippy",
            "-p",
            "zadig-api",
            "--no-default-features",
            "--features",
            "rustls,full",
            "--locked",
            "--",
            "-D",
            "warnings",
        ],
        env: &[],
    },
    Step {
        label: "tests",
        program: "cargo",
        args: &["test", "--workspace", "--locked"],
        env: &[],
    },
    Step {
        label: "the codegen fixtures' generated code builds (snapshots)",
        program: "cargo",
        args: &["xtask", "snapshots"],
        env: &[],
    },
    Step {
        label: "docs",
        program: "cargo",
        args: &["doc", "--workspace", "--no-deps", "--locked"],
        env: &[("RUSTDOCFLAGS", "-D warnings")],
    },
    Step {
        // docs.rs documents the crate with a nightly rustdoc and `--cfg docsrs`, under which
        // the crate turns on `doc(cfg)`: every item behind a cargo feature says which. Run the
        // same here, warnings denied; RUSTC_BOOTSTRAP lets this toolchain's rustdoc take that
        // nightly feature, so the step needs no second toolchain. Cargo rebuilds whatever was
        // built without RUSTC_BOOTSTRAP, so the step has a target directory of its own.
        label: "docs as docs.rs builds them (--cfg docsrs: which feature each item needs)",
        program: "cargo",
        args: &[
            "doc",
            "-p",
            "zadig-api",
            "--no-deps",
            "--locked",
            "--features",
            "full,blocking,rustls",
        ],
        env: &[
            ("RUSTDOCFLAGS", "--cfg docsrs -D warnings"),
            ("RUSTC_BOOTSTRAP", "1"),
            ("CARGO_TARGET_DIR", "target/docsrs"),
        ],
    },
    Step {
        // Both crates: zadig-api's package is verified against the runtime's, through the
        // local registry cargo makes for packages of one workspace that depend on each other.
        label: "the crates package (cargo package builds them from the .crate files)",
        program: "cargo",
        args: &[
            "package",
            "-p",
            "zadig-api-runtime",
            "-p",
            "zadig-api",
            "--locked",
        ],
        env: &[],
    },
    Step {
        // In the dev profile, on the dependencies the tests built: the benches cannot rot, and
        // CI does not spend minutes on a release build of every dependency to show it.
        label: "benchmarks build",
        program: "cargo",
        args: &["build", "--workspace", "--benches", "--locked"],
        env: &[],
    },
];

/// Where the module-features step goes: after clippy, before the long test run.
const MODULES_AFTER: &str = "async-only build (no blocking feature)";

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(extra) = args.first() {
        return Err(format!(
            "unknown option `{extra}`; `cargo xtask ci` takes none"
        ));
    }
    let started = Instant::now();
    let mut steps = 0;
    for step in STEPS {
        let args: Vec<String> = step.args.iter().map(|arg| (*arg).to_owned()).collect();
        run_step(step.label, step.program, &args, step.env)?;
        steps += 1;
        if step.label == MODULES_AFTER {
            let (_, api) = zadig_codegen::load_api(&workspace_root().join("spec"))
                .map_err(|diagnostics| diagnostics.to_string())?;
            steps += module_features(&api)?;
            steps += minimum_rust(&api)?;
        }
    }
    eprintln!("ci: all {steps} steps passed in {:.0?}", started.elapsed());
    Ok(())
}

/// `zadig-api` builds with no API module and with each module alone (its feature pulls in the
/// modules it uses): a missing `cfg` or feature dependency fails here, not in a user's build.
fn module_features(api: &Api) -> Result<usize, String> {
    let mut selections = vec![("no API module".to_owned(), "rustls".to_owned())];
    for module in &api.modules {
        selections.push((
            format!("module `{}` alone", module.name),
            format!("rustls,blocking,{}", module.name),
        ));
    }
    for (label, features) in &selections {
        // clippy rather than `check` with RUSTFLAGS, which would rebuild every dependency.
        let args: Vec<String> = [
            "clippy",
            "-p",
            "zadig-api",
            "--no-default-features",
            "--features",
            features,
            "--locked",
            "--",
            "-D",
            "warnings",
        ]
        .iter()
        .map(|arg| (*arg).to_owned())
        .collect();
        run_step(label, "cargo", &args, &[])?;
    }
    Ok(selections.len())
}

/// `zadig-api` type-checks on the Rust version it declares (`rust-version`), for the default
/// features and for its smallest module alone, with a toolchain of exactly that version that
/// `.ci/rust-version-toolchain` finds or installs (Debian's `rustc-web`/`cargo-web`), in a
/// target directory of its own so the two toolchains do not rebuild each other's artefacts.
/// Without that toolchain CI fails: a declared rust-version no build checks is not a promise.
fn minimum_rust(api: &Api) -> Result<usize, String> {
    let root = workspace_root();
    let manifest = std::fs::read_to_string(root.join("zadig-api/Cargo.toml"))
        .map_err(|err| format!("cannot read zadig-api/Cargo.toml: {err}"))?;
    let version = manifest
        .lines()
        .find_map(|line| {
            let value = line
                .strip_prefix("rust-version")?
                .trim()
                .strip_prefix('=')?;
            Some(value.trim().trim_matches('"').to_owned())
        })
        .ok_or("zadig-api/Cargo.toml declares no rust-version")?;
    let toolchain = rust_version_toolchain(&version)?;
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root.join("target"), std::path::PathBuf::from)
        .join(format!("rust-{version}"));
    let target_dir = target_dir.to_string_lossy().into_owned();
    // The smallest module that needs no other: the one-module build.
    let module = api
        .modules
        .iter()
        .filter(|module| !module.endpoints.is_empty())
        .min_by_key(|module| {
            (
                module.dependencies.len(),
                module.endpoints.len(),
                module.name.clone(),
            )
        })
        .ok_or("the spec has no module with endpoints")?;
    let builds = [
        ("default features".to_owned(), Vec::new()),
        (
            format!("module `{}` alone", module.name),
            vec![
                "--no-default-features".to_owned(),
                "--features".to_owned(),
                format!("rustls,blocking,{}", module.name),
            ],
        ),
    ];
    let env = [
        ("RUSTC", toolchain.rustc.as_str()),
        ("RUSTDOC", toolchain.rustdoc.as_str()),
    ];
    for (label, features) in &builds {
        // `check`, not `build`: what an older compiler rejects (a newer std API, newer syntax,
        // a dependency's rust-version) it rejects while checking; codegen would only add time.
        let mut args: Vec<String> = ["check", "-p", "zadig-api", "--locked", "--target-dir"]
            .iter()
            .map(|arg| (*arg).to_owned())
            .collect();
        args.push(target_dir.clone());
        args.extend(features.iter().cloned());
        run_step(
            &format!("zadig-api on its rust-version {version}, {label}"),
            &toolchain.cargo,
            &args,
            &env,
        )?;
    }
    Ok(1 + builds.len())
}

/// Where a toolchain of one Rust version is.
struct Toolchain {
    cargo: String,
    rustc: String,
    rustdoc: String,
}

/// The Rust `version` toolchain, from `.ci/rust-version-toolchain` (which installs it when it
/// is missing and can be installed, and says why not when it cannot).
fn rust_version_toolchain(version: &str) -> Result<Toolchain, String> {
    let started = Instant::now();
    let script = workspace_root().join(".ci/rust-version-toolchain");
    eprintln!(
        "==> Rust {version} toolchain ({} {version})",
        script.display()
    );
    let output = Command::new(&script)
        .arg(version)
        .current_dir(workspace_root())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|err| format!("cannot run {}: {err}", script.display()))?;
    if !output.status.success() {
        return Err(format!(
            "ci: step `Rust {version} toolchain` failed ({}): zadig-api's rust-version cannot \
             be checked without it",
            output.status
        ));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let value = |name: &str| -> Result<String, String> {
        stdout
            .lines()
            .find_map(|line| line.strip_prefix(name)?.strip_prefix('='))
            .map(str::to_owned)
            .ok_or_else(|| format!("{} printed no {name}=", script.display()))
    };
    let toolchain = Toolchain {
        cargo: value("CARGO")?,
        rustc: value("RUSTC")?,
        rustdoc: value("RUSTDOC")?,
    };
    eprintln!("    ok in {:.0?}: {}", started.elapsed(), toolchain.cargo);
    Ok(toolchain)
}

fn run_step(
    label: &str,
    program: &str,
    args: &[String],
    env: &[(&str, &str)],
) -> Result<(), String> {
    let step_started = Instant::now();
    eprintln!("==> {label} ({program} {})", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(workspace_root())
        .status()
        .map_err(|err| format!("cannot run `{program}`: {err}"))?;
    if !status.success() {
        return Err(format!("ci: step `{label}` failed ({status})"));
    }
    eprintln!("    ok in {:.0?}", step_started.elapsed());
    Ok(())
}
