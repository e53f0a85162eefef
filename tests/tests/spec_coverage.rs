//! The spec against the docs' endpoint list and the server's route table, through the same
//! functions as `cargo xtask audit` (`zadig_codegen::audit`):
//!
//! - every `METHOD path` in `spec/documented-endpoints.yaml` is a spec endpoint, or the `said` of
//!   an erratum, or an `unserved` entry; the file names the overview pages it was derived from;
//! - every spec endpoint is a route of the server (`tests/data/zadig-server-routes.json`, a copy
//!   of `../shared/zadig-server/routes.json`), no `unserved` entry is served after all, and every
//!   served route is in the spec;
//! - the spec agrees with the server facts field by field (`spec/server/facts.yaml`), or errata
//!   record each difference.
//!
//! Paths compare with placeholders erased (`:x`, `<x>`, `{x}` all match).

use std::path::{Path, PathBuf};

use zadig_codegen::audit::{self, DocMatch, SpecIndex, routes};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the workspace")
        .to_path_buf()
}

fn read(relative: &str) -> String {
    let path = root().join(relative);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
}

fn spec_index() -> SpecIndex {
    match zadig_codegen::load_api(&root().join("spec")) {
        Ok((loaded, _)) => SpecIndex::new(&loaded),
        Err(diagnostics) => panic!("the spec does not validate:\n{diagnostics}"),
    }
}

#[test]
fn every_documented_endpoint_is_in_the_spec_or_recorded() {
    let documented = audit::parse_documented_endpoints(&read("spec/documented-endpoints.yaml"))
        .unwrap_or_else(|err| panic!("spec/documented-endpoints.yaml: {err}"));
    assert!(
        !documented.is_empty(),
        "spec/documented-endpoints.yaml lists no endpoints"
    );
    let index = spec_index();
    let mut problems = Vec::new();
    for entry in &documented {
        let what = format!(
            "{} {} ({})",
            entry.method,
            entry.path,
            entry.sources.join(", ")
        );
        match index.classify(&entry.method, &entry.path) {
            DocMatch::Endpoint(_) | DocMatch::Explained(_) => {}
            DocMatch::Near(endpoint, near) => problems.push(format!(
                "  {what}: not in the spec and not recorded; segment {} `{}` is one step from `{}` of {} {} \
                 ({}.{}): record an erratum with `said: {} {}` or fix the path",
                near.segment,
                near.left,
                near.right,
                endpoint.method,
                endpoint.path,
                endpoint.module,
                endpoint.id,
                entry.method,
                entry.path
            )),
            DocMatch::Missing => problems.push(format!(
                "  {what}: no spec endpoint, no erratum `said`, no `unserved` entry"
            )),
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} documented endpoints are not accounted for by the spec:\n{}",
        problems.len(),
        documented.len(),
        problems.join("\n")
    );
}

#[test]
fn documented_endpoints_name_the_overview_pages_they_come_from() {
    // The audit derives the list again from these pages (`cargo xtask audit --docs ...`) and
    // fails when it is stale; here, without the pages, the file must at least say which they
    // are, so that the audit can tell.
    let list = audit::DocumentedList::parse(&read("spec/documented-endpoints.yaml"))
        .unwrap_or_else(|err| panic!("spec/documented-endpoints.yaml: {err}"));
    assert!(
        !list.pages.is_empty(),
        "spec/documented-endpoints.yaml names no `pages:`; derive it with `cargo xtask docs endpoints OVERVIEW_PAGE...`"
    );
    let strays: Vec<String> = list
        .endpoints
        .iter()
        .filter(|entry| {
            entry.sources.is_empty()
                || entry
                    .sources
                    .iter()
                    .any(|source| !list.pages.contains(source))
        })
        .map(|entry| {
            format!(
                "  {} {} ({})",
                entry.method,
                entry.path,
                entry.sources.join(", ")
            )
        })
        .collect();
    assert!(
        strays.is_empty(),
        "entries of spec/documented-endpoints.yaml cite no page or a page outside `pages: [{}]`:\n{}",
        list.pages.join(", "),
        strays.join("\n")
    );
}

#[test]
fn every_spec_endpoint_is_served() {
    let file = "tests/data/zadig-server-routes.json";
    let routes = routes::parse(&read(file)).unwrap_or_else(|err| panic!("{file}: {err}"));
    let report = routes::diff(&spec_index(), file, &routes);
    let mut problems: Vec<String> = report
        .not_served
        .iter()
        .map(|item| {
            let endpoint = &item.endpoint;
            let closest = item
                .closest
                .as_ref()
                .map(|route| format!("; closest route: {} {}", route.method, route.path))
                .unwrap_or_default();
            format!(
                "  {} {} ({}.{}): the server has no such route{closest}",
                endpoint.method, endpoint.path, endpoint.module, endpoint.id
            )
        })
        .collect();
    problems.extend(report.unserved_now_served.iter().map(|item| {
        format!(
            "  {} {} (unserved in {}): the server serves it as {} {}",
            item.method, item.path, item.module, item.route.method, item.route.path
        )
    }));
    assert!(
        problems.is_empty(),
        "the spec and the server's routes ({file}) disagree:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_served_route_is_in_the_spec() {
    let file = "tests/data/zadig-server-routes.json";
    let routes = routes::parse(&read(file)).unwrap_or_else(|err| panic!("{file}: {err}"));
    let report = routes::diff(&spec_index(), file, &routes);
    let missing: Vec<String> = report
        .not_in_spec
        .iter()
        .map(|route| format!("  {} {}", route.method, route.path))
        .collect();
    assert!(
        missing.is_empty(),
        "served routes the spec lacks (add them, `undocumented: true` if the docs do not list \
         them; `cargo xtask draft \"METHOD /path\"` drafts them):\n{}",
        missing.join("\n")
    );
}

/// The field-level audit (`cargo xtask audit --server spec/server/facts.yaml`): every query
/// parameter, field, body, response and enum value of the spec agrees with the server facts,
/// or an erratum records the difference.
#[test]
fn the_spec_follows_the_server_facts() {
    let (loaded, _) = zadig_codegen::load_api(&root().join("spec"))
        .unwrap_or_else(|diagnostics| panic!("the spec does not validate:\n{diagnostics}"));
    let facts = loaded
        .facts
        .as_ref()
        .expect("spec/server/facts.yaml is committed");
    let report = audit::server::diff(&loaded, "spec/server/facts.yaml", facts);
    let unrecorded: Vec<String> = report
        .unrecorded()
        .map(|finding| {
            format!(
                "  {}: {} {}: {}: {}",
                finding.module,
                finding.owner,
                finding.subject,
                finding.kind.as_str(),
                finding.detail
            )
        })
        .collect();
    assert!(
        unrecorded.is_empty(),
        "{} difference(s) between the spec and the server facts that no erratum records \
         (`cargo xtask audit --server spec/server/facts.yaml` for the report):\n{}",
        unrecorded.len(),
        unrecorded.join("\n")
    );
    assert_eq!(
        report.total.endpoints_without_route, 0,
        "every spec endpoint is a route in the facts"
    );
}
