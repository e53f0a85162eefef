//! Checks a documented example payload against the spec's types, before any Rust is compiled.
//!
//! The generated round-trip tests do the same through serde; this check runs at validation
//! time so that a transcription mistake is reported with the JSON path and the spec type,
//! not as a failing test later.

use indexmap::IndexMap;
use serde_json::Value;

use crate::spec::{TypeDef, TypeShape, UnionDef};
use crate::typeexpr::TypeExpr;

/// All named types of the spec, by name.
pub type TypeIndex<'a> = IndexMap<&'a str, &'a TypeDef>;

/// Problems found in `value` read as `ty`; each message starts with a JSON path (`$.a[0].b`).
/// Every key must be a declared field: the spec's own examples are what the generated tests
/// decode, and those keep no key as unknown.
pub fn check(value: &Value, ty: &TypeExpr, types: &TypeIndex<'_>) -> Vec<String> {
    let mut problems = Vec::new();
    check_value(value, ty, types, "$", Keys::Declared, &mut problems);
    problems
}

/// Like [`check`], for an example of a doc page: a key the type leaves out because the server
/// does not read it, which an erratum on the type records (`about: field <key>`), is accepted
/// (the struct keeps it among its unknown fields).
pub fn check_page(value: &Value, ty: &TypeExpr, types: &TypeIndex<'_>) -> Vec<String> {
    let mut problems = Vec::new();
    check_value(
        value,
        ty,
        types,
        "$",
        Keys::DeclaredOrRecorded,
        &mut problems,
    );
    problems
}

/// Which keys of an object an example may have.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keys {
    /// Only the declared fields (and their aliases).
    Declared,
    /// Those, and keys an erratum on the type records as not read by the server.
    DeclaredOrRecorded,
}

fn check_value(
    value: &Value,
    ty: &TypeExpr,
    types: &TypeIndex<'_>,
    path: &str,
    keys: Keys,
    problems: &mut Vec<String>,
) {
    let expected = |what: &str, problems: &mut Vec<String>| {
        problems.push(format!(
            "{path}: expected {what} (`{ty}`), found {}",
            describe(value)
        ));
    };
    match ty {
        TypeExpr::Any => {}
        TypeExpr::String => {
            if !value.is_string() {
                expected("a string", problems);
            }
        }
        TypeExpr::Bool => {
            if !value.is_boolean() {
                expected("a bool", problems);
            }
        }
        TypeExpr::I32 | TypeExpr::I64 | TypeExpr::U32 | TypeExpr::U64 => {
            let fits = match ty {
                TypeExpr::I32 => value.as_i64().is_some_and(|n| i32::try_from(n).is_ok()),
                TypeExpr::I64 => value.as_i64().is_some(),
                TypeExpr::U32 => value.as_u64().is_some_and(|n| u32::try_from(n).is_ok()),
                _ => value.as_u64().is_some(),
            };
            if !fits {
                expected("an integer of that width", problems);
            }
        }
        TypeExpr::F64 => {
            if !value.is_number() {
                expected("a number", problems);
            }
        }
        TypeExpr::Array(inner) => match value.as_array() {
            Some(items) => {
                for (index, item) in items.iter().enumerate() {
                    check_value(
                        item,
                        inner,
                        types,
                        &format!("{path}[{index}]"),
                        keys,
                        problems,
                    );
                }
            }
            None => expected("an array", problems),
        },
        TypeExpr::Map(inner) => match value.as_object() {
            Some(object) => {
                for (key, item) in object {
                    check_value(item, inner, types, &format!("{path}.{key}"), keys, problems);
                }
            }
            None => expected("an object", problems),
        },
        TypeExpr::Named(name) => {
            let Some(def) = types.get(name.as_str()) else {
                // Undefined types are reported by validation itself.
                return;
            };
            match &def.shape {
                TypeShape::Struct(struct_) => {
                    check_struct(
                        value,
                        name,
                        &struct_.fields,
                        None,
                        types,
                        path,
                        keys,
                        problems,
                    );
                }
                TypeShape::Enum(_) => {
                    // Open enum: any string decodes.
                    if !value.is_string() {
                        expected("a string", problems);
                    }
                }
                TypeShape::Union(union) => {
                    check_union(value, name, union, types, path, keys, problems)
                }
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn check_struct(
    value: &Value,
    name: &str,
    fields: &[crate::spec::Field],
    tag: Option<&str>,
    types: &TypeIndex<'_>,
    path: &str,
    keys: Keys,
    problems: &mut Vec<String>,
) {
    let Some(object) = value.as_object() else {
        problems.push(format!(
            "{path}: expected an object (`{name}`), found {}",
            describe(value)
        ));
        return;
    };
    for (key, item) in object {
        if Some(key.as_str()) == tag {
            continue;
        }
        let item_path = format!("{path}.{key}");
        let field = fields
            .iter()
            .find(|field| field.name == *key || field.aliases.iter().any(|alias| alias == key));
        match field {
            // The docs show a field the server does not read; the type's erratum says so, and
            // the struct keeps the key among its unknown fields.
            None if keys == Keys::DeclaredOrRecorded && records_docs_field(types, name, key) => {}
            None if records_docs_field(types, name, key) => problems.push(format!(
                "{item_path}: `{name}` leaves out `{key}`, which the server does not read (its erratum says so); leave the key out of the spec's example and say so in its `note`"
            )),
            None => problems.push(format!(
                "{item_path}: `{name}` has no field `{key}`; declare it in the spec, or, if the server does not read it, record that with an erratum on the type (`about: field {key}`)"
            )),
            Some(field) => {
                if item.is_null() && (!field.required || field.nullable) {
                    continue;
                }
                // A type expression that does not parse is reported by validation itself.
                if let Ok(ty) = TypeExpr::parse(&field.ty) {
                    check_value(item, &ty, types, &item_path, keys, problems);
                }
            }
        }
    }
    for field in fields.iter().filter(|field| field.required) {
        let present = std::iter::once(&field.name)
            .chain(&field.aliases)
            .find_map(|name| object.get(name));
        match present {
            None => problems.push(format!("{path}: required field `{}` of `{name}` is missing", field.name)),
            Some(Value::Null) if !field.nullable => problems.push(format!(
                "{path}.{}: required field of `{name}` is null; mark it `nullable: true` or not required",
                field.name
            )),
            _ => {}
        }
    }
}

/// Whether the type `name` has an erratum about its field `key` (`about: field <key>`).
fn records_docs_field(types: &TypeIndex<'_>, name: &str, key: &str) -> bool {
    types.get(name).is_some_and(|def| {
        def.errata.iter().any(|erratum| {
            erratum
                .about
                .as_deref()
                .is_some_and(|about| about.trim() == format!("field {key}"))
        })
    })
}

fn check_union(
    value: &Value,
    name: &str,
    union: &UnionDef,
    types: &TypeIndex<'_>,
    path: &str,
    keys: Keys,
    problems: &mut Vec<String>,
) {
    let Some(object) = value.as_object() else {
        problems.push(format!(
            "{path}: expected an object (`{name}`), found {}",
            describe(value)
        ));
        return;
    };
    let Some(tag) = object.get(&union.tag).and_then(Value::as_str) else {
        problems.push(format!(
            "{path}: `{name}` needs its tag field `{}` as a string",
            union.tag
        ));
        return;
    };
    let Some(variant) = union.variants.iter().find(|variant| variant.value == tag) else {
        problems.push(format!(
            "{path}.{}: `{tag}` is not a variant of `{name}`; add it to the union",
            union.tag
        ));
        return;
    };
    let Some(struct_) = types
        .get(variant.ty.as_str())
        .and_then(|def| def.as_struct())
    else {
        return; // reported by validation
    };
    check_struct(
        value,
        &variant.ty,
        &struct_.fields,
        Some(&union.tag),
        types,
        path,
        keys,
        problems,
    );
}

fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            let short: String = s.chars().take(30).collect();
            if short.len() < s.len() {
                format!("\"{short}...\"")
            } else {
                format!("\"{s}\"")
            }
        }
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}
