//! Emits the mock crate's conformance tests (`zadig-mock/src/generated/conformance.rs`): per
//! endpoint, an expectation with a matcher on every path and query parameter (and the body),
//! then the client's call with the same sample values, which must match it and get its answer
//! back unchanged.
//!
//! The sample call is the client's conformance call (`conformance::sample_call`), so
//! the two crates' tests agree on what goes over the wire. A matcher that the client's request
//! does not satisfy, a spec check that refuses a request the client sends, or an answer that
//! does not survive the trip fails the endpoint's test.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::conformance::{SampleCall, reply_json, sample_call};
use super::rust::{NameIdent, public_ty};
use crate::ir::{Api, EndpointItem, ResponseItem, TypeItem};

/// `conformance.rs` of the mock crate.
pub fn emit(api: &Api) -> TokenStream {
    let types = api.types();
    let tests: Vec<TokenStream> = api
        .endpoints()
        .map(|endpoint| emit_endpoint(endpoint, &types))
        .collect();
    quote! {
        //! Conformance tests of the mock: each endpoint's expectation, with a matcher on every
        //! parameter, met by the client's call with the same values.
        #![allow(clippy::too_many_lines)]
        #![allow(clippy::clone_on_copy, reason = "the same code clones every answer, a `bool` too")]

        use crate::MockZadig;

        /// A client of `mock` that makes one attempt per call.
        fn client(mock: &MockZadig) -> zadig_api::Client {
            match zadig_api::Client::builder()
                .base_url(mock.url())
                .token("conformance-token")
                .max_attempts(1)
                .build()
            {
                Ok(client) => client,
                Err(err) => panic!("the client builds: {err}"),
            }
        }

        #(#tests)*
    }
}

fn emit_endpoint(endpoint: &EndpointItem, types: &BTreeMap<&str, &TypeItem>) -> TokenStream {
    let name = format_ident!("{}", endpoint.id);
    let method = endpoint.method.ident();
    let SampleCall {
        arguments,
        setters,
        matchers,
        body_value,
        ..
    } = sample_call(endpoint, types);
    let body_matcher = body_value.map(|body| quote! { .body(#body) });
    let expectation = quote! { mock.#method()#(#matchers)*#body_matcher };
    let call = quote! {
        client(&mock).#method(#(#arguments),*)#(#setters)*.send().await
    };
    let (respond, check) = match &endpoint.response {
        ResponseItem::Json(ty) => {
            let text = reply_json(endpoint, ty, types).to_string();
            let ty = public_ty(ty);
            (
                quote! {
                    let expected: #ty = match serde_json::from_str(#text) {
                        Ok(value) => value,
                        Err(err) => panic!("the sample answer does not decode: {err}"),
                    };
                    #expectation.respond(expected.clone()).times(1);
                },
                quote! { assert_eq!(value, expected); },
            )
        }
        ResponseItem::Message => (
            quote! { #expectation.respond_success().times(1); },
            quote! { assert_eq!(value.message, "success"); },
        ),
        ResponseItem::Text => (
            quote! { #expectation.respond_text("first line\nsecond line\n").times(1); },
            quote! { assert_eq!(value, "first line\nsecond line\n"); },
        ),
        ResponseItem::EventStream => (
            quote! { #expectation.respond_lines(vec!["first line", "second line"]).times(1); },
            quote! {
                let lines: Vec<String> = match futures_util::TryStreamExt::try_collect(value).await {
                    Ok(lines) => lines,
                    Err(err) => panic!("the stream reads to its end: {err}"),
                };
                assert_eq!(lines, ["first line", "second line"]);
            },
        ),
        ResponseItem::Empty => (
            quote! { #expectation.respond_empty().times(1); },
            quote! { let () = value; },
        ),
    };
    quote! {
        #[tokio::test]
        async fn #name() {
            let mock = MockZadig::start().await;
            #respond
            let value = match #call {
                Ok(value) => value,
                Err(err) => panic!("the call succeeds: {err}\n{:?}", mock.unexpected_requests()),
            };
            #check
            if let Err(report) = mock.verify() {
                panic!("{report}");
            }
        }
    }
}
