//! Emits what each call sends: per endpoint, a struct of its parameters, its `Route` (one
//! `static`: id, method, path template, query names) and the `Endpoint` impl that fills the
//! request from the parameters by their wire names; paged lists also get `Paged`.
//!
//! This is data for the runtime: where and how an endpoint is called is read from the route
//! when a call is sent, so a route that differs between server releases changes here alone.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::{NameIdent, doc, ident, public_ty, reexport_modules};
use crate::ir::{Api, EndpointItem, Module, ResponseItem, Ty};

/// `endpoints/mod.rs`.
pub fn emit_mod(api: &Api) -> TokenStream {
    reexport_modules(
        "What each endpoint sends: its parameters and its route; one submodule per API module,\nall re-exported here.",
        api.modules
            .iter()
            .filter(|module| !module.endpoints.is_empty()),
        |module| format!("The endpoints of the {} API.", module.title),
    )
}

/// `endpoints/<module>.rs`.
pub fn emit_module(module: &Module) -> TokenStream {
    let endpoints = module.endpoints.iter().map(emit_endpoint);
    let module_doc = format!(" The endpoints of the {} API.", module.title);
    quote! {
        #![doc = #module_doc]
        use crate::call::Endpoint;
        use crate::runtime::{Request, Route};

        #(#endpoints)*
    }
}

/// One endpoint's parameter struct, `static Route` and `Endpoint` (and `Paged`) impls. The
/// trait methods are `#[inline]`: only generic code (`send()`) calls them, so they are
/// compiled in the crate that makes the call, with it, and a build of zadig-api compiles none.
fn emit_endpoint(endpoint: &EndpointItem) -> TokenStream {
    let name = ident(&endpoint.builder);
    let method = endpoint.method.rust.trim_start_matches("r#");
    let struct_doc = doc(&format!(
        "The parameters of [`Client::{method}`](crate::Client::{method}), with its route."
    ));
    let mut fields = Vec::new();
    for param in &endpoint.positional {
        let field = param.name.ident();
        let ty = public_ty(&param.ty);
        fields.push(quote! { pub(crate) #field: #ty });
    }
    if let Some(body) = &endpoint.body {
        let ty = public_ty(&body.ty);
        fields.push(quote! { pub(crate) body: #ty });
    }
    for param in endpoint.optional_query() {
        let field = param.name.ident();
        let ty = public_ty(&param.ty);
        fields.push(quote! { pub(crate) #field: Option<#ty> });
    }

    let route = format_ident!("{}", endpoint.id.to_uppercase());
    let id = &endpoint.id;
    let http_method = format_ident!("{}", endpoint.http_method);
    let path = &endpoint.path;
    let query_names = endpoint.query.iter().map(|param| &param.name.wire);
    let served =
        super::releases::availability(&quote! { crate }, &endpoint.served, &endpoint.older_paths);

    let path_fills = endpoint.path_params.iter().map(|param| {
        let field = param.name.ident();
        let wire = &param.name.wire;
        match &param.ty {
            Ty::String => quote! { request.path_param(#wire, &self.#field); },
            _ => quote! { request.path_value(#wire, &self.#field); },
        }
    });
    let query_fills = endpoint.query.iter().map(|param| {
        let field = param.name.ident();
        let wire = &param.name.wire;
        match (&param.ty, param.required) {
            (Ty::Array(_), true) => quote! { request.query_each(#wire, &self.#field); },
            (Ty::Array(_), false) => {
                quote! { request.query_each(#wire, self.#field.as_deref().unwrap_or_default()); }
            }
            (_, true) => quote! { request.query(#wire, &self.#field); },
            (_, false) => quote! { request.query_opt(#wire, &self.#field); },
        }
    });
    let (body_ty, body) = match &endpoint.body {
        Some(body) => (public_ty(&body.ty), quote! { Some(&self.body) }),
        None => (quote! { () }, quote! { None }),
    };
    let writes_nothing = endpoint.path_params.is_empty() && endpoint.query.is_empty();
    let request = if writes_nothing {
        quote! { _request }
    } else {
        quote! { request }
    };
    let answer = match &endpoint.response {
        ResponseItem::Json(ty) => {
            let ty = public_ty(ty);
            quote! { crate::call::Json<#ty> }
        }
        ResponseItem::Text => quote! { crate::call::Text },
        ResponseItem::EventStream => quote! { crate::call::Events },
        ResponseItem::Message => quote! { crate::call::Message },
        ResponseItem::Empty => quote! { crate::call::Empty },
    };
    let paged = endpoint.pagination.as_ref().map(|pagination| {
        let item_ty = public_ty(&pagination.item_ty);
        let page = pagination.page_param.ident();
        let size = pagination.size_param.ident();
        let default_size = pagination.default_size;
        let items_field = pagination.items_field.ident();
        let items = if pagination.items_optional {
            quote! { answer.#items_field.unwrap_or_default() }
        } else {
            quote! { answer.#items_field }
        };
        let total = match &pagination.total_field {
            Some((field, true)) => {
                let field = field.ident();
                quote! { answer.#field }
            }
            Some((field, false)) => {
                let field = field.ident();
                quote! { Some(answer.#field) }
            }
            None => quote! { None },
        };
        let (first_page, set_page) = if pagination.page_required {
            (quote! { self.#page }, quote! { self.#page = page; })
        } else {
            (
                quote! { self.#page.unwrap_or(1) },
                quote! { self.#page = Some(page); },
            )
        };
        let page_size = if pagination.size_required {
            quote! { self.#size }
        } else {
            quote! { self.#size.unwrap_or(#default_size) }
        };
        let answer_ty = match &endpoint.response {
            ResponseItem::Json(ty) => public_ty(ty),
            _ => quote! { () },
        };
        quote! {
            impl crate::call::Paged for #name {
                type Item = #item_ty;
                #[inline]
                fn paging(&self) -> (i64, i64) {
                    (#first_page, #page_size)
                }
                #[inline]
                fn set_page(&mut self, page: i64) {
                    #set_page
                }
                #[inline]
                fn page(answer: #answer_ty) -> crate::runtime::pagination::Page<#item_ty> {
                    crate::runtime::pagination::Page { total: #total, items: #items }
                }
            }
        }
    });
    quote! {
        #struct_doc
        #[derive(Debug, Clone)]
        pub struct #name {
            #(#fields,)*
        }

        static #route: Route = Route::new(#id, reqwest::Method::#http_method, #path, &[#(#query_names),*], #served);

        impl Endpoint for #name {
            type Answer = #answer;
            type Body = #body_ty;
            #[inline]
            fn route() -> &'static Route {
                &#route
            }
            #[inline]
            fn write(&self, #request: &mut Request) {
                #(#path_fills)*
                #(#query_fills)*
            }
            #[inline]
            fn body(&self) -> Option<&#body_ty> {
                #body
            }
        }

        #paged
    }
}
