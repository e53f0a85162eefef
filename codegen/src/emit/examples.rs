//! Emits one test per documented JSON example: it must decode into its type, and encoding the
//! decoded value must give back every key of the example (a key the spec does not declare
//! would be lost, which fails the test).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::public_ty;
use std::collections::BTreeMap;

use serde_json::Value;

use crate::ir::{Api, ExampleTarget, Shape, Ty, TypeItem};

/// `examples.rs`.
pub fn emit(api: &Api) -> TokenStream {
    let types = api.types();
    let mut tests = Vec::new();
    let mut uses_aliases = false;
    for module in &api.modules {
        for endpoint in &module.endpoints {
            for example in &endpoint.examples {
                let (Some(json), Some(target)) = (&example.json, &example.target) else {
                    continue;
                };
                let ty = match target {
                    ExampleTarget::Type(ty) => public_ty(ty),
                    ExampleTarget::ApiMessage => quote! { crate::types::ApiMessage },
                    ExampleTarget::ApiError => quote! { crate::ApiErrorBody },
                };
                let name = format_ident!("{}__{}", endpoint.id, example.name);
                let text = serde_json::to_string_pretty(json).unwrap_or_default();
                // A docs spelling read through an alias comes back under the field's own name.
                let canonical = match target {
                    ExampleTarget::Type(ty) => canonical(json, ty, &types),
                    _ => json.clone(),
                };
                if canonical == *json {
                    tests.push(quote! {
                        #[test]
                        fn #name() {
                            check_example::<#ty>(#text);
                        }
                    });
                } else {
                    uses_aliases = true;
                    let expected = serde_json::to_string_pretty(&canonical).unwrap_or_default();
                    tests.push(quote! {
                        #[test]
                        fn #name() {
                            check_example_as::<#ty>(#text, #expected);
                        }
                    });
                }
            }
        }
    }
    let imports = if uses_aliases {
        quote! { use crate::runtime::model::{check_example, check_example_as}; }
    } else {
        quote! { use crate::runtime::model::check_example; }
    };
    quote! {
        //! Round-trip tests of the documented example payloads in the spec.
        #![allow(non_snake_case)]

        #imports

        #(#tests)*
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
