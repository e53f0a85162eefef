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
use crate::release::ReleaseName;

/// `conformance.rs` of the mock crate.
pub fn emit(api: &Api) -> TokenStream {
    let types = api.types();
    let tests: Vec<TokenStream> = api
        .endpoints()
        .map(|endpoint| emit_endpoint(endpoint, &types, &api.releases))
        .collect();
    quote! {
        //! Conformance tests of the mock: each endpoint's expectation, with a matcher on every
        //! parameter, met by the client's call with the same values.
        #![allow(clippy::too_many_lines)]
        #![allow(clippy::clone_on_copy, reason = "the same code clones every answer, a `bool` too")]

        use crate::MockZadig;

        /// A client of `mock`, configured for `release`, that makes one attempt per call.
        fn client(mock: &MockZadig, release: zadig_api::Release) -> zadig_api::Client {
            match zadig_api::Client::builder()
                .base_url(mock.url())
                .token("conformance-token")
                .max_attempts(1)
                .release(release)
                .build()
            {
                Ok(client) => client,
                Err(err) => panic!("the client builds: {err}"),
            }
        }

        #(#tests)*
    }
}

/// The test of one endpoint: for every release the spec knows, a mock answering as that
/// release and a client configured for it; where the release serves the endpoint, the
/// expectation (at that release's path) is met by the call, and where it does not, the client
/// refuses the call and nothing reaches the mock.
fn emit_endpoint(
    endpoint: &EndpointItem,
    types: &BTreeMap<&str, &TypeItem>,
    releases: &[ReleaseName],
) -> TokenStream {
    let name = format_ident!("{}", endpoint.id);
    let release_tokens = |releases: &[ReleaseName]| -> Vec<TokenStream> {
        releases
            .iter()
            .map(|release| {
                let constant = super::releases::constant(*release);
                quote! { zadig_api::Release::#constant }
            })
            .collect()
    };
    let forms = endpoint.forms(releases);
    let served: Vec<TokenStream> = if forms.is_empty() {
        // A spec without facts: every call is served as the latest release.
        vec![emit_form(
            endpoint,
            types,
            &endpoint.path,
            &[quote! { zadig_api::Release::LATEST }],
        )]
    } else {
        forms
            .iter()
            .map(|form| emit_form(endpoint, types, &form.path, &release_tokens(&form.releases)))
            .collect()
    };
    let refused: Vec<ReleaseName> = releases
        .iter()
        .copied()
        .filter(|release| !endpoint.served.contains(*release))
        .collect();
    let refusal = (!refused.is_empty()).then(|| {
        let method = endpoint.method.ident();
        let id = &endpoint.id;
        let SampleCall {
            arguments, setters, ..
        } = sample_call(endpoint, types, &endpoint.path);
        let refused = release_tokens(&refused);
        quote! {
            for release in [#(#refused),*] {
                let mock = MockZadig::start_as(release).await;
                match client(&mock, release).#method(#(#arguments),*)#(#setters)*.send().await {
                    Err(err) => assert_eq!(err.kind(), zadig_api::ErrorKind::Unsupported, "{release}: {err}"),
                    Ok(_) => panic!("{release} does not serve `{}`, but the call was sent", #id),
                }
                if let Err(report) = mock.verify() {
                    panic!("{release}: {report}");
                }
            }
        }
    });
    quote! {
        #[tokio::test]
        async fn #name() {
            #(#served)*
            #refusal
        }
    }
}

/// The calls of `endpoint` at `template`, one for each of `releases` (which serve it there).
fn emit_form(
    endpoint: &EndpointItem,
    types: &BTreeMap<&str, &TypeItem>,
    template: &str,
    releases: &[TokenStream],
) -> TokenStream {
    let method = endpoint.method.ident();
    let SampleCall {
        arguments,
        setters,
        matchers,
        body_value,
        ..
    } = sample_call(endpoint, types, template);
    let body_matcher = body_value.map(|body| quote! { .body(#body) });
    let expectation = quote! { mock.#method()#(#matchers)*#body_matcher };
    let call = quote! {
        client(&mock, release).#method(#(#arguments),*)#(#setters)*.send().await
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
        for release in [#(#releases),*] {
            let mock = MockZadig::start_as(release).await;
            #respond
            let value = match #call {
                Ok(value) => value,
                Err(err) => panic!("{release}: the call succeeds: {err}\n{:?}", mock.unexpected_requests()),
            };
            #check
            if let Err(report) = mock.verify() {
                panic!("{release}: {report}");
            }
        }
    }
}
