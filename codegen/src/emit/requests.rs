//! Emits the async client: a method on `Client` per endpoint and its request builder.
//!
//! Call shape, uniform across endpoints: required parameters (path, required query, body) are
//! positional arguments of the `Client` method, so they cannot be forgotten; optional query
//! parameters are named setters on the builder; `send()` performs the call. Adding an optional
//! parameter to the spec adds a setter and breaks no caller.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::{NameIdent, argument, code, doc, ident, public_ty, reexport_modules};
use crate::ir::{Api, EndpointItem, Module, ParamItem, ResponseItem, Ty};

/// `requests/mod.rs`.
pub fn emit_mod(api: &Api) -> TokenStream {
    reexport_modules(
        "Request builders returned by the [`Client`](crate::Client) methods, one submodule per\nAPI module, all re-exported here.",
        api.modules
            .iter()
            .filter(|module| !module.endpoints.is_empty()),
        |module| format!("Request builders of the {} API.", module.title),
    )
}

/// `requests/<module>.rs`.
pub fn emit_module(module: &Module) -> TokenStream {
    let methods = module.endpoints.iter().map(emit_client_method);
    let builders = module.endpoints.iter().map(emit_builder);
    let module_doc = format!(
        " Calls of the {} API on the async [`Client`](crate::Client).",
        module.title
    );
    quote! {
        #![doc = #module_doc]
        use std::time::Duration;

        use crate::runtime::{CallOptions, Request};

        impl crate::Client {
            #(#methods)*
        }

        #(#builders)*
    }
}

/// The positional arguments of an endpoint, in the call-order rule's order, then the body.
pub(super) fn required_arguments(
    endpoint: &EndpointItem,
) -> Vec<(proc_macro2::Ident, TokenStream, TokenStream)> {
    let mut arguments: Vec<_> = endpoint
        .positional
        .iter()
        .map(|param| {
            let name = param.name.ident();
            let (ty, convert) = argument(&param.ty, &name);
            (name, ty, convert)
        })
        .collect();
    if let Some(body) = &endpoint.body {
        let name = format_ident!("body");
        let ty = public_ty(&body.ty);
        arguments.push((name.clone(), ty, quote! { #name }));
    }
    arguments
}

/// The type `send()` returns (inside `crate::Result`).
pub(super) fn output_ty(endpoint: &EndpointItem) -> TokenStream {
    match &endpoint.response {
        ResponseItem::Json(ty) => public_ty(ty),
        ResponseItem::Text => quote! { String },
        ResponseItem::EventStream => quote! { crate::LogStream },
        ResponseItem::Message => quote! { crate::types::ApiMessage },
        ResponseItem::Empty => quote! { () },
    }
}

/// The doc comment of an endpoint's client method (shared by the async and blocking clients).
pub(super) fn method_doc(endpoint: &EndpointItem, builder_path: &str) -> String {
    let mut text = format!(
        "{}\n\n`{} {}`",
        endpoint.summary, endpoint.http_method, endpoint.path
    );
    if let Some(description) = &endpoint.description {
        text.push_str("\n\n");
        text.push_str(description.trim());
    }
    if !endpoint.positional.is_empty() || endpoint.body.is_some() {
        text.push_str("\n\nArguments:");
        for param in &endpoint.positional {
            let place = if param.in_path { "path" } else { "query" };
            text.push_str(&format!(
                "\n- {} ({place} {}): {}",
                code(param.name.rust.as_str()),
                code(&param.name.wire),
                param.doc.trim()
            ));
        }
        if let Some(body) = &endpoint.body {
            let what = body
                .doc
                .as_deref()
                .map(str::trim)
                .unwrap_or("the JSON request body");
            text.push_str(&format!("\n- `body`: {what}"));
        }
    }
    let optional: Vec<&ParamItem> = endpoint.optional_query().collect();
    if !optional.is_empty() {
        text.push_str(&format!(
            "\n\nOptional query parameters are setters on [`{}`]:",
            endpoint.builder
        ));
        for param in optional {
            let default = param
                .default
                .as_deref()
                .map(|d| format!(" (server default: {})", code(d)))
                .unwrap_or_default();
            text.push_str(&format!(
                "\n- {}: {}{default}",
                code(param.name.rust.as_str()),
                param.doc.trim()
            ));
        }
    }
    text.push_str(&format!("\n\nReturns {}.", response_words(endpoint)));
    if endpoint.pagination.is_some() {
        text.push_str(&format!(
            " The builder's [`items`]({builder_path}::items) walks every page."
        ));
    }
    if endpoint.undocumented {
        let at = endpoint
            .server_commit
            .as_deref()
            .map(|commit| format!(" at commit `{}`", commit.get(..12).unwrap_or(commit)))
            .unwrap_or_default();
        text.push_str(&format!(
            "\n\nZadig's public API docs do not list this route: its shape comes from the Zadig server's source{at}, and may change without notice in a release."
        ));
    }
    if endpoint.lacks_detail {
        text.push_str("\n\nNeither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.");
    }
    if !endpoint.errata.is_empty() {
        text.push_str("\n\n# Docs errata\n");
        for erratum in &endpoint.errata {
            text.push_str(&format!(
                "\n- {} says {}: {}",
                erratum.source,
                code(&erratum.said),
                erratum.decision.trim()
            ));
        }
    }
    if let Some(url) = &endpoint.doc_url {
        text.push_str(&format!("\n\nVendor docs: <{url}>"));
    }
    text.push_str(
        "\n\n# Errors\n\nFails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status\n(carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes\nwithout it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what\nthis endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or\n[`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.",
    );
    if !endpoint.path_params.is_empty() {
        text.push_str(
            "\n[`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.",
        );
    }
    text
}

fn response_words(endpoint: &EndpointItem) -> String {
    match &endpoint.response {
        ResponseItem::Json(Ty::Any) => "the response as untyped JSON".to_owned(),
        ResponseItem::Json(Ty::Named { name, .. }) => {
            format!("the decoded [`{name}`](crate::types::{name})")
        }
        ResponseItem::Json(Ty::Array(inner)) => match inner.as_ref() {
            Ty::Named { name, .. } => {
                format!("the decoded list of [`{name}`](crate::types::{name})")
            }
            _ => "the decoded list".to_owned(),
        },
        ResponseItem::Json(_) => "the decoded JSON value".to_owned(),
        ResponseItem::Text => "the response body as text".to_owned(),
        ResponseItem::EventStream => {
            "a stream of log lines, read as the server sends them".to_owned()
        }
        ResponseItem::Message => "Zadig's acknowledgement message".to_owned(),
        ResponseItem::Empty => "nothing once the server has accepted the call".to_owned(),
    }
}

fn emit_client_method(endpoint: &EndpointItem) -> TokenStream {
    let method = endpoint.method.ident();
    let builder = ident(&endpoint.builder);
    let method_doc = doc(&method_doc(
        endpoint,
        &format!("crate::requests::{}", endpoint.builder),
    ));
    let arguments = required_arguments(endpoint);
    let params = arguments.iter().map(|(name, ty, _)| quote! { #name: #ty });
    let initialisers = arguments.iter().map(|(name, _, convert)| {
        if *name == convert.to_string() {
            quote! { #name }
        } else {
            quote! { #name: #convert }
        }
    });
    let optional = endpoint.optional_query().map(|param| {
        let name = param.name.ident();
        quote! { #name: None }
    });
    let too_many = (arguments.len() > 6).then(|| quote! { #[allow(clippy::too_many_arguments)] });
    quote! {
        #method_doc
        #too_many
        pub fn #method(&self, #(#params),*) -> #builder<'_> {
            #builder {
                client: self,
                #(#initialisers,)*
                #(#optional,)*
                options: CallOptions::default(),
            }
        }
    }
}

fn emit_builder(endpoint: &EndpointItem) -> TokenStream {
    let builder = ident(&endpoint.builder);
    let method = &endpoint.method.rust;
    let builder_doc = doc(&format!(
        "Request builder for [`Client::{m}`](crate::Client::{m}): `{} {}`.\n\nSet optional parameters, then call [`send`](Self::send).",
        endpoint.http_method,
        endpoint.path,
        m = method.trim_start_matches("r#"),
    ));
    let mut fields = vec![quote! { client: &'a crate::Client }];
    for param in &endpoint.positional {
        let name = param.name.ident();
        let ty = public_ty(&param.ty);
        fields.push(quote! { #name: #ty });
    }
    if let Some(body) = &endpoint.body {
        let ty = public_ty(&body.ty);
        fields.push(quote! { body: #ty });
    }
    for param in endpoint.optional_query() {
        let name = param.name.ident();
        let ty = public_ty(&param.ty);
        fields.push(quote! { #name: Option<#ty> });
    }
    fields.push(quote! { options: CallOptions });

    let setters = endpoint.optional_query().map(|param| {
        let name = param.name.ident();
        let (ty, convert) = argument(&param.ty, &format_ident!("value"));
        let default = param
            .default
            .as_deref()
            .map(|d| format!(" Server default: {}.", code(d)))
            .unwrap_or_default();
        let setter_doc = doc(&format!(
            "{} (query {}).{default}",
            param.doc.trim().trim_end_matches('.'),
            code(&param.name.wire)
        ));
        quote! {
            #setter_doc
            pub fn #name(mut self, value: #ty) -> Self {
                self.#name = Some(#convert);
                self
            }
        }
    });

    let template = &endpoint.path;
    let id = &endpoint.id;
    let http_method = format_ident!("{}", endpoint.http_method);
    let path_fills = endpoint.path_params.iter().map(|param| {
        let name = param.name.ident();
        let wire = &param.name.wire;
        match &param.ty {
            Ty::String => quote! { request.path_param(#wire, &self.#name); },
            _ => quote! { request.path_param(#wire, &self.#name.to_string()); },
        }
    });
    let query_fills = endpoint.query.iter().map(|param| {
        let name = param.name.ident();
        let wire = &param.name.wire;
        match (&param.ty, param.required) {
            (Ty::Array(_), true) => quote! {
                for value in &self.#name {
                    request.query(#wire, value);
                }
            },
            (Ty::Array(_), false) => quote! {
                for value in self.#name.iter().flatten() {
                    request.query(#wire, value);
                }
            },
            (_, true) => quote! { request.query(#wire, &self.#name); },
            (_, false) => quote! {
                if let Some(value) = &self.#name {
                    request.query(#wire, value);
                }
            },
        }
    });
    let body_fill = endpoint
        .body
        .as_ref()
        .map(|_| quote! { request.json_body(&self.body); });
    let output = output_ty(endpoint);
    let send_call = match &endpoint.response {
        ResponseItem::Json(_) => quote! { self.client.send_json(request, self.options).await },
        ResponseItem::Text => quote! { self.client.send_text(request, self.options).await },
        ResponseItem::EventStream => {
            quote! { self.client.send_event_stream(request, self.options).await }
        }
        ResponseItem::Message => quote! { self.client.send_message(request, self.options).await },
        ResponseItem::Empty => quote! { self.client.send_empty(request, self.options).await },
    };
    let send_doc = doc(&format!(
        "Sends the request and returns {}.\n\n# Errors\n\nSee [`Client::{m}`](crate::Client::{m}).",
        response_words(endpoint),
        m = method.trim_start_matches("r#"),
    ));
    let retry_doc = if matches!(endpoint.http_method.as_str(), "POST" | "PATCH") {
        "Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since\nrepeating it may repeat its effect; opt in only when that is safe."
    } else {
        "Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call."
    };
    let retry_doc = doc(retry_doc);
    let items = endpoint.pagination.as_ref().map(|pagination| {
        let item_ty = public_ty(&pagination.item_ty);
        let page = pagination.page_param.ident();
        let size = pagination.size_param.ident();
        let default_size = pagination.default_size;
        let items_field = pagination.items_field.ident();
        let items = if pagination.items_optional {
            quote! { response.#items_field.unwrap_or_default() }
        } else {
            quote! { response.#items_field }
        };
        let total = match &pagination.total_field {
            Some((field, true)) => {
                let field = field.ident();
                quote! { response.#field }
            }
            Some((field, false)) => {
                let field = field.ident();
                quote! { Some(response.#field) }
            }
            None => quote! { None },
        };
        let start = if pagination.page_required {
            "the page given to the client method".to_owned()
        } else {
            format!("the page set with [`{page}`](Self::{page}) (default 1)", page = pagination.page_param.rust)
        };
        let items_doc = doc(&format!(
            "Every item across all pages, fetched lazily one page at a time.\n\nStarts at {start} and stops at the reported total, at an empty page, or at a short page. Each page is one call with this builder's settings; an error ends the stream after it is yielded."
        ));
        let (first_page, set_page) = if pagination.page_required {
            (quote! { self.#page }, quote! { request.#page = page; })
        } else {
            (quote! { self.#page.unwrap_or(1) }, quote! { request.#page = Some(page); })
        };
        let page_size = if pagination.size_required {
            quote! { self.#size }
        } else {
            quote! { self.#size.unwrap_or(#default_size) }
        };
        quote! {
            #items_doc
            pub fn items(self) -> crate::Paginated<'a, #item_ty> {
                let first_page = #first_page;
                let page_size = #page_size;
                crate::Paginated::new(first_page, page_size, move |page| {
                    let mut request = self.clone();
                    #set_page
                    Box::pin(async move {
                        let response = request.send().await?;
                        Ok(crate::runtime::pagination::Page { total: #total, items: #items })
                    })
                })
            }
        }
    });
    let request_mut = if endpoint.path_params.is_empty()
        && endpoint.query.is_empty()
        && endpoint.body.is_none()
    {
        quote! { let request }
    } else {
        quote! { let mut request }
    };
    quote! {
        #builder_doc
        #[derive(Debug, Clone)]
        #[must_use = "a request does nothing until `send` is called"]
        pub struct #builder<'a> {
            #(#fields,)*
        }

        impl<'a> #builder<'a> {
            #(#setters)*

            /// Overrides the client's request timeout (one attempt) for this call.
            pub fn timeout(mut self, timeout: Duration) -> Self {
                self.options.set_timeout(timeout);
                self
            }

            /// Overrides the client's deadline (the whole call, retries included) for this call;
            /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
            pub fn deadline(mut self, deadline: Duration) -> Self {
                self.options.set_deadline(deadline);
                self
            }

            #retry_doc
            pub fn retry(mut self, retry: bool) -> Self {
                self.options.set_retry(retry);
                self
            }

            /// Adds `name=value` to the query string, after the parameters this call declares:
            /// for a parameter the server reads that the bindings do not know yet.
            pub fn query_param(mut self, name: impl Into<String>, value: impl std::fmt::Display) -> Self {
                self.options.add_query(name, value);
                self
            }

            #items

            #send_doc
            pub async fn send(self) -> crate::Result<#output> {
                #request_mut = Request::new(#id, reqwest::Method::#http_method, #template);
                #(#path_fills)*
                #(#query_fills)*
                #body_fill
                #send_call
            }
        }
    }
}
