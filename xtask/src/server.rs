//! `cargo xtask server --src DIR`: read the server facts from a Zadig checkout and write
//! `spec/server/facts.yaml` (or, with `--check`, fail if the committed file differs).

use std::path::{Path, PathBuf};
use std::process::Command;

use zadig_codegen::facts::{self, EXTRACT_CONFIG_FILE, FACTS_FILE, ResponseFact};

use crate::workspace_root;

struct Options {
    src: PathBuf,
    spec: PathBuf,
    commit: Option<String>,
    check: bool,
    /// `--spec` given: paths are shown as given.
    custom_spec: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut src = None;
    let mut spec = None;
    let mut commit = None;
    let mut check = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--src" => src = Some(PathBuf::from(args.next().ok_or("--src needs a directory")?)),
            "--spec" => {
                spec = Some(PathBuf::from(
                    args.next().ok_or("--spec needs a directory")?,
                ))
            }
            "--commit" => commit = Some(args.next().ok_or("--commit needs a commit hash")?.clone()),
            "--check" => check = true,
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    let src = src.ok_or("--src DIR is required: the Zadig checkout to read")?;
    Ok(Options {
        src,
        custom_spec: spec.is_some(),
        spec: spec.unwrap_or_else(|| workspace_root().join("spec")),
        commit,
        check,
    })
}

/// The checkout's commit: `--commit` if given, else `git rev-parse HEAD` in it.
fn commit_of(options: &Options) -> Result<String, String> {
    if let Some(commit) = &options.commit {
        return valid_commit(commit.trim())
            .ok_or_else(|| format!("--commit `{commit}` is not a 40-digit commit hash"));
    }
    let output = Command::new("git")
        .arg("-C")
        .arg(&options.src)
        .args(["rev-parse", "HEAD"])
        .output();
    match output {
        Ok(output) if output.status.success() => {
            let text = String::from_utf8_lossy(&output.stdout);
            valid_commit(text.trim()).ok_or_else(|| {
                format!(
                    "`git rev-parse HEAD` in {} gave `{}`",
                    options.src.display(),
                    text.trim()
                )
            })
        }
        _ => Err(format!(
            "cannot tell the commit of {}: it is not a git checkout (or git is missing); pass --commit SHA",
            options.src.display()
        )),
    }
}

fn valid_commit(text: &str) -> Option<String> {
    (text.len() == 40 && text.chars().all(|c| c.is_ascii_hexdigit()))
        .then(|| text.to_ascii_lowercase())
}

/// `cargo xtask server --help`.
pub const USAGE: &str = "\
usage: cargo xtask server --src DIR [--commit SHA] [--spec DIR] [--check]

Reads the Zadig server's Go source in DIR (routes, the query parameters each handler reads,
body and response types and every Go type they reach) and writes spec/server/facts.yaml,
headed with the commit it read.

options:
  --src DIR         the Zadig checkout to read (required)
  --commit SHA      the checkout's 40-digit commit; required when DIR is not a git checkout
                    (a release tree without .git), else read with `git rev-parse HEAD`
  --spec DIR        the spec directory (default: spec/ in the workspace); its
                    server/extract.yaml says what to read beyond the /openapi routes
  --check           write nothing; fail if the committed facts differ from what DIR gives
  -h, --help        print this help
";

/// `cargo xtask server`.
pub fn run(args: &[String]) -> Result<(), String> {
    if args.iter().any(|arg| arg == "-h" || arg == "--help") {
        print!("{USAGE}");
        return Ok(());
    }
    let options = parse(args)?;
    if !options.src.is_dir() {
        return Err(format!(
            "--src {}: no such directory",
            options.src.display()
        ));
    }
    let config =
        facts::load_config(&options.spec.join(EXTRACT_CONFIG_FILE)).map_err(|d| d.to_string())?;
    let commit = commit_of(&options)?;
    let extracted = zadig_server_facts::extract(&options.src, &commit, &config)
        .map_err(|err| err.to_string())?;
    let text = facts::render(&extracted)?;
    let out = options.spec.join(FACTS_FILE);
    let shown = shown(&options, &out);
    if options.check {
        let committed = std::fs::read_to_string(&out).unwrap_or_default();
        if committed == text {
            println!("{shown} is up to date ({} routes)", extracted.routes.len());
            return Ok(());
        }
        let mut command = format!("cargo xtask server --src {}", options.src.display());
        if options.custom_spec {
            command.push_str(&format!(" --spec {}", options.spec.display()));
        }
        if options.commit.is_some() {
            command.push_str(&format!(" --commit {commit}"));
        }
        let state = if committed.is_empty() {
            "missing"
        } else {
            "out of date"
        };
        return Err(format!("{shown} is {state}\nrun `{command}` to update it"));
    }
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|err| format!("cannot create {}: {err}", parent.display()))?;
    }
    std::fs::write(&out, &text).map_err(|err| format!("cannot write {shown}: {err}"))?;
    println!("wrote {shown}: {}", summary(&extracted));
    Ok(())
}

/// One line of counts.
fn summary(facts: &facts::ServerFacts) -> String {
    let query: usize = facts.routes.iter().map(|r| r.query.len()).sum();
    let required: usize = facts
        .routes
        .iter()
        .flat_map(|r| &r.query)
        .filter(|q| q.required)
        .count();
    let mut kinds = [0usize; 6];
    for route in &facts.routes {
        let mut seen = [false; 6];
        for response in &route.responses {
            let index = match response {
                ResponseFact::Json { .. } => 0,
                ResponseFact::Message => 1,
                ResponseFact::Text { .. } => 2,
                ResponseFact::EventStream { .. } => 3,
                ResponseFact::Raw { .. } => 4,
                ResponseFact::Unresolved { .. } => 5,
            };
            seen[index] = true;
        }
        for (count, seen) in kinds.iter_mut().zip(seen) {
            *count += usize::from(seen);
        }
    }
    format!(
        "{} routes ({query} query parameters, {required} required; responses: {} json, {} message, \
         {} text, {} event stream, {} raw, {} unresolved), {} types, {} unresolved",
        facts.routes.len(),
        kinds[0],
        kinds[1],
        kinds[2],
        kinds[3],
        kinds[4],
        kinds[5],
        facts.types.len(),
        facts.unresolved.len()
    )
}

fn shown(options: &Options, path: &Path) -> String {
    if options.custom_spec {
        path.display().to_string()
    } else {
        path.strip_prefix(workspace_root())
            .unwrap_or(path)
            .display()
            .to_string()
    }
}
