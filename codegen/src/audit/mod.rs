//! The API coverage audit behind `cargo xtask audit`.
//!
//! It reads a loaded (and validated) spec and reports, per module and in total, how much of
//! the API the bindings type ([`Counts`]); given the vendor's doc pages it diffs what they
//! document against the spec ([`docs`], [`DocsReport`]) and checks that every erratum the spec
//! records still describes what the docs say; against the facts of every release it reports
//! where each endpoint is served and compares the spec with each release field by field
//! ([`releases`]). [`render`] prints a [`Report`] as a table, Markdown or JSON.
//!
//! Definitions (also in the README and `cargo xtask audit --help`):
//!
//! - **typed request**: the endpoint has no body, or its body's type is not `any` (nor an array
//!   or map of `any`). Path and query parameters always have declared scalar types.
//! - **typed response**: `json` with a type that is not `any` (nor an array or map of `any`), or
//!   `text`, `event_stream`, `message` or `empty`, whose shapes the runtime knows.
//! - **coverage**: endpoints with a typed request *and* a typed response, as a percentage of all
//!   endpoints, rounded to one decimal.
//! - **examples verified**: JSON examples that pass the structural check
//!   ([`crate::examples::check`]) against the type the generated round-trip test decodes them
//!   into (the same target as [`crate::ir::lower`] picks); text examples are not verifiable.

pub mod docs;
pub mod docs_check;
pub mod docs_facts;
pub mod documented;
mod page_text;
pub mod paths;
pub mod releases;
pub mod render;
mod render_releases;
mod render_text;
pub mod server;

use indexmap::IndexMap;
use serde::Serialize;
use serde_json::Value;

use crate::examples::{self, TypeIndex};
use crate::load::LoadedSpec;
use crate::spec::{Endpoint, Example, ExampleKind, Response};
use crate::typeexpr::TypeExpr;

pub use docs::DocPage;
pub use documented::{DocumentedCheck, DocumentedList};
pub use render_releases::matrix;

use paths::{Near, canonical, near, normalise, strip_query};

/// Version of the JSON report's schema; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 2;

/// A spec endpoint, as reports name it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct SpecRef {
    /// Module (spec file stem).
    pub module: String,
    /// Endpoint id.
    pub id: String,
    /// HTTP method.
    pub method: String,
    /// The spec's path, with `{name}` placeholders.
    pub path: String,
}

/// A spec endpoint with its comparison key.
#[derive(Debug, Clone)]
pub struct IndexedEndpoint {
    /// Module (spec file stem).
    pub module: String,
    /// Endpoint id.
    pub id: String,
    /// HTTP method.
    pub method: String,
    /// The spec's path, with `{name}` placeholders.
    pub path: String,
    /// [`paths::normalise`] of the path.
    pub key: String,
}

impl IndexedEndpoint {
    /// The endpoint as reports name it.
    pub fn to_ref(&self) -> SpecRef {
        SpecRef {
            module: self.module.clone(),
            id: self.id.clone(),
            method: self.method.clone(),
            path: self.path.clone(),
        }
    }
}

/// What a spec record about the docs is attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// An erratum on an endpoint.
    EndpointErratum,
    /// An erratum on a type.
    TypeErratum,
    /// An entry of a module's `unserved` list.
    Unserved,
}

/// An erratum or `unserved` entry whose `said` (or method and path) names a doc path.
#[derive(Debug, Clone)]
pub struct PathRecord {
    /// Erratum on an endpoint or a type, or `unserved` entry.
    pub kind: RecordKind,
    /// Module whose file holds the record.
    pub module: String,
    /// The endpoint id or type name the erratum sits on; `None` for `unserved` entries.
    pub owner: Option<String>,
    /// The doc file the record quotes.
    pub source: String,
    /// What the docs said, verbatim (`GET /openapi/...`).
    pub said: String,
    /// The quoted HTTP method.
    pub method: String,
    /// The quoted path without its query.
    pub path: String,
    /// [`paths::normalise`] of the path.
    pub key: String,
}

impl PathRecord {
    /// The record as reports name it.
    pub fn to_ref(&self) -> RecordRef {
        RecordRef {
            kind: self.kind,
            module: self.module.clone(),
            owner: self.owner.clone(),
            source: self.source.clone(),
            said: self.said.clone(),
        }
    }
}

/// An erratum or `unserved` entry, as reports name it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct RecordRef {
    /// Erratum on an endpoint or a type, or `unserved` entry.
    pub kind: RecordKind,
    /// Module whose file holds the record.
    pub module: String,
    /// Endpoint id (endpoint errata) or type name (type errata); `null` for `unserved`.
    pub owner: Option<String>,
    /// The doc file the record quotes.
    pub source: String,
    /// What the docs said, verbatim (for `unserved`: its method and path).
    pub said: String,
}

/// The spec's endpoints and its records of doc paths, ready for comparing.
#[derive(Debug, Clone, Default)]
pub struct SpecIndex {
    /// Every endpoint, modules by name, endpoints in spec order.
    pub endpoints: Vec<IndexedEndpoint>,
    /// Errata whose `said` is a request (`METHOD /path`), in spec order. Errata about fields
    /// or types quote other text and are not here.
    pub errata: Vec<PathRecord>,
    /// Every `unserved` entry, in spec order.
    pub unserved: Vec<PathRecord>,
}

impl SpecIndex {
    /// Indexes a loaded spec.
    pub fn new(spec: &LoadedSpec) -> SpecIndex {
        let mut files: Vec<_> = spec.files.iter().collect();
        files.sort_by(|a, b| a.module.module.cmp(&b.module.module));
        let mut index = SpecIndex::default();
        for file in files {
            let module = &file.module;
            let record = |kind, owner: Option<&str>, erratum: &crate::spec::Erratum| {
                docs::parse_request(&erratum.said).map(|(method, path)| PathRecord {
                    kind,
                    module: module.module.clone(),
                    owner: owner.map(str::to_owned),
                    source: erratum.source.clone(),
                    said: erratum.said.clone(),
                    key: normalise(&path),
                    method,
                    path,
                })
            };
            for endpoint in &module.endpoints {
                index.endpoints.push(IndexedEndpoint {
                    module: module.module.clone(),
                    id: endpoint.id.clone(),
                    method: endpoint.method.clone(),
                    path: endpoint.path.clone(),
                    key: normalise(&endpoint.path),
                });
                for erratum in &endpoint.errata {
                    index.errata.extend(record(
                        RecordKind::EndpointErratum,
                        Some(&endpoint.id),
                        erratum,
                    ));
                }
            }
            for (name, def) in &module.types {
                for erratum in &def.errata {
                    index
                        .errata
                        .extend(record(RecordKind::TypeErratum, Some(name), erratum));
                }
            }
            for unserved in &module.unserved {
                let path = strip_query(&unserved.path).to_owned();
                index.unserved.push(PathRecord {
                    kind: RecordKind::Unserved,
                    module: module.module.clone(),
                    owner: None,
                    source: unserved.source.clone(),
                    said: format!("{} {}", unserved.method, unserved.path),
                    method: unserved.method.clone(),
                    key: normalise(&path),
                    path,
                });
            }
        }
        index
    }

    /// The endpoint with this id, if any.
    pub fn endpoint(&self, id: &str) -> Option<&IndexedEndpoint> {
        self.endpoints.iter().find(|endpoint| endpoint.id == id)
    }

    /// What the spec makes of a documented `method` and `path` (any placeholder style, query
    /// allowed): an endpoint; a difference the spec explains (an erratum's `said`, an
    /// `unserved` entry); a likely erratum (one segment off an endpoint); or nothing.
    pub fn classify(&self, method: &str, path: &str) -> DocMatch<'_> {
        let key = normalise(path);
        if let Some(endpoint) = self
            .endpoints
            .iter()
            .find(|e| e.method == method && e.key == key)
        {
            return DocMatch::Endpoint(endpoint);
        }
        if let Some(record) = self
            .errata
            .iter()
            .chain(&self.unserved)
            .find(|r| r.method == method && r.key == key)
        {
            return DocMatch::Explained(record);
        }
        let closest = self
            .endpoints
            .iter()
            .filter(|endpoint| endpoint.method == method)
            .filter_map(|endpoint| near(path, &endpoint.path).map(|near| (near, endpoint)))
            .min_by(|(a, ea), (b, eb)| {
                (a.kind, a.distance, &ea.path).cmp(&(b.kind, b.distance, &eb.path))
            });
        match closest {
            Some((near, endpoint)) => DocMatch::Near(endpoint, near),
            None => DocMatch::Missing,
        }
    }
}

/// What a documented method and path is in the spec; see [`SpecIndex::classify`].
#[derive(Debug, Clone)]
pub enum DocMatch<'a> {
    /// A spec endpoint (placeholders compared by position only).
    Endpoint(&'a IndexedEndpoint),
    /// Not an endpoint, but the spec records it: an erratum's `said` or an `unserved` entry.
    Explained(&'a PathRecord),
    /// Not recorded; one segment off this endpoint (misspelt, or a placeholder against a
    /// literal segment): probably the docs' mistake, to record as an erratum.
    Near(&'a IndexedEndpoint, Near),
    /// Not in the spec at all.
    Missing,
}

impl DocMatch<'_> {
    /// True when the spec accounts for the path: an endpoint or an explained difference.
    pub fn is_accounted_for(&self) -> bool {
        matches!(self, DocMatch::Endpoint(_) | DocMatch::Explained(_))
    }
}

// ---------------------------------------------------------------------------------------------
// Counting.

/// The counts of one module or of the whole spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counts {
    /// Endpoints (generated methods).
    pub endpoints: usize,
    /// Endpoints whose request is typed: no body, or a body type that is not `any`.
    pub typed_request: usize,
    /// Endpoints whose response is typed: `json` of a type that is not `any`, or a text,
    /// event-stream, message or empty response.
    pub typed_response: usize,
    /// Endpoints with both a typed request and a typed response.
    pub fully_typed: usize,
    /// Endpoints with at least one example.
    pub with_examples: usize,
    /// Examples (JSON and text).
    pub examples: usize,
    /// JSON examples that pass the structural check against their target type.
    pub examples_verified: usize,
    /// Errata recorded on the module's endpoints and types.
    pub errata: usize,
    /// Entries of the module's `unserved` list.
    pub unserved: usize,
    /// Endpoints marked `lacks_detail`.
    pub lacks_detail: usize,
    /// `fully_typed / endpoints * 100`, rounded to one decimal; `null` without endpoints.
    pub coverage_percent: Option<f64>,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.endpoints += other.endpoints;
        self.typed_request += other.typed_request;
        self.typed_response += other.typed_response;
        self.fully_typed += other.fully_typed;
        self.with_examples += other.with_examples;
        self.examples += other.examples;
        self.examples_verified += other.examples_verified;
        self.errata += other.errata;
        self.unserved += other.unserved;
        self.lacks_detail += other.lacks_detail;
    }

    fn finish(&mut self) {
        self.coverage_percent = (self.endpoints > 0)
            .then(|| (self.fully_typed as f64 * 1000.0 / self.endpoints as f64).round() / 10.0);
    }
}

/// The counts of one module.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModuleCounts {
    /// Module name (the spec file's stem).
    pub module: String,
    #[serde(flatten)]
    /// The module's counts.
    pub counts: Counts,
}

fn typed_text(text: &str) -> bool {
    TypeExpr::parse(text).is_ok_and(|expr| expr.is_typed())
}

/// Whether the endpoint's request is typed (no body, or a typed body).
pub fn has_typed_request(endpoint: &Endpoint) -> bool {
    endpoint
        .body
        .as_ref()
        .is_none_or(|body| typed_text(&body.ty))
}

/// Whether the endpoint's response is typed (see [`Counts::typed_response`]).
pub fn has_typed_response(endpoint: &Endpoint) -> bool {
    match &endpoint.response {
        Response::Json(text) => typed_text(text),
        Response::Text | Response::EventStream | Response::Message | Response::Empty => true,
    }
}

/// The outcome of checking one example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExampleCheck {
    /// A text example, or a JSON example with nothing to decode into (no test is generated).
    NotVerifiable,
    /// The JSON fits its target type.
    Verified,
    /// The JSON does not fit; each problem starts with a JSON path.
    Failed(Vec<String>),
}

/// Checks an example the way its generated round-trip test would decode it. The target is
/// the one [`crate::ir::lower`] picks: the example's own `type`, else the body type (request),
/// Zadig's error body (error: any JSON object), the response type (`json` responses) or the
/// acknowledgement `{"message": ..., "code": ...}` (`message` responses).
pub fn check_example(
    endpoint: &Endpoint,
    example: &Example,
    types: &TypeIndex<'_>,
) -> ExampleCheck {
    check_example_with(endpoint, example, types, examples::check)
}

/// [`check_example`] for an example of a doc page ([`examples::check_page`]): a key the type
/// leaves out, which its erratum records as not read by the server, is accepted.
pub fn check_page_example(
    endpoint: &Endpoint,
    example: &Example,
    types: &TypeIndex<'_>,
) -> ExampleCheck {
    check_example_with(endpoint, example, types, examples::check_page)
}

fn check_example_with(
    endpoint: &Endpoint,
    example: &Example,
    types: &TypeIndex<'_>,
    check: fn(&Value, &TypeExpr, &TypeIndex<'_>) -> Vec<String>,
) -> ExampleCheck {
    let Some(json) = &example.json else {
        return ExampleCheck::NotVerifiable;
    };
    let against = |text: &str| match TypeExpr::parse(text) {
        Ok(expr) => outcome(check(json, &expr, types)),
        Err(message) => ExampleCheck::Failed(vec![message]),
    };
    if let Some(ty) = &example.ty {
        return against(ty);
    }
    match example.kind {
        ExampleKind::Request => endpoint
            .body
            .as_ref()
            .map_or(ExampleCheck::NotVerifiable, |body| against(&body.ty)),
        ExampleKind::Error => match json {
            Value::Object(_) => ExampleCheck::Verified,
            _ => ExampleCheck::Failed(vec!["$: an error body must be a JSON object".to_owned()]),
        },
        ExampleKind::Response => match &endpoint.response {
            Response::Json(ty) => against(ty),
            Response::Message => outcome(check_message(json)),
            Response::Text | Response::EventStream | Response::Empty => ExampleCheck::NotVerifiable,
        },
    }
}

fn outcome(problems: Vec<String>) -> ExampleCheck {
    if problems.is_empty() {
        ExampleCheck::Verified
    } else {
        ExampleCheck::Failed(problems)
    }
}

/// The runtime's acknowledgement type: `message` (a string or a number) and an optional
/// integer `code`; any other key would be lost on re-encoding.
fn check_message(json: &Value) -> Vec<String> {
    let Value::Object(object) = json else {
        return vec!["$: expected an object with `message`".to_owned()];
    };
    let mut problems = Vec::new();
    match object.get("message") {
        Some(Value::String(_) | Value::Number(_)) => {}
        Some(_) => problems.push("$.message: expected a string or a number".to_owned()),
        None => problems.push("$: `message` is missing".to_owned()),
    }
    if object
        .get("code")
        .is_some_and(|code| !code.is_null() && code.as_i64().is_none())
    {
        problems.push("$.code: expected an integer".to_owned());
    }
    for key in object
        .keys()
        .filter(|key| *key != "message" && *key != "code")
    {
        problems.push(format!("$.{key}: the acknowledgement has no field `{key}`"));
    }
    problems
}

/// Counts every module of the spec (sorted by name) and the total.
pub fn count(spec: &LoadedSpec) -> (Vec<ModuleCounts>, Counts) {
    let types: TypeIndex<'_> = spec
        .files
        .iter()
        .flat_map(|file| file.module.types.iter())
        .map(|(name, def)| (name.as_str(), def))
        .collect();
    let mut modules = Vec::new();
    let mut total = Counts::default();
    for file in &spec.files {
        let module = &file.module;
        let mut counts = Counts {
            unserved: module.unserved.len(),
            errata: module.types.values().map(|def| def.errata.len()).sum(),
            ..Counts::default()
        };
        for endpoint in &module.endpoints {
            let (request, response) = (has_typed_request(endpoint), has_typed_response(endpoint));
            counts.endpoints += 1;
            counts.typed_request += usize::from(request);
            counts.typed_response += usize::from(response);
            counts.fully_typed += usize::from(request && response);
            counts.with_examples += usize::from(!endpoint.examples.is_empty());
            counts.examples += endpoint.examples.len();
            counts.examples_verified += endpoint
                .examples
                .iter()
                .filter(|example| {
                    check_example(endpoint, example, &types) == ExampleCheck::Verified
                })
                .count();
            counts.errata += endpoint.errata.len();
            counts.lacks_detail += usize::from(endpoint.lacks_detail);
        }
        counts.finish();
        total.add(&counts);
        modules.push(ModuleCounts {
            module: module.module.clone(),
            counts,
        });
    }
    modules.sort_by(|a, b| a.module.cmp(&b.module));
    total.finish();
    (modules, total)
}

// ---------------------------------------------------------------------------------------------
// Docs against the spec.

/// Where a page documents a path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct DocSource {
    /// The page's file name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// The path as that line writes it (query stripped).
    pub path: String,
}

/// A documented endpoint: one method and path (placeholders compared by position), with every
/// place that documents it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocRef {
    /// HTTP method.
    pub method: String,
    /// The path as first written (pages in the order given, then by line).
    pub path: String,
    /// Every place that documents it, in that order.
    pub sources: Vec<DocSource>,
}

/// A documented path that is one segment off a spec endpoint, with no record explaining it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LikelyErratum {
    #[serde(flatten)]
    /// The documented path and where.
    pub doc: DocRef,
    /// The endpoint it most likely means.
    pub spec: SpecRef,
    /// `misspelt` (a few letters apart) or `placeholder` (a placeholder against a literal).
    pub kind: &'static str,
    /// 1-based index of the differing segment.
    pub segment: usize,
    /// The segment as the docs write it.
    pub doc_segment: String,
    /// The segment as the spec writes it.
    pub spec_segment: String,
}

/// A documented path the spec does not serve but explains with a record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explained {
    #[serde(flatten)]
    /// The documented path and where.
    pub doc: DocRef,
    /// The erratum or `unserved` entry that records it.
    pub by: RecordRef,
    /// The endpoint the spec offers instead (the erratum's endpoint), if any.
    pub spec: Option<SpecRef>,
}

/// A record whose quoted path is gone from the pages of its source's family.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct FixedUpstream {
    #[serde(flatten)]
    /// The record.
    pub record: RecordRef,
    /// The given pages it was checked against (file names).
    pub checked_against: Vec<String>,
}

/// One doc page given to the audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageSummary {
    /// The path as given.
    pub path: String,
    /// Method-and-path mentions found on it (a path mentioned twice counts twice).
    pub mentions: usize,
}

/// A page given with a newer version of it, and so not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IgnoredPage {
    /// Its file name.
    pub file: String,
    /// The newer version read instead.
    pub superseded_by: String,
}

/// A documented endpoint the spec lacks, and whether the server serves it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MissingDoc {
    #[serde(flatten)]
    /// The documented path and where.
    pub doc: DocRef,
    /// Whether the server facts have a route for it (`null` without facts).
    pub served: Option<bool>,
}

/// A spec endpoint marked `undocumented: true` that a page now documents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewlyDocumented {
    /// The endpoint.
    pub spec: SpecRef,
    /// Where the pages document it.
    pub sources: Vec<DocSource>,
}

/// The doc pages against the spec.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocsReport {
    /// Every page read (the newest version of each page given), in the order given.
    pub pages: Vec<PageSummary>,
    /// Older versions of a page given with a newer one: not read.
    pub ignored: Vec<IgnoredPage>,
    /// Distinct documented endpoints (method and path, placeholders compared by position).
    pub documented: usize,
    /// Documented endpoints that are spec endpoints.
    pub matched: usize,
    /// Documented but missing from the spec (and not explained by any record).
    pub missing: Vec<MissingDoc>,
    /// Documented paths one segment off a spec endpoint, not explained by any record.
    pub likely_errata: Vec<LikelyErratum>,
    /// Documented paths the spec explains with an erratum or an `unserved` entry.
    pub explained: Vec<Explained>,
    /// Spec endpoints no page documents, in any spelling.
    pub undocumented: Vec<SpecRef>,
    /// Spec endpoints marked `undocumented: true` that a page documents now.
    pub newly_documented: Vec<NewlyDocumented>,
    /// Spec endpoints not marked `undocumented: true` that no page documents any more; `null`
    /// unless every overview page of `documented-endpoints.yaml` was given (in some version).
    pub no_longer_documented: Option<Vec<SpecRef>>,
    /// Records whose quoted path their source page (or another version of it) no longer has:
    /// fixed upstream, to be removed or updated.
    pub errata_fixed_upstream: Vec<FixedUpstream>,
    /// Records whose source page was not given, so they could not be checked.
    pub errata_unchecked: Vec<RecordRef>,
    /// `documented-endpoints.yaml` against the overview pages; `null` when the spec has no
    /// such file or it names no pages.
    pub documented_endpoints: Option<DocumentedCheck>,
    /// Errata and `unserved` entries citing an older version of a page than the one read,
    /// counted per cited page: `cargo xtask docs retarget` moves them once they are checked.
    pub records_on_older_versions: Vec<docs_check::OlderVersion>,
    /// The detail pages' parameters, fields and examples against the spec.
    pub facts: docs_check::FactsReport,
}

/// Compares the endpoints of `pages` with the spec, and checks every erratum and `unserved`
/// entry that quotes a path against the pages of its source's family.
pub fn diff_docs(index: &SpecIndex, pages: &[&DocPage]) -> DocsReport {
    // Group the mentions by method and normalised path, in first-seen order.
    let mut groups: IndexMap<(String, String), DocRef> = IndexMap::new();
    for page in pages {
        for endpoint in &page.endpoints {
            let source = DocSource {
                file: page.name.clone(),
                line: endpoint.line,
                path: endpoint.path.clone(),
            };
            groups
                .entry((endpoint.method.clone(), normalise(&endpoint.path)))
                .or_insert_with(|| DocRef {
                    method: endpoint.method.clone(),
                    path: endpoint.path.clone(),
                    sources: Vec::new(),
                })
                .sources
                .push(source);
        }
    }

    let mut documented_ids = std::collections::BTreeSet::new();
    let mut report = DocsReport {
        pages: pages
            .iter()
            .map(|page| PageSummary {
                path: page.path.clone(),
                mentions: page.endpoints.len(),
            })
            .collect(),
        ignored: Vec::new(),
        documented: groups.len(),
        matched: 0,
        missing: Vec::new(),
        likely_errata: Vec::new(),
        explained: Vec::new(),
        undocumented: Vec::new(),
        newly_documented: Vec::new(),
        no_longer_documented: None,
        errata_fixed_upstream: Vec::new(),
        errata_unchecked: Vec::new(),
        documented_endpoints: None,
        records_on_older_versions: Vec::new(),
        facts: docs_check::FactsReport::default(),
    };
    for ((method, key), doc) in groups {
        // An erratum quoting this path says the docs document its endpoint here, even when the
        // path is also another endpoint's (an overview row pointing at the wrong route).
        for record in index
            .errata
            .iter()
            .filter(|record| record.method == method && record.key == key)
        {
            if let (RecordKind::EndpointErratum, Some(id)) = (record.kind, &record.owner) {
                documented_ids.insert(id.clone());
            }
        }
        match index.classify(&doc.method, &doc.path) {
            DocMatch::Endpoint(endpoint) => {
                report.matched += 1;
                // Every endpoint at the route: a `_legacy` twin (an older release's shape of
                // the same route) is documented where its route is.
                documented_ids.extend(
                    index
                        .endpoints
                        .iter()
                        .filter(|e| e.method == endpoint.method && e.key == endpoint.key)
                        .map(|e| e.id.clone()),
                );
            }
            DocMatch::Explained(record) => {
                let spec = match (record.kind, &record.owner) {
                    (RecordKind::EndpointErratum, Some(id)) => {
                        index.endpoint(id).map(IndexedEndpoint::to_ref)
                    }
                    _ => None,
                };
                if let Some(spec) = &spec {
                    documented_ids.insert(spec.id.clone());
                }
                report.explained.push(Explained {
                    doc,
                    by: record.to_ref(),
                    spec,
                });
            }
            DocMatch::Near(endpoint, near) => {
                documented_ids.insert(endpoint.id.clone());
                report.likely_errata.push(LikelyErratum {
                    doc,
                    spec: endpoint.to_ref(),
                    kind: near.kind.as_str(),
                    segment: near.segment,
                    doc_segment: near.left,
                    spec_segment: near.right,
                });
            }
            DocMatch::Missing => report.missing.push(MissingDoc { doc, served: None }),
        }
    }
    report.undocumented = index
        .endpoints
        .iter()
        .filter(|e| !documented_ids.contains(&e.id))
        .map(IndexedEndpoint::to_ref)
        .collect();

    for record in index.errata.iter().chain(&index.unserved) {
        let family = docs::page_family(&record.source);
        let checked: Vec<&DocPage> = pages
            .iter()
            .copied()
            .filter(|page| page.family() == family)
            .collect();
        if checked.is_empty() {
            report.errata_unchecked.push(record.to_ref());
            continue;
        }
        let said = canonical(&record.path);
        let still_said = checked
            .iter()
            .flat_map(|page| &page.endpoints)
            .any(|endpoint| endpoint.method == record.method && canonical(&endpoint.path) == said);
        if !still_said {
            let checked_against = checked.iter().map(|page| page.name.clone()).collect();
            report.errata_fixed_upstream.push(FixedUpstream {
                record: record.to_ref(),
                checked_against,
            });
        }
    }

    let doc_order = |doc: &DocRef| (doc.path.clone(), doc.method.clone());
    report.missing.sort_by_key(|item| doc_order(&item.doc));
    report
        .likely_errata
        .sort_by_key(|item| doc_order(&item.doc));
    report.explained.sort_by_key(|item| doc_order(&item.doc));
    report
        .undocumented
        .sort_by(|a, b| (&a.path, &a.method).cmp(&(&b.path, &b.method)));
    report.errata_fixed_upstream.sort();
    report.errata_unchecked.sort();
    report
}

// ---------------------------------------------------------------------------------------------
// The report.

/// Everything the audit found; serialised as the JSON report (schema version 2).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Every module, sorted by name.
    pub modules: Vec<ModuleCounts>,
    /// The sums over all modules.
    pub total: Counts,
    /// Present with `--docs`.
    pub docs: Option<DocsReport>,
    /// Present with `--server`: the spec against the facts of every release.
    pub server: Option<releases::ReleasesReport>,
}

/// Audits `spec`; `pages` may be empty (no docs section); with `server`, the spec is compared
/// with the facts of every release it holds.
///
/// `documented` is `spec/documented-endpoints.yaml`, checked against the overview pages it
/// names. Whether a documented endpoint the spec lacks is served is read from the facts of the
/// spec's releases.
pub fn audit(
    spec: &LoadedSpec,
    pages: &[DocPage],
    documented: Option<&DocumentedList>,
    server: bool,
) -> Report {
    let index = SpecIndex::new(spec);
    let (modules, total) = count(spec);
    let mut server = server.then(|| releases::check(spec));
    if let (Some(report), Some(documented)) = (&mut server, documented) {
        let overview: std::collections::BTreeSet<&str> = documented
            .pages
            .iter()
            .map(|page| docs::page_family(page))
            .collect();
        for erratum in &mut report.errata_recording_nothing {
            erratum.overview = overview.contains(docs::page_family(&erratum.source));
        }
    }
    // The parts the server shows a difference in, in some release: what keeps a docs erratum
    // about that part alive when the page agrees with the spec.
    let server_parts: Option<std::collections::BTreeSet<(String, String)>> =
        server.as_ref().map(|report| {
            report
                .findings
                .iter()
                .map(|finding| {
                    (
                        finding.finding.owner.clone(),
                        finding.finding.subject.clone(),
                    )
                })
                .collect()
        });
    Report {
        schema_version: SCHEMA_VERSION,
        modules,
        total,
        docs: (!pages.is_empty()).then(|| {
            docs_check::docs_report(spec, &index, pages, documented, server_parts.as_ref())
        }),
        server,
    }
}

impl Report {
    /// Why the audit should fail, one line each: coverage under `fail_under` (percent),
    /// errata fixed upstream, `unserved` entries the server now serves.
    pub fn failures(&self, fail_under: Option<f64>) -> Vec<String> {
        let mut failures = Vec::new();
        if let Some(threshold) = fail_under {
            match self.total.coverage_percent {
                Some(coverage) if coverage >= threshold => {}
                Some(coverage) => failures.push(format!(
                    "coverage {coverage:.1}% is under the --fail-under threshold of {threshold}% ({} of {} endpoints fully typed)",
                    self.total.fully_typed, self.total.endpoints
                )),
                None => failures.push(format!(
                    "coverage is undefined (the spec has no endpoints), so it cannot meet the --fail-under threshold of {threshold}%"
                )),
            }
        }
        if let Some(docs) = &self.docs {
            failures.extend(docs.failures());
        }
        if let Some(server) = &self.server {
            for problem in &server.availability {
                failures.push(format!(
                    "{}: {}: {}",
                    problem.file, problem.location, problem.message
                ));
            }
            for route in &server.not_in_spec {
                failures.push(format!(
                    "{} serves `{} {}` ({}) and no spec endpoint stands for it: add it (`cargo xtask draft --release {} \"{} {}\"`)",
                    route.release,
                    route.method,
                    route.path,
                    route.handler.rsplit('.').next().unwrap_or(&route.handler),
                    route.release,
                    route.method,
                    route.path
                ));
            }
            for erratum in server
                .errata_recording_nothing
                .iter()
                .filter(|erratum| erratum.overview)
            {
                failures.push(format!(
                    "{}: the erratum on {} about `{}` no longer applies: it cites the overview page {}, which shows no parameters or fields, and no release differs from the spec there; remove it, or drop its `about` if it is a note",
                    erratum.module, erratum.owner, erratum.about, erratum.source
                ));
            }
            for finding in server.unrecorded() {
                let f = &finding.finding;
                failures.push(format!(
                    "{}: {} {}: {}: {} [{}] (no erratum with `about: {}` records it)",
                    f.module,
                    f.owner,
                    f.subject,
                    f.kind.as_str(),
                    f.detail,
                    finding.releases.join(", "),
                    f.subject,
                ));
            }
        }
        failures
    }
}

impl DocsReport {
    /// Why the docs section fails the audit, one line each: every kind of change a new version
    /// of the pages can bring that the spec does not account for yet.
    pub fn failures(&self) -> Vec<String> {
        let mut failures = Vec::new();
        for item in &self.missing {
            let doc = &item.doc;
            let served = match item.served {
                Some(true) => "the server serves it: add the endpoint",
                Some(false) => "the server does not serve it: add an `unserved` entry",
                None => "add the endpoint, or an `unserved` entry if the server does not serve it",
            };
            failures.push(format!(
                "documented but missing from the spec: {} {} ({}); {served}",
                doc.method,
                doc.path,
                source_names(doc)
            ));
        }
        for item in &self.likely_errata {
            failures.push(format!(
                "documented path one segment off {} {} ({}.{}): {} {} ({}); record an erratum or fix the spec's path",
                item.spec.method,
                item.spec.path,
                item.spec.module,
                item.spec.id,
                item.doc.method,
                item.doc.path,
                source_names(&item.doc)
            ));
        }
        for item in &self.newly_documented {
            failures.push(format!(
                "{}.{} ({} {}) is documented now but marked `undocumented: true`: drop the mark and link the page",
                item.spec.module, item.spec.id, item.spec.method, item.spec.path
            ));
        }
        for spec in self.no_longer_documented.iter().flatten() {
            failures.push(format!(
                "{}.{} ({} {}) is no longer documented: mark it `undocumented: true` if the server still serves it, else remove it",
                spec.module, spec.id, spec.method, spec.path
            ));
        }
        for item in &self.errata_fixed_upstream {
            let record = &item.record;
            let what = match (record.kind, &record.owner) {
                (RecordKind::EndpointErratum, Some(owner)) => {
                    format!("the erratum on {}.{owner}", record.module)
                }
                (RecordKind::TypeErratum, Some(owner)) => {
                    format!("the erratum on type {}.{owner}", record.module)
                }
                _ => format!("the unserved entry in {}", record.module),
            };
            failures.push(format!(
                "{what} quotes `{}`, which {} no longer give{} (fixed upstream): remove or update it",
                record.said,
                item.checked_against.join(", "),
                if item.checked_against.len() == 1 { "s" } else { "" }
            ));
        }
        if !self.records_on_older_versions.is_empty() {
            let moves: Vec<String> = self
                .records_on_older_versions
                .iter()
                .map(|item| {
                    format!(
                        "{} record{} citing {} (read: {})",
                        item.records,
                        if item.records == 1 { "" } else { "s" },
                        item.source,
                        item.checked_against
                    )
                })
                .collect();
            let pages: std::collections::BTreeSet<&str> = self
                .records_on_older_versions
                .iter()
                .map(|item| item.page.as_str())
                .collect();
            failures.push(format!(
                "{}: once the audit passes otherwise, run `cargo xtask docs retarget {}`",
                moves.join(", "),
                pages.into_iter().collect::<Vec<_>>().join(" ")
            ));
        }
        if let Some(check) = &self.documented_endpoints
            && check.stale()
        {
            failures.push(format!(
                "spec/documented-endpoints.yaml is stale ({} to add, {} to remove, derived from {}): run `cargo xtask docs endpoints {}`",
                check.added.len(),
                check.removed.len(),
                check.pages.join(", "),
                check.given.join(" ")
            ));
        }
        for finding in self.facts.unrecorded() {
            failures.push(format!(
                "{}: {} {}: {}: {} [{}] (no erratum with `about: {}` citing the page records it)",
                finding.module,
                finding.owner,
                finding.subject,
                finding.kind.as_str(),
                finding.detail,
                finding.at.join(", "),
                finding.subject
            ));
        }
        for item in &self.facts.errata_no_longer_apply {
            failures.push(format!(
                "{}: the erratum on {} about `{}` no longer applies: {} no longer says what it quotes and the server agrees with the spec; remove it, or update `said` and `source` to what the page says now",
                item.module, item.owner, item.about, item.checked_against
            ));
        }
        failures
    }
}

/// `overview.md:12, env.md:40`.
fn source_names(doc: &DocRef) -> String {
    doc.sources
        .iter()
        .map(|source| format!("{}:{}", source.file, source.line))
        .collect::<Vec<_>>()
        .join(", ")
}

// ---------------------------------------------------------------------------------------------
// documented-endpoints.yaml

/// One entry of `spec/documented-endpoints.yaml`.
pub type DocumentedEndpoint = documented::DocumentedEntry;

/// Parses `spec/documented-endpoints.yaml` and returns its entries; [`DocumentedList`] reads
/// the whole file.
pub fn parse_documented_endpoints(text: &str) -> Result<Vec<DocumentedEndpoint>, String> {
    DocumentedList::parse(text).map(|list| list.endpoints)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_expressions() {
        for (text, typed) in [
            ("any", false),
            ("array<any>", false),
            ("map<array<any>>", false),
            ("Workflow", true),
            ("array<string>", true),
        ] {
            assert_eq!(typed_text(text), typed, "{text}");
        }
    }

    #[test]
    fn an_older_shape_of_a_documented_route_is_documented_too() {
        let endpoint = |id: &str| IndexedEndpoint {
            module: "delivery".to_owned(),
            id: id.to_owned(),
            method: "GET".to_owned(),
            path: "/openapi/delivery/releases".to_owned(),
            key: normalise("/openapi/delivery/releases"),
        };
        let index = SpecIndex {
            endpoints: vec![
                endpoint("list_delivery_versions"),
                endpoint("list_delivery_versions_legacy"),
            ],
            ..SpecIndex::default()
        };
        let page = DocPage::parse(
            "overview.en-v4.0.md",
            "| List versions | GET /openapi/delivery/releases |\n",
        );
        let report = diff_docs(&index, &[&page]);
        assert_eq!(report.matched, 1);
        assert!(report.undocumented.is_empty(), "{:?}", report.undocumented);
    }

    #[test]
    fn message_examples() {
        assert!(check_message(&serde_json::json!({"message": "success"})).is_empty());
        assert!(check_message(&serde_json::json!({"message": "success", "code": 1})).is_empty());
        assert_eq!(check_message(&serde_json::json!({"msg": "x"})).len(), 2);
    }
}
