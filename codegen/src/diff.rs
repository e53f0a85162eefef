//! What a spec change does to the public API of `zadig-api`: the changes between two lowered
//! specs, each classified for semver, and the release they call for.
//!
//! The comparison reads the intermediate model ([`crate::ir`]), which owns every Rust name and
//! ordering, so it sees what the emitters print: client methods with their positional arguments,
//! builder setters, body, response and pager, and types with their fields, constructor, values
//! and variants. It does not read the emitters or the runtime: a change to the generator itself
//! (a new call-order rule, another derive) is not a spec change and is not reported.
//!
//! The rules follow what the generated code promises (README, "Versioning"):
//!
//! - Structs are `#[non_exhaustive]` and built with `new()` plus setters, so a field that is not
//!   a `new()` argument can be added; a required field is one. Every change to a field's Rust
//!   type, including `Option<T>` against `T`, breaks readers of the field.
//! - Enums and unions are `#[non_exhaustive]` and open (an unknown value decodes to `Unknown`),
//!   so values and variants can be added, not removed.
//! - Client methods take required values positionally: any change to that list breaks callers,
//!   except a new name for an argument at the same place (Rust callers pass arguments by
//!   position). Optional query parameters are builder setters and can be added.
//! - What leaves every Rust signature alone (a wire spelling, a route, a run state's
//!   lifecycle, the documented views of a field) is [`Level::NoApiChange`]: a patch.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::Serialize;

use crate::diagnostic::Diagnostics;
use crate::ir::{
    Api, EndpointItem, FieldItem, ParamItem, ResponseItem, Shape, Ty, TypeItem, UnionVariantItem,
    VariantItem,
};
use crate::spec::Lifecycle;

/// How a change affects code written against the old API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Level {
    /// Code written against the old API may stop compiling, or silently mean something else.
    #[serde(rename = "breaking")]
    Breaking,
    /// Something was added; code written against the old API compiles and means the same.
    #[serde(rename = "compatible")]
    Compatible,
    /// Every Rust signature is unchanged: a positional argument's name, a wire spelling, a
    /// route, a documented view. It needs no more than a patch release.
    #[serde(rename = "none")]
    NoApiChange,
}

impl Level {
    /// `breaking`, `compatible` or `none`, as the reports print it.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Breaking => "breaking",
            Level::Compatible => "compatible",
            Level::NoApiChange => "none",
        }
    }
}

/// What changed. The order of the variants is the order of changes to one item in a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A client method (and its request builder) appeared.
    EndpointAdded,
    /// A client method (and its request builder) disappeared.
    EndpointRemoved,
    /// The request builder now lives in another `requests::<module>`.
    EndpointMoved,
    /// The HTTP method or path changed; the Rust call did not.
    RouteChanged,
    /// A new positional argument.
    ArgumentAdded,
    /// A positional argument disappeared.
    ArgumentRemoved,
    /// A positional argument has a new Rust name at the same place.
    ArgumentRenamed,
    /// A positional argument has a new Rust type.
    ArgumentRetyped,
    /// The positional arguments that both versions take come in another order.
    ArgumentsReordered,
    /// An optional query parameter became required: a setter became an argument.
    QueryBecameRequired,
    /// A required query parameter became optional: an argument became a setter.
    QueryBecameOptional,
    /// A new builder setter (optional query parameter).
    SetterAdded,
    /// A builder setter disappeared.
    SetterRemoved,
    /// A builder setter takes a new type.
    SetterRetyped,
    /// The request body argument appeared.
    BodyAdded,
    /// The request body argument disappeared.
    BodyRemoved,
    /// The request body argument has a new type.
    BodyRetyped,
    /// `send()` returns another type.
    ResponseChanged,
    /// The builder gained `.items()`.
    PaginationAdded,
    /// The builder lost `.items()`.
    PaginationRemoved,
    /// `.items()` yields another type.
    PaginationRetyped,
    /// A new type.
    TypeAdded,
    /// A type disappeared.
    TypeRemoved,
    /// A type now lives in another `types::<module>`.
    TypeMoved,
    /// A type became another kind of type (struct, enum, union).
    TypeKindChanged,
    /// A new struct field that `new()` does not take (optional or defaulted).
    FieldAdded,
    /// A new struct field that `new()` takes (required, even when nullable).
    RequiredFieldAdded,
    /// A struct field disappeared.
    FieldRemoved,
    /// A struct field has a new Rust type.
    FieldRetyped,
    /// A struct field went from `Option<T>` to `T`.
    FieldNoLongerOptional,
    /// A struct field went from `T` to `Option<T>`.
    FieldNowOptional,
    /// A struct's `new()` takes other arguments or takes them in another order.
    ConstructorChanged,
    /// A struct now implements `Default`.
    DefaultAdded,
    /// A struct no longer implements `Default`.
    DefaultRemoved,
    /// A struct gained a `<field>_as::<T>()` accessor.
    ViewAccessorAdded,
    /// A struct lost a `<field>_as::<T>()` accessor.
    ViewAccessorRemoved,
    /// The types a field is documented to take changed; the accessor did not.
    ViewsChanged,
    /// A new enum value.
    EnumValueAdded,
    /// An enum value disappeared.
    EnumValueRemoved,
    /// An enum gained `is_final()`.
    IsFinalAdded,
    /// An enum lost `is_final()`.
    IsFinalRemoved,
    /// An enum value's lifecycle changed, so `is_final()` answers otherwise for it.
    LifecycleChanged,
    /// A union's tag field has another wire name.
    UnionTagChanged,
    /// A new union variant.
    UnionVariantAdded,
    /// A union variant disappeared.
    UnionVariantRemoved,
    /// A union variant holds another struct.
    UnionVariantRetyped,
    /// A parameter, field, enum value or union variant is spelt otherwise on the wire; its Rust
    /// name is unchanged.
    WireNameChanged,
}

/// Where a change goes in a Keep a Changelog entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    Added,
    Changed,
    Removed,
}

impl Section {
    /// The heading text (`Added`).
    pub fn title(self) -> &'static str {
        match self {
            Section::Added => "Added",
            Section::Changed => "Changed",
            Section::Removed => "Removed",
        }
    }
}

impl ChangeKind {
    /// How a change of this kind affects callers: the classification rules in one place.
    pub fn level(self) -> Level {
        use ChangeKind::*;
        match self {
            // Additions: new methods, setters, types, optional fields, values and variants
            // (structs, enums and unions are `#[non_exhaustive]`; enums and unions are open).
            EndpointAdded | SetterAdded | PaginationAdded | TypeAdded | FieldAdded
            | DefaultAdded | ViewAccessorAdded | EnumValueAdded | IsFinalAdded
            | UnionVariantAdded => Level::Compatible,
            // Every Rust signature stays as it was.
            RouteChanged | ArgumentRenamed | ViewsChanged | LifecycleChanged | UnionTagChanged
            | WireNameChanged => Level::NoApiChange,
            // Removals, and any change to a signature, a field's type or a path.
            EndpointRemoved
            | EndpointMoved
            | ArgumentAdded
            | ArgumentRemoved
            | ArgumentRetyped
            | ArgumentsReordered
            | QueryBecameRequired
            | QueryBecameOptional
            | SetterRemoved
            | SetterRetyped
            | BodyAdded
            | BodyRemoved
            | BodyRetyped
            | ResponseChanged
            | PaginationRemoved
            | PaginationRetyped
            | TypeRemoved
            | TypeMoved
            | TypeKindChanged
            | RequiredFieldAdded
            | FieldRemoved
            | FieldRetyped
            | FieldNoLongerOptional
            | FieldNowOptional
            | ConstructorChanged
            | DefaultRemoved
            | ViewAccessorRemoved
            | EnumValueRemoved
            | IsFinalRemoved
            | UnionVariantRemoved
            | UnionVariantRetyped => Level::Breaking,
        }
    }

    /// The changelog section a change of this kind belongs in.
    pub fn section(self) -> Section {
        use ChangeKind::*;
        match self {
            EndpointAdded | ArgumentAdded | SetterAdded | BodyAdded | PaginationAdded
            | TypeAdded | FieldAdded | RequiredFieldAdded | DefaultAdded | ViewAccessorAdded
            | EnumValueAdded | IsFinalAdded | UnionVariantAdded => Section::Added,
            EndpointRemoved | ArgumentRemoved | SetterRemoved | BodyRemoved | PaginationRemoved
            | TypeRemoved | FieldRemoved | DefaultRemoved | ViewAccessorRemoved
            | EnumValueRemoved | IsFinalRemoved | UnionVariantRemoved => Section::Removed,
            EndpointMoved
            | RouteChanged
            | ArgumentRenamed
            | ArgumentRetyped
            | ArgumentsReordered
            | QueryBecameRequired
            | QueryBecameOptional
            | SetterRetyped
            | BodyRetyped
            | ResponseChanged
            | PaginationRetyped
            | TypeMoved
            | TypeKindChanged
            | FieldRetyped
            | FieldNoLongerOptional
            | FieldNowOptional
            | ConstructorChanged
            | ViewsChanged
            | LifecycleChanged
            | UnionTagChanged
            | UnionVariantRetyped
            | WireNameChanged => Section::Changed,
        }
    }
}

/// One change to the public API.
///
/// The derived order (module, item, kind, level, description) is the order of a report.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Change {
    /// The spec module (`workflow`) of the item, as the new spec has it when both have it.
    pub module: String,
    /// The item as Rust code names it: `WorkflowTaskDetail.stages` (a field),
    /// `list_workflows(project_key)` (an argument), `list_workflows().page_size()` (a setter),
    /// `WorkflowTaskStatus::Reject` (a value), `list_workflows()` (the method itself).
    pub item: String,
    pub kind: ChangeKind,
    pub level: Level,
    /// One line saying what changed, with the old and new Rust spelling where there are two.
    pub description: String,
}

/// The spec in `spec_dir` for the old side of a comparison: it must load and validate, but the
/// naming rules of today's generator are not held against it (a spec released before a rule
/// such as the parameter synonyms existed still has the names it was released with). The
/// naming problems come back beside the model, for a note.
pub fn load_base(spec_dir: &Path) -> Result<(Api, Diagnostics), Diagnostics> {
    let loaded = crate::load::load_dir(spec_dir)?;
    crate::validate::validate(&loaded)?;
    Ok(crate::ir::lower(&loaded))
}

/// The positional arguments of every `Client` method in generated request code (the text of a
/// committed `requests/<module>.rs`), by method name; the body is left out.
///
/// An old revision's code is what its users call. Where the generator's call-order rule has
/// changed since, [`use_released_order`] puts these back into a model that today's generator
/// lowered from the old spec.
pub fn released_arguments(source: &str) -> Result<BTreeMap<String, Vec<String>>, String> {
    let file = syn::parse_file(source).map_err(|err| err.to_string())?;
    let mut methods = BTreeMap::new();
    for item in &file.items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let is_client = matches!(&*block.self_ty, syn::Type::Path(path)
            if path.path.segments.last().is_some_and(|segment| segment.ident == "Client"));
        if block.trait_.is_some() || !is_client {
            continue;
        }
        for member in &block.items {
            let syn::ImplItem::Fn(function) = member else {
                continue;
            };
            if !matches!(function.vis, syn::Visibility::Public(_)) {
                continue;
            }
            let arguments = function
                .sig
                .inputs
                .iter()
                .filter_map(|input| match input {
                    syn::FnArg::Typed(typed) => match &*typed.pat {
                        syn::Pat::Ident(ident) => {
                            Some(ident.ident.to_string().trim_start_matches("r#").to_owned())
                        }
                        _ => None,
                    },
                    syn::FnArg::Receiver(_) => None,
                })
                .filter(|name| name != "body")
                .collect();
            methods.insert(function.sig.ident.to_string(), arguments);
        }
    }
    Ok(methods)
}

/// Orders each endpoint's positional arguments in `api` as `released` (see
/// [`released_arguments`]) has them, where both name the same arguments; returns the methods
/// whose order changed. Arguments named otherwise are left alone: a rename is a spec change the
/// comparison reports.
pub fn use_released_order(api: &mut Api, released: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut reordered = Vec::new();
    for endpoint in api
        .modules
        .iter_mut()
        .flat_map(|module| &mut module.endpoints)
    {
        let Some(names) = released.get(&endpoint.method.rust) else {
            continue;
        };
        let current: Vec<&str> = endpoint
            .positional
            .iter()
            .map(|param| param.name.rust.as_str())
            .collect();
        if current == *names {
            continue;
        }
        let mut sorted_current = current.clone();
        let mut sorted_released: Vec<&str> = names.iter().map(String::as_str).collect();
        sorted_current.sort_unstable();
        sorted_released.sort_unstable();
        if sorted_current != sorted_released {
            continue;
        }
        endpoint.positional.sort_by_key(|param| {
            names
                .iter()
                .position(|name| *name == param.name.rust)
                .unwrap_or(usize::MAX)
        });
        reordered.push(endpoint.method.rust.clone());
    }
    reordered
}

/// Every change from `old` to `new`, sorted.
pub fn diff(old: &Api, new: &Api) -> Vec<Change> {
    let mut changes = Changes::default();
    diff_endpoints(old, new, &mut changes);
    diff_types(old, new, &mut changes);
    let mut changes = changes.0;
    changes.sort();
    changes.dedup();
    changes
}

/// Counts of changes by level.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub breaking: usize,
    pub compatible: usize,
    /// Changes of [`Level::NoApiChange`].
    pub none: usize,
}

impl Counts {
    /// Counts `changes` by level.
    pub fn of(changes: &[Change]) -> Counts {
        let mut counts = Counts::default();
        for change in changes {
            match change.level {
                Level::Breaking => counts.breaking += 1,
                Level::Compatible => counts.compatible += 1,
                Level::NoApiChange => counts.none += 1,
            }
        }
        counts
    }
}

/// A crate version `MAJOR.MINOR.PATCH` (no pre-release or build part: the crate uses none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
}

impl Version {
    /// Parses `0.1.0`; the error says what was expected.
    pub fn parse(text: &str) -> Result<Version, String> {
        let parts: Vec<&str> = text.trim().split('.').collect();
        let numbers: Option<Vec<u64>> = parts
            .iter()
            .map(|part| {
                // `01` is not a semver number; `+1` and `-1` are not numbers at all.
                let plain = part.bytes().all(|byte| byte.is_ascii_digit())
                    && !(part.len() > 1 && part.starts_with('0'));
                plain.then(|| part.parse().ok()).flatten()
            })
            .collect();
        match numbers.as_deref() {
            Some(&[major, minor, patch]) => Ok(Version {
                major,
                minor,
                patch,
            }),
            _ => Err(format!(
                "`{text}` is not a version of the form MAJOR.MINOR.PATCH, like 0.1.0"
            )),
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// The number a release moves, by Cargo's semver rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    Major,
    Minor,
    Patch,
}

/// The release a set of changes calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Release {
    pub current: Version,
    pub next: Version,
    pub bump: Bump,
}

/// The release `changes` call for from `current`, or `None` when there is no change.
///
/// Cargo treats the first non-zero number as the major one: before 1.0 a breaking change moves
/// the minor number (0.1.3 → 0.2.0) and anything else the patch number (0.1.3 → 0.1.4). From
/// 1.0 a breaking change moves the major number, an addition the minor number, and a change
/// that leaves the API alone the patch number.
pub fn release(current: Version, changes: &[Change]) -> Option<Release> {
    let counts = Counts::of(changes);
    let bump = if counts.breaking > 0 {
        if current.major == 0 {
            Bump::Minor
        } else {
            Bump::Major
        }
    } else if counts.compatible > 0 && current.major > 0 {
        Bump::Minor
    } else if counts.compatible > 0 || counts.none > 0 {
        Bump::Patch
    } else {
        return None;
    };
    let next = match bump {
        Bump::Major => Version {
            major: current.major + 1,
            minor: 0,
            patch: 0,
        },
        Bump::Minor => Version {
            minor: current.minor + 1,
            patch: 0,
            ..current
        },
        Bump::Patch => Version {
            patch: current.patch + 1,
            ..current
        },
    };
    Some(Release {
        current,
        next,
        bump,
    })
}

/// The changes found so far.
#[derive(Default)]
struct Changes(Vec<Change>);

impl Changes {
    fn push(
        &mut self,
        module: &str,
        item: impl Into<String>,
        kind: ChangeKind,
        description: impl Into<String>,
    ) {
        self.0.push(Change {
            module: module.to_owned(),
            item: item.into(),
            kind,
            level: kind.level(),
            description: description.into(),
        });
    }
}

/// A type as the generated code spells it (`Vec<WorkflowTask>`, `serde_json::Value`).
fn rust_ty(ty: &Ty) -> String {
    match ty {
        Ty::String => "String".to_owned(),
        Ty::Bool => "bool".to_owned(),
        Ty::I32 => "i32".to_owned(),
        Ty::I64 => "i64".to_owned(),
        Ty::U32 => "u32".to_owned(),
        Ty::U64 => "u64".to_owned(),
        Ty::F64 => "f64".to_owned(),
        Ty::Any => "serde_json::Value".to_owned(),
        Ty::Array(inner) => format!("Vec<{}>", rust_ty(inner)),
        Ty::Map(inner) => format!("BTreeMap<String, {}>", rust_ty(inner)),
        // The kind is not part of the spelling: a type that changes kind is reported once, on
        // the type, not on every place that uses it.
        Ty::Named { name, .. } => name.clone(),
    }
}

/// A field's type as the struct declares it.
fn field_ty(field: &FieldItem) -> String {
    if field.is_option() {
        format!("Option<{}>", rust_ty(&field.ty))
    } else {
        rust_ty(&field.ty)
    }
}

/// What `send()` returns.
fn response_ty(response: &ResponseItem) -> String {
    match response {
        ResponseItem::Json(ty) => rust_ty(ty),
        ResponseItem::Text => "String".to_owned(),
        ResponseItem::EventStream => "LogStream".to_owned(),
        ResponseItem::Message => "ApiMessage".to_owned(),
        ResponseItem::Empty => "()".to_owned(),
    }
}

/// `name` in backticks.
fn code(name: &str) -> String {
    format!("`{name}`")
}

/// The names of a method's arguments as a call writes them: `(project_key, env_name, body)`.
fn arguments(endpoint: &EndpointItem) -> String {
    let mut names: Vec<&str> = endpoint
        .positional
        .iter()
        .map(|param| param.name.rust.as_str())
        .collect();
    if endpoint.body.is_some() {
        names.push("body");
    }
    format!("({})", names.join(", "))
}

fn endpoints_by_method(api: &Api) -> BTreeMap<&str, (&str, &EndpointItem)> {
    api.modules
        .iter()
        .flat_map(|module| {
            module.endpoints.iter().map(|endpoint| {
                (
                    endpoint.method.rust.as_str(),
                    (module.name.as_str(), endpoint),
                )
            })
        })
        .collect()
}

fn types_by_name(api: &Api) -> BTreeMap<&str, (&str, &TypeItem)> {
    api.modules
        .iter()
        .flat_map(|module| {
            module
                .types
                .iter()
                .map(|item| (item.name.as_str(), (module.name.as_str(), item)))
        })
        .collect()
}

fn diff_endpoints(old: &Api, new: &Api, changes: &mut Changes) {
    let old_endpoints = endpoints_by_method(old);
    let new_endpoints = endpoints_by_method(new);
    for (method, (module, endpoint)) in &old_endpoints {
        if !new_endpoints.contains_key(method) {
            changes.push(
                module,
                format!("{method}()"),
                ChangeKind::EndpointRemoved,
                format!(
                    "client method removed, with its builder {}",
                    code(&endpoint.builder)
                ),
            );
        }
    }
    for (method, (module, endpoint)) in &new_endpoints {
        match old_endpoints.get(method) {
            None => changes.push(
                module,
                format!("{method}()"),
                ChangeKind::EndpointAdded,
                format!(
                    "client method added: {}",
                    code(&format!("{method}{}", arguments(endpoint)))
                ),
            ),
            Some((old_module, old_endpoint)) => {
                if old_module != module {
                    changes.push(
                        module,
                        format!("{method}()"),
                        ChangeKind::EndpointMoved,
                        format!(
                            "builder {} moved from `requests::{old_module}` to `requests::{module}` \
                             (`requests::{}` still names it)",
                            code(&endpoint.builder),
                            endpoint.builder
                        ),
                    );
                }
                diff_endpoint(module, old_endpoint, endpoint, changes);
            }
        }
    }
}

/// A parameter of `params` that is the same query parameter as `param`: the same Rust name, or
/// failing that the same wire name.
fn same_param<'a>(params: &[&'a ParamItem], param: &ParamItem) -> Option<&'a ParamItem> {
    params
        .iter()
        .find(|other| other.name.rust == param.name.rust)
        .or_else(|| {
            params
                .iter()
                .find(|other| other.name.wire == param.name.wire)
        })
        .copied()
}

fn diff_endpoint(module: &str, old: &EndpointItem, new: &EndpointItem, changes: &mut Changes) {
    let method = new.method.rust.as_str();
    let old_route = format!("{} {}", old.http_method, old.path);
    let new_route = format!("{} {}", new.http_method, new.path);
    if old_route != new_route {
        changes.push(
            module,
            format!("{method}()"),
            ChangeKind::RouteChanged,
            format!("route {} -> {}", code(&old_route), code(&new_route)),
        );
    }
    diff_arguments(module, old, new, changes);
    diff_setters(module, old, new, changes);

    match (&old.body, &new.body) {
        (None, Some(body)) => changes.push(
            module,
            format!("{method}(body)"),
            ChangeKind::BodyAdded,
            format!(
                "body argument added: {} (last argument)",
                code(&rust_ty(&body.ty))
            ),
        ),
        (Some(body), None) => changes.push(
            module,
            format!("{method}(body)"),
            ChangeKind::BodyRemoved,
            format!("body argument removed (was {})", code(&rust_ty(&body.ty))),
        ),
        (Some(old_body), Some(new_body)) => {
            let (old_ty, new_ty) = (rust_ty(&old_body.ty), rust_ty(&new_body.ty));
            if old_ty != new_ty {
                changes.push(
                    module,
                    format!("{method}(body)"),
                    ChangeKind::BodyRetyped,
                    format!("body type {} -> {}", code(&old_ty), code(&new_ty)),
                );
            }
        }
        (None, None) => {}
    }

    let (old_output, new_output) = (response_ty(&old.response), response_ty(&new.response));
    if old_output != new_output {
        changes.push(
            module,
            format!("{method}().send()"),
            ChangeKind::ResponseChanged,
            format!(
                "response type {} -> {}",
                code(&old_output),
                code(&new_output)
            ),
        );
    }

    let item = format!("{method}().items()");
    match (&old.pagination, &new.pagination) {
        (None, Some(pagination)) => changes.push(
            module,
            item,
            ChangeKind::PaginationAdded,
            format!(
                "pager added: `.items()` yields {} across pages",
                code(&rust_ty(&pagination.item_ty))
            ),
        ),
        (Some(_), None) => changes.push(
            module,
            item,
            ChangeKind::PaginationRemoved,
            "pager removed: the builder has no `.items()`",
        ),
        (Some(old_pages), Some(new_pages)) => {
            let (old_ty, new_ty) = (rust_ty(&old_pages.item_ty), rust_ty(&new_pages.item_ty));
            if old_ty != new_ty {
                changes.push(
                    module,
                    item,
                    ChangeKind::PaginationRetyped,
                    format!("`.items()` yields {} -> {}", code(&old_ty), code(&new_ty)),
                );
            }
        }
        (None, None) => {}
    }
}

/// Positional arguments: paired by Rust name, then by wire name (a rename); what is left over
/// was added or removed, or moved between the arguments and the setters.
fn diff_arguments(module: &str, old: &EndpointItem, new: &EndpointItem, changes: &mut Changes) {
    let method = new.method.rust.as_str();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut old_paired = vec![false; old.positional.len()];
    let mut new_paired = vec![false; new.positional.len()];
    let same_rust = |a: &ParamItem, b: &ParamItem| a.name.rust == b.name.rust;
    let same_wire = |a: &ParamItem, b: &ParamItem| a.name.wire == b.name.wire;
    for matches in [
        &same_rust as &dyn Fn(&ParamItem, &ParamItem) -> bool,
        &same_wire,
    ] {
        for (old_index, old_param) in old.positional.iter().enumerate() {
            if old_paired[old_index] {
                continue;
            }
            let found = new
                .positional
                .iter()
                .enumerate()
                .find(|(new_index, new_param)| {
                    !new_paired[*new_index] && matches(old_param, new_param)
                });
            if let Some((new_index, _)) = found {
                old_paired[old_index] = true;
                new_paired[new_index] = true;
                pairs.push((old_index, new_index));
            }
        }
    }

    let old_setters: Vec<&ParamItem> = old.optional_query().collect();
    let new_setters: Vec<&ParamItem> = new.optional_query().collect();
    for (index, param) in old.positional.iter().enumerate() {
        if old_paired[index] {
            continue;
        }
        let item = format!("{method}({})", param.name.rust);
        match same_param(&new_setters, param) {
            Some(setter) => changes.push(
                module,
                item,
                ChangeKind::QueryBecameOptional,
                format!(
                    "query parameter {} became optional: the argument is now the setter `.{}()`",
                    code(&param.name.wire),
                    setter.name.rust
                ),
            ),
            None => changes.push(
                module,
                item,
                ChangeKind::ArgumentRemoved,
                format!(
                    "argument removed (was {}: {})",
                    code(&param.name.rust),
                    code(&rust_ty(&param.ty))
                ),
            ),
        }
    }
    for (index, param) in new.positional.iter().enumerate() {
        if new_paired[index] {
            continue;
        }
        let item = format!("{method}({})", param.name.rust);
        match same_param(&old_setters, param) {
            Some(setter) => changes.push(
                module,
                item,
                ChangeKind::QueryBecameRequired,
                format!(
                    "query parameter {} became required: the setter `.{}()` is now argument {} of {}",
                    code(&param.name.wire),
                    setter.name.rust,
                    index + 1,
                    code(&format!("{method}{}", arguments(new)))
                ),
            ),
            None => changes.push(
                module,
                item,
                ChangeKind::ArgumentAdded,
                format!(
                    "argument added: {}, now {}",
                    code(&format!("{}: {}", param.name.rust, rust_ty(&param.ty))),
                    code(&format!("{method}{}", arguments(new)))
                ),
            ),
        }
    }

    // Arguments both versions take, in the new order: their old places must still increase.
    pairs.sort_by_key(|&(_, new_index)| new_index);
    let reordered = pairs.windows(2).any(|pair| pair[0].0 > pair[1].0);
    if reordered {
        // The two signatures show any renames as well.
        changes.push(
            module,
            format!("{method}(..)"),
            ChangeKind::ArgumentsReordered,
            format!(
                "arguments reordered: {} -> {}",
                code(&format!("{method}{}", arguments(old))),
                code(&format!("{method}{}", arguments(new)))
            ),
        );
    }
    for &(old_index, new_index) in &pairs {
        let (old_param, new_param) = (&old.positional[old_index], &new.positional[new_index]);
        let item = format!("{method}({})", new_param.name.rust);
        let (old_ty, new_ty) = (rust_ty(&old_param.ty), rust_ty(&new_param.ty));
        if old_ty != new_ty {
            changes.push(
                module,
                item.clone(),
                ChangeKind::ArgumentRetyped,
                format!("argument type {} -> {}", code(&old_ty), code(&new_ty)),
            );
        }
        if old_param.name.rust != new_param.name.rust {
            if reordered {
                continue;
            }
            changes.push(
                module,
                item.clone(),
                ChangeKind::ArgumentRenamed,
                format!(
                    "argument renamed from {} (callers pass it by position)",
                    code(&old_param.name.rust)
                ),
            );
        } else if old_param.name.wire != new_param.name.wire {
            changes.push(
                module,
                item,
                ChangeKind::WireNameChanged,
                format!(
                    "sent as {} instead of {}",
                    code(&new_param.name.wire),
                    code(&old_param.name.wire)
                ),
            );
        }
    }
}

/// Builder setters (optional query parameters), by Rust name: the setter's name is its API.
fn diff_setters(module: &str, old: &EndpointItem, new: &EndpointItem, changes: &mut Changes) {
    let method = new.method.rust.as_str();
    let old_setters: BTreeMap<&str, &ParamItem> = old
        .optional_query()
        .map(|param| (param.name.rust.as_str(), param))
        .collect();
    let new_setters: BTreeMap<&str, &ParamItem> = new
        .optional_query()
        .map(|param| (param.name.rust.as_str(), param))
        .collect();
    let new_positional: Vec<&ParamItem> = new.positional.iter().collect();
    let old_positional: Vec<&ParamItem> = old.positional.iter().collect();
    let setter_for_wire = |setters: &BTreeMap<&str, &ParamItem>, wire: &str| {
        setters
            .values()
            .find(|param| param.name.wire == wire)
            .map(|param| param.name.rust.clone())
    };
    for (name, param) in &old_setters {
        if new_setters.contains_key(name) || same_param(&new_positional, param).is_some() {
            // Unchanged, or reported with the arguments (it became required).
            continue;
        }
        let description = match setter_for_wire(&new_setters, &param.name.wire) {
            Some(other) => format!(
                "setter removed; the query parameter {} is now set with `.{other}()`",
                code(&param.name.wire)
            ),
            None => format!(
                "setter removed (optional query parameter {})",
                code(&param.name.wire)
            ),
        };
        changes.push(
            module,
            format!("{method}().{name}()"),
            ChangeKind::SetterRemoved,
            description,
        );
    }
    for (name, param) in &new_setters {
        let item = format!("{method}().{name}()");
        match old_setters.get(name) {
            None if same_param(&old_positional, param).is_some() => {
                // Reported with the arguments (it became optional).
            }
            None => {
                let description = match setter_for_wire(&old_setters, &param.name.wire) {
                    Some(other) => format!(
                        "setter added for the query parameter {} (was `.{other}()`)",
                        code(&param.name.wire)
                    ),
                    None => format!(
                        "setter added for the optional query parameter {} ({})",
                        code(&param.name.wire),
                        code(&rust_ty(&param.ty))
                    ),
                };
                changes.push(module, item, ChangeKind::SetterAdded, description);
            }
            Some(old_param) => {
                let (old_ty, new_ty) = (rust_ty(&old_param.ty), rust_ty(&param.ty));
                if old_ty != new_ty {
                    changes.push(
                        module,
                        item.clone(),
                        ChangeKind::SetterRetyped,
                        format!(
                            "setter takes {} instead of {}",
                            code(&new_ty),
                            code(&old_ty)
                        ),
                    );
                }
                if old_param.name.wire != param.name.wire {
                    changes.push(
                        module,
                        item,
                        ChangeKind::WireNameChanged,
                        format!(
                            "sent as {} instead of {}",
                            code(&param.name.wire),
                            code(&old_param.name.wire)
                        ),
                    );
                }
            }
        }
    }
}

fn kind_name(shape: &Shape) -> &'static str {
    match shape {
        Shape::Struct { .. } => "struct",
        Shape::Enum { .. } => "enum",
        Shape::Union { .. } => "union",
    }
}

fn diff_types(old: &Api, new: &Api, changes: &mut Changes) {
    let old_types = types_by_name(old);
    let new_types = types_by_name(new);
    for (name, (module, item)) in &old_types {
        if !new_types.contains_key(name) {
            changes.push(
                module,
                *name,
                ChangeKind::TypeRemoved,
                format!("{} removed", kind_name(&item.shape)),
            );
        }
    }
    for (name, (module, item)) in &new_types {
        let Some((old_module, old_item)) = old_types.get(name) else {
            changes.push(
                module,
                *name,
                ChangeKind::TypeAdded,
                format!("{} added", kind_name(&item.shape)),
            );
            continue;
        };
        if old_module != module {
            changes.push(
                module,
                *name,
                ChangeKind::TypeMoved,
                format!(
                    "moved from `types::{old_module}` to `types::{module}` (`types::{name}` still \
                     names it)"
                ),
            );
        }
        match (&old_item.shape, &item.shape) {
            (Shape::Struct { fields: old_fields }, Shape::Struct { fields }) => {
                diff_struct(module, old_item, old_fields, item, fields, changes);
            }
            (Shape::Enum { values: old_values }, Shape::Enum { values }) => {
                diff_enum(module, name, old_values, values, changes);
            }
            (
                Shape::Union {
                    tag: old_tag,
                    variants: old_variants,
                },
                Shape::Union { tag, variants },
            ) => {
                if old_tag != tag {
                    changes.push(
                        module,
                        *name,
                        ChangeKind::UnionTagChanged,
                        format!("tag field {} -> {}", code(old_tag), code(tag)),
                    );
                }
                diff_union(module, name, old_variants, variants, changes);
            }
            (old_shape, shape) => changes.push(
                module,
                *name,
                ChangeKind::TypeKindChanged,
                format!("{} -> {}", kind_name(old_shape), kind_name(shape)),
            ),
        }
    }
}

/// What a field is in Rust, for messages: `Option<i64>, optional` or `String, a new() argument`.
fn field_role(field: &FieldItem) -> String {
    let role = if field.required {
        "a `new()` argument"
    } else if field.defaulted {
        "defaulted"
    } else {
        "optional"
    };
    format!("{}, {role}", code(&field_ty(field)))
}

fn diff_struct(
    module: &str,
    old_item: &TypeItem,
    old_fields: &[FieldItem],
    item: &TypeItem,
    fields: &[FieldItem],
    changes: &mut Changes,
) {
    let name = item.name.as_str();
    let by_rust = |fields: &'_ [FieldItem]| -> BTreeMap<String, FieldItem> {
        fields
            .iter()
            .map(|field| (field.name.rust.clone(), field.clone()))
            .collect()
    };
    let (old_by_rust, new_by_rust) = (by_rust(old_fields), by_rust(fields));
    let rust_for_wire = |fields: &[FieldItem], wire: &str| {
        fields
            .iter()
            .find(|field| field.name.wire == wire)
            .map(|field| field.name.rust.clone())
    };

    for (rust, field) in &old_by_rust {
        if new_by_rust.contains_key(rust) {
            continue;
        }
        let mut description = format!("field removed (was {})", field_role(field));
        if let Some(other) = rust_for_wire(fields, &field.name.wire) {
            description.push_str(&format!(
                "; the wire field {} is now `{name}.{other}`",
                code(&field.name.wire)
            ));
        }
        changes.push(
            module,
            format!("{name}.{rust}"),
            ChangeKind::FieldRemoved,
            description,
        );
    }
    for (rust, field) in &new_by_rust {
        let item_path = format!("{name}.{rust}");
        let Some(old_field) = old_by_rust.get(rust) else {
            // A struct is `#[non_exhaustive]` and built with `new()`: only a field that
            // `new()` takes breaks a caller.
            let kind = if field.required {
                ChangeKind::RequiredFieldAdded
            } else {
                ChangeKind::FieldAdded
            };
            let mut description = format!("field added ({})", field_role(field));
            if let Some(other) = rust_for_wire(old_fields, &field.name.wire) {
                description.push_str(&format!(
                    "; the wire field {} was `{name}.{other}`",
                    code(&field.name.wire)
                ));
            }
            changes.push(module, item_path, kind, description);
            continue;
        };
        diff_field(module, &item_path, old_field, field, changes);
    }

    // `new()` takes the required fields in field order.
    let constructor = |fields: &[FieldItem]| -> Vec<String> {
        fields
            .iter()
            .filter(|field| field.required)
            .map(|field| field.name.rust.clone())
            .collect()
    };
    let (old_new, new_new) = (constructor(old_fields), constructor(fields));
    let kept: Vec<&String> = new_new
        .iter()
        .filter(|rust| old_new.contains(rust))
        .collect();
    let kept_before: Vec<&String> = old_new
        .iter()
        .filter(|rust| new_new.contains(rust))
        .collect();
    if kept != kept_before {
        changes.push(
            module,
            format!("{name}::new()"),
            ChangeKind::ConstructorChanged,
            format!(
                "arguments reordered: `new({})` -> `new({})`",
                old_new.join(", "),
                new_new.join(", ")
            ),
        );
    }

    match (old_item.has_default, item.has_default) {
        (false, true) => changes.push(
            module,
            name,
            ChangeKind::DefaultAdded,
            "now implements `Default`",
        ),
        (true, false) => changes.push(
            module,
            name,
            ChangeKind::DefaultRemoved,
            "no longer implements `Default` (a field without a zero value is required)",
        ),
        _ => {}
    }
}

fn views(field: &FieldItem) -> String {
    field
        .views
        .iter()
        .map(|view| code(view))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One field both versions have, under the same Rust name.
fn diff_field(
    module: &str,
    item_path: &str,
    old: &FieldItem,
    new: &FieldItem,
    changes: &mut Changes,
) {
    let (old_ty, new_ty) = (rust_ty(&old.ty), rust_ty(&new.ty));
    // One change for the field's own type, the most telling one.
    let retyped = if old_ty != new_ty {
        Some((
            ChangeKind::FieldRetyped,
            format!(
                "field type {} -> {}",
                code(&field_ty(old)),
                code(&field_ty(new))
            ),
        ))
    } else if old.is_option() && !new.is_option() {
        Some((
            ChangeKind::FieldNoLongerOptional,
            format!(
                "field no longer optional: {} -> {}",
                code(&field_ty(old)),
                code(&field_ty(new))
            ),
        ))
    } else if !old.is_option() && new.is_option() {
        Some((
            ChangeKind::FieldNowOptional,
            format!(
                "field now optional: {} -> {}",
                code(&field_ty(old)),
                code(&field_ty(new))
            ),
        ))
    } else {
        None
    };
    let constructor = match (old.required, new.required) {
        (false, true) => Some("now an argument of `new()`"),
        (true, false) => Some("no longer an argument of `new()`"),
        _ => None,
    };
    match (retyped, constructor) {
        (Some((kind, description)), Some(constructor)) => changes.push(
            module,
            item_path,
            kind,
            format!("{description}; {constructor}"),
        ),
        (Some((kind, description)), None) => {
            changes.push(module, item_path, kind, description);
        }
        (None, Some(constructor)) => changes.push(
            module,
            item_path,
            ChangeKind::ConstructorChanged,
            format!("field {constructor}"),
        ),
        (None, None) => {}
    }

    if old.name.wire != new.name.wire {
        changes.push(
            module,
            item_path,
            ChangeKind::WireNameChanged,
            format!(
                "read and written as {} instead of {}",
                code(&new.name.wire),
                code(&old.name.wire)
            ),
        );
    }

    let accessor = item_path.replacen('.', "::", 1) + "_as()";
    match (old.views.is_empty(), new.views.is_empty()) {
        (true, false) => changes.push(
            module,
            accessor,
            ChangeKind::ViewAccessorAdded,
            format!("accessor added: decodes the field as {}", views(new)),
        ),
        (false, true) => changes.push(
            module,
            accessor,
            ChangeKind::ViewAccessorRemoved,
            "accessor removed",
        ),
        (false, false) if old.views != new.views => changes.push(
            module,
            accessor,
            ChangeKind::ViewsChanged,
            format!("documented views {} -> {}", views(old), views(new)),
        ),
        _ => {}
    }
}

fn lifecycle_name(lifecycle: Option<Lifecycle>) -> &'static str {
    match lifecycle {
        Some(Lifecycle::Final) => "final",
        Some(Lifecycle::InProgress) => "in_progress",
        None => "unmarked",
    }
}

fn diff_enum(
    module: &str,
    name: &str,
    old_values: &[VariantItem],
    values: &[VariantItem],
    changes: &mut Changes,
) {
    let by_rust = |values: &[VariantItem]| -> BTreeMap<String, VariantItem> {
        values
            .iter()
            .map(|value| (value.name.rust.clone(), value.clone()))
            .collect()
    };
    let (old_by_rust, new_by_rust) = (by_rust(old_values), by_rust(values));
    // The generated enum has `is_final()` when any value has a lifecycle. When the method
    // comes or goes, that one change says it; a line per value would only repeat it.
    let marked = |values: &[VariantItem]| values.iter().any(|value| value.lifecycle.is_some());
    let (old_marked, new_marked) = (marked(old_values), marked(values));
    for (rust, value) in &old_by_rust {
        if !new_by_rust.contains_key(rust) {
            changes.push(
                module,
                format!("{name}::{rust}"),
                ChangeKind::EnumValueRemoved,
                format!(
                    "value removed ({} now decodes to `Unknown`)",
                    code(&value.name.wire)
                ),
            );
        }
    }
    for (rust, value) in &new_by_rust {
        let item = format!("{name}::{rust}");
        let Some(old_value) = old_by_rust.get(rust) else {
            changes.push(
                module,
                item,
                ChangeKind::EnumValueAdded,
                format!(
                    "value added ({}, which decoded to `Unknown` before)",
                    code(&value.name.wire)
                ),
            );
            continue;
        };
        if old_value.name.wire != value.name.wire {
            changes.push(
                module,
                item.clone(),
                ChangeKind::WireNameChanged,
                format!(
                    "spelt {} on the wire instead of {}",
                    code(&value.name.wire),
                    code(&old_value.name.wire)
                ),
            );
        }
        if old_marked && new_marked && old_value.lifecycle != value.lifecycle {
            changes.push(
                module,
                item,
                ChangeKind::LifecycleChanged,
                format!(
                    "lifecycle {} -> {}, so `is_final()` answers otherwise",
                    lifecycle_name(old_value.lifecycle),
                    lifecycle_name(value.lifecycle)
                ),
            );
        }
    }
    let with = |lifecycle: Lifecycle| {
        values
            .iter()
            .filter(|value| value.lifecycle == Some(lifecycle))
            .map(|value| code(&value.name.rust))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (old_marked, new_marked) {
        (false, true) => changes.push(
            module,
            format!("{name}::is_final()"),
            ChangeKind::IsFinalAdded,
            format!(
                "method added: `Some(true)` for {}; `Some(false)` for {}",
                with(Lifecycle::Final),
                with(Lifecycle::InProgress)
            ),
        ),
        (true, false) => changes.push(
            module,
            format!("{name}::is_final()"),
            ChangeKind::IsFinalRemoved,
            "method removed: no value carries a lifecycle any more",
        ),
        _ => {}
    }
}

fn diff_union(
    module: &str,
    name: &str,
    old_variants: &[UnionVariantItem],
    variants: &[UnionVariantItem],
    changes: &mut Changes,
) {
    let by_rust = |variants: &[UnionVariantItem]| -> BTreeMap<String, UnionVariantItem> {
        variants
            .iter()
            .map(|variant| (variant.name.rust.clone(), variant.clone()))
            .collect()
    };
    let (old_by_rust, new_by_rust) = (by_rust(old_variants), by_rust(variants));
    for (rust, variant) in &old_by_rust {
        if !new_by_rust.contains_key(rust) {
            changes.push(
                module,
                format!("{name}::{rust}"),
                ChangeKind::UnionVariantRemoved,
                format!(
                    "variant removed (tag {} now decodes to `Unknown`)",
                    code(&variant.name.wire)
                ),
            );
        }
    }
    for (rust, variant) in &new_by_rust {
        let item = format!("{name}::{rust}");
        let Some(old_variant) = old_by_rust.get(rust) else {
            changes.push(
                module,
                item,
                ChangeKind::UnionVariantAdded,
                format!(
                    "variant added: tag {} holds {}",
                    code(&variant.name.wire),
                    code(&variant.ty)
                ),
            );
            continue;
        };
        if old_variant.ty != variant.ty {
            changes.push(
                module,
                item.clone(),
                ChangeKind::UnionVariantRetyped,
                format!(
                    "variant holds {} instead of {}",
                    code(&variant.ty),
                    code(&old_variant.ty)
                ),
            );
        }
        if old_variant.name.wire != variant.name.wire {
            changes.push(
                module,
                item,
                ChangeKind::WireNameChanged,
                format!(
                    "tag {} instead of {}",
                    code(&variant.name.wire),
                    code(&old_variant.name.wire)
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadedSpec, SpecFile, parse_module};

    /// A module with what each rule needs: a paged list with path, required and optional
    /// query parameters, a call with a body, a struct, an enum and a union.
    const BASE: &str = r##"
module: api
title: Fixture
endpoints:
  - id: list_items
    source: docs
    method: GET
    path: /projects/{projectKey}/envs/{envName}/items
    summary: Lists items.
    doc: "#list-items"
    path_params:
      - name: projectKey
        type: string
        description: Project.
      - name: envName
        type: string
        description: Environment.
    query:
      - name: from
        type: i64
        required: true
        description: Start.
      - name: to
        type: i64
        required: true
        description: End.
      - name: pageNum
        type: i64
        description: Page.
      - name: pageSize
        type: i64
        default: 20
        description: Size.
      - name: verbose
        type: bool
        description: Details.
    response:
      json: ItemPage
    pagination:
      page: pageNum
      size: pageSize
      items: items
  - id: update_item
    source: docs
    method: PUT
    path: /items/{name}
    summary: Updates an item.
    doc: "#update-item"
    path_params:
      - name: name
        type: string
        description: Item.
    body:
      type: Item
    response: message
types:
  ItemPage:
    source: docs
    description: A page.
    struct:
      fields:
        - name: total
          type: i64
          description: Total.
        - name: items
          type: array<Item>
          description: Items.
  Item:
    source: docs
    description: An item.
    struct:
      fields:
        - name: name
          type: string
          required: true
          description: Name.
        - name: size
          type: i64
          description: Size.
        - name: state
          type: ItemState
          description: State.
  ItemState:
    source: docs
    description: A state.
    enum:
      values:
        - value: active
          lifecycle: in_progress
          description: Active.
        - value: deleted
          lifecycle: final
          description: Deleted.
  Input:
    source: docs
    description: An input.
    union:
      tag: kind
      variants:
        - value: item
          type: Item
"##;

    fn api(yaml: &str) -> Api {
        let module = parse_module("spec/api.yaml", yaml).expect("the fixture parses");
        let spec = LoadedSpec {
            dir: std::path::PathBuf::new(),
            files: vec![SpecFile {
                display: "spec/api.yaml".to_owned(),
                stem: "api".to_owned(),
                module,
            }],
            facts: None,
        };
        if let Err(diagnostics) = crate::validate::validate(&spec) {
            panic!("the fixture validates:\n{diagnostics}");
        }
        let (api, naming) = crate::ir::lower(&spec);
        assert!(naming.is_empty(), "the fixture names lower:\n{naming}");
        api
    }

    /// The changes from [`BASE`] to `BASE` with each `(from, to)` replacement made.
    fn changes_after(edits: &[(&str, &str)]) -> Vec<(String, ChangeKind, Level)> {
        let mut new = BASE.to_owned();
        for (from, to) in edits {
            assert!(new.contains(from), "the fixture has {from:?}");
            new = new.replacen(from, to, 1);
        }
        diff(&api(BASE), &api(&new))
            .into_iter()
            .map(|change| (change.item, change.kind, change.level))
            .collect()
    }

    fn one(item: &str, kind: ChangeKind, level: Level) -> Vec<(String, ChangeKind, Level)> {
        vec![(item.to_owned(), kind, level)]
    }

    const ITEM_SIZE: &str = "        - name: size
          type: i64
          description: Size.
";

    #[test]
    fn the_same_spec_has_no_change() {
        assert!(changes_after(&[]).is_empty());
    }

    #[test]
    fn a_removed_field_breaks() {
        assert_eq!(
            changes_after(&[(ITEM_SIZE, "")]),
            one("Item.size", ChangeKind::FieldRemoved, Level::Breaking)
        );
    }

    #[test]
    fn an_added_field_breaks_only_when_new_takes_it() {
        let optional = format!(
            "{ITEM_SIZE}        - name: colour\n          type: string\n          description: Colour.\n"
        );
        assert_eq!(
            changes_after(&[(ITEM_SIZE, &optional)]),
            one("Item.colour", ChangeKind::FieldAdded, Level::Compatible)
        );
        let required = format!(
            "{ITEM_SIZE}        - name: colour\n          type: string\n          required: true\n          description: Colour.\n"
        );
        assert_eq!(
            changes_after(&[(ITEM_SIZE, &required)]),
            one(
                "Item.colour",
                ChangeKind::RequiredFieldAdded,
                Level::Breaking
            )
        );
        // Required and nullable is an `Option`, but still a `new()` argument.
        let nullable = format!(
            "{ITEM_SIZE}        - name: colour\n          type: string\n          required: true\n          nullable: true\n          description: Colour.\n"
        );
        assert_eq!(
            changes_after(&[(ITEM_SIZE, &nullable)]),
            one(
                "Item.colour",
                ChangeKind::RequiredFieldAdded,
                Level::Breaking
            )
        );
    }

    #[test]
    fn optionality_and_type_changes_break() {
        let required = "        - name: size\n          type: i64\n          required: true\n";
        assert_eq!(
            changes_after(&[("        - name: size\n          type: i64\n", required)]),
            one(
                "Item.size",
                ChangeKind::FieldNoLongerOptional,
                Level::Breaking
            )
        );
        let optional =
            "        - name: name\n          type: string\n          description: Name.\n";
        assert_eq!(
            changes_after(&[(
                "        - name: name\n          type: string\n          required: true\n          description: Name.\n",
                optional
            )]),
            one("Item.name", ChangeKind::FieldNowOptional, Level::Breaking)
        );
        // A required union has no zero value, so the struct loses `Default`.
        assert_eq!(
            changes_after(&[(
                "        - name: name\n          type: string\n",
                "        - name: name\n          type: Input\n"
            )]),
            vec![
                (
                    "Item".to_owned(),
                    ChangeKind::DefaultRemoved,
                    Level::Breaking
                ),
                (
                    "Item.name".to_owned(),
                    ChangeKind::FieldRetyped,
                    Level::Breaking
                ),
            ]
        );
        assert_eq!(
            changes_after(&[(
                "        - name: size\n          type: i64\n",
                "        - name: size\n          type: f64\n"
            )]),
            one("Item.size", ChangeKind::FieldRetyped, Level::Breaking)
        );
    }

    #[test]
    fn a_rust_rename_is_a_removal_and_an_addition() {
        let renamed = "        - name: size\n          rust_name: item_size\n";
        let changes = changes_after(&[("        - name: size\n", renamed)]);
        assert_eq!(
            changes,
            vec![
                (
                    "Item.item_size".to_owned(),
                    ChangeKind::FieldAdded,
                    Level::Compatible
                ),
                (
                    "Item.size".to_owned(),
                    ChangeKind::FieldRemoved,
                    Level::Breaking
                ),
            ]
        );
    }

    #[test]
    fn enum_values_and_union_variants_may_be_added_not_removed() {
        let deleted = "        - value: deleted\n          lifecycle: final\n          description: Deleted.\n";
        let added =
            format!("{deleted}        - value: archived\n          description: Archived.\n");
        assert_eq!(
            changes_after(&[(deleted, &added)]),
            one(
                "ItemState::Archived",
                ChangeKind::EnumValueAdded,
                Level::Compatible
            )
        );
        assert_eq!(
            changes_after(&[(
                "        - value: deleted\n          lifecycle: final\n          description: Deleted.\n",
                ""
            )]),
            one(
                "ItemState::Deleted",
                ChangeKind::EnumValueRemoved,
                Level::Breaking
            )
        );
        assert_eq!(
            changes_after(&[("          lifecycle: in_progress\n", "")]),
            one(
                "ItemState::Active",
                ChangeKind::LifecycleChanged,
                Level::NoApiChange
            )
        );
        // Without marks the enum has no `is_final()`; one change says it came.
        let unmarked = BASE
            .replacen("          lifecycle: in_progress\n", "", 1)
            .replacen("          lifecycle: final\n", "", 1);
        let added = diff(&api(&unmarked), &api(BASE));
        assert_eq!(added.len(), 1);
        assert_eq!(
            (added[0].kind, added[0].level),
            (ChangeKind::IsFinalAdded, Level::Compatible)
        );
        assert_eq!(
            added[0].description,
            "method added: `Some(true)` for `Deleted`; `Some(false)` for `Active`"
        );
        let variant = "        - value: item\n          type: Item\n        - value: page\n          type: ItemPage\n";
        assert_eq!(
            changes_after(&[("        - value: item\n          type: Item\n", variant)]),
            one(
                "Input::Page",
                ChangeKind::UnionVariantAdded,
                Level::Compatible
            )
        );
        let replaced = "        - value: page\n          type: ItemPage\n";
        assert_eq!(
            changes_after(&[("        - value: item\n          type: Item\n", replaced)]),
            vec![
                (
                    "Input::Item".to_owned(),
                    ChangeKind::UnionVariantRemoved,
                    Level::Breaking
                ),
                (
                    "Input::Page".to_owned(),
                    ChangeKind::UnionVariantAdded,
                    Level::Compatible
                ),
            ]
        );
    }

    #[test]
    fn types_added_removed_and_changing_kind() {
        let added = "types:\n  Extra:\n    source: docs\n    description: More.\n    enum:\n      values:\n        - value: x\n          description: X.\n";
        assert_eq!(
            changes_after(&[("types:\n", added)]),
            one("Extra", ChangeKind::TypeAdded, Level::Compatible)
        );
        let old = api(&BASE.replacen("types:\n", added, 1));
        let gone = diff(&old, &api(BASE));
        assert_eq!(gone.len(), 1);
        assert_eq!(
            (gone[0].kind, gone[0].level),
            (ChangeKind::TypeRemoved, Level::Breaking)
        );
        let as_struct = "    struct:\n      fields:\n        - name: x\n          type: string\n          description: X.\n";
        let old = api(&BASE.replacen("types:\n", added, 1));
        let new = api(&BASE.replacen(
            "types:\n",
            &added.replacen(
                "    enum:\n      values:\n        - value: x\n          description: X.\n",
                as_struct,
                1,
            ),
            1,
        ));
        let changed = diff(&old, &new);
        assert_eq!(changed.len(), 1);
        assert_eq!(
            (changed[0].kind, changed[0].level),
            (ChangeKind::TypeKindChanged, Level::Breaking)
        );
    }

    #[test]
    fn client_methods_added_and_removed() {
        let without = |yaml: &str| {
            let start = yaml.find("  - id: update_item").expect("update_item");
            let end = yaml.find("types:").expect("types");
            format!("{}{}", &yaml[..start], &yaml[end..])
        };
        let removed = diff(&api(BASE), &api(&without(BASE)));
        let summary: Vec<_> = removed.iter().map(|c| (c.item.as_str(), c.kind)).collect();
        assert_eq!(summary, [("update_item()", ChangeKind::EndpointRemoved)]);
        assert_eq!(removed[0].level, Level::Breaking);
        let added = diff(&api(&without(BASE)), &api(BASE));
        assert_eq!(added.len(), 1);
        assert_eq!(
            (added[0].kind, added[0].level),
            (ChangeKind::EndpointAdded, Level::Compatible)
        );
        assert_eq!(
            added[0].description,
            "client method added: `update_item(name, body)`"
        );
    }

    #[test]
    fn query_parameters_move_between_setters_and_arguments() {
        let new_required = "      - name: verbose\n        type: bool\n        description: Details.\n      - name: owner\n        type: string\n        required: true\n        description: Owner.\n";
        assert_eq!(
            changes_after(&[(
                "      - name: verbose\n        type: bool\n        description: Details.\n",
                new_required
            )]),
            one(
                "list_items(owner)",
                ChangeKind::ArgumentAdded,
                Level::Breaking
            )
        );
        assert_eq!(
            changes_after(&[(
                "      - name: verbose\n        type: bool\n",
                "      - name: verbose\n        type: bool\n        required: true\n"
            )]),
            one(
                "list_items(verbose)",
                ChangeKind::QueryBecameRequired,
                Level::Breaking
            )
        );
        assert_eq!(
            changes_after(&[(
                "      - name: to\n        type: i64\n        required: true\n",
                "      - name: to\n        type: i64\n"
            )]),
            one(
                "list_items(to)",
                ChangeKind::QueryBecameOptional,
                Level::Breaking
            )
        );
        let optional = "      - name: verbose\n        type: bool\n        description: Details.\n      - name: owner\n        type: string\n        description: Owner.\n";
        assert_eq!(
            changes_after(&[(
                "      - name: verbose\n        type: bool\n        description: Details.\n",
                optional
            )]),
            one(
                "list_items().owner()",
                ChangeKind::SetterAdded,
                Level::Compatible
            )
        );
        assert_eq!(
            changes_after(&[(
                "      - name: verbose\n        type: bool\n        description: Details.\n",
                ""
            )]),
            one(
                "list_items().verbose()",
                ChangeKind::SetterRemoved,
                Level::Breaking
            )
        );
        assert_eq!(
            changes_after(&[(
                "      - name: verbose\n        type: bool\n",
                "      - name: verbose\n        type: string\n"
            )]),
            one(
                "list_items().verbose()",
                ChangeKind::SetterRetyped,
                Level::Breaking
            )
        );
    }

    #[test]
    fn arguments_renamed_retyped_and_reordered() {
        // Callers pass arguments by position: a new name alone changes no call.
        assert_eq!(
            changes_after(&[(
                "      - name: name\n        type: string\n        description: Item.\n",
                "      - name: name\n        rust_name: item_name\n        type: string\n        description: Item.\n"
            )]),
            one(
                "update_item(item_name)",
                ChangeKind::ArgumentRenamed,
                Level::NoApiChange
            )
        );
        assert_eq!(
            changes_after(&[(
                "      - name: from\n        type: i64\n",
                "      - name: from\n        type: string\n"
            )]),
            one(
                "list_items(from)",
                ChangeKind::ArgumentRetyped,
                Level::Breaking
            )
        );
        // Other required parameters keep spec order, so swapping them in the spec swaps them
        // in the call: same types, silently wrong values.
        let swapped = "      - name: to\n        type: i64\n        required: true\n        description: End.\n      - name: from\n        type: i64\n        required: true\n        description: Start.\n";
        let changes = diff(
            &api(BASE),
            &api(&BASE.replacen(
                "      - name: from\n        type: i64\n        required: true\n        description: Start.\n      - name: to\n        type: i64\n        required: true\n        description: End.\n",
                swapped,
                1,
            )),
        );
        assert_eq!(changes.len(), 1);
        assert_eq!(
            (changes[0].kind, changes[0].level),
            (ChangeKind::ArgumentsReordered, Level::Breaking)
        );
        assert_eq!(
            changes[0].description,
            "arguments reordered: `list_items(project_key, env_name, from, to)` -> \
             `list_items(project_key, env_name, to, from)`"
        );
    }

    #[test]
    fn body_response_and_pager() {
        assert_eq!(
            changes_after(&[(
                "    body:\n      type: Item\n",
                "    body:\n      type: ItemPage\n"
            )]),
            one(
                "update_item(body)",
                ChangeKind::BodyRetyped,
                Level::Breaking
            )
        );
        assert_eq!(
            changes_after(&[("    response: message\n", "    response: empty\n")]),
            one(
                "update_item().send()",
                ChangeKind::ResponseChanged,
                Level::Breaking
            )
        );
        let pager =
            "    pagination:\n      page: pageNum\n      size: pageSize\n      items: items\n";
        assert_eq!(
            changes_after(&[(pager, "")]),
            one(
                "list_items().items()",
                ChangeKind::PaginationRemoved,
                Level::Breaking
            )
        );
        let old = api(&BASE.replacen(pager, "", 1));
        let added = diff(&old, &api(BASE));
        assert_eq!(added.len(), 1);
        assert_eq!(
            (added[0].kind, added[0].level),
            (ChangeKind::PaginationAdded, Level::Compatible)
        );
        assert_eq!(
            changes_after(&[("    path: /items/{name}\n", "    path: /v2/items/{name}\n")]),
            one(
                "update_item()",
                ChangeKind::RouteChanged,
                Level::NoApiChange
            )
        );
    }

    #[test]
    fn changes_come_sorted() {
        let changes = diff(
            &api(BASE),
            &api(&BASE
                .replacen(ITEM_SIZE, "", 1)
                .replacen("        - value: deleted\n", "        - value: gone\n", 1)
                .replacen("    response: message\n", "    response: empty\n", 1)),
        );
        let mut sorted = changes.clone();
        sorted.sort();
        assert_eq!(changes, sorted);
        assert_eq!(changes.len(), 4);
    }

    #[test]
    fn the_released_order_wins_over_todays_rule() {
        let source = r#"
            impl crate::Client {
                pub fn list_items(&self, env_name: impl Into<String>, project_key: impl Into<String>, from: i64, to: i64) -> ListItems<'_> { todo!() }
                pub fn update_item(&self, r#name: impl Into<String>, body: crate::types::Item) -> UpdateItem<'_> { todo!() }
                fn private(&self, x: i64) {}
            }
            impl Other { pub fn ignored(&self, y: i64) {} }
        "#;
        let released = released_arguments(source).expect("the source parses");
        assert_eq!(
            released.keys().collect::<Vec<_>>(),
            ["list_items", "update_item"]
        );
        assert_eq!(released["update_item"], ["name"]);
        let mut old = api(BASE);
        assert_eq!(use_released_order(&mut old, &released), ["list_items"]);
        // The old code took the environment first: moving it is a change of the call.
        let changes = diff(&old, &api(BASE));
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].kind, ChangeKind::ArgumentsReordered);
        // Other names are a rename the comparison reports, not an order to copy.
        let mut renamed = BTreeMap::new();
        renamed.insert("update_item".to_owned(), vec!["item".to_owned()]);
        assert!(use_released_order(&mut api(BASE), &renamed).is_empty());
        assert!(released_arguments("fn (").is_err());
    }

    fn change(level: Level) -> Change {
        Change {
            module: "api".to_owned(),
            item: "Item".to_owned(),
            kind: ChangeKind::TypeAdded,
            level,
            description: String::new(),
        }
    }

    #[test]
    fn releases_follow_cargo_semver() {
        let next = |version: &str, levels: &[Level]| {
            let changes: Vec<Change> = levels.iter().map(|level| change(*level)).collect();
            release(Version::parse(version).expect("a version"), &changes)
                .map(|release| (release.next.to_string(), release.bump))
        };
        use Level::*;
        assert_eq!(next("0.1.0", &[]), None);
        assert_eq!(
            next("0.1.3", &[Compatible, Breaking]),
            Some(("0.2.0".to_owned(), Bump::Minor))
        );
        assert_eq!(
            next("0.1.3", &[Compatible]),
            Some(("0.1.4".to_owned(), Bump::Patch))
        );
        assert_eq!(
            next("0.1.3", &[NoApiChange]),
            Some(("0.1.4".to_owned(), Bump::Patch))
        );
        assert_eq!(
            next("1.2.3", &[Breaking]),
            Some(("2.0.0".to_owned(), Bump::Major))
        );
        assert_eq!(
            next("1.2.3", &[Compatible, NoApiChange]),
            Some(("1.3.0".to_owned(), Bump::Minor))
        );
        assert_eq!(
            next("1.2.3", &[NoApiChange]),
            Some(("1.2.4".to_owned(), Bump::Patch))
        );
    }

    #[test]
    fn versions_parse_strictly() {
        assert_eq!(
            Version::parse("0.10.2"),
            Ok(Version {
                major: 0,
                minor: 10,
                patch: 2
            })
        );
        for bad in [
            "0.1",
            "0.1.0.0",
            "v0.1.0",
            "0.01.0",
            "0.1.-1",
            "0.1.0-beta",
            "",
        ] {
            assert!(Version::parse(bad).is_err(), "{bad:?} is refused");
        }
    }
}
