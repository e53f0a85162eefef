//! Small helpers shared by the emitters: identifiers, type tokens and doc attributes.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::ir::{Module, Name, NamedKind, Ty};
use crate::naming;
pub use crate::text::code;

/// The identifier for a Rust name as users write it (`type` → `r#type`).
pub fn ident(rust: &str) -> Ident {
    if naming::is_raw_keyword(rust) {
        Ident::new_raw(rust, Span::call_site())
    } else {
        Ident::new(rust, Span::call_site())
    }
}

/// The identifier the emitters print for a [`Name`]; the model itself holds only text.
pub trait NameIdent {
    /// The identifier to emit: raw (`r#type`) for a keyword that allows it.
    fn ident(&self) -> Ident;
}

impl NameIdent for Name {
    fn ident(&self) -> Ident {
        ident(&self.rust)
    }
}

/// `#[doc = "..."]` attributes, one per line of `text`; rendered as `///` comments.
pub fn doc(text: &str) -> TokenStream {
    let lines = text.trim_end().lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote! { #[doc = #line] }
    });
    quote! { #(#lines)* }
}

/// The Rust type of `ty`, with named types of `module_types` written bare and others through
/// `crate::types`.
pub fn ty_tokens(ty: &Ty, local: &dyn Fn(&str) -> bool) -> TokenStream {
    match ty {
        Ty::String => quote! { String },
        Ty::Bool => quote! { bool },
        Ty::I32 => quote! { i32 },
        Ty::I64 => quote! { i64 },
        Ty::U32 => quote! { u32 },
        Ty::U64 => quote! { u64 },
        Ty::F64 => quote! { f64 },
        Ty::Any => quote! { serde_json::Value },
        Ty::Array(inner) => {
            let inner = ty_tokens(inner, local);
            quote! { Vec<#inner> }
        }
        Ty::Map(inner) => {
            let inner = ty_tokens(inner, local);
            quote! { std::collections::BTreeMap<String, #inner> }
        }
        Ty::Named { name, .. } => {
            let name_ident = ident(name);
            if local(name) {
                quote! { #name_ident }
            } else {
                quote! { crate::types::#name_ident }
            }
        }
    }
}

/// The type always written through `crate::types` (for files outside the types module).
pub fn public_ty(ty: &Ty) -> TokenStream {
    ty_tokens(ty, &|_| false)
}

/// How a value of `ty` is taken as a method argument: `(parameter type, conversion)`.
/// Strings and enums take `impl Into<_>`, so `"demo"` and `String` both work.
pub fn argument(ty: &Ty, name: &Ident) -> (TokenStream, TokenStream) {
    match ty {
        Ty::String => (quote! { impl Into<String> }, quote! { #name.into() }),
        Ty::Named {
            kind: NamedKind::Enum,
            ..
        } => {
            let ty = public_ty(ty);
            (quote! { impl Into<#ty> }, quote! { #name.into() })
        }
        other => (public_ty(other), quote! { #name }),
    }
}

/// A `mod.rs` that declares one public submodule per module and re-exports it flat, each
/// with a doc line from `title`.
pub fn reexport_modules<'a>(
    file_doc: &str,
    modules: impl Iterator<Item = &'a Module>,
    title: impl Fn(&Module) -> String,
) -> TokenStream {
    let file_doc = file_doc.lines().map(|line| {
        let line = format!(" {line}");
        quote! { #![doc = #line] }
    });
    let modules = modules.map(|module| {
        let name = ident(&module.name);
        let title = doc(&title(module));
        let feature = feature_cfg(module);
        quote! {
            #title
            #feature
            pub mod #name;
            #feature
            pub use #name::*;
        }
    });
    quote! {
        #(#file_doc)*
        #(#modules)*
    }
}

/// `#[cfg(feature = "<module>")]`: each API module is a cargo feature of `zadig-api`
/// ([`super::features`]).
pub fn feature_cfg(module: &Module) -> TokenStream {
    let name = module.name.as_str();
    quote! { #[cfg(feature = #name)] }
}

/// A condition in words: `` `kind` is `byName` ``, `` `provider` is not `ecr` or empty ``.
pub fn condition_words(condition: &crate::ir::ConditionItem) -> String {
    let values = |values: &[String], joiner: &str| {
        values
            .iter()
            .map(|value| {
                if value.is_empty() {
                    "empty".to_owned()
                } else {
                    code(value)
                }
            })
            .collect::<Vec<_>>()
            .join(joiner)
    };
    let on = code(&condition.on.rust);
    match (condition.is.is_empty(), condition.is_not.is_empty()) {
        (false, _) => format!("{on} is {}", values(&condition.is, " or ")),
        (true, false) => format!("{on} is neither {}", values(&condition.is_not, " nor ")),
        (true, true) => format!("{on} is set"),
    }
}

/// What a parameter or field limited to some releases says about it, when its range is not
/// the whole of `outer` (its endpoint's, or every release for a field): `what` names what
/// those releases do with it (`read it`, `send or read this field`).
pub fn releases_note(
    served: &crate::release::Range,
    outer: &crate::release::Range,
    releases: &[crate::release::ReleaseName],
    what: &str,
) -> Option<String> {
    if served == outer {
        return None;
    }
    let words = served.describe(releases)?;
    Some(format!(
        "The Zadig releases that {what}: {words}; the others ignore it when it is sent."
    ))
}
