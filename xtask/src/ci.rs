//! `cargo xtask ci`: every check, in the order that fails fastest. `.ci/run` calls this.

use std::process::Command;
use std::time::Instant;

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
        label: "the crate packages (cargo package builds it from the .crate file)",
        program: "cargo",
        args: &["package", "-p", "zadig-api", "--locked"],
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
            steps += module_features()?;
            steps += minimum_rust()?;
        }
    }
    eprintln!("ci: all {steps} steps passed in {:.0?}", started.elapsed());
    Ok(())
}

/// `zadig-api` builds with no API module and with each module alone (its feature pulls in the
/// modules it uses): a missing `cfg` or feature dependency fails here, not in a user's build.
fn module_features() -> Result<usize, String> {
    let (_, api) = zadig_codegen::load_api(&workspace_root().join("spec"))
        .map_err(|diagnostics| diagnostics.to_string())?;
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

/// `zadig-api` builds on the Rust version it declares, when that toolchain is installed (CI
/// has no network to fetch it; a skip is said, not hidden).
fn minimum_rust() -> Result<usize, String> {
    let manifest = std::fs::read_to_string(workspace_root().join("zadig-api/Cargo.toml"))
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
    let installed = Command::new("rustup")
        .args(["toolchain", "list"])
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
        .unwrap_or_default();
    let available = installed.lines().any(|line| {
        line.starts_with(&format!("{version}-")) || line.starts_with(&format!("{version} "))
    });
    if !available {
        eprintln!(
            "==> build on rust-version {version}: skipped, the toolchain is not installed \
             (`rustup toolchain install {version}` to run it)"
        );
        return Ok(0);
    }
    let args: Vec<String> = [
        format!("+{version}"),
        "check".to_owned(),
        "-p".to_owned(),
        "zadig-api".to_owned(),
        "--locked".to_owned(),
    ]
    .into();
    run_step(
        &format!("build on rust-version {version}"),
        "cargo",
        &args,
        &[],
    )?;
    Ok(1)
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
