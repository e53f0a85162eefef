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
//!
//! What handlers decide in code (the facts' `checks` on query parameters and body fields, and
//! bodies decoded only under a condition) is held against the spec too: a value the server
//! requires must be required, a value it restricts to a set must be an enum of that set, a
//! value it requires under a condition is a finding until the spec can say so. A check on a
//! body field is reported on the spec type that holds the field (recorded by a type erratum
//! `about: field <name>`), once however many endpoints send that type.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::errata::About;
use crate::facts::{
    BodyFact, CheckRule, CodeCheck, Condition, GoType, GoTypeKind, ResponseFact, RouteFact,
    ServerFacts,
};
use crate::load::LoadedSpec;
use crate::server::{Fit, ServerIndex};
use crate::spec::{Endpoint, Erratum, Field, RequiredWhen, Response, TypeDef, TypeShape};
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
    /// The handler accepts only some values of a query parameter and the spec does not list
    /// exactly those.
    QueryValues,
    /// The server rejects a body without a field the spec makes optional.
    FieldRequired,
    /// The server accepts only some values of a body field and the spec does not list exactly
    /// those.
    FieldValues,
    /// The server requires a query parameter or field when another value has some value; the
    /// spec does not require it.
    RequiredWhen,
    /// The handler decodes the body the spec sends only when a query parameter has some value,
    /// and the spec does not require that parameter.
    ConditionalBody,
    /// A field of a type only requests reach that no body reaching it reads: the body is read
    /// as YAML, which skips the field (`yaml:"-"`) or reads it under another name.
    UnreadField,
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
            FindingKind::QueryValues => "allowed values differ",
            FindingKind::FieldRequired => "field required in code",
            FindingKind::FieldValues => "allowed field values differ",
            FindingKind::RequiredWhen => "required under a condition",
            FindingKind::ConditionalBody => "body depends on a query value",
            FindingKind::UnreadField => "field the server does not read",
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
    /// Checks in code (the facts' `checks`, and conditions a body is decoded under) on the
    /// checked endpoints' query parameters and bodies that the audit held the spec to.
    pub code_checks: usize,
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
        self.code_checks += other.code_checks;
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
    let type_modules: BTreeMap<&str, &str> = files
        .iter()
        .flat_map(|file| {
            let module = file.module.module.as_str();
            file.module
                .types
                .keys()
                .map(move |name| (name.as_str(), module))
        })
        .collect();
    let mut checkers = Vec::new();
    let mut field_findings = Vec::new();
    let mut body_types: BTreeMap<String, BTreeSet<Reader>> = BTreeMap::new();
    let response_types = reached_by_responses(&index, spec);
    let mut conditions_checked = BTreeSet::new();
    for spec_file in files {
        let module = &spec_file.module;
        let mut check = Checker {
            index: &index,
            module: &module.module,
            type_modules: &type_modules,
            counts: ServerCounts::default(),
            findings: Vec::new(),
            field_findings: Vec::new(),
            body_types: BTreeMap::new(),
            response_types: &response_types,
            conditions_checked: BTreeSet::new(),
        };
        for endpoint in &module.endpoints {
            check.endpoint(endpoint);
        }
        field_findings.append(&mut check.field_findings);
        for (name, readers) in std::mem::take(&mut check.body_types) {
            body_types.entry(name).or_default().extend(readers);
        }
        conditions_checked.append(&mut check.conditions_checked);
        checkers.push((check, module));
    }
    // Types once every body is known: a Go field only YAML bodies reach and YAML skips is not
    // one the spec lacks.
    let yaml_only: BTreeSet<&str> = body_types
        .iter()
        .filter(|(name, readers)| {
            !response_types.contains(*name) && !readers.contains(&Reader::Json)
        })
        .map(|(name, _)| name.as_str())
        .collect();
    let checkers: Vec<Checker> = checkers
        .into_iter()
        .map(|(mut check, module)| {
            for (name, def) in &module.types {
                check.type_def(name, def, yaml_only.contains(name.as_str()));
            }
            check
        })
        .collect();
    field_findings.extend(unchecked_conditions(
        &index,
        &type_modules,
        &body_types,
        &conditions_checked,
    ));
    field_findings.extend(unread_fields(
        &index,
        &type_modules,
        &body_types,
        &response_types,
    ));
    // Checks on body fields belong to the module of the type holding the field; one finding
    // however many endpoints send that type.
    field_findings.sort();
    field_findings.dedup();
    for mut check in checkers {
        check.findings.extend(
            field_findings
                .iter()
                .filter(|finding| finding.module == check.module)
                .cloned(),
        );
        let module = check.module.to_owned();
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
            module,
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
    /// The module of every spec type.
    type_modules: &'a BTreeMap<&'a str, &'a str>,
    counts: ServerCounts,
    findings: Vec<Finding>,
    /// Findings on body fields, for the module of the type that holds the field.
    field_findings: Vec<Finding>,
    /// Spec types a compared body reaches (through fields, arrays, maps and union variants),
    /// with how those bodies are read.
    body_types: BTreeMap<String, BTreeSet<Reader>>,
    /// Spec types a response of the release reaches.
    response_types: &'a BTreeSet<String>,
    /// Fields (type, wire name) a `required_when` check of the facts is about.
    conditions_checked: BTreeSet<(String, String)>,
}

/// The parts the errata of an endpoint or type record.
fn recorded_parts(errata: &[Erratum], on_type: bool) -> BTreeSet<String> {
    errata
        .iter()
        .filter_map(|erratum| erratum.about.as_deref())
        .filter_map(|about| About::parse(about, on_type).ok())
        .map(|about| about.to_string())
        .collect()
}

impl<'a> Checker<'a> {
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
        let conditional = self
            .body_condition(endpoint, route)
            .map(|(_, when)| when.query.clone().unwrap_or_default());

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
            // The handler decodes the body the spec sends only for some value of this
            // parameter: the call cannot succeed without it.
            let body_needs = conditional.as_deref() == Some(param.name.as_str());
            // An optional parameter only the body's condition needs is the conditional body's
            // finding (below), not this one.
            if param.required != (fact.required || body_needs) && (param.required || fact.required)
            {
                agrees = false;
                // The check that decides it, when the handler decides it in code.
                let decided = fact
                    .checks
                    .iter()
                    .find(|check| check.rule == CheckRule::Required);
                let detail = match (fact.required, decided) {
                    (true, Some(check)) => format!(
                        "the handler rejects a request without it ({}); the spec makes it optional",
                        check.via
                    ),
                    (true, None) => {
                        "the handler rejects a request without it; the spec makes it optional"
                            .to_owned()
                    }
                    (false, _) => "the spec requires it; the handler does without it".to_owned(),
                };
                self.find(
                    &owner,
                    &recorded,
                    FindingKind::QueryRequired,
                    subject.clone(),
                    detail,
                    Some(decided.map_or(fact.at.as_str(), |check| check.at.as_str())),
                );
            }
            for check in &fact.checks {
                self.counts.code_checks += 1;
                let verdict = match check.rule {
                    // Compared above with the required flag the check sets.
                    CheckRule::Required => None,
                    CheckRule::Values => self.values_differ(&param.ty, &check.values).map(|how| {
                        (
                            FindingKind::QueryValues,
                            format!("the handler accepts {}{how}", values_words(check)),
                        )
                    }),
                    CheckRule::RequiredWhen if param.required => None,
                    CheckRule::RequiredWhen => match (&param.required_when, &check.when) {
                        (Some(spec), Some(when)) if same_condition(spec, when, "") => None,
                        (spec, _) => Some((
                            FindingKind::RequiredWhen,
                            format!(
                                "the handler rejects a request without it when {} ({}); {}",
                                condition_words(check.when.as_ref()),
                                check.via,
                                spec_condition_words(spec.as_ref(), "")
                            ),
                        )),
                    },
                };
                if let Some((kind, detail)) = verdict {
                    agrees = false;
                    self.find(
                        &owner,
                        &recorded,
                        kind,
                        subject.clone(),
                        detail,
                        Some(&check.at),
                    );
                }
            }
            if let Some(spec) = &param.required_when
                && !param.required
                && !fact
                    .checks
                    .iter()
                    .any(|check| check.rule == CheckRule::RequiredWhen)
            {
                agrees = false;
                self.find(
                    &owner,
                    &recorded,
                    FindingKind::RequiredWhen,
                    subject.clone(),
                    format!(
                        "{}; the handler makes no such check",
                        spec_condition_words(Some(spec), "")
                    ),
                    Some(&fact.at),
                );
            }
            // A plain string the handler checks against exactly the values of the spec's enum
            // is that enum, whatever Go type the enum follows elsewhere.
            let checked_enum = fact.checks.iter().any(|check| {
                check.rule == CheckRule::Values
                    && check.when.is_none()
                    && self.values_differ(&param.ty, &check.values).is_none()
            });
            match (TypeExpr::parse(&param.ty), GoType::parse(&fact.go_type)) {
                (Ok(spec), Ok(go)) => match self.index.fits(&spec, &go, false) {
                    Fit::Yes => {}
                    Fit::No(_) if checked_enum => {}
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
                        Ok(go) => self.body_fits(&spec, &go),
                        Err(message) => {
                            Fit::No(format!("the facts' Go type does not parse: {message}"))
                        }
                    };
                    verdicts.push((fit, fact));
                }
                let fitting: Vec<&BodyFact> = verdicts
                    .iter()
                    .filter(|(fit, _)| *fit == Fit::Yes)
                    .map(|(_, fact)| *fact)
                    .collect();
                if !fitting.is_empty() {
                    self.body_checks(endpoint, &spec, &fitting, owner, recorded);
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

    /// The spec against what the handler decides in code about the bodies the spec's body
    /// fits: the condition they are decoded under, and the checks on their fields.
    fn body_checks(
        &mut self,
        endpoint: &Endpoint,
        spec: &TypeExpr,
        bodies: &[&BodyFact],
        owner: &str,
        recorded: &BTreeSet<String>,
    ) {
        for body in bodies {
            self.reach(spec, Reader::of(&body.via));
        }
        self.counts.code_checks += bodies.iter().filter(|body| body.when.is_some()).count();
        if let Some((body, when)) = conditional_on_query(bodies)
            && let Some(query) = &when.query
        {
            let param = endpoint.query.iter().find(|param| &param.name == query);
            if !param.is_some_and(|param| param.required) {
                let spec_side = match param {
                    Some(_) => format!("the spec makes `{query}` optional"),
                    None => format!("the spec does not send `{query}`"),
                };
                self.find(
                    owner,
                    recorded,
                    FindingKind::ConditionalBody,
                    format!("query {query}"),
                    format!(
                        "the handler decodes the body the spec sends (`{}`) only when {}; {spec_side}",
                        body.go_type,
                        condition_words(Some(when))
                    ),
                    Some(&body.at),
                );
            }
        }
        for body in bodies {
            for check in &body.checks {
                self.counts.code_checks += 1;
                let Some((type_name, field)) = check
                    .field
                    .as_deref()
                    .and_then(|path| self.spec_field(spec, path))
                else {
                    continue;
                };
                let verdict = match check.rule {
                    CheckRule::Required if field.required => None,
                    CheckRule::Required => Some((
                        FindingKind::FieldRequired,
                        format!(
                            "the server rejects a body without it ({}); the spec makes it optional",
                            check.via
                        ),
                    )),
                    CheckRule::Values => self.values_differ(&field.ty, &check.values).map(|how| {
                        (
                            FindingKind::FieldValues,
                            format!("the server accepts {}{how}", values_words(check)),
                        )
                    }),
                    CheckRule::RequiredWhen if field.required => None,
                    CheckRule::RequiredWhen => {
                        let path = check.field.as_deref().unwrap_or_default();
                        let parent = parent_path(path);
                        self.conditions_checked
                            .insert((type_name.to_owned(), field.name.clone()));
                        match (&field.required_when, &check.when) {
                            (Some(spec), Some(when)) if same_condition(spec, when, parent) => None,
                            (spec, _) => Some((
                                FindingKind::RequiredWhen,
                                format!(
                                    "the server rejects a body without it when {} ({}); {}",
                                    condition_words(check.when.as_ref()),
                                    check.via,
                                    spec_condition_words(spec.as_ref(), parent)
                                ),
                            )),
                        }
                    }
                };
                let Some((kind, detail)) = verdict else {
                    continue;
                };
                let subject = format!("field {}", field.name);
                let recorded = self
                    .index
                    .spec_types
                    .get(type_name)
                    .is_some_and(|def| recorded_parts(&def.errata, true).contains(&subject));
                self.field_findings.push(Finding {
                    module: self
                        .type_modules
                        .get(type_name)
                        .copied()
                        .unwrap_or(self.module)
                        .to_owned(),
                    owner: format!("type {type_name}"),
                    kind,
                    subject,
                    detail,
                    at: Some(check.at.clone()),
                    recorded,
                });
            }
        }
    }

    /// The query condition every body the spec's body fits is decoded under, if there is one
    /// (see [`conditional_on_query`]).
    fn body_condition<'r>(
        &self,
        endpoint: &Endpoint,
        route: &'r RouteFact,
    ) -> Option<(&'r BodyFact, &'r Condition)> {
        let spec = TypeExpr::parse(&endpoint.body.as_ref()?.ty).ok()?;
        let fitting: Vec<&BodyFact> = route
            .bodies
            .iter()
            .filter(|fact| {
                GoType::parse(&fact.go_type).is_ok_and(|go| self.body_fits(&spec, &go) == Fit::Yes)
            })
            .collect();
        conditional_on_query(&fitting)
    }

    /// Whether the spec's body type fits the Go type a handler decodes: as any type fits, or
    /// as a struct whose Go type has every field of the handler's, with the same Go types (the
    /// response type of the resource the request updates: the server reads the part it knows
    /// and ignores the rest, so what was read can be sent back whole).
    fn body_fits(&self, spec: &TypeExpr, go: &GoType) -> Fit {
        let fit = self.index.fits(spec, go, false);
        if fit == Fit::Yes {
            return fit;
        }
        let (TypeExpr::Named(name), GoType::Named(read)) = (spec, go.strip_pointers()) else {
            return fit;
        };
        let struct_fields = |go: &str| match self.index.facts.types.get(go).map(|d| &d.kind) {
            Some(GoTypeKind::Struct { fields }) => Some(fields),
            _ => None,
        };
        let superset = self
            .index
            .spec_types
            .get(name.as_str())
            .filter(|def| matches!(def.shape, TypeShape::Struct(_)))
            .and_then(|def| def.go.as_deref())
            .and_then(|followed| Some((struct_fields(followed)?, struct_fields(read)?)))
            .is_some_and(|(sent, read)| {
                read.iter().all(|field| {
                    sent.iter()
                        .any(|other| other.wire == field.wire && other.go_type == field.go_type)
                })
            });
        if superset { Fit::Yes } else { fit }
    }

    /// Records the spec types `expr` reaches in [`Checker::body_types`], read by `reader`:
    /// through every field for JSON; for YAML, through the fields YAML reads under the spec's
    /// name.
    fn reach(&mut self, expr: &TypeExpr, reader: Reader) {
        let mut queue = vec![expr.clone()];
        while let Some(expr) = queue.pop() {
            let name = match expr {
                TypeExpr::Array(inner) | TypeExpr::Map(inner) => {
                    queue.push(*inner);
                    continue;
                }
                TypeExpr::Named(name) => name,
                _ => continue,
            };
            if !self
                .body_types
                .entry(name.clone())
                .or_default()
                .insert(reader)
            {
                continue;
            }
            let def = self.index.spec_types.get(name.as_str());
            match def.map(|def| &def.shape) {
                Some(TypeShape::Struct(fields)) => queue.extend(
                    fields
                        .fields
                        .iter()
                        .filter(|field| {
                            reader == Reader::Json
                                || def.is_none_or(|def| {
                                    yaml_reading(self.index, def, field) == YamlReading::Read
                                })
                        })
                        .filter_map(|field| TypeExpr::parse(&field.ty).ok()),
                ),
                Some(TypeShape::Union(def)) => queue.extend(
                    def.variants
                        .iter()
                        .map(|variant| TypeExpr::Named(variant.ty.trim().to_owned())),
                ),
                _ => {}
            }
        }
    }

    /// The spec type and field a body path (`service_list[].service_name`) leads to from the
    /// body's type; `None` for an element (`inputs[]`) or a path the spec does not follow.
    fn spec_field(&self, body: &TypeExpr, path: &str) -> Option<(&'a str, &'a Field)> {
        let segments = path.replace("[]", ".[]");
        let mut current = body.clone();
        let mut last = None;
        for segment in segments.split('.').filter(|s| !s.is_empty()) {
            if segment == "[]" {
                current = match current {
                    TypeExpr::Array(inner) | TypeExpr::Map(inner) => *inner,
                    _ => return None,
                };
                last = None;
                continue;
            }
            let TypeExpr::Named(name) = &current else {
                return None;
            };
            let (type_name, def) = self.index.spec_types.get_key_value(name.as_str())?;
            let TypeShape::Struct(fields) = &def.shape else {
                return None;
            };
            let field = fields.fields.iter().find(|field| {
                field.name == segment || field.aliases.iter().any(|alias| alias == segment)
            })?;
            current = TypeExpr::parse(&field.ty).ok()?;
            last = Some((*type_name, field));
        }
        last
    }

    /// How a spec type falls short of accepting exactly `values`: `None` when it is an enum of
    /// those values.
    fn values_differ(&self, spec_ty: &str, values: &[String]) -> Option<String> {
        let name = match TypeExpr::parse(spec_ty) {
            Ok(TypeExpr::Named(name)) => name,
            _ => return Some(format!("; the spec takes any `{spec_ty}`")),
        };
        let Some(TypeShape::Enum(spec_enum)) = self
            .index
            .spec_types
            .get(name.as_str())
            .map(|def| &def.shape)
        else {
            return Some(format!("; the spec's `{name}` is not an enum"));
        };
        let listed: BTreeSet<&str> = spec_enum.values.iter().map(|v| v.value.as_str()).collect();
        let lacks: Vec<String> = values
            .iter()
            .filter(|value| !listed.contains(value.as_str()))
            .map(|value| format!("`{value}`"))
            .collect();
        let rejected: Vec<String> = listed
            .iter()
            .filter(|value| !values.iter().any(|v| v == *value))
            .map(|value| format!("`{value}`"))
            .collect();
        let mut parts = Vec::new();
        if !lacks.is_empty() {
            parts.push(format!("lacks {}", lacks.join(", ")));
        }
        if !rejected.is_empty() {
            parts.push(format!(
                "lists {}, which the server rejects",
                rejected.join(", ")
            ));
        }
        (!parts.is_empty()).then(|| format!("; the spec's `{name}` {}", parts.join(" and ")))
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

    /// `yaml_only`: only bodies read as YAML reach the type (and no response), so a Go field
    /// YAML skips is not one the spec lacks.
    fn type_def(&mut self, name: &str, def: &TypeDef, yaml_only: bool) {
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
                        // A request type holds only what the server reads.
                        let detail = if self.response_types.contains(name) {
                            format!("`{go}` has no field `{}`", field.name)
                        } else {
                            format!(
                                "`{go}` has no field `{}` (absent, or json `-`): the server does not read it",
                                field.name
                            )
                        };
                        self.find(
                            &owner,
                            &recorded,
                            FindingKind::SpecOnlyField,
                            subject,
                            detail,
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
                    let unread = yaml_only && go_field.yaml.as_deref() == Some("-");
                    if !known && !unread {
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
            // Values the server lists in code: held against the check where a parameter or
            // field of the type is checked (`values_differ`).
            TypeShape::Enum(_) if def.go_func().is_some() => {
                if def
                    .go_func()
                    .is_some_and(|function| facts.checks_values_in(function))
                {
                    self.counts.types_checked += 1;
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

/// `only `a`, `b``, with the condition the set applies under.
fn values_words(check: &CodeCheck) -> String {
    let values: Vec<String> = check.values.iter().map(|v| format!("`{v}`")).collect();
    let when = match &check.when {
        Some(when) => format!(" when {}", condition_words(Some(when))),
        None => String::new(),
    };
    format!("only {}{when} ({})", values.join(", "), check.via)
}

/// A condition in words: `` `source` is `template` ``.
fn condition_words(when: Option<&Condition>) -> String {
    let Some(when) = when else {
        return "some condition holds".to_owned();
    };
    let name = when
        .query
        .as_deref()
        .or(when.field.as_deref())
        .unwrap_or("?");
    let list = |values: &[String]| {
        values
            .iter()
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (when.is.as_slice(), when.is_not.as_slice()) {
        ([empty], []) if empty.is_empty() => format!("`{name}` is empty"),
        ([], [empty]) if empty.is_empty() => format!("`{name}` is given"),
        ([one], []) => format!("`{name}` is `{one}`"),
        (many, []) => format!("`{name}` is one of {}", list(many)),
        ([], [one]) => format!("`{name}` is not `{one}`"),
        (_, none) => format!("`{name}` is none of {}", list(none)),
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

/// The findings for `required_when` fields of the types compared bodies reach that no check
/// of the facts is about: the spec demands a value the server does not.
fn unchecked_conditions(
    index: &ServerIndex<'_>,
    type_modules: &BTreeMap<&str, &str>,
    body_types: &BTreeMap<String, BTreeSet<Reader>>,
    conditions_checked: &BTreeSet<(String, String)>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for type_name in body_types.keys() {
        let Some(def) = index.spec_types.get(type_name.as_str()) else {
            continue;
        };
        let TypeShape::Struct(fields) = &def.shape else {
            continue;
        };
        let recorded = recorded_parts(&def.errata, true);
        for field in &fields.fields {
            let Some(when) = &field.required_when else {
                continue;
            };
            if field.required
                || conditions_checked.contains(&(type_name.clone(), field.name.clone()))
            {
                continue;
            }
            let subject = format!("field {}", field.name);
            findings.push(Finding {
                module: type_modules
                    .get(type_name.as_str())
                    .copied()
                    .unwrap_or_default()
                    .to_owned(),
                owner: format!("type {type_name}"),
                kind: FindingKind::RequiredWhen,
                recorded: recorded.contains(&subject),
                subject,
                detail: format!(
                    "{}; the server makes no such check",
                    spec_condition_words(Some(when), "")
                ),
                at: None,
            });
        }
    }
    findings
}

/// Whether the spec's `required_when` says what the facts' condition does: the same value
/// tested (a field as a sibling of the checked one: `parent` is the checked field's path up to
/// its own name), the same values.
fn same_condition(spec: &RequiredWhen, fact: &Condition, parent: &str) -> bool {
    let target = match (&spec.query, &spec.field, &fact.query, &fact.field) {
        (Some(spec), None, Some(fact), None) => spec == fact,
        (None, Some(spec), None, Some(fact)) => format!("{parent}{spec}") == *fact,
        _ => false,
    };
    let set = |values: &[String]| values.iter().cloned().collect::<BTreeSet<String>>();
    target && set(&spec.is) == set(&fact.is) && set(&spec.is_not) == set(&fact.is_not)
}

/// `service_list[].` for `service_list[].source`: the path of the struct holding the field,
/// as a prefix; empty at the top.
fn parent_path(path: &str) -> &str {
    path.rfind('.').map_or("", |dot| &path[..=dot])
}

/// What the spec says of a value's condition, for a finding: `the spec makes it optional` or
/// `the spec requires it when ...`.
fn spec_condition_words(spec: Option<&RequiredWhen>, parent: &str) -> String {
    let Some(spec) = spec else {
        return "the spec makes it optional".to_owned();
    };
    let condition = Condition {
        query: spec.query.clone(),
        field: spec.field.as_ref().map(|field| format!("{parent}{field}")),
        is: spec.is.clone(),
        is_not: spec.is_not.clone(),
    };
    format!(
        "the spec requires it when {}",
        condition_words(Some(&condition))
    )
}

/// When every one of `bodies` is decoded only if the same query parameter has one of some
/// values: the first body and its condition.
fn conditional_on_query<'r>(bodies: &[&'r BodyFact]) -> Option<(&'r BodyFact, &'r Condition)> {
    let (first, rest) = bodies.split_first()?;
    let when = first.when.as_ref()?;
    (when.query.is_some()
        && !when.is.is_empty()
        && rest.iter().all(|body| {
            body.when
                .as_ref()
                .is_some_and(|other| other.query == when.query)
        }))
    .then_some((*first, when))
}

/// How a body is decoded: by the json tags, or by `gopkg.in/yaml`'s yaml tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Reader {
    Json,
    Yaml,
}

impl Reader {
    /// The reader of a body decoded `via` ([`BodyFact::via`]).
    fn of(via: &str) -> Reader {
        if via == "yaml.Unmarshal" {
            Reader::Yaml
        } else {
            Reader::Json
        }
    }
}

/// Whether YAML reads a spec field where the spec writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum YamlReading {
    /// Under the field's name (or the facts do not say otherwise).
    Read,
    /// Not at all (`yaml:"-"`, or promoted from a struct YAML does not inline).
    Skipped,
    /// Under another name.
    Renamed(String),
}

/// How `gopkg.in/yaml` reads `field` of the spec type `def`, by the facts' Go field.
fn yaml_reading(index: &ServerIndex<'_>, def: &TypeDef, field: &Field) -> YamlReading {
    let go_field = def
        .go
        .as_deref()
        .and_then(|go| index.facts.types.get(go))
        .and_then(|decl| match &decl.kind {
            GoTypeKind::Struct { fields } => fields.iter().find(|go_field| {
                go_field.wire == field.name || field.aliases.contains(&go_field.wire)
            }),
            GoTypeKind::Named { .. } => None,
        });
    match go_field.and_then(|go_field| go_field.yaml.as_deref()) {
        None => YamlReading::Read,
        Some("-") => YamlReading::Skipped,
        Some(name) if name == field.name || field.aliases.iter().any(|alias| alias == name) => {
            YamlReading::Read
        }
        Some(name) => YamlReading::Renamed(name.to_owned()),
    }
}

/// Every spec type a JSON response of the spec reaches.
fn reached_by_responses(index: &ServerIndex<'_>, spec: &LoadedSpec) -> BTreeSet<String> {
    let mut queue: Vec<TypeExpr> = spec
        .files
        .iter()
        .flat_map(|file| &file.module.endpoints)
        .filter_map(|endpoint| match &endpoint.response {
            Response::Json(text) => TypeExpr::parse(text).ok(),
            _ => None,
        })
        .collect();
    let mut reached = BTreeSet::new();
    while let Some(expr) = queue.pop() {
        let name = match expr {
            TypeExpr::Array(inner) | TypeExpr::Map(inner) => {
                queue.push(*inner);
                continue;
            }
            TypeExpr::Named(name) => name,
            _ => continue,
        };
        if !reached.insert(name.clone()) {
            continue;
        }
        match index.spec_types.get(name.as_str()).map(|def| &def.shape) {
            Some(TypeShape::Struct(def)) => {
                for field in &def.fields {
                    queue.extend(TypeExpr::parse(&field.ty).ok());
                    queue.extend(field.views.iter().map(|view| TypeExpr::Named(view.clone())));
                }
            }
            Some(TypeShape::Union(def)) => queue.extend(
                def.variants
                    .iter()
                    .map(|variant| TypeExpr::Named(variant.ty.trim().to_owned())),
            ),
            _ => {}
        }
    }
    reached
}

/// The fields of types only requests reach that no body reaching them reads: every body is
/// read as YAML, which skips the field or reads it under another name. (A field the Go struct
/// does not have at all is a [`FindingKind::SpecOnlyField`].)
fn unread_fields(
    index: &ServerIndex<'_>,
    type_modules: &BTreeMap<&str, &str>,
    body_types: &BTreeMap<String, BTreeSet<Reader>>,
    response_types: &BTreeSet<String>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (type_name, readers) in body_types {
        if response_types.contains(type_name) || readers.contains(&Reader::Json) {
            continue;
        }
        let Some(def) = index.spec_types.get(type_name.as_str()) else {
            continue;
        };
        let TypeShape::Struct(fields) = &def.shape else {
            continue;
        };
        let recorded = recorded_parts(&def.errata, true);
        for field in &fields.fields {
            let detail = match yaml_reading(index, def, field) {
                YamlReading::Read => continue,
                YamlReading::Skipped => format!(
                    "the server reads the body as YAML, which skips `{}` (yaml `-`); a request type holds only what the server reads",
                    field.name
                ),
                YamlReading::Renamed(name) => format!(
                    "the server reads the body as YAML, which reads this field under `{name}`, not `{}`",
                    field.name
                ),
            };
            let subject = format!("field {}", field.name);
            findings.push(Finding {
                module: type_modules
                    .get(type_name.as_str())
                    .copied()
                    .unwrap_or_default()
                    .to_owned(),
                owner: format!("type {type_name}"),
                kind: FindingKind::UnreadField,
                recorded: recorded.contains(&subject),
                subject,
                detail,
                at: None,
            });
        }
    }
    findings
}
