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

use serde::Serialize;

use crate::ir::{Api, EndpointItem, FieldItem, ResponseItem, Ty};

mod base;
mod endpoints;
mod release;
mod releases;
#[cfg(test)]
mod tests;
mod types;

pub use base::{load_base, released_arguments, use_released_order};
pub use release::{Bump, Counts, Release, Version, release};

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
    /// A client method is served by releases it was not (a client configured for them now
    /// sends it rather than refusing it).
    ReleasesGained,
    /// A client method is no longer served by releases it was: a client configured for one of
    /// them now refuses the call before sending it.
    ReleasesLost,
    /// A client method is sent at another path for some releases (a route that moved); the
    /// Rust call did not change.
    ReleasePathsChanged,
    /// The latest release the bindings know, which a client without a configured release
    /// serves, is another one.
    DefaultReleaseChanged,
    /// The latest release does not serve a method the previous latest did: a client without a
    /// configured release now refuses it.
    DefaultReleaseDropsMethod,
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
            // A method more releases serve, a newer default release: more of the API works.
            ReleasesGained | DefaultReleaseChanged => Level::Compatible,
            // Every Rust signature stays as it was.
            RouteChanged | ArgumentRenamed | ViewsChanged | LifecycleChanged | UnionTagChanged
            | WireNameChanged | ReleasePathsChanged => Level::NoApiChange,
            // A call that worked is refused before it is sent.
            ReleasesLost | DefaultReleaseDropsMethod => Level::Breaking,
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
            | EnumValueAdded | IsFinalAdded | UnionVariantAdded | ReleasesGained => Section::Added,
            ReleasesLost | DefaultReleaseDropsMethod => Section::Removed,
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
            | WireNameChanged
            | ReleasePathsChanged
            | DefaultReleaseChanged => Section::Changed,
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

/// Every change from `old` to `new`, sorted.
pub fn diff(old: &Api, new: &Api) -> Vec<Change> {
    let mut changes = Changes::default();
    endpoints::diff_endpoints(old, new, &mut changes);
    types::diff_types(old, new, &mut changes);
    releases::diff_releases(old, new, &mut changes);
    let mut changes = changes.0;
    changes.sort();
    changes.dedup();
    changes
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
