//! Drafts of spec YAML from the server facts (`cargo xtask draft`), for transcribing what the
//! server does into the spec by hand: an endpoint's query parameters, body and response as the
//! handler has them, and a type for every Go struct or enum they reach that no spec type
//! follows yet.
//!
//! A draft is a starting point, not a file to paste unread: every description the spec does not
//! already hold is left empty, so the validator refuses the spec until a person has written it
//! (in their own words, from what the code does), and the audit holds the result to the facts.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use heck::{ToSnakeCase, ToUpperCamelCase};
use indexmap::IndexMap;

use super::write::{scalar, text_key, types_section};
use super::{ServerIndex, Wire};
use crate::facts::{GoType, GoTypeKind, ResponseFact, RouteFact, ServerFacts};
use crate::load::LoadedSpec;
use crate::spec::{EnumDef, EnumValue, Field, Source, StructDef, TypeDef, TypeShape};
use crate::typeexpr::TypeExpr;

/// What to draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A spec endpoint, by id.
    Endpoint(String),
    /// A served route, `METHOD /path` with `:name` or `{name}` placeholders.
    Route(String, String),
    /// A Go type, qualified (`pkg/x.Name`).
    GoType(String),
}

impl Target {
    /// Reads `GET /openapi/x`, `go:pkg/x.Name`, or an endpoint id.
    pub fn parse(text: &str) -> Target {
        let text = text.trim();
        if let Some(go) = text.strip_prefix("go:") {
            return Target::GoType(go.trim().to_owned());
        }
        match text.split_once(' ') {
            Some((method, path)) if method.chars().all(|c| c.is_ascii_uppercase()) => {
                Target::Route(method.to_owned(), path.trim().to_owned())
            }
            _ => Target::Endpoint(text.to_owned()),
        }
    }
}

/// The draft for `targets`: each endpoint or route in turn, then one `types:` section for every
/// Go struct or enum they (or the Go type targets) reach that no spec type follows, as YAML in
/// the spec's house style with `#` comments saying where each part comes from.
pub fn draft(spec: &LoadedSpec, facts: &ServerFacts, targets: &[Target]) -> Result<String, String> {
    let index = ServerIndex::new(spec, facts);
    let mut namer = Namer::new(&index);
    let endpoints = || spec.files.iter().flat_map(|file| &file.module.endpoints);
    // Every target resolved first, so that a bad one fails before anything is named.
    let mut routes = Vec::new();
    for target in targets {
        match target {
            Target::GoType(name) => {
                if !facts.types.contains_key(name) {
                    return Err(format!("the server facts have no Go type `{name}`"));
                }
                // Asked for by name: drafted even when a spec type follows it already, so the
                // type can be compared with what this release has.
                namer.force(name);
                namer.reserve(&[GoType::Named(name.clone())]);
            }
            Target::Endpoint(id) => {
                let endpoint = endpoints()
                    .find(|endpoint| endpoint.id == *id)
                    .ok_or_else(|| format!("the spec has no endpoint `{id}`"))?;
                let route = route_serving(spec, facts, endpoint).ok_or_else(|| {
                    format!(
                        "{} ({}) does not serve endpoint `{id}`: no route at {}, nor one of its handler",
                        facts.source.release,
                        facts.source.commit.get(..12).unwrap_or(&facts.source.commit),
                        endpoint
                            .all_paths()
                            .map(|path| format!("`{} {path}`", endpoint.method))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                })?;
                routes.push((route, Some(endpoint)));
            }
            Target::Route(method, path) => {
                let key = crate::path::route_key(path);
                let route = facts
                    .routes
                    .iter()
                    .find(|route| {
                        route.method == *method && crate::path::route_key(&route.path) == key
                    })
                    .ok_or_else(|| format!("the server facts have no route `{method} {path}`"))?;
                // The endpoint this very route is a path of, if any: asked by route, the draft
                // is of that route, not of another the same handler serves.
                let endpoint = endpoints().find(|endpoint| {
                    endpoint.method == *method
                        && endpoint.all_paths().any(|path| {
                            crate::path::route_key(path) == crate::path::route_key(&route.path)
                        })
                });
                routes.push((route, endpoint));
            }
        }
    }
    for (route, _) in &routes {
        namer.reserve(&route_roots(route));
    }
    let mut parts = Vec::new();
    for (route, endpoint) in routes {
        let mut out = String::new();
        write_endpoint(&mut out, &index, &namer, route, endpoint);
        parts.push(out);
    }
    let types = namer.types(&index);
    if !types.is_empty() {
        parts.push(format!(
            "# Types drafted from these facts: those no spec type follows yet, named from Go (a\n\
             # package prefix on a clash), and those asked for with go:, as this release has them\n\
             # (the descriptions the spec holds kept). Write every empty description before adding\n\
             # them to a module's `types:`.\n{}",
            types_section(&types)
        ));
    } else {
        parts.push("# No new types: spec types already follow every Go type reached.\n".to_owned());
    }
    Ok(parts.join("\n"))
}

/// The route of `facts` that serves `endpoint`: at one of its paths, or (when `facts` are those
/// of a release of the spec) where [`super::availability::serving`] finds it, after a move.
fn route_serving<'f>(
    spec: &LoadedSpec,
    facts: &'f ServerFacts,
    endpoint: &crate::spec::Endpoint,
) -> Option<&'f RouteFact> {
    let at = |method: &str, path: &str| {
        let key = crate::path::route_key(path);
        facts
            .routes
            .iter()
            .find(|route| route.method == method && crate::path::route_key(&route.path) == key)
    };
    if let Some(route) = endpoint
        .all_paths()
        .find_map(|path| at(&endpoint.method, path))
    {
        return Some(route);
    }
    let serving = super::availability::serving(spec);
    let position = spec
        .releases
        .iter()
        .position(|release| release.facts.source == facts.source)?;
    let row = serving.endpoints.iter().find(|row| row.id == endpoint.id)?;
    let route = row.served.get(position)?.as_ref()?;
    at(&route.method, &route.path)
}

/// The Go types a route's bodies and JSON responses name.
fn route_roots(route: &RouteFact) -> Vec<GoType> {
    let bodies = route.bodies.iter().map(|body| body.go_type.as_str());
    let responses = route
        .responses
        .iter()
        .filter_map(|response| match response {
            ResponseFact::Json { go_type, .. } => Some(go_type.as_str()),
            _ => None,
        });
    let query = route.query.iter().map(|query| query.go_type.as_str());
    bodies
        .chain(responses)
        .chain(query)
        .filter_map(|text| GoType::parse(text).ok())
        .collect()
}

fn write_endpoint(
    out: &mut String,
    index: &ServerIndex<'_>,
    namer: &Namer<'_>,
    route: &RouteFact,
    endpoint: Option<&crate::spec::Endpoint>,
) {
    let _ = writeln!(
        out,
        "# {} {}: handler {} ({})",
        route.method, route.path, route.handler.name, route.handler.at
    );
    // The path as this release serves it: the spec's own spelling when it is the same route,
    // the route's (placeholders as the router names them) when it moved.
    let path = endpoint
        .and_then(|e| {
            e.all_paths()
                .find(|path| crate::path::route_key(path) == crate::path::route_key(&route.path))
                .map(str::to_owned)
        })
        .unwrap_or_else(|| spec_path(&route.path));
    if let Some(endpoint) = endpoint
        && crate::path::route_key(&endpoint.path) != crate::path::route_key(&path)
    {
        let _ = writeln!(
            out,
            "# this release serves the endpoint at another path than the spec's newest, {}",
            endpoint.path
        );
    }
    let id = endpoint.map_or_else(|| suggested_id(&route.handler.name), |e| e.id.clone());
    let _ = writeln!(out, "  - id: {}", scalar(&id));
    let source = match endpoint.map(|e| e.source) {
        Some(Source::Docs | Source::Both) => "both",
        _ => "server",
    };
    let _ = writeln!(out, "    source: {source}");
    if endpoint.is_none_or(|e| e.undocumented) {
        out.push_str("    undocumented: true\n");
    }
    let _ = writeln!(out, "    method: {}", route.method);
    let _ = writeln!(out, "    path: {}", scalar(&path));
    if !route.path_params.is_empty() {
        out.push_str("    path_params:\n");
        let names = crate::path::parse_placeholders(&path).unwrap_or_default();
        for name in &names {
            let description = endpoint
                .and_then(|e| e.path_params.iter().find(|p| p.name == *name))
                .map_or("", |p| p.description.as_str());
            let _ = writeln!(out, "      - name: {}", scalar(name));
            out.push_str("        type: string\n");
            text_key(out, 8, "description", description);
        }
    }
    if !route.query.is_empty() {
        out.push_str("    query:\n");
        for query in &route.query {
            let _ = writeln!(out, "      # {} at {}", query.via, query.at);
            let ty = match GoType::parse(&query.go_type) {
                Ok(go) => namer.expr(&index.wire(&go, false)),
                Err(_) => TypeExpr::String,
            };
            let _ = writeln!(out, "      - name: {}", scalar(&query.name));
            let _ = writeln!(out, "        type: {}", scalar(&ty.to_string()));
            if query.required {
                out.push_str("        required: true\n");
            }
            if let Some(default) = &query.default {
                // Numbers and booleans as YAML reads them; anything else as a string.
                let plain =
                    default.parse::<f64>().is_ok() || default == "true" || default == "false";
                let value = if plain {
                    default.clone()
                } else {
                    scalar(default)
                };
                let _ = writeln!(out, "        default: {value}");
            }
            let description = endpoint
                .and_then(|e| e.query.iter().find(|p| p.name == query.name))
                .map_or("", |p| p.description.as_str());
            text_key(out, 8, "description", description);
        }
    }
    if let Some(body) = route.bodies.first() {
        let _ = writeln!(out, "    # {} at {}", body.via, body.at);
        let ty = GoType::parse(&body.go_type)
            .map_or(TypeExpr::Any, |go| namer.expr(&index.wire(&go, false)));
        let _ = writeln!(out, "    body:\n      type: {}", scalar(&ty.to_string()));
    }
    match route.responses.first() {
        Some(ResponseFact::Json { go_type, at, via }) => {
            let _ = writeln!(out, "    # {via} at {at}");
            let ty = GoType::parse(go_type)
                .map_or(TypeExpr::Any, |go| namer.expr(&index.wire(&go, false)));
            let _ = writeln!(
                out,
                "    response:\n      json: {}",
                scalar(&ty.to_string())
            );
        }
        Some(ResponseFact::Message) | None => out.push_str("    response: message\n"),
        Some(ResponseFact::Text { .. } | ResponseFact::Raw { .. }) => {
            out.push_str("    response: text\n");
        }
        Some(ResponseFact::EventStream { .. }) => out.push_str("    response: event_stream\n"),
        Some(ResponseFact::Unresolved { reason, .. }) => {
            let _ = writeln!(out, "    # the extraction could not tell: {reason}");
            out.push_str("    response:\n      json: any\n    lacks_detail: true\n");
        }
    }
    if route.responses.len() > 1 {
        out.push_str(
            "    # the handler answers differently by branch; the first answer is drafted\n",
        );
    }
}

/// `/openapi/x/:name` as the spec writes it: `/openapi/x/{name}`.
fn spec_path(path: &str) -> String {
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

/// An endpoint id from a handler name: `pkg/x/handler.OpenAPIGetHelmEnv` → `get_helm_env`.
fn suggested_id(handler: &str) -> String {
    let name = handler.rsplit('.').next().unwrap_or(handler);
    let name = name
        .strip_prefix("OpenAPI")
        .or_else(|| name.strip_prefix("OpenApi"))
        .unwrap_or(name);
    name.to_snake_case()
}

/// Names for the Go types the draft creates, and the types themselves.
struct Namer<'f> {
    facts: &'f ServerFacts,
    /// Spec type names taken, by the spec or by this draft.
    taken: BTreeSet<String>,
    /// The spec type for each Go type: the spec's own mappings, then this draft's.
    names: BTreeMap<String, String>,
    /// The Go types this draft creates, in the order met.
    created: Vec<String>,
}

impl<'f> Namer<'f> {
    fn new(index: &ServerIndex<'f>) -> Namer<'f> {
        Namer {
            facts: index.facts,
            taken: index
                .spec_types
                .keys()
                .map(|name| (*name).to_owned())
                .collect(),
            names: index
                .by_go
                .iter()
                .map(|(go, spec)| ((*go).to_owned(), (*spec).to_owned()))
                .collect(),
            created: Vec::new(),
        }
    }

    /// Drafts `go` even though a spec type follows it (keeping that type's name).
    fn force(&mut self, go: &str) {
        if self.names.contains_key(go) && !self.created.iter().any(|created| created == go) {
            self.created.push(go.to_owned());
        }
    }

    /// Names every unmapped Go struct or enum reachable from `roots`, breadth first.
    fn reserve(&mut self, roots: &[GoType]) {
        let mut queue: Vec<String> = Vec::new();
        for root in roots {
            named_in(root, &mut queue);
        }
        let mut next = 0;
        let mut walked: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
        while next < queue.len() {
            let go = queue[next].clone();
            next += 1;
            // A type asked for by name is drafted although a spec type follows it: what it
            // reaches is walked too, so its new fields name new types rather than `any`.
            let forced = self.created.contains(&go) && self.names.contains_key(&go);
            if !walked.insert(go.clone()) || (self.names.contains_key(&go) && !forced) {
                continue;
            }
            if forced {
                if let Some(DeclKind::Struct(fields)) = self.facts_decl(&go) {
                    for field in fields {
                        if let Ok(ty) = GoType::parse(&field) {
                            named_in(&ty, &mut queue);
                        }
                    }
                }
                continue;
            }
            let Some(decl) = self.facts_decl(&go) else {
                continue;
            };
            let wanted = match decl {
                DeclKind::Struct(fields) => {
                    for field in fields {
                        if let Ok(ty) = GoType::parse(&field) {
                            named_in(&ty, &mut queue);
                        }
                    }
                    true
                }
                DeclKind::Enum => true,
                DeclKind::Alias(underlying) => {
                    named_in(&underlying, &mut queue);
                    false
                }
            };
            if wanted {
                let name = self.fresh_name(&go);
                self.taken.insert(name.clone());
                self.names.insert(go.clone(), name);
                self.created.push(go);
            }
        }
    }

    /// What the draft makes of a Go type, as [`ServerIndex::wire`] sees it: a struct or an
    /// enum gets a spec type; a type with its own JSON, or an outside type, gets none.
    fn facts_decl(&self, go: &str) -> Option<DeclKind> {
        let decl = self.facts.types.get(go)?;
        if decl.custom_json {
            return None;
        }
        match &decl.kind {
            GoTypeKind::Struct { fields } => Some(DeclKind::Struct(
                fields.iter().map(|field| field.go_type.clone()).collect(),
            )),
            GoTypeKind::Named {
                underlying,
                constants,
            } => {
                let underlying = GoType::parse(underlying).ok()?;
                if !constants.is_empty() && underlying == GoType::Basic("string".into()) {
                    Some(DeclKind::Enum)
                } else {
                    Some(DeclKind::Alias(underlying))
                }
            }
        }
    }

    fn fresh_name(&self, go: &str) -> String {
        let (package, name) = go.rsplit_once('.').unwrap_or(("", go));
        let mut candidate = name.to_upper_camel_case();
        let mut segments = package.rsplit('/');
        while self.taken.contains(&candidate) {
            match segments.next() {
                Some(segment) => {
                    candidate = format!("{}{candidate}", segment.to_upper_camel_case());
                }
                None => {
                    let mut number = 2;
                    while self.taken.contains(&format!("{candidate}{number}")) {
                        number += 1;
                    }
                    candidate = format!("{candidate}{number}");
                }
            }
        }
        candidate
    }

    /// The spec expression for a wire type, naming Go structs and enums by this namer.
    fn expr(&self, wire: &Wire) -> TypeExpr {
        match wire {
            Wire::String => TypeExpr::String,
            Wire::Bool => TypeExpr::Bool,
            Wire::Integer { max, .. } if *max > i128::from(i64::MAX) => TypeExpr::U64,
            Wire::Integer { .. } => TypeExpr::I64,
            Wire::Float => TypeExpr::F64,
            Wire::Array(inner) => TypeExpr::Array(Box::new(self.expr(inner))),
            Wire::Map(inner) => TypeExpr::Map(Box::new(self.expr(inner))),
            Wire::Any | Wire::Unsupported(_) => TypeExpr::Any,
            Wire::Struct(go) | Wire::Enum(go) => self
                .names
                .get(go)
                .map_or(TypeExpr::Any, |name| TypeExpr::Named(name.clone())),
        }
    }

    /// The spec types for the Go types this draft created.
    fn types(&self, index: &ServerIndex<'_>) -> IndexMap<String, TypeDef> {
        let mut types = IndexMap::new();
        for go in &self.created {
            let Some(decl) = index.facts.types.get(go) else {
                continue;
            };
            let name = self.names.get(go).cloned().unwrap_or_else(|| go.clone());
            // A type the spec has already keeps the descriptions it has; what this release
            // adds is left empty.
            let existing = index.spec_types.get(name.as_str()).copied();
            let field_doc = |wire: &str| -> String {
                existing
                    .and_then(TypeDef::as_struct)
                    .and_then(|def| def.fields.iter().find(|field| field.name == wire))
                    .map(|field| field.description.clone())
                    .unwrap_or_default()
            };
            let value_doc = |wire: &str| -> String {
                match existing.map(|def| &def.shape) {
                    Some(TypeShape::Enum(def)) => def
                        .values
                        .iter()
                        .find(|value| value.value == wire)
                        .map(|value| value.description.clone())
                        .unwrap_or_default(),
                    _ => String::new(),
                }
            };
            let shape = match &decl.kind {
                GoTypeKind::Struct { fields } => TypeShape::Struct(StructDef {
                    fields: fields
                        .iter()
                        .map(|field| {
                            let ty = GoType::parse(&field.go_type).map_or(TypeExpr::Any, |go| {
                                self.expr(&index.wire(&go, field.string))
                            });
                            Field {
                                name: field.wire.clone(),
                                ty: ty.to_string(),
                                required: field.required,
                                nullable: false,
                                description: field_doc(&field.wire),
                                rust_name: None,
                                aliases: Vec::new(),
                                views: Vec::new(),
                                required_when: None,
                                since: None,
                                until: None,
                            }
                        })
                        .collect(),
                }),
                GoTypeKind::Named { constants, .. } => {
                    let mut seen = BTreeSet::new();
                    TypeShape::Enum(EnumDef {
                        values: constants
                            .iter()
                            .filter(|constant| seen.insert(constant.value.clone()))
                            .map(|constant| EnumValue {
                                value: constant.value.clone(),
                                description: value_doc(&constant.value),
                                rust_name: None,
                                lifecycle: None,
                                since: None,
                                until: None,
                            })
                            .collect(),
                    })
                }
            };
            types.insert(
                name,
                TypeDef {
                    description: existing
                        .map(|def| def.description.clone())
                        .unwrap_or_default(),
                    source: existing.map_or(Source::Server, |def| def.source),
                    go: Some(go.clone()),
                    shape,
                    errata: Vec::new(),
                    release_differences: Vec::new(),
                },
            );
        }
        types
    }
}

enum DeclKind {
    /// A struct, with its fields' Go types.
    Struct(Vec<String>),
    /// A string type with constants.
    Enum,
    /// Any other named type: its underlying type.
    Alias(GoType),
}

/// Every named Go type in `ty`, in order.
fn named_in(ty: &GoType, out: &mut Vec<String>) {
    match ty {
        GoType::Named(name) => out.push(name.clone()),
        GoType::Pointer(inner) | GoType::Slice(inner) | GoType::Array(_, inner) => {
            named_in(inner, out);
        }
        GoType::Map(key, value) => {
            named_in(key, out);
            named_in(value, out);
        }
        GoType::Basic(_) | GoType::Any | GoType::Other(_) => {}
    }
}

/// A spec type that no `go:` ties to the server yet, and the Go type it stands for where an
/// endpoint uses it: found by walking each server-backed endpoint's response and body types
/// side by side with the Go types the handler answers and reads, field by field.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mapping {
    /// The spec type.
    pub spec: String,
    /// The Go type (qualified), or several when uses disagree.
    pub go: BTreeSet<String>,
    /// Where the pairing was found: `endpoint <id> response`, `... field <wire>`.
    pub via: String,
}

/// The `go:` each unmapped spec type should name, from every endpoint the facts serve.
pub fn suggest_mappings(spec: &LoadedSpec, facts: &ServerFacts) -> Vec<Mapping> {
    let index = ServerIndex::new(spec, facts);
    let mut found: BTreeMap<String, Mapping> = BTreeMap::new();
    for endpoint in spec.files.iter().flat_map(|file| &file.module.endpoints) {
        let Some(route) = facts.route_of(endpoint) else {
            continue;
        };
        if let crate::spec::Response::Json(text) = &endpoint.response
            && let Some(ResponseFact::Json { go_type, .. }) = route
                .responses
                .iter()
                .find(|fact| matches!(fact, ResponseFact::Json { .. }))
            && let (Ok(spec_expr), Ok(go)) = (TypeExpr::parse(text), GoType::parse(go_type))
        {
            let via = format!("endpoint {} response", endpoint.id);
            unify(&index, &spec_expr, &go, &via, &mut found, 0);
        }
        if let (Some(body), Some(fact)) = (&endpoint.body, route.bodies.first())
            && let (Ok(spec_expr), Ok(go)) =
                (TypeExpr::parse(&body.ty), GoType::parse(&fact.go_type))
        {
            let via = format!("endpoint {} body", endpoint.id);
            unify(&index, &spec_expr, &go, &via, &mut found, 0);
        }
    }
    found.into_values().collect()
}

fn unify(
    index: &ServerIndex<'_>,
    spec: &TypeExpr,
    go: &GoType,
    via: &str,
    found: &mut BTreeMap<String, Mapping>,
    depth: usize,
) {
    if depth > 16 {
        return;
    }
    let go = go.strip_pointers();
    // A named Go slice or map: its underlying type.
    if let GoType::Named(name) = go
        && let Some(GoTypeKind::Named { underlying, .. }) =
            index.facts.types.get(name).map(|decl| &decl.kind)
        && let Ok(underlying) = GoType::parse(underlying)
        && matches!(
            underlying,
            GoType::Slice(_) | GoType::Array(..) | GoType::Map(..)
        )
    {
        unify(index, spec, &underlying, via, found, depth + 1);
        return;
    }
    match (spec, go) {
        (TypeExpr::Array(inner), GoType::Slice(go_inner) | GoType::Array(_, go_inner))
        | (TypeExpr::Map(inner), GoType::Map(_, go_inner)) => {
            unify(index, inner, go_inner, via, found, depth + 1);
        }
        (TypeExpr::Named(name), GoType::Named(go_name)) => {
            let Some(def) = index.spec_types.get(name.as_str()) else {
                return;
            };
            let Some(decl) = index.facts.types.get(go_name) else {
                return;
            };
            let fresh = def.go.is_none();
            let pairs = match (&def.shape, &decl.kind) {
                (TypeShape::Struct(_), GoTypeKind::Struct { .. }) => true,
                (TypeShape::Enum(_), GoTypeKind::Named { constants, .. }) => !constants.is_empty(),
                _ => false,
            };
            if !pairs {
                return;
            }
            if fresh {
                let entry = found.entry(name.clone()).or_insert_with(|| Mapping {
                    spec: name.clone(),
                    go: BTreeSet::new(),
                    via: via.to_owned(),
                });
                if !entry.go.insert(go_name.clone()) {
                    // Seen already: its fields have been walked.
                    return;
                }
            } else if def.go.as_deref() != Some(go_name.as_str()) {
                return;
            }
            if let (TypeShape::Struct(spec_struct), GoTypeKind::Struct { fields }) =
                (&def.shape, &decl.kind)
            {
                for field in &spec_struct.fields {
                    let Some(go_field) = fields.iter().find(|go_field| {
                        go_field.wire == field.name || field.aliases.contains(&go_field.wire)
                    }) else {
                        continue;
                    };
                    if let (Ok(spec_field), Ok(go_field_type)) =
                        (TypeExpr::parse(&field.ty), GoType::parse(&go_field.go_type))
                    {
                        let via = format!("{via}, field {}", field.name);
                        unify(index, &spec_field, &go_field_type, &via, found, depth + 1);
                    }
                }
            }
        }
        _ => {}
    }
}

/// `text` (a module file) with `go: <go>` added to each type of `mappings` it defines, and
/// `source: docs` turned into `source: both` there. Types are found by their two-space-indented
/// key under `types:`; the `go:` line goes right after the type's `source:` line.
pub fn apply_mappings(text: &str, mappings: &BTreeMap<String, String>) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut in_types = false;
    let mut current: Option<&String> = None;
    let mut applied = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if !line.starts_with(' ') && !trimmed.is_empty() && !trimmed.starts_with('#') {
            in_types = trimmed == "types:";
            current = None;
        } else if in_types
            && let Some(key) = trimmed
                .strip_prefix("  ")
                .and_then(|rest| rest.strip_suffix(':'))
            && !key.starts_with(' ')
            && !key.starts_with('#')
        {
            current = mappings.get(key);
        }
        if let Some(go) = current
            && let Some(source) = trimmed.strip_prefix("    source: ")
        {
            let source = if source == "docs" { "both" } else { source };
            let _ = writeln!(out, "    source: {source}\n    go: {}", scalar(go));
            applied += 1;
            current = None;
            continue;
        }
        out.push_str(line);
    }
    (out, applied)
}
