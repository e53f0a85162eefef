//! `zadig`: a command-line client for Zadig's OpenAPI, for shells and CI pipelines.
//!
//! The command tree is generated from the spec (`src/generated/`, one group per API module, one
//! command per endpoint, named after the client method); everything else is this small
//! hand-written runtime over `zadig-api`:
//!
//! - [`cli`]: the root command, its global options, and the hand-written commands beside the
//!   generated ones (`api`, `completions`, `workflow run`).
//! - [`args`]: the flag builders and typed getters the generated commands use.
//! - [`config`]: where the URL, the token and the release come from (flags, environment,
//!   profiles of the config file).
//! - [`runtime`]: the context a command runs in (`Ctx`).
//! - [`failure`]: failures and exit codes, below every other module.
//! - [`body`]: `--body FILE` and body field flags, decoded into the body type.
//! - [`output`]: JSON, YAML, tables and the `--jq` filter.
//! - [`raw`]: `zadig api`, [`run`]: `zadig workflow run --wait --logs`.

mod args;
mod body;
mod cli;
mod config;
mod failure;
#[rustfmt::skip]
mod generated;
mod output;
mod raw;
#[cfg(feature = "workflow-run")]
mod run;
mod runtime;
mod verbose;

use std::process::ExitCode;

/// The generated commands name request and response types as `crate::types::..`.
use zadig_api::types;

fn main() -> ExitCode {
    // A panic is a bug, never the answer to bad input; say so in one line, without a
    // backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("error: internal error in zadig (please report it): {info}");
    }));
    cli::main()
}
