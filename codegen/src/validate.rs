//! Checks the meaning of a loaded spec across all its files.
//!
//! Every problem is collected (not only the first), and each names the file and the endpoint,
//! type or field, says what is wrong and, where it helps, how to fix it.

use std::collections::{BTreeMap, BTreeSet};

use indexmap::IndexMap;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::errata::About;
use crate::examples::{self, TypeIndex};
use crate::load::{LoadedSpec, SpecFile};
use crate::naming;
use crate::path;
use crate::release::{Range, ReleaseName, parse_range};
use crate::spec::{
    Endpoint, Erratum, ExampleKind, Field, Param, ReleaseDifference, RequiredWhen, Response,
    Source, TypeDef, TypeShape,
};
use crate::typeexpr::TypeExpr;

/// Whether two ranges share a release the spec knows (every range overlaps when it knows
/// none).
fn overlap(a: &Range, b: &Range, known: &[ReleaseName]) -> bool {
    known.is_empty()
        || known
            .iter()
            .any(|release| a.contains(*release) && b.contains(*release))
}

/// HTTP methods an endpoint may use.
pub const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE"];

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
    /// Types a response reaches (decoded from what a server sends), found once types are
    /// indexed.
    response_types: BTreeSet<String>,
    diagnostics: Diagnostics,
}

impl<'a> Checker<'a> {
    fn new(spec: &'a LoadedSpec) -> Self {
        Self {
            spec,
            types: IndexMap::new(),
            type_files: IndexMap::new(),
            response_types: BTreeSet::new(),
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
        self.response_types = self.reached_by_responses();
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

    /// Every type a JSON response reaches, through fields, views, union variants, arrays and
    /// maps: the types decoded from what some release sends.
    fn reached_by_responses(&self) -> BTreeSet<String> {
        let mut queue: Vec<String> = self
            .spec
            .files
            .iter()
            .flat_map(|file| &file.module.endpoints)
            .filter_map(|endpoint| match &endpoint.response {
                Response::Json(text) => TypeExpr::parse(text).ok()?.named().map(str::to_owned),
                _ => None,
            })
            .collect();
        let mut reached = BTreeSet::new();
        while let Some(name) = queue.pop() {
            if !reached.insert(name.clone()) {
                continue;
            }
            let Some(def) = self.types.get(name.as_str()) else {
                continue;
            };
            match &def.shape {
                TypeShape::Struct(def) => {
                    for field in &def.fields {
                        let named = TypeExpr::parse(&field.ty)
                            .ok()
                            .and_then(|expr| expr.named().map(str::to_owned));
                        queue.extend(named);
                        queue.extend(field.views.iter().cloned());
                    }
                }
                TypeShape::Union(def) => {
                    queue.extend(
                        def.variants
                            .iter()
                            .map(|variant| variant.ty.trim().to_owned()),
                    );
                }
                TypeShape::Enum(_) => {}
            }
        }
        reached
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
        self.check_source(file, &location, def);
        self.check_errata(file, &location, &def.errata, true);
        self.check_release_differences(file, &location, &def.release_differences, true);
        match &def.shape {
            TypeShape::Struct(struct_) => self.check_fields(file, name, &struct_.fields),
            TypeShape::Enum(enum_) => {
                if enum_.values.is_empty() {
                    self.error(file, &location, "the enum has no values");
                }
                let mut seen_values = BTreeSet::new();
                for value in &enum_.values {
                    let value_location = format!("{location}, value `{}`", value.value);
                    if !seen_values.insert(value.value.as_str()) {
                        self.error(file, &value_location, "duplicate enum value");
                    }
                    self.check_range(
                        file,
                        &value_location,
                        value.since.as_deref(),
                        value.until.as_deref(),
                    );
                }
            }
            TypeShape::Union(union) => self.check_union(file, &location, union),
        }
    }

    /// `source` and `go` agree: a server-backed type names the Go type it follows, a docs-only
    /// type names none; with the facts loaded, the Go type exists there.
    fn check_source(&mut self, file: &str, location: &str, def: &TypeDef) {
        match (&def.go, def.source.from_server()) {
            (None, true) => {
                self.error(
                    file,
                    location,
                    format!("`source: {}` needs `go:`", def.source.as_str()),
                )
                .help = Some(
                    "name the Go type (or constant group) the type follows, as the facts file spells it".into(),
                );
            }
            (Some(_), false) => {
                self.error(file, location, "`go:` is set on a `source: docs` type")
                    .help =
                    Some("use `source: both` (or `server`) when the server backs the type".into());
            }
            (Some(_), true) if self.spec.releases.is_empty() => {
                self.error(
                    file,
                    location,
                    "a server-backed type, but the spec has no server facts",
                )
                .help = Some(format!(
                    "write spec/{}/<release>.yaml with `cargo xtask server`, or use `source: docs`",
                    crate::facts::RELEASES_DIR
                ));
            }
            // That a release's facts hold the Go type is checked with the routes
            // (`crate::server::availability`), so that the audit can report it beside the rest.
            (Some(_), true) => {}
            (None, false) => {}
        }
    }

    /// `since:` and `until:` name releases the spec has facts of, in order; `None` when they do
    /// not parse (already reported).
    fn check_range(
        &mut self,
        file: &str,
        location: &str,
        since: Option<&str>,
        until: Option<&str>,
    ) -> Option<Range> {
        let range = match parse_range(since, until) {
            Ok(range) => range,
            Err(message) => {
                self.error(file, location, message);
                return None;
            }
        };
        let known = self.spec.release_names();
        for (key, release) in [("since", range.since), ("until", range.until)] {
            let Some(release) = release else {
                continue;
            };
            if known.is_empty() {
                self.error(
                    file,
                    location,
                    format!("`{key}: {release}`, but the spec has no server facts"),
                )
                .help = Some("availability names releases the spec has facts of".into());
            } else if !known.contains(&release) {
                self.error(
                    file,
                    location,
                    format!("`{key}: {release}` is not a release the spec has facts of"),
                )
                .help = Some(format!(
                    "known: {}",
                    known
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
        Some(range)
    }

    /// Each release difference names releases the spec knows, a part of its item, and says why.
    fn check_release_differences(
        &mut self,
        file: &str,
        location: &str,
        differences: &[ReleaseDifference],
        on_type: bool,
    ) {
        for (index, difference) in differences.iter().enumerate() {
            let location = format!("{location}, release_differences[{index}]");
            self.check_range(
                file,
                &location,
                difference.since.as_deref(),
                difference.until.as_deref(),
            );
            if let Err(message) = About::parse(&difference.about, on_type) {
                self.error(file, &location, message);
            }
            if difference.decision.trim().is_empty() {
                self.error(
                    file,
                    &location,
                    "the release difference says nothing (`decision`)",
                );
            }
        }
    }

    /// Each erratum's `about` names a part of the item it sits on.
    fn check_errata(&mut self, file: &str, location: &str, errata: &[Erratum], on_type: bool) {
        for erratum in errata {
            let Some(about) = &erratum.about else {
                continue;
            };
            if let Err(message) = About::parse(about, on_type) {
                let said = crate::text::code(&erratum.said);
                self.error(file, format!("{location}, erratum {said}"), message);
            }
        }
    }

    fn check_union(&mut self, file: &str, location: &str, union: &crate::spec::UnionDef) {
        if union.tag.is_empty() {
            self.error(file, location, "the union's `tag` is empty");
        }
        if union.variants.is_empty() {
            self.error(file, location, "the union has no variants");
        }
        let mut seen_values = BTreeSet::new();
        for variant in &union.variants {
            let variant_location = format!("{location}, variant `{}`", variant.value);
            if !seen_values.insert(variant.value.as_str()) {
                self.error(file, &variant_location, "duplicate union tag value");
                continue;
            }
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
            match target.and_then(TypeDef::as_struct) {
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

    fn check_fields(&mut self, file: &str, type_name: &str, fields: &[Field]) {
        let mut wire_names = BTreeSet::new();
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
            if field.description.trim().is_empty() {
                self.error(file, &location, "the field has no description");
            }
            self.resolve(file, &location, &field.ty);
            if let Some(range) = self.check_range(
                file,
                &location,
                field.since.as_deref(),
                field.until.as_deref(),
            ) && range != Range::ALL
                && field.required
                && self.response_types.contains(type_name)
            {
                // A request field the newest releases require is fine to send to an older one
                // that ignores it; a response from a release without the field would not decode.
                self.error(
                    file,
                    &location,
                    "a field of a type responses reach is required, but has `since`/`until`: a release without it would fail to decode",
                )
                .help = Some("make it optional".into());
            }
            if field.nullable && !field.required {
                self.error(file, &location, "`nullable` only applies to required fields").help =
                    Some("optional fields already accept null; remove `nullable` or add `required: true`".into());
            }
            if !field.views.is_empty() && field.ty.trim() != "any" {
                self.error(file, &location, "`views` only applies to `any` fields");
            }
            for view in &field.views {
                let Some(ty) = self.resolve(file, &location, view) else {
                    continue;
                };
                let is_struct = match &ty {
                    TypeExpr::Named(target) => self
                        .types
                        .get(target.as_str())
                        .copied()
                        .and_then(TypeDef::as_struct)
                        .is_some(),
                    _ => false,
                };
                if !is_struct {
                    self.error(
                        file,
                        &location,
                        format!("the view `{view}` is not a struct type"),
                    );
                }
            }
        }
        for field in fields {
            if let Some(when) = &field.required_when {
                let location = format!("type `{type_name}`, field `{}`", field.name);
                self.check_required_when(file, &location, field.required, when, "field", |name| {
                    fields
                        .iter()
                        .find(|other| other.name == name)
                        .map(|other| other.ty.clone())
                });
            }
        }
        // Aliases are other spellings of one field: they must not be a field's own name or
        // another field's alias.
        let mut aliases = BTreeSet::new();
        for field in fields {
            for alias in &field.aliases {
                let location = format!("type `{type_name}`, field `{}`", field.name);
                if wire_names.contains(alias.as_str()) {
                    self.error(
                        file,
                        &location,
                        format!("alias `{alias}` is the name of a field"),
                    );
                } else if !aliases.insert(alias.as_str()) {
                    self.error(file, &location, format!("alias `{alias}` is used twice"));
                }
            }
        }
    }

    fn check_endpoints(&mut self) {
        let mut ids: BTreeMap<&'a str, &'a str> = BTreeMap::new();
        let mut routes: BTreeMap<(String, String), Vec<(&'a str, Range)>> = BTreeMap::new();
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
                }
                // Two endpoints may share a route only in releases apart (one shape replaced
                // by another).
                let range = endpoint.range();
                let known = self.spec.release_names();
                let mut keys: Vec<String> = endpoint.all_paths().map(path::route_key).collect();
                keys.sort();
                keys.dedup();
                for key in keys {
                    let others = routes.entry((endpoint.method.clone(), key)).or_default();
                    if let Some((other, _)) = others
                        .iter()
                        .find(|(_, other)| overlap(other, &range, &known))
                    {
                        let message = format!(
                            "`{} {}` is also endpoint `{other}` in releases both serve",
                            endpoint.method, endpoint.path
                        );
                        self.error(&file.display, &location, message).help = Some(
                            "give the two endpoints `since`/`until` ranges that do not overlap"
                                .into(),
                        );
                    }
                    others.push((endpoint.id.as_str(), range));
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
        self.check_endpoint_source(file, &location, endpoint);
        self.check_errata(file, &location, &endpoint.errata, false);
        self.check_release_differences(file, &location, &endpoint.release_differences, false);

        // Path and its placeholders.
        let placeholders = match path::parse_placeholders(&endpoint.path) {
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
        self.check_range(
            file,
            &location,
            endpoint.since.as_deref(),
            endpoint.until.as_deref(),
        );
        let older = self.check_path_forms(file, &location, endpoint);
        for param in &endpoint.path_params {
            if !placeholders.contains(&param.name) && !older.contains(&param.name) {
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

        // Parameters: types and uniqueness (their Rust names are checked when lowering).
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
                self.check_range(
                    file,
                    &param_location,
                    param.since.as_deref(),
                    param.until.as_deref(),
                );
                self.check_param_type(file, &param_location, param, kind == "query parameter");
                if let Some(when) = &param.required_when {
                    if kind == "path parameter" {
                        self.error(
                            file,
                            &param_location,
                            "a path parameter is always required; `required_when` is for query parameters",
                        );
                        continue;
                    }
                    self.check_required_when(
                        file,
                        &param_location,
                        param.required,
                        when,
                        "query",
                        |name| {
                            endpoint
                                .query
                                .iter()
                                .find(|other| other.name == name && other.name != param.name)
                                .map(|other| other.ty.clone())
                        },
                    );
                }
            }
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

    /// The older paths of `paths:`: each parses, names only parameters of the endpoint, and
    /// ends (`until`) after the one before it and before the endpoint's own `until`. Returns
    /// the placeholders they use.
    fn check_path_forms(
        &mut self,
        file: &str,
        location: &str,
        endpoint: &Endpoint,
    ) -> BTreeSet<String> {
        let mut used = BTreeSet::new();
        let mut previous: Option<ReleaseName> = None;
        let until = endpoint
            .until
            .as_deref()
            .and_then(|until| ReleaseName::parse(until).ok());
        for (index, form) in endpoint.paths.iter().enumerate() {
            let form_location = format!("{location}, paths[{index}]");
            match path::parse_placeholders(&form.path) {
                Err(message) => {
                    self.error(file, &form_location, message);
                }
                Ok(placeholders) => {
                    for placeholder in placeholders {
                        let known = endpoint
                            .path_params
                            .iter()
                            .chain(&endpoint.query)
                            .any(|param| param.name == placeholder);
                        if !known {
                            self.error(
                                file,
                                &form_location,
                                format!(
                                    "placeholder `{{{placeholder}}}` names no parameter of the endpoint"
                                ),
                            )
                            .help = Some(
                                "declare it under `path_params:` (or `query:` where newer releases take it from the query)".into(),
                            );
                        }
                        used.insert(placeholder);
                    }
                }
            }
            let Some(form_until) = self
                .check_range(file, &form_location, None, Some(&form.until))
                .and_then(|range| range.until)
            else {
                continue;
            };
            if previous.is_some_and(|previous| form_until <= previous) {
                self.error(
                    file,
                    &form_location,
                    format!("`until: {form_until}` does not come after the form before it"),
                )
                .help = Some("list older paths oldest first".into());
            }
            if until.is_some_and(|until| form_until >= until) {
                self.error(
                    file,
                    &form_location,
                    format!(
                        "`until: {form_until}` leaves no release for the endpoint's own `path`"
                    ),
                );
            }
            if path::route_key(&form.path) == path::route_key(&endpoint.path) {
                self.error(
                    file,
                    &form_location,
                    "the older path is the endpoint's own `path`",
                );
            }
            previous = Some(form_until);
        }
        used
    }

    /// `source`, `undocumented` and `doc` agree, and a server-backed endpoint has facts.
    fn check_endpoint_source(&mut self, file: &str, location: &str, endpoint: &Endpoint) {
        if endpoint.undocumented {
            if endpoint.source != Source::Server {
                self.error(
                    file,
                    location,
                    "an undocumented endpoint must be `source: server`",
                )
                .help = Some(
                    "the docs say nothing of it, so its shape can only come from the server".into(),
                );
            }
            if endpoint.doc.is_some() {
                self.error(file, location, "an undocumented endpoint has a `doc` link")
                    .help =
                    Some("remove `doc`, or `undocumented` if the docs do describe it".into());
            }
        } else if endpoint.doc.is_none() {
            self.error(file, location, "the endpoint has no `doc` link")
                .help =
                Some("link the vendor's page, or mark the endpoint `undocumented: true`".into());
        }
        if endpoint.source.from_server() && self.spec.releases.is_empty() {
            self.error(
                file,
                location,
                "a server-backed endpoint, but the spec has no server facts",
            )
            .help = Some(format!(
                "write spec/{}/<release>.yaml with `cargo xtask server`, or use `source: docs`",
                crate::facts::RELEASES_DIR
            ));
        }
    }

    /// A `required_when` on an optional value: it tests a value of the kind the place allows
    /// (`query` on a query parameter: another parameter of the endpoint; `field` on a field:
    /// another field of the same struct), found by `sibling`, with exactly one of `is` and
    /// `is_not`, whose values the tested value's type can hold.
    fn check_required_when(
        &mut self,
        file: &str,
        location: &str,
        required: bool,
        when: &RequiredWhen,
        kind: &str,
        sibling: impl Fn(&str) -> Option<String>,
    ) {
        if required {
            self.error(
                file,
                location,
                "`required_when` on a value that is `required: true`",
            )
            .help = Some(
                "a value is either always required or required under a condition; drop one".into(),
            );
        }
        let (given, other) = match kind {
            "query" => (&when.query, &when.field),
            _ => (&when.field, &when.query),
        };
        let place = if kind == "query" {
            "another query parameter of the endpoint"
        } else {
            "another field of the same struct"
        };
        let other_kind = if kind == "query" { "field" } else { "query" };
        if other.is_some() {
            self.error(
                file,
                location,
                format!("`required_when` here tests {place}: write `{kind}:`, not `{other_kind}:`"),
            );
            return;
        }
        let Some(name) = given else {
            self.error(
                file,
                location,
                format!("`required_when` names no value: write `{kind}: <wire name>`"),
            );
            return;
        };
        let Some(ty) = sibling(name) else {
            self.error(
                file,
                location,
                format!("`required_when` tests `{name}`, which is not {place}"),
            );
            return;
        };
        match (when.is.is_empty(), when.is_not.is_empty()) {
            (false, true) | (true, false) => {}
            _ => {
                self.error(
                    file,
                    location,
                    "`required_when` needs exactly one of `is` and `is_not`, with at least one value",
                );
                return;
            }
        }
        for value in when.is.iter().chain(&when.is_not) {
            if let Some(problem) = self.condition_value_problem(&ty, value) {
                self.error(
                    file,
                    location,
                    format!("`required_when` value `{value}` of `{name}`: {problem}"),
                );
            }
        }
    }

    /// Why `value` cannot be a value of type `ty` in a condition; `""` (absent or empty)
    /// fits every type.
    fn condition_value_problem(&self, ty: &str, value: &str) -> Option<String> {
        if value.is_empty() {
            return None;
        }
        let expr = TypeExpr::parse(ty).ok()?;
        match &expr {
            TypeExpr::String => None,
            TypeExpr::Bool => (value != "true" && value != "false")
                .then(|| "a `bool` is `true` or `false`".to_owned()),
            TypeExpr::I32 | TypeExpr::I64 => value
                .parse::<i64>()
                .is_err()
                .then(|| format!("not an integer (`{ty}`)")),
            TypeExpr::U32 | TypeExpr::U64 => value
                .parse::<u64>()
                .is_err()
                .then(|| format!("not an unsigned integer (`{ty}`)")),
            TypeExpr::F64 => value
                .parse::<f64>()
                .is_err()
                .then(|| "not a number (`f64`)".to_owned()),
            TypeExpr::Named(name) => match self.types.get(name.as_str()).map(|def| &def.shape) {
                Some(TypeShape::Enum(def)) => {
                    (!def.values.iter().any(|known| known.value == value))
                        .then(|| format!("`{name}` has no such value"))
                }
                _ => Some(format!(
                    "`{name}` is not an enum; only `\"\"` (absent or empty) tests it"
                )),
            },
            TypeExpr::Any | TypeExpr::Array(_) | TypeExpr::Map(_) => Some(format!(
                "`{ty}` is tested only for `\"\"` (absent or empty)"
            )),
        }
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
                .is_some_and(|def| def.is_enum()),
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
                .and_then(|def| def.as_struct()),
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
            if [
                crate::spec::SERVER_RESPONSE_CASE,
                crate::spec::SERVER_BODY_CASE,
            ]
            .contains(&example.name.as_str())
            {
                self.error(
                    file,
                    &example_location,
                    "the name is taken by the round-trip case generated from the server facts",
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
