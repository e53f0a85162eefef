//! Emits one test per documented JSON example (and per server-shaped sample built from the
//! facts): it must decode into its type with every key landing in a declared field, and encoding
//! the decoded value must give back every key of the example. And one test per struct: a sample
//! with a key the spec does not declare round-trips unchanged (the key is kept, not dropped).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::{feature_cfg, public_ty};

use serde_json::Value;

use crate::ir::{Api, ExampleTarget, Shape, Ty};

/// A key no Zadig type has, for the lossless round-trip tests.
const UNKNOWN_KEY: &str = "x_not_in_the_spec";

/// `examples.rs`.
pub fn emit(api: &Api) -> TokenStream {
    let types = api.types();
    let mut tests = Vec::new();
    let mut uses_aliases = false;
    let mut uses_plain = false;
    for module in &api.modules {
        let feature = feature_cfg(module);
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
                    ExampleTarget::Type(ty) => super::json_values::canonical(json, ty, &types),
                    _ => json.clone(),
                };
                if canonical == *json {
                    uses_plain = true;
                    tests.push(quote! {
                        #feature
                        #[test]
                        fn #name() {
                            check_example::<#ty>(#text);
                        }
                    });
                } else {
                    uses_aliases = true;
                    let expected = serde_json::to_string_pretty(&canonical).unwrap_or_default();
                    tests.push(quote! {
                        #feature
                        #[test]
                        fn #name() {
                            check_example_as::<#ty>(#text, #expected);
                        }
                    });
                }
            }
        }
    }
    // Every struct round-trips a value with a key the spec does not declare: it is kept and
    // written back, so a read-modify-write through the bindings loses nothing.
    let mut lossless = Vec::new();
    for module in &api.modules {
        let feature = feature_cfg(module);
        for item in &module.types {
            if !matches!(item.shape, Shape::Struct { .. }) {
                continue;
            }
            let ty = Ty::Named {
                name: item.name.clone(),
                kind: crate::ir::NamedKind::Struct,
            };
            let mut value = super::json_values::sample(&ty, &types, 0);
            if let Value::Object(object) = &mut value {
                object.insert(
                    UNKNOWN_KEY.to_owned(),
                    serde_json::json!({"kept": [1, "two", true]}),
                );
            }
            let text = serde_json::to_string(&value).unwrap_or_default();
            let name = format_ident!("lossless__{}", item.name);
            let rust = public_ty(&ty);
            lossless.push(quote! {
                #feature
                #[test]
                fn #name() {
                    check_lossless::<#rust>(#text);
                }
            });
        }
    }
    // Only the helpers the tests use; still allowed unused, because the tests sit behind
    // their modules' features and a build with some modules only leaves helpers unused.
    let mut helpers = Vec::new();
    if uses_plain {
        helpers.push(quote! { check_example });
    }
    if uses_aliases {
        helpers.push(quote! { check_example_as });
    }
    if !lossless.is_empty() {
        helpers.push(quote! { check_lossless });
    }
    let imports = if helpers.is_empty() {
        quote! {}
    } else {
        quote! {
            #[allow(unused_imports)]
            use crate::runtime::model::{#(#helpers),*};
        }
    };
    quote! {
        //! Round-trip tests: the documented examples and server-shaped samples decode into their
        //! types and encode back unchanged; every struct keeps keys it does not model.
        #![allow(non_snake_case)]

        #imports

        #(#tests)*

        #(#lossless)*
    }
}
