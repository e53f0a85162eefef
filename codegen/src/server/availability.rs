//! Which release serves each spec endpoint, and where: the spec's `since:`, `until:` and
//! `paths:` against the routes of every release's facts.
//!
//! For each endpoint and release, the route that serves it is the one at the path the spec
//! gives for that release; failing that (the spec is wrong, or a new release moved it), a
//! route at another of the endpoint's paths, or a route of the same handler function and
//! method that no other endpoint stands for. From those the served releases and paths are
//! derived, and compared with what the spec declares: a difference is a [`Diagnostic`] whose
//! help is the YAML to write. [`serving`] is that table, for the audit's release matrix.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::facts::{RouteFact, ServerFacts};
use crate::load::LoadedSpec;
use crate::path::route_key;
use crate::release::{Range, ReleaseName, parse_range};
use crate::spec::{Endpoint, TypeShape};

/// Where each endpoint is served in each release of the facts.
#[derive(Debug, Clone, PartialEq)]
pub struct Serving {
    /// The releases of the facts, oldest first.
    pub releases: Vec<ReleaseName>,
    /// Every spec endpoint, modules by name, endpoints in spec order.
    pub endpoints: Vec<EndpointServing>,
    /// Routes of a release that no spec endpoint is served at, sorted by release, path, method.
    pub unclaimed: Vec<(ReleaseName, RouteRef)>,
    /// `unserved` entries a release serves after all.
    pub unserved_served: Vec<UnservedServed>,
}

/// One endpoint's row of the matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointServing {
    /// Module (spec file stem).
    pub module: String,
    /// Endpoint id.
    pub id: String,
    /// HTTP method.
    pub method: String,
    /// The spec file, for messages.
    pub file: String,
    /// Per release (in [`Serving::releases`] order), the route that serves the endpoint.
    pub served: Vec<Option<RouteRef>>,
}

/// A route of the facts, as reports name it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RouteRef {
    pub method: String,
    /// Gin-style, as the router registers it (`/openapi/x/:name`).
    pub path: String,
    /// The handler function (qualified).
    pub handler: String,
}

impl RouteRef {
    fn of(route: &RouteFact) -> RouteRef {
        RouteRef {
            method: route.method.clone(),
            path: route.path.clone(),
            handler: route.handler.name.clone(),
        }
    }
}

/// An `unserved` entry some release serves.
#[derive(Debug, Clone, PartialEq)]
pub struct UnservedServed {
    pub module: String,
    pub file: String,
    pub method: String,
    pub path: String,
    pub release: ReleaseName,
    pub route: RouteRef,
}

/// The routes of one release, by method and path with placeholder names erased.
struct RouteIndex<'a> {
    by_key: BTreeMap<(String, String), &'a RouteFact>,
}

impl<'a> RouteIndex<'a> {
    fn new(facts: &'a ServerFacts) -> Self {
        Self {
            by_key: facts
                .routes
                .iter()
                .map(|route| ((route.method.clone(), route_key(&route.path)), route))
                .collect(),
        }
    }

    fn at(&self, method: &str, path: &str) -> Option<&'a RouteFact> {
        self.by_key
            .get(&(method.to_owned(), route_key(path)))
            .copied()
    }
}

/// The table of where each endpoint is served.
pub fn serving(spec: &LoadedSpec) -> Serving {
    let releases = spec.release_names();
    let indexes: Vec<RouteIndex<'_>> = spec
        .releases
        .iter()
        .map(|release| RouteIndex::new(&release.facts))
        .collect();
    let endpoints: Vec<(&str, &str, &Endpoint)> = spec
        .files
        .iter()
        .flat_map(|file| {
            file.module
                .endpoints
                .iter()
                .map(move |endpoint| (file.stem.as_str(), file.display.as_str(), endpoint))
        })
        .collect();
    // The routes each release's declared paths claim, so that one endpoint's search for a
    // moved route does not take another's.
    let claimed: Vec<BTreeSet<(String, String)>> = releases
        .iter()
        .zip(&indexes)
        .map(|(release, index)| {
            endpoints
                .iter()
                .filter_map(|(_, _, endpoint)| {
                    let path = endpoint.path_in(*release)?;
                    let route = index.at(&endpoint.method, path)?;
                    Some((route.method.clone(), route.path.clone()))
                })
                .collect()
        })
        .collect();
    // The routes at any path any endpoint names, in any release, with the endpoints naming
    // them: a route found by its handler is another endpoint's when that one names its path
    // (a form the spec keeps apart, whose range does not reach this release yet).
    let named: Vec<BTreeMap<(String, String), BTreeSet<String>>> = indexes
        .iter()
        .map(|index| {
            let mut named: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
            for (_, _, endpoint) in &endpoints {
                for route in endpoint
                    .all_paths()
                    .filter_map(|path| index.at(&endpoint.method, path))
                {
                    named
                        .entry((route.method.clone(), route.path.clone()))
                        .or_default()
                        .insert(endpoint.id.clone());
                }
            }
            named
        })
        .collect();
    let mut rows = Vec::new();
    for (module, file, endpoint) in &endpoints {
        let declared: Vec<Option<&RouteFact>> = releases
            .iter()
            .zip(&indexes)
            .map(|(release, index)| {
                endpoint
                    .path_in(*release)
                    .and_then(|path| index.at(&endpoint.method, path))
            })
            .collect();
        // The handler that serves the endpoint where the spec says it does, newest first; else
        // the handler of any of its paths.
        let anchor = declared
            .iter()
            .rev()
            .flatten()
            .next()
            .map(|route| route.handler.name.clone())
            .or_else(|| {
                indexes.iter().rev().find_map(|index| {
                    endpoint
                        .all_paths()
                        .find_map(|path| index.at(&endpoint.method, path))
                        .map(|route| route.handler.name.clone())
                })
            });
        let served: Vec<Option<RouteRef>> = declared
            .iter()
            .zip(&indexes)
            .zip(claimed.iter().zip(&named))
            .map(|((declared, index), (claimed, named))| {
                if let Some(route) = declared {
                    return Some(RouteRef::of(route));
                }
                let free = |route: &&RouteFact| {
                    !claimed.contains(&(route.method.clone(), route.path.clone()))
                };
                endpoint
                    .all_paths()
                    .filter_map(|path| index.at(&endpoint.method, path))
                    .find(free)
                    .or_else(|| {
                        let anchor = anchor.as_deref()?;
                        index
                            .by_key
                            .values()
                            .copied()
                            .filter(|route| {
                                route.method == endpoint.method && route.handler.name == anchor
                            })
                            .filter(|route| {
                                named
                                    .get(&(route.method.clone(), route.path.clone()))
                                    .is_none_or(|ids| ids.contains(&endpoint.id))
                            })
                            .find(free)
                    })
                    .map(RouteRef::of)
            })
            .collect();
        rows.push(EndpointServing {
            module: (*module).to_owned(),
            id: endpoint.id.clone(),
            method: endpoint.method.clone(),
            file: (*file).to_owned(),
            served,
        });
    }
    let mut unclaimed = Vec::new();
    for (position, (release, facts)) in releases.iter().zip(&spec.releases).enumerate() {
        let taken: BTreeSet<(&str, &str)> = rows
            .iter()
            .filter_map(|row| row.served[position].as_ref())
            .map(|route| (route.method.as_str(), route.path.as_str()))
            .collect();
        for route in &facts.facts.routes {
            if !taken.contains(&(route.method.as_str(), route.path.as_str())) {
                unclaimed.push((*release, RouteRef::of(route)));
            }
        }
    }
    unclaimed.sort();
    let mut unserved_served = Vec::new();
    for file in &spec.files {
        for entry in &file.module.unserved {
            for (release, index) in releases.iter().zip(&indexes) {
                if let Some(route) = index.at(&entry.method, &entry.path) {
                    unserved_served.push(UnservedServed {
                        module: file.stem.clone(),
                        file: file.display.clone(),
                        method: entry.method.clone(),
                        path: entry.path.clone(),
                        release: *release,
                        route: RouteRef::of(route),
                    });
                }
            }
        }
    }
    Serving {
        releases,
        endpoints: rows,
        unclaimed,
        unserved_served,
    }
}

/// A run of consecutive releases served at one path.
#[derive(Debug, Clone, PartialEq)]
struct Stretch {
    first: ReleaseName,
    last: ReleaseName,
    route: RouteRef,
}

/// Every way the spec's availability disagrees with the facts of its releases: an endpoint
/// served where the spec does not say so, or not where it does, or at another path; a `go:`
/// that no release's facts hold; an `unserved` entry some release serves. Each says what the
/// facts show and what to write instead.
pub fn check(spec: &LoadedSpec) -> Diagnostics {
    let mut diagnostics = Diagnostics::default();
    if spec.releases.is_empty() {
        return diagnostics;
    }
    let serving = serving(spec);
    let endpoints: BTreeMap<&str, &Endpoint> = spec
        .files
        .iter()
        .flat_map(|file| &file.module.endpoints)
        .map(|endpoint| (endpoint.id.as_str(), endpoint))
        .collect();
    for row in &serving.endpoints {
        let Some(endpoint) = endpoints.get(row.id.as_str()) else {
            continue;
        };
        if let Some(diagnostic) = check_endpoint(&serving.releases, row, endpoint) {
            diagnostics.push(diagnostic);
        }
    }
    for entry in &serving.unserved_served {
        diagnostics.push(
            Diagnostic::new(
                &entry.file,
                format!("unserved `{} {}`", entry.method, entry.path),
                format!(
                    "{} serves it: `{} {}` ({})",
                    entry.release,
                    entry.route.method,
                    entry.route.path,
                    short_handler(&entry.route.handler)
                ),
            )
            .help("add it as an endpoint with `since:`/`until:` naming the releases that serve it, and drop the `unserved` entry"),
        );
    }
    check_go_types(spec, &mut diagnostics);
    diagnostics
}

fn check_endpoint(
    releases: &[ReleaseName],
    row: &EndpointServing,
    endpoint: &Endpoint,
) -> Option<Diagnostic> {
    let location = format!("endpoint `{}`", endpoint.id);
    let declared = match parse_range(endpoint.since.as_deref(), endpoint.until.as_deref()) {
        Ok(range) => range,
        // The validator reports the syntax.
        Err(_) => return None,
    };
    let stretches = stretches(releases, &row.served);
    if stretches.is_empty() && !endpoint.source.from_server() {
        // A docs-only endpoint: the facts say nothing of it, and nothing of where it is served.
        return None;
    }
    if stretches.is_empty() {
        let mut paths: Vec<String> = endpoint
            .all_paths()
            .map(|path| format!("`{} {path}`", endpoint.method))
            .collect();
        paths.dedup();
        return Some(
            Diagnostic::new(
                &row.file,
                location,
                format!(
                    "no release the spec has facts of ({}) serves {}, nor a route of its handler",
                    describe_releases(releases),
                    paths.join(" or ")
                ),
            )
            .help("if the server never served it, remove the endpoint (an overview row the server does not serve belongs in `unserved`); if the route was renamed with its handler, fix the path"),
        );
    }
    let first = stretches.first().map(|s| s.first)?;
    let last = stretches.last().map(|s| s.last)?;
    let served_releases: Vec<ReleaseName> = releases
        .iter()
        .zip(&row.served)
        .filter(|(_, route)| route.is_some())
        .map(|(release, _)| *release)
        .collect();
    let contiguous = releases
        .iter()
        .copied()
        .filter(|release| *release >= first && *release <= last)
        .all(|release| served_releases.contains(&release));
    let oldest = releases.first().copied();
    let newest = releases.last().copied();
    let derived = Range {
        since: (Some(first) != oldest).then_some(first),
        until: (Some(last) != newest).then_some(last),
    };
    let newest_stretch = stretches.last()?;
    let path_matches = route_key(&newest_stretch.route.path) == route_key(&endpoint.path);
    let derived_forms: Vec<(String, ReleaseName)> = stretches[..stretches.len() - 1]
        .iter()
        .map(|stretch| (route_key(&stretch.route.path), stretch.last))
        .collect();
    let declared_forms: Vec<(String, Option<ReleaseName>)> = endpoint
        .paths
        .iter()
        .map(|form| (route_key(&form.path), ReleaseName::parse(&form.until).ok()))
        .collect();
    let forms_match = derived_forms.len() == declared_forms.len()
        && derived_forms.iter().zip(&declared_forms).all(
            |((key, until), (declared_key, declared_until))| {
                key == declared_key && Some(*until) == *declared_until
            },
        );
    if contiguous && derived == declared && path_matches && forms_match {
        return None;
    }
    let served_text = stretches
        .iter()
        .map(|stretch| {
            let span = if stretch.first == stretch.last {
                stretch.first.to_string()
            } else {
                format!("{} to {}", stretch.first, stretch.last)
            };
            format!(
                "{span} at `{} {}` ({})",
                stretch.route.method,
                stretch.route.path,
                short_handler(&stretch.route.handler)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let says = declared_text(endpoint);
    let message = if !contiguous {
        format!("served with a gap: {served_text}; the spec says {says}")
    } else {
        format!("served by {served_text}; the spec says {says}")
    };
    let help = if contiguous {
        let mut yaml = vec![format!("path: {}", braces(&newest_stretch.route.path))];
        if let Some(since) = derived.since {
            yaml.push(format!("since: {since}"));
        }
        if let Some(until) = derived.until {
            yaml.push(format!("until: {until}"));
        }
        if stretches.len() > 1 {
            yaml.push("paths:".to_owned());
            for stretch in &stretches[..stretches.len() - 1] {
                yaml.push(format!("  - path: {}", braces(&stretch.route.path)));
                yaml.push(format!("    until: {}", stretch.last));
            }
        }
        let lines: Vec<String> = yaml.iter().map(|line| format!("      {line}")).collect();
        format!(
            "write this (placeholders named as the endpoint's parameters are){}:\n{}",
            if derived.since.is_none() && derived.until.is_none() && stretches.len() == 1 {
                ", with no `since`, `until` or `paths`"
            } else {
                ""
            },
            lines.join("\n")
        )
    } else {
        "a release in the middle does not serve it: split the endpoint, or check the facts of that release".to_owned()
    };
    Some(Diagnostic::new(&row.file, location, message).help(help))
}

/// The availability the spec declares, in words.
fn declared_text(endpoint: &Endpoint) -> String {
    let mut parts = vec![format!("`{} {}`", endpoint.method, endpoint.path)];
    match (&endpoint.since, &endpoint.until) {
        (None, None) => parts.push("every release".to_owned()),
        (Some(since), None) => parts.push(format!("since {since}")),
        (None, Some(until)) => parts.push(format!("until {until}")),
        (Some(since), Some(until)) => parts.push(format!("since {since} until {until}")),
    }
    for form in &endpoint.paths {
        parts.push(format!("`{}` until {}", form.path, form.until));
    }
    parts.join(", ")
}

/// The served releases grouped into runs at one path.
fn stretches(releases: &[ReleaseName], served: &[Option<RouteRef>]) -> Vec<Stretch> {
    let mut stretches: Vec<Stretch> = Vec::new();
    for (release, route) in releases.iter().zip(served) {
        let Some(route) = route else {
            continue;
        };
        match stretches.last_mut() {
            Some(stretch) if route_key(&stretch.route.path) == route_key(&route.path) => {
                stretch.last = *release;
            }
            _ => stretches.push(Stretch {
                first: *release,
                last: *release,
                route: route.clone(),
            }),
        }
    }
    stretches
}

/// A gin path with `{name}` placeholders, as the spec writes paths.
fn braces(path: &str) -> String {
    path.split('/')
        .map(
            |segment| match segment.strip_prefix(':').or(segment.strip_prefix('*')) {
                Some(name) => format!("{{{name}}}"),
                None => segment.to_owned(),
            },
        )
        .collect::<Vec<_>>()
        .join("/")
}

fn short_handler(handler: &str) -> &str {
    handler.rsplit('.').next().unwrap_or(handler)
}

fn describe_releases(releases: &[ReleaseName]) -> String {
    match (releases.first(), releases.last()) {
        (Some(first), Some(last)) if first != last => format!("{first} to {last}"),
        (Some(only), _) => only.to_string(),
        _ => "none".to_owned(),
    }
}

/// A server-backed type's `go:` names a Go type (or constant group) of some release.
fn check_go_types(spec: &LoadedSpec, diagnostics: &mut Diagnostics) {
    for file in &spec.files {
        for (name, def) in &file.module.types {
            let Some(go) = &def.go else {
                continue;
            };
            if let Some(function) = def.go_func() {
                check_go_func(spec, &file.display, name, def, function, diagnostics);
                continue;
            }
            let known = spec.releases.iter().any(|release| {
                let facts = &release.facts;
                facts.types.contains_key(go)
                    || (matches!(def.shape, TypeShape::Enum(_))
                        && facts.const_groups.contains_key(go))
            });
            if !known {
                diagnostics.push(
                    Diagnostic::new(
                        &file.display,
                        format!("type `{name}`"),
                        format!("no release's facts hold the Go type `{go}`"),
                    )
                    .help(format!(
                        "check the name against spec/{}/ (a type renamed in a new release needs the new name), or add the constant group or type to spec/{}",
                        crate::facts::RELEASES_DIR,
                        crate::facts::EXTRACT_CONFIG_FILE
                    )),
                );
            }
        }
    }
}

/// An enum whose `go:` names a function (`func <qualified function>`): some release checks a
/// value against a set of values there.
fn check_go_func(
    spec: &LoadedSpec,
    file: &str,
    name: &str,
    def: &crate::spec::TypeDef,
    function: &str,
    diagnostics: &mut Diagnostics,
) {
    if !matches!(def.shape, TypeShape::Enum(_)) {
        diagnostics.push(
            Diagnostic::new(
                file,
                format!("type `{name}`"),
                "`go: func ...` names where the server lists an enum's values; this type is not an enum",
            )
            .help("name the Go type the type follows"),
        );
        return;
    }
    if !spec
        .releases
        .iter()
        .any(|release| release.facts.checks_values_in(function))
    {
        diagnostics.push(
            Diagnostic::new(
                file,
                format!("type `{name}`"),
                format!("no release's facts hold a check of allowed values in `{function}`"),
            )
            .help(format!(
                "name the function as the facts' checks do (`via: switch in <function>`, or the handler of a check without `in`) in spec/{}/",
                crate::facts::RELEASES_DIR
            )),
        );
    }
}
