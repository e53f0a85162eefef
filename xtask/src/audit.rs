//! `cargo xtask audit`: the API coverage audit, a thin CLI over `zadig_codegen::audit`.
//!
//! It parses the options, reads the spec and doc pages, prints the report and sets the exit
//! status. The definitions (typed request, typed response, coverage, examples
//! verified) are in [`USAGE`], in `codegen/src/audit/mod.rs` and in the README section
//! "Coverage audit", which also documents the JSON report (`"schema_version": 2`):
//!
//! ```text
//! {
//!   "schema_version": 2,
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
//!   "server": null | {"releases": [{"release", "unreleased", "commit", "file", "routes",
//!                     "methods_served", "methods_not_served", "routes_not_in_spec",
//!                     "endpoints_checked", "endpoints_without_route", "types_checked",
//!                     "query_matching", "query_spec_only", "query_missing_required",
//!                     "query_missing_optional", "fields_matching", "fields_spec_only",
//!                     "fields_missing", "type_mismatches", "untyped", "recorded",
//!                     "unrecorded"}],                            // oldest release first
//!                     "endpoints": [{"id", "module", "method", "served": {release: path|null}}],
//!                     "availability": [{"file", "location", "message", "help"}],
//!                     "not_in_spec": [{"release", "method", "path", "handler"}],
//!                     "findings": [{"module", "owner", "kind", "subject", "detail", "at",
//!                                   "recorded", "releases", "suggestion"}],
//!                     "errata_recording_nothing": [{"module", "owner", "about", "source",
//!                                                   "overview"}]}
//! }
//! ```
//!
//! `--releases --format json` prints the matrix alone:
//!
//! ```text
//! {"releases": ["v3.4.0", ..., "main"],
//!  "endpoints": [{"id", "module", "method", "served": {"v3.4.0": "/openapi/..." | null, ...}}]}
//! ```

use std::fs;
use std::path::PathBuf;

use zadig_codegen::audit::documented::DOCUMENTED_FILE;
use zadig_codegen::audit::render::{Format, render};
use zadig_codegen::audit::{self, DocPage, DocumentedList, docs_check};
use zadig_codegen::load_validated;

use crate::workspace_root;

/// `cargo xtask audit --help`.
pub const USAGE: &str = "\
usage: cargo xtask audit [--spec DIR] [--docs FILE...] [--server]
                         [--format table|markdown|json] [--fail-under PCT]
       cargo xtask audit [--spec DIR] --releases [--format table|markdown|json]

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
  --server          compare the spec with the facts of every release in spec/server/releases/
                    (written by `cargo xtask server`): where each endpoint is served (its
                    `since`, `until` and `paths` against each release's routes, with the YAML
                    to write when they disagree), routes a release serves that the spec lacks,
                    `unserved` entries a release serves, and, release by release, the spec as
                    that release serves it field by field: query parameters the handler reads,
                    required flags, bodies, responses, fields, types and enum values, the
                    checks handlers make in code (required, required when, allowed values,
                    bodies decoded for one value of a parameter) and fields of request types
                    the server does not read. Each difference that no erratum records (an
                    erratum's `about: query <name>`, `field <name>`, `body` or `response`)
                    fails the audit, as does an erratum with `about` that cites an overview
                    page (spec/documented-endpoints.yaml `pages`) and whose part no release
                    differs in.
  --releases        print only the release matrix: for each endpoint, the path each release
                    serves it at (JSON: {\"releases\": [...], \"endpoints\": [{\"id\", \"method\",
                    \"served\": {\"v3.4.0\": \"/openapi/...\" or null, ...}}]})
  --format FORMAT   table (default), markdown, or json (schema_version 2, see the README)
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
page given twice, an invalid spec; nothing is printed on stdout). Where the spec is wrong about
a release (a moved or removed route, a renamed Go type), the report is still printed whole, and
the audit fails with one line per problem.
";

/// Parsed options.
struct Options {
    spec: PathBuf,
    docs: Vec<String>,
    server: bool,
    releases: bool,
    format: Format,
    fail_under: Option<f64>,
    help: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        spec: workspace_root().join("spec"),
        docs: Vec::new(),
        server: false,
        releases: false,
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
            "--server" if inline.is_none() => options.server = true,
            "--releases" if inline.is_none() => options.releases = true,
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
    if options.releases && (docs_given || options.server || options.fail_under.is_some()) {
        return Err(
            "--releases prints the release matrix alone; it takes only --spec and --format"
                .to_owned(),
        );
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
    if let Err(message) = docs_check::newest_versions(&pages) {
        problems.push(format!("error: --docs: {message}"));
    }
    // The overview's endpoint list, checked against the overview pages when they are given;
    // its `pages` also tell the server audit which errata cite an overview page.
    let documented_path = options.spec.join(DOCUMENTED_FILE);
    let mut documented = None;
    if (!pages.is_empty() || options.server) && documented_path.is_file() {
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
    let loaded = match load_validated(&options.spec) {
        Ok(loaded) => Some(loaded),
        Err(diagnostics) => {
            problems.push(diagnostics.to_string());
            None
        }
    };
    let Some(loaded) = loaded.filter(|_| problems.is_empty()) else {
        return Err(problems.join("\n"));
    };

    if (options.server || options.releases) && loaded.releases.is_empty() {
        return Err(format!(
            "error: {} has no facts in server/releases/: run `cargo xtask server --src <zadig checkout>`",
            options.spec.display()
        ));
    }
    if options.releases {
        let report = audit::releases::check(&loaded);
        print!("{}", audit::matrix(&report, options.format));
        return Ok(());
    }
    let report = audit::audit(&loaded, &pages, documented.as_ref(), options.server);
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
