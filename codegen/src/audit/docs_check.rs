//! The docs facts ([`super::docs_facts`]) against the spec, field by field, and what a new
//! version of the pages brings beyond paths.
//!
//! For every section of a detail page whose request line is a spec endpoint (directly, through
//! an erratum that quotes it, or one segment off), the audit compares:
//!
//! - query parameters: each documented one must be in the spec with the same requiredness and a
//!   fitting type; a spec parameter the page does not document is a difference only where the
//!   endpoint's shape comes from the docs alone (`source: docs`): a server-backed endpoint follows
//!   the server, which may read more than the page lists;
//! - path parameters: types;
//! - the body and response tables against the body and response types, field by field, following
//!   a row's type (`[]Service`) to the structure table it names and the spec field's type to
//!   its spec type; the same rule for spec-only fields (only types with `source: docs`);
//! - every JSON example, verified against the type its kind names, as the spec's own examples are.
//!
//! Each difference is a [`DocsFinding`], *recorded* when the endpoint or type has an erratum
//! whose `about` names the part and whose `source` is a version of the page (same family). An
//! unrecorded finding fails the audit. The other way round, an erratum with `about` whose page
//! was given and documents its endpoint or type must still find its difference, on the page or
//! (with `--server`) on the server; one that finds neither no longer applies and fails the audit.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::docs::{DocPage, page_family};
use super::docs_facts::{
    DocExample, DocExampleKind, DocParam, DocTable, EndpointFacts, element_name,
};
use super::documented::{self, DocumentedList};
use super::{
    DocMatch, DocsReport, ExampleCheck, IgnoredPage, IndexedEndpoint, NewlyDocumented, RecordKind,
    SpecIndex, check_page_example, diff_docs,
};
use crate::errata::About;
use crate::examples::TypeIndex;
use crate::facts::{RouteFact, ServerFacts};
use crate::load::LoadedSpec;
use crate::spec::{Endpoint, Erratum, Example, ExampleKind, Response, Source, TypeDef, TypeShape};
use crate::typeexpr::TypeExpr;

/// What kind of difference a [`DocsFinding`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocsFindingKind {
    /// A query parameter the page documents and the spec lacks.
    DocsOnlyQuery,
    /// A query parameter of a docs-only endpoint that the page no longer documents.
    SpecOnlyQuery,
    /// The page and the spec disagree on whether a query parameter is required.
    QueryRequired,
    /// The page's type of a query parameter does not fit the spec's.
    QueryType,
    /// The page's type of a path parameter does not fit the spec's.
    PathType,
    /// The page documents a body the spec does not send, or a body type that does not fit.
    Body,
    /// The page documents a response the spec does not expect.
    Response,
    /// The page gives a type (or the fields of a body or response) where the spec says `any`.
    Untyped,
    /// A field the page documents and the spec type lacks.
    DocsOnlyField,
    /// A field of a docs-only type that the page no longer documents.
    SpecOnlyField,
    /// The page and the spec disagree on whether a field is required.
    FieldRequired,
    /// The page's type of a field does not fit the spec's.
    FieldType,
    /// A JSON example of the page does not fit the spec's type.
    Example,
    /// A JSON example spells a field by one of its `aliases`, not by the server's name.
    ExampleSpelling,
}

impl DocsFindingKind {
    /// Short words for tables.
    pub fn as_str(self) -> &'static str {
        match self {
            DocsFindingKind::DocsOnlyQuery => "query the spec lacks",
            DocsFindingKind::SpecOnlyQuery => "query the page no longer documents",
            DocsFindingKind::QueryRequired => "required flag differs",
            DocsFindingKind::QueryType => "query type differs",
            DocsFindingKind::PathType => "path parameter type differs",
            DocsFindingKind::Body => "body differs",
            DocsFindingKind::Response => "response differs",
            DocsFindingKind::Untyped => "untyped where the page gives a type",
            DocsFindingKind::DocsOnlyField => "field the spec lacks",
            DocsFindingKind::SpecOnlyField => "field the page no longer documents",
            DocsFindingKind::FieldRequired => "required flag differs",
            DocsFindingKind::FieldType => "field type differs",
            DocsFindingKind::Example => "example does not fit",
            DocsFindingKind::ExampleSpelling => "example spells the field otherwise",
        }
    }
}

/// One difference between a page and the spec.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct DocsFinding {
    /// Module (spec file stem) of the endpoint or type.
    pub module: String,
    /// `endpoint <id>` or `type <Name>`.
    pub owner: String,
    /// What differs.
    pub kind: DocsFindingKind,
    /// The part, spelt as an erratum's `about`: `query projectKey`, `field env_key`, `body`.
    pub subject: String,
    /// How it differs, in words.
    pub detail: String,
    /// The page's family (`environment.en`): only an erratum citing a version of it records the
    /// finding.
    #[serde(skip)]
    pub family: String,
    /// Every `file:line` that says it.
    pub at: Vec<String>,
    /// The table rows that say it (cells), for errata that quote a row.
    #[serde(skip)]
    pub rows: Vec<Vec<String>>,
    /// Some place says it without a table row (an example, a request line, a missing row).
    #[serde(skip)]
    pub rowless: bool,
    /// An erratum with a matching `about` and a source of the same page family records it.
    pub recorded: bool,
}

/// The facts of one page, counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageFactsSummary {
    /// The page's file name.
    pub file: String,
    /// Sections (request lines) on the page.
    pub endpoints: usize,
    /// Parameter and field facts (table rows and request-line query names).
    pub facts: usize,
    /// JSON examples.
    pub examples: usize,
    /// Lines the reader could not read.
    pub unread: usize,
}

/// A line the reader could not read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct UnreadLine {
    /// The page's file name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What and why.
    pub what: String,
}

/// An erratum with `about` whose page was given but whose difference is found neither on the
/// page nor on the server (or, in [`FactsReport::errata_not_checked`], could not be looked for).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct StaleErratum {
    /// Module whose file holds it.
    pub module: String,
    /// `endpoint <id>` or `type <Name>`.
    pub owner: String,
    /// Its `about`.
    pub about: String,
    /// Its `source`.
    pub source: String,
    /// The page it was checked against.
    pub checked_against: String,
    /// Why it was not checked (only in [`FactsReport::errata_not_checked`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
}

/// The docs facts against the spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FactsReport {
    /// Per page read, in the order given.
    pub pages: Vec<PageFactsSummary>,
    /// Sections compared with a spec endpoint.
    pub endpoints_compared: usize,
    /// Sections whose request line is no spec endpoint (see `missing` and `explained`).
    pub endpoints_not_in_spec: usize,
    /// Documented parameters and fields found in the spec.
    pub facts_matched: usize,
    /// Spec parameters and fields of server-backed endpoints and types that the page does not
    /// list (the spec follows the server there; not a difference).
    pub spec_only_server_backed: usize,
    /// JSON examples that fit their spec type.
    pub examples_verified: usize,
    /// JSON examples that do not fit (each is a finding).
    pub examples_failed: usize,
    /// JSON examples with nothing to verify against (a part of a body, a text response).
    pub examples_not_verifiable: usize,
    /// Every difference, recorded or not, sorted.
    pub findings: Vec<DocsFinding>,
    /// Lines the reader could not read.
    pub unread: Vec<UnreadLine>,
    /// Errata with `about` that no longer find their difference.
    pub errata_no_longer_apply: Vec<StaleErratum>,
    /// Errata with `about` whose page was given but that could not be checked: the page does
    /// not document their endpoint or type in a table, or (without `--server`) the page agrees
    /// with the spec and only the server could show the difference.
    pub errata_not_checked: Vec<StaleErratum>,
}

impl FactsReport {
    /// The findings no erratum records.
    pub fn unrecorded(&self) -> impl Iterator<Item = &DocsFinding> {
        self.findings.iter().filter(|finding| !finding.recorded)
    }

    /// Parameter and field facts read, over all pages.
    pub fn facts(&self) -> usize {
        self.pages.iter().map(|page| page.facts).sum()
    }
}

/// Records (errata and `unserved` entries) that cite an older version of a page than the
/// one read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct OlderVersion {
    /// The page file they cite.
    pub source: String,
    /// The version read instead (its file name).
    pub checked_against: String,
    /// That version as given (the path for `cargo xtask docs retarget`).
    pub page: String,
    /// How many records cite it.
    pub records: usize,
}

/// Counts, per cited page, the records that cite an older version of a page that was read.
fn older_versions(spec: &LoadedSpec, pages: &[&DocPage]) -> Vec<OlderVersion> {
    let mut counts: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    let sources = spec.files.iter().flat_map(|file| {
        let module = &file.module;
        module
            .endpoints
            .iter()
            .flat_map(|endpoint| &endpoint.errata)
            .chain(module.types.values().flat_map(|def| &def.errata))
            .map(|erratum| erratum.source.as_str())
            .chain(module.unserved.iter().map(|entry| entry.source.as_str()))
    });
    for source in sources {
        let family = page_family(source);
        if let Some(page) = pages.iter().find(|page| page.family() == family)
            && page.name != source
            && page_version(source) < page_version(&page.name)
        {
            *counts
                .entry((source.to_owned(), page.name.clone(), page.path.clone()))
                .or_default() += 1;
        }
    }
    counts
        .into_iter()
        .map(|((source, checked_against, page), records)| OlderVersion {
            source,
            checked_against,
            page,
            records,
        })
        .collect()
}

/// The route of `facts` that serves `method` `path` (any placeholder style), if any: the one
/// place the docs audit asks whether the server serves something.
pub fn served_route<'f>(facts: &'f ServerFacts, method: &str, path: &str) -> Option<&'f RouteFact> {
    let key = super::paths::normalise(path);
    facts
        .routes
        .iter()
        .find(|route| route.method == method && super::paths::normalise(&route.path) == key)
}

/// The pages to read: the newest version of each page given, and the older ones ignored.
#[derive(Debug, Clone)]
pub struct Versions<'a> {
    /// The newest version of each family, in the order given.
    pub used: Vec<&'a DocPage>,
    /// The others, each with the version read instead.
    pub ignored: Vec<IgnoredPage>,
}

/// Of several versions of one page (same family), the newest, and the others as ignored. A
/// page without a version (`workflow.en.txt`) is older than any versioned one. Two pages with
/// the same file name are an error.
pub fn newest_versions(pages: &[DocPage]) -> Result<Versions<'_>, String> {
    let mut names = BTreeSet::new();
    for page in pages {
        if !names.insert(page.name.as_str()) {
            return Err(format!("{} is given twice", page.name));
        }
    }
    let mut newest: BTreeMap<&str, &DocPage> = BTreeMap::new();
    for page in pages {
        let family = page.family();
        match newest.get(family) {
            Some(current) if page_version(&current.name) >= page_version(&page.name) => {}
            _ => {
                newest.insert(family, page);
            }
        }
    }
    let used = pages
        .iter()
        .filter(|page| std::ptr::eq(newest[page.family()], *page))
        .collect();
    let ignored = pages
        .iter()
        .filter(|page| !std::ptr::eq(newest[page.family()], *page))
        .map(|page| IgnoredPage {
            file: page.name.clone(),
            superseded_by: newest[page.family()].name.clone(),
        })
        .collect();
    Ok(Versions { used, ignored })
}

/// The version numbers of a doc file name: `overview.en-v4.1.md` → `[4, 1]`; none → `[]`.
pub fn page_version(name: &str) -> Vec<u32> {
    let family = page_family(name);
    name[family.len()..]
        .strip_prefix("-v")
        .map(|rest| {
            rest.split('.')
                .map_while(|part| part.parse::<u32>().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// The docs section of the audit: the newest version of each page given against the spec,
/// paths ([`diff_docs`]) and facts ([`compare`]); `documented-endpoints.yaml` against the
/// overview pages; whether each documented endpoint the spec lacks is served (`facts`).
pub fn docs_report(
    spec: &LoadedSpec,
    index: &SpecIndex,
    pages: &[DocPage],
    documented: Option<&DocumentedList>,
    server: Option<&BTreeSet<(String, String)>>,
) -> DocsReport {
    // The caller has refused a page given twice; should one slip through, read every page.
    let Versions { used, ignored } = newest_versions(pages).unwrap_or_else(|_| Versions {
        used: pages.iter().collect(),
        ignored: Vec::new(),
    });
    let mut report = diff_docs(index, &used);
    report.ignored = ignored;
    if !spec.releases.is_empty() {
        for item in &mut report.missing {
            item.served = Some(spec.releases.iter().any(|release| {
                served_route(&release.facts, &item.doc.method, &item.doc.path).is_some()
            }));
        }
    }

    // What the pages now say about the endpoints the spec marks undocumented, or no longer say
    // about the others.
    let undocumented_ids: BTreeSet<&str> =
        report.undocumented.iter().map(|e| e.id.as_str()).collect();
    let marked: BTreeSet<&str> = spec
        .files
        .iter()
        .flat_map(|file| &file.module.endpoints)
        .filter(|endpoint| endpoint.undocumented)
        .map(|endpoint| endpoint.id.as_str())
        .collect();
    for endpoint in index
        .endpoints
        .iter()
        .filter(|e| marked.contains(e.id.as_str()) && !undocumented_ids.contains(e.id.as_str()))
    {
        report.newly_documented.push(NewlyDocumented {
            spec: endpoint.to_ref(),
            sources: documenting_sources(&used, endpoint),
        });
    }
    if let Some(file) = documented {
        let check = documented::check(file, &used);
        let complete = check
            .as_ref()
            .is_some_and(|check| !check.derived_from.is_empty());
        if complete {
            report.no_longer_documented = Some(
                report
                    .undocumented
                    .iter()
                    .filter(|spec| !marked.contains(spec.id.as_str()))
                    .cloned()
                    .collect(),
            );
        }
        report.documented_endpoints = check;
    }
    report.records_on_older_versions = older_versions(spec, &used);
    report.facts = compare(spec, index, &used, server);
    report
}

/// Where the pages mention `endpoint`'s method and path.
fn documenting_sources(pages: &[&DocPage], endpoint: &IndexedEndpoint) -> Vec<super::DocSource> {
    pages
        .iter()
        .flat_map(|page| {
            page.endpoints
                .iter()
                .filter(|mention| {
                    mention.method == endpoint.method
                        && super::paths::normalise(&mention.path) == endpoint.key
                })
                .map(|mention| super::DocSource {
                    file: page.name.clone(),
                    line: mention.line,
                    path: mention.path.clone(),
                })
        })
        .collect()
}

/// Compares the facts of `pages` (the versions in use) with the spec.
pub fn compare(
    spec: &LoadedSpec,
    index: &SpecIndex,
    pages: &[&DocPage],
    server: Option<&BTreeSet<(String, String)>>,
) -> FactsReport {
    let types: TypeIndex<'_> = spec
        .files
        .iter()
        .flat_map(|file| file.module.types.iter())
        .map(|(name, def)| (name.as_str(), def))
        .collect();
    let type_modules: BTreeMap<&str, &str> = spec
        .files
        .iter()
        .flat_map(|file| {
            file.module
                .types
                .keys()
                .map(|name| (name.as_str(), file.module.module.as_str()))
        })
        .collect();
    let endpoints: BTreeMap<&str, (&str, &Endpoint)> = spec
        .files
        .iter()
        .flat_map(|file| {
            file.module.endpoints.iter().map(|endpoint| {
                (
                    endpoint.id.as_str(),
                    (file.module.module.as_str(), endpoint),
                )
            })
        })
        .collect();
    let mut check = Check {
        types: &types,
        type_modules: &type_modules,
        findings: BTreeMap::new(),
        covered: BTreeSet::new(),
        report: FactsReport {
            pages: Vec::new(),
            endpoints_compared: 0,
            endpoints_not_in_spec: 0,
            facts_matched: 0,
            spec_only_server_backed: 0,
            examples_verified: 0,
            examples_failed: 0,
            examples_not_verifiable: 0,
            findings: Vec::new(),
            unread: Vec::new(),
            errata_no_longer_apply: Vec::new(),
            errata_not_checked: Vec::new(),
        },
        file: String::new(),
        family: String::new(),
    };
    for page in pages {
        let facts = &page.facts;
        check.file = page.name.clone();
        check.family = page.family().to_owned();
        check.report.pages.push(PageFactsSummary {
            file: page.name.clone(),
            endpoints: facts.endpoints.len(),
            facts: facts.endpoints.iter().map(EndpointFacts::fact_count).sum(),
            examples: facts.endpoints.iter().map(|e| e.examples.len()).sum(),
            unread: facts.unread.len(),
        });
        check
            .report
            .unread
            .extend(facts.unread.iter().map(|item| UnreadLine {
                file: page.name.clone(),
                line: item.line,
                what: item.what.clone(),
            }));
        for section in &facts.endpoints {
            let id = match index.classify(&section.method, &section.path) {
                DocMatch::Endpoint(endpoint) | DocMatch::Near(endpoint, _) => Some(&endpoint.id),
                DocMatch::Explained(record) => match (record.kind, &record.owner) {
                    (RecordKind::EndpointErratum, Some(owner)) => Some(owner),
                    _ => None,
                },
                DocMatch::Missing => None,
            };
            match id.and_then(|id| endpoints.get(id.as_str())) {
                Some((module, endpoint)) => {
                    check.report.endpoints_compared += 1;
                    check.endpoint(module, endpoint, section);
                }
                None => check.report.endpoints_not_in_spec += 1,
            }
        }
    }

    // Which findings errata record, and which errata find nothing to record.
    let errata = errata_with_about(spec);
    let pages_by_family: BTreeMap<&str, &str> = pages
        .iter()
        .map(|page| (page.family(), page.name.as_str()))
        .collect();
    let mut findings: Vec<DocsFinding> = check.findings.into_values().collect();
    for finding in &mut findings {
        finding.recorded = errata.iter().any(|erratum| erratum.records(finding));
    }
    for erratum in &errata {
        let family = page_family(&erratum.source);
        let Some(page) = pages_by_family.get(family) else {
            continue;
        };
        let on_page = findings.iter().any(|finding| erratum.records(finding));
        if on_page {
            continue;
        }
        let covered = check
            .covered
            .contains(&(family.to_owned(), erratum.owner.clone(), None))
            || check.covered.contains(&(
                family.to_owned(),
                erratum.owner.clone(),
                Some(erratum.about.clone()),
            ));
        let on_server =
            server.map(|parts| parts.contains(&(erratum.owner.clone(), erratum.about.clone())));
        let record = |reason| StaleErratum {
            module: erratum.module.clone(),
            owner: erratum.owner.clone(),
            about: erratum.about.clone(),
            source: erratum.source.clone(),
            checked_against: (*page).to_owned(),
            reason,
        };
        match (covered, on_server) {
            (true, Some(false)) => check.report.errata_no_longer_apply.push(record(None)),
            (_, Some(true)) => {}
            (false, _) => check.report.errata_not_checked.push(record(Some(
                "the page documents its endpoint or type in no section or table",
            ))),
            (true, None) => check.report.errata_not_checked.push(record(Some(
                "the page agrees with the spec; only the server facts (--server) can show the difference",
            ))),
        }
    }
    findings.sort();
    check.report.findings = findings;
    check.report.unread.sort();
    check.report.errata_no_longer_apply.sort();
    check.report.errata_not_checked.sort();
    check.report
}

/// An erratum with `about`, with where it sits.
struct AboutErratum {
    module: String,
    owner: String,
    about: String,
    source: String,
    /// The cells of the row its `said` quotes (`` `shopKey` | Shop key | string | No ``);
    /// `None` when `said` is not a table row.
    row: Option<Vec<String>>,
}

impl AboutErratum {
    /// Whether it records `finding`: same owner and part, a version of the same page, and,
    /// when it quotes a table row, every row that shows the finding starts with the quoted
    /// cells, so a row that changes again is a new difference, not the recorded one.
    fn records(&self, finding: &DocsFinding) -> bool {
        if self.owner != finding.owner
            || self.about != finding.subject
            || page_family(&self.source) != finding.family
        {
            return false;
        }
        match &self.row {
            None => true,
            Some(quoted) => {
                !finding.rowless
                    && !finding.rows.is_empty()
                    && finding.rows.iter().all(|row| row.starts_with(quoted))
            }
        }
    }
}

/// The cells of a quoted table row: `` `a` | b | c `` or `a | b | c |` give `a`, `b`, `c`.
fn quoted_row(said: &str) -> Option<Vec<String>> {
    if !said.contains('|') {
        return None;
    }
    let said = said.trim();
    let said = said.strip_prefix('|').unwrap_or(said);
    let said = said.strip_suffix('|').unwrap_or(said);
    Some(
        said.split('|')
            .map(|cell| cell.trim().trim_matches(['`', '*']).trim().to_owned())
            .collect(),
    )
}

fn errata_with_about(spec: &LoadedSpec) -> Vec<AboutErratum> {
    let mut found = Vec::new();
    let mut add = |module: &str, owner: String, errata: &[Erratum], on_type: bool| {
        for erratum in errata {
            let Some(about) = erratum
                .about
                .as_deref()
                .and_then(|about| About::parse(about, on_type).ok())
            else {
                continue;
            };
            found.push(AboutErratum {
                module: module.to_owned(),
                owner: owner.clone(),
                about: about_text(&about),
                source: erratum.source.clone(),
                row: quoted_row(&erratum.said),
            });
        }
    };
    for file in &spec.files {
        let module = &file.module;
        for endpoint in &module.endpoints {
            add(
                &module.module,
                format!("endpoint {}", endpoint.id),
                &endpoint.errata,
                false,
            );
        }
        for (name, def) in &module.types {
            add(&module.module, format!("type {name}"), &def.errata, true);
        }
    }
    found
}

/// An `about` as findings spell their subject.
fn about_text(about: &About) -> String {
    match about {
        About::Query(name) => format!("query {name}"),
        About::Field(name) => format!("field {name}"),
        About::Value(value) => format!("value {value}"),
        About::Body => "body".to_owned(),
        About::Response => "response".to_owned(),
    }
}

struct Check<'a> {
    types: &'a TypeIndex<'a>,
    type_modules: &'a BTreeMap<&'a str, &'a str>,
    /// Findings by (owner, kind, subject, detail), so that a type compared from two sections
    /// is one finding with two places.
    findings: BTreeMap<(String, DocsFindingKind, String, String, String), DocsFinding>,
    /// What the pages document, by (page family, owner, part): an endpoint's section or a
    /// type's table covers the whole owner (`None`); an example covers the fields it shows.
    covered: BTreeSet<(String, String, Option<String>)>,
    report: FactsReport,
    /// The page being compared.
    file: String,
    family: String,
}

impl<'a> Check<'a> {
    fn find(
        &mut self,
        module: &str,
        owner: &str,
        kind: DocsFindingKind,
        subject: String,
        detail: String,
        line: usize,
    ) {
        self.find_row(module, owner, kind, subject, detail, line, &[]);
    }

    /// [`Check::find`] for a difference a table row shows; `cells` empty when none does.
    #[allow(clippy::too_many_arguments)]
    fn find_row(
        &mut self,
        module: &str,
        owner: &str,
        kind: DocsFindingKind,
        subject: String,
        detail: String,
        line: usize,
        cells: &[String],
    ) {
        let at = format!("{}:{line}", self.file);
        let key = (
            owner.to_owned(),
            kind,
            subject.clone(),
            detail.clone(),
            self.family.clone(),
        );
        let finding = self.findings.entry(key).or_insert_with(|| DocsFinding {
            module: module.to_owned(),
            owner: owner.to_owned(),
            kind,
            subject,
            detail,
            family: self.family.clone(),
            at: Vec::new(),
            rows: Vec::new(),
            rowless: false,
            recorded: false,
        });
        if !finding.at.contains(&at) {
            finding.at.push(at);
        }
        if cells.is_empty() {
            finding.rowless = true;
        } else if !finding.rows.iter().any(|row| row == cells) {
            finding.rows.push(cells.to_vec());
        }
    }

    fn endpoint(&mut self, module: &str, endpoint: &Endpoint, section: &EndpointFacts) {
        let owner = format!("endpoint {}", endpoint.id);
        self.covered
            .insert((self.family.clone(), owner.clone(), None));
        self.query(module, &owner, endpoint, section);
        self.path_params(module, &owner, endpoint, section);
        self.body(module, &owner, endpoint, section);
        self.response(module, &owner, endpoint, section);
        for example in &section.examples {
            self.example(module, &owner, endpoint, example);
        }
    }

    fn query(&mut self, module: &str, owner: &str, endpoint: &Endpoint, section: &EndpointFacts) {
        for doc in &section.query {
            let subject = format!("query {}", doc.name);
            let Some(param) = endpoint.query.iter().find(|param| param.name == doc.name) else {
                self.find_row(
                    module,
                    owner,
                    DocsFindingKind::DocsOnlyQuery,
                    subject,
                    format!(
                        "the page documents `{}`{}; the spec lacks it",
                        doc.name,
                        described(doc)
                    ),
                    doc.line,
                    &doc.cells,
                );
                continue;
            };
            let spec = SpecSide {
                module,
                owner,
                subject,
                required: param.required,
                ty: &param.ty,
                required_kind: DocsFindingKind::QueryRequired,
                type_kind: DocsFindingKind::QueryType,
            };
            self.row(doc, &spec);
        }
        for param in &endpoint.query {
            if section.query.iter().any(|doc| doc.name == param.name) {
                continue;
            }
            if endpoint.source == Source::Docs {
                self.find(
                    module,
                    owner,
                    DocsFindingKind::SpecOnlyQuery,
                    format!("query {}", param.name),
                    format!(
                        "the spec's only source is the docs, and the page no longer documents `{}`",
                        param.name
                    ),
                    section.line,
                );
            } else {
                self.report.spec_only_server_backed += 1;
            }
        }
    }

    fn path_params(
        &mut self,
        module: &str,
        owner: &str,
        endpoint: &Endpoint,
        section: &EndpointFacts,
    ) {
        // The page's placeholders, in path order, stand for the spec's in the same position.
        let doc_names: Vec<&str> = section
            .path
            .split('/')
            .filter_map(super::paths::placeholder_name)
            .collect();
        let spec_names = crate::path::parse_placeholders(&endpoint.path).unwrap_or_default();
        for doc in &section.path_params {
            let position = doc_names.iter().position(|name| *name == doc.name);
            let param = endpoint
                .path_params
                .iter()
                .find(|param| param.name == doc.name)
                .or_else(|| {
                    let name = spec_names.get(position?)?;
                    endpoint
                        .path_params
                        .iter()
                        .find(|param| &param.name == name)
                });
            let Some(param) = param else {
                continue;
            };
            match self.type_problem(doc, &param.ty, DocsFindingKind::PathType) {
                Some((kind, problem)) => self.find_row(
                    module,
                    owner,
                    kind,
                    format!("path {}", param.name),
                    problem,
                    doc.line,
                    &doc.cells,
                ),
                None => self.report.facts_matched += 1,
            }
        }
    }

    fn body(&mut self, module: &str, owner: &str, endpoint: &Endpoint, section: &EndpointFacts) {
        let Some(table) = &section.body else {
            return;
        };
        let Some(body) = &endpoint.body else {
            self.find(
                module,
                owner,
                DocsFindingKind::Body,
                "body".to_owned(),
                format!(
                    "the page documents a body ({}); the spec sends none",
                    table_words(table)
                ),
                table.line,
            );
            return;
        };
        let Ok(ty) = TypeExpr::parse(&body.ty) else {
            return;
        };
        self.whole(
            module,
            owner,
            "body",
            DocsFindingKind::Body,
            table,
            &ty,
            section,
        );
    }

    fn response(
        &mut self,
        module: &str,
        owner: &str,
        endpoint: &Endpoint,
        section: &EndpointFacts,
    ) {
        let Some(table) = &section.response else {
            return;
        };
        let Response::Json(text) = &endpoint.response else {
            self.find(
                module,
                owner,
                DocsFindingKind::Response,
                "response".to_owned(),
                format!(
                    "the page documents a JSON response ({}); the spec expects {}",
                    table_words(table),
                    match &endpoint.response {
                        Response::Text => "text",
                        Response::EventStream => "an event stream",
                        Response::Message => "the acknowledgement",
                        _ => "nothing",
                    }
                ),
                table.line,
            );
            return;
        };
        let Ok(ty) = TypeExpr::parse(text) else {
            return;
        };
        self.whole(
            module,
            owner,
            "response",
            DocsFindingKind::Response,
            table,
            &ty,
            section,
        );
    }

    /// A body or response table against the spec's body or response type.
    #[allow(clippy::too_many_arguments)]
    fn whole(
        &mut self,
        module: &str,
        owner: &str,
        subject: &str,
        kind: DocsFindingKind,
        table: &DocTable,
        ty: &TypeExpr,
        section: &EndpointFacts,
    ) {
        if !ty.is_typed() {
            self.find(
                module,
                owner,
                DocsFindingKind::Untyped,
                subject.to_owned(),
                format!(
                    "the page documents {}; the spec's {subject} is `{ty}`",
                    table_words(table)
                ),
                table.line,
            );
            return;
        }
        if let Some(doc_ty) = &table.ty {
            let doc = DocParam {
                name: subject.to_owned(),
                ty: Some(doc_ty.clone()),
                required: None,
                line: table.line,
                cells: Vec::new(),
            };
            if let Some((kind, problem)) = self.type_problem(&doc, &ty.to_string(), kind) {
                self.find(module, owner, kind, subject.to_owned(), problem, table.line);
                return;
            }
            if let Some(structure) = section.structure(doc_ty) {
                self.structure(structure, ty, section, &mut BTreeSet::new());
            }
            return;
        }
        self.structure(table, ty, section, &mut BTreeSet::new());
    }

    /// A table of fields against the struct `ty` names (through arrays and maps). When no row
    /// names a field of the struct and one of its fields is a list of structs, the table is
    /// read as describing the items of that list (the release plan list's table describes a
    /// plan, not the page).
    fn structure(
        &mut self,
        table: &DocTable,
        ty: &TypeExpr,
        section: &EndpointFacts,
        visited: &mut BTreeSet<(usize, String)>,
    ) {
        let Some((name, def)) = self.struct_of(ty) else {
            return;
        };
        let TypeShape::Struct(spec_struct) = &def.shape else {
            return;
        };
        if !visited.insert((table.line, name.clone())) {
            return;
        }
        let names_field = |row: &DocParam| {
            spec_struct
                .fields
                .iter()
                .any(|field| field.name == row.name || field.aliases.contains(&row.name))
        };
        if !table.rows.iter().any(names_field) {
            let lists: Vec<TypeExpr> = spec_struct
                .fields
                .iter()
                .filter_map(|field| match TypeExpr::parse(&field.ty) {
                    Ok(TypeExpr::Array(inner)) if matches!(*inner, TypeExpr::Named(_)) => {
                        Some(*inner)
                    }
                    _ => None,
                })
                .collect();
            if let [item] = lists.as_slice() {
                self.structure(table, item, section, visited);
                return;
            }
        }
        let module = self
            .type_modules
            .get(name.as_str())
            .copied()
            .unwrap_or_default();
        let owner = format!("type {name}");
        self.covered
            .insert((self.family.clone(), owner.clone(), None));
        for row in &table.rows {
            let subject = format!("field {}", row.name);
            let Some(field) = spec_struct
                .fields
                .iter()
                .find(|field| field.name == row.name || field.aliases.contains(&row.name))
            else {
                self.find_row(
                    module,
                    &owner,
                    DocsFindingKind::DocsOnlyField,
                    subject,
                    format!(
                        "the page documents `{}`{}; the spec lacks it",
                        row.name,
                        described(row)
                    ),
                    row.line,
                    &row.cells,
                );
                continue;
            };
            let spec = SpecSide {
                module,
                owner: &owner,
                subject,
                required: field.required,
                ty: &field.ty,
                required_kind: DocsFindingKind::FieldRequired,
                type_kind: DocsFindingKind::FieldType,
            };
            if self.row(row, &spec)
                && let (Some(doc_ty), Ok(field_ty)) = (&row.ty, TypeExpr::parse(&field.ty))
                && let Some(nested) = section.structure(doc_ty)
            {
                self.structure(nested, &field_ty, section, visited);
            }
        }
        for field in &spec_struct.fields {
            let listed = table
                .rows
                .iter()
                .any(|row| row.name == field.name || field.aliases.contains(&row.name));
            if listed {
                continue;
            }
            if def.source == Source::Docs {
                self.find(
                    module,
                    &owner,
                    DocsFindingKind::SpecOnlyField,
                    format!("field {}", field.name),
                    format!(
                        "the type's only source is the docs, and the table no longer lists `{}`",
                        field.name
                    ),
                    table.line,
                );
            } else {
                self.report.spec_only_server_backed += 1;
            }
        }
    }

    /// A documented row against the spec parameter or field it names: the required flag and
    /// the type. Returns whether the types fit (so a nested structure can be followed).
    fn row(&mut self, doc: &DocParam, spec: &SpecSide<'_>) -> bool {
        let mut agrees = true;
        if let Some(required) = doc.required
            && required != spec.required
        {
            agrees = false;
            self.find_row(
                spec.module,
                spec.owner,
                spec.required_kind,
                spec.subject.clone(),
                required_words(required, spec.required),
                doc.line,
                &doc.cells,
            );
        }
        let problem = self.type_problem(doc, spec.ty, spec.type_kind);
        let fits = problem.is_none();
        if let Some((kind, problem)) = problem {
            agrees = false;
            self.find_row(
                spec.module,
                spec.owner,
                kind,
                spec.subject.clone(),
                problem,
                doc.line,
                &doc.cells,
            );
        }
        if agrees {
            self.report.facts_matched += 1;
        }
        fits
    }

    /// The named struct (or union or enum) a type expression reaches through arrays and maps.
    fn struct_of(&self, ty: &TypeExpr) -> Option<(String, &'a TypeDef)> {
        match ty {
            TypeExpr::Array(inner) | TypeExpr::Map(inner) => self.struct_of(inner),
            TypeExpr::Named(name) => self
                .types
                .get(name.as_str())
                .map(|def| (name.clone(), *def)),
            _ => None,
        }
    }

    fn example(&mut self, module: &str, owner: &str, endpoint: &Endpoint, example: &DocExample) {
        let (Some(json), Some(kind)) = (&example.json, spec_kind(example.kind)) else {
            self.report.examples_not_verifiable += usize::from(example.json.is_some());
            return;
        };
        let as_spec = Example {
            name: "page".to_owned(),
            kind,
            status: None,
            json: Some(json.clone()),
            text: None,
            note: None,
            ty: None,
        };
        let target = match (kind, &endpoint.response) {
            (ExampleKind::Request, _) => endpoint.body.as_ref().map(|body| body.ty.as_str()),
            (ExampleKind::Response, Response::Json(ty)) => Some(ty.as_str()),
            _ => None,
        };
        if let Some(Ok(ty)) = target.map(TypeExpr::parse) {
            self.walk(json, &ty, example.line, 0);
        }
        match check_page_example(endpoint, &as_spec, self.types) {
            ExampleCheck::Verified => self.report.examples_verified += 1,
            ExampleCheck::NotVerifiable => self.report.examples_not_verifiable += 1,
            ExampleCheck::Failed(problems) => {
                self.report.examples_failed += 1;
                let subject = if kind == ExampleKind::Request {
                    "body"
                } else {
                    "response"
                };
                let shown: Vec<&str> = problems.iter().take(3).map(String::as_str).collect();
                let more = problems.len().saturating_sub(shown.len());
                self.find(
                    module,
                    owner,
                    DocsFindingKind::Example,
                    subject.to_owned(),
                    format!(
                        "the {} example ({}) does not fit: {}{}",
                        match kind {
                            ExampleKind::Request => "request",
                            ExampleKind::Response => "response",
                            ExampleKind::Error => "error",
                        },
                        example.label,
                        shown.join("; "),
                        if more > 0 {
                            format!("; and {more} more")
                        } else {
                            String::new()
                        }
                    ),
                    example.line,
                );
            }
        }
    }

    /// Walks an example along the spec type: every field it shows counts as documented on the
    /// page (so an erratum about it can be checked), and a field spelt by an alias is a finding
    /// (the erratum that explains the alias records it).
    fn walk(&mut self, value: &serde_json::Value, ty: &TypeExpr, line: usize, depth: usize) {
        if depth > 32 {
            return;
        }
        match (value, ty) {
            (serde_json::Value::Array(items), TypeExpr::Array(inner)) => {
                for item in items {
                    self.walk(item, inner, line, depth + 1);
                }
            }
            (serde_json::Value::Object(object), TypeExpr::Map(inner)) => {
                for item in object.values() {
                    self.walk(item, inner, line, depth + 1);
                }
            }
            (serde_json::Value::Object(object), TypeExpr::Named(name)) => {
                let Some(def) = self.types.get(name.as_str()).copied() else {
                    return;
                };
                match &def.shape {
                    TypeShape::Struct(spec_struct) => {
                        let owner = format!("type {name}");
                        let module = self
                            .type_modules
                            .get(name.as_str())
                            .copied()
                            .unwrap_or_default()
                            .to_owned();
                        for (key, item) in object {
                            let Some(field) = spec_struct
                                .fields
                                .iter()
                                .find(|field| &field.name == key || field.aliases.contains(key))
                            else {
                                // A key the type leaves out because the server does not read
                                // it: the example check accepts it for the erratum about it,
                                // which records this finding.
                                let subject = format!("field {key}");
                                if def.errata.iter().any(|erratum| {
                                    erratum.about.as_deref().map(str::trim)
                                        == Some(subject.as_str())
                                }) {
                                    self.find(
                                        &module,
                                        &owner,
                                        DocsFindingKind::DocsOnlyField,
                                        subject,
                                        format!(
                                            "the page's example shows `{key}`, which `{name}` leaves out (the server does not read it)"
                                        ),
                                        line,
                                    );
                                }
                                continue;
                            };
                            let subject = format!("field {}", field.name);
                            self.covered.insert((
                                self.family.clone(),
                                owner.clone(),
                                Some(subject.clone()),
                            ));
                            if &field.name != key {
                                self.find(
                                    &module,
                                    &owner,
                                    DocsFindingKind::ExampleSpelling,
                                    subject,
                                    format!(
                                        "the page's example spells `{}` as `{key}` (an alias of the field)",
                                        field.name
                                    ),
                                    line,
                                );
                            }
                            if let Ok(field_ty) = TypeExpr::parse(&field.ty) {
                                self.walk(item, &field_ty, line, depth + 1);
                            }
                        }
                    }
                    TypeShape::Union(union) => {
                        let tag = object.get(&union.tag).and_then(|tag| tag.as_str());
                        if let Some(variant) = union
                            .variants
                            .iter()
                            .find(|v| Some(v.value.as_str()) == tag)
                            && let Ok(variant_ty) = TypeExpr::parse(&variant.ty)
                        {
                            self.walk(value, &variant_ty, line, depth + 1);
                        }
                    }
                    TypeShape::Enum(_) => {}
                }
            }
            _ => {}
        }
    }

    /// Why the page's type of `doc` does not fit the spec type `spec`, if it does not: a
    /// finding of `kind`, or of kind `Untyped` where the page gives a type and the spec `any`.
    fn type_problem(
        &self,
        doc: &DocParam,
        spec: &str,
        kind: DocsFindingKind,
    ) -> Option<(DocsFindingKind, String)> {
        let doc_ty = doc.ty.as_deref()?;
        let spec_ty = TypeExpr::parse(spec).ok()?;
        let read = DocType::parse(doc_ty);
        if untyped(&read, &spec_ty) {
            return Some((
                DocsFindingKind::Untyped,
                format!("the page says `{doc_ty}`, the spec `{spec}`"),
            ));
        }
        (!self.fits(&read, &spec_ty))
            .then(|| (kind, format!("the page says `{doc_ty}`, the spec `{spec}`")))
    }

    fn fits(&self, doc: &DocType, spec: &TypeExpr) -> bool {
        let named_shape = |name: &str| self.types.get(name).map(|def| &def.shape);
        match (doc, spec) {
            (DocType::Any, _) | (_, TypeExpr::Any) => true,
            (DocType::String, TypeExpr::String) => true,
            (DocType::String, TypeExpr::Named(name)) => {
                matches!(named_shape(name), Some(TypeShape::Enum(_)))
            }
            (DocType::Integer, TypeExpr::I32 | TypeExpr::I64 | TypeExpr::U32 | TypeExpr::U64) => {
                true
            }
            (DocType::Float, TypeExpr::F64) => true,
            (DocType::Bool, TypeExpr::Bool) => true,
            (DocType::Array(doc), TypeExpr::Array(spec)) => self.fits(doc, spec),
            (DocType::Map(doc), TypeExpr::Map(spec)) => self.fits(doc, spec),
            (DocType::Named(_), TypeExpr::Named(_) | TypeExpr::Map(_)) => true,
            _ => false,
        }
    }
}

/// The spec parameter or field a documented row names, and how its differences are filed.
struct SpecSide<'s> {
    module: &'s str,
    owner: &'s str,
    /// `query <name>` or `field <name>`.
    subject: String,
    required: bool,
    ty: &'s str,
    required_kind: DocsFindingKind,
    type_kind: DocsFindingKind,
}

/// A type as the pages write it, read loosely.
#[derive(Debug, Clone, PartialEq, Eq)]
enum DocType {
    String,
    Integer,
    Float,
    Bool,
    Any,
    Array(Box<DocType>),
    Map(Box<DocType>),
    Named(String),
}

impl DocType {
    fn parse(text: &str) -> DocType {
        let text = text.trim();
        if let Some(inner) = text.strip_prefix("[]") {
            return DocType::Array(Box::new(DocType::parse(inner)));
        }
        if let Some(rest) = text.strip_prefix("map[") {
            let value = rest.split_once(']').map_or("", |(_, value)| value);
            return DocType::Map(Box::new(DocType::parse(value)));
        }
        match text.to_lowercase().as_str() {
            "string" | "str" => DocType::String,
            "int" | "int32" | "int64" | "integer" | "long" | "uint" | "uint32" | "uint64" => {
                DocType::Integer
            }
            "float" | "float32" | "float64" | "double" | "number" => DocType::Float,
            "bool" | "boolean" => DocType::Bool,
            "object" | "interface{}" | "any" | "json" | "struct" | "" => DocType::Any,
            _ => match element_name(text) {
                Some(name) => DocType::Named(name.to_owned()),
                None => DocType::Any,
            },
        }
    }
}

/// Whether the spec says `any` where the page gives a type (through lists and maps).
fn untyped(doc: &DocType, spec: &TypeExpr) -> bool {
    match (doc, spec) {
        (DocType::Any, _) => false,
        (_, TypeExpr::Any) => true,
        (DocType::Array(doc), TypeExpr::Array(spec)) | (DocType::Map(doc), TypeExpr::Map(spec)) => {
            untyped(doc, spec)
        }
        _ => false,
    }
}

fn spec_kind(kind: DocExampleKind) -> Option<ExampleKind> {
    match kind {
        DocExampleKind::Request => Some(ExampleKind::Request),
        DocExampleKind::Response => Some(ExampleKind::Response),
        DocExampleKind::Error => Some(ExampleKind::Error),
        DocExampleKind::Other => None,
    }
}

/// ` (int, required)` for a row with a type and a required cell.
fn described(doc: &DocParam) -> String {
    let mut parts = Vec::new();
    if let Some(ty) = &doc.ty {
        parts.push(format!("`{ty}`"));
    }
    match doc.required {
        Some(true) => parts.push("required".to_owned()),
        Some(false) => parts.push("optional".to_owned()),
        None => {}
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

fn required_words(page: bool, spec: bool) -> String {
    match (page, spec) {
        (true, false) => "the page requires it; the spec makes it optional".to_owned(),
        _ => "the page makes it optional; the spec requires it".to_owned(),
    }
}

fn table_words(table: &DocTable) -> String {
    match &table.ty {
        Some(ty) => format!("type `{ty}`"),
        None => format!(
            "{} field{}",
            table.rows.len(),
            if table.rows.len() == 1 { "" } else { "s" }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert_eq!(page_version("overview.en-v4.1.md"), vec![4, 1]);
        assert_eq!(page_version("overview.en-v4.10.md"), vec![4, 10]);
        assert!(page_version("workflow.en.txt").is_empty());
        assert!(page_version("overview.en-v4.10.md") > page_version("overview.en-v4.9.md"));
        assert!(page_version("workflow.en-v4.1.txt") > page_version("workflow.en.txt"));
    }

    #[test]
    fn errata_quoting_a_row_record_only_that_row() {
        let erratum = AboutErratum {
            module: "pets".into(),
            owner: "endpoint list_pets".into(),
            about: "query shopKey".into(),
            source: "pets.en-v1.0.md".into(),
            row: quoted_row("`shopKey` | Shop key | string | No"),
        };
        let mut finding = DocsFinding {
            module: "pets".into(),
            owner: "endpoint list_pets".into(),
            kind: DocsFindingKind::QueryRequired,
            subject: "query shopKey".into(),
            detail: String::new(),
            family: "pets.en".into(),
            at: Vec::new(),
            rows: vec![vec![
                "shopKey".into(),
                "Shop key".into(),
                "string".into(),
                "No".into(),
            ]],
            rowless: false,
            recorded: false,
        };
        assert!(erratum.records(&finding));
        finding.rows[0][2] = "int".into();
        assert!(!erratum.records(&finding), "the row changed again");
        finding.rows[0][2] = "string".into();
        finding.family = "overview.en".into();
        assert!(!erratum.records(&finding), "another page");
        finding.family = "pets.en".into();
        finding.rowless = true;
        assert!(
            !erratum.records(&finding),
            "also said where no row shows it"
        );
        let paraphrase = AboutErratum {
            row: quoted_row("shopKey is required"),
            ..erratum
        };
        assert!(paraphrase.records(&finding));
        assert_eq!(
            quoted_row("projectName | string | Yes | None |"),
            Some(vec![
                "projectName".into(),
                "string".into(),
                "Yes".into(),
                "None".into()
            ])
        );
    }

    #[test]
    fn doc_types() {
        assert_eq!(
            DocType::parse("[]Service"),
            DocType::Array(Box::new(DocType::Named("Service".into())))
        );
        assert_eq!(DocType::parse("int64"), DocType::Integer);
        assert_eq!(
            DocType::parse("map[string]string"),
            DocType::Map(Box::new(DocType::String))
        );
        assert_eq!(DocType::parse("interface{}"), DocType::Any);
    }
}
