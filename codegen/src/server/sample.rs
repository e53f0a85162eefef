//! Server-shaped JSON built from the facts: what a Go value of a type looks like on the wire
//! with every field set. The generator turns one per server-backed endpoint into a round-trip
//! test, so that a field the server sends and the Rust type lacks (or a value that does not
//! fit) fails the build's tests rather than vanishing at run time.
//!
//! Every field gets a value of its Go type: `"text"` for strings, `1` for integers, `1.5` for
//! floats, `true`, one element for a slice or array, one `"key"` for a map, the first constant
//! for an enum, the JSON of a [`known_external`] type. What the facts cannot say anything about
//! (`interface{}`, a type with its own `MarshalJSON`, an outside type) is left out rather than
//! guessed, and so is a struct already being filled further up (a recursive type), and a field
//! a YAML body skips (`yaml:"-"`) that the spec type leaves out.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use super::{ServerIndex, Wire};
use crate::errata::About;
use crate::facts::{ExternalJson, GoType, GoTypeKind, known_external};

/// Structs nested deeper than this are left out: enough for Zadig's shapes, and a bound on
/// the sample's size.
const MAX_DEPTH: usize = 12;

/// The sample of `go`, or `None` when the facts say nothing about its shape.
pub fn sample(index: &ServerIndex<'_>, go: &GoType) -> Option<Value> {
    let mut filling = Vec::new();
    value(index, go, false, &mut filling)
}

fn value(
    index: &ServerIndex<'_>,
    go: &GoType,
    string_option: bool,
    filling: &mut Vec<String>,
) -> Option<Value> {
    let wire = index.wire(go, string_option);
    // A named slice, map or scalar (`type Items []*Item`): its underlying type's sample.
    if let GoType::Named(name) = go.strip_pointers()
        && !matches!(wire, Wire::Struct(_) | Wire::Enum(_) | Wire::Any)
        && let Some(GoTypeKind::Named { underlying, .. }) =
            index.facts.types.get(name).map(|decl| &decl.kind)
        && let Ok(underlying) = GoType::parse(underlying)
        && filling.len() < MAX_DEPTH
    {
        filling.push(name.clone());
        let sample = value(index, &underlying, string_option, filling);
        filling.pop();
        return sample;
    }
    // `,string` fields carry their number or bool as a JSON string.
    if string_option && wire == Wire::String && !matches!(go.strip_pointers(), GoType::Named(_)) {
        return Some(match go.strip_pointers() {
            GoType::Basic(name) if name == "bool" => json!("true"),
            GoType::Basic(name) if name.starts_with("float") => json!("1.5"),
            GoType::Basic(name) if name == "string" => json!("\"text\""),
            _ => json!("1"),
        });
    }
    match wire {
        Wire::String => Some(match go.strip_pointers() {
            GoType::Named(name) => match known_external(name) {
                Some(ExternalJson::String) if name.ends_with("ObjectID") => {
                    json!("0123456789abcdef01234567")
                }
                Some(ExternalJson::String) => json!("2024-01-02T03:04:05Z"),
                _ => json!("text"),
            },
            // `[]byte` is base64 ("text").
            GoType::Slice(_) => json!("dGV4dA=="),
            _ => json!("text"),
        }),
        Wire::Bool => Some(json!(true)),
        Wire::Integer { .. } => Some(json!(1)),
        Wire::Float => Some(json!(1.5)),
        Wire::Any | Wire::Unsupported(_) => None,
        Wire::Enum(name) => match index.facts.types.get(&name).map(|decl| &decl.kind) {
            Some(GoTypeKind::Named { constants, .. }) => {
                constants.first().map(|constant| json!(constant.value))
            }
            _ => None,
        },
        Wire::Array(_) => element(go)
            .and_then(|inner| value(index, inner, false, filling))
            .map(|inner| json!([inner])),
        Wire::Map(_) => element(go)
            .and_then(|inner| value(index, inner, false, filling))
            .map(|inner| json!({ "key": inner })),
        Wire::Struct(name) => {
            if filling.contains(&name) || filling.len() >= MAX_DEPTH {
                return None;
            }
            let Some(GoTypeKind::Struct { fields }) =
                index.facts.types.get(&name).map(|decl| &decl.kind)
            else {
                return None;
            };
            // Fields whose difference from the server the spec records as an erratum are left
            // out: the spec chose not to follow the server there, and says so.
            let recorded = recorded_fields(index, &name, fields);
            let required = required_fields(index, &name);
            // A field the spec requires but leaves out on purpose (recorded) cannot be sampled
            // from the server's side either.
            if required.iter().any(|field| recorded.contains(field)) {
                return None;
            }
            // A field a YAML body skips (`yaml:"-"`) that the spec type leaves out: the request
            // type holds only what the server reads.
            let skipped = yaml_skipped_fields(index, &name, fields);
            filling.push(name);
            let mut object = Map::new();
            for field in fields
                .iter()
                .filter(|field| !recorded.contains(&field.wire) && !skipped.contains(&field.wire))
            {
                let field_value = GoType::parse(&field.go_type)
                    .ok()
                    .and_then(|field_type| value(index, &field_type, field.string, filling));
                match field_value {
                    Some(field_value) => {
                        object.insert(field.wire.clone(), field_value);
                    }
                    // The spec requires what the facts cannot fill (an `interface{}` the spec
                    // refines): no honest sample of this struct exists.
                    None if required.contains(&field.wire) => {
                        filling.pop();
                        return None;
                    }
                    None => {}
                }
            }
            filling.pop();
            Some(Value::Object(object))
        }
    }
}

/// The wire names of the Go fields that `about: field <name>` errata on the spec type following
/// `go` record as not followed: the spec type lacks the field or types it otherwise. An erratum
/// about a field the spec does follow (the docs differ from both) leaves the field sampled.
fn recorded_fields(
    index: &ServerIndex<'_>,
    go: &str,
    go_fields: &[crate::facts::GoField],
) -> BTreeSet<String> {
    let Some(def) = index
        .by_go
        .get(go)
        .and_then(|spec| index.spec_types.get(spec))
    else {
        return BTreeSet::new();
    };
    let spec_fields = def
        .as_struct()
        .map_or(&[][..], |spec| spec.fields.as_slice());
    def.errata
        .iter()
        .filter_map(|erratum| erratum.about.as_deref())
        .filter_map(|about| match About::parse(about, true) {
            Ok(About::Field(name)) => Some(name),
            _ => None,
        })
        .filter(|name| {
            let Some(go_field) = go_fields.iter().find(|field| &field.wire == name) else {
                return true;
            };
            let Some(spec_field) = spec_fields
                .iter()
                .find(|field| &field.name == name || field.aliases.contains(name))
            else {
                return true;
            };
            match (
                crate::typeexpr::TypeExpr::parse(&spec_field.ty),
                GoType::parse(&go_field.go_type),
            ) {
                (Ok(spec), Ok(go_type)) => {
                    index.fits(&spec, &go_type, go_field.string) != super::Fit::Yes
                }
                _ => true,
            }
        })
        .collect()
}

/// The wire names of the Go fields of `go` that YAML skips (`yaml:"-"`) and the spec type
/// following `go` does not declare.
fn yaml_skipped_fields(
    index: &ServerIndex<'_>,
    go: &str,
    go_fields: &[crate::facts::GoField],
) -> BTreeSet<String> {
    let Some(spec) = index
        .by_go
        .get(go)
        .and_then(|spec| index.spec_types.get(spec))
        .and_then(|def| def.as_struct())
    else {
        return BTreeSet::new();
    };
    go_fields
        .iter()
        .filter(|field| field.yaml.as_deref() == Some("-"))
        .filter(|field| {
            !spec.fields.iter().any(|spec_field| {
                spec_field.name == field.wire || spec_field.aliases.contains(&field.wire)
            })
        })
        .map(|field| field.wire.clone())
        .collect()
}

/// The wire names of the fields the spec type following `go` requires.
fn required_fields(index: &ServerIndex<'_>, go: &str) -> BTreeSet<String> {
    index
        .by_go
        .get(go)
        .and_then(|spec| index.spec_types.get(spec))
        .and_then(|def| def.as_struct())
        .map(|spec_struct| {
            spec_struct
                .fields
                .iter()
                .filter(|field| field.required)
                .map(|field| field.name.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// The element type of a slice, array or map, through pointers and named types whose
/// underlying type is one.
fn element(go: &GoType) -> Option<&GoType> {
    match go.strip_pointers() {
        GoType::Slice(inner) | GoType::Array(_, inner) | GoType::Map(_, inner) => Some(inner),
        _ => None,
    }
}
