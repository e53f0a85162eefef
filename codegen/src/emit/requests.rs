//! Emits the client surface: a method per endpoint on `GenericClient<M>` (so one method serves
//! the async and the blocking client), the alias of its `Call` and the setters of its optional
//! parameters. What the call sends is emitted by [`super::endpoints`]; what every call shares
//! (per-call settings, `send`, `items`, the errors) is the runtime's `Call`.
//!
//! Call shape, uniform across endpoints: required parameters (path, required query, body) are
//! positional arguments of the client method, so they cannot be forgotten; optional query
//! parameters are named setters on the call; `send()` performs it. Adding an optional
//! parameter to the spec adds a setter and breaks no caller.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::{
    NameIdent, argument, code, condition_words, doc, ident, public_ty, reexport_modules,
    releases_note,
};
use crate::ir::{Api, EndpointItem, Module, ResponseItem, Ty};
use crate::release::ReleaseName;

/// `requests/mod.rs`.
pub fn emit_mod(api: &Api) -> TokenStream {
    reexport_modules(
        "The calls the client methods return, one alias of [`Call`](crate::Call) per endpoint,\nwith the endpoint's setters; one submodule per API module, all re-exported here.",
        api.modules
            .iter()
            .filter(|module| !module.endpoints.is_empty()),
        |module| format!("Calls of the {} API.", module.title),
    )
}

/// `requests/<module>.rs`: the client methods (one per endpoint, for both clients), each
/// call's alias and its setters.
pub fn emit_module(module: &Module, releases: &[ReleaseName]) -> TokenStream {
    let methods = module
        .endpoints
        .iter()
        .map(|endpoint| emit_client_method(endpoint, releases));
    let calls = module
        .endpoints
        .iter()
        .map(|endpoint| emit_call(endpoint, releases));
    let module_doc = format!(" Calls of the {} API.", module.title);
    let feature = module.name.as_str();
    quote! {
        #![doc = #module_doc]

        #[cfg_attr(docsrs, doc(cfg(feature = #feature)))]
        impl<M> crate::GenericClient<M> {
            #(#methods)*
        }

        #(#calls)*
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

/// The doc comment of an endpoint's client method, for both clients. How every call fails is
/// said once, on [`Call`](crate) (`zadig_api::call`), not here.
fn method_doc(endpoint: &EndpointItem, releases: &[ReleaseName]) -> String {
    let mut text = format!(
        "{}\n\n`{} {}`",
        endpoint.summary, endpoint.http_method, endpoint.path
    );
    if let Some(served) = served_words(endpoint, releases) {
        text.push_str("\n\n");
        text.push_str(&served);
    }
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
            if let Some(note) = releases_note(&param.served, &endpoint.served, releases, "read it")
            {
                text.push(' ');
                text.push_str(&note);
            }
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
    let optional: Vec<String> = endpoint
        .optional_query()
        .map(|param| {
            let name = param.name.rust.as_str();
            format!("[`{name}`]({}::{name})", endpoint.builder)
        })
        .collect();
    if !optional.is_empty() {
        text.push_str(&format!(
            "\n\nOptional query parameters: {}.",
            optional.join(", ")
        ));
    }
    text.push_str(&format!(
        "\n\n`send()` returns {}",
        response_words(endpoint)
    ));
    if endpoint.pagination.is_some() {
        text.push_str("; `items()` walks every page.");
    } else {
        text.push('.');
    }
    if endpoint.undocumented {
        text.push_str(
            "\n\nZadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.",
        );
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
    text
}

/// Which releases serve the endpoint, and where older ones serve it, when not every release
/// the bindings know serves it the same way.
fn served_words(endpoint: &EndpointItem, releases: &[ReleaseName]) -> Option<String> {
    let mut text = match endpoint.served.describe(releases) {
        None if endpoint.older_paths.is_empty() => return None,
        None => String::new(),
        Some(_) if endpoint.served.is_unreleased() => "Not in any Zadig release yet: only the development branch serves it, so a client configured for a release (by default the latest) refuses the call before sending it; configure [`Release::MAIN`](crate::Release::MAIN) to call a development build.".to_owned(),
        Some(words) => format!(
            "Served by Zadig {words}: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported))."
        ),
    };
    for form in &endpoint.older_paths {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&format!(
            "Releases up to {} serve it at {}, where the client sends it when configured for one of them.",
            form.until,
            code(&form.path)
        ));
    }
    Some(text)
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

fn emit_client_method(endpoint: &EndpointItem, releases: &[ReleaseName]) -> TokenStream {
    let method = endpoint.method.ident();
    let call = ident(&endpoint.builder);
    let method_doc = doc(&method_doc(endpoint, releases));
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
        pub fn #method(&self, #(#params),*) -> #call<'_, M> {
            crate::Call::new(self, crate::endpoints::#call {
                #(#initialisers,)*
                #(#optional,)*
            })
        }
    }
}

/// The call's alias and the setters of its optional parameters.
fn emit_call(endpoint: &EndpointItem, releases: &[ReleaseName]) -> TokenStream {
    let call = ident(&endpoint.builder);
    let method = endpoint.method.rust.trim_start_matches("r#");
    let call_doc = doc(&format!(
        "The call of [`Client::{method}`](crate::Client::{method}) (`{} {}`) on either client.",
        endpoint.http_method, endpoint.path,
    ));
    let setters: Vec<TokenStream> = endpoint
        .optional_query()
        .map(|param| {
            let name = param.name.ident();
            let (ty, convert) = argument(&param.ty, &format_ident!("value"));
            let default = param
                .default
                .as_deref()
                .map(|d| format!(" Server default: {}.", code(d)))
                .unwrap_or_default();
            let required_when = param
                .required_when
                .as_ref()
                .map(|when| {
                    format!(
                        " Required when {}: the server refuses the call without it then.",
                        condition_words(when)
                    )
                })
                .unwrap_or_default();
            let releases = releases_note(&param.served, &endpoint.served, releases, "read it")
                .map(|note| format!(" {note}"))
                .unwrap_or_default();
            let setter_doc = doc(&format!(
                "{} (query {}).{default}{required_when}{releases}",
                param.doc.trim().trim_end_matches('.'),
                code(&param.name.wire)
            ));
            quote! {
                #setter_doc
                pub fn #name(mut self, value: #ty) -> Self {
                    self.endpoint.#name = Some(#convert);
                    self
                }
            }
        })
        .collect();
    let setters = (!setters.is_empty()).then(|| {
        quote! {
            impl<M> #call<'_, M> {
                #(#setters)*
            }
        }
    });
    quote! {
        #call_doc
        pub type #call<'a, M = crate::Async> = crate::Call<'a, M, crate::endpoints::#call>;
        #setters
    }
}
