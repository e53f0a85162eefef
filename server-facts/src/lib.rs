//! Reads facts about the Zadig server's HTTP API from a checkout of its Go source: every
//! `/openapi` route (and the extra routes the config names), the query parameters and bodies
//! their handlers read, what they answer, and every Go type those reach.
//!
//! The output is [`zadig_spec_model::facts::ServerFacts`]; `cargo xtask server` writes it. The
//! Go source is parsed with tree-sitter and followed by a small type checker
//! (`program/`); whatever it cannot follow is listed in `unresolved`, never dropped.

mod checks;
mod handler;
mod load;
mod program;
mod router;
mod ty;
mod types;

use std::fmt;
use std::path::Path;

use zadig_spec_model::facts::{ExtractConfig, FACTS_SCHEMA, FactsSource, GoTypeKind, ServerFacts};

pub use router::ROUTER_FILES;

/// Why the extraction failed: a one-line message, with the file and line when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractError {
    message: String,
}

impl ExtractError {
    /// An error without a position.
    pub fn new(message: impl Into<String>) -> ExtractError {
        ExtractError {
            message: message.into(),
        }
    }

    /// An error at `file:line` (no line when `line` is 0).
    pub fn at(file: &str, line: usize, message: impl fmt::Display) -> ExtractError {
        let message = if line == 0 {
            format!("{file}: {message}")
        } else {
            format!("{file}:{line}: {message}")
        };
        ExtractError { message }
    }
}

impl fmt::Display for ExtractError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ExtractError {}

/// Extracts the facts from the checkout at `src`, of `release` (a tag such as `v4.2.0`, or
/// `main`) at `commit`, with the routes and constant groups `config` asks for beyond every
/// `/openapi` route.
pub fn extract(
    src: &Path,
    release: &str,
    commit: &str,
    config: &ExtractConfig,
) -> Result<ServerFacts, ExtractError> {
    if !src.is_dir() {
        return Err(ExtractError::new(format!(
            "{} is not a directory",
            src.display()
        )));
    }
    let module = load::Module::load(src)?;
    if !ROUTER_FILES
        .iter()
        .any(|(file, _)| src.join(file).is_file())
    {
        return Err(ExtractError::new(format!(
            "{} is not a Zadig checkout: it has none of the router files {}",
            src.display(),
            ROUTER_FILES
                .iter()
                .map(|(file, _)| *file)
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let index = load::Index::build(&module);
    let program = program::Program::new(index);
    let routes = router::find_routes(&program, config)?;
    let mut facts = handler::assemble(&program, routes, config)?;
    program.ix.check_parse_errors()?;
    keep_yaml_names_of_yaml_bodies(&mut facts);
    facts.schema = FACTS_SCHEMA;
    facts.source = FactsSource {
        repository: config.repository.clone(),
        release: release.to_owned(),
        commit: commit.to_owned(),
        module: module.path.clone(),
    };
    Ok(facts)
}

/// Keeps [`zadig_spec_model::facts::GoField::yaml`] only on the types a body decoded as YAML
/// reaches: elsewhere the YAML names never travel, and the facts stay as short as they were.
fn keep_yaml_names_of_yaml_bodies(facts: &mut ServerFacts) {
    let keep: std::collections::BTreeSet<String> = facts
        .yaml_body_types()
        .into_iter()
        .map(str::to_owned)
        .collect();
    for (name, decl) in &mut facts.types {
        if keep.contains(name) {
            continue;
        }
        if let GoTypeKind::Struct { fields } = &mut decl.kind {
            for field in fields {
                field.yaml = None;
            }
        }
    }
}
