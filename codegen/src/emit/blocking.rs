//! Emits the blocking client: the same methods, arguments and setters as the async client, on
//! `blocking::Client`, each builder wrapping the async one and blocking on `send`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::requests::{method_doc, output_ty, required_arguments};
use super::rust::{NameIdent, argument, doc, ident, public_ty, reexport_modules};
use crate::ir::{Api, EndpointItem, Module, ResponseItem};

/// `blocking/mod.rs`.
pub fn emit_mod(api: &Api) -> TokenStream {
    reexport_modules(
        "Request builders returned by the [`blocking::Client`](crate::blocking::Client)\nmethods, one submodule per API module, all re-exported here.",
        api.modules
            .iter()
            .filter(|module| !module.endpoints.is_empty()),
        |module| format!("Blocking request builders of the {} API.", module.title),
    )
}

/// `blocking/<module>.rs`.
pub fn emit_module(module: &Module) -> TokenStream {
    let methods = module.endpoints.iter().map(emit_client_method);
    let builders = module.endpoints.iter().map(emit_builder);
    let module_doc = format!(
        " Calls of the {} API on the [`blocking::Client`](crate::blocking::Client).",
        module.title
    );
    quote! {
        #![doc = #module_doc]
        use std::time::Duration;

        impl crate::blocking::Client {
            #(#methods)*
        }

        #(#builders)*
    }
}

fn emit_client_method(endpoint: &EndpointItem) -> TokenStream {
    let method = endpoint.method.ident();
    let builder = ident(&endpoint.builder);
    let method_doc = doc(&method_doc(
        endpoint,
        &format!("crate::blocking::requests::{}", endpoint.builder),
    ));
    let arguments = required_arguments(endpoint);
    let params = arguments.iter().map(|(name, ty, _)| quote! { #name: #ty });
    let names = arguments.iter().map(|(name, _, _)| name);
    let too_many = (arguments.len() > 6).then(|| quote! { #[allow(clippy::too_many_arguments)] });
    quote! {
        #method_doc
        #too_many
        pub fn #method(&self, #(#params),*) -> #builder<'_> {
            #builder {
                client: self,
                inner: self.as_async().#method(#(#names),*),
            }
        }
    }
}

fn emit_builder(endpoint: &EndpointItem) -> TokenStream {
    let builder = ident(&endpoint.builder);
    let method = endpoint.method.rust.as_str();
    let builder_doc = doc(&format!(
        "Blocking request builder for [`blocking::Client::{method}`](crate::blocking::Client::{method}): `{} {}`.\n\nSet optional parameters, then call [`send`](Self::send).",
        endpoint.http_method, endpoint.path,
    ));
    let setters = endpoint.optional_query().map(|param| {
        let name = param.name.ident();
        let (ty, _) = argument(&param.ty, &format_ident!("value"));
        let setter_doc = doc(&format!(
            "Sets the optional query parameter `{}`; see [`requests::{}::{}`](crate::requests::{}::{}).",
            param.name.wire,
            endpoint.builder,
            param.name.rust.as_str(),
            endpoint.builder,
            param.name.rust.as_str(),
        ));
        quote! {
            #setter_doc
            pub fn #name(mut self, value: #ty) -> Self {
                self.inner = self.inner.#name(value);
                self
            }
        }
    });
    let output = output_ty(endpoint);
    let (output, send_body) = match &endpoint.response {
        ResponseItem::EventStream => (
            quote! { crate::blocking::LogLines },
            quote! {
                let client = self.client;
                client.block_on(self.inner.send()).map(|stream| crate::blocking::LogLines::new(stream, client))
            },
        ),
        _ => (output, quote! { self.client.block_on(self.inner.send()) }),
    };
    let items = endpoint.pagination.as_ref().map(|pagination| {
        let item_ty = public_ty(&pagination.item_ty);
        quote! {
            /// Every item across all pages, fetched lazily one page at a time; see
            /// the async builder's `items`.
            pub fn items(self) -> crate::blocking::PaginatedIter<'a, #item_ty> {
                crate::blocking::PaginatedIter::new(self.inner.items(), self.client)
            }
        }
    });
    let send_doc = doc(&format!(
        "Sends the request and waits for the answer.\n\n# Errors\n\nSee [`Client::{method}`](crate::Client::{method}); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error."
    ));
    quote! {
        #builder_doc
        #[derive(Debug, Clone)]
        #[must_use = "a request does nothing until `send` is called"]
        pub struct #builder<'a> {
            client: &'a crate::blocking::Client,
            inner: crate::requests::#builder<'a>,
        }

        impl<'a> #builder<'a> {
            #(#setters)*

            /// Overrides the client's request timeout (one attempt) for this call.
            pub fn timeout(mut self, timeout: Duration) -> Self {
                self.inner = self.inner.timeout(timeout);
                self
            }

            /// Overrides the client's deadline (the whole call, retries included) for this call.
            pub fn deadline(mut self, deadline: Duration) -> Self {
                self.inner = self.inner.deadline(deadline);
                self
            }

            /// Turns retries on or off for this call; see the async builder's `retry`.
            pub fn retry(mut self, retry: bool) -> Self {
                self.inner = self.inner.retry(retry);
                self
            }

            /// Adds `name=value` to the query string; see the async builder's `query_param`.
            pub fn query_param(mut self, name: impl Into<String>, value: impl std::fmt::Display) -> Self {
                self.inner = self.inner.query_param(name, value);
                self
            }

            #items

            #send_doc
            pub fn send(self) -> crate::Result<#output> {
                #send_body
            }
        }
    }
}
