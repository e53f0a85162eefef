//! Checks the meaning of a loaded spec across all its files.
//!
//! Every problem is collected (not only the first), and each names the file and the endpoint,
//! type or field, says what is wrong and, where it helps, how to fix it.

use std::collections::{BTreeMap, BTreeSet};

use indexmap::IndexMap;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::examples::{self, TypeIndex};
use crate::load::{LoadedSpec, SpecFile};
use crate::naming;
use crate::spec::{Endpoint, ExampleKind, Field, Param, Response, TypeDef};
use crate::typeexpr::TypeExpr;

/// HTTP methods an endpoint may use.
pub const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE"];

/// Builder methods that every generated request builder has; parameters cannot take these names.
pub const RESERVED_BUILDER_METHODS: &[&str] = &["send", "timeout", "retry", "items", "new"];

/// Type names the runtime already exports from `zadig_api::types`.
pub const RESERVED_TYPE_NAMES: &[&str] = &[
    "ApiMessage",
    "UnknownValue",
    "UnknownVariant",
    "ApiErrorBody",
];

/// Validates `spec`; `Err` holds every problem found.
pub fn validate(spec: &LoadedSpec) -> Result<(), Diagnostics> {
    let mut checker = Checker::new(spec);
    checker.run();
    checker.diagnostics.into_result()
}

struct Checker<'a> {
    spec: &'a LoadedSpec,
    /// First definition of each type name, with the file that defines it.
    types: TypeIndex<'a>,
    type_files: IndexMap<&'a str, &'a str>,
    diagnostics: Diagnostics,
}

impl<'a> Checker<'a> {
    fn new(spec: &'a LoadedSpec) -> Self {
        Self {
            spec,
            types: IndexMap::new(),
            type_files: IndexMap::new(),
            diagnostics: Diagnostics::default(),
        }
    }

    fn error(
        &mut self,
        file: &str,
        location: impl Into<String>,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        self.diagnostics
            .push(Diagnostic::new(file, location, message));
        self.diagnostics.0.last_mut().expect("just pushed")
    }

    fn run(&mut self) {
        self.index_types();
        for file in &self.spec.files {
            self.check_file_header(file);
            for (name, def) in &file.module.types {
                self.check_type(file, name, def);
            }
        }
        self.check_endpoints();
    }

    /// Records every type name; a second definition is an error naming both files.
    fn index_types(&mut self) {
        let mut pascal_names: BTreeMap<String, (&'a str, &'a str)> = BTreeMap::new();
        for file in &self.spec.files {
            for (name, def) in &file.module.types {
                if let Some(first) = self.type_files.get(name.as_str()) {
                    let first = first.to_string();
                    self.error(&file.display, format!("type `{name}`"), format!("type `{name}` is already defined in {first}"))
                        .help = Some("type names are global across spec files; reuse the existing type or rename this one".into());
                    continue;
                }
                if RESERVED_TYPE_NAMES.contains(&name.as_str()) {
                    self.error(
                        &file.display,
                        format!("type `{name}`"),
                        format!("`{name}` is provided by the runtime"),
                    )
                    .help = Some("rename the type".into());
                }
                let lowered = name.to_ascii_lowercase();
                if let Some((other, other_file)) = pascal_names.get(&lowered) {
                    let message =
                        format!("type `{name}` differs from `{other}` ({other_file}) only in case");
                    self.error(&file.display, format!("type `{name}`"), message)
                        .help =
                        Some("generated file and doc names would collide; rename one".into());
                } else {
                    pascal_names.insert(lowered, (name.as_str(), file.display.as_str()));
                }
                self.types.insert(name.as_str(), def);
                self.type_files.insert(name.as_str(), file.display.as_str());
            }
        }
    }

    fn check_file_header(&mut self, file: &SpecFile) {
        let module = &file.module;
        if module.module != file.stem {
            let message = format!(
                "module `{}` does not match the file name `{}`",
                module.module, file.stem
            );
            self.error(&file.display, "module", message).help =
                Some(format!("set `module: {}` or rename the file", file.stem));
        }
        if !naming::is_snake_case(&module.module) {
            self.error(
                &file.display,
                "module",
                format!("module name `{}` is not snake_case", module.module),
            );
        }
        for (index, unserved) in module.unserved.iter().enumerate() {
            if !METHODS.contains(&unserved.method.as_str()) {
                let message = format!("invalid method `{}`", unserved.method);
                self.error(&file.display, format!("unserved[{index}]"), message)
                    .help = Some(format!("use one of {}", METHODS.join(", ")));
            }
        }
    }

    /// Parses a type expression and checks that the names it uses exist.
    fn resolve(&mut self, file: &str, location: &str, text: &str) -> Option<TypeExpr> {
        match TypeExpr::parse(text) {
            Err(message) => {
                self.error(file, location, message);
                None
            }
            Ok(ty) => {
                if let Some(name) = ty.named()
                    && !self.types.contains_key(name)
                {
                    let message = format!("type `{name}` is not defined");
                    let help = match self.similar_type(name) {
                        Some(similar) => format!("did you mean `{similar}`?"),
                        None => {
                            "define it under `types:` in this file or in common.yaml".to_owned()
                        }
                    };
                    self.error(file, location, message).help = Some(help);
                    return None;
                }
                Some(ty)
            }
        }
    }

    fn similar_type(&self, name: &str) -> Option<&'a str> {
        let lowered = name.to_ascii_lowercase();
        self.types
            .keys()
            .copied()
            .find(|candidate| candidate.to_ascii_lowercase() == lowered)
    }

    fn check_type(&mut self, file: &SpecFile, name: &str, def: &TypeDef) {
        let file = file.display.as_str();
        let location = format!("type `{name}`");
        if !naming::is_pascal_case(name) {
            self.error(
                file,
                &location,
                format!("type name `{name}` is not PascalCase ASCII"),
            );
        }
        let shapes = [
            def.struct_.is_some(),
            def.enum_.is_some(),
            def.union.is_some(),
        ];
        match shapes.iter().filter(|present| **present).count() {
            1 => {}
            0 => {
                self.error(file, &location, "the type has no shape").help =
                    Some("give exactly one of `struct`, `enum` or `union`".into());
                return;
            }
            _ => {
                self.error(file, &location, "the type has more than one shape")
                    .help = Some("give exactly one of `struct`, `enum` or `union`".into());
                return;
            }
        }
        if let Some(struct_) = &def.struct_ {
            self.check_fields(file, name, &struct_.fields);
        }
        if let Some(enum_) = &def.enum_ {
            if enum_.values.is_empty() {
                self.error(file, &location, "the enum has no values");
            }
            let mut seen_values = BTreeSet::new();
            let mut seen_names: BTreeMap<String, String> = BTreeMap::new();
            for value in &enum_.values {
                let value_location = format!("{location}, value `{}`", value.value);
                if !seen_values.insert(value.value.as_str()) {
                    self.error(file, &value_location, "duplicate enum value");
                    continue;
                }
                let rust = value
                    .rust_name
                    .clone()
                    .unwrap_or_else(|| naming::pascal(&value.value));
                self.check_variant_name(
                    file,
                    &value_location,
                    &rust,
                    value.rust_name.is_some(),
                    &mut seen_names,
                    &value.value,
                );
            }
        }
        if let Some(union) = &def.union {
            if union.tag.is_empty() {
                self.error(file, &location, "the union's `tag` is empty");
            }
            if union.variants.is_empty() {
                self.error(file, &location, "the union has no variants");
            }
            let mut seen_values = BTreeSet::new();
            let mut seen_names: BTreeMap<String, String> = BTreeMap::new();
            for variant in &union.variants {
                let variant_location = format!("{location}, variant `{}`", variant.value);
                if !seen_values.insert(variant.value.as_str()) {
                    self.error(file, &variant_location, "duplicate union tag value");
                    continue;
                }
                let rust = variant
                    .rust_name
                    .clone()
                    .unwrap_or_else(|| naming::pascal(&variant.value));
                self.check_variant_name(
                    file,
                    &variant_location,
                    &rust,
                    variant.rust_name.is_some(),
                    &mut seen_names,
                    &variant.value,
                );
                if variant.ty.trim().is_empty() {
                    self.error(file, &variant_location, "the variant has no type")
                        .help =
                        Some("name the struct that holds this variant's fields in `type:`".into());
                    continue;
                }
                let Some(ty) = self.resolve(file, &variant_location, &variant.ty) else {
                    continue;
                };
                let target = match &ty {
                    TypeExpr::Named(target) => self.types.get(target.as_str()).copied(),
                    _ => None,
                };
                match target.and_then(|def| def.struct_.as_ref()) {
                    None => {
                        let message = format!("the variant's type `{ty}` is not a struct");
                        self.error(file, &variant_location, message).help =
                            Some("a union variant's fields sit next to the tag, so its type must be a struct".into());
                    }
                    Some(struct_) => {
                        if struct_.fields.iter().any(|field| field.name == union.tag) {
                            let message =
                                format!("`{ty}` declares the tag field `{}` itself", union.tag);
                            self.error(file, &variant_location, message).help = Some(
                                "remove the field from the struct; the union writes the tag".into(),
                            );
                        }
                    }
                }
            }
        }
    }

    fn check_variant_name(
        &mut self,
        file: &str,
        location: &str,
        rust: &str,
        overridden: bool,
        seen: &mut BTreeMap<String, String>,
        wire: &str,
    ) {
        if !naming::is_ascii_ident(rust) || rust.is_empty() {
            let message = format!("`{wire}` gives no usable Rust variant name (`{rust}`)");
            self.error(file, location, message).help =
                Some("set `rust_name:` to a PascalCase ASCII name".into());
            return;
        }
        if overridden && !naming::is_pascal_case(rust) {
            self.error(
                file,
                location,
                format!("rust_name `{rust}` is not PascalCase"),
            );
        }
        if rust == "Unknown" {
            self.error(
                file,
                location,
                "the variant name `Unknown` is reserved for values the spec does not know",
            )
            .help = Some("set `rust_name:` to another name".into());
        }
        if let Some(other) = seen.get(rust) {
            let message = format!("`{wire}` and `{other}` both become the Rust variant `{rust}`");
            self.error(file, location, message).help =
                Some("set `rust_name:` on one of them".into());
        } else {
            seen.insert(rust.to_owned(), wire.to_owned());
        }
    }

    fn check_fields(&mut self, file: &str, type_name: &str, fields: &[Field]) {
        let mut wire_names = BTreeSet::new();
        let mut rust_names: BTreeMap<String, String> = BTreeMap::new();
        for field in fields {
            let location = format!("type `{type_name}`, field `{}`", field.name);
            if field.name.is_empty() {
                self.error(file, &location, "the field has an empty name");
                continue;
            }
            if !wire_names.insert(field.name.as_str()) {
                self.error(file, &location, "duplicate wire name in the struct");
                continue;
            }
            self.resolve(file, &location, &field.ty);
            if field.nullable && !field.required {
                self.error(file, &location, "`nullable` only applies to required fields").help =
                    Some("optional fields already accept null; remove `nullable` or add `required: true`".into());
            }
            let rust = field
                .rust_name
                .clone()
                .unwrap_or_else(|| naming::snake(&field.name));
            self.check_member_name(
                file,
                &location,
                &rust,
                field.rust_name.is_some(),
                &field.name,
                &mut rust_names,
                &[],
            );
        }
    }

    /// Checks a snake_case member name (field or parameter) and its uniqueness.
    #[allow(clippy::too_many_arguments)]
    fn check_member_name(
        &mut self,
        file: &str,
        location: &str,
        rust: &str,
        overridden: bool,
        wire: &str,
        seen: &mut BTreeMap<String, String>,
        reserved: &[&str],
    ) {
        if !naming::is_ascii_ident(rust) {
            let message = format!("`{wire}` gives no usable Rust name (`{rust}`)");
            self.error(file, location, message).help =
                Some("set `rust_name:` to a snake_case ASCII name".into());
            return;
        }
        if overridden && !naming::is_snake_case(rust) {
            self.error(
                file,
                location,
                format!("rust_name `{rust}` is not snake_case"),
            );
        }
        if reserved.contains(&rust) {
            let message = format!("the Rust name `{rust}` is reserved for a builder method");
            self.error(file, location, message).help =
                Some("set `rust_name:` to another name".into());
        }
        if let Some(other) = seen.get(rust) {
            let message = format!("`{wire}` and `{other}` both become the Rust name `{rust}`");
            self.error(file, location, message).help =
                Some("set `rust_name:` on one of them".into());
        } else {
            seen.insert(rust.to_owned(), wire.to_owned());
        }
    }

    fn check_endpoints(&mut self) {
        let mut ids: BTreeMap<&'a str, &'a str> = BTreeMap::new();
        let mut builders: BTreeMap<String, &'a str> = BTreeMap::new();
        let mut routes: BTreeMap<(String, String), &'a str> = BTreeMap::new();
        for file in &self.spec.files {
            for endpoint in &file.module.endpoints {
                let location = format!("endpoint `{}`", endpoint.id);
                if let Some(first) = ids.get(endpoint.id.as_str()) {
                    let message =
                        format!("endpoint id `{}` is already used in {first}", endpoint.id);
                    self.error(&file.display, &location, message).help =
                        Some("endpoint ids are global; rename one".into());
                    continue;
                }
                ids.insert(endpoint.id.as_str(), file.display.as_str());
                if !naming::is_snake_case(&endpoint.id) {
                    self.error(&file.display, &location, "the id is not snake_case ASCII");
                } else {
                    let builder = naming::pascal(&endpoint.id);
                    if let Some(other) = builders.get(&builder) {
                        let message = format!(
                            "`{}` and `{other}` both become the builder `{builder}`",
                            endpoint.id
                        );
                        self.error(&file.display, &location, message);
                    } else {
                        builders.insert(builder, endpoint.id.as_str());
                    }
                }
                let route = (endpoint.method.clone(), route_key(&endpoint.path));
                if let Some(other) = routes.get(&route) {
                    let message = format!(
                        "`{} {}` is also endpoint `{other}`",
                        endpoint.method, endpoint.path
                    );
                    self.error(&file.display, &location, message);
                } else {
                    routes.insert(route, endpoint.id.as_str());
                }
                self.check_endpoint(file, endpoint);
            }
        }
    }

    fn check_endpoint(&mut self, file: &SpecFile, endpoint: &Endpoint) {
        let file = file.display.as_str();
        let location = format!("endpoint `{}`", endpoint.id);
        if !METHODS.contains(&endpoint.method.as_str()) {
            let message = format!("invalid method `{}`", endpoint.method);
            self.error(file, &location, message).help =
                Some(format!("use one of {}", METHODS.join(", ")));
        }
        if endpoint.summary.trim().is_empty() {
            self.error(file, &location, "the summary is empty");
        }

        // Path and its placeholders.
        let placeholders = match parse_placeholders(&endpoint.path) {
            Ok(placeholders) => placeholders,
            Err(message) => {
                self.error(file, format!("{location}, path"), message);
                Vec::new()
            }
        };
        let mut seen_placeholders = BTreeSet::new();
        for placeholder in &placeholders {
            if !seen_placeholders.insert(placeholder.as_str()) {
                self.error(
                    file,
                    format!("{location}, path"),
                    format!("placeholder `{{{placeholder}}}` appears twice"),
                );
            }
            if !endpoint
                .path_params
                .iter()
                .any(|param| &param.name == placeholder)
            {
                self.error(
                    file,
                    format!("{location}, path"),
                    format!("placeholder `{{{placeholder}}}` has no path parameter"),
                )
                .help = Some(format!(
                    "declare `{placeholder}` under `path_params:` or fix the placeholder"
                ));
            }
        }
        for param in &endpoint.path_params {
            if !placeholders.contains(&param.name) {
                let message = format!(
                    "path parameter `{}` has no `{{{}}}` placeholder in `{}`",
                    param.name, param.name, endpoint.path
                );
                self.error(
                    file,
                    format!("{location}, path parameter `{}`", param.name),
                    message,
                )
                .help = Some("add the placeholder to the path or remove the parameter".into());
            }
        }

        // Parameters: names, types, uniqueness across path and query.
        let mut rust_names = BTreeMap::new();
        let mut wire_names = BTreeSet::new();
        for (kind, params) in [
            ("path parameter", &endpoint.path_params),
            ("query parameter", &endpoint.query),
        ] {
            for param in params.iter() {
                let param_location = format!("{location}, {kind} `{}`", param.name);
                if !wire_names.insert((kind, param.name.as_str())) {
                    self.error(file, &param_location, format!("duplicate {kind}"));
                    continue;
                }
                self.check_param_type(file, &param_location, param, kind == "query parameter");
                let rust = param
                    .rust_name
                    .clone()
                    .unwrap_or_else(|| naming::snake(&param.name));
                self.check_member_name(
                    file,
                    &param_location,
                    &rust,
                    param.rust_name.is_some(),
                    &param.name,
                    &mut rust_names,
                    RESERVED_BUILDER_METHODS,
                );
            }
        }
        if endpoint.body.is_some() && rust_names.contains_key("body") {
            self.error(
                file,
                &location,
                "a parameter is named `body`, which the request body uses",
            )
            .help = Some("set `rust_name:` on the parameter".into());
        }

        let body_ty = endpoint
            .body
            .as_ref()
            .and_then(|body| self.resolve(file, &format!("{location}, body"), &body.ty));
        let response_ty = match &endpoint.response {
            Response::Json(text) => self.resolve(file, &format!("{location}, response"), text),
            _ => None,
        };

        if let Some(pagination) = &endpoint.pagination {
            self.check_pagination(file, &location, endpoint, pagination, response_ty.as_ref());
        }
        self.check_examples(
            file,
            &location,
            endpoint,
            body_ty.as_ref(),
            response_ty.as_ref(),
        );
    }

    fn check_param_type(&mut self, file: &str, location: &str, param: &Param, is_query: bool) {
        let Some(ty) = self.resolve(file, location, &param.ty) else {
            return;
        };
        let element = match (&ty, is_query) {
            (TypeExpr::Array(inner), true) => inner.as_ref(),
            _ => &ty,
        };
        let is_enum = match element {
            TypeExpr::Named(name) => self
                .types
                .get(name.as_str())
                .is_some_and(|def| def.enum_.is_some()),
            _ => false,
        };
        if !element.is_scalar() && !is_enum {
            let allowed = if is_query {
                "a scalar, an enum, or an array of those"
            } else {
                "a scalar or an enum"
            };
            self.error(
                file,
                location,
                format!("type `{ty}` cannot be sent here; it must be {allowed}"),
            );
        }
    }

    fn check_pagination(
        &mut self,
        file: &str,
        location: &str,
        endpoint: &Endpoint,
        pagination: &crate::spec::Pagination,
        response_ty: Option<&TypeExpr>,
    ) {
        let location = format!("{location}, pagination");
        for (role, wire) in [("page", &pagination.page), ("size", &pagination.size)] {
            match endpoint.query.iter().find(|param| &param.name == wire) {
                None => {
                    self.error(
                        file,
                        &location,
                        format!("the {role} parameter `{wire}` is not a query parameter"),
                    );
                }
                Some(param) => {
                    if param.ty != "i64" {
                        self.error(
                            file,
                            &location,
                            format!("the {role} parameter `{wire}` must be `i64`"),
                        );
                    }
                    if role == "size"
                        && !param.required
                        && param
                            .default
                            .as_ref()
                            .and_then(serde_yaml::Value::as_i64)
                            .is_none()
                    {
                        self.error(
                            file,
                            &location,
                            format!("the size parameter `{wire}` needs an integer `default`"),
                        )
                        .help = Some(
                            "the pager needs the server's page size to spot the last page".into(),
                        );
                    }
                }
            }
        }
        let response = match response_ty {
            Some(TypeExpr::Named(name)) => self
                .types
                .get(name.as_str())
                .and_then(|def| def.struct_.as_ref()),
            _ => None,
        };
        let Some(response) = response else {
            self.error(
                file,
                &location,
                "a paged endpoint's response must be a struct",
            );
            return;
        };
        match response
            .fields
            .iter()
            .find(|field| field.name == pagination.items)
        {
            Some(field) if field.ty.starts_with("array<") => {}
            Some(_) => {
                self.error(
                    file,
                    &location,
                    format!("the items field `{}` is not an array", pagination.items),
                );
            }
            None => {
                self.error(
                    file,
                    &location,
                    format!("the response has no field `{}`", pagination.items),
                );
            }
        }
        if let Some(total) = &pagination.total {
            match response.fields.iter().find(|field| &field.name == total) {
                Some(field) if field.ty == "i64" => {}
                Some(_) => {
                    self.error(
                        file,
                        &location,
                        format!("the total field `{total}` must be `i64`"),
                    );
                }
                None => {
                    self.error(
                        file,
                        &location,
                        format!("the response has no field `{total}`"),
                    );
                }
            }
        }
    }

    fn check_examples(
        &mut self,
        file: &str,
        location: &str,
        endpoint: &Endpoint,
        body_ty: Option<&TypeExpr>,
        response_ty: Option<&TypeExpr>,
    ) {
        let mut names = BTreeSet::new();
        for example in &endpoint.examples {
            let example_location = format!("{location}, example `{}`", example.name);
            if !naming::is_snake_case(&example.name) {
                self.error(
                    file,
                    &example_location,
                    "the example name is not snake_case",
                );
            }
            if !names.insert(example.name.as_str()) {
                self.error(file, &example_location, "duplicate example name");
                continue;
            }
            match (&example.json, &example.text) {
                (Some(_), Some(_)) => {
                    self.error(
                        file,
                        &example_location,
                        "give either `json` or `text`, not both",
                    );
                    continue;
                }
                (None, None) => {
                    self.error(file, &example_location, "the example has no payload")
                        .help = Some("add `json:` or `text:`".into());
                    continue;
                }
                _ => {}
            }
            let explicit = match &example.ty {
                Some(text) => match self.resolve(file, &example_location, text) {
                    Some(ty) => Some(ty),
                    None => continue,
                },
                None => None,
            };
            let target = match example.kind {
                ExampleKind::Request => {
                    if endpoint.body.is_none() && explicit.is_none() {
                        self.error(
                            file,
                            &example_location,
                            "a request example on an endpoint without a body",
                        );
                        continue;
                    }
                    if example.text.is_some() {
                        self.error(file, &example_location, "request examples are JSON");
                        continue;
                    }
                    explicit.or_else(|| body_ty.cloned())
                }
                ExampleKind::Error => {
                    if example.status.is_none_or(|status| status < 400) {
                        self.error(
                            file,
                            &example_location,
                            "an error example needs an HTTP `status` of 400 or more",
                        );
                    }
                    if example.text.is_some() {
                        continue;
                    }
                    if example.json.as_ref().is_some_and(|json| !json.is_object()) {
                        self.error(
                            file,
                            &example_location,
                            "an error example must be a JSON object (Zadig's error body)",
                        );
                    }
                    // Without an explicit type it decodes into Zadig's error body, which the
                    // runtime defines and the generated example test checks.
                    explicit
                }
                ExampleKind::Response => {
                    match (&endpoint.response, example.json.is_some()) {
                        (Response::Text | Response::EventStream, true) if explicit.is_none() => {
                            self.error(
                                file,
                                &example_location,
                                "a JSON example on a text or event-stream response",
                            )
                            .help = Some("use `text:` for this example".into());
                            continue;
                        }
                        (Response::Json(_) | Response::Message, false) => {
                            self.error(
                                file,
                                &example_location,
                                "a text example on a JSON response",
                            )
                            .help = Some("use `json:` for this example".into());
                            continue;
                        }
                        _ => {}
                    }
                    if let Some(status) = example.status
                        && !(200..300).contains(&status)
                    {
                        self.error(
                            file,
                            &example_location,
                            "a response example needs a 2xx `status`",
                        )
                        .help = Some("use `kind: error` for error bodies".into());
                    }
                    match &endpoint.response {
                        Response::Message => {
                            if example
                                .json
                                .as_ref()
                                .and_then(|json| json.get("message"))
                                .is_none()
                            {
                                self.error(
                                    file,
                                    &example_location,
                                    "a `message` response example has no `message` field",
                                );
                            }
                            None
                        }
                        _ => explicit.or_else(|| response_ty.cloned()),
                    }
                }
            };
            if let (Some(json), Some(target)) = (&example.json, target) {
                let problems = examples::check(json, &target, &self.types);
                for problem in problems {
                    self.error(file, &example_location, problem);
                }
            }
        }
    }
}

/// The names in `{...}` placeholders of `path`, in order.
pub fn parse_placeholders(path: &str) -> Result<Vec<String>, String> {
    if !path.starts_with('/') {
        return Err(format!("`{path}` must start with `/`"));
    }
    if path.contains('?') || path.contains('#') {
        return Err(format!(
            "`{path}` holds a query or fragment; declare query parameters under `query:`"
        ));
    }
    let mut names = Vec::new();
    for segment in path.split('/').skip(1) {
        if segment.contains(':') || segment.contains('<') {
            return Err(format!(
                "segment `{segment}` uses the docs' placeholder style; write `{{name}}`"
            ));
        }
        if let Some(inner) = segment.strip_prefix('{') {
            match inner.strip_suffix('}') {
                Some(name) if naming::is_ascii_ident(name) => names.push(name.to_owned()),
                _ => {
                    return Err(format!(
                        "segment `{segment}` is not a valid `{{name}}` placeholder"
                    ));
                }
            }
        } else if segment.contains('{') || segment.contains('}') {
            return Err(format!(
                "segment `{segment}`: a placeholder must be a whole segment"
            ));
        }
    }
    Ok(names)
}

/// The route of `path` with placeholder names erased, for comparing routes.
pub fn route_key(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.starts_with('{') || segment.starts_with(':') || segment.starts_with('<') {
                "{}"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}
