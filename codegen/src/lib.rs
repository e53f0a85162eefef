//! The bindings generator: spec → validated intermediate model → Rust source.
//!
//! The pipeline, in the order [`generate`] runs it:
//!
//! 1. [`load`] reads `spec/*.yaml` into the serde model of [`spec`] (syntax, unknown keys).
//! 2. [`validate`] checks meaning across all files and reports every problem at once, each
//!    naming the file and the endpoint, type or field ([`Diagnostic`]).
//! 3. [`ir`] lowers the spec into the intermediate model, which owns Rust naming and ordering.
//! 4. [`emit`] turns the model into files, one emitter per output kind, formatted with
//!    `prettyplease`. Output is a pure function of the spec: sorted, no timestamps.
//!
//! Nothing here panics on a bad spec; every failure is a [`Diagnostic`].

pub mod audit;
pub mod diff;
pub mod emit;
pub mod examples;
pub mod ir;
pub mod order;
pub mod output;
pub mod server;
pub mod validate;

// The base layer (`zadig-spec-model`), under the names the generator has always used.
pub use zadig_spec_model::{
    diagnostic, errata, facts, load, naming, path, project, release, spec, text, typeexpr,
};

use std::path::Path;

pub use diagnostic::{Diagnostic, Diagnostics};
pub use emit::GeneratedFile;
pub use load::{LoadedSpec, SpecFile};

/// Loads and validates the spec in `spec_dir` and lowers it to the intermediate model.
///
/// Validation, the availability of every endpoint in every release's facts
/// ([`server::availability::check`]) and lowering all run, so that the error lists every
/// problem: those of meaning, of availability and the names that cannot be made.
pub fn load_api(spec_dir: &Path) -> Result<(LoadedSpec, ir::Api), Diagnostics> {
    let loaded = load::load_dir(spec_dir)?;
    let mut diagnostics = validate::validate(&loaded).err().unwrap_or_default();
    diagnostics.0.extend(server::availability::check(&loaded).0);
    let (mut api, naming) = ir::lower(&loaded);
    diagnostics.0.extend(naming.0);
    diagnostics.into_result()?;
    ir::attach_server_cases(&mut api, &loaded);
    Ok((loaded, api))
}

/// Loads the spec in `spec_dir` and checks its meaning, but not yet against the facts of each
/// release: the audit reports those differences in its report rather than stopping at them.
pub fn load_validated(spec_dir: &Path) -> Result<LoadedSpec, Diagnostics> {
    let loaded = load::load_dir(spec_dir)?;
    validate::validate(&loaded)?;
    Ok(loaded)
}

/// Runs the whole pipeline on `spec_dir` and returns the files to write, relative to the
/// output directory, sorted by path.
pub fn generate(spec_dir: &Path) -> Result<Vec<GeneratedFile>, Diagnostics> {
    let (_, api) = load_api(spec_dir)?;
    emit::emit(&api)
}

/// Runs the whole pipeline on `spec_dir` and returns the mock crate's generated files
/// (`zadig-mock/src/generated/`), relative to that directory, sorted by path.
pub fn generate_mock(spec_dir: &Path) -> Result<Vec<GeneratedFile>, Diagnostics> {
    let (_, api) = load_api(spec_dir)?;
    emit::emit_mock(&api)
}

/// Runs the whole pipeline on `spec_dir` and returns the runtime crate's generated files
/// (`zadig-api-runtime/src/generated/`: the release constants), relative to that directory.
pub fn generate_runtime(spec_dir: &Path) -> Result<Vec<GeneratedFile>, Diagnostics> {
    let (_, api) = load_api(spec_dir)?;
    emit::emit_runtime(&api)
}

/// Runs the whole pipeline on `spec_dir` and returns the command-line client's generated files
/// (`zadig-cli/src/generated/`), relative to that directory, sorted by path.
pub fn generate_cli(spec_dir: &Path) -> Result<Vec<GeneratedFile>, Diagnostics> {
    let (_, api) = load_api(spec_dir)?;
    emit::emit_cli(&api)
}
