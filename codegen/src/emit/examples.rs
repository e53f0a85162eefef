//! Emits one test per documented JSON example: it must decode into its type, and encoding the
//! decoded value must give back every key of the example (a key the spec does not declare
//! would be lost, which fails the test).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::public_ty;
use crate::ir::{Api, ExampleTarget};

/// `examples.rs`.
pub fn emit(api: &Api) -> TokenStream {
    let mut tests = Vec::new();
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
                tests.push(quote! {
                    #[test]
                    fn #name() {
                        check_example::<#ty>(#text);
                    }
                });
            }
        }
    }
    quote! {
        //! Round-trip tests of the documented example payloads in the spec.
        #![allow(non_snake_case)]

        use crate::runtime::model::check_example;

        #(#tests)*
    }
}
