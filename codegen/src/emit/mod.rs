//! From the intermediate model to Rust files: one emitter per output kind.
//!
//! - [`types`]: request and response types, one file per module.
//! - [`requests`]: the client methods (one per endpoint for both clients), each call's alias
//!   and its setters.
//! - [`endpoints`]: what each call sends: its parameters, its route, how they fill a request.
//! - [`examples`]: a test per documented example payload.
//! - [`conformance`]: a test per endpoint and client against a local server.
//! - [`features`]: the module features of `zadig-api/Cargo.toml` (a block of that file).
//! - [`releases`]: the Zadig releases the bindings know, as `Release` constants, written to
//!   the runtime crate's output directory by [`emit_runtime`].
//! - [`compat`]: the READMEs' compatibility table (a block of each).
//! - [`cli`]: the command tree of the `zadig` command-line client, written to its own output
//!   directory by [`emit_cli`].
//! - [`mock`]: the typed expectations of the `zadig-mock` crate, written to its own output
//!   directory by [`emit_mock`].
//!
//! Each emitter builds a `syn::File` with `quote`, and [`render`] formats it with
//! `prettyplease` under a header naming the spec file and the command that regenerates it.

pub mod cli;
pub mod compat;
pub mod conformance;
pub mod endpoints;
pub mod examples;
pub mod features;
mod json_values;
pub mod mock;
pub mod mock_conformance;
pub mod releases;
pub mod requests;
pub mod rust;
pub mod types;

use proc_macro2::TokenStream;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::ir::Api;

/// The command that regenerates the output; named in every header.
pub const REGENERATE_COMMAND: &str = "cargo xtask codegen";

/// One output file, relative to the output directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Relative path with `/` separators (`types/workflow.rs`).
    pub path: String,
    pub contents: String,
}

/// Emits every file for `api`, sorted by path.
pub fn emit(api: &Api) -> Result<Vec<GeneratedFile>, Diagnostics> {
    let mut files = Vec::new();
    let mut diagnostics = Diagnostics::default();
    let mut add = |path: String, source: &str, tokens: TokenStream| match render(source, tokens) {
        Ok(contents) => files.push(GeneratedFile { path, contents }),
        Err(message) => diagnostics.push(Diagnostic::new(
            source,
            format!("generated {path}"),
            message,
        )),
    };

    let all_sources = all_sources(api);
    add("mod.rs".into(), &all_sources, root_module(api));
    add("types/mod.rs".into(), &all_sources, types::emit_mod(api));
    add(
        "requests/mod.rs".into(),
        &all_sources,
        requests::emit_mod(api),
    );
    add(
        "endpoints/mod.rs".into(),
        &all_sources,
        endpoints::emit_mod(api),
    );
    add("examples.rs".into(), &all_sources, examples::emit(api));
    add(
        "conformance.rs".into(),
        &all_sources,
        conformance::emit(api),
    );
    for module in &api.modules {
        if !module.types.is_empty() {
            add(
                format!("types/{}.rs", module.name),
                &module.source,
                types::emit_module(module, &api.releases),
            );
        }
        if !module.endpoints.is_empty() {
            add(
                format!("requests/{}.rs", module.name),
                &module.source,
                requests::emit_module(module, &api.releases),
            );
            add(
                format!("endpoints/{}.rs", module.name),
                &module.source,
                endpoints::emit_module(module),
            );
        }
    }
    diagnostics.into_result()?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Emits the files of the mock crate's generated directory (`zadig-mock/src/generated/`),
/// sorted by path: a second output directory, so the bindings' output stays as it is.
pub fn emit_mock(api: &Api) -> Result<Vec<GeneratedFile>, Diagnostics> {
    let mut files = Vec::new();
    let mut diagnostics = mock::check_names(api);
    for (path, source, tokens) in mock::emit_all(api, &all_sources(api)) {
        match render(&source, tokens) {
            Ok(contents) => files.push(GeneratedFile { path, contents }),
            Err(message) => diagnostics.push(Diagnostic::new(
                &source,
                format!("generated mock {path}"),
                message,
            )),
        }
    }
    diagnostics.into_result()?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Emits the files of the runtime crate's generated directory
/// (`zadig-api-runtime/src/generated/`): the release constants, which the runtime's `Release`
/// must declare itself (inherent constants live in the type's crate). A fourth output directory.
pub fn emit_runtime(api: &Api) -> Result<Vec<GeneratedFile>, Diagnostics> {
    let source = all_sources(api);
    let mut diagnostics = Diagnostics::default();
    let mut files = Vec::new();
    match render(&source, releases::emit(api)) {
        Ok(contents) => files.push(GeneratedFile {
            path: "releases.rs".into(),
            contents,
        }),
        Err(message) => diagnostics.push(Diagnostic::new(
            &source,
            "generated runtime releases.rs".to_owned(),
            message,
        )),
    }
    diagnostics.into_result()?;
    Ok(files)
}

/// Emits the files of the command-line client's generated directory
/// (`zadig-cli/src/generated/`), sorted by path: a third output directory.
pub fn emit_cli(api: &Api) -> Result<Vec<GeneratedFile>, Diagnostics> {
    let mut files = Vec::new();
    let mut diagnostics = cli::check_names(api);
    for (path, source, tokens) in cli::emit_all(api, &all_sources(api)) {
        match render(&source, tokens) {
            Ok(contents) => files.push(GeneratedFile { path, contents }),
            Err(message) => diagnostics.push(Diagnostic::new(
                &source,
                format!("generated CLI {path}"),
                message,
            )),
        }
    }
    diagnostics.into_result()?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// The spec directory as headers name it (`spec/`), from the first module's source.
fn all_sources(api: &Api) -> String {
    api.modules
        .first()
        .map(|module| {
            module
                .source
                .rsplit_once('/')
                .map_or("spec", |(dir, _)| dir)
                .to_owned()
                + "/"
        })
        .unwrap_or_else(|| "spec/".to_owned())
}

fn root_module(_api: &Api) -> TokenStream {
    quote::quote! {
        //! Everything generated from the spec. Nothing here is edited by hand.
        pub mod types;
        pub mod requests;
        pub mod endpoints;
        #[cfg(test)]
        mod examples;
        #[cfg(test)]
        mod conformance;
    }
}

/// The first line of every generated file.
pub fn header(source: &str) -> String {
    format!("// @generated from {source} by `{REGENERATE_COMMAND}`. Do not edit by hand.\n")
}

/// Formats `tokens` as a file under the generated-file header.
pub fn render(source: &str, tokens: TokenStream) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens)
        .map_err(|err| format!("internal error: the emitted code does not parse: {err}"))?;
    Ok(format!(
        "{}\n{}",
        header(source),
        prettyplease::unparse(&file)
    ))
}
