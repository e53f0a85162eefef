//! Emits the request and response types of one module.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::{
    NameIdent, code, condition_words, doc, ident, reexport_modules, releases_note, ty_tokens,
};
use crate::ir::{Api, FieldItem, Module, Shape, Ty, TypeItem, UnionVariantItem, VariantItem};
use crate::release::{Range, ReleaseName};
use crate::spec::Lifecycle;

/// `types/mod.rs`: one public submodule per spec module, all re-exported flat.
pub fn emit_mod(api: &Api) -> TokenStream {
    reexport_modules(
        "Request and response types, one submodule per API module, all re-exported here.",
        api.modules.iter().filter(|module| !module.types.is_empty()),
        |module| {
            if module.title.ends_with(" types") {
                format!("{}.", module.title)
            } else {
                format!("{} types.", module.title)
            }
        },
    )
}

/// `types/<module>.rs`.
pub fn emit_module(module: &Module, releases: &[ReleaseName]) -> TokenStream {
    let local = |name: &str| module.types.iter().any(|item| item.name == name);
    let items = module
        .types
        .iter()
        .map(|item| emit_type(item, &local, releases));
    let module_doc = module_doc(module);
    let imports = (!module.types.is_empty()).then(|| {
        quote! { use serde::{Deserialize, Deserializer, Serialize, Serializer}; }
    });
    quote! {
        #module_doc
        #imports
        #(#items)*
    }
}

fn module_doc(module: &Module) -> TokenStream {
    let mut text = format!("Types of the {} API.", module.title);
    if let Some(description) = &module.description {
        text.push_str("\n\n");
        text.push_str(description.trim());
    }
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote! { #![doc = #line] }
    });
    quote! { #(#lines)* }
}

fn emit_type(
    item: &TypeItem,
    local: &dyn Fn(&str) -> bool,
    releases: &[ReleaseName],
) -> TokenStream {
    match &item.shape {
        Shape::Struct { fields } => emit_struct(item, fields, local, releases),
        Shape::Enum { values } => emit_enum(item, values),
        Shape::Union { tag, variants } => emit_union(item, tag, variants, local),
    }
}

fn field_ty(field: &FieldItem, local: &dyn Fn(&str) -> bool) -> TokenStream {
    let ty = ty_tokens(&field.ty, local);
    if field.is_option() {
        quote! { Option<#ty> }
    } else {
        ty
    }
}

fn emit_struct(
    item: &TypeItem,
    fields: &[FieldItem],
    local: &dyn Fn(&str) -> bool,
    releases: &[ReleaseName],
) -> TokenStream {
    let name = ident(&item.name);
    let type_doc = doc(&item.doc);
    let unknown_doc = doc(
        "Fields the server sent that this version of the bindings does not model; they are \
         written back when the value is encoded, so a read-modify-write keeps them.",
    );
    // A struct with a zero value is read by the runtime's field table (`struct_serde`); one
    // without (a required field of a type that has none) keeps serde's derive.
    let table = item.has_default;
    let field_defs = fields.iter().map(|field| {
        let rust = field.name.ident();
        let ty = field_ty(field, local);
        let mut text = field.doc.trim_end().to_owned();
        if let Some(when) = &field.required_when {
            text.push_str(&format!(
                "\n\nRequired when {}: the server refuses a request without it then.",
                condition_words(when)
            ));
        }
        if let Some(note) = releases_note(
            &field.served,
            &Range::ALL,
            releases,
            "send or read this field",
        ) {
            text.push_str("\n\n");
            text.push_str(&note);
        }
        let field_doc = doc(&text);
        let serde = (!table).then(|| derive_attributes(field));
        quote! {
            #field_doc
            #serde
            pub #rust: #ty,
        }
    });

    // `new` takes the required fields; optional ones start as `None`.
    let required: Vec<&FieldItem> = fields.iter().filter(|field| field.required).collect();
    let new_params = required.iter().map(|field| {
        let rust = field.name.ident();
        match (&field.ty, field.nullable) {
            (Ty::String, false) => quote! { #rust: impl Into<String> },
            _ => {
                let ty = field_ty(field, local);
                quote! { #rust: #ty }
            }
        }
    });
    let initialisers = fields.iter().map(|field| {
        let rust = field.name.ident();
        if field.defaulted {
            quote! { #rust: Default::default() }
        } else if !field.required {
            quote! { #rust: None }
        } else if matches!(field.ty, Ty::String) && !field.nullable {
            quote! { #rust: #rust.into() }
        } else {
            quote! { #rust }
        }
    });
    // With a derived `Default` (every struct the field table reads), `new` sets the required
    // fields and leaves the rest to it, rather than spelling out every field's zero value.
    let new_body = if table && required.is_empty() {
        quote! { Self::default() }
    } else if table {
        let initialisers = fields
            .iter()
            .zip(initialisers)
            .filter(|(field, _)| field.required && !field.defaulted)
            .map(|(_, initialiser)| initialiser);
        quote! { Self { #(#initialisers,)* ..Self::default() } }
    } else {
        quote! { Self { #(#initialisers,)* unknown_fields: crate::types::UnknownFields::new() } }
    };
    let too_many = (required.len() > 7).then(|| quote! { #[allow(clippy::too_many_arguments)] });
    let new_doc = if required.is_empty() {
        format!(
            "Creates an empty `{}`: optional fields start as `None`, the others as their zero value.",
            item.name
        )
    } else {
        format!(
            "Creates a `{}` from its required fields; optional fields start as `None`, the others as their zero value.",
            item.name
        )
    };
    let new_doc = if item.sent {
        new_doc
    } else {
        format!("{new_doc} No request sends this type: change a field by assigning to it.")
    };
    let new_doc = doc(&new_doc);
    // Chaining setters where callers build the value (a request body holds it); the fields
    // are public, so a value only answers carry is changed by assigning to them.
    let setters = fields
        .iter()
        .filter(|field| item.sent && !field.required)
        .map(|field| {
            let rust = field.name.ident();
            let setter = format_ident!("with_{}", field.name.rust);
            let setter_doc = doc(&format!(
                "Sets {} and returns the value, for chaining.",
                code(&field.name.rust)
            ));
            let wrap = |value: TokenStream| {
                if field.defaulted {
                    value
                } else {
                    quote! { Some(#value) }
                }
            };
            match &field.ty {
                Ty::String => {
                    let value = wrap(quote! { value.into() });
                    quote! {
                        #setter_doc
                        pub fn #setter(mut self, value: impl Into<String>) -> Self {
                            self.#rust = #value;
                            self
                        }
                    }
                }
                other => {
                    let ty = ty_tokens(other, local);
                    let value = wrap(quote! { value });
                    quote! {
                        #setter_doc
                        #[inline]
                        pub fn #setter(mut self, value: #ty) -> Self {
                            self.#rust = #value;
                            self
                        }
                    }
                }
            }
        });
    let views = fields
        .iter()
        .filter(|field| !field.views.is_empty())
        .map(|field| {
            let rust = field.name.ident();
            let method = format_ident!("{}_as", field.name.rust);
            let known = field
                .views
                .iter()
                .map(|view| format!("[`{view}`]"))
                .collect::<Vec<_>>()
                .join(", ");
            let method_doc = doc(&format!(
                "Decodes {} as `T`, one of the types it is known to take: {known}. An absent value decodes as `null`.\n\n# Errors\n\n[`ErrorKind::Decode`](crate::ErrorKind::Decode) when the value does not fit `T`.",
                code(&field.name.rust)
            ));
            let value = if field.is_option() {
                quote! { self.#rust.as_ref() }
            } else {
                quote! { Some(&self.#rust) }
            };
            quote! {
                #method_doc
                pub fn #method<T: serde::de::DeserializeOwned>(&self) -> crate::Result<T> {
                    crate::runtime::model::decode_view(#value)
                }
            }
        });
    let (derives, flatten, serde_impls) = if table {
        (quote! { Default }, None, Some(struct_serde(item, fields)))
    } else {
        (
            quote! { Serialize, Deserialize },
            Some(quote! { #[serde(flatten)] }),
            None,
        )
    };
    quote! {
        #type_doc
        #[derive(Debug, Clone, PartialEq, #derives)]
        #[non_exhaustive]
        pub struct #name {
            #(#field_defs)*
            #unknown_doc
            #flatten
            pub unknown_fields: crate::types::UnknownFields,
        }

        #serde_impls

        impl #name {
            #new_doc
            #too_many
            #[inline]
            pub fn new(#(#new_params),*) -> Self {
                #new_body
            }

            #(#setters)*

            #(#views)*
        }
    }
}

/// The serde attributes of a field of a struct that keeps serde's derive: a rename only where
/// the wire name differs from the field's (serde names a field after its identifier, `r#type`
/// is `type`), its aliases, and how absence and `null` read.
fn derive_attributes(field: &FieldItem) -> Option<TokenStream> {
    let wire = &field.name.wire;
    let mut parts: Vec<TokenStream> = Vec::new();
    if *wire != field.name.rust.trim_start_matches("r#") {
        parts.push(quote! { rename = #wire });
    }
    parts.extend(field.aliases.iter().map(|alias| quote! { alias = #alias }));
    if field.defaulted {
        // Always written, as Go writes it; absent or `null` reads as the zero value.
        parts.push(quote! { default, deserialize_with = "crate::runtime::model::null_as_default" });
    } else if !field.required {
        parts.push(quote! { default, skip_serializing_if = "Option::is_none" });
    }
    (!parts.is_empty()).then(|| quote! { #[serde(#(#parts),*)] })
}

/// A struct's `Serialize` and `Deserialize`, field by field over the runtime's struct reader
/// (`runtime::model::read_struct`) rather than serde's derive, whose expansion (a field enum,
/// a visitor, a wrapper per `null`-tolerant field, the flattened catch-all) made most of the
/// crate's build time; each field is one plain call (`runtime::model::Writer` on writing, one
/// reader per arm on reading), never a `?`. Known fields are written in order (an `Option` only
/// when set), then the unknown ones; on reading, a field the server always sends takes `null` as its zero value,
/// an absent required field is an error, and any other key lands in `unknown_fields`.
fn struct_serde(item: &TypeItem, fields: &[FieldItem]) -> TokenStream {
    let name = ident(&item.name);
    let type_name = &item.name;
    let writes = fields.iter().map(|field| {
        let rust = field.name.ident();
        let wire = &field.name.wire;
        if !field.required && !field.defaulted {
            quote! { map.some(#wire, &self.#rust); }
        } else {
            quote! { map.entry(#wire, &self.#rust); }
        }
    });
    let mut required = Vec::new();
    // Each arm is one reader call whose value is the function's: no `?`, no `return`.
    let arms: Vec<TokenStream> = fields
        .iter()
        .map(|field| {
            let rust = field.name.ident();
            let wire = &field.name.wire;
            let aliases = &field.aliases;
            if field.required && !field.is_option() {
                let index = u32::try_from(required.len()).unwrap_or(u32::MAX);
                required.push(wire.clone());
                quote! { #wire #(| #aliases)* => required(map, &mut self.#rust, #index), }
            } else if field.defaulted {
                quote! { #wire #(| #aliases)* => or_default(map, &mut self.#rust), }
            } else {
                quote! { #wire #(| #aliases)* => value(map, &mut self.#rust), }
            }
        })
        .collect();
    let helpers = [
        (!required.is_empty()).then(|| quote! { required }),
        fields
            .iter()
            .any(|field| field.defaulted)
            .then(|| quote! { or_default }),
        fields
            .iter()
            .any(|field| !field.defaulted && (!field.required || field.is_option()))
            .then(|| quote! { value }),
    ];
    let helpers = helpers.iter().flatten();
    let read = if arms.is_empty() {
        quote! {
            let _ = (key, map);
            Ok(crate::runtime::model::Slot::Unknown)
        }
    } else {
        quote! {
            use crate::runtime::model::{Slot, #(#helpers),*};
            match key {
                #(#arms)*
                _ => Ok(Slot::Unknown),
            }
        }
    };
    let writes: Vec<TokenStream> = writes.collect();
    let write = if writes.is_empty() {
        quote! { crate::runtime::model::Writer::new(serializer)?.end(&self.unknown_fields) }
    } else {
        quote! {
            let mut map = crate::runtime::model::Writer::new(serializer)?;
            #(#writes)*
            map.end(&self.unknown_fields)
        }
    };
    let required = (!required.is_empty())
        .then(|| quote! { const REQUIRED: &'static [&'static str] = &[#(#required),*]; });
    quote! {
        impl Serialize for #name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #write
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::runtime::model::read_struct(deserializer)
            }
        }

        impl crate::runtime::model::Fields for #name {
            const NAME: &'static str = #type_name;
            #required

            fn read<'de, A: serde::de::MapAccess<'de>>(
                &mut self,
                key: &str,
                map: &mut A,
            ) -> Result<crate::runtime::model::Slot, A::Error> {
                #read
            }

            #[inline]
            fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
                &mut self.unknown_fields
            }
        }
    }
}

/// An open string enum. Its small conversions are `#[inline]`, as the struct's
/// `unknown_fields`: compiled where they are used (decoding is generic), not in every build
/// of the crate.
fn emit_enum(item: &TypeItem, values: &[VariantItem]) -> TokenStream {
    let name = ident(&item.name);
    let type_doc = doc(&format!(
        "{}\n\nThe set of values is open: a value this version does not know decodes to\n[`{}::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).",
        item.doc.trim_end(),
        item.name
    ));
    let variants = values.iter().map(|value| {
        let variant = value.name.ident();
        let variant_doc = doc(&format!("{}: {}", code(&value.name.wire), value.doc.trim()));
        quote! { #variant_doc #variant, }
    });
    let as_str_arms = values.iter().map(|value| {
        let variant = value.name.ident();
        let wire = &value.name.wire;
        quote! { Self::#variant => #wire, }
    });
    let from_arms = values.iter().map(|value| {
        let variant = value.name.ident();
        let wire = &value.name.wire;
        quote! { #wire => Self::#variant, }
    });
    let is_final = emit_is_final(values);
    quote! {
        #type_doc
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value this version of the bindings does not know; it keeps the text.
            Unknown(crate::types::UnknownValue),
        }

        impl #name {
            /// The value as it is written on the wire.
            #[inline]
            pub fn as_str(&self) -> &str {
                match self {
                    #(#as_str_arms)*
                    Self::Unknown(value) => value.as_str(),
                }
            }

            #is_final
        }

        /// The empty string, Go's zero value for a string type: the variant spelt `""` if there
        /// is one, else an unknown empty value.
        impl Default for #name {
            #[inline]
            fn default() -> Self {
                Self::from("")
            }
        }

        impl From<&str> for #name {
            #[inline]
            fn from(value: &str) -> Self {
                match value {
                    #(#from_arms)*
                    other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
                }
            }
        }

        impl From<String> for #name {
            /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
            #[inline]
            fn from(value: String) -> Self {
                match Self::from(value.as_str()) {
                    Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
                    known => known,
                }
            }
        }

        impl std::str::FromStr for #name {
            type Err = std::convert::Infallible;

            #[inline]
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for #name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map(Self::from)
            }
        }
    }
}

/// `is_final()` for an enum whose values say where they sit in a run's life; nothing otherwise.
fn emit_is_final(values: &[VariantItem]) -> TokenStream {
    let with = |lifecycle: Lifecycle| -> Vec<&VariantItem> {
        values
            .iter()
            .filter(|value| value.lifecycle == Some(lifecycle))
            .collect()
    };
    let (ended, running) = (with(Lifecycle::Final), with(Lifecycle::InProgress));
    if ended.is_empty() && running.is_empty() {
        return TokenStream::new();
    }
    let list = |values: &[&VariantItem]| {
        values
            .iter()
            .map(|value| code(&value.name.wire))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let method_doc = doc(&format!(
        "Whether a run in this state has ended: `Some(true)` for {}; `Some(false)` for {}; `None` for the other values and for unknown ones, which the spec does not place.",
        list(&ended),
        list(&running)
    ));
    let arms = [
        (ended, quote! { Some(true) }),
        (running, quote! { Some(false) }),
    ]
    .into_iter()
    .filter(|(values, _)| !values.is_empty())
    .map(|(values, answer)| {
        let variants = values.iter().map(|value| {
            let variant = value.name.ident();
            quote! { Self::#variant }
        });
        quote! { #(#variants)|* => #answer, }
    });
    quote! {
        #method_doc
        pub fn is_final(&self) -> Option<bool> {
            match self {
                #(#arms)*
                _ => None,
            }
        }
    }
}

fn emit_union(
    item: &TypeItem,
    tag: &str,
    variants: &[UnionVariantItem],
    local: &dyn Fn(&str) -> bool,
) -> TokenStream {
    let name = ident(&item.name);
    let type_doc = doc(&format!(
        "{}\n\nThe field {} selects the variant. A tag this version does not know decodes to\n[`{}::Unknown`], which keeps the whole object.",
        item.doc.trim_end(),
        code(tag),
        item.name
    ));
    let variant_defs = variants.iter().map(|variant| {
        let rust = variant.name.ident();
        let ty = ty_tokens(
            &Ty::Named {
                name: variant.ty.clone(),
                kind: crate::ir::NamedKind::Struct,
            },
            local,
        );
        let text = match &variant.doc {
            Some(text) => format!(
                "{} = {}: {}",
                code(tag),
                code(&variant.name.wire),
                text.trim()
            ),
            None => format!("{} = {}.", code(tag), code(&variant.name.wire)),
        };
        let variant_doc = doc(&text);
        quote! { #variant_doc #rust(#ty), }
    });
    let tag_arms = variants.iter().map(|variant| {
        let rust = variant.name.ident();
        let wire = &variant.name.wire;
        quote! { Self::#rust(_) => #wire, }
    });
    let serialize_arms = variants.iter().map(|variant| {
        let rust = variant.name.ident();
        let wire = &variant.name.wire;
        quote! { Self::#rust(value) => crate::runtime::model::serialize_tagged(serializer, #tag, #wire, value), }
    });
    let deserialize_arms = variants.iter().map(|variant| {
        let rust = variant.name.ident();
        let wire = &variant.name.wire;
        let keep_tag = variant.declares_tag;
        quote! { #wire => crate::runtime::model::from_object(object, #tag, #keep_tag).map(Self::#rust), }
    });
    let from_impls = variants.iter().map(|variant| {
        let rust = variant.name.ident();
        let ty = ty_tokens(
            &Ty::Named {
                name: variant.ty.clone(),
                kind: crate::ir::NamedKind::Struct,
            },
            local,
        );
        quote! {
            impl From<#ty> for #name {
                #[inline]
                fn from(value: #ty) -> Self {
                    Self::#rust(value)
                }
            }
        }
    });
    quote! {
        #type_doc
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #(#variant_defs)*
            /// A variant this version of the bindings does not know; it keeps the JSON object.
            Unknown(crate::types::UnknownVariant),
        }

        impl #name {
            /// The tag value on the wire.
            pub fn tag(&self) -> &str {
                match self {
                    #(#tag_arms)*
                    Self::Unknown(value) => value.tag(),
                }
            }
        }

        #(#from_impls)*

        impl Serialize for #name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(#serialize_arms)*
                    Self::Unknown(value) => value.as_json().serialize(serializer),
                }
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let (tag, object) = crate::runtime::model::deserialize_tagged(deserializer, #tag)?;
                match tag.as_str() {
                    #(#deserialize_arms)*
                    _ => Ok(Self::Unknown(crate::types::UnknownVariant::new(tag, object))),
                }
            }
        }
    }
}
