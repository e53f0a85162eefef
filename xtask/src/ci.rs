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
            "rustls",
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
        label: "docs",
        program: "cargo",
        args: &["doc", "--workspace", "--no-deps", "--locked"],
        env: &[("RUSTDOCFLAGS", "-D warnings")],
    },
    Step {
        label: "benchmarks build",
        program: "cargo",
        args: &["bench", "--workspace", "--no-run", "--locked"],
        env: &[],
    },
];

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(extra) = args.first() {
        return Err(format!(
            "unknown option `{extra}`; `cargo xtask ci` takes none"
        ));
    }
    let started = Instant::now();
    for step in STEPS {
        let step_started = Instant::now();
        eprintln!(
            "==> {} ({} {})",
            step.label,
            step.program,
            step.args.join(" ")
        );
        let status = Command::new(step.program)
            .args(step.args)
            .envs(step.env.iter().copied())
            .current_dir(workspace_root())
            .status()
            .map_err(|err| format!("cannot run `{}`: {err}", step.program))?;
        if !status.success() {
            return Err(format!("ci: step `{}` failed ({status})", step.label));
        }
        eprintln!("    ok in {:.0?}", step_started.elapsed());
    }
    eprintln!(
        "ci: all {} steps passed in {:.0?}",
        STEPS.len(),
        started.elapsed()
    );
    Ok(())
}
