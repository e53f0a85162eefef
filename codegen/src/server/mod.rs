//! The spec against the server's facts: which spec type stands for which Go type, what JSON a
//! Go type is on the wire, and whether a spec type expression fits it.
//!
//! [`ServerIndex`] serves the field-level audit ([`crate::audit::server`]). The rules follow
//! `encoding/json`:
//!
//! | Go | spec |
//! | --- | --- |
//! | `string`, a named string type without constants | `string` |
//! | a named string type with constants, or a constant group | an `enum` type whose `go:` names it |
//! | `bool` | `bool` |
//! | `int`, `int64` and the smaller integers | `i64` (any spec integer wide enough fits) |
//! | `uint`, `uint64` | `u64` |
//! | `float32`, `float64` | `f64` |
//! | `[]byte` | `string` (base64) |
//! | `[]T`, `[N]T` | `array<T>` |
//! | `map[K]T` | `map<T>` |
//! | `interface{}` | `any`, or any spec type the docs give (a refinement the server cannot check) |
//! | a struct | the spec struct whose `go:` names it |
//! | `*T` | as `T` (optionality is the field's business) |
//! | `time.Time`, `ObjectID` and the other [`known_external`] types | what they marshal to |
//! | another type from outside the module, or one with its own `MarshalJSON` | `any` |
//! | a field with the `,string` option | `string` |

pub mod availability;
pub mod draft;
pub mod sample;
pub mod write;

use std::collections::BTreeMap;

use indexmap::IndexMap;

use crate::facts::{ExternalJson, GoType, GoTypeKind, ServerFacts, known_external};
use crate::load::LoadedSpec;
use crate::spec::{TypeDef, TypeShape};
use crate::typeexpr::TypeExpr;

/// The spec's types and the server's facts, indexed for comparing.
#[derive(Debug)]
pub struct ServerIndex<'a> {
    pub facts: &'a ServerFacts,
    /// Every spec type by name.
    pub spec_types: IndexMap<&'a str, &'a TypeDef>,
    /// The spec type that follows each Go type (or constant group).
    pub by_go: BTreeMap<&'a str, &'a str>,
}

/// What a Go type is on the wire, in the terms the spec can express.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wire {
    String,
    Bool,
    /// An integer that fits the range `[min, max]`.
    Integer {
        min: i128,
        max: i128,
    },
    Float,
    Array(Box<Wire>),
    Map(Box<Wire>),
    /// Any JSON: `interface{}`, an outside type, a type with its own `MarshalJSON`.
    Any,
    /// A struct declared in the module (qualified Go name).
    Struct(String),
    /// A string type with a set of constants (qualified Go name).
    Enum(String),
    /// Something with no JSON form (`func`, `chan`).
    Unsupported(String),
}

/// How a spec type expression compares with a Go type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fit {
    /// The spec type reads and writes what the server does.
    Yes,
    /// The spec says `any` where the server has a type.
    Untyped,
    /// They disagree; the text says how.
    No(String),
}

impl<'a> ServerIndex<'a> {
    /// Indexes `spec` against `facts`.
    pub fn new(spec: &'a LoadedSpec, facts: &'a ServerFacts) -> Self {
        let mut spec_types = IndexMap::new();
        let mut by_go = BTreeMap::new();
        for file in &spec.files {
            for (name, def) in &file.module.types {
                spec_types.insert(name.as_str(), def);
                if let Some(go) = &def.go {
                    by_go.entry(go.as_str()).or_insert(name.as_str());
                }
            }
        }
        ServerIndex {
            facts,
            spec_types,
            by_go,
        }
    }

    /// What `go` is on the wire; `string_option` is the field's `,string` json option.
    pub fn wire(&self, go: &GoType, string_option: bool) -> Wire {
        if string_option && !matches!(go.strip_pointers(), GoType::Named(_)) {
            return Wire::String;
        }
        match go.strip_pointers() {
            GoType::Basic(name) => basic_wire(name),
            GoType::Pointer(_) => Wire::Any,
            GoType::Slice(inner) => match inner.strip_pointers() {
                GoType::Basic(name) if name == "byte" || name == "uint8" => Wire::String,
                inner => Wire::Array(Box::new(self.wire(inner, false))),
            },
            GoType::Array(_, inner) => Wire::Array(Box::new(self.wire(inner, false))),
            GoType::Map(_, value) => Wire::Map(Box::new(self.wire(value, false))),
            GoType::Any => Wire::Any,
            GoType::Other(text) => Wire::Unsupported(text.clone()),
            GoType::Named(name) => self.named_wire(name, 0),
        }
    }

    fn named_wire(&self, name: &str, depth: usize) -> Wire {
        if let Some(external) = known_external(name) {
            return match external {
                ExternalJson::String => Wire::String,
                ExternalJson::Integer => Wire::Integer {
                    min: i64::MIN.into(),
                    max: i64::MAX.into(),
                },
                ExternalJson::Any => Wire::Any,
            };
        }
        let Some(decl) = self.facts.types.get(name) else {
            return Wire::Any;
        };
        if decl.custom_json {
            return Wire::Any;
        }
        match &decl.kind {
            GoTypeKind::Struct { .. } => Wire::Struct(name.to_owned()),
            GoTypeKind::Named {
                underlying,
                constants,
            } => {
                let Ok(underlying) = GoType::parse(underlying) else {
                    return Wire::Any;
                };
                if !constants.is_empty() && underlying == GoType::Basic("string".into()) {
                    return Wire::Enum(name.to_owned());
                }
                // `type A B` chains are short; the depth guards against a cycle in bad facts.
                match underlying {
                    GoType::Named(inner) if depth < 16 => self.named_wire(&inner, depth + 1),
                    GoType::Named(_) => Wire::Any,
                    other => self.wire(&other, false),
                }
            }
        }
    }

    /// Whether the spec type `spec` fits the Go type `go` (see the module docs).
    pub fn fits(&self, spec: &TypeExpr, go: &GoType, string_option: bool) -> Fit {
        self.fits_wire(spec, &self.wire(go, string_option))
    }

    /// Whether `spec` fits what the server sends as `wire`.
    pub fn fits_wire(&self, spec: &TypeExpr, wire: &Wire) -> Fit {
        let no = |what: &str| Fit::No(format!("the spec has `{spec}` where the server has {what}"));
        match (spec, wire) {
            // The server leaves it open: whatever the docs say is a refinement.
            (_, Wire::Any) => Fit::Yes,
            (TypeExpr::Any, Wire::Unsupported(_)) => Fit::Yes,
            (_, Wire::Unsupported(text)) => no(&format!("`{text}`, which has no JSON form")),
            (TypeExpr::Any, _) => Fit::Untyped,
            (TypeExpr::String, Wire::String) => Fit::Yes,
            (TypeExpr::String, Wire::Enum(name)) => no(&format!("the enum `{name}`")),
            (TypeExpr::Bool, Wire::Bool) => Fit::Yes,
            (
                TypeExpr::I32 | TypeExpr::I64 | TypeExpr::U32 | TypeExpr::U64,
                Wire::Integer { min, max },
            ) => {
                let (spec_min, spec_max) = integer_range(spec);
                if spec_min <= *min && *max <= spec_max {
                    Fit::Yes
                } else {
                    no("a wider integer")
                }
            }
            (TypeExpr::F64, Wire::Float) => Fit::Yes,
            (TypeExpr::Array(inner), Wire::Array(wire)) => self.fits_wire(inner, wire),
            (TypeExpr::Map(inner), Wire::Map(wire)) => self.fits_wire(inner, wire),
            (TypeExpr::Named(name), wire) => self.fits_named(spec, name, wire),
            (_, wire) => no(&describe(wire)),
        }
    }

    fn fits_named(&self, spec: &TypeExpr, name: &str, wire: &Wire) -> Fit {
        let no = |what: &str| Fit::No(format!("the spec has `{spec}` where the server has {what}"));
        let Some(def) = self.spec_types.get(name) else {
            return no("a type the spec does not define");
        };
        match (&def.shape, wire) {
            (TypeShape::Struct(_), Wire::Struct(go)) => match &def.go {
                Some(mapped) if mapped == go => Fit::Yes,
                Some(mapped) => no(&format!("`{go}` (the spec type follows `{mapped}`)")),
                None => no(&format!("`{go}` (the spec type has no `go:`)")),
            },
            // A docs-only struct for an object the server keeps as a map: a refinement.
            (TypeShape::Struct(_) | TypeShape::Union(_), Wire::Map(_)) if def.go.is_none() => {
                Fit::Yes
            }
            (TypeShape::Enum(_), Wire::Enum(go)) => match &def.go {
                Some(mapped) if mapped == go => Fit::Yes,
                Some(mapped) => no(&format!("`{go}` (the spec enum follows `{mapped}`)")),
                None => no(&format!("`{go}` (the spec enum has no `go:`)")),
            },
            // A plain string field whose values the spec lists: from a constant group, or
            // from the docs.
            (TypeShape::Enum(_), Wire::String) => match &def.go {
                Some(group) if self.facts.const_groups.contains_key(group) => Fit::Yes,
                // Values a function checks in code; compared where the check applies.
                Some(_) if def.go_func().is_some() => Fit::Yes,
                Some(mapped) => no(&format!(
                    "a plain string (the spec enum follows `{mapped}`)"
                )),
                None => Fit::Yes,
            },
            (_, wire) => no(&describe(wire)),
        }
    }

    /// The spec type expression for `go`, naming spec types through [`Self::by_go`]. A Go type
    /// the spec has no type for yet is returned as `Err` with its qualified name.
    pub fn spec_expr(&self, go: &GoType, string_option: bool) -> Result<TypeExpr, String> {
        self.expr_of(&self.wire(go, string_option))
    }

    fn expr_of(&self, wire: &Wire) -> Result<TypeExpr, String> {
        Ok(match wire {
            Wire::String => TypeExpr::String,
            Wire::Bool => TypeExpr::Bool,
            Wire::Integer { min, max } => smallest_integer(*min, *max),
            Wire::Float => TypeExpr::F64,
            Wire::Array(inner) => TypeExpr::Array(Box::new(self.expr_of(inner)?)),
            Wire::Map(inner) => TypeExpr::Map(Box::new(self.expr_of(inner)?)),
            Wire::Any | Wire::Unsupported(_) => TypeExpr::Any,
            Wire::Struct(go) | Wire::Enum(go) => match self.by_go.get(go.as_str()) {
                Some(name) => TypeExpr::Named((*name).to_owned()),
                None => return Err(go.clone()),
            },
        })
    }
}

fn basic_wire(name: &str) -> Wire {
    let (min, max): (i128, i128) = match name {
        "string" => return Wire::String,
        "bool" => return Wire::Bool,
        "float32" | "float64" => return Wire::Float,
        "int" | "int64" => (i64::MIN.into(), i64::MAX.into()),
        "int32" | "rune" => (i32::MIN.into(), i32::MAX.into()),
        "int16" => (i16::MIN.into(), i16::MAX.into()),
        "int8" => (i8::MIN.into(), i8::MAX.into()),
        "uint" | "uint64" | "uintptr" => (0, u64::MAX.into()),
        "uint32" => (0, u32::MAX.into()),
        "uint16" => (0, u16::MAX.into()),
        "uint8" | "byte" => (0, u8::MAX.into()),
        // `error` and anything else: an interface.
        _ => return Wire::Any,
    };
    Wire::Integer { min, max }
}

fn integer_range(spec: &TypeExpr) -> (i128, i128) {
    match spec {
        TypeExpr::I32 => (i32::MIN.into(), i32::MAX.into()),
        TypeExpr::U32 => (0, u32::MAX.into()),
        TypeExpr::U64 => (0, u64::MAX.into()),
        _ => (i64::MIN.into(), i64::MAX.into()),
    }
}

/// The spec integer for a Go range: `i64` for Go's `int`, `int64` and every smaller integer,
/// `u64` for `uint` and `uint64`. One signed width keeps users' arithmetic free of casts; a
/// spec may still choose `i32` or `u32` where it fits.
fn smallest_integer(min: i128, max: i128) -> TypeExpr {
    if min >= i128::from(i64::MIN) && max <= i128::from(i64::MAX) {
        TypeExpr::I64
    } else {
        TypeExpr::U64
    }
}

/// A wire type in words, for mismatch messages.
pub fn describe(wire: &Wire) -> String {
    match wire {
        Wire::String => "a string".to_owned(),
        Wire::Bool => "a bool".to_owned(),
        Wire::Integer { .. } => "an integer".to_owned(),
        Wire::Float => "a float".to_owned(),
        Wire::Array(inner) => format!("an array of {}", describe(inner)),
        Wire::Map(inner) => format!("a map of {}", describe(inner)),
        Wire::Any => "any JSON".to_owned(),
        Wire::Struct(name) => format!("the struct `{name}`"),
        Wire::Enum(name) => format!("the enum `{name}`"),
        Wire::Unsupported(text) => format!("`{text}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> ServerFacts {
        crate::facts::parse(
            "facts.yaml",
            "schema: 2\nsource: {repository: r, release: main, commit: c, module: m}\nroutes: []\ntypes:\n  \
             p.Status:\n    at: a.go:1\n    kind: named\n    underlying: string\n    constants:\n      \
             - {name: Up, value: up, at: a.go:2}\n  p.Count:\n    at: a.go:3\n    kind: named\n    \
             underlying: int32\n",
        )
        .expect("the test facts parse")
    }

    fn fit(index: &ServerIndex<'_>, spec: &str, go: &str) -> Fit {
        let spec = TypeExpr::parse(spec).expect("spec type");
        let go = GoType::parse(go).expect("go type");
        index.fits(&spec, &go, false)
    }

    #[test]
    fn scalars_follow_encoding_json() {
        let facts = facts();
        let spec = LoadedSpec {
            dir: std::path::PathBuf::new(),
            files: Vec::new(),
            releases: Vec::new(),
        };
        let index = ServerIndex::new(&spec, &facts);
        assert_eq!(fit(&index, "i64", "int"), Fit::Yes);
        assert_eq!(fit(&index, "i64", "*int64"), Fit::Yes);
        assert_eq!(fit(&index, "i32", "p.Count"), Fit::Yes);
        assert!(matches!(fit(&index, "i32", "int64"), Fit::No(_)));
        assert!(matches!(fit(&index, "i64", "uint64"), Fit::No(_)));
        assert_eq!(fit(&index, "string", "[]byte"), Fit::Yes);
        assert_eq!(fit(&index, "array<string>", "[]string"), Fit::Yes);
        assert_eq!(fit(&index, "map<bool>", "map[string]bool"), Fit::Yes);
        assert_eq!(fit(&index, "any", "string"), Fit::Untyped);
        assert_eq!(fit(&index, "string", "interface{}"), Fit::Yes);
        assert_eq!(fit(&index, "string", "time.Time"), Fit::Yes);
        // A string type with constants is an enum; a plain spec string does not fit it.
        assert!(matches!(fit(&index, "string", "p.Status"), Fit::No(_)));
    }

    #[test]
    fn go_types_map_to_spec_expressions() {
        let facts = facts();
        let spec = LoadedSpec {
            dir: std::path::PathBuf::new(),
            files: Vec::new(),
            releases: Vec::new(),
        };
        let index = ServerIndex::new(&spec, &facts);
        let expr = |go: &str| {
            index
                .spec_expr(&GoType::parse(go).expect("go type"), false)
                .map(|expr| expr.to_string())
        };
        assert_eq!(expr("[]*int32"), Ok("array<i64>".to_owned()));
        assert_eq!(expr("map[string]uint"), Ok("map<u64>".to_owned()));
        assert_eq!(expr("interface{}"), Ok("any".to_owned()));
        // No spec type follows the enum yet: the caller learns which Go type needs one.
        assert_eq!(expr("p.Status"), Err("p.Status".to_owned()));
    }
}
