//! Project automation, run as `cargo xtask <command>` (an alias in `.cargo/config.toml`).
//!
//! - `codegen [--check] [--spec DIR] [--out DIR] [--mock-out DIR] [--cli-out DIR]
//!   [--runtime-out DIR]`: regenerate `zadig-api/src/generated/`, `zadig-mock/src/generated/`,
//!   `zadig-cli/src/generated/` and `zadig-api-runtime/src/generated/`.
//! - `validate [--spec DIR]`: load and check the spec, write nothing.
//! - `audit [--docs FILE...] [--server] [--releases] [--format F] [--fail-under PCT]`: API
//!   coverage report, diffed against doc pages and the facts of every release.
//! - `diff [--base GIT_REF | --base-spec DIR] [--spec DIR] [--format F] [--changelog]
//!   [--deny-breaking]`: what a spec change does to the public API, and the version bump.
//! - `docs facts|endpoints|retarget PAGE...`: what the audit reads from doc pages; derive
//!   `spec/documented-endpoints.yaml` from the overview pages; point errata at a new page version.
//! - `draft TARGET...`: spec YAML drafted from the server facts, for transcribing by hand.
//! - `bench [--only PARTS] [...]`: run the benchmarks, print figures against same-run baselines.
//! - `ci`: every check: format, fresh generated code, clippy, tests, docs, benchmark build.
//! - `server --src DIR [--release NAME] [--commit SHA] [--check]`: write
//!   `spec/server/releases/<release>.yaml` from a Zadig checkout.
//! - `snapshots`: build the generated code of the trycmd codegen fixtures (`snapshots.rs`).

mod audit;
mod bench;
mod ci;
mod codegen;
mod diff;
mod docs;
mod draft;
mod server;
mod snapshots;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  codegen [--check] [--spec DIR] [--out DIR]   regenerate the bindings from the spec
        [--mock-out DIR] [--cli-out DIR]       and the mock's expectations, the CLI's
        [--runtime-out DIR]                    command tree and the runtime's releases
  validate [--spec DIR]                        check the spec without writing anything
  audit [--docs FILE...] [--server]           report API coverage; diff the spec against doc
        [--releases]                           pages and, route by route and field by field,
        [--format table|markdown|json]         the facts of every release; --releases prints
        [--fail-under PCT]                     the release matrix (`cargo xtask audit --help`)
  diff [--base GIT_REF | --base-spec DIR]      what a spec change does to the public API:
       [--spec DIR] [--changelog]              breaking and compatible changes and the
       [--format table|markdown|json]          version bump, against spec/ at HEAD by default
       [--deny-breaking] [--version X.Y.Z]     (`cargo xtask diff --help` for details)
  docs facts PAGE...                           what the audit reads from doc pages (`--help`)
  docs endpoints OVERVIEW_PAGE...              derive spec/documented-endpoints.yaml
  docs retarget PAGE...                        point errata and unserved entries at a new
                                               version of a page
  draft [--release NAME] TARGET...             print spec YAML drafted from a release's facts
                                               for an endpoint, route or Go type (`--help`)
  bench [--only PARTS]                         run the benchmarks; print figures, ratios to
                                               same-run baselines and targets (`--help`)
  ci                                           run every check (what .ci/run runs)
  server --src DIR [--release NAME]            read one release's server facts from a Zadig
         [--commit SHA] [--check]              checkout (`cargo xtask server --help`)
  snapshots                                    build the generated code of the trycmd codegen
                                               fixtures inside the packaged runtime
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("codegen") => codegen::run_codegen(&args[1..]),
        Some("validate") => codegen::run_validate(&args[1..]),
        Some("audit") => audit::run(&args[1..]),
        Some("diff") => diff::run(&args[1..]),
        Some("docs") => docs::run(&args[1..]),
        Some("draft") => draft::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("ci") => ci::run(&args[1..]),
        Some("server") => server::run(&args[1..]),
        Some("snapshots") => snapshots::run(&args[1..]),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
        None => Err(format!("no command given\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root, whatever directory cargo ran us from.
pub fn workspace_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(PathBuf::from)
        .unwrap_or(manifest_dir)
}
