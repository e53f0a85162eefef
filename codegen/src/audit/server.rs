//! The spec against the server's facts, field by field (`cargo xtask audit --server FACTS`).
//!
//! For every spec endpoint whose route the facts hold, it compares the query parameters (names,
//! required flags, types), the request body and the response; for every spec type that names a
//! Go type (`go:`), its fields (wire names, aliases, types) or enum values. Each difference is a
//! [`Finding`]. A finding is *recorded* when the endpoint or type carries an erratum whose
//! `about` names the same part (`query <name>`, `field <wire name>`, `body`, `response`); any
//! unrecorded finding fails the audit, one line each.
//!
//! Type comparison follows [`ServerIndex::fits`]; a spec `any` where the server has a type is
//! counted as *untyped* and is a finding too, so that the spec types everything the server does.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::errata::About;
use crate::facts::{GoType, GoTypeKind, ResponseFact, RouteFact, ServerFacts};
use crate::load::LoadedSpec;
use crate::server::{Fit, ServerIndex};
use crate::spec::{Endpoint, Erratum, Response, TypeDef, TypeShape};
use crate::typeexpr::TypeExpr;

/// What kind of difference a [`Finding`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A query parameter the spec declares and the handler never reads.
    SpecOnlyQuery,
    /// A query parameter the handler requires and the spec lacks.
    MissingRequiredQuery,
    /// A query parameter the handler reads (optionally) and the spec lacks.
    MissingQuery,
    /// The spec and the handler disagree on whether a query parameter is required.
    QueryRequired,
    /// The spec's type of a query parameter does not fit the handler's.
    QueryType,
    /// The spec sends a body the handler does not read, or lacks one it reads, or its type does
    /// not fit.
    Body,
    /// The spec's response does not fit what the handler answers.
    Response,
    /// A field the spec type has and the Go struct does not send or read.
    SpecOnlyField,
    /// A field of the Go struct the spec type lacks.
    MissingField,
    /// The spec's type of a field does not fit the Go field's.
    FieldType,
    /// The spec says `any` where the server has a type.
    Untyped,
    /// An enum value the spec lists and the Go constants do not, or the other way round.
    EnumValue,
}

impl FindingKind {
    /// Short words for tables.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::SpecOnlyQuery => "query the server does not read",
            FindingKind::MissingRequiredQuery => "required query missing",
            FindingKind::MissingQuery => "query missing",
            FindingKind::QueryRequired => "required flag differs",
            FindingKind::QueryType => "query type differs",
            FindingKind::Body => "body differs",
            FindingKind::Response => "response differs",
            FindingKind::SpecOnlyField => "field the server does not have",
            FindingKind::MissingField => "field missing",
            FindingKind::FieldType => "field type differs",
            FindingKind::Untyped => "untyped where the server has a type",
            FindingKind::EnumValue => "enum value differs",
        }
    }
}

/// One difference between the spec and the server.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Finding {
    /// Module (spec file stem).
    pub module: String,
    /// `endpoint <id>` or `type <Name>`.
    pub owner: String,
    /// What differs.
    pub kind: FindingKind,
    /// The part: `query projectKey`, `field envName`, `body`, `response`, `value Sleeping`.
    pub subject: String,
    /// How it differs, in words.
    pub detail: String,
    /// `file:line` in the server source, when the facts give one.
    pub at: Option<String>,
    /// An erratum with a matching `about` records it.
    pub recorded: bool,
}

/// The counts of one module or of the whole spec.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ServerCounts {
    /// Spec endpoints whose route the facts hold.
    pub endpoints_checked: usize,
    /// Spec endpoints the facts have no route for (the route audit reports them).
    pub endpoints_without_route: usize,
    /// Spec types that name a Go type and were compared field by field.
    pub types_checked: usize,
    /// Query parameters the spec and the handler agree on (name, required flag, type).
    pub query_matching: usize,
    /// Query parameters in the spec the handler does not read.
    pub query_spec_only: usize,
    /// Query parameters the handler requires and the spec lacks.
    pub query_missing_required: usize,
    /// Query parameters the handler reads optionally and the spec lacks.
    pub query_missing_optional: usize,
    /// Fields of compared types that agree with their Go field.
    pub fields_matching: usize,
    /// Fields of compared types that the Go struct does not have.
    pub fields_spec_only: usize,
    /// Go fields that the compared spec types lack.
    pub fields_missing: usize,
    /// Type mismatches: query parameters, fields, bodies and responses.
    pub type_mismatches: usize,
    /// Places where the spec says `any` and the server has a type.
    pub untyped: usize,
    /// Findings recorded by an erratum.
    pub recorded: usize,
    /// Findings no erratum records: each fails the audit.
    pub unrecorded: usize,
}

impl ServerCounts {
    fn add(&mut self, other: &ServerCounts) {
        self.endpoints_checked += other.endpoints_checked;
        self.endpoints_without_route += other.endpoints_without_route;
        self.types_checked += other.types_checked;
        self.query_matching += other.query_matching;
        self.query_spec_only += other.query_spec_only;
        self.query_missing_required += other.query_missing_required;
        self.query_missing_optional += other.query_missing_optional;
        self.fields_matching += other.fields_matching;
        self.fields_spec_only += other.fields_spec_only;
        self.fields_missing += other.fields_missing;
        self.type_mismatches += other.type_mismatches;
        self.untyped += other.untyped;
        self.recorded += other.recorded;
        self.unrecorded += other.unrecorded;
    }
}

/// The counts of one module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleServerCounts {
    /// Module name.
    pub module: String,
    /// Its counts.
    #[serde(flatten)]
    pub counts: ServerCounts,
}

/// The field-level comparison of the spec with the server facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServerReport {
    /// The facts file as given.
    pub file: String,
    /// The server commit the facts were read from.
    pub commit: String,
    /// Per module, sorted by name.
    pub modules: Vec<ModuleServerCounts>,
    /// Sums over all modules.
    pub total: ServerCounts,
    /// Every finding, recorded or not, sorted.
    pub findings: Vec<Finding>,
}

impl ServerReport {
    /// The findings no erratum records.
    pub fn unrecorded(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|finding| !finding.recorded)
    }
}

/// Compares `spec` with `facts`; `file` names the facts file in the report.
pub fn diff(spec: &LoadedSpec, file: &str, facts: &ServerFacts) -> ServerReport {
    let index = ServerIndex::new(spec, facts);
    let mut modules = Vec::new();
    let mut findings = Vec::new();
    let mut total = ServerCounts::default();
    let mut files: Vec<_> = spec.files.iter().collect();
    files.sort_by(|a, b| a.module.module.cmp(&b.module.module));
    for spec_file in files {
        let module = &spec_file.module;
        let mut check = Checker {
            index: &index,
            module: &module.module,
            counts: ServerCounts::default(),
            findings: Vec::new(),
        };
        for endpoint in &module.endpoints {
            check.endpoint(endpoint);
        }
        for (name, def) in &module.types {
            check.type_def(name, def);
        }
        for finding in &check.findings {
            if finding.recorded {
                check.counts.recorded += 1;
            } else {
                check.counts.unrecorded += 1;
            }
        }
        total.add(&check.counts);
        findings.append(&mut check.findings);
        modules.push(ModuleServerCounts {
            module: module.module.clone(),
            counts: check.counts,
        });
    }
    findings.sort();
    ServerReport {
        file: file.to_owned(),
        commit: facts.source.commit.clone(),
        modules,
        total,
        findings,
    }
}

struct Checker<'a> {
    index: &'a ServerIndex<'a>,
    module: &'a str,
    counts: ServerCounts,
    findings: Vec<Finding>,
}

/// The parts the errata of an endpoint or type record.
fn recorded_parts(errata: &[Erratum], on_type: bool) -> BTreeSet<String> {
    errata
        .iter()
        .filter_map(|erratum| erratum.about.as_deref())
        .filter_map(|about| About::parse(about, on_type).ok())
        .map(|about| match about {
            About::Query(name) => format!("query {name}"),
            About::Field(name) => format!("field {name}"),
            About::Value(value) => format!("value {value}"),
            About::Body => "body".to_owned(),
            About::Response => "response".to_owned(),
        })
        .collect()
}

impl Checker<'_> {
    fn find(
        &mut self,
        owner: &str,
        recorded: &BTreeSet<String>,
        kind: FindingKind,
        subject: String,
        detail: String,
        at: Option<&str>,
    ) {
        match kind {
            FindingKind::QueryType | FindingKind::FieldType => self.counts.type_mismatches += 1,
            FindingKind::Untyped => self.counts.untyped += 1,
            _ => {}
        }
        // The subject is spelt as an erratum's `about` is: `field x` records whatever is wrong
        // with field x.
        self.findings.push(Finding {
            module: self.module.to_owned(),
            owner: owner.to_owned(),
            kind,
            recorded: recorded.contains(&subject),
            subject,
            detail,
            at: at.map(str::to_owned),
        });
    }

    fn endpoint(&mut self, endpoint: &Endpoint) {
        let Some(route) = self.index.facts.route_of(endpoint) else {
            self.counts.endpoints_without_route += 1;
            return;
        };
        self.counts.endpoints_checked += 1;
        let owner = format!("endpoint {}", endpoint.id);
        let recorded = recorded_parts(&endpoint.errata, false);

        // Query parameters.
        for param in &endpoint.query {
            let subject = format!("query {}", param.name);
            let Some(fact) = route.query.iter().find(|fact| fact.name == param.name) else {
                self.counts.query_spec_only += 1;
                self.find(
                    &owner,
                    &recorded,
                    FindingKind::SpecOnlyQuery,
                    subject,
                    format!("the handler {} does not read it", route.handler.name),
                    Some(&route.handler.at),
                );
                continue;
            };
            let mut agrees = true;
            if param.required != fact.required {
                agrees = false;
                let detail = if fact.required {
                    "the handler rejects a request without it; the spec makes it optional"
                } else {
                    "the spec requires it; the handler does without it"
                };
                self.find(
                    &owner,
                    &recorded,
                    FindingKind::QueryRequired,
                    subject.clone(),
                    detail.to_owned(),
                    Some(&fact.at),
                );
            }
            match (TypeExpr::parse(&param.ty), GoType::parse(&fact.go_type)) {
                (Ok(spec), Ok(go)) => match self.index.fits(&spec, &go, false) {
                    Fit::Yes => {}
                    Fit::Untyped => {
                        agrees = false;
                        self.find(
                            &owner,
                            &recorded,
                            FindingKind::Untyped,
                            subject.clone(),
                            format!("the handler reads `{}`", fact.go_type),
                            Some(&fact.at),
                        );
                    }
                    Fit::No(how) => {
                        agrees = false;
                        self.find(
                            &owner,
                            &recorded,
                            FindingKind::QueryType,
                            subject.clone(),
                            how,
                            Some(&fact.at),
                        );
                    }
                },
                // The validator has already rejected a bad spec type; a bad Go type in the
                // facts is the extraction's problem, reported as a mismatch so it is seen.
                (_, Err(message)) => {
                    agrees = false;
                    self.find(
                        &owner,
                        &recorded,
                        FindingKind::QueryType,
                        subject.clone(),
                        format!("the facts' Go type does not parse: {message}"),
                        Some(&fact.at),
                    );
                }
                (Err(_), Ok(_)) => agrees = false,
            }
            if agrees {
                self.counts.query_matching += 1;
            }
        }
        for fact in &route.query {
            if endpoint.query.iter().any(|param| param.name == fact.name) {
                continue;
            }
            let (kind, detail) = if fact.required {
                self.counts.query_missing_required += 1;
                (
                    FindingKind::MissingRequiredQuery,
                    format!(
                        "the handler reads `{}` ({}) and rejects a request without it",
                        fact.name, fact.via
                    ),
                )
            } else {
                self.counts.query_missing_optional += 1;
                (
                    FindingKind::MissingQuery,
                    format!("the handler reads `{}` ({})", fact.name, fact.via),
                )
            };
            self.find(
                &owner,
                &recorded,
                kind,
                format!("query {}", fact.name),
                detail,
                Some(&fact.at),
            );
        }

        self.body(endpoint, route, &owner, &recorded);
        self.response(endpoint, route, &owner, &recorded);
    }

    fn body(
        &mut self,
        endpoint: &Endpoint,
        route: &RouteFact,
        owner: &str,
        recorded: &BTreeSet<String>,
    ) {
        match (&endpoint.body, route.bodies.as_slice()) {
            (None, []) => {}
            (Some(_), []) => self.find(
                owner,
                recorded,
                FindingKind::Body,
                "body".to_owned(),
                format!(
                    "the spec sends a body; the handler {} reads none",
                    route.handler.name
                ),
                Some(&route.handler.at),
            ),
            (None, [first, ..]) => self.find(
                owner,
                recorded,
                FindingKind::Body,
                "body".to_owned(),
                format!(
                    "the handler reads a `{}` body; the spec sends none",
                    first.go_type
                ),
                Some(&first.at),
            ),
            (Some(body), bodies) => {
                let Ok(spec) = TypeExpr::parse(&body.ty) else {
                    return;
                };
                // Any of the bodies the handler may decode will do (it picks by a condition).
                let mut verdicts = Vec::new();
                for fact in bodies {
                    let fit = match GoType::parse(&fact.go_type) {
                        Ok(go) => self.index.fits(&spec, &go, false),
                        Err(message) => {
                            Fit::No(format!("the facts' Go type does not parse: {message}"))
                        }
                    };
                    verdicts.push((fit, fact));
                }
                if verdicts.iter().any(|(fit, _)| *fit == Fit::Yes) {
                    return;
                }
                let (fit, fact) = &verdicts[0];
                let (kind, detail) = match fit {
                    Fit::Untyped => (
                        FindingKind::Untyped,
                        format!("the handler decodes `{}`", fact.go_type),
                    ),
                    Fit::No(how) => (FindingKind::Body, how.clone()),
                    Fit::Yes => return,
                };
                self.find(
                    owner,
                    recorded,
                    kind,
                    "body".to_owned(),
                    detail,
                    Some(&fact.at),
                );
            }
        }
    }

    fn response(
        &mut self,
        endpoint: &Endpoint,
        route: &RouteFact,
        owner: &str,
        recorded: &BTreeSet<String>,
    ) {
        // What the spec's response is, next to each thing the handler may answer.
        let mut problems = Vec::new();
        for fact in &route.responses {
            let verdict: Result<(), (FindingKind, String, Option<&str>)> =
                match (fact, &endpoint.response) {
                    (ResponseFact::Unresolved { .. }, _) => Ok(()),
                    (ResponseFact::Json { go_type, at, .. }, Response::Json(text)) => {
                        match (TypeExpr::parse(text), GoType::parse(go_type)) {
                            (Ok(spec), Ok(go)) => match self.index.fits(&spec, &go, false) {
                                Fit::Yes => Ok(()),
                                Fit::Untyped => Err((
                                    FindingKind::Untyped,
                                    format!("the handler answers `{go_type}`"),
                                    Some(at),
                                )),
                                Fit::No(how) => Err((FindingKind::Response, how, Some(at))),
                            },
                            _ => Ok(()),
                        }
                    }
                    (ResponseFact::Json { go_type, at, .. }, other) => Err((
                        FindingKind::Response,
                        format!(
                            "the handler answers JSON `{go_type}`; the spec expects {}",
                            response_words(other)
                        ),
                        Some(at),
                    )),
                    (ResponseFact::Message, Response::Message | Response::Empty) => Ok(()),
                    (ResponseFact::Text { .. }, Response::Text) => Ok(()),
                    (ResponseFact::EventStream { .. }, Response::EventStream) => Ok(()),
                    (ResponseFact::Raw { .. }, Response::Text | Response::Empty) => Ok(()),
                    (fact, other) => Err((
                        FindingKind::Response,
                        format!(
                            "the handler answers {}; the spec expects {}",
                            fact_words(fact),
                            response_words(other)
                        ),
                        fact_at(fact),
                    )),
                };
            match verdict {
                // One answer the spec fits is enough: branches differ by condition.
                Ok(()) => return,
                Err(problem) => problems.push(problem),
            }
        }
        if let Some((kind, detail, at)) = problems.into_iter().next() {
            self.find(owner, recorded, kind, "response".to_owned(), detail, at);
        }
    }

    fn type_def(&mut self, name: &str, def: &TypeDef) {
        let Some(go) = &def.go else {
            return;
        };
        let facts = self.index.facts;
        let owner = format!("type {name}");
        let recorded = recorded_parts(&def.errata, true);
        match &def.shape {
            TypeShape::Struct(spec_struct) => {
                let Some(GoTypeKind::Struct { fields }) = facts.types.get(go).map(|d| &d.kind)
                else {
                    return;
                };
                self.counts.types_checked += 1;
                let at = facts.types.get(go).map(|decl| decl.at.as_str());
                for field in &spec_struct.fields {
                    let subject = format!("field {}", field.name);
                    let go_field = fields.iter().find(|go_field| {
                        go_field.wire == field.name || field.aliases.contains(&go_field.wire)
                    });
                    let Some(go_field) = go_field else {
                        self.counts.fields_spec_only += 1;
                        self.find(
                            &owner,
                            &recorded,
                            FindingKind::SpecOnlyField,
                            subject,
                            format!("`{go}` has no field `{}`", field.name),
                            at,
                        );
                        continue;
                    };
                    let fit = match (TypeExpr::parse(&field.ty), GoType::parse(&go_field.go_type)) {
                        (Ok(spec), Ok(go_type)) => {
                            self.index.fits(&spec, &go_type, go_field.string)
                        }
                        _ => Fit::Yes,
                    };
                    match fit {
                        Fit::Yes => self.counts.fields_matching += 1,
                        Fit::Untyped => self.find(
                            &owner,
                            &recorded,
                            FindingKind::Untyped,
                            subject,
                            format!("the Go field is `{}`", go_field.go_type),
                            Some(&go_field.at),
                        ),
                        Fit::No(how) => self.find(
                            &owner,
                            &recorded,
                            FindingKind::FieldType,
                            subject,
                            how,
                            Some(&go_field.at),
                        ),
                    }
                }
                for go_field in fields {
                    let known = spec_struct.fields.iter().any(|field| {
                        field.name == go_field.wire || field.aliases.contains(&go_field.wire)
                    });
                    if !known {
                        self.counts.fields_missing += 1;
                        self.find(
                            &owner,
                            &recorded,
                            FindingKind::MissingField,
                            format!("field {}", go_field.wire),
                            format!("`{go}` has `{}` ({})", go_field.wire, go_field.go_type),
                            Some(&go_field.at),
                        );
                    }
                }
            }
            TypeShape::Enum(spec_enum) => {
                let constants = match facts.types.get(go).map(|decl| &decl.kind) {
                    Some(GoTypeKind::Named { constants, .. }) => constants,
                    _ => match facts.const_groups.get(go) {
                        Some(group) => &group.constants,
                        None => return,
                    },
                };
                self.counts.types_checked += 1;
                for value in &spec_enum.values {
                    if !constants
                        .iter()
                        .any(|constant| constant.value == value.value)
                    {
                        self.find(
                            &owner,
                            &recorded,
                            FindingKind::EnumValue,
                            format!("value {}", value.value),
                            format!("`{go}` has no constant with the value `{}`", value.value),
                            None,
                        );
                    }
                }
                for constant in constants {
                    if !spec_enum
                        .values
                        .iter()
                        .any(|value| value.value == constant.value)
                    {
                        self.find(
                            &owner,
                            &recorded,
                            FindingKind::EnumValue,
                            format!("value {}", constant.value),
                            format!(
                                "`{go}` declares `{}` = `{}`; the spec lacks it",
                                constant.name, constant.value
                            ),
                            Some(&constant.at),
                        );
                    }
                }
            }
            // A union is the spec's reading of a Go struct with a tag field; the variants'
            // own types are compared where they name a Go type.
            TypeShape::Union(_) => {}
        }
    }
}

fn response_words(response: &Response) -> String {
    match response {
        Response::Json(ty) => format!("JSON `{ty}`"),
        Response::Text => "text".to_owned(),
        Response::EventStream => "an event stream".to_owned(),
        Response::Message => "the `{\"message\": \"success\"}` acknowledgement".to_owned(),
        Response::Empty => "nothing".to_owned(),
    }
}

fn fact_words(fact: &ResponseFact) -> String {
    match fact {
        ResponseFact::Json { go_type, .. } => format!("JSON `{go_type}`"),
        ResponseFact::Message => "the `{\"message\": \"success\"}` acknowledgement".to_owned(),
        ResponseFact::Text { .. } => "text".to_owned(),
        ResponseFact::EventStream { .. } => "an event stream".to_owned(),
        ResponseFact::Raw { via, .. } => format!("raw bytes ({via})"),
        ResponseFact::Unresolved { reason, .. } => format!("something unresolved ({reason})"),
    }
}

fn fact_at(fact: &ResponseFact) -> Option<&str> {
    match fact {
        ResponseFact::Json { at, .. }
        | ResponseFact::Text { at }
        | ResponseFact::EventStream { at }
        | ResponseFact::Raw { at, .. } => Some(at),
        ResponseFact::Unresolved { at, .. } => at.as_deref(),
        ResponseFact::Message => None,
    }
}
