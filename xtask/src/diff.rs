//! `cargo xtask diff`: what the spec change in the working tree does to the public API of
//! `zadig-api`, and the release it calls for. A thin CLI over `zadig_codegen::diff`, which holds
//! the rules; this file gets the two specs (one of them from git), prints the report and sets the
//! exit status.
//!
//! The JSON report (`"schema_version": 1`):
//!
//! ```text
//! {
//!   "schema_version": 1,
//!   "base": "spec/ at HEAD", "new": "spec/ in the working tree",
//!   "version": "0.1.0", "bump": null | "major" | "minor" | "patch", "next_version": null | "0.2.0",
//!   "counts": {"breaking", "compatible", "none"},
//!   "changes": [{"module", "item", "kind", "level", "description"}]   // sorted
//! }
//! ```

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Serialize;
use zadig_codegen::audit::render::Format;
use zadig_codegen::diff::{self, Bump, Change, Counts, Level, Release, Section, Version};
use zadig_codegen::{emit, load_api, output};

use crate::workspace_root;

/// `cargo xtask diff --help`.
pub const USAGE: &str = "\
usage: cargo xtask diff [--base GIT_REF | --base-spec DIR] [--spec DIR]
                        [--format table|markdown|json] [--changelog] [--deny-breaking]
                        [--version X.Y.Z]

Compares the public API of zadig-api generated from two specs, change by change, and says
which release the changes call for. Run it before committing a spec change.

options:
  --base GIT_REF    the old side: spec/ at this git revision (default: HEAD), read with git
                    into a temporary directory that is removed afterwards
  --base-spec DIR   the old side: a spec directory (instead of --base)
  --spec DIR        the new side (default: spec/ in the working tree)
  --format FORMAT   table (default), markdown, or json (schema_version 1)
  --changelog       print a draft `## [Unreleased]` entry for CHANGELOG.md instead of the
                    report: Added, Changed and Removed, breaking changes marked
  --deny-breaking   fail (exit status 1) when any change is breaking
  --version X.Y.Z   the current version of zadig-api (default: `version` of
                    [workspace.package] in Cargo.toml)
  -h, --help        print this help

levels:
  breaking     code written against the old API may not compile or may mean something else:
               anything removed, any change to a method's positional arguments, body or
               response, to a field's type (Option<T> against T too) or to new()'s arguments
  compatible   an addition: a method, setter, pager, type, optional or defaulted field, enum
               value or union variant (structs, enums and unions are #[non_exhaustive], enums
               and unions are open)
  none         every Rust signature is unchanged: an argument's name (callers pass arguments
               by position), a wire spelling, a route, a lifecycle, a field's documented views

release: before 1.0 a breaking change bumps the minor number (0.1.3 -> 0.2.0) and anything
else the patch number; from 1.0 breaking bumps the major number, compatible the minor one.

Both specs are lowered by the generator in the working tree. With --base, the base's client
methods take their arguments in the order of the code committed at that revision (the
call-order rule may have changed since), and a note says when today's generator still makes
other code from the base spec than was committed: what the generator itself changed is not a
spec change and is not in the report.

exit status: 0, or 1 on bad input (a spec that does not load or validate, an unknown
revision) or when --deny-breaking finds a breaking change.
";

/// Parsed options.
struct Options {
    base: Option<String>,
    base_spec: Option<PathBuf>,
    spec: Option<PathBuf>,
    format: Option<Format>,
    changelog: bool,
    deny_breaking: bool,
    version: Option<String>,
    help: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        base: None,
        base_spec: None,
        spec: None,
        format: None,
        changelog: false,
        deny_breaking: false,
        version: None,
        help: false,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_owned())),
            _ => (arg.as_str(), None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| args.next().cloned())
                .ok_or_else(|| format!("{name} needs {what}"))
        };
        match name {
            "-h" | "--help" => options.help = true,
            "--base" => options.base = Some(value("a git revision")?),
            "--base-spec" => options.base_spec = Some(PathBuf::from(value("a directory")?)),
            "--spec" => options.spec = Some(PathBuf::from(value("a directory")?)),
            "--format" => {
                let text = value("a format (table, markdown or json)")?;
                options.format = Some(Format::parse(&text).ok_or_else(|| {
                    format!("unknown format `{text}`; use table, markdown or json")
                })?);
            }
            "--version" => options.version = Some(value("a version like 0.1.0")?),
            "--changelog" => options.changelog = true,
            "--deny-breaking" => options.deny_breaking = true,
            other => {
                return Err(format!(
                    "unknown option `{other}`; see `cargo xtask diff --help`"
                ));
            }
        }
    }
    if options.base.is_some() && options.base_spec.is_some() {
        return Err("give --base or --base-spec, not both".to_owned());
    }
    if options.changelog && options.format.is_some() {
        return Err(
            "--changelog prints Markdown for CHANGELOG.md; it takes no --format".to_owned(),
        );
    }
    Ok(options)
}

/// `cargo xtask diff`.
pub fn run(args: &[String]) -> Result<(), String> {
    let options = parse(args).map_err(|message| format!("error: {message}"))?;
    if options.help {
        print!("{USAGE}");
        return Ok(());
    }
    let version = match &options.version {
        Some(text) => Version::parse(text),
        None => workspace_version(),
    }
    .map_err(|message| format!("error: {message}"))?;

    let (new_dir, new_label) = match &options.spec {
        Some(dir) => (dir.clone(), dir.display().to_string()),
        None => (
            workspace_root().join("spec"),
            "spec/ in the working tree".to_owned(),
        ),
    };
    let (_, new_api) = load_api(&new_dir).map_err(|diagnostics| {
        format!("{diagnostics}\nerror: the new spec ({new_label}) does not validate; nothing was compared")
    })?;

    let (base_api, base_label) = match &options.base_spec {
        Some(dir) => {
            let label = dir.display().to_string();
            (load_base(dir, &label)?, label)
        }
        None => {
            let revision = options.base.as_deref().unwrap_or("HEAD");
            let label = format!("spec/ at {revision}");
            // Removed when it goes out of scope, on errors too.
            let checkout = Checkout::new(revision)?;
            let mut api = load_base(&checkout.spec_dir(), &label)?;
            checkout.follow_released_code(&mut api);
            (api, label)
        }
    };

    let changes = diff::diff(&base_api, &new_api);
    let release = diff::release(version, &changes);
    let report = Report {
        base: &base_label,
        new: &new_label,
        version,
        release,
        changes: &changes,
    };
    let text = if options.changelog {
        changelog(&report)
    } else {
        match options.format.unwrap_or(Format::Table) {
            Format::Table => table(&report),
            Format::Markdown => markdown(&report),
            Format::Json => json(&report),
        }
    };
    print!("{text}");

    let counts = Counts::of(&changes);
    if options.deny_breaking && counts.breaking > 0 {
        let next = release.map(|release| release.next.to_string());
        return Err(format!(
            "error: --deny-breaking: {} from {base_label} to {new_label}; releasing {} needs \
             version {}",
            plural(counts.breaking, "breaking change"),
            if counts.breaking == 1 { "it" } else { "them" },
            next.unwrap_or_default()
        ));
    }
    Ok(())
}

/// Loads the old side; `label` says which revision or directory it is in errors.
fn load_base(dir: &Path, label: &str) -> Result<zadig_codegen::ir::Api, String> {
    let (api, naming) = diff::load_base(dir).map_err(|diagnostics| {
        format!(
            "{diagnostics}\nerror: the base spec ({label}) does not validate; nothing was compared"
        )
    })?;
    if !naming.is_empty() {
        // Rules added to the generator since (such as the parameter synonyms) do not stop a
        // comparison with a spec that was released before them.
        eprintln!(
            "note: the base spec ({label}) has {} that today's generator refuses (a rule added \
             since); it is compared with the names it has",
            plural(naming.0.len(), "name")
        );
    }
    Ok(api)
}

/// `version` of `[workspace.package]` in the workspace's Cargo.toml, which zadig-api inherits.
/// A line scan, not a TOML parser: the workspace writes it as `version = "X.Y.Z"`.
fn workspace_version() -> Result<Version, String> {
    let path = workspace_root().join("Cargo.toml");
    let text = fs::read_to_string(&path)
        .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    let mut in_table = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_table = line == "[workspace.package]";
            continue;
        }
        let Some(value) = line
            .strip_prefix("version")
            .map(str::trim_start)
            .and_then(|rest| rest.strip_prefix('='))
        else {
            continue;
        };
        if in_table {
            let quoted = value
                .trim()
                .strip_prefix('"')
                .and_then(|rest| rest.split_once('"'));
            return match quoted {
                Some((version, _)) => Version::parse(version),
                None => Err(format!(
                    "{}: cannot read `version` of [workspace.package]; pass --version X.Y.Z",
                    path.display()
                )),
            };
        }
    }
    Err(format!(
        "{}: no `version` in [workspace.package]; pass --version X.Y.Z",
        path.display()
    ))
}

/// `spec/` (and the generated code) of one git revision, in a temporary directory removed when
/// this is dropped.
struct Checkout {
    revision: String,
    commit: String,
    dir: PathBuf,
}

impl Checkout {
    fn new(revision: &str) -> Result<Checkout, String> {
        // A revision is never an option to git.
        if revision.starts_with('-') || revision.is_empty() {
            return Err(format!("error: `{revision}` is not a git revision"));
        }
        let root = workspace_root();
        let resolved = git(&root)
            .args(["rev-parse", "--verify", "--quiet"])
            .arg(format!("{revision}^{{commit}}"))
            .output()
            .map_err(|err| format!("error: cannot run git: {err}"))?;
        if !resolved.status.success() {
            return Err(format!(
                "error: unknown git revision `{revision}`: it names no commit of this repository"
            ));
        }
        let commit = String::from_utf8_lossy(&resolved.stdout).trim().to_owned();
        let dir = std::env::temp_dir().join(format!(
            "xtask-diff-{}-{}",
            std::process::id(),
            commit.get(..12).unwrap_or(&commit)
        ));
        // A directory left by a killed run with the same process id is stale.
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir)
            .map_err(|err| format!("error: cannot create {}: {err}", dir.display()))?;
        let checkout = Checkout {
            revision: revision.to_owned(),
            commit,
            dir,
        };
        checkout
            .extract("spec")
            .map_err(|message| format!("error: cannot read spec/ at {revision}: {message}"))?;
        Ok(checkout)
    }

    fn spec_dir(&self) -> PathBuf {
        self.dir.join("spec")
    }

    /// Writes `path` (relative to the workspace root) as of the commit under `self.dir`:
    /// `git archive | tar -x`.
    fn extract(&self, path: &str) -> Result<(), String> {
        let mut archive = git(&workspace_root())
            .args(["archive", "--format=tar"])
            // The tree of the workspace root, so that entries start at `spec/` even when the
            // workspace is a subdirectory of the repository.
            .arg(format!("{}:./", self.commit))
            .args(["--", path])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|err| format!("cannot run git: {err}"))?;
        let Some(tar_input) = archive.stdout.take() else {
            return Err("git archive gave no output".to_owned());
        };
        let unpacked = Command::new("tar")
            .arg("-x")
            .arg("-C")
            .arg(&self.dir)
            .stdin(tar_input)
            .stderr(Stdio::piped())
            .output();
        let archived = archive
            .wait_with_output()
            .map_err(|err| format!("git archive failed: {err}"))?;
        if !archived.status.success() {
            let message = String::from_utf8_lossy(&archived.stderr);
            return Err(if message.contains("did not match any files") {
                format!("the revision has no {path}/")
            } else {
                format!("git archive failed: {}", message.trim())
            });
        }
        let unpacked = unpacked.map_err(|err| format!("cannot run tar: {err}"))?;
        if !unpacked.status.success() {
            return Err(format!(
                "tar failed: {}",
                String::from_utf8_lossy(&unpacked.stderr).trim()
            ));
        }
        Ok(())
    }

    /// Brings `base` (the revision's spec as today's generator lowers it) closer to the code
    /// committed at the revision, which is what its users call: client methods take their
    /// arguments in the committed order. Says on stderr what it changed, and when the
    /// generator still makes other code: what the generator itself changed is not a spec
    /// change and is not in the report.
    fn follow_released_code(&self, base: &mut zadig_codegen::ir::Api) {
        const GENERATED: &str = "zadig-api/src/generated";
        let revision = &self.revision;
        if let Err(message) = self.extract(GENERATED) {
            eprintln!(
                "note: no generated code at {revision} ({message}); the base is compared as \
                 today's generator makes it from the spec"
            );
            return;
        }
        let generated = self.dir.join(GENERATED);
        let mut released = std::collections::BTreeMap::new();
        let requests = generated.join("requests");
        let mut files: Vec<PathBuf> = fs::read_dir(&requests)
            .map(|entries| {
                entries
                    .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                    .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        for file in &files {
            let parsed = fs::read_to_string(file)
                .map_err(|err| err.to_string())
                .and_then(|text| diff::released_arguments(&text));
            match parsed {
                Ok(methods) => released.extend(methods),
                Err(message) => eprintln!(
                    "note: cannot read the client methods of {} at {revision}: {message}",
                    file.strip_prefix(&self.dir).unwrap_or(file).display()
                ),
            }
        }
        let reordered = diff::use_released_order(base, &released);
        if !reordered.is_empty() {
            eprintln!(
                "note: {} take their arguments in another order in the code committed at \
                 {revision} than today's generator gives them; the base uses the committed order",
                plural(reordered.len(), "client method")
            );
        }
        let Ok(files) = emit::emit(base) else {
            return;
        };
        let drift = output::drift(&generated, &files);
        if !drift.is_empty() {
            eprintln!(
                "note: today's generator makes other code from the base spec than the code \
                 committed at {revision} ({} generated files differ, are new or are gone; \
                 today's generator writes {}); what the generator \
                 itself changed is not in this report: see `git diff {revision} -- {GENERATED}`",
                drift.len(),
                files.len()
            );
        }
    }
}

impl Drop for Checkout {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

fn git(root: &Path) -> Command {
    let mut command = Command::new("git");
    command.arg("-C").arg(root);
    command
}

/// `1 breaking change`, `2 breaking changes`.
fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// What every format prints.
struct Report<'a> {
    base: &'a str,
    new: &'a str,
    version: Version,
    release: Option<Release>,
    changes: &'a [Change],
}

/// `2 breaking, 3 compatible: bump 0.1.0 -> 0.2.0`.
fn summary(report: &Report<'_>) -> String {
    let counts = Counts::of(report.changes);
    let mut text = format!(
        "{} breaking, {} compatible",
        counts.breaking, counts.compatible
    );
    if counts.none > 0 {
        text.push_str(&format!(", {} with no API change", counts.none));
    }
    match report.release {
        Some(release) => text.push_str(&format!(": bump {} -> {}", release.current, release.next)),
        None => text.push_str(&format!(": no bump, {} stays", report.version)),
    }
    text
}

fn no_change(report: &Report<'_>) -> String {
    format!(
        "No change to the public API of zadig-api from {} to {}; {} stays.",
        report.base, report.new, report.version
    )
}

fn table(report: &Report<'_>) -> String {
    if report.changes.is_empty() {
        return format!("{}\n", no_change(report));
    }
    let header = ["level", "module", "item", "change"];
    let rows: Vec<[&str; 4]> = report
        .changes
        .iter()
        .map(|change| {
            [
                change.level.as_str(),
                change.module.as_str(),
                change.item.as_str(),
                change.description.as_str(),
            ]
        })
        .collect();
    let mut widths = header.map(str::len);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: &[&str; 4]| -> String {
        let mut text = String::new();
        for (index, cell) in cells.iter().enumerate() {
            if index + 1 == cells.len() {
                text.push_str(cell);
            } else {
                let pad = widths[index] - cell.chars().count() + 2;
                text.push_str(cell);
                text.push_str(&" ".repeat(pad));
            }
        }
        text.trim_end().to_owned() + "\n"
    };
    let mut text = format!(
        "Public API changes of zadig-api {} from {} to {}:\n\n",
        report.version, report.base, report.new
    );
    text.push_str(&line(&header));
    for row in &rows {
        text.push_str(&line(row));
    }
    text.push('\n');
    text.push_str(&summary(report));
    text.push('\n');
    text
}

/// A Markdown table cell: pipes escaped, so a type like `a|b` cannot split the row.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

fn markdown(report: &Report<'_>) -> String {
    if report.changes.is_empty() {
        return format!("{}\n", no_change(report));
    }
    let mut text = format!(
        "### Public API changes of zadig-api {} from {} to {}\n\n",
        report.version, report.base, report.new
    );
    text.push_str("| level | module | item | change |\n| --- | --- | --- | --- |\n");
    for change in report.changes {
        text.push_str(&format!(
            "| {} | {} | `{}` | {} |\n",
            change.level.as_str(),
            cell(&change.module),
            cell(&change.item),
            cell(&change.description)
        ));
    }
    text.push_str(&format!("\n**{}**\n", summary(report)));
    text
}

#[derive(Serialize)]
struct JsonReport<'a> {
    schema_version: u32,
    base: &'a str,
    new: &'a str,
    version: String,
    bump: Option<Bump>,
    next_version: Option<String>,
    counts: Counts,
    changes: &'a [Change],
}

fn json(report: &Report<'_>) -> String {
    let json = JsonReport {
        schema_version: 1,
        base: report.base,
        new: report.new,
        version: report.version.to_string(),
        bump: report.release.map(|release| release.bump),
        next_version: report.release.map(|release| release.next.to_string()),
        counts: Counts::of(report.changes),
        changes: report.changes,
    };
    // Plain strings, numbers and enums: serialising cannot fail.
    let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
    text.push('\n');
    text
}

/// A draft `## [Unreleased]` entry in Keep a Changelog form: Added, Changed and Removed, the
/// breaking changes first in each and marked.
fn changelog(report: &Report<'_>) -> String {
    let mut text = "## [Unreleased]\n\n".to_owned();
    if report.changes.is_empty() {
        text.push_str("No change to the public API.\n");
        return text;
    }
    let counts = Counts::of(report.changes);
    if counts.breaking > 0 {
        let next = report
            .release
            .map(|release| release.next.to_string())
            .unwrap_or_default();
        text.push_str(&format!(
            "**Breaking:** {} below (marked) break code written against {}; release as {next}.\n\n",
            plural(counts.breaking, "change"),
            report.version
        ));
    }
    for section in [Section::Added, Section::Changed, Section::Removed] {
        let mut entries: Vec<&Change> = report
            .changes
            .iter()
            .filter(|change| change.kind.section() == section)
            .collect();
        if entries.is_empty() {
            continue;
        }
        // Stable: report order within each level.
        entries.sort_by_key(|change| change.level != Level::Breaking);
        text.push_str(&format!("### {}\n\n", section.title()));
        for change in entries {
            let mark = if change.level == Level::Breaking {
                "**Breaking:** "
            } else {
                ""
            };
            text.push_str(&format!(
                "- {mark}`{}`: {}.\n",
                change.item, change.description
            ));
        }
        text.push('\n');
    }
    text.pop();
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workspace_version_is_the_crates_version() {
        // Every crate of the workspace inherits it, this one too.
        assert_eq!(
            workspace_version().map(|version| version.to_string()),
            Ok(env!("CARGO_PKG_VERSION").to_owned())
        );
    }

    #[test]
    fn a_checkout_of_head_has_the_spec_and_is_removed() {
        let checkout = Checkout::new("HEAD").expect("HEAD is a commit of this repository");
        let dir = checkout.dir.clone();
        assert!(checkout.spec_dir().join("common.yaml").is_file());
        drop(checkout);
        assert!(!dir.exists());
        assert!(Checkout::new("--output=x").is_err());
    }
}
