//! `cargo xtask audit`: the API coverage audit, a thin CLI over `zadig_codegen::audit`.
//!
//! It parses the options, reads the spec, doc pages and route table, prints the report and
//! sets the exit status. The definitions (typed request, typed response, coverage, examples
//! verified) are in [`USAGE`], in `codegen/src/audit/mod.rs` and in the README section
//! "Coverage audit", which also documents the JSON report (`"schema_version": 1`):
//!
//! ```text
//! {
//!   "schema_version": 1,
//!   "modules": [{"module", "endpoints", "typed_request", "typed_response", "fully_typed",
//!                "with_examples", "examples", "examples_verified", "errata", "unserved",
//!                "lacks_detail", "coverage_percent"}],          // sorted by module
//!   "total": {the same counts without "module"},
//!   "docs": null | {"pages", "ignored", "documented", "matched", "missing", "likely_errata",
//!                   "explained", "undocumented", "newly_documented", "no_longer_documented",
//!                   "errata_fixed_upstream", "errata_unchecked", "documented_endpoints",
//!                   "facts": {"pages", "endpoints_compared", "endpoints_not_in_spec",
//!                             "facts_matched", "spec_only_server_backed",
//!                             "examples_verified", "examples_failed",
//!                             "examples_not_verifiable", "findings", "unread",
//!                             "errata_no_longer_apply", "errata_not_checked"}},
//!   "routes": null | {"file", "routes", "served", "not_served", "not_in_spec",
//!                     "unserved_now_served"},
//!   "server": null | {"file", "commit", "modules": [{"module", "endpoints_checked",
//!                     "endpoints_without_route", "types_checked", "query_matching",
//!                     "query_spec_only", "query_missing_required", "query_missing_optional",
//!                     "fields_matching", "fields_spec_only", "fields_missing",
//!                     "type_mismatches", "untyped", "recorded", "unrecorded"}],
//!                     "total": {the same counts}, "findings": [{"module", "owner", "kind",
//!                     "subject", "detail", "at", "recorded"}]}
//! }
//! ```

use std::fs;
use std::path::PathBuf;

use zadig_codegen::audit::documented::DOCUMENTED_FILE;
use zadig_codegen::audit::render::{Format, render};
use zadig_codegen::audit::{self, DocPage, DocumentedList, docs_check, routes};
use zadig_codegen::{facts, load_api};

use crate::workspace_root;

/// `cargo xtask audit --help`.
pub const USAGE: &str = "\
usage: cargo xtask audit [--spec DIR] [--docs FILE...] [--routes FILE] [--server FACTS]
                         [--format table|markdown|json] [--fail-under PCT]

Reports how much of the Zadig API the spec (and so the bindings) covers, per module and in
total: endpoints, typed requests, typed responses, endpoints with examples, examples verified
to decode, errata, unserved entries, endpoints lacking detail, and coverage.

options:
  --spec DIR        the spec directory (default: spec/ in the workspace)
  --docs FILE...    doc pages (Markdown or text) to diff against the spec. Of several
                    versions of a page (overview.en-v4.0.md, overview.en-v4.1.md) only the
                    newest is read; the others are listed as ignored. Paths: documented but
                    missing from the spec (with whether the server facts serve it), likely
                    errata (one segment off a spec endpoint), differences the spec explains,
                    routes marked `undocumented: true` that a page now documents, endpoints
                    no longer documented (when every overview page of
                    spec/documented-endpoints.yaml is given) and that file itself. Detail
                    pages: their query, path, body and response tables and JSON examples
                    against the spec, field by field (`cargo xtask docs facts` shows what is
                    read). Every erratum and unserved entry citing a given page (any version)
                    is checked: a quoted path the page no longer has is fixed upstream, an
                    erratum with `about` that finds its difference neither on the page nor
                    on the server no longer applies. Each of these fails the audit, as does
                    every difference no erratum citing the page records.
  --routes FILE     a server route table, JSON [{\"method\", \"path\", \"handler\"}] with :param
                    placeholders: spec endpoints the server does not serve, served routes the
                    spec lacks; an unserved entry the server now serves fails the audit.
  --server FACTS    server facts (spec/server/facts.yaml, written by `cargo xtask server`):
                    compares every spec endpoint the facts serve, and every spec type naming a
                    Go type, field by field: query parameters the handler reads, required
                    flags, bodies, responses, fields, types and enum values. Each difference
                    that no erratum records (an erratum's `about: query <name>`, `field
                    <name>`, `body` or `response`) fails the audit.
  --format FORMAT   table (default), markdown, or json (schema_version 1, see the README)
  --fail-under PCT  fail when coverage is under PCT percent (0 to 100)
  -h, --help        print this help

definitions:
  typed request     no body, or a body type other than `any` (or an array or map of `any`);
                    path and query parameters always have declared types
  typed response    a JSON type other than `any` (or an array or map of `any`), or a text,
                    event_stream, message or empty response
  examples verified JSON examples that fit the type their generated test decodes them into;
                    text examples are not verifiable
  coverage          endpoints with a typed request and a typed response, as a percentage of
                    all endpoints (one decimal)

Paths compare with placeholders erased: :x, *x, <x>, <x y> and {x} all match one another.

exit status: 0 when every check passes; 1 when one fails (the report is printed, then one line
per reason on stderr) or on bad input (an unreadable file, a doc page with no endpoints, a
page given twice, a malformed route table, an invalid spec; nothing is printed on stdout).
";

/// Parsed options.
struct Options {
    spec: PathBuf,
    docs: Vec<String>,
    routes: Option<String>,
    server: Option<String>,
    format: Format,
    fail_under: Option<f64>,
    help: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        spec: workspace_root().join("spec"),
        docs: Vec::new(),
        routes: None,
        server: None,
        format: Format::Table,
        fail_under: None,
        help: false,
    };
    let mut docs_given = false;
    let mut args = args.iter().peekable();
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
            "--spec" => options.spec = PathBuf::from(value("a directory")?),
            "--routes" => options.routes = Some(value("a file")?),
            "--server" => options.server = Some(value("a facts file")?),
            "--format" => {
                let text = value("a format (table, markdown or json)")?;
                options.format = Format::parse(&text).ok_or_else(|| {
                    format!("unknown format `{text}`; use table, markdown or json")
                })?;
            }
            "--fail-under" => {
                let text = value("a percentage")?;
                let threshold = text
                    .trim_end_matches('%')
                    .parse::<f64>()
                    .ok()
                    .filter(|value| (0.0..=100.0).contains(value))
                    .ok_or_else(|| {
                        format!("--fail-under needs a percentage from 0 to 100, not `{text}`")
                    })?;
                options.fail_under = Some(threshold);
            }
            "--docs" => {
                docs_given = true;
                options.docs.extend(inline.clone());
                while let Some(file) = args.next_if(|next| !next.starts_with("--")) {
                    options.docs.push(file.clone());
                }
            }
            other => {
                return Err(format!(
                    "unknown option `{other}`; see `cargo xtask audit --help`"
                ));
            }
        }
    }
    if docs_given && options.docs.is_empty() {
        return Err("--docs needs at least one file".to_owned());
    }
    Ok(options)
}

/// `cargo xtask audit`.
pub fn run(args: &[String]) -> Result<(), String> {
    let options = parse(args).map_err(|message| format!("error: {message}"))?;
    if options.help {
        print!("{USAGE}");
        return Ok(());
    }

    // Read every input first and report every bad one, so nothing half-read is printed.
    let mut problems = Vec::new();
    let mut pages = Vec::new();
    for path in &options.docs {
        match fs::read_to_string(path) {
            Err(err) => problems.push(format!("error: cannot read {path}: {err}")),
            Ok(text) => {
                let page = DocPage::parse(path, &text);
                if page.endpoints.is_empty() {
                    problems.push(format!(
                        "error: {path}: no endpoints found; expected Markdown table rows or links like \
                         `[GET /openapi/...](...)`, or request lines like `GET /openapi/...`"
                    ));
                } else {
                    pages.push(page);
                }
            }
        }
    }
    let mut table = None;
    if let Some(path) = &options.routes {
        match fs::read_to_string(path) {
            Err(err) => problems.push(format!("error: cannot read {path}: {err}")),
            Ok(text) => match routes::parse(&text) {
                Ok(routes) => table = Some((path.as_str(), routes)),
                Err(message) => {
                    problems.extend(message.lines().map(|line| format!("error: {path}: {line}")));
                }
            },
        }
    }
    let mut server_facts = None;
    if let Some(path) = &options.server {
        match facts::load(std::path::Path::new(path)) {
            Ok(facts) => server_facts = Some((path.as_str(), facts)),
            Err(diagnostic) => problems.push(diagnostic.to_string()),
        }
    }
    if let Err(message) = docs_check::newest_versions(&pages) {
        problems.push(format!("error: --docs: {message}"));
    }
    // The overview's endpoint list, checked against the overview pages when they are given.
    let documented_path = options.spec.join(DOCUMENTED_FILE);
    let mut documented = None;
    if !pages.is_empty() && documented_path.is_file() {
        match fs::read_to_string(&documented_path)
            .map_err(|err| err.to_string())
            .and_then(|text| DocumentedList::parse(&text))
        {
            Ok(list) => documented = Some(list),
            Err(message) => {
                problems.push(format!("error: {}: {message}", documented_path.display()))
            }
        }
    }
    let loaded = match load_api(&options.spec) {
        Ok((loaded, _)) => Some(loaded),
        Err(diagnostics) => {
            problems.push(diagnostics.to_string());
            None
        }
    };
    let Some(loaded) = loaded.filter(|_| problems.is_empty()) else {
        return Err(problems.join("\n"));
    };

    let report = audit::audit(
        &loaded,
        &pages,
        documented.as_ref(),
        table
            .as_ref()
            .map(|(file, routes)| (*file, routes.as_slice())),
        server_facts.as_ref().map(|(file, facts)| (*file, facts)),
    );
    print!("{}", render(&report, options.format));
    let failures = report.failures(options.fail_under);
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures
            .iter()
            .map(|reason| format!("audit failed: {reason}"))
            .collect::<Vec<_>>()
            .join("\n"))
    }
}
