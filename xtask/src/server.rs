//! `cargo xtask server --src DIR`: read the server facts of one Zadig release from a checkout
//! and write `spec/server/releases/<release>.yaml` (or, with `--check`, fail if the committed
//! file differs).

use std::path::{Path, PathBuf};
use std::process::Command;

use zadig_codegen::facts::{self, CheckRule, EXTRACT_CONFIG_FILE, RELEASES_DIR, ResponseFact};
use zadig_codegen::release::ReleaseName;

use crate::workspace_root;

const HELP: &str = "\
usage: cargo xtask server --src DIR [--release NAME] [--commit SHA] [--spec DIR] [--check]

Reads the Zadig server's HTTP API from a checkout of its Go source (routes, the query
parameters and bodies each handler reads, what it answers, every Go type those reach) and
writes the facts of that release to spec/server/releases/<release>.yaml.

options:
  --src DIR        the Zadig checkout to read (required)
  --release NAME   which release the checkout is: a tag such as v5.0.0, or main for the
                   development branch; default: the release tag at HEAD of the
                   checkout (`git tag --points-at HEAD`), else main
  --commit SHA     the checkout's full commit hash; default: `git rev-parse HEAD` in it
                   (a checkout without .git, such as an unpacked archive, needs both
                   --release and --commit)
  --spec DIR       the spec directory (default: spec/ of the workspace)
  --check          write nothing; fail if the committed facts of that release differ
  -h, --help       this help

Adding a release: check out its tag, run this, then `cargo xtask audit --server` and
follow the spec to what it reports (README, \"A new server release\").
";

struct Options {
    src: PathBuf,
    spec: PathBuf,
    release: Option<String>,
    commit: Option<String>,
    check: bool,
    /// `--spec` given: paths are shown as given.
    custom_spec: bool,
}

/// `None` when help was asked for.
fn parse(args: &[String]) -> Result<Option<Options>, String> {
    let mut src = None;
    let mut spec = None;
    let mut release = None;
    let mut commit = None;
    let mut check = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--src" => src = Some(PathBuf::from(args.next().ok_or("--src needs a directory")?)),
            "--spec" => {
                spec = Some(PathBuf::from(
                    args.next().ok_or("--spec needs a directory")?,
                ))
            }
            "--release" => {
                release = Some(
                    args.next()
                        .ok_or("--release needs a release tag (v5.0.0) or main")?
                        .clone(),
                )
            }
            "--commit" => commit = Some(args.next().ok_or("--commit needs a commit hash")?.clone()),
            "--check" => check = true,
            other => {
                return Err(format!("unknown option `{other}`\n\n{HELP}"));
            }
        }
    }
    let src =
        src.ok_or_else(|| format!("--src DIR is required: the Zadig checkout to read\n\n{HELP}"))?;
    Ok(Some(Options {
        src,
        custom_spec: spec.is_some(),
        spec: spec.unwrap_or_else(|| workspace_root().join("spec")),
        release,
        commit,
        check,
    }))
}

/// `git <args>` in the checkout, its trimmed output when it succeeds.
fn git(src: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(src)
        .args(args)
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// The checkout's commit: `--commit` if given, else `git rev-parse HEAD` in it.
fn commit_of(options: &Options) -> Result<String, String> {
    if let Some(commit) = &options.commit {
        return valid_commit(commit.trim())
            .ok_or_else(|| format!("--commit `{commit}` is not a 40-digit commit hash"));
    }
    match git(&options.src, &["rev-parse", "HEAD"]) {
        Some(text) => valid_commit(&text).ok_or_else(|| {
            format!(
                "`git rev-parse HEAD` in {} gave `{text}`",
                options.src.display()
            )
        }),
        None => Err(format!(
            "cannot tell the commit of {}: it is not a git checkout (or git is missing); pass --commit SHA",
            options.src.display()
        )),
    }
}

/// The checkout's release: `--release` if given, else the tag at HEAD, else `main`.
fn release_of(options: &Options) -> Result<(ReleaseName, Option<String>), String> {
    if let Some(release) = &options.release {
        return ReleaseName::parse(release)
            .map(|release| (release, None))
            .map_err(|err| format!("--release: {err}"));
    }
    let is_git = git(&options.src, &["rev-parse", "--git-dir"]).is_some();
    if !is_git {
        return Err(format!(
            "cannot tell which release {} is: it is not a git checkout; pass --release (a tag such as v5.0.0, or main) and --commit",
            options.src.display()
        ));
    }
    let tags = git(&options.src, &["tag", "--points-at", "HEAD"]).unwrap_or_default();
    let mut releases: Vec<ReleaseName> = tags
        .lines()
        .filter_map(|tag| ReleaseName::parse(tag).ok())
        .filter(|release| release.is_release())
        .collect();
    releases.sort();
    match releases.last() {
        Some(release) => Ok((*release, None)),
        None => Ok((
            ReleaseName::Main,
            Some(format!(
                "note: HEAD of {} carries no release tag (vX.Y.Z): recording it as main, the development branch; pass --release to say otherwise",
                options.src.display()
            )),
        )),
    }
}

fn valid_commit(text: &str) -> Option<String> {
    (text.len() == 40 && text.chars().all(|c| c.is_ascii_hexdigit()))
        .then(|| text.to_ascii_lowercase())
}

/// `cargo xtask server`.
pub fn run(args: &[String]) -> Result<(), String> {
    let Some(options) = parse(args)? else {
        print!("{HELP}");
        return Ok(());
    };
    if !options.src.is_dir() {
        return Err(format!(
            "--src {}: no such directory",
            options.src.display()
        ));
    }
    let config =
        facts::load_config(&options.spec.join(EXTRACT_CONFIG_FILE)).map_err(|d| d.to_string())?;
    let (release, note) = release_of(&options)?;
    let commit = commit_of(&options)?;
    if let Some(note) = note {
        eprintln!("{note}");
    }
    let extracted =
        zadig_server_facts::extract(&options.src, &release.to_string(), &commit, &config)
            .map_err(|err| err.to_string())?;
    let text = facts::render(&extracted)?;
    let out = options
        .spec
        .join(RELEASES_DIR)
        .join(facts::release_file_name(release));
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
        if options.release.is_some() {
            command.push_str(&format!(" --release {release}"));
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
    println!("wrote {shown} ({release}): {}", summary(&extracted));
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
    // What handlers decide in code: checks by rule, and bodies decoded under a condition.
    let checks = facts.routes.iter().flat_map(|route| {
        route
            .query
            .iter()
            .flat_map(|q| &q.checks)
            .chain(route.bodies.iter().flat_map(|b| &b.checks))
    });
    let mut rules = [0usize; 3];
    for check in checks {
        rules[match check.rule {
            CheckRule::Required => 0,
            CheckRule::RequiredWhen => 1,
            CheckRule::Values => 2,
        }] += 1;
    }
    let conditional = facts
        .routes
        .iter()
        .flat_map(|r| &r.bodies)
        .filter(|b| b.when.is_some())
        .count();
    format!(
        "{} routes ({query} query parameters, {required} required; responses: {} json, {} message, \
         {} text, {} event stream, {} raw, {} unresolved; checks in code: {} required, {} required \
         when, {} value sets; {conditional} conditional bodies), {} types, {} unresolved",
        facts.routes.len(),
        kinds[0],
        kinds[1],
        kinds[2],
        kinds[3],
        kinds[4],
        kinds[5],
        rules[0],
        rules[1],
        rules[2],
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
