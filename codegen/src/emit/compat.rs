//! The compatibility table of the READMEs: per Zadig release, how many client methods it
//! serves, and for each method not every release serves, which do.
//!
//! It lives in `README.md` and `zadig-api/README.md` between two marker lines, which
//! `cargo xtask codegen` rewrites (and `--check` compares) like a generated file, so the table
//! follows the spec's availability and is never kept by hand.

use std::fmt::Write as _;

use crate::ir::Api;
use crate::text::code;

/// The line that opens the generated block.
pub const BEGIN: &str = "<!-- @generated compatibility table, from spec/ by `cargo xtask codegen`. Do not edit by hand. -->";
/// The line that closes it.
pub const END: &str = "<!-- @end of generated compatibility table -->";

/// The block's lines, markers included, each ending with a newline.
pub fn table(api: &Api) -> String {
    let mut out = format!("{BEGIN}\n");
    let endpoints: Vec<_> = api.endpoints().collect();
    let latest = api.latest_release();
    out.push_str("| Zadig release | client methods served | not served |\n| --- | ---: | ---: |\n");
    for release in &api.releases {
        let served = endpoints
            .iter()
            .filter(|endpoint| endpoint.served.contains(*release))
            .count();
        let name = if !release.is_release() {
            format!("`{release}` (unreleased)")
        } else if Some(*release) == latest {
            format!("{release} (latest, the default)")
        } else {
            release.to_string()
        };
        let _ = writeln!(out, "| {name} | {served} | {} |", endpoints.len() - served);
    }
    let varying: Vec<_> = endpoints
        .iter()
        .filter_map(|endpoint| {
            let described = endpoint.served.describe(&api.releases);
            let moved = !endpoint.older_paths.is_empty();
            (described.is_some() || moved).then_some((endpoint, described))
        })
        .collect();
    if !varying.is_empty() {
        let _ = writeln!(
            out,
            "\n<details><summary>The {} methods not every release serves the same way</summary>\n",
            varying.len()
        );
        out.push_str("| method | served by | path in older releases |\n| --- | --- | --- |\n");
        for (endpoint, described) in varying {
            let older = endpoint
                .older_paths
                .iter()
                .map(|form| format!("{} until {}", code(&form.path), form.until))
                .collect::<Vec<_>>()
                .join("; ");
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                code(&endpoint.method.rust),
                described.unwrap_or_else(|| "every release".to_owned()),
                older
            );
        }
        out.push_str("\n</details>\n");
    }
    out.push_str(END);
    out.push('\n');
    out
}
