//! The spec against the docs' endpoint list and the facts of every Zadig release, through the
//! same functions as `cargo xtask audit` (`zadig_codegen::audit`):
//!
//! - every `METHOD path` in `spec/documented-endpoints.yaml` is a spec endpoint, or the `said` of
//!   an erratum, or an `unserved` entry; the file names the overview pages it was derived from;
//! - every endpoint is served where its `since`, `until` and `paths` say, by the routes of each
//!   release's facts (`spec/server/releases/`), no `unserved` entry is served by a release, and
//!   every route of every release is in the spec;
//! - in every release, the spec as that release serves it agrees with its facts field by field,
//!   or errata (and release differences) record each difference.
//!
//! Paths compare with placeholders erased (`:x`, `<x>`, `{x}` all match).

use std::path::{Path, PathBuf};

use zadig_codegen::LoadedSpec;
use zadig_codegen::audit::server::FindingKind;
use zadig_codegen::audit::{self, DocMatch, SpecIndex};

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

/// The spec, checked for meaning (not yet against the facts: the tests below do that, each
/// reporting its own part).
fn loaded() -> LoadedSpec {
    zadig_codegen::load_validated(&root().join("spec"))
        .unwrap_or_else(|diagnostics| panic!("the spec does not validate:\n{diagnostics}"))
}

fn spec_index() -> SpecIndex {
    SpecIndex::new(&loaded())
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

/// Where each endpoint is served (`cargo xtask audit --server`, "Availability"): its `since`,
/// `until` and `paths` agree with the routes of every release's facts, no `unserved` entry is
/// served by a release, and every spec type's `go:` is a type of some release.
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

/// Where each endpoint is served (`cargo xtask audit --server`, "Availability"): its `since`,
/// `until` and `paths` agree with the routes of every release's facts, no `unserved` entry is
/// served by a release, and every spec type's `go:` is a type of some release.
#[test]
fn every_endpoint_is_served_where_the_spec_says() {
    let report = audit::releases::check(&loaded());
    let problems: Vec<String> = report
        .availability
        .iter()
        .map(|problem| {
            format!(
                "  {}: {}: {}\n    {}",
                problem.file,
                problem.location,
                problem.message,
                problem
                    .help
                    .as_deref()
                    .unwrap_or("")
                    .replace('\n', "\n    ")
            )
        })
        .collect();
    assert!(
        problems.is_empty(),
        "the spec's availability disagrees with the facts of the releases:\n{}",
        problems.join("\n")
    );
}

/// Every route of every release is a spec endpoint (or a form of one).
#[test]
fn every_served_route_is_in_the_spec() {
    let report = audit::releases::check(&loaded());
    let missing: Vec<String> = report
        .not_in_spec
        .iter()
        .map(|route| {
            format!(
                "  {} {} {} ({})",
                route.release, route.method, route.path, route.handler
            )
        })
        .collect();
    assert!(
        missing.is_empty(),
        "served routes the spec lacks (add them, `undocumented: true` if the docs do not list \
         them; `cargo xtask draft --release <release> \"METHOD /path\"` drafts them):\n{}",
        missing.join("\n")
    );
}

/// The field-level audit (`cargo xtask audit --server`): in every release, every query
/// parameter, field, body, response and enum value of the spec as that release serves it
/// agrees with its facts, or an erratum (or a release difference) records the difference.
#[test]
fn the_spec_follows_the_facts_of_every_release() {
    let report = audit::releases::check(&loaded());
    let unrecorded: Vec<String> = report
        .unrecorded()
        .map(|finding| {
            let f = &finding.finding;
            format!(
                "  {}: {} {}: {}: {} [{}]{}",
                f.module,
                f.owner,
                f.subject,
                f.kind.as_str(),
                f.detail,
                finding.releases.join(", "),
                finding
                    .suggestion
                    .as_deref()
                    .map(|s| format!("\n    write: {s}"))
                    .unwrap_or_default()
            )
        })
        .collect();
    assert!(
        unrecorded.is_empty(),
        "{} difference(s) between the spec and the facts of its releases that nothing records \
         (`cargo xtask audit --server` for the report):\n{}",
        unrecorded.len(),
        unrecorded.join("\n")
    );
    for release in &report.releases {
        assert_eq!(
            release.counts.endpoints_without_route, 0,
            "{}: every endpoint the spec says it serves is a route of its facts",
            release.release
        );
    }
}

/// Adding a release, as the README's "A new server release" does it: a release tagged from
/// what `main` serves today (a copy of main's facts, named v9.0.0) makes the audit say, for
/// each endpoint only `main` served, the `since:` to write, and for each field only `main` had,
/// the same; an endpoint whose handler now serves another endpoint's form (the code-host
/// loader, whose by-name form `main` serves) is not taken for a moved route.
#[test]
fn a_new_release_gets_the_since_to_write() {
    let scratch = tempfile::tempdir().expect("a scratch directory");
    let spec = scratch.path().join("spec");
    copy_dir(&root().join("spec"), &spec);
    let main = read("spec/server/releases/main.yaml");
    let tagged = main.replacen("  release: main\n", "  release: v9.0.0\n", 1);
    assert_ne!(
        main, tagged,
        "main.yaml names its release as `release: main`"
    );
    std::fs::write(spec.join("server/releases/v9.0.0.yaml"), tagged).unwrap();

    let loaded = zadig_codegen::load_validated(&spec)
        .unwrap_or_else(|diagnostics| panic!("the spec does not validate:\n{diagnostics}"));
    let report = audit::releases::check(&loaded);
    let mut told: Vec<String> = report
        .availability
        .iter()
        .map(|problem| {
            let help = problem.help.as_deref().unwrap_or("");
            format!("{} {}", problem.location, help.contains("since: v9.0.0"))
        })
        .collect();
    told.sort();
    assert_eq!(
        told,
        [
            "endpoint `get_test_info` true",
            "endpoint `list_chart_templates` true",
            "endpoint `load_services_from_code_host_by_name` true",
            "endpoint `update_job_image` true",
        ],
        "{:#?}",
        report.availability
    );
    let unsuggested: Vec<String> = report
        .findings
        .iter()
        .filter(|finding| !finding.finding.recorded)
        .filter(|finding| finding.finding.kind == FindingKind::MissingField)
        .filter(|finding| {
            !finding
                .suggestion
                .as_deref()
                .is_some_and(|text| text.contains("`since: v9.0.0`"))
        })
        .map(|finding| format!("{} {}", finding.finding.owner, finding.finding.subject))
        .collect();
    assert!(
        unsuggested.is_empty(),
        "fields only main had, without the since to write: {unsuggested:?}"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
