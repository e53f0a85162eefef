//! The intermediate model: the spec resolved and named for Rust.
//!
//! This is the one place that names things. Every wire name becomes a [`Name`] here, once,
//! carrying the wire spelling and the Rust spelling; the emitters only print what they are
//! given. A name that cannot be made (a clash, a reserved word, a wire name with no usable
//! identifier) is a [`Diagnostic`] of lowering. The model also owns ordering: modules are sorted
//! by name, types and endpoints keep the order of their spec file, path parameters follow the
//! path.
//!
//! Lowering never panics, even on a spec that failed validation, so that [`crate::load_api`]
//! can report validation problems and naming problems together.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::facts::{GoTypeKind, ServerFacts};
use crate::load::LoadedSpec;
use crate::naming;
use crate::path;
use crate::project::range_of;
use crate::release::{Range, ReleaseName};
use crate::spec::{self, ExampleKind, Source, TypeShape};
use crate::typeexpr::TypeExpr;

/// Methods every call has (`zadig_api::Call`, written once in the runtime); a parameter's
/// setter cannot take these names.
pub const RESERVED_BUILDER_METHODS: &[&str] = &[
    "send",
    "send_with_response",
    "timeout",
    "deadline",
    "retry",
    "items",
    "new",
    "query_param",
    "interceptor",
    "endpoint",
];

/// The whole API.
#[derive(Debug, Clone)]
pub struct Api {
    pub modules: Vec<Module>,
    /// The releases the spec has facts of, oldest first (the development branch, `main`,
    /// last): what availability ranges are drawn from.
    pub releases: Vec<ReleaseName>,
}

impl Api {
    /// The latest release (not the development branch): the surface a client without a
    /// configured release serves.
    pub fn latest_release(&self) -> Option<ReleaseName> {
        self.releases
            .iter()
            .copied()
            .filter(|release| release.is_release())
            .max()
    }
}

impl Api {
    /// Every type of every module, by name.
    pub fn types(&self) -> BTreeMap<&str, &TypeItem> {
        self.modules
            .iter()
            .flat_map(|module| module.types.iter())
            .map(|item| (item.name.as_str(), item))
            .collect()
    }

    /// Every endpoint, modules by name, endpoints in spec order.
    pub fn endpoints(&self) -> impl Iterator<Item = &EndpointItem> {
        self.modules
            .iter()
            .flat_map(|module| module.endpoints.iter())
    }
}

/// One spec file.
#[derive(Debug, Clone)]
pub struct Module {
    /// snake_case module name (`workflow`).
    pub name: String,
    pub title: String,
    pub description: Option<String>,
    /// `spec/workflow.yaml`, for generated headers.
    pub source: String,
    pub types: Vec<TypeItem>,
    pub endpoints: Vec<EndpointItem>,
    /// The other modules whose types this one's types and endpoints use, sorted: its cargo
    /// feature enables theirs.
    pub dependencies: Vec<String>,
}

/// A member's name on the wire and in Rust (a field, a parameter, an enum value, a union
/// variant, a client method).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// Exactly as the server spells it (`weChat_webHook`, `zadig-build`, `type`).
    pub wire: String,
    /// The Rust name as users write it, without the `r#` of a raw identifier: `we_chat_web_hook`,
    /// `ZadigBuild`, `type` (used as `r#type`), `self_`. Docs and derived names (`with_type`)
    /// use it.
    pub rust: String,
}

impl Name {
    /// A snake_case member (field, parameter, method): `rust_name` if given, else the snake
    /// case of the wire name, keyword-escaped.
    fn snake(wire: &str, rust_name: Option<&str>) -> Name {
        let plain = rust_name.map_or_else(|| naming::snake(wire), str::to_owned);
        Name {
            wire: wire.to_owned(),
            rust: naming::escape(&plain).trim_start_matches("r#").to_owned(),
        }
    }

    /// A PascalCase variant: `rust_name` if given, else the Pascal case of the wire value.
    fn pascal(wire: &str, rust_name: Option<&str>) -> Name {
        Name {
            wire: wire.to_owned(),
            rust: rust_name.map_or_else(|| naming::pascal(wire), str::to_owned),
        }
    }
}

/// A resolved type reference.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    String,
    Bool,
    I32,
    I64,
    U32,
    U64,
    F64,
    Any,
    Array(Box<Ty>),
    Map(Box<Ty>),
    /// A named spec type; its Rust name (global, re-exported from `crate::types`).
    Named {
        name: String,
        kind: NamedKind,
    },
}

impl Ty {
    /// Adds the names of the spec types this type mentions to `out`.
    pub fn named(&self, out: &mut BTreeSet<String>) {
        match self {
            Ty::Array(inner) | Ty::Map(inner) => inner.named(out),
            Ty::Named { name, .. } => {
                out.insert(name.clone());
            }
            _ => {}
        }
    }
}

/// What a named type is, as far as the emitters care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedKind {
    Struct,
    Enum,
    Union,
}

impl NamedKind {
    fn of(shape: &TypeShape) -> NamedKind {
        match shape {
            TypeShape::Struct(_) => NamedKind::Struct,
            TypeShape::Enum(_) => NamedKind::Enum,
            TypeShape::Union(_) => NamedKind::Union,
        }
    }
}

#[derive(Debug, Clone)]
pub struct TypeItem {
    /// The PascalCase type name, as in the spec.
    pub name: String,
    pub doc: String,
    pub source: Source,
    /// The Go type or constant group it follows, when the server backs it.
    pub go: Option<String>,
    pub shape: Shape,
    /// A struct whose every field has a zero value: it implements
    /// `Default`, and may itself be a defaulted field's type.
    pub has_default: bool,
    /// A request body can hold it (through fields, union variants and the views of `any`
    /// fields): callers build it, so a struct gets a chaining setter per optional field. A
    /// type only answers carry is read, or changed field by field on a read-modify-write.
    pub sent: bool,
}

#[derive(Debug, Clone)]
pub enum Shape {
    Struct {
        fields: Vec<FieldItem>,
    },
    Enum {
        values: Vec<VariantItem>,
    },
    Union {
        tag: String,
        variants: Vec<UnionVariantItem>,
    },
}

#[derive(Debug, Clone)]
pub struct FieldItem {
    pub name: Name,
    pub ty: Ty,
    pub required: bool,
    pub nullable: bool,
    /// Not required, but the server always sends it (a Go field that is neither a pointer nor
    /// `omitempty`): a plain Rust field that decodes absence or `null` as the zero value, as
    /// Go's encoder and decoder treat it.
    pub defaulted: bool,
    /// Other wire spellings accepted when decoding.
    pub aliases: Vec<String>,
    pub doc: String,
    /// For an `any` field: the struct types it is known to take ([`spec::Field::views`]).
    pub views: Vec<String>,
    /// The releases that send or read the field.
    pub served: Range,
    /// The server requires the (optional) field when another field of the struct has some
    /// value.
    pub required_when: Option<ConditionItem>,
}

/// When the server requires an optional parameter or field ([`spec::RequiredWhen`]): the
/// value tested (another query parameter of the endpoint, or another field of the struct)
/// is one of `is`, or none of `is_not`; `""` stands for absent or empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConditionItem {
    /// The parameter or field tested, with its Rust name (its setter or field).
    pub on: Name,
    pub is: Vec<String>,
    pub is_not: Vec<String>,
}

impl ConditionItem {
    /// The condition of `when`, naming the tested value by `name_of` (wire name to [`Name`]).
    fn lower(when: &spec::RequiredWhen, name_of: impl Fn(&str) -> Name) -> Option<ConditionItem> {
        Some(ConditionItem {
            on: name_of(when.target()?),
            is: when.is.clone(),
            is_not: when.is_not.clone(),
        })
    }
}

impl FieldItem {
    /// The field is an `Option` in Rust.
    pub fn is_option(&self) -> bool {
        (!self.required && !self.defaulted) || self.nullable
    }
}

#[derive(Debug, Clone)]
pub struct VariantItem {
    pub name: Name,
    pub doc: String,
    pub lifecycle: Option<spec::Lifecycle>,
    /// The releases that know the value.
    pub served: Range,
}

#[derive(Debug, Clone)]
pub struct UnionVariantItem {
    pub name: Name,
    pub doc: Option<String>,
    /// The struct holding the variant's fields.
    pub ty: String,
    /// The struct declares the union's tag as one of its fields, so it keeps the tag when
    /// decoded (otherwise the tag is taken out and written back by the union).
    pub declares_tag: bool,
}

#[derive(Debug, Clone)]
pub struct EndpointItem {
    /// The endpoint id (`list_workflows`).
    pub id: String,
    /// The client method: wire = the id, rust = the method name.
    pub method: Name,
    /// The request builder's type name (`ListWorkflows`).
    pub builder: String,
    pub http_method: String,
    pub path: String,
    pub summary: String,
    pub description: Option<String>,
    pub doc_url: Option<String>,
    pub source: Source,
    pub undocumented: bool,
    /// The server commit the facts were read from, for endpoints whose shape comes from the
    /// server (`source: server` or `both`) when the spec has facts.
    pub server_commit: Option<String>,
    /// The releases that serve the endpoint.
    pub served: Range,
    /// Where releases before the newest form serve it, oldest first ([`spec::Endpoint::paths`]).
    pub older_paths: Vec<OlderPath>,
    pub path_params: Vec<ParamItem>,
    pub query: Vec<ParamItem>,
    /// The method's positional arguments before the body: path parameters and required query
    /// parameters, in the order of the call-order rule ([`crate::order`]).
    pub positional: Vec<ParamItem>,
    pub body: Option<BodyItem>,
    pub response: ResponseItem,
    pub pagination: Option<PaginationItem>,
    pub lacks_detail: bool,
    pub errata: Vec<spec::Erratum>,
    pub examples: Vec<ExampleItem>,
}

/// A path an endpoint is served at, with the releases (of those the spec knows) that serve it
/// there, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct ServedForm {
    pub path: String,
    pub releases: Vec<ReleaseName>,
}

impl EndpointItem {
    /// The path `release` serves the endpoint at, when it serves it.
    pub fn path_in(&self, release: ReleaseName) -> Option<&str> {
        if !self.served.contains(release) {
            return None;
        }
        Some(
            self.older_paths
                .iter()
                .filter(|form| release <= form.until)
                .min_by_key(|form| form.until)
                .map_or(self.path.as_str(), |form| form.path.as_str()),
        )
    }

    /// The paths the endpoint is served at among `releases`, each with the releases that serve
    /// it there, oldest path first.
    pub fn forms(&self, releases: &[ReleaseName]) -> Vec<ServedForm> {
        let mut forms: Vec<ServedForm> = Vec::new();
        for release in releases {
            let Some(path) = self.path_in(*release) else {
                continue;
            };
            match forms.iter_mut().find(|form| form.path == path) {
                Some(form) => form.releases.push(*release),
                None => forms.push(ServedForm {
                    path: path.to_owned(),
                    releases: vec![*release],
                }),
            }
        }
        forms
    }

    /// Whether `param` is one of the path parameters.
    pub fn is_path_param(&self, wire: &str) -> bool {
        self.path_params.iter().any(|param| param.name.wire == wire)
    }

    /// Required query parameters, in spec order.
    pub fn required_query(&self) -> impl Iterator<Item = &ParamItem> {
        self.query.iter().filter(|param| param.required)
    }

    /// Optional query parameters, in spec order.
    pub fn optional_query(&self) -> impl Iterator<Item = &ParamItem> {
        self.query.iter().filter(|param| !param.required)
    }
}

/// An older path of an endpoint: it serves the releases after the previous form's `until`
/// (or from the endpoint's first release) through its own.
#[derive(Debug, Clone, PartialEq)]
pub struct OlderPath {
    /// With `{name}` placeholders naming parameters of the endpoint by wire name.
    pub path: String,
    /// The last release that serves it.
    pub until: ReleaseName,
}

#[derive(Debug, Clone)]
pub struct ParamItem {
    pub name: Name,
    pub ty: Ty,
    pub required: bool,
    /// A path parameter (else a query parameter).
    pub in_path: bool,
    pub default: Option<String>,
    pub doc: String,
    /// The releases that read the parameter (within the endpoint's).
    pub served: Range,
    /// The server requires the (optional) query parameter when another query parameter has
    /// some value.
    pub required_when: Option<ConditionItem>,
}

#[derive(Debug, Clone)]
pub struct BodyItem {
    pub ty: Ty,
    pub doc: Option<String>,
}

#[derive(Debug, Clone)]
pub enum ResponseItem {
    Json(Ty),
    Text,
    EventStream,
    Message,
    Empty,
}

#[derive(Debug, Clone)]
pub struct PaginationItem {
    /// The page-number parameter.
    pub page_param: Name,
    pub page_required: bool,
    /// The page-size parameter.
    pub size_param: Name,
    pub size_required: bool,
    /// The server's page size when the caller sets none (unused when the size is required).
    pub default_size: i64,
    /// The item type and the response field holding it.
    pub item_ty: Ty,
    pub items_field: Name,
    pub items_optional: bool,
    /// The response field with the total, and whether it is an `Option`.
    pub total_field: Option<(Name, bool)>,
}

/// A documented example, with the type it decodes into.
#[derive(Debug, Clone)]
pub struct ExampleItem {
    pub name: String,
    pub kind: ExampleKind,
    pub status: Option<u16>,
    pub json: Option<serde_json::Value>,
    /// A text payload (a log, a YAML file), as documented.
    pub text: Option<String>,
    /// What the example decodes into; `None` for text payloads.
    pub target: Option<ExampleTarget>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExampleTarget {
    Type(Ty),
    ApiMessage,
    ApiError,
}

/// Lowers `spec` and names everything. The diagnostics are the names that could not be made;
/// the model is complete either way (an unusable name is kept as it is).
pub fn lower(spec: &LoadedSpec) -> (Api, Diagnostics) {
    let kinds: BTreeMap<&str, NamedKind> = spec
        .files
        .iter()
        .flat_map(|file| file.module.types.iter())
        .map(|(name, def)| (name.as_str(), NamedKind::of(&def.shape)))
        .collect();
    let resolve =
        |text: &str| -> Ty { to_ty(&TypeExpr::parse(text).unwrap_or(TypeExpr::Any), &kinds) };
    let mut names = NameChecker::default();

    // Types first: endpoints' pagination refers to the lowered response fields.
    let mut modules: Vec<Module> = spec
        .files
        .iter()
        .map(|file| {
            let module = &file.module;
            let types = module
                .types
                .iter()
                .map(|(name, def)| {
                    lower_type(
                        &file.display,
                        name,
                        def,
                        &resolve,
                        newest_with_type(spec, def.go.as_deref()),
                        &mut names,
                    )
                })
                .collect();
            Module {
                name: module.module.clone(),
                title: module.title.clone(),
                description: module.description.clone(),
                source: file.display.clone(),
                types,
                endpoints: Vec::new(),
                dependencies: Vec::new(),
            }
        })
        .collect();
    settle_defaults(&mut modules);
    keep_totals_optional(&mut modules, spec);
    mark_declared_tags(&mut modules);
    let structs: BTreeMap<String, Vec<FieldItem>> = modules
        .iter()
        .flat_map(|module| module.types.iter())
        .filter_map(|item| match &item.shape {
            Shape::Struct { fields } => Some((item.name.clone(), fields.clone())),
            _ => None,
        })
        .collect();
    let mut builders: BTreeMap<String, String> = BTreeMap::new();
    for (module, file) in modules.iter_mut().zip(&spec.files) {
        module.endpoints = file
            .module
            .endpoints
            .iter()
            .map(|endpoint| {
                let item = lower_endpoint(
                    &file.module,
                    endpoint,
                    &resolve,
                    &structs,
                    &file.display,
                    &mut names,
                );
                if let Some(other) = builders.get(&item.builder)
                    && *other != endpoint.id
                {
                    names.error(
                        &file.display,
                        format!("endpoint `{}`", endpoint.id),
                        format!(
                            "`{}` and `{other}` both become the builder `{}`",
                            endpoint.id, item.builder
                        ),
                    );
                } else {
                    builders.insert(item.builder.clone(), endpoint.id.clone());
                }
                item
            })
            .collect();
    }
    modules.sort_by(|a, b| a.name.cmp(&b.name));
    settle_dependencies(&mut modules);
    mark_sent(&mut modules);
    let api = Api {
        modules,
        releases: spec.release_names(),
    };
    (api, names.diagnostics)
}

/// The facts of the newest release that holds the Go type `go`: how the server sends the
/// type's fields now.
fn newest_with_type<'s>(spec: &'s LoadedSpec, go: Option<&str>) -> Option<&'s ServerFacts> {
    let go = go?;
    spec.releases
        .iter()
        .rev()
        .map(|release| &release.facts)
        .find(|facts| facts.types.contains_key(go))
}

/// Attaches what the server facts say to the lowered model, a step after [`lower`]: the
/// commit of each server-backed endpoint's shape, and round-trip cases built from the Go
/// types (`server_shapes`). Without facts it does nothing.
pub fn attach_server_cases(api: &mut Api, spec: &LoadedSpec) {
    // One view of the spec per release that an endpoint is checked against: the newest that
    // serves it, whose Go types the cases follow.
    let mut views: BTreeMap<ReleaseName, LoadedSpec> = BTreeMap::new();
    let endpoints: BTreeMap<&str, &spec::Endpoint> = spec
        .files
        .iter()
        .flat_map(|file| &file.module.endpoints)
        .map(|endpoint| (endpoint.id.as_str(), endpoint))
        .collect();
    for item in api
        .modules
        .iter_mut()
        .flat_map(|module| &mut module.endpoints)
    {
        let Some(endpoint) = endpoints.get(item.id.as_str()) else {
            continue;
        };
        let Some(release) = spec
            .release_names()
            .into_iter()
            .rev()
            .find(|release| endpoint.range().contains(*release))
        else {
            continue;
        };
        let view = views
            .entry(release)
            .or_insert_with(|| spec.for_release(release));
        let Some(facts) = view.newest_facts() else {
            continue;
        };
        let Some(projected) = view
            .files
            .iter()
            .flat_map(|file| &file.module.endpoints)
            .find(|projected| projected.id == endpoint.id)
        else {
            continue;
        };
        let index = crate::server::ServerIndex::new(view, facts);
        let cases = server_shapes(&index, projected, item);
        item.examples.extend(cases);
        if endpoint.source.from_server() {
            item.server_commit = Some(facts.source.commit.clone());
        }
    }
}

/// Which other modules each module's types and endpoints name types of.
fn settle_dependencies(modules: &mut [Module]) {
    let owner: BTreeMap<String, String> = modules
        .iter()
        .flat_map(|module| {
            module
                .types
                .iter()
                .map(|item| (item.name.clone(), module.name.clone()))
        })
        .collect();
    for module in modules.iter_mut() {
        let mut named = BTreeSet::new();
        for item in &module.types {
            match &item.shape {
                Shape::Struct { fields } => {
                    for field in fields {
                        field.ty.named(&mut named);
                        named.extend(field.views.iter().cloned());
                    }
                }
                Shape::Enum { .. } => {}
                Shape::Union { variants, .. } => {
                    named.extend(variants.iter().map(|variant| variant.ty.clone()));
                }
            }
        }
        for endpoint in &module.endpoints {
            for param in endpoint.path_params.iter().chain(&endpoint.query) {
                param.ty.named(&mut named);
            }
            if let Some(body) = &endpoint.body {
                body.ty.named(&mut named);
            }
            if let ResponseItem::Json(ty) = &endpoint.response {
                ty.named(&mut named);
            }
            if let Some(pagination) = &endpoint.pagination {
                pagination.item_ty.named(&mut named);
            }
        }
        let dependencies: BTreeSet<String> = named
            .iter()
            .filter_map(|name| owner.get(name))
            .filter(|other| **other != module.name)
            .cloned()
            .collect();
        module.dependencies = dependencies.into_iter().collect();
    }
}

fn to_ty(expr: &TypeExpr, kinds: &BTreeMap<&str, NamedKind>) -> Ty {
    match expr {
        TypeExpr::String => Ty::String,
        TypeExpr::Bool => Ty::Bool,
        TypeExpr::I32 => Ty::I32,
        TypeExpr::I64 => Ty::I64,
        TypeExpr::U32 => Ty::U32,
        TypeExpr::U64 => Ty::U64,
        TypeExpr::F64 => Ty::F64,
        TypeExpr::Any => Ty::Any,
        TypeExpr::Array(inner) => Ty::Array(Box::new(to_ty(inner, kinds))),
        TypeExpr::Map(inner) => Ty::Map(Box::new(to_ty(inner, kinds))),
        // An undefined name is a validation error; until then it lowers to untyped JSON.
        TypeExpr::Named(name) => match kinds.get(name.as_str()) {
            Some(kind) => Ty::Named {
                name: name.clone(),
                kind: *kind,
            },
            None => Ty::Any,
        },
    }
}

fn lower_type(
    file: &str,
    name: &str,
    def: &spec::TypeDef,
    resolve: &impl Fn(&str) -> Ty,
    facts: Option<&ServerFacts>,
    names: &mut NameChecker,
) -> TypeItem {
    let location = format!("type `{name}`");
    // The Go fields of the struct this type follows, for presence: Go's encoder always writes a
    // field that is neither a pointer nor `omitempty`.
    let go_fields = match (facts, &def.go) {
        (Some(facts), Some(go)) => match facts.types.get(go).map(|decl| &decl.kind) {
            Some(GoTypeKind::Struct { fields }) => Some(fields.as_slice()),
            _ => None,
        },
        _ => None,
    };
    let always_sent = |field: &spec::Field| -> bool {
        let Some(go_fields) = go_fields else {
            return false;
        };
        let Some(go_field) = go_fields
            .iter()
            .find(|go_field| go_field.wire == field.name || field.aliases.contains(&go_field.wire))
        else {
            return false;
        };
        // Types with their own JSON (time.Time, ObjectIDs, custom marshallers) have a zero
        // value that is not the Rust one ("0001-01-01T00:00:00Z", not ""): they stay optional.
        let own_json = match crate::facts::GoType::parse(&go_field.go_type) {
            Ok(crate::facts::GoType::Named(name)) => {
                crate::facts::known_external(&name).is_some()
                    || facts.is_some_and(|facts| {
                        facts.types.get(&name).is_none_or(|decl| decl.custom_json)
                    })
            }
            _ => false,
        };
        !go_field.omitempty
            && !go_field.go_type.starts_with('*')
            && go_field.embedded_from.is_none()
            && !own_json
    };
    let shape = match &def.shape {
        TypeShape::Struct(struct_) => {
            let mut scope = Scope::default();
            let fields = struct_
                .fields
                .iter()
                .map(|field| {
                    let name = Name::snake(&field.name, field.rust_name.as_deref());
                    names.member(
                        &mut scope,
                        file,
                        &format!("{location}, field `{}`", field.name),
                        &name,
                        field.rust_name.is_some(),
                        // Every struct keeps the fields it does not model there.
                        &["unknown_fields"],
                    );
                    let ty = resolve(&field.ty);
                    FieldItem {
                        defaulted: !field.required
                            && !field.nullable
                            && always_sent(field)
                            && !matches!(ty, Ty::Any),
                        name,
                        ty,
                        required: field.required,
                        nullable: field.nullable,
                        aliases: field.aliases.clone(),
                        doc: field.description.clone(),
                        views: field.views.clone(),
                        served: field.range(),
                        required_when: field.required_when.as_ref().and_then(|when| {
                            ConditionItem::lower(when, |wire| {
                                let rust_name = struct_
                                    .fields
                                    .iter()
                                    .find(|other| other.name == wire)
                                    .and_then(|other| other.rust_name.as_deref());
                                Name::snake(wire, rust_name)
                            })
                        }),
                    }
                })
                .collect();
            Shape::Struct { fields }
        }
        TypeShape::Enum(enum_) => {
            let mut scope = Scope::default();
            let values = enum_
                .values
                .iter()
                .map(|value| {
                    let name = Name::pascal(&value.value, value.rust_name.as_deref());
                    names.variant(
                        &mut scope,
                        file,
                        &format!("{location}, value `{}`", value.value),
                        &name,
                        value.rust_name.is_some(),
                    );
                    VariantItem {
                        name,
                        doc: value.description.clone(),
                        lifecycle: value.lifecycle,
                        served: range_of(value.since.as_deref(), value.until.as_deref()),
                    }
                })
                .collect();
            Shape::Enum { values }
        }
        TypeShape::Union(union) => {
            let mut scope = Scope::default();
            let variants = union
                .variants
                .iter()
                .map(|variant| {
                    let name = Name::pascal(&variant.value, variant.rust_name.as_deref());
                    names.variant(
                        &mut scope,
                        file,
                        &format!("{location}, variant `{}`", variant.value),
                        &name,
                        variant.rust_name.is_some(),
                    );
                    UnionVariantItem {
                        name,
                        doc: variant.description.clone(),
                        ty: variant.ty.trim().to_owned(),
                        declares_tag: false,
                    }
                })
                .collect();
            Shape::Union {
                tag: union.tag.clone(),
                variants,
            }
        }
    };
    TypeItem {
        name: name.to_owned(),
        doc: def.description.clone(),
        source: def.source,
        go: def.go.clone(),
        shape,
        has_default: false,
        sent: false,
    }
}

/// Works out which structs have a zero value, and keeps a field defaulted only when its type
/// has one. Strings, numbers, bools, JSON, arrays, maps and (open) enums do; a union does not;
/// a struct does when every field that is not an `Option` has a type that does. A defaulted
/// field whose type has none falls back to an `Option`.
fn settle_defaults(modules: &mut [Module]) {
    let mut kinds: BTreeMap<String, bool> = BTreeMap::new();
    for item in modules.iter().flat_map(|module| &module.types) {
        // Start from "has a zero value" for structs and enums, then remove what cannot.
        kinds.insert(
            item.name.clone(),
            !matches!(item.shape, Shape::Union { .. }),
        );
    }
    fn zero(ty: &Ty, kinds: &BTreeMap<String, bool>) -> bool {
        match ty {
            Ty::Named { name, .. } => kinds.get(name).copied().unwrap_or(false),
            _ => true,
        }
    }
    loop {
        let mut changed = false;
        for item in modules.iter().flat_map(|module| &module.types) {
            let Shape::Struct { fields } = &item.shape else {
                continue;
            };
            if !kinds.get(&item.name).copied().unwrap_or(false) {
                continue;
            }
            // Defaulted fields without a zero value become `Option`s, so only required ones
            // constrain the struct.
            let has_zero = fields
                .iter()
                .filter(|field| field.required && !field.nullable)
                .all(|field| zero(&field.ty, &kinds));
            if !has_zero {
                kinds.insert(item.name.clone(), false);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    for item in modules
        .iter_mut()
        .flat_map(|module| module.types.iter_mut())
    {
        if let Shape::Struct { fields } = &mut item.shape {
            item.has_default = kinds.get(&item.name).copied().unwrap_or(false);
            for field in fields.iter_mut() {
                if field.defaulted && !zero(&field.ty, &kinds) {
                    field.defaulted = false;
                }
            }
        }
    }
}

/// Marks [`TypeItem::sent`]: every type a request body reaches.
fn mark_sent(modules: &mut [Module]) {
    let mut reached: BTreeSet<String> = BTreeSet::new();
    let mut pending: Vec<String> = Vec::new();
    for body in modules
        .iter()
        .flat_map(|module| &module.endpoints)
        .filter_map(|endpoint| endpoint.body.as_ref())
    {
        let mut named = BTreeSet::new();
        body.ty.named(&mut named);
        pending.extend(named);
    }
    let types: BTreeMap<String, Shape> = modules
        .iter()
        .flat_map(|module| &module.types)
        .map(|item| (item.name.clone(), item.shape.clone()))
        .collect();
    while let Some(name) = pending.pop() {
        if !reached.insert(name.clone()) {
            continue;
        }
        let mut named = BTreeSet::new();
        match types.get(&name) {
            Some(Shape::Struct { fields }) => {
                for field in fields {
                    field.ty.named(&mut named);
                    named.extend(field.views.iter().cloned());
                }
            }
            Some(Shape::Union { variants, .. }) => {
                named.extend(variants.iter().map(|variant| variant.ty.clone()));
            }
            Some(Shape::Enum { .. }) | None => {}
        }
        pending.extend(named.into_iter().filter(|name| !reached.contains(name)));
    }
    for item in modules.iter_mut().flat_map(|module| &mut module.types) {
        item.sent = reached.contains(&item.name);
    }
}

/// Keeps the total of every paged list an `Option`, even where Go always sends the field: a
/// response without it (a proxy, an older server) must read as "no total", not as a total of
/// 0, or walking the pages would stop after the first one.
fn keep_totals_optional(modules: &mut [Module], spec: &LoadedSpec) {
    let totals: BTreeSet<(String, String)> = spec
        .files
        .iter()
        .flat_map(|file| &file.module.endpoints)
        .filter_map(|endpoint| {
            let total = endpoint.pagination.as_ref()?.total.clone()?;
            let spec::Response::Json(text) = &endpoint.response else {
                return None;
            };
            let name = TypeExpr::parse(text).ok()?.named()?.to_owned();
            Some((name, total))
        })
        .collect();
    for item in modules.iter_mut().flat_map(|module| &mut module.types) {
        if let Shape::Struct { fields } = &mut item.shape {
            for field in fields.iter_mut() {
                if totals.contains(&(item.name.clone(), field.name.wire.clone())) {
                    field.defaulted = false;
                }
            }
        }
    }
}

/// Sets [`UnionVariantItem::declares_tag`] from the variants' structs.
fn mark_declared_tags(modules: &mut [Module]) {
    let fields: BTreeMap<String, Vec<String>> = modules
        .iter()
        .flat_map(|module| &module.types)
        .filter_map(|item| match &item.shape {
            Shape::Struct { fields } => Some((
                item.name.clone(),
                fields.iter().map(|field| field.name.wire.clone()).collect(),
            )),
            _ => None,
        })
        .collect();
    for item in modules
        .iter_mut()
        .flat_map(|module| module.types.iter_mut())
    {
        if let Shape::Union { tag, variants } = &mut item.shape {
            for variant in variants.iter_mut() {
                variant.declares_tag = fields
                    .get(&variant.ty)
                    .is_some_and(|wires| wires.iter().any(|wire| wire == tag));
            }
        }
    }
}

fn lower_param(
    param: &spec::Param,
    resolve: &impl Fn(&str) -> Ty,
    path: bool,
    endpoint: &spec::Endpoint,
) -> ParamItem {
    ParamItem {
        served: param.range().within(&endpoint.range()),
        required_when: param.required_when.as_ref().and_then(|when| {
            ConditionItem::lower(when, |wire| {
                let rust_name = endpoint
                    .query
                    .iter()
                    .find(|other| other.name == wire)
                    .and_then(|other| other.rust_name.as_deref());
                Name::snake(wire, rust_name)
            })
        }),
        name: Name::snake(&param.name, param.rust_name.as_deref()),
        ty: resolve(&param.ty),
        required: path || param.required,
        in_path: path,
        default: param.default.as_ref().map(yaml_scalar_text),
        doc: param.description.clone(),
    }
}

fn yaml_scalar_text(value: &serde_yaml::Value) -> String {
    match value {
        serde_yaml::Value::String(text) => text.clone(),
        other => serde_yaml::to_string(other)
            .map(|text| text.trim().to_owned())
            .unwrap_or_default(),
    }
}

fn lower_endpoint(
    module: &spec::ModuleFile,
    endpoint: &spec::Endpoint,
    resolve: &impl Fn(&str) -> Ty,
    structs: &BTreeMap<String, Vec<FieldItem>>,
    file: &str,
    names: &mut NameChecker,
) -> EndpointItem {
    let location = format!("endpoint `{}`", endpoint.id);
    // Path parameters in the order their placeholders appear in the path.
    let order = path::parse_placeholders(&endpoint.path).unwrap_or_default();
    let mut path_params: Vec<ParamItem> = endpoint
        .path_params
        .iter()
        .map(|p| lower_param(p, resolve, true, endpoint))
        .collect();
    path_params.sort_by_key(|param| {
        order
            .iter()
            .position(|name| *name == param.name.wire)
            .unwrap_or(usize::MAX)
    });
    let query: Vec<ParamItem> = endpoint
        .query
        .iter()
        .map(|p| lower_param(p, resolve, false, endpoint))
        .collect();
    let mut scope = Scope::default();
    for (kind, params, specs) in [
        ("path parameter", &path_params, &endpoint.path_params),
        ("query parameter", &query, &endpoint.query),
    ] {
        for param in params {
            let overridden = specs
                .iter()
                .any(|p| p.name == param.name.wire && p.rust_name.is_some());
            names.member(
                &mut scope,
                file,
                &format!("{location}, {kind} `{}`", param.name.wire),
                &param.name,
                overridden,
                RESERVED_BUILDER_METHODS,
            );
        }
    }
    if endpoint.body.is_some() && scope.0.contains_key("body") {
        names.error(
            file,
            location.clone(),
            "a parameter is named `body`, which the request body uses",
        );
        if let Some(last) = names.diagnostics.0.last_mut() {
            last.help = Some("set `rust_name:` on the parameter".into());
        }
    }
    for param in path_params.iter().chain(&query) {
        if let Some(canonical) = crate::order::canonical(&param.name.rust) {
            names.error_with_help(
                file,
                &format!("{location}, parameter `{}`", param.name.wire),
                format!(
                    "the Rust name `{}` names a concept the API calls `{canonical}` everywhere else",
                    param.name.rust
                ),
                &format!("set `rust_name: {canonical}` on the parameter"),
            );
        }
    }
    // The call-order rule (`crate::order`): a stable sort keeps path order, then spec order,
    // within a rank.
    let mut positional: Vec<ParamItem> = path_params
        .iter()
        .chain(query.iter().filter(|param| param.required))
        .cloned()
        .collect();
    positional.sort_by_key(|param| crate::order::rank(&param.name.rust, param.in_path));
    let response = match &endpoint.response {
        spec::Response::Json(text) => ResponseItem::Json(resolve(text)),
        spec::Response::Text => ResponseItem::Text,
        spec::Response::EventStream => ResponseItem::EventStream,
        spec::Response::Message => ResponseItem::Message,
        spec::Response::Empty => ResponseItem::Empty,
    };
    let doc_url = endpoint.doc.as_ref().and_then(|doc| {
        if doc.starts_with("http://") || doc.starts_with("https://") {
            Some(doc.clone())
        } else {
            module.doc.as_ref().map(|base| format!("{base}{doc}"))
        }
    });
    let pagination = endpoint.pagination.as_ref().and_then(|pagination| {
        let param_of = |wire: &str| query.iter().find(|param| param.name.wire == wire);
        let page_param = param_of(&pagination.page)?;
        let size_param = param_of(&pagination.size)?;
        let default_size = endpoint
            .query
            .iter()
            .find(|param| param.name == pagination.size)
            .and_then(|param| param.default.as_ref())
            .and_then(serde_yaml::Value::as_i64)
            .unwrap_or(0);
        let fields = match &response {
            ResponseItem::Json(Ty::Named { name, .. }) => structs.get(name)?,
            _ => return None,
        };
        let field_of = |wire: &str| fields.iter().find(|field| field.name.wire == wire);
        let items = field_of(&pagination.items)?;
        let item_ty = match &items.ty {
            Ty::Array(inner) => (**inner).clone(),
            _ => return None,
        };
        Some(PaginationItem {
            page_param: page_param.name.clone(),
            page_required: page_param.required,
            size_param: size_param.name.clone(),
            size_required: size_param.required,
            default_size,
            item_ty,
            items_field: items.name.clone(),
            items_optional: items.is_option(),
            total_field: pagination
                .total
                .as_deref()
                .and_then(field_of)
                .map(|field| (field.name.clone(), field.is_option())),
        })
    });
    let examples = endpoint
        .examples
        .iter()
        .map(|example| {
            let target = match (&example.json, example.kind) {
                (None, _) => None,
                (Some(_), _) if example.ty.is_some() => example
                    .ty
                    .as_deref()
                    .map(|ty| ExampleTarget::Type(resolve(ty))),
                (Some(_), ExampleKind::Request) => endpoint
                    .body
                    .as_ref()
                    .map(|body| ExampleTarget::Type(resolve(&body.ty))),
                (Some(_), ExampleKind::Error) => Some(ExampleTarget::ApiError),
                (Some(_), ExampleKind::Response) => match &response {
                    ResponseItem::Json(ty) => Some(ExampleTarget::Type(ty.clone())),
                    ResponseItem::Message => Some(ExampleTarget::ApiMessage),
                    _ => None,
                },
            };
            ExampleItem {
                name: example.name.clone(),
                kind: example.kind,
                status: example.status,
                json: example.json.clone(),
                text: example.text.clone(),
                target,
            }
        })
        .collect();
    EndpointItem {
        id: endpoint.id.clone(),
        method: Name::snake(&endpoint.id, Some(&endpoint.id)),
        builder: naming::pascal(&endpoint.id),
        http_method: endpoint.method.clone(),
        path: endpoint.path.clone(),
        summary: endpoint.summary.trim().to_owned(),
        description: endpoint.description.clone(),
        doc_url,
        source: endpoint.source,
        undocumented: endpoint.undocumented,
        server_commit: None,
        served: endpoint.range(),
        older_paths: endpoint
            .paths
            .iter()
            .filter_map(|form| {
                Some(OlderPath {
                    path: form.path.clone(),
                    until: ReleaseName::parse(&form.until).ok()?,
                })
            })
            .collect(),
        path_params,
        query,
        positional,
        body: endpoint.body.as_ref().map(|body| BodyItem {
            ty: resolve(&body.ty),
            doc: body.description.clone(),
        }),
        response,
        pagination,
        lacks_detail: endpoint.lacks_detail,
        errata: endpoint.errata.clone(),
        examples,
    }
}

/// Round-trip cases built from the server facts for a server-backed endpoint: a JSON value of
/// the Go response type (and request body type) with every field set, for each one the spec's
/// type follows ([`crate::server::Fit::Yes`]). A difference the audit reports gets no case; the
/// audit is what fails on it.
fn server_shapes(
    index: &crate::server::ServerIndex<'_>,
    endpoint: &spec::Endpoint,
    item: &EndpointItem,
) -> Vec<ExampleItem> {
    use crate::facts::{GoType, ResponseFact};
    use crate::server::{Fit, sample::sample};

    let mut cases = Vec::new();
    if !endpoint.source.from_server() {
        return cases;
    }
    let Some(route) = index.facts.route_of(endpoint) else {
        return cases;
    };
    let mut case = |name: &str, kind: ExampleKind, spec_ty: &str, go_ty: &str, ty: &Ty| {
        let (Ok(spec_expr), Ok(go)) = (TypeExpr::parse(spec_ty), GoType::parse(go_ty)) else {
            return;
        };
        if spec_expr.is_typed()
            && index.fits(&spec_expr, &go, false) == Fit::Yes
            && let Some(json) = sample(index, &go)
        {
            cases.push(ExampleItem {
                name: name.to_owned(),
                kind,
                status: None,
                json: Some(json),
                text: None,
                target: Some(ExampleTarget::Type(ty.clone())),
            });
        }
    };
    if let (spec::Response::Json(spec_ty), ResponseItem::Json(ty)) =
        (&endpoint.response, &item.response)
        && let Some(ResponseFact::Json { go_type, .. }) = route
            .responses
            .iter()
            .find(|fact| matches!(fact, ResponseFact::Json { .. }))
    {
        case(
            spec::SERVER_RESPONSE_CASE,
            ExampleKind::Response,
            spec_ty,
            go_type,
            ty,
        );
    }
    if let (Some(body), Some(body_item), Some(fact)) =
        (&endpoint.body, &item.body, route.bodies.first())
    {
        case(
            spec::SERVER_BODY_CASE,
            ExampleKind::Request,
            &body.ty,
            &fact.go_type,
            &body_item.ty,
        );
    }
    cases
}

/// The Rust names already taken in one struct, enum or parameter list, with the wire name
/// that took each.
#[derive(Default)]
struct Scope(BTreeMap<String, String>);

/// Collects the naming problems found while lowering.
#[derive(Default)]
struct NameChecker {
    diagnostics: Diagnostics,
}

impl NameChecker {
    fn error(&mut self, file: &str, location: impl Into<String>, message: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::new(file, location, message));
    }

    fn error_with_help(&mut self, file: &str, location: &str, message: String, help: &str) {
        self.diagnostics
            .push(Diagnostic::new(file, location, message).help(help));
    }

    /// A snake_case member (field or parameter): usable, not reserved, unique in `scope`.
    fn member(
        &mut self,
        scope: &mut Scope,
        file: &str,
        location: &str,
        name: &Name,
        overridden: bool,
        reserved: &[&str],
    ) {
        let rust = name.rust.as_str();
        let wire = name.wire.as_str();
        if !naming::is_ascii_ident(rust) {
            self.error_with_help(
                file,
                location,
                format!("`{wire}` gives no usable Rust name (`{rust}`)"),
                "set `rust_name:` to a snake_case ASCII name",
            );
            return;
        }
        if overridden && !naming::is_snake_case(rust.trim_end_matches('_')) {
            self.error(
                file,
                location,
                format!("rust_name `{rust}` is not snake_case"),
            );
        }
        if reserved.contains(&rust) {
            self.error_with_help(
                file,
                location,
                format!("the Rust name `{rust}` is reserved for a builder method"),
                "set `rust_name:` to another name",
            );
        }
        self.unique(scope, file, location, rust, wire, "name");
    }

    /// A PascalCase variant: usable, not `Unknown`, unique in `scope`.
    fn variant(
        &mut self,
        scope: &mut Scope,
        file: &str,
        location: &str,
        name: &Name,
        overridden: bool,
    ) {
        let rust = name.rust.as_str();
        let wire = name.wire.as_str();
        if !naming::is_ascii_ident(rust) {
            self.error_with_help(
                file,
                location,
                format!("`{wire}` gives no usable Rust variant name (`{rust}`)"),
                "set `rust_name:` to a PascalCase ASCII name",
            );
            return;
        }
        if overridden && !naming::is_pascal_case(rust) {
            self.error(
                file,
                location,
                format!("rust_name `{rust}` is not PascalCase"),
            );
        }
        if rust == "Unknown" {
            self.error_with_help(
                file,
                location,
                "the variant name `Unknown` is reserved for values the spec does not know"
                    .to_owned(),
                "set `rust_name:` to another name",
            );
        }
        self.unique(scope, file, location, rust, wire, "variant");
    }

    fn unique(
        &mut self,
        scope: &mut Scope,
        file: &str,
        location: &str,
        rust: &str,
        wire: &str,
        what: &str,
    ) {
        if let Some(other) = scope.0.get(rust) {
            if other == wire {
                // The same wire name twice: validation reports the duplicate.
                return;
            }
            let message = format!("`{wire}` and `{other}` both become the Rust {what} `{rust}`");
            self.error_with_help(file, location, message, "set `rust_name:` on one of them");
        } else {
            scope.0.insert(rust.to_owned(), wire.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The model of one module file, `spec/shop.yaml`, that must lower without a problem.
    fn lowered(text: &str) -> Api {
        let module = crate::load::parse_module("spec/shop.yaml", text).expect("a module");
        let spec = LoadedSpec {
            dir: std::path::PathBuf::from("spec"),
            files: vec![crate::load::SpecFile {
                display: "spec/shop.yaml".to_owned(),
                stem: "shop".to_owned(),
                module,
            }],
            releases: Vec::new(),
        };
        let (api, diagnostics) = lower(&spec);
        assert!(diagnostics.0.is_empty(), "{diagnostics}");
        api
    }

    #[test]
    fn conditions_are_carried_with_the_rust_names_of_what_they_test() {
        let text = r##"
module: shop
title: Shop
endpoints:
  - id: list_logs
    source: docs
    method: GET
    path: /openapi/logs
    summary: Lists logs.
    doc: "#logs"
    query:
      - name: searchType
        rust_name: search_kind
        type: string
        description: Which filter applies.
      - name: status
        type: i64
        required_when: {query: searchType, is: [status]}
        description: Needed for the status filter.
    response: empty
types:
  Registry:
    source: docs
    description: A registry.
    struct:
      fields:
        - name: provider
          type: string
          description: Which kind.
        - name: region
          type: string
          required_when: {field: provider, is_not: [ecr, ""]}
          description: Needed but for ECR.
"##;
        let api = lowered(text);
        let endpoint = &api.modules[0].endpoints[0];
        assert_eq!(endpoint.query[0].required_when, None);
        let status = endpoint.query[1]
            .required_when
            .as_ref()
            .expect("a condition");
        assert_eq!(status.on.wire, "searchType");
        assert_eq!(status.on.rust, "search_kind");
        assert_eq!(status.is, ["status"]);
        assert!(!endpoint.query[1].required);
        let Shape::Struct { fields } = &api.modules[0].types[0].shape else {
            panic!("a struct");
        };
        let region = fields[1].required_when.as_ref().expect("a condition");
        assert_eq!(region.on.rust, "provider");
        assert_eq!(region.is_not, ["ecr", ""]);
        assert!(region.is.is_empty());
    }

    #[test]
    fn types_a_body_reaches_are_sent_and_types_only_answers_carry_are_not() {
        let text = r##"
module: shop
title: Shop
endpoints:
  - id: place_order
    source: docs
    method: POST
    path: /openapi/orders
    summary: Places an order.
    doc: "#orders"
    body:
      type: Order
      description: The order.
    response:
      json: Receipt
types:
  Order:
    source: docs
    description: An order.
    struct:
      fields:
        - name: lines
          type: array<Line>
          description: What is ordered.
        - name: note
          type: any
          views: [Note]
          description: A note of one known shape.
  Line:
    source: docs
    description: One line of an order.
    struct:
      fields:
        - name: sku
          type: string
          description: What.
  Note:
    source: docs
    description: A note.
    struct:
      fields:
        - name: text
          type: string
          description: The text.
  Receipt:
    source: docs
    description: What the shop answers.
    struct:
      fields:
        - name: number
          type: string
          description: The receipt's number.
"##;
        let api = lowered(text);
        let sent: BTreeMap<&str, bool> = api.modules[0]
            .types
            .iter()
            .map(|item| (item.name.as_str(), item.sent))
            .collect();
        assert_eq!(
            sent,
            BTreeMap::from([
                ("Line", true),
                ("Note", true),
                ("Order", true),
                ("Receipt", false)
            ])
        );
    }

    #[test]
    fn names_carry_both_spellings() {
        let field = Name::snake("weChat_webHook", None);
        assert_eq!(field.rust, "we_chat_web_hook");
        let keyword = Name::snake("type", None);
        assert_eq!(keyword.rust, "type");
        let unraw = Name::snake("self", None);
        assert_eq!(unraw.rust, "self_");
        assert_eq!(Name::pascal("zadig-build", None).rust, "ZadigBuild");
        assert_eq!(Name::pascal("x", Some("Other")).rust, "Other");
    }
}
