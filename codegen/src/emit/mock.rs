//! Emits the typed expectations of the `zadig-mock` crate (`zadig-mock/src/generated/`).
//!
//! - `routes.rs`: every endpoint's method, path template, required query parameters, paging
//!   parameters and documented answers (the spec's response and error examples), which the
//!   mock server checks each request against.
//! - `<module>.rs`: per endpoint, a method on `MockZadig` named as the client's method and an
//!   expectation builder: one matcher setter per path and query parameter (named as the
//!   client's), `body`/`body_matches` when the endpoint takes a body, and the responders its
//!   response kind allows (`respond` with the response type, `respond_text`, `respond_lines`,
//!   `respond_success`, `respond_pages` for paged lists); `respond_example`, `respond_error`
//!   and `times` come from the hand-written `Expectation` it wraps.
//! - `conformance.rs`: the mock's conformance tests ([`super::mock_conformance`]).
//!
//! The generated code names `zadig_api` types through `crate::types`, which the mock crate
//! imports at its root, so the type tokens of [`super::rust`] serve unchanged.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::{NameIdent, argument, code, doc, public_ty};
use crate::ir::{Api, EndpointItem, Module, ResponseItem};
use crate::spec::ExampleKind;

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
        let required = endpoint.required_query().map(|param| &param.name.wire);
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
                required_query: &[#(#required),*],
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
    let items = module.endpoints.iter().map(emit_endpoint);
    let text = format!("Expectations for the {} endpoints.", module.title);
    quote! {
        #![doc = #text]
        #![allow(clippy::too_many_lines)]

        use crate::{Expectation, MockZadig, Mounted};

        #(#items)*
    }
}

fn emit_endpoint(endpoint: &EndpointItem) -> TokenStream {
    let method_ident = endpoint.method.ident();
    let builder = format_ident!("{}", endpoint.builder);
    let id = &endpoint.id;
    let call = format!("{} {}", endpoint.http_method, endpoint.path);
    let method_doc = doc(&format!(
        "Expects {} calls (`{}`): {}\n\nReturns the expectation builder: set matchers, then a responder.",
        code(&call),
        endpoint.method.rust,
        endpoint.summary.trim_end_matches('.'),
    ));
    let builder_doc = doc(&format!(
        "An expected {} call (`Client::{}`): matchers, then a responder, which registers it.",
        code(&call),
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
                pub fn #setter(mut self, value: #ty) -> Self {
                    let value: #target = #conversion;
                    self.expectation.#add(#wire, &value);
                    self
                }
            }
        });

    let body = endpoint.body.as_ref().map(|body| {
        let ty = public_ty(&body.ty);
        quote! {
            /// Matches only calls whose JSON body decodes to `value`.
            pub fn body(mut self, value: #ty) -> Self {
                self.expectation.match_body(&value);
                self
            }

            /// Matches only calls whose body is exactly the JSON `value` (the order of object
            /// keys aside): stricter than [`body`](Self::body), which compares decoded values
            /// and so cannot tell a field sent as its zero value from one left out.
            pub fn body_json(mut self, value: serde_json::Value) -> Self {
                self.expectation.match_body_json(value);
                self
            }

            /// Matches only calls whose JSON body decodes and passes `predicate`.
            pub fn body_matches(
                mut self,
                predicate: impl Fn(&#ty) -> bool + Send + Sync + 'static,
            ) -> Self {
                self.expectation.match_body_with(predicate);
                self
            }
        }
    });

    let responders = match &endpoint.response {
        ResponseItem::Json(ty) => {
            let ty_tokens = public_ty(ty);
            let pages = endpoint.pagination.as_ref().map(|paging| {
                let item = public_ty(&paging.item_ty);
                let text = doc(&format!(
                    "Answers with pages of `items`, as the server pages them: the {} and {} \
                     query parameters (default page 1 and size {}) pick the slice; the {} field \
                     holds it{}. Any number of calls.",
                    code(&paging.page_param.wire),
                    code(&paging.size_param.wire),
                    paging.default_size,
                    code(&paging.items_field.wire),
                    paging
                        .total_field
                        .as_ref()
                        .map(|(name, _)| format!(
                            " and {} the count of all items",
                            code(&name.wire)
                        ))
                        .unwrap_or_default(),
                ));
                quote! {
                    #text
                    pub fn respond_pages(self, items: Vec<#item>) -> Mounted {
                        self.expectation.respond_pages(&items)
                    }
                }
            });
            quote! {
                /// Answers `200` with `value` as JSON.
                pub fn respond(self, value: #ty_tokens) -> Mounted {
                    self.expectation.respond_json(&value)
                }

                /// Answers each call with the next of `values` as JSON; the last one answers
                /// every call after it.
                pub fn respond_sequence(self, values: Vec<#ty_tokens>) -> Mounted {
                    self.expectation.respond_sequence(&values)
                }

                #pages
            }
        }
        ResponseItem::Message => quote! {
            /// Answers `200` with `{"message":"success"}`, as the server does.
            pub fn respond_success(self) -> Mounted {
                self.expectation.respond_success()
            }
        },
        ResponseItem::Text => quote! {
            /// Answers `200` with `text` as `text/plain`.
            pub fn respond_text(self, text: impl Into<String>) -> Mounted {
                self.expectation.respond_text(text.into())
            }
        },
        ResponseItem::EventStream => quote! {
            /// Answers `200` with `lines` as a `text/event-stream`, one `data:` event per line,
            /// all at once.
            pub fn respond_lines<L: Into<String>>(self, lines: Vec<L>) -> Mounted {
                self.expectation.respond_lines(
                    lines
                        .into_iter()
                        .map(|line| (std::time::Duration::ZERO, line.into()))
                        .collect(),
                )
            }

            /// Answers `200` with a `text/event-stream` that sends each line (one `data:`
            /// event) after its delay, counted from the line before: for testing a reader's
            /// idle timeout or what it does with lines as they come.
            pub fn respond_lines_with_delays<L: Into<String>>(
                self,
                lines: Vec<(std::time::Duration, L)>,
            ) -> Mounted {
                self.expectation.respond_lines(
                    lines.into_iter().map(|(delay, line)| (delay, line.into())).collect(),
                )
            }
        },
        ResponseItem::Empty => quote! {
            /// Answers `200` with an empty body.
            pub fn respond_empty(self) -> Mounted {
                self.expectation.respond_empty()
            }
        },
    };

    quote! {
        impl MockZadig {
            #method_doc
            pub fn #method_ident(&self) -> #builder<'_> {
                #builder { expectation: self.expect(#id) }
            }
        }

        #builder_doc
        #[must_use = "an expectation is registered only by one of its `respond` methods"]
        #[derive(Debug)]
        pub struct #builder<'a> {
            expectation: Expectation<'a>,
        }

        impl #builder<'_> {
            #(#setters)*

            #body

            #responders

            /// Answers `status` with Zadig's error body: `code`, `message` and an empty
            /// `description`.
            pub fn respond_error(self, status: u16, code: i64, message: impl Into<String>) -> Mounted {
                self.expectation.respond_error(status, code, message.into(), String::new())
            }

            /// Answers `status` with Zadig's error body with a `description` too, the longer
            /// text that says what was wrong (the client's error shows it).
            pub fn respond_error_described(
                self,
                status: u16,
                code: i64,
                message: impl Into<String>,
                description: impl Into<String>,
            ) -> Mounted {
                self.expectation.respond_error(status, code, message.into(), description.into())
            }

            /// Answers with the spec's documented example called `name` (its status and JSON).
            /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
            /// examples there are.
            pub fn respond_example(self, name: &str) -> Mounted {
                self.expectation.respond_example(name)
            }
        }
    }
}
