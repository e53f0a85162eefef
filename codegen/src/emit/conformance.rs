//! Emits the conformance tests: every endpoint called once through the async client and once
//! through the blocking client against a local server.
//!
//! The expected request is worked out here, from the spec, independently of the runtime: the
//! path with each parameter percent-encoded by [`encode_segment`], the query pairs in spec
//! order, the JSON body. Arguments are sample values chosen to exercise encoding (a `/`, a `?`
//! and a space in every string path parameter). Bodies and answers are the documented examples
//! where the spec has them, and otherwise a sample built from the types, with every field set.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{Map, Value, json};

use super::rust::{NameIdent, feature_cfg, public_ty};
use crate::ir::{
    Api, EndpointItem, ExampleTarget, NamedKind, ParamItem, ResponseItem, Shape, Ty, TypeItem,
};
use crate::release::ReleaseName;
use crate::spec::ExampleKind;

/// `conformance.rs`.
pub fn emit(api: &Api) -> TokenStream {
    let types = api.types();
    let tests = api.modules.iter().flat_map(|module| {
        let feature = feature_cfg(module);
        let types = &types;
        module
            .endpoints
            .iter()
            .map(move |endpoint| emit_endpoint(endpoint, types, &feature, &api.releases))
    });
    let tests: Vec<TokenStream> = tests.collect();
    // Allowed unused: the tests sit behind their modules' features.
    let imports = (!tests.is_empty()).then(|| {
        quote! {
            #[allow(unused_imports)]
            use crate::runtime::conformance::{Exchange, Reply};
        }
    });
    quote! {
        //! Conformance tests: each endpoint through both clients against a local server.
        #![allow(clippy::too_many_lines)]

        #imports

        #(#tests)*
    }
}

/// One call of an endpoint with sample arguments, as the client makes it and as it must
/// arrive: shared by the client's conformance tests and the mock's.
pub(super) struct SampleCall {
    /// The path as it must arrive, each parameter percent-encoded.
    pub(super) path: String,
    /// The query pairs as they must arrive, decoded, in spec order.
    pub(super) query: Vec<(String, String)>,
    /// The client method's arguments, in call order, the body last.
    pub(super) arguments: Vec<TokenStream>,
    /// `.setter(value)` for each optional query parameter of the client's call.
    pub(super) setters: Vec<TokenStream>,
    /// `.setter(value)` for every path and query parameter: the mock's matchers.
    pub(super) matchers: Vec<TokenStream>,
    /// The JSON body as it must arrive.
    pub(super) body_json: Option<Value>,
    /// An expression that builds the body value.
    pub(super) body_value: Option<TokenStream>,
}

/// The sample call of `endpoint`. Arguments are chosen to exercise encoding (a `/`, a `?` and
/// a space in every string path parameter); the body is the documented example where the spec
/// has one, and otherwise a sample built from its type.
pub(super) fn sample_call(
    endpoint: &EndpointItem,
    types: &BTreeMap<&str, &TypeItem>,
    template: &str,
) -> SampleCall {
    // The path as it must arrive at `template` (the path of the release called), and the
    // arguments that produce it (by wire name, put in the call-order rule's order below). A
    // path parameter the template does not name is an argument that is not sent.
    let mut path = template.to_owned();
    let mut by_name = BTreeMap::new();
    let mut matchers = Vec::new();
    let placeholder = |wire: &str| format!("{{{wire}}}");
    for param in &endpoint.path_params {
        let (argument, text) = path_sample(param);
        if template.contains(&placeholder(&param.name.wire)) {
            path = path.replace(&placeholder(&param.name.wire), &encode_segment(&text));
            let setter = param.name.ident();
            matchers.push(quote! { .#setter(#argument) });
        }
        by_name.insert(param.name.wire.as_str(), argument);
    }
    let mut query: Vec<(String, String)> = Vec::new();
    let mut setters = Vec::new();
    for param in &endpoint.query {
        let (argument, texts) = query_sample(param, types);
        let setter = param.name.ident();
        if template.contains(&placeholder(&param.name.wire)) {
            // An older path that takes this query parameter as a segment.
            if let Some(text) = texts.first() {
                path = path.replace(&placeholder(&param.name.wire), &encode_segment(text));
            }
        } else {
            for text in texts {
                query.push((param.name.wire.clone(), text));
            }
            matchers.push(quote! { .#setter(#argument) });
        }
        if param.required {
            by_name.insert(param.name.wire.as_str(), argument);
        } else {
            setters.push(quote! { .#setter(#argument) });
        }
    }
    let mut arguments: Vec<TokenStream> = endpoint
        .positional
        .iter()
        .filter_map(|param| by_name.remove(param.name.wire.as_str()))
        .collect();

    let body_json = endpoint.body.as_ref().map(|body| {
        let example = endpoint.examples.iter().find(|example| {
            example.kind == ExampleKind::Request
                && example.target == Some(ExampleTarget::Type(body.ty.clone()))
        });
        // The example as the client writes it: docs spellings read through aliases come out
        // under the fields' own names.
        // Defaulted fields the example leaves out go out as their zero values, as Go would
        // read them.
        match example.and_then(|example| example.json.as_ref()) {
            Some(json) => with_zero_values(
                &super::json_values::canonical(json, &body.ty, types),
                &body.ty,
                types,
            ),
            None => super::json_values::sample(&body.ty, types, 0),
        }
    });
    let body_value = match (&endpoint.body, &body_json) {
        (Some(body), Some(json)) => {
            let ty = public_ty(&body.ty);
            let text = json.to_string();
            Some(quote! {
                match serde_json::from_str::<#ty>(#text) {
                    Ok(body) => body,
                    Err(err) => panic!("the sample body does not decode: {err}"),
                }
            })
        }
        _ => None,
    };
    if let Some(body) = &body_value {
        arguments.push(body.clone());
    }
    SampleCall {
        path,
        query,
        arguments,
        setters,
        matchers,
        body_json,
        body_value,
    }
}

/// The JSON answer of an endpoint that answers `ty`: the documented example where the spec
/// has one, and otherwise a sample built from the type.
pub(super) fn reply_json(
    endpoint: &EndpointItem,
    ty: &Ty,
    types: &BTreeMap<&str, &TypeItem>,
) -> Value {
    let example = endpoint.examples.iter().find(|example| {
        example.kind == ExampleKind::Response
            && example.target == Some(ExampleTarget::Type(ty.clone()))
    });
    example
        .and_then(|example| example.json.as_ref())
        .map(|json| super::json_values::canonical(json, ty, types))
        .unwrap_or_else(|| super::json_values::sample(ty, types, 0))
}

/// The tests of one endpoint: through both clients configured for the newest release that
/// serves it, at that release's path; and, for each older path of a route that moved, through
/// the async client configured for the last release that serves it there.
fn emit_endpoint(
    endpoint: &EndpointItem,
    types: &BTreeMap<&str, &TypeItem>,
    feature: &TokenStream,
    releases: &[ReleaseName],
) -> TokenStream {
    let forms = endpoint.forms(releases);
    let Some((newest, older)) = forms.split_last() else {
        // A spec without facts: every call is served as the latest release.
        return emit_form(endpoint, types, feature, &endpoint.path, None, None);
    };
    let mut tests = vec![emit_form(
        endpoint,
        types,
        feature,
        &newest.path,
        newest.releases.last().copied(),
        None,
    )];
    for form in older {
        let release = form.releases.last().copied();
        tests.push(emit_form(
            endpoint, types, feature, &form.path, release, release,
        ));
    }
    quote! { #(#tests)* }
}

/// The tests of `endpoint` at `template`, with the clients configured for `release` (the
/// latest when `None`); `older` names the test after the release of an older path, and
/// leaves out the blocking client's test.
fn emit_form(
    endpoint: &EndpointItem,
    types: &BTreeMap<&str, &TypeItem>,
    feature: &TokenStream,
    template: &str,
    release: Option<ReleaseName>,
    older: Option<ReleaseName>,
) -> TokenStream {
    let method = &endpoint.http_method;
    let method_ident = endpoint.method.ident();
    let SampleCall {
        path,
        query,
        arguments,
        setters,
        body_json,
        ..
    } = sample_call(endpoint, types, template);
    let release = match release {
        Some(release) => {
            let name = super::releases::constant(release);
            quote! { crate::Release::#name }
        }
        None => quote! { crate::Release::LATEST },
    };
    // The setters keep spec order for the query string.
    let query_pairs = query.iter().map(|(name, value)| quote! { (#name, #value) });
    let body_expected = match &body_json {
        Some(json) => {
            let text = json.to_string();
            quote! { Some(#text) }
        }
        None => quote! { None },
    };

    let (reply, check_async, check_blocking) = match &endpoint.response {
        ResponseItem::Json(ty) => {
            let text = reply_json(endpoint, ty, types).to_string();
            let check = quote! { exchange.verify_json(&value); };
            (quote! { Reply::Json(#text) }, check.clone(), check)
        }
        ResponseItem::Message => {
            let check = quote! { assert_eq!(value.message, "success"); };
            (
                quote! { Reply::Json(r#"{"message":"success"}"#) },
                check.clone(),
                check,
            )
        }
        ResponseItem::Text => {
            let check = quote! { assert_eq!(value, "first line\nsecond line\n"); };
            (
                quote! { Reply::Text("first line\nsecond line\n") },
                check.clone(),
                check,
            )
        }
        ResponseItem::EventStream => (
            quote! { Reply::EventStream("data: first line\n\ndata: second line\n\n") },
            quote! {
                let lines: Vec<String> = futures_util::TryStreamExt::try_collect(value).await.expect("the stream reads to its end");
                assert_eq!(lines, ["first line", "second line"]);
            },
            quote! {
                let lines: Vec<String> = value.collect::<crate::Result<_>>().expect("the stream reads to its end");
                assert_eq!(lines, ["first line", "second line"]);
            },
        ),
        ResponseItem::Empty => {
            let check = quote! { let () = value; };
            (quote! { Reply::Empty }, check.clone(), check)
        }
    };

    let async_name = match older {
        Some(release) => format_ident!(
            "{}_until_{}",
            endpoint.id,
            super::releases::constant(release)
                .to_string()
                .to_lowercase()
        ),
        None => format_ident!("{}", endpoint.id),
    };
    let blocking_name = format_ident!("{}_blocking", endpoint.id);
    let exchange = quote! {
        let exchange = Exchange {
            method: #method,
            path: #path,
            query: &[#(#query_pairs),*],
            body: #body_expected,
            reply: #reply,
            release: #release,
        };
    };
    let arguments_blocking = arguments.clone();
    let setters_blocking = setters.clone();
    let main = quote! {
        #feature
        #[tokio::test]
        async fn #async_name() {
            #exchange
            let server = exchange.server().await;
            let client = exchange.client(&server);
            let value = client.#method_ident(#(#arguments),*)#(#setters)*.send().await.expect("the call succeeds");
            exchange.verify_request(&server).await;
            #check_async
        }

    };
    let blocking = older.is_none().then(|| quote! {
        #feature
        #[cfg(feature = "blocking")]
        #[test]
        fn #blocking_name() {
            #exchange
            let runtime = crate::runtime::conformance::server_runtime();
            let server = runtime.block_on(exchange.server());
            let client = exchange.blocking_client(&server);
            let value = client.#method_ident(#(#arguments_blocking),*)#(#setters_blocking)*.send().expect("the call succeeds");
            runtime.block_on(exchange.verify_request(&server));
            #check_blocking
        }
    });
    quote! { #main #blocking }
}

/// The argument for a path parameter and the text it stands for.
fn path_sample(param: &ParamItem) -> (TokenStream, String) {
    match &param.ty {
        Ty::String => {
            let text = format!("{} a/b?c d", param.name.wire);
            (quote! { #text }, text)
        }
        Ty::Named {
            kind: NamedKind::Enum,
            ..
        } => {
            let text = format!("{} value", param.name.wire);
            (quote! { #text }, text)
        }
        other => scalar_sample(other),
    }
}

/// The argument for a query parameter and the values it puts in the query string.
fn query_sample(
    param: &ParamItem,
    types: &BTreeMap<&str, &TypeItem>,
) -> (TokenStream, Vec<String>) {
    match &param.ty {
        Ty::String => {
            let text = format!("{} value & more", param.name.wire);
            (quote! { #text }, vec![text])
        }
        Ty::Named {
            name,
            kind: NamedKind::Enum,
        } => {
            let text = first_enum_value(name, types);
            (quote! { #text }, vec![text])
        }
        Ty::Array(inner) => {
            let (first, first_text) = element_sample(inner, types, "first");
            let (second, second_text) = element_sample(inner, types, "second");
            (
                quote! { vec![#first, #second] },
                vec![first_text, second_text],
            )
        }
        other => {
            let (argument, text) = scalar_sample(other);
            (argument, vec![text])
        }
    }
}

fn element_sample(ty: &Ty, types: &BTreeMap<&str, &TypeItem>, word: &str) -> (TokenStream, String) {
    match ty {
        Ty::String => (quote! { #word.to_owned() }, word.to_owned()),
        Ty::Named {
            name,
            kind: NamedKind::Enum,
        } => {
            let text = first_enum_value(name, types);
            let ty = public_ty(ty);
            (quote! { #ty::from(#text) }, text)
        }
        other => scalar_sample(other),
    }
}

fn scalar_sample(ty: &Ty) -> (TokenStream, String) {
    match ty {
        Ty::Bool => (quote! { true }, "true".to_owned()),
        Ty::I32 => (quote! { 7i32 }, "7".to_owned()),
        Ty::I64 => (quote! { 7i64 }, "7".to_owned()),
        Ty::U32 => (quote! { 7u32 }, "7".to_owned()),
        Ty::U64 => (quote! { 7u64 }, "7".to_owned()),
        Ty::F64 => (quote! { 1.5f64 }, "1.5".to_owned()),
        _ => (quote! { "sample" }, "sample".to_owned()),
    }
}

fn first_enum_value(name: &str, types: &BTreeMap<&str, &TypeItem>) -> String {
    match types.get(name).map(|item| &item.shape) {
        Some(Shape::Enum { values }) => values
            .first()
            .map(|value| value.name.wire.clone())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// Percent-encodes `text` as one path segment: everything but RFC 3986's unreserved
/// characters. Written here, apart from the runtime's encoder, so the tests check it.
pub fn encode_segment(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// `value` as the client writes it after decoding it into `ty`: every defaulted field that is
/// absent or `null` is there with its zero value, through nested structs, arrays and maps.
fn with_zero_values(value: &Value, ty: &Ty, types: &BTreeMap<&str, &TypeItem>) -> Value {
    match (value, ty) {
        (Value::Array(items), Ty::Array(inner)) => Value::Array(
            items
                .iter()
                .map(|item| with_zero_values(item, inner, types))
                .collect(),
        ),
        (Value::Object(object), Ty::Map(inner)) => Value::Object(
            object
                .iter()
                .map(|(key, item)| (key.clone(), with_zero_values(item, inner, types)))
                .collect(),
        ),
        (Value::Object(object), Ty::Named { name, .. }) => {
            let fields = match types.get(name.as_str()).map(|item| &item.shape) {
                Some(Shape::Struct { fields }) => fields,
                // A union item is its variant's struct, with the tag beside its fields.
                Some(Shape::Union { tag, variants }) => {
                    let variant = object
                        .get(tag)
                        .and_then(Value::as_str)
                        .and_then(|value| variants.iter().find(|v| v.name.wire == value));
                    return match variant {
                        Some(variant) => {
                            let ty = Ty::Named {
                                name: variant.ty.clone(),
                                kind: crate::ir::NamedKind::Struct,
                            };
                            with_zero_values(value, &ty, types)
                        }
                        None => value.clone(),
                    };
                }
                _ => return value.clone(),
            };
            let mut out = Map::new();
            for (key, item) in object {
                let field = fields.iter().find(|field| field.name.wire == *key);
                let item = match field {
                    Some(field) if field.defaulted && item.is_null() => {
                        zero_value(&field.ty, types)
                    }
                    Some(field) => with_zero_values(item, &field.ty, types),
                    None => item.clone(),
                };
                out.insert(key.clone(), item);
            }
            for field in fields.iter().filter(|field| field.defaulted) {
                if !out.contains_key(&field.name.wire) {
                    out.insert(field.name.wire.clone(), zero_value(&field.ty, types));
                }
            }
            Value::Object(out)
        }
        _ => value.clone(),
    }
}

/// The JSON of `Default::default()` for `ty`, as the generated types write it.
fn zero_value(ty: &Ty, types: &BTreeMap<&str, &TypeItem>) -> Value {
    match ty {
        Ty::String => json!(""),
        Ty::Bool => json!(false),
        Ty::I32 | Ty::I64 | Ty::U32 | Ty::U64 => json!(0),
        Ty::F64 => json!(0.0),
        Ty::Any => Value::Null,
        Ty::Array(_) => json!([]),
        Ty::Map(_) => json!({}),
        Ty::Named { name, .. } => match types.get(name.as_str()).map(|item| &item.shape) {
            Some(Shape::Enum { .. }) => json!(""),
            Some(Shape::Struct { fields }) => Value::Object(
                fields
                    .iter()
                    .filter(|field| field.required || field.defaulted)
                    .map(|field| {
                        let value = if field.nullable {
                            Value::Null
                        } else {
                            zero_value(&field.ty, types)
                        };
                        (field.name.wire.clone(), value)
                    })
                    .collect(),
            ),
            _ => Value::Null,
        },
    }
}
