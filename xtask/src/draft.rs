//! `cargo xtask draft`: prints spec YAML drafted from the server facts, for transcribing an
//! endpoint, a served route or a Go type into the spec (see `zadig_codegen::server::draft`).

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use zadig_codegen::LoadedSpec;
use zadig_codegen::facts::{self, RELEASES_DIR, ServerFacts};
use zadig_codegen::load::{load_dir, parse_module};
use zadig_codegen::release::ReleaseName;
use zadig_codegen::server::draft::{Target, apply_mappings, draft, suggest_mappings};

use crate::workspace_root;

/// `cargo xtask draft --help`.
pub const USAGE: &str = "\
usage: cargo xtask draft [--spec DIR] [--release NAME | --server FACTS] TARGET...
       cargo xtask draft [--spec DIR] [--release NAME | --server FACTS] --suggest-go [--apply]

Prints spec YAML for each TARGET as one release's facts have it: the endpoint's path and query
parameters (with the server's required flags and defaults), body and response, and a type for
every Go struct or enum they reach that no spec type follows yet. Descriptions the spec does
not already hold are left empty: write them before adding the draft to a module file.

targets:
  ENDPOINT_ID       a spec endpoint (`list_environments`), found in the release where it is
                    served, even at another path than the spec's (a moved route)
  \"METHOD /path\"    a served route (`GET /openapi/users/:uid`), e.g. one the spec lacks
  go:PACKAGE.NAME   a Go type (`go:pkg/setting.ProductStatus`), drafted as the release has it
                    even when a spec type follows it already (its descriptions kept, what the
                    release adds left empty)

--suggest-go lists, for each spec type without `go:`, the Go type it stands for: found by
walking every served endpoint's response and body types beside the Go types of its handler,
field by field. With --apply, each type that pairs with exactly one Go type gets `go:` (and
`source: both` for `source: docs`) in its module file; run `cargo xtask audit --server ...`
next to see how its fields differ.

options:
  --spec DIR        the spec directory (default: spec/ in the workspace); it need not validate
  --release NAME    whose facts to draft from: a release of spec/server/releases/ (v5.0.0,
                    or main); default: the newest there
  --server FACTS    a facts file to draft from instead
  -h, --help        print this help
";

/// `cargo xtask draft`.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut spec_dir = workspace_root().join("spec");
    let mut facts_path: Option<PathBuf> = None;
    let mut release: Option<ReleaseName> = None;
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
            "--release" => {
                let text = args
                    .next()
                    .ok_or("error: --release needs a release (v5.0.0, or main)")?;
                release = Some(
                    ReleaseName::parse(text).map_err(|err| format!("error: --release: {err}"))?,
                );
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
    let facts = match (facts_path, release) {
        (Some(_), Some(_)) => {
            return Err("error: give --release or --server, not both".to_owned());
        }
        (Some(path), None) => facts::load(&path).map_err(|diagnostic| diagnostic.to_string())?,
        (None, Some(release)) => spec.facts_of(release).cloned().ok_or_else(|| {
            format!(
                "error: {} has no facts of {release} in {RELEASES_DIR}/; known: {}",
                spec_dir.display(),
                spec.release_names()
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })?,
        (None, None) => spec.newest_facts().cloned().ok_or_else(|| {
            format!(
                "error: {} has no facts in {RELEASES_DIR}/; run `cargo xtask server --src <zadig checkout>` or pass --server",
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
