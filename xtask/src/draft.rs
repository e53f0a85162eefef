//! `cargo xtask draft`: prints spec YAML drafted from the server facts, for transcribing an
//! endpoint, a served route or a Go type into the spec (see `zadig_codegen::server::draft`).

use std::path::PathBuf;

use zadig_codegen::facts::{self, FACTS_FILE};
use zadig_codegen::load::load_dir;
use zadig_codegen::server::draft::{Target, draft};

use crate::workspace_root;

/// `cargo xtask draft --help`.
pub const USAGE: &str = "\
usage: cargo xtask draft [--spec DIR] [--server FACTS] TARGET...

Prints spec YAML for each TARGET as the server facts have it: the endpoint's path and query
parameters (with the server's required flags and defaults), body and response, and a type for
every Go struct or enum they reach that no spec type follows yet. Descriptions the spec does
not already hold are left empty: write them before adding the draft to a module file.

targets:
  ENDPOINT_ID       a spec endpoint (`list_environments`)
  \"METHOD /path\"    a served route (`GET /openapi/users/:uid`), e.g. one the spec lacks
  go:PACKAGE.NAME   a Go type (`go:pkg/setting.ProductStatus`)

options:
  --spec DIR        the spec directory (default: spec/ in the workspace); it need not validate
  --server FACTS    the facts file (default: server/facts.yaml in the spec directory)
  -h, --help        print this help
";

/// `cargo xtask draft`.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut spec_dir = workspace_root().join("spec");
    let mut facts_path: Option<PathBuf> = None;
    let mut targets = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(());
            }
            "--spec" => {
                spec_dir = PathBuf::from(args.next().ok_or("error: --spec needs a directory")?);
            }
            "--server" => {
                facts_path = Some(PathBuf::from(
                    args.next().ok_or("error: --server needs a facts file")?,
                ));
            }
            other if other.starts_with("--") => {
                return Err(format!(
                    "error: unknown option `{other}`; see `cargo xtask draft --help`"
                ));
            }
            target => targets.push(Target::parse(target)),
        }
    }
    if targets.is_empty() {
        return Err(format!("error: no target given\n\n{USAGE}"));
    }
    let spec = load_dir(&spec_dir).map_err(|diagnostics| diagnostics.to_string())?;
    let facts = match facts_path {
        Some(path) => facts::load(&path).map_err(|diagnostic| diagnostic.to_string())?,
        None => spec.facts.clone().ok_or_else(|| {
            format!(
                "error: {} has no {FACTS_FILE}; run `cargo xtask server --src <zadig checkout>` or pass --server",
                spec_dir.display()
            )
        })?,
    };
    let text = draft(&spec, &facts, &targets).map_err(|message| format!("error: {message}"))?;
    print!("{text}");
    Ok(())
}
