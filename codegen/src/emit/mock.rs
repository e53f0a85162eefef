//! Emits the typed expectations of the `zadig-mock` crate (`zadig-mock/src/generated/`).
//!
//! - `routes.rs`: every endpoint's method, path template, required query parameters, paging
//!   parameters and documented answers (the spec's response and error examples), which the
//!   mock server checks each request against.
//! - `<module>.rs`: per endpoint, a method on `MockZadig` named as the client's method that
//!   returns the hand-written `Expect<E>`, and the endpoint's type `E` (never built), which
//!   says through the traits of `zadig_mock::endpoint` what the expectation takes and answers
//!   (`JsonBody` with the body type, `JsonAnswer` with the response type, `PagedAnswer`,
//!   `MessageAnswer`, `TextAnswer`, `LinesAnswer`): every responder and generic matcher is
//!   written once in the runtime against those traits. Generated here are only the
//!   per-parameter matchers (named as the client's setters) and, for each optional query
//!   parameter, its `without_<name>` absence matcher.
//! - `conformance.rs`: the mock's conformance tests ([`super::mock_conformance`]).
//!
//! The generated code names `zadig_api` types through `crate::types`, which the mock crate
//! imports at its root, so the type tokens of [`super::rust`] serve unchanged.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::{NameIdent, argument, code, doc, public_ty};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::ir::{Api, EndpointItem, Module, ResponseItem};
use crate::spec::ExampleKind;

/// The methods every `zadig_mock::Expect<E>` may have (its generic matchers and responders, and
/// the helpers the generated matchers call). A generated matcher is an inherent method of
/// `Expect<E>` too, so a parameter named like one of these (or `without_` and one, for an
/// optional query parameter) would not compile; [`check_names`] reports it on the spec.
pub const RESERVED_NAMES: &[&str] = &[
    "body",
    "body_json",
    "body_matches",
    "header",
    "match_path",
    "match_query",
    "match_query_absent",
    "path_param",
    "query_param",
    "respond",
    "respond_empty",
    "respond_error",
    "respond_error_described",
    "respond_example",
    "respond_lines",
    "respond_lines_with_delays",
    "respond_pages",
    "respond_sequence",
    "respond_success",
    "respond_text",
    "without_body_field",
    "without_header",
    "without_query_param",
];

/// Every parameter whose matcher would take the name of a method every expectation has.
pub fn check_names(api: &Api) -> Diagnostics {
    let mut diagnostics = Diagnostics::default();
    for module in &api.modules {
        for endpoint in &module.endpoints {
            let optional: Vec<&str> = endpoint
                .optional_query()
                .map(|param| param.name.wire.as_str())
                .collect();
            for param in endpoint.path_params.iter().chain(&endpoint.query) {
                let rust = &param.name.rust;
                let absent = format!("without_{rust}");
                let clash = if RESERVED_NAMES.contains(&rust.as_str()) {
                    Some(rust.clone())
                } else if optional.contains(&param.name.wire.as_str())
                    && RESERVED_NAMES.contains(&absent.as_str())
                {
                    Some(absent)
                } else {
                    None
                };
                if let Some(clash) = clash {
                    let kind = if param.in_path {
                        "path parameter"
                    } else {
                        "query parameter"
                    };
                    diagnostics.push(
                        Diagnostic::new(
                            &module.source,
                            format!("endpoint `{}`, {kind} `{}`", endpoint.id, param.name.wire),
                            format!(
                                "the mock matcher `{clash}` would take the name of a method \
                                 every mock expectation has"
                            ),
                        )
                        .help("set `rust_name:` on the parameter"),
                    );
                }
            }
        }
    }
    diagnostics
}

/// Every file of the mock crate's generated directory, as `(path, source, tokens)`.
pub fn emit_all(api: &Api, all_sources: &str) -> Vec<(String, String, TokenStream)> {
    let mut files = vec![
        ("mod.rs".to_owned(), all_sources.to_owned(), emit_mod(api)),
        (
            "routes.rs".to_owned(),
            all_sources.to_owned(),
            emit_routes(api),
        ),
        (
            "conformance.rs".to_owned(),
            all_sources.to_owned(),
            super::mock_conformance::emit(api),
        ),
    ];
    for module in api.modules.iter().filter(|m| !m.endpoints.is_empty()) {
        files.push((
            format!("{}.rs", module.name),
            module.source.clone(),
            emit_module(module),
        ));
    }
    files
}

fn emit_mod(api: &Api) -> TokenStream {
    let modules = api
        .modules
        .iter()
        .filter(|module| !module.endpoints.is_empty())
        .map(|module| {
            let name = format_ident!("{}", module.name);
            let text = format!("Expectations for the {} endpoints.", module.title);
            quote! {
                #[doc = #text]
                pub mod #name;
            }
        });
    quote! {
        //! Everything generated from the spec for the mock server. Nothing here is edited by hand.
        pub(crate) mod routes;
        #[cfg(test)]
        mod conformance;
        #(#modules)*
    }
}

fn emit_routes(api: &Api) -> TokenStream {
    let routes = api.endpoints().map(|endpoint| {
        let id = &endpoint.id;
        let method = &endpoint.http_method;
        let path = &endpoint.path;
        let krate = quote! { zadig_api };
        // The releases that read a query parameter; one read wherever its endpoint is served
        // needs no range of its own.
        let param_served = |served: &crate::release::Range| {
            let own = if *served == endpoint.served {
                crate::release::Range::ALL
            } else {
                *served
            };
            super::releases::availability(&krate, &own, &[])
        };
        // A query parameter required when another query parameter has some value.
        let required_when = endpoint.optional_query().filter_map(|param| {
            let when = param.required_when.as_ref()?;
            endpoint
                .query
                .iter()
                .find(|other| other.name.wire == when.on.wire)?;
            let name = &param.name.wire;
            let on = &when.on.wire;
            let is = &when.is;
            let is_not = &when.is_not;
            let served = param_served(&param.served);
            Some(quote! {
                crate::RequiredWhen {
                    name: #name, on: #on, is: &[#(#is),*], is_not: &[#(#is_not),*], served: #served,
                }
            })
        });
        let served = super::releases::availability(&krate, &endpoint.served, &endpoint.older_paths);
        let required = endpoint.required_query().map(|param| {
            let name = &param.name.wire;
            let served = param_served(&param.served);
            quote! { crate::RequiredQuery { name: #name, served: #served } }
        });
        let examples = endpoint
            .examples
            .iter()
            .filter(|example| matches!(example.kind, ExampleKind::Response | ExampleKind::Error))
            .filter_map(|example| {
                // A text example is served as the endpoint answers: a log stream line by line,
                // anything else as one text body.
                let body = match (&example.json, &example.text, &endpoint.response) {
                    (Some(json), _, _) => {
                        let json = json.to_string();
                        quote! { crate::ExampleBody::Json(#json) }
                    }
                    (None, Some(text), ResponseItem::EventStream) => {
                        let lines = text.lines();
                        quote! { crate::ExampleBody::Lines(&[#(#lines),*]) }
                    }
                    (None, Some(text), _) => quote! { crate::ExampleBody::Text(#text) },
                    (None, None, _) => return None,
                };
                let name = &example.name;
                let status = example.status.unwrap_or(match example.kind {
                    ExampleKind::Error => 400,
                    _ => 200,
                });
                Some(quote! { crate::Example { name: #name, status: #status, body: #body } })
            });
        let paging = match &endpoint.pagination {
            Some(paging) => {
                let page = &paging.page_param.wire;
                let size = &paging.size_param.wire;
                let default_size = u64::try_from(paging.default_size).unwrap_or(20);
                let items = &paging.items_field.wire;
                let total = match &paging.total_field {
                    Some((name, _)) => {
                        let wire = &name.wire;
                        quote! { Some(#wire) }
                    }
                    None => quote! { None },
                };
                quote! {
                    Some(crate::Paging {
                        page_param: #page,
                        size_param: #size,
                        default_size: #default_size,
                        items_field: #items,
                        total_field: #total,
                    })
                }
            }
            None => quote! { None },
        };
        // The server decodes the body before anything else; one that does not decode as the
        // body type is a 400.
        let body = match &endpoint.body {
            Some(body) => {
                let ty = public_ty(&body.ty);
                // As a reader knows it: `ExecuteWorkflowRequest`, `Vec<String>`.
                let name = ty
                    .to_string()
                    .replace(' ', "")
                    .replace("crate::types::", "");
                quote! { Some(crate::BodyType { name: #name, decodes: crate::decodes::<#ty> }) }
            }
            None => quote! { None },
        };
        quote! {
            crate::Route {
                id: #id,
                method: #method,
                path: #path,
                served: #served,
                required_query: &[#(#required),*],
                required_when: &[#(#required_when),*],
                body: #body,
                paging: #paging,
                examples: &[#(#examples),*],
            }
        }
    });
    quote! {
        //! The route table: what the mock server checks every request against.

        /// Every endpoint of the spec, modules by name, endpoints in spec order.
        pub(crate) static ROUTES: &[crate::Route] = &[#(#routes),*];
    }
}

fn emit_module(module: &Module) -> TokenStream {
    let methods = module.endpoints.iter().map(emit_method);
    let items = module.endpoints.iter().map(emit_endpoint);
    let text = format!("Expectations for the {} endpoints.", module.title);
    // Only the traits this module's endpoints implement, so none is imported unused.
    let mut traits = vec![quote! { Endpoint }];
    let kinds: Vec<&str> = module
        .endpoints
        .iter()
        .flat_map(|endpoint| answer_traits(endpoint).into_iter().map(|(name, _)| name))
        .collect();
    for name in [
        "EmptyAnswer",
        "JsonAnswer",
        "JsonBody",
        "LinesAnswer",
        "MessageAnswer",
        "PagedAnswer",
        "TextAnswer",
    ] {
        if kinds.contains(&name) {
            let ident = format_ident!("{}", name);
            traits.push(quote! { #ident });
        }
    }
    traits.push(quote! { sealed::Sealed });
    quote! {
        #![doc = #text]
        #![allow(clippy::too_many_lines)]

        use crate::endpoint::{#(#traits),*};
        use crate::{Expect, MockZadig};

        impl MockZadig {
            #(#methods)*
        }

        #(#items)*
    }
}

/// The method on `MockZadig` that starts an expectation of `endpoint`.
fn emit_method(endpoint: &EndpointItem) -> TokenStream {
    let method_ident = endpoint.method.ident();
    let marker = format_ident!("{}", endpoint.builder);
    let call = format!("{} {}", endpoint.http_method, endpoint.path);
    let method_doc = doc(&format!(
        "Expects {} calls (`{}`): {}\n\nSet matchers on the returned expectation, then a \
         responder.",
        code(&call),
        endpoint.method.rust,
        endpoint.summary.trim_end_matches('.'),
    ));
    quote! {
        #method_doc
        pub fn #method_ident(&self) -> Expect<'_, #marker> {
            self.expect()
        }
    }
}

/// The answer and body traits `endpoint` implements, each with its associated type.
fn answer_traits(endpoint: &EndpointItem) -> Vec<(&'static str, TokenStream)> {
    let mut traits = Vec::new();
    match &endpoint.response {
        ResponseItem::Json(ty) => {
            let ty = public_ty(ty);
            traits.push(("JsonAnswer", quote! { type Response = #ty; }));
            if let Some(paging) = &endpoint.pagination {
                let item = public_ty(&paging.item_ty);
                traits.push(("PagedAnswer", quote! { type Item = #item; }));
            }
        }
        ResponseItem::Message => traits.push(("MessageAnswer", TokenStream::new())),
        ResponseItem::Text => traits.push(("TextAnswer", TokenStream::new())),
        ResponseItem::EventStream => traits.push(("LinesAnswer", TokenStream::new())),
        ResponseItem::Empty => traits.push(("EmptyAnswer", TokenStream::new())),
    }
    if let Some(body) = &endpoint.body {
        let ty = public_ty(&body.ty);
        traits.push(("JsonBody", quote! { type Body = #ty; }));
    }
    traits
}

/// The endpoint's type (the `E` of its `Expect<E>`), what it answers and takes, and its
/// per-parameter matchers.
fn emit_endpoint(endpoint: &EndpointItem) -> TokenStream {
    let marker = format_ident!("{}", endpoint.builder);
    let id = &endpoint.id;
    let call = format!("{} {}", endpoint.http_method, endpoint.path);
    let marker_doc = doc(&format!(
        "The {} endpoint ({}, `Client::{}`): the type of its expectation, \
         [`Expect<{}>`](crate::Expect), which [`MockZadig::{}`] returns.",
        code(id),
        code(&call),
        endpoint.method.rust,
        endpoint.builder,
        endpoint.method.rust,
    ));

    let setters = endpoint
        .path_params
        .iter()
        .chain(endpoint.query.iter())
        .map(|param| {
            let setter = param.name.ident();
            let value = format_ident!("value");
            let (ty, conversion) = argument(&param.ty, &value);
            let target = public_ty(&param.ty);
            let wire = &param.name.wire;
            let where_ = if param.in_path {
                "path parameter"
            } else {
                "query parameter"
            };
            let text = doc(&format!(
                "Matches only calls whose {where_} {} is `value`.",
                code(wire)
            ));
            let add = if param.in_path {
                quote! { match_path }
            } else {
                quote! { match_query }
            };
            quote! {
                #text
                pub fn #setter(self, value: #ty) -> Self {
                    let value: #target = #conversion;
                    self.#add(#wire, &value)
                }
            }
        });
    // A required parameter is always sent (the server refuses a call without it), so only an
    // optional one can be asserted absent.
    let absent = endpoint.optional_query().map(|param| {
        let setter = format_ident!("without_{}", param.name.rust);
        let wire = &param.name.wire;
        let text = doc(&format!(
            "Matches only calls that do not send the query parameter {}.",
            code(wire)
        ));
        quote! {
            #text
            pub fn #setter(self) -> Self {
                self.match_query_absent(#wire)
            }
        }
    });
    let traits = answer_traits(endpoint).into_iter().map(|(name, items)| {
        let name = format_ident!("{}", name);
        quote! {
            impl #name for #marker {
                #items
            }
        }
    });
    let matchers = if endpoint.path_params.is_empty() && endpoint.query.is_empty() {
        TokenStream::new()
    } else {
        quote! {
            impl Expect<'_, #marker> {
                #(#setters)*
                #(#absent)*
            }
        }
    };

    quote! {
        #marker_doc
        pub enum #marker {}

        impl Sealed for #marker {}

        impl Endpoint for #marker {
            const ID: &'static str = #id;
        }

        #(#traits)*

        #matchers
    }
}
