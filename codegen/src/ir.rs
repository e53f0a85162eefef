//! The intermediate model: the spec resolved and named for Rust.
//!
//! Lowering runs only on a validated spec. The model owns every naming and ordering decision,
//! so the emitters only print: modules are sorted by name, types keep the order of their spec
//! file, endpoints keep the order of their spec file.

use std::collections::BTreeMap;

use crate::load::LoadedSpec;
use crate::naming;
use crate::spec::{self, ExampleKind};
use crate::typeexpr::TypeExpr;

/// The whole API.
#[derive(Debug, Clone)]
pub struct Api {
    pub modules: Vec<Module>,
}

/// One spec file.
#[derive(Debug, Clone)]
pub struct Module {
    /// snake_case module name (`workflow`).
    pub name: String,
    pub title: String,
    pub description: Option<String>,
    /// `spec/workflow.yaml`, for generated headers.
    pub source: String,
    pub types: Vec<TypeItem>,
    pub endpoints: Vec<EndpointItem>,
}

/// A resolved type reference.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    String,
    Bool,
    I32,
    I64,
    U32,
    U64,
    F64,
    Any,
    Array(Box<Ty>),
    Map(Box<Ty>),
    /// A named spec type; its Rust name (global, re-exported from `crate::types`).
    Named {
        name: String,
        kind: NamedKind,
    },
}

/// What a named type is, as far as the emitters care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedKind {
    Struct,
    Enum,
    Union,
}

#[derive(Debug, Clone)]
pub struct TypeItem {
    pub name: String,
    pub doc: String,
    pub shape: Shape,
}

#[derive(Debug, Clone)]
pub enum Shape {
    Struct {
        fields: Vec<FieldItem>,
    },
    Enum {
        values: Vec<VariantItem>,
    },
    Union {
        tag: String,
        variants: Vec<UnionVariantItem>,
    },
}

#[derive(Debug, Clone)]
pub struct FieldItem {
    pub wire: String,
    /// The escaped Rust identifier (`r#type`).
    pub rust: String,
    /// The unescaped name, for derived method names (`with_type`).
    pub plain: String,
    pub ty: Ty,
    pub required: bool,
    pub nullable: bool,
    pub doc: String,
}

impl FieldItem {
    /// The field is an `Option` in Rust.
    pub fn is_option(&self) -> bool {
        !self.required || self.nullable
    }
}

#[derive(Debug, Clone)]
pub struct VariantItem {
    pub wire: String,
    pub rust: String,
    pub doc: String,
}

#[derive(Debug, Clone)]
pub struct UnionVariantItem {
    pub wire: String,
    pub rust: String,
    pub doc: Option<String>,
    /// The struct holding the variant's fields.
    pub ty: String,
}

#[derive(Debug, Clone)]
pub struct EndpointItem {
    pub id: String,
    /// The client method name (= id).
    pub method_name: String,
    /// The request builder's type name (`ListWorkflows`).
    pub builder: String,
    pub http_method: String,
    pub path: String,
    pub summary: String,
    pub description: Option<String>,
    pub doc_url: Option<String>,
    pub path_params: Vec<ParamItem>,
    pub query: Vec<ParamItem>,
    pub body: Option<BodyItem>,
    pub response: ResponseItem,
    pub pagination: Option<PaginationItem>,
    pub lacks_detail: bool,
    pub errata: Vec<spec::Erratum>,
    pub examples: Vec<ExampleItem>,
}

impl EndpointItem {
    /// Required query parameters, in spec order.
    pub fn required_query(&self) -> impl Iterator<Item = &ParamItem> {
        self.query.iter().filter(|param| param.required)
    }

    /// Optional query parameters, in spec order.
    pub fn optional_query(&self) -> impl Iterator<Item = &ParamItem> {
        self.query.iter().filter(|param| !param.required)
    }
}

#[derive(Debug, Clone)]
pub struct ParamItem {
    pub wire: String,
    pub rust: String,
    pub ty: Ty,
    pub required: bool,
    pub default: Option<String>,
    pub doc: String,
}

#[derive(Debug, Clone)]
pub struct BodyItem {
    pub ty: Ty,
    pub doc: Option<String>,
}

#[derive(Debug, Clone)]
pub enum ResponseItem {
    Json(Ty),
    Text,
    EventStream,
    Message,
    Empty,
}

#[derive(Debug, Clone)]
pub struct PaginationItem {
    /// Rust name of the page-number setter.
    pub page_param: String,
    pub page_required: bool,
    /// Rust name of the page-size field.
    pub size_param: String,
    pub size_required: bool,
    /// The server's page size when the caller sets none (unused when the size is required).
    pub default_size: i64,
    /// The item type and the response field holding it.
    pub item_ty: Ty,
    pub items_field: String,
    pub items_optional: bool,
    pub total_field: Option<(String, bool)>,
}

/// A documented example, with the type it decodes into.
#[derive(Debug, Clone)]
pub struct ExampleItem {
    pub name: String,
    pub kind: ExampleKind,
    pub status: Option<u16>,
    pub json: Option<serde_json::Value>,
    /// What the example decodes into; `None` for text payloads.
    pub target: Option<ExampleTarget>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExampleTarget {
    Type(Ty),
    ApiMessage,
    ApiError,
}

/// Lowers a validated spec.
pub fn lower(spec: &LoadedSpec) -> Api {
    let kinds: BTreeMap<&str, NamedKind> = spec
        .files
        .iter()
        .flat_map(|file| file.module.types.iter())
        .map(|(name, def)| {
            let kind = if def.struct_.is_some() {
                NamedKind::Struct
            } else if def.enum_.is_some() {
                NamedKind::Enum
            } else {
                NamedKind::Union
            };
            (name.as_str(), kind)
        })
        .collect();
    let structs: BTreeMap<&str, &spec::StructDef> = spec
        .files
        .iter()
        .flat_map(|file| file.module.types.iter())
        .filter_map(|(name, def)| def.struct_.as_ref().map(|s| (name.as_str(), s)))
        .collect();
    let resolve =
        |text: &str| -> Ty { to_ty(&TypeExpr::parse(text).unwrap_or(TypeExpr::Any), &kinds) };

    let mut modules: Vec<Module> = spec
        .files
        .iter()
        .map(|file| {
            let module = &file.module;
            let types = module
                .types
                .iter()
                .map(|(name, def)| lower_type(name, def, &resolve))
                .collect();
            let endpoints = module
                .endpoints
                .iter()
                .map(|endpoint| lower_endpoint(module, endpoint, &resolve, &structs))
                .collect();
            Module {
                name: module.module.clone(),
                title: module.title.clone(),
                description: module.description.clone(),
                source: file.display.clone(),
                types,
                endpoints,
            }
        })
        .collect();
    modules.sort_by(|a, b| a.name.cmp(&b.name));
    Api { modules }
}

fn to_ty(expr: &TypeExpr, kinds: &BTreeMap<&str, NamedKind>) -> Ty {
    match expr {
        TypeExpr::String => Ty::String,
        TypeExpr::Bool => Ty::Bool,
        TypeExpr::I32 => Ty::I32,
        TypeExpr::I64 => Ty::I64,
        TypeExpr::U32 => Ty::U32,
        TypeExpr::U64 => Ty::U64,
        TypeExpr::F64 => Ty::F64,
        TypeExpr::Any => Ty::Any,
        TypeExpr::Array(inner) => Ty::Array(Box::new(to_ty(inner, kinds))),
        TypeExpr::Map(inner) => Ty::Map(Box::new(to_ty(inner, kinds))),
        TypeExpr::Named(name) => Ty::Named {
            name: name.clone(),
            kind: kinds
                .get(name.as_str())
                .copied()
                .unwrap_or(NamedKind::Struct),
        },
    }
}

fn lower_type(name: &str, def: &spec::TypeDef, resolve: &impl Fn(&str) -> Ty) -> TypeItem {
    let shape = if let Some(struct_) = &def.struct_ {
        Shape::Struct {
            fields: struct_
                .fields
                .iter()
                .map(|field| {
                    let plain = field
                        .rust_name
                        .clone()
                        .unwrap_or_else(|| naming::snake(&field.name));
                    FieldItem {
                        wire: field.name.clone(),
                        rust: naming::escape(&plain),
                        plain,
                        ty: resolve(&field.ty),
                        required: field.required,
                        nullable: field.nullable,
                        doc: field.description.clone(),
                    }
                })
                .collect(),
        }
    } else if let Some(enum_) = &def.enum_ {
        Shape::Enum {
            values: enum_
                .values
                .iter()
                .map(|value| VariantItem {
                    wire: value.value.clone(),
                    rust: value
                        .rust_name
                        .clone()
                        .unwrap_or_else(|| naming::pascal(&value.value)),
                    doc: value.description.clone(),
                })
                .collect(),
        }
    } else {
        let union = def.union.as_ref();
        Shape::Union {
            tag: union.map(|u| u.tag.clone()).unwrap_or_default(),
            variants: union
                .map(|u| {
                    u.variants
                        .iter()
                        .map(|variant| UnionVariantItem {
                            wire: variant.value.clone(),
                            rust: variant
                                .rust_name
                                .clone()
                                .unwrap_or_else(|| naming::pascal(&variant.value)),
                            doc: variant.description.clone(),
                            ty: variant.ty.trim().to_owned(),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        }
    };
    TypeItem {
        name: name.to_owned(),
        doc: def.description.clone(),
        shape,
    }
}

fn lower_param(param: &spec::Param, resolve: &impl Fn(&str) -> Ty, path: bool) -> ParamItem {
    let plain = param
        .rust_name
        .clone()
        .unwrap_or_else(|| naming::snake(&param.name));
    ParamItem {
        wire: param.name.clone(),
        rust: naming::escape(&plain),
        ty: resolve(&param.ty),
        required: path || param.required,
        default: param.default.as_ref().map(yaml_scalar_text),
        doc: param.description.clone(),
    }
}

fn yaml_scalar_text(value: &serde_yaml::Value) -> String {
    match value {
        serde_yaml::Value::String(text) => text.clone(),
        other => serde_yaml::to_string(other)
            .map(|text| text.trim().to_owned())
            .unwrap_or_default(),
    }
}

fn lower_endpoint(
    module: &spec::ModuleFile,
    endpoint: &spec::Endpoint,
    resolve: &impl Fn(&str) -> Ty,
    structs: &BTreeMap<&str, &spec::StructDef>,
) -> EndpointItem {
    // Path parameters in the order their placeholders appear in the path.
    let order = crate::validate::parse_placeholders(&endpoint.path).unwrap_or_default();
    let mut path_params: Vec<ParamItem> = endpoint
        .path_params
        .iter()
        .map(|p| lower_param(p, resolve, true))
        .collect();
    path_params.sort_by_key(|param| {
        order
            .iter()
            .position(|name| *name == param.wire)
            .unwrap_or(usize::MAX)
    });
    let query: Vec<ParamItem> = endpoint
        .query
        .iter()
        .map(|p| lower_param(p, resolve, false))
        .collect();
    let response = match &endpoint.response {
        spec::Response::Json(text) => ResponseItem::Json(resolve(text)),
        spec::Response::Text => ResponseItem::Text,
        spec::Response::EventStream => ResponseItem::EventStream,
        spec::Response::Message => ResponseItem::Message,
        spec::Response::Empty => ResponseItem::Empty,
    };
    let doc_url = if endpoint.doc.starts_with("http://") || endpoint.doc.starts_with("https://") {
        Some(endpoint.doc.clone())
    } else {
        module
            .doc
            .as_ref()
            .map(|base| format!("{base}{}", endpoint.doc))
    };
    let pagination = endpoint.pagination.as_ref().and_then(|pagination| {
        let param_of = |wire: &str| query.iter().find(|param| param.wire == wire);
        let page_param = param_of(&pagination.page)?;
        let size_param = param_of(&pagination.size)?;
        let default_size = endpoint
            .query
            .iter()
            .find(|param| param.name == pagination.size)
            .and_then(|param| param.default.as_ref())
            .and_then(serde_yaml::Value::as_i64)
            .unwrap_or(0);
        let response_struct = match &endpoint.response {
            spec::Response::Json(text) => structs.get(text.trim()).copied()?,
            _ => return None,
        };
        let field_of = |wire: &str| {
            response_struct
                .fields
                .iter()
                .find(|field| field.name == wire)
        };
        let items = field_of(&pagination.items)?;
        let item_ty = match resolve(&items.ty) {
            Ty::Array(inner) => *inner,
            _ => return None,
        };
        let rust_field = |field: &spec::Field| {
            naming::escape(
                &field
                    .rust_name
                    .clone()
                    .unwrap_or_else(|| naming::snake(&field.name)),
            )
        };
        Some(PaginationItem {
            page_param: page_param.rust.clone(),
            page_required: page_param.required,
            size_param: size_param.rust.clone(),
            size_required: size_param.required,
            default_size,
            item_ty,
            items_field: rust_field(items),
            items_optional: !items.required || items.nullable,
            total_field: pagination
                .total
                .as_deref()
                .and_then(field_of)
                .map(|field| (rust_field(field), !field.required || field.nullable)),
        })
    });
    let examples = endpoint
        .examples
        .iter()
        .map(|example| {
            let target = match (&example.json, example.kind) {
                (None, _) => None,
                (Some(_), _) if example.ty.is_some() => example
                    .ty
                    .as_deref()
                    .map(|ty| ExampleTarget::Type(resolve(ty))),
                (Some(_), ExampleKind::Request) => endpoint
                    .body
                    .as_ref()
                    .map(|body| ExampleTarget::Type(resolve(&body.ty))),
                (Some(_), ExampleKind::Error) => Some(ExampleTarget::ApiError),
                (Some(_), ExampleKind::Response) => match &response {
                    ResponseItem::Json(ty) => Some(ExampleTarget::Type(ty.clone())),
                    ResponseItem::Message => Some(ExampleTarget::ApiMessage),
                    _ => None,
                },
            };
            ExampleItem {
                name: example.name.clone(),
                kind: example.kind,
                status: example.status,
                json: example.json.clone(),
                target,
            }
        })
        .collect();
    EndpointItem {
        id: endpoint.id.clone(),
        method_name: naming::escape(&endpoint.id),
        builder: naming::pascal(&endpoint.id),
        http_method: endpoint.method.clone(),
        path: endpoint.path.clone(),
        summary: endpoint.summary.trim().to_owned(),
        description: endpoint.description.clone(),
        doc_url,
        path_params,
        query,
        body: endpoint.body.as_ref().map(|body| BodyItem {
            ty: resolve(&body.ty),
            doc: body.description.clone(),
        }),
        response,
        pagination,
        lacks_detail: endpoint.lacks_detail,
        errata: endpoint.errata.clone(),
        examples,
    }
}
