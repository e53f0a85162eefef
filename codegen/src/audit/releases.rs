//! The spec against the facts of every release (`cargo xtask audit --server`): where each
//! endpoint is served ([`crate::server::availability`]), and, release by release, the spec as
//! that release serves it ([`LoadedSpec::for_release`]) compared field by field with its facts
//! ([`super::server::diff`]). A difference seen in several releases is one finding naming them.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use serde::Serialize;

use super::server::{self, Finding, ServerCounts};
use crate::diagnostic::Diagnostic;
use crate::load::LoadedSpec;
use crate::release::ReleaseName;
use crate::server::availability::{self, RouteRef, Serving};

/// One release's line of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReleaseSummary {
    /// `v4.2.0`, or `main`.
    pub release: String,
    /// The development branch, which no release serves yet.
    pub unreleased: bool,
    /// The commit the facts were read from.
    pub commit: String,
    /// The facts file.
    pub file: String,
    /// Routes the release's router serves (among those the facts read).
    pub routes: usize,
    /// Spec endpoints the release serves: client methods a client configured for it sends.
    pub methods_served: usize,
    /// Spec endpoints it does not serve: refused before sending.
    pub methods_not_served: usize,
    /// Its routes no spec endpoint stands for.
    pub routes_not_in_spec: usize,
    /// The field-level comparison of the spec as this release serves it with its facts.
    #[serde(flatten)]
    pub counts: ServerCounts,
}

/// One endpoint's row of the release matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatrixRow {
    /// Endpoint id (the client method).
    pub id: String,
    pub module: String,
    pub method: String,
    /// Per release, the path its router serves the endpoint at (`:name` placeholders), or
    /// `null`.
    pub served: IndexMap<String, Option<String>>,
}

/// A route of a release that no spec endpoint stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnclaimedRoute {
    pub release: String,
    pub method: String,
    pub path: String,
    pub handler: String,
}

/// A problem with where the spec says an endpoint is served (or a type's `go:`), with what
/// to write instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AvailabilityProblem {
    pub file: String,
    pub location: String,
    pub message: String,
    pub help: Option<String>,
}

impl From<Diagnostic> for AvailabilityProblem {
    fn from(diagnostic: Diagnostic) -> Self {
        AvailabilityProblem {
            file: diagnostic.file,
            location: diagnostic.location,
            message: diagnostic.message,
            help: diagnostic.help,
        }
    }
}

/// A field-level difference and the releases that show it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ReleaseFinding {
    #[serde(flatten)]
    pub finding: Finding,
    /// The releases whose facts show it, oldest first.
    pub releases: Vec<String>,
    /// When the difference is one of availability (the releases that show it are the first
    /// or the last of those its endpoint or type was compared in): what to write.
    pub suggestion: Option<String>,
}

/// The spec against every release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReleasesReport {
    /// Every release, oldest first.
    pub releases: Vec<ReleaseSummary>,
    /// Where each endpoint is served, modules by name, endpoints in spec order.
    pub endpoints: Vec<MatrixRow>,
    /// Where the spec's `since`/`until`/`paths` (or `go:`) disagree with the facts.
    pub availability: Vec<AvailabilityProblem>,
    /// Routes of a release the spec lacks.
    pub not_in_spec: Vec<UnclaimedRoute>,
    /// Field-level differences, recorded by an erratum or not.
    pub findings: Vec<ReleaseFinding>,
    /// Errata with `about` on compared endpoints and types that record no difference with the
    /// server in any release.
    pub errata_recording_nothing: Vec<IdleErratum>,
}

/// An erratum with `about` whose part shows no difference between the spec and the server in
/// any release the endpoint or type is compared in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct IdleErratum {
    pub module: String,
    /// `endpoint <id>` or `type <Name>`.
    pub owner: String,
    /// The erratum's `about`.
    pub about: String,
    /// The erratum's `source`.
    pub source: String,
    /// The source is an overview page (one of `spec/documented-endpoints.yaml`'s `pages`, any
    /// version): it lists methods and paths only, so the erratum can record only a difference
    /// with the server, and recording none, it no longer applies. Other pages may still show
    /// the difference: the docs audit checks them (`--docs PAGE --server`).
    pub overview: bool,
}

impl ReleasesReport {
    /// The findings no erratum records.
    pub fn unrecorded(&self) -> impl Iterator<Item = &ReleaseFinding> {
        self.findings
            .iter()
            .filter(|finding| !finding.finding.recorded)
    }

    /// The release names, oldest first.
    pub fn release_names(&self) -> Vec<&str> {
        self.releases
            .iter()
            .map(|release| release.release.as_str())
            .collect()
    }
}

/// Compares `spec` with the facts of each of its releases.
pub fn check(spec: &LoadedSpec) -> ReleasesReport {
    let serving = availability::serving(spec);
    let availability: Vec<AvailabilityProblem> = availability::check(spec)
        .0
        .into_iter()
        .map(AvailabilityProblem::from)
        .collect();
    // Each difference once, with the releases that show it and where the newest of them shows
    // it in its source.
    let mut grouped: BTreeMap<Finding, (Vec<ReleaseName>, Option<String>)> = BTreeMap::new();
    let mut releases = Vec::new();
    for (position, release) in spec.releases.iter().enumerate() {
        let view = spec.for_release(release.release);
        let report = server::diff(&view, &release.file, &release.facts);
        for finding in report.findings {
            // The same difference in another release cites other lines: group without them.
            let key = Finding {
                at: None,
                ..finding.clone()
            };
            let entry = grouped.entry(key).or_default();
            entry.0.push(release.release);
            entry.1 = finding.at;
        }
        let methods_served = serving
            .endpoints
            .iter()
            .filter(|row| row.served[position].is_some())
            .count();
        releases.push(ReleaseSummary {
            release: release.release.to_string(),
            unreleased: !release.release.is_release(),
            commit: release.facts.source.commit.clone(),
            file: release.file.clone(),
            routes: release.facts.routes.len(),
            methods_served,
            methods_not_served: serving.endpoints.len() - methods_served,
            routes_not_in_spec: serving
                .unclaimed
                .iter()
                .filter(|(name, _)| *name == release.release)
                .count(),
            counts: report.total,
        });
    }
    let compared = compared_in(spec);
    let findings: Vec<ReleaseFinding> = grouped
        .into_iter()
        .map(|(finding, (releases, at))| {
            let suggestion = compared
                .get(&finding.owner)
                .and_then(|compared| suggest(spec, &finding, &releases, compared));
            ReleaseFinding {
                finding: Finding { at, ..finding },
                releases: releases.iter().map(ToString::to_string).collect(),
                suggestion,
            }
        })
        .collect();
    let errata_recording_nothing = idle_errata(spec, &compared, &findings);
    ReleasesReport {
        releases,
        endpoints: matrix(&serving),
        errata_recording_nothing,
        availability,
        not_in_spec: serving
            .unclaimed
            .iter()
            .map(|(release, route)| unclaimed(*release, route))
            .collect(),
        findings,
    }
}

/// The errata with `about` on endpoints and types compared in some release whose part shows
/// no difference with the server in any of them.
fn idle_errata(
    spec: &LoadedSpec,
    compared: &BTreeMap<String, Vec<ReleaseName>>,
    findings: &[ReleaseFinding],
) -> Vec<IdleErratum> {
    use std::collections::BTreeSet;
    let parts: BTreeSet<(&str, &str)> = findings
        .iter()
        .map(|f| (f.finding.owner.as_str(), f.finding.subject.as_str()))
        .collect();
    let mut idle = Vec::new();
    for file in &spec.files {
        let module = &file.module;
        let owners = module
            .endpoints
            .iter()
            .map(|endpoint| (format!("endpoint {}", endpoint.id), &endpoint.errata, false))
            .chain(
                module
                    .types
                    .iter()
                    .map(|(name, def)| (format!("type {name}"), &def.errata, true)),
            );
        for (owner, errata, on_type) in owners {
            if compared
                .get(&owner)
                .is_none_or(|releases| releases.is_empty())
            {
                continue;
            }
            for erratum in errata {
                let Some(about) = erratum.about.as_deref() else {
                    continue;
                };
                let Ok(about) = crate::errata::About::parse(about, on_type) else {
                    continue;
                };
                let subject = about.to_string();
                if !parts.contains(&(owner.as_str(), subject.as_str())) {
                    idle.push(IdleErratum {
                        module: module.module.clone(),
                        owner: owner.clone(),
                        about: subject,
                        source: erratum.source.clone(),
                        overview: false,
                    });
                }
            }
        }
    }
    idle.sort();
    idle
}

/// The releases each endpoint (`endpoint <id>`) and type (`type <Name>`) is compared in: an
/// endpoint where it is served, a type where the facts hold its Go type.
fn compared_in(spec: &LoadedSpec) -> BTreeMap<String, Vec<ReleaseName>> {
    let mut compared = BTreeMap::new();
    for file in &spec.files {
        for endpoint in &file.module.endpoints {
            let range = endpoint.range();
            compared.insert(
                format!("endpoint {}", endpoint.id),
                spec.release_names()
                    .into_iter()
                    .filter(|release| range.contains(*release))
                    .collect(),
            );
        }
        for (name, def) in &file.module.types {
            let Some(go) = &def.go else {
                continue;
            };
            compared.insert(
                format!("type {name}"),
                spec.releases
                    .iter()
                    .filter(|release| {
                        release.facts.types.contains_key(go)
                            || release.facts.const_groups.contains_key(go)
                    })
                    .map(|release| release.release)
                    .collect(),
            );
        }
    }
    compared
}

/// `since:`/`until:` for a difference seen only in the first or the last releases of those its
/// owner was compared in.
fn suggest(
    spec: &LoadedSpec,
    finding: &Finding,
    seen: &[ReleaseName],
    compared: &[ReleaseName],
) -> Option<String> {
    use super::server::FindingKind;
    if seen.is_empty() || seen.len() >= compared.len() {
        return None;
    }
    let prefix = compared.starts_with(seen);
    let suffix = compared.ends_with(seen);
    let spec_has = match finding.kind {
        FindingKind::SpecOnlyField | FindingKind::SpecOnlyQuery => true,
        FindingKind::MissingField
        | FindingKind::MissingQuery
        | FindingKind::MissingRequiredQuery => false,
        FindingKind::EnumValue => declares(spec, finding),
        _ => return None,
    };
    let first_after = compared.get(seen.len()).copied();
    let last_before = compared
        .len()
        .checked_sub(seen.len() + 1)
        .and_then(|i| compared.get(i))
        .copied();
    let part = match finding.subject.split_once(' ') {
        Some(("query", name)) => format!("query parameter `{name}`"),
        Some(("field", name)) => format!("field `{name}`"),
        Some(("value", name)) => format!("value `{name}`"),
        _ => format!("`{}`", finding.subject),
    };
    match (spec_has, prefix, suffix) {
        (true, true, _) => {
            first_after.map(|r| format!("{part}: `since: {r}` (earlier releases do not have it)"))
        }
        (true, false, true) => {
            last_before.map(|r| format!("{part}: `until: {r}` (later releases do not have it)"))
        }
        (false, true, _) => seen
            .last()
            .map(|r| format!("add the {part} with `until: {r}` (only releases up to it have it)")),
        (false, false, true) => seen
            .first()
            .map(|r| format!("add the {part} with `since: {r}`")),
        // Missing in a run of releases just before later ones that agree with the spec: the
        // spec has the part, from a later release on (a new release between the last one and
        // `main`, say), and these releases have it too.
        (false, false, false) if contiguous_in(seen, compared) && declares(spec, finding) => {
            seen.first().map(|r| {
                format!(
                    "{part}: `since: {r}` (the spec has it from a later release; these have it too)"
                )
            })
        }
        _ => None,
    }
}

/// Whether the spec declares the part a finding is about, in any release: the field of a type,
/// the query parameter of an endpoint, the value of an enum.
fn declares(spec: &LoadedSpec, finding: &Finding) -> bool {
    let Some((kind, name)) = finding.subject.split_once(' ') else {
        return false;
    };
    let modules = || spec.files.iter().map(|file| &file.module);
    if let Some(owner) = finding.owner.strip_prefix("type ") {
        return modules()
            .filter_map(|module| module.types.get(owner))
            .any(|def| match (&def.shape, kind) {
                (crate::spec::TypeShape::Struct(def), "field") => {
                    def.fields.iter().any(|field| field.name == name)
                }
                (crate::spec::TypeShape::Enum(def), "value") => {
                    def.values.iter().any(|value| value.value == name)
                }
                _ => false,
            });
    }
    if let Some(owner) = finding.owner.strip_prefix("endpoint ") {
        return kind == "query"
            && modules()
                .flat_map(|module| &module.endpoints)
                .filter(|endpoint| endpoint.id == owner)
                .any(|endpoint| endpoint.query.iter().any(|param| param.name == name));
    }
    false
}

/// Whether `seen` stands in `compared` as one run, in order.
fn contiguous_in(seen: &[ReleaseName], compared: &[ReleaseName]) -> bool {
    compared.windows(seen.len()).any(|window| window == seen)
}

fn matrix(serving: &Serving) -> Vec<MatrixRow> {
    serving
        .endpoints
        .iter()
        .map(|row| MatrixRow {
            id: row.id.clone(),
            module: row.module.clone(),
            method: row.method.clone(),
            served: serving
                .releases
                .iter()
                .zip(&row.served)
                .map(|(release, route)| {
                    (
                        release.to_string(),
                        route.as_ref().map(|route| route.path.clone()),
                    )
                })
                .collect(),
        })
        .collect()
}

fn unclaimed(release: ReleaseName, route: &RouteRef) -> UnclaimedRoute {
    UnclaimedRoute {
        release: release.to_string(),
        method: route.method.clone(),
        path: route.path.clone(),
        handler: route.handler.clone(),
    }
}
