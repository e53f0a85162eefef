//! Reading `spec/*.yaml` from disk into the serde model.

use std::fs;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::facts::{self, RELEASES_DIR, ReleaseFacts, ServerFacts};
use crate::release::ReleaseName;
use crate::spec::ModuleFile;

/// The file beside the modules that lists the documented endpoints (not a module).
pub const DOCUMENTED_ENDPOINTS_FILE: &str = "documented-endpoints.yaml";

/// One parsed module file.
#[derive(Debug, Clone)]
pub struct SpecFile {
    /// The name used in messages and generated headers: `<spec dir name>/<file name>`.
    pub display: String,
    /// File stem (`workflow`).
    pub stem: String,
    pub module: ModuleFile,
}

/// Every module file of a spec directory, sorted by file name, and the server facts beside
/// them.
#[derive(Debug, Clone)]
pub struct LoadedSpec {
    pub dir: PathBuf,
    pub files: Vec<SpecFile>,
    /// The facts of every release in `server/releases/`, oldest first (the development
    /// branch, `main`, last). A spec without facts can only hold `source: docs` items.
    pub releases: Vec<ReleaseFacts>,
}

impl LoadedSpec {
    /// The newest facts (the development branch's when the spec has them): what an item that
    /// every release serves is checked against first.
    pub fn newest_facts(&self) -> Option<&ServerFacts> {
        self.releases.last().map(|release| &release.facts)
    }

    /// The releases the spec has facts of, oldest first.
    pub fn release_names(&self) -> Vec<ReleaseName> {
        self.releases
            .iter()
            .map(|release| release.release)
            .collect()
    }

    /// The facts of `release`, if the spec has them.
    pub fn facts_of(&self, release: ReleaseName) -> Option<&ServerFacts> {
        self.releases
            .iter()
            .find(|facts| facts.release == release)
            .map(|facts| &facts.facts)
    }

    /// The latest release (not the development branch) the spec has facts of: the surface the
    /// bindings default to.
    pub fn latest_release(&self) -> Option<ReleaseName> {
        self.releases
            .iter()
            .map(|facts| facts.release)
            .filter(|release| release.is_release())
            .max()
    }
}

/// Reads every `*.yaml` module file in `dir` (not `documented-endpoints.yaml`). Every file that
/// fails to parse is reported, not only the first.
pub fn load_dir(dir: &Path) -> Result<LoadedSpec, Diagnostics> {
    let dir_label = dir_label(dir);
    let entries = fs::read_dir(dir).map_err(|err| {
        Diagnostic::new(
            dir.display().to_string(),
            "",
            format!("cannot read the spec directory: {err}"),
        )
    })?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|err| {
            Diagnostic::new(
                dir.display().to_string(),
                "",
                format!("cannot list the spec directory: {err}"),
            )
        })?;
        let path = entry.path();
        let is_yaml = path
            .extension()
            .is_some_and(|ext| ext == "yaml" || ext == "yml");
        let name = entry.file_name().to_string_lossy().into_owned();
        if is_yaml && name != DOCUMENTED_ENDPOINTS_FILE {
            paths.push((name, path));
        }
    }
    paths.sort();

    let mut diagnostics = Diagnostics::default();
    let mut files = Vec::new();
    for (name, path) in paths {
        let display = format!("{dir_label}/{name}");
        let stem = name
            .rsplit_once('.')
            .map_or(name.as_str(), |(stem, _)| stem)
            .to_owned();
        match fs::read_to_string(&path) {
            Err(err) => diagnostics.push(Diagnostic::new(
                &display,
                "",
                format!("cannot read the file: {err}"),
            )),
            Ok(text) => match parse_module(&display, &text) {
                Ok(module) => files.push(SpecFile {
                    display,
                    stem,
                    module,
                }),
                Err(diagnostic) => diagnostics.push(diagnostic),
            },
        }
    }
    if files.is_empty() && diagnostics.is_empty() {
        diagnostics.push(
            Diagnostic::new(
                dir.display().to_string(),
                "",
                "no spec files (*.yaml) found",
            )
            .help("point --spec at the directory that holds the module files"),
        );
    }
    let releases = load_releases(dir, &dir_label, &mut diagnostics);
    diagnostics.into_result()?;
    Ok(LoadedSpec {
        dir: dir.to_path_buf(),
        files,
        releases,
    })
}

/// Reads `server/releases/*.yaml`: each file's name is its release, and must be the release
/// its facts say they were read from.
fn load_releases(dir: &Path, dir_label: &str, diagnostics: &mut Diagnostics) -> Vec<ReleaseFacts> {
    let releases_dir = dir.join(RELEASES_DIR);
    let Ok(entries) = fs::read_dir(&releases_dir) else {
        return load_legacy(dir, dir_label, diagnostics);
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    names.sort();
    let mut releases = Vec::new();
    for name in names {
        let display = format!("{dir_label}/{RELEASES_DIR}/{name}");
        let stem = name.trim_end_matches(".yaml");
        let release = match ReleaseName::parse(stem) {
            Ok(release) => release,
            Err(message) => {
                diagnostics.push(
                    Diagnostic::new(&display, "", format!("the file name: {message}")).help(
                        "name each facts file after its release: `v4.2.0.yaml` or `main.yaml`",
                    ),
                );
                continue;
            }
        };
        match facts::load(&releases_dir.join(&name)) {
            Ok(facts) if facts.source.release != stem => diagnostics.push(
                Diagnostic::new(
                    &display,
                    "source.release",
                    format!(
                        "the facts were read from `{}`, not `{stem}`",
                        facts.source.release
                    ),
                )
                .help("rerun `cargo xtask server` on the checkout of that release"),
            ),
            Ok(facts) => releases.push(ReleaseFacts {
                release,
                file: display,
                facts,
            }),
            Err(mut diagnostic) => {
                diagnostic.file = display;
                diagnostics.push(diagnostic);
            }
        }
    }
    releases.sort_by_key(|facts| facts.release);
    releases
}

/// A spec from before the facts were kept per release: its one facts file, as `main`'s.
fn load_legacy(dir: &Path, dir_label: &str, diagnostics: &mut Diagnostics) -> Vec<ReleaseFacts> {
    let path = dir.join(facts::LEGACY_FACTS_FILE);
    if !path.exists() {
        return Vec::new();
    }
    match facts::load_legacy(&path) {
        Ok(facts) => vec![ReleaseFacts {
            release: ReleaseName::Main,
            file: format!("{dir_label}/{}", facts::LEGACY_FACTS_FILE),
            facts,
        }],
        Err(mut diagnostic) => {
            diagnostic.file = format!("{dir_label}/{}", facts::LEGACY_FACTS_FILE);
            diagnostics.push(diagnostic);
            Vec::new()
        }
    }
}

/// Parses one module file; the message carries serde_yaml's line and column.
pub fn parse_module(display: &str, text: &str) -> Result<ModuleFile, Diagnostic> {
    serde_yaml::from_str::<ModuleFile>(text).map_err(|err| {
        // Errors raised after a whole map is read (a type's shape) point at the start of the
        // file, which says nothing; their message names the item instead.
        let location = err
            .location()
            .filter(|loc| loc.index() > 0)
            .map(|loc| format!("line {}, column {}", loc.line(), loc.column()))
            .unwrap_or_default();
        let message = strip_location(&err.to_string());
        Diagnostic::new(display, location, message)
    })
}

/// serde_yaml appends " at line X column Y" to its messages; the location is shown separately.
fn strip_location(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message.to_owned(),
    }
}

fn dir_label(dir: &Path) -> String {
    dir.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| dir.display().to_string())
}
