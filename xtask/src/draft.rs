//! `cargo xtask draft`: prints spec YAML drafted from the server facts, for transcribing an
//! endpoint, a served route or a Go type into the spec (see `zadig_codegen::server::draft`).

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use zadig_codegen::LoadedSpec;
use zadig_codegen::facts::{self, FACTS_FILE, ServerFacts};
use zadig_codegen::load::{load_dir, parse_module};
use zadig_codegen::server::draft::{Target, apply_mappings, draft, suggest_mappings};

use crate::workspace_root;

/// `cargo xtask draft --help`.
pub const USAGE: &str = "\
usage: cargo xtask draft [--spec DIR] [--server FACTS] TARGET...
       cargo xtask draft [--spec DIR] [--server FACTS] --suggest-go [--apply]

Prints spec YAML for each TARGET as the server facts have it: the endpoint's path and query
parameters (with the server's required flags and defaults), body and response, and a type for
every Go struct or enum they reach that no spec type follows yet. Descriptions the spec does
not already hold are left empty: write them before adding the draft to a module file.

targets:
  ENDPOINT_ID       a spec endpoint (`list_environments`)
  \"METHOD /path\"    a served route (`GET /openapi/users/:uid`), e.g. one the spec lacks
  go:PACKAGE.NAME   a Go type (`go:pkg/setting.ProductStatus`)

--suggest-go lists, for each spec type without `go:`, the Go type it stands for: found by
walking every served endpoint's response and body types beside the Go types of its handler,
field by field. With --apply, each type that pairs with exactly one Go type gets `go:` (and
`source: both` for `source: docs`) in its module file; run `cargo xtask audit --server ...`
next to see how its fields differ.

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
    let (mut suggest, mut apply) = (false, false);
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
            "--suggest-go" => suggest = true,
            "--apply" => apply = true,
            other if other.starts_with("--") => {
                return Err(format!(
                    "error: unknown option `{other}`; see `cargo xtask draft --help`"
                ));
            }
            target => targets.push(Target::parse(target)),
        }
    }
    if apply && !suggest {
        return Err("error: --apply goes with --suggest-go".to_owned());
    }
    if targets.is_empty() && !suggest {
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
    if suggest {
        return suggest_go(&spec, &facts, apply);
    }
    let text = draft(&spec, &facts, &targets).map_err(|message| format!("error: {message}"))?;
    print!("{text}");
    Ok(())
}

/// `--suggest-go [--apply]`.
fn suggest_go(spec: &LoadedSpec, facts: &ServerFacts, apply: bool) -> Result<(), String> {
    let mappings = suggest_mappings(spec, facts);
    let mut chosen = BTreeMap::new();
    for mapping in &mappings {
        let go: Vec<&str> = mapping.go.iter().map(String::as_str).collect();
        if let [one] = go.as_slice() {
            println!("{}: go: {one}  ({})", mapping.spec, mapping.via);
            chosen.insert(mapping.spec.clone(), (*one).to_owned());
        } else {
            println!(
                "{}: ambiguous, stands for {}  ({})",
                mapping.spec,
                go.join(" and "),
                mapping.via
            );
        }
    }
    if mappings.is_empty() {
        println!("every spec type the served endpoints reach already names its Go type");
    }
    if !apply {
        return Ok(());
    }
    let mut total = 0;
    for file in &spec.files {
        let path = spec.dir.join(format!("{}.yaml", file.stem));
        let text = fs::read_to_string(&path)
            .map_err(|err| format!("error: cannot read {}: {err}", path.display()))?;
        let (updated, applied) = apply_mappings(&text, &chosen);
        if applied == 0 {
            continue;
        }
        // Never write a file that no longer parses.
        parse_module(&file.display, &updated).map_err(|diagnostic| {
            format!(
                "internal error: the updated {} does not parse: {diagnostic}",
                file.display
            )
        })?;
        fs::write(&path, updated)
            .map_err(|err| format!("error: cannot write {}: {err}", path.display()))?;
        total += applied;
    }
    println!("applied {total} mapping(s)");
    Ok(())
}
