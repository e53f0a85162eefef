//! JSON values of the model's types that the test emitters share: a sample with every field
//! set, and an example rewritten under the wire names the client writes.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::ir::{NamedKind, Shape, Ty, TypeItem};

/// How deep [`sample`] sets every field; below, only the required and defaulted ones.
const SAMPLE_DEPTH: usize = 6;

/// Sample JSON for `ty`: every field set down to [`SAMPLE_DEPTH`], only required ones below.
pub(super) fn sample(ty: &Ty, types: &BTreeMap<&str, &TypeItem>, depth: usize) -> Value {
    match ty {
        Ty::String => json!("text"),
        Ty::Bool => json!(true),
        Ty::I32 | Ty::I64 | Ty::U32 | Ty::U64 => json!(7),
        Ty::F64 => json!(1.5),
        Ty::Any => json!({"any": ["json", 1]}),
        Ty::Array(inner) => {
            if depth >= SAMPLE_DEPTH {
                json!([])
            } else {
                Value::Array(vec![sample(inner, types, depth + 1)])
            }
        }
        Ty::Map(inner) => {
            if depth >= SAMPLE_DEPTH {
                json!({})
            } else {
                let mut map = Map::new();
                map.insert("key".to_owned(), sample(inner, types, depth + 1));
                Value::Object(map)
            }
        }
        Ty::Named { name, .. } => match types.get(name.as_str()).map(|item| &item.shape) {
            Some(Shape::Struct { fields }) => {
                let mut object = Map::new();
                for field in fields {
                    // A defaulted field is always written back, so the sample always holds it.
                    if field.required || field.defaulted || depth < SAMPLE_DEPTH {
                        object.insert(field.name.wire.clone(), sample(&field.ty, types, depth + 1));
                    }
                }
                Value::Object(object)
            }
            Some(Shape::Enum { values }) => values
                .first()
                .map(|value| json!(value.name.wire))
                .unwrap_or(Value::Null),
            Some(Shape::Union { tag, variants }) => {
                let Some(variant) = variants.first() else {
                    return Value::Null;
                };
                let variant_ty = Ty::Named {
                    name: variant.ty.clone(),
                    kind: NamedKind::Struct,
                };
                let mut object = match sample(&variant_ty, types, depth) {
                    Value::Object(object) => object,
                    _ => Map::new(),
                };
                object.insert(tag.clone(), json!(variant.name.wire));
                Value::Object(object)
            }
            None => Value::Null,
        },
    }
}

/// `value` as encoding its decoded form writes it: keys that a field reads through an alias
/// renamed to the field's wire name, through nested structs, arrays, maps and union variants.
pub(super) fn canonical(value: &Value, ty: &Ty, types: &BTreeMap<&str, &TypeItem>) -> Value {
    match (value, ty) {
        (Value::Array(items), Ty::Array(inner)) => Value::Array(
            items
                .iter()
                .map(|item| canonical(item, inner, types))
                .collect(),
        ),
        (Value::Object(object), Ty::Map(inner)) => Value::Object(
            object
                .iter()
                .map(|(key, item)| (key.clone(), canonical(item, inner, types)))
                .collect(),
        ),
        (Value::Object(object), Ty::Named { name, .. }) => {
            match types.get(name.as_str()).map(|t| &t.shape) {
                Some(Shape::Struct { fields }) => Value::Object(
                    object
                        .iter()
                        .map(|(key, item)| {
                            let field = fields.iter().find(|field| {
                                field.name.wire == *key
                                    || field.aliases.iter().any(|alias| alias == key)
                            });
                            match field {
                                Some(field) => {
                                    (field.name.wire.clone(), canonical(item, &field.ty, types))
                                }
                                None => (key.clone(), item.clone()),
                            }
                        })
                        .collect(),
                ),
                Some(Shape::Union { tag, variants }) => {
                    let variant = object.get(tag).and_then(Value::as_str).and_then(|value| {
                        variants.iter().find(|variant| variant.name.wire == value)
                    });
                    match variant {
                        Some(variant) => {
                            let ty = Ty::Named {
                                name: variant.ty.clone(),
                                kind: crate::ir::NamedKind::Struct,
                            };
                            canonical(value, &ty, types)
                        }
                        None => value.clone(),
                    }
                }
                _ => value.clone(),
            }
        }
        _ => value.clone(),
    }
}
