//! The releases the bindings know, as constants of the runtime's `Release`: one per release of
//! the spec's facts, [`Release::KNOWN`] in order and [`Release::LATEST`], the default.
//!
//! [`Release::KNOWN`]: https://docs.rs/zadig-api/latest/zadig_api/struct.Release.html
//! [`Release::LATEST`]: https://docs.rs/zadig-api/latest/zadig_api/struct.Release.html

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::doc;
use crate::ir::Api;
use crate::release::ReleaseName;

/// `releases.rs`.
pub fn emit(api: &Api) -> TokenStream {
    let latest = api.latest_release();
    let constants = api.releases.iter().filter_map(|release| {
        let ReleaseName::Tag {
            major,
            minor,
            patch,
        } = *release
        else {
            return None;
        };
        let name = constant(*release);
        let words = if Some(*release) == latest {
            format!("Zadig {release}, the latest release the bindings know.")
        } else {
            format!("Zadig {release}.")
        };
        let doc = doc(&words);
        let [major, minor, patch] = [major, minor, patch].map(proc_macro2::Literal::u32_unsuffixed);
        Some(quote! {
            #doc
            pub const #name: Release = Release::new(#major, #minor, #patch);
        })
    });
    let known = api.releases.iter().map(|release| match release {
        ReleaseName::Main => quote! { Release::MAIN },
        tag => {
            let name = constant(*tag);
            quote! { Release::#name }
        }
    });
    let latest = match latest {
        Some(release) => {
            let name = constant(release);
            quote! { Release::#name }
        }
        None => quote! { Release::MAIN },
    };
    let listed = api
        .releases
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let known_doc = doc(&format!(
        "Every release the bindings know, oldest first, the development branch last: {}.",
        if listed.is_empty() { "none" } else { &listed }
    ));
    quote! {
        //! The Zadig releases whose server source the spec was checked against.
        use crate::Release;

        impl Release {
            #(#constants)*
            #known_doc
            pub const KNOWN: &'static [Release] = &[#(#known),*];
            /// The latest release the bindings know: what a client without a configured
            /// release talks to.
            pub const LATEST: Release = #latest;
        }
    }
}

/// `V4_2_0` for v4.2.0.
pub fn constant(release: ReleaseName) -> proc_macro2::Ident {
    match release {
        ReleaseName::Tag {
            major,
            minor,
            patch,
        } => format_ident!("V{major}_{minor}_{patch}"),
        ReleaseName::Main => format_ident!("MAIN"),
    }
}

/// The availability of an item as a `Availability` value of the runtime: its releases and
/// the older paths of a route that moved. `krate` is how the generated code names `zadig-api`
/// (`crate` inside it, `zadig_api` in the mock).
pub fn availability(
    krate: &TokenStream,
    served: &crate::release::Range,
    older_paths: &[crate::ir::OlderPath],
) -> TokenStream {
    let release = |release: Option<ReleaseName>| match release {
        Some(release) => {
            let name = constant(release);
            quote! { Some(#krate::Release::#name) }
        }
        None => quote! { None },
    };
    if served.since.is_none() && served.until.is_none() && older_paths.is_empty() {
        return quote! { #krate::release::Availability::ALL };
    }
    let since = release(served.since);
    let until = release(served.until);
    let older = older_paths.iter().map(|form| {
        let until = constant(form.until);
        let path = &form.path;
        quote! { (#krate::Release::#until, #path) }
    });
    quote! {
        #krate::release::Availability {
            since: #since,
            until: #until,
            older_paths: &[#(#older),*],
        }
    }
}
