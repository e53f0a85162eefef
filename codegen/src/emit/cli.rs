//! Emits the command tree of the `zadig` command-line client (`zadig-cli/src/generated/`).
//!
//! - `mod.rs`: every command group (one per API module with endpoints) and the dispatch from
//!   a group's name to its module.
//! - `<module>.rs`: per endpoint, a `clap` command named after the client method, its flags
//!   (one per path and query parameter, named as the client's setter; for a body whose fields
//!   are all scalars, one per field), its help (the HTTP line, the description, the releases
//!   that serve it), and the code that turns the parsed flags into the client's call and
//!   prints the answer through the CLI's runtime.
//!
//! The naming rule, written once here and in the CLI's README: the group is the module name
//! and the command the client method, with `-` for `_` (`client.list_workflow_tasks(..)` is
//! `zadig workflow list-workflow-tasks`); a flag is the client's name of the parameter with
//! `-` for `_` (`project_key` is `--project-key`), and a body field's flag the field's Rust
//! name the same way.
//!
//! The emitted code calls the CLI's hand-written runtime only through `crate::args` (flag
//! builders and typed getters) and `crate::runtime` (`Ctx`, `Failure`, `Served`, `Table`,
//! `BodyField`), and the client through its public methods.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rust::{ident, public_ty};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::ir::{
    Api, EndpointItem, Module, NamedKind, ParamItem, ResponseItem, Shape, Ty, TypeItem,
};
use crate::release::{Range, ReleaseName};

/// Flags every command has or may have (the CLI's global options, `--body`, `--all`), and
/// clap's own: a parameter or body field cannot take one of these names.
pub const RESERVED_FLAGS: &[&str] = &[
    "all", "body", "help", "jq", "output", "profile", "release", "url", "verbose", "version",
];

/// The most columns a generated table shows.
pub const MAX_COLUMNS: usize = 6;

/// A Rust (snake_case) name as a command or flag: `list_workflow_tasks` is
/// `list-workflow-tasks`, `self_` is `self`.
pub fn kebab(rust: &str) -> String {
    rust.trim_end_matches('_').replace('_', "-")
}

/// Every parameter whose flag would take the name of a flag the CLI reserves, and every
/// parameter type the CLI cannot take as a flag.
pub fn check_names(api: &Api) -> Diagnostics {
    let mut diagnostics = Diagnostics::default();
    for module in &api.modules {
        for endpoint in &module.endpoints {
            for param in endpoint.path_params.iter().chain(&endpoint.query) {
                let kind = if param.in_path {
                    "path parameter"
                } else {
                    "query parameter"
                };
                let location = format!("endpoint `{}`, {kind} `{}`", endpoint.id, param.name.wire);
                let flag = kebab(&param.name.rust);
                if RESERVED_FLAGS.contains(&flag.as_str()) {
                    diagnostics.push(
                        Diagnostic::new(
                            &module.source,
                            location.clone(),
                            format!(
                                "the CLI flag `--{flag}` is one every `zadig` command reserves"
                            ),
                        )
                        .help("set `rust_name:` on the parameter"),
                    );
                }
                if flag_kind(&param.ty).is_none() {
                    diagnostics.push(Diagnostic::new(
                        &module.source,
                        location,
                        "the CLI takes only text, number, boolean and enum parameters (or lists of them)",
                    ));
                }
            }
        }
    }
    diagnostics
}

/// Every file of the CLI's generated directory, as `(path, source, tokens)`.
pub fn emit_all(api: &Api, all_sources: &str) -> Vec<(String, String, TokenStream)> {
    let types = api.types();
    let mut files = vec![("mod.rs".to_owned(), all_sources.to_owned(), emit_mod(api))];
    for module in api.modules.iter().filter(|m| !m.endpoints.is_empty()) {
        files.push((
            format!("{}.rs", module.name),
            module.source.clone(),
            emit_module(api, module, &types),
        ));
    }
    files
}

fn modules_with_endpoints(api: &Api) -> impl Iterator<Item = &Module> {
    api.modules.iter().filter(|m| !m.endpoints.is_empty())
}

fn emit_mod(api: &Api) -> TokenStream {
    let declarations = modules_with_endpoints(api).map(|module| {
        let name = ident(&module.name);
        let text = format!(" The `zadig {}` commands.", kebab(&module.name));
        quote! {
            #[doc = #text]
            mod #name;
        }
    });
    let groups = modules_with_endpoints(api).map(|module| {
        let name = ident(&module.name);
        quote! { #name::command() }
    });
    let arms = modules_with_endpoints(api).map(|module| {
        let name = ident(&module.name);
        let group = kebab(&module.name);
        quote! { #group => #name::dispatch(ctx, command, matches).await, }
    });
    quote! {
        //! The command tree, generated from the spec: one group per API module, one command per
        //! endpoint. Nothing here is edited by hand.
        #(#declarations)*

        /// Every command group, modules by name.
        pub(crate) fn groups() -> Vec<clap::Command> {
            vec![#(#groups),*]
        }

        /// Runs `command` of `group` with its parsed flags.
        pub(crate) async fn dispatch(
            ctx: &crate::runtime::Ctx,
            group: &str,
            command: &str,
            matches: &clap::ArgMatches,
        ) -> Result<(), crate::runtime::Failure> {
            match group {
                #(#arms)*
                _ => Err(crate::runtime::Failure::unknown_command(group, command)),
            }
        }
    }
}

fn emit_module(api: &Api, module: &Module, types: &BTreeMap<&str, &TypeItem>) -> TokenStream {
    let group = kebab(&module.name);
    let about = format!(
        "The {} API ({} endpoint{})",
        module.title,
        module.endpoints.len(),
        if module.endpoints.len() == 1 { "" } else { "s" }
    );
    let commands: Vec<_> = module
        .endpoints
        .iter()
        .map(|endpoint| Endpoint::new(api, &group, endpoint, types))
        .collect();
    let builders = commands.iter().map(|command| {
        let name = &command.builder;
        quote! { #name() }
    });
    let functions = commands.iter().map(Endpoint::command_fn);
    let arms = commands.iter().map(Endpoint::dispatch_arm);
    let text = format!(" The `zadig {group}` commands: the {} API.", module.title);
    let command_doc = format!(" The `zadig {group}` group and its commands.");
    quote! {
        #![doc = #text]
        #![allow(clippy::too_many_lines)]

        use clap::{ArgMatches, Command};

        use crate::args;
        use crate::runtime::{Ctx, Failure};

        #[doc = #command_doc]
        pub(super) fn command() -> Command {
            Command::new(#group)
                .about(#about)
                .subcommand_required(true)
                .arg_required_else_help(true)
                .subcommands([#(#builders),*])
        }

        /// Runs `command` of this group with its parsed flags.
        pub(super) async fn dispatch(ctx: &Ctx, command: &str, matches: &ArgMatches) -> Result<(), Failure> {
            match command {
                #(#arms)*
                _ => Err(Failure::unknown_command(#group, command)),
            }
        }

        #(#functions)*
    }
}

/// How a parameter or body field is taken on the command line.
#[derive(Debug, Clone)]
enum FlagKind {
    /// Text, numbers, booleans: the Rust type clap parses into.
    Plain(TokenStream),
    /// An enum: its wire values with their first doc line, and its type.
    Choice {
        ty: TokenStream,
        values: Vec<(String, String)>,
    },
}

/// The flag kind of a scalar type, and whether it is a list; `None` for a type the CLI cannot
/// take as a flag.
fn flag_kind(ty: &Ty) -> Option<(FlagKind, bool)> {
    match ty {
        Ty::Array(inner) => Some((scalar_kind(inner, &BTreeMap::new())?, true)),
        other => Some((scalar_kind(other, &BTreeMap::new())?, false)),
    }
}

fn scalar_kind(ty: &Ty, types: &BTreeMap<&str, &TypeItem>) -> Option<FlagKind> {
    let plain = |tokens: TokenStream| Some(FlagKind::Plain(tokens));
    match ty {
        Ty::String => plain(quote! { String }),
        Ty::Bool => plain(quote! { bool }),
        Ty::I32 => plain(quote! { i32 }),
        Ty::I64 => plain(quote! { i64 }),
        Ty::U32 => plain(quote! { u32 }),
        Ty::U64 => plain(quote! { u64 }),
        Ty::F64 => plain(quote! { f64 }),
        Ty::Named {
            name,
            kind: NamedKind::Enum,
        } => {
            let values = match types.get(name.as_str()).map(|item| &item.shape) {
                Some(Shape::Enum { values }) => values
                    .iter()
                    .map(|value| (value.name.wire.clone(), first_line(&value.doc)))
                    .collect(),
                _ => Vec::new(),
            };
            Some(FlagKind::Choice {
                ty: public_ty(ty),
                values,
            })
        }
        _ => None,
    }
}

fn first_line(text: &str) -> String {
    text.trim()
        .lines()
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// One flag of a command: a parameter or a body field.
struct Flag {
    /// `--<long>`, also the flag's id.
    long: String,
    help: String,
    kind: FlagKind,
    list: bool,
    required: bool,
    /// A body field's wire name (a parameter: `None`).
    field: Option<String>,
}

impl Flag {
    fn of_param(
        param: &ParamItem,
        endpoint: &EndpointItem,
        api: &Api,
        types: &BTreeMap<&str, &TypeItem>,
    ) -> Option<Flag> {
        let (kind, list) = match &param.ty {
            Ty::Array(inner) => (scalar_kind(inner, types)?, true),
            other => (scalar_kind(other, types)?, false),
        };
        let place = if param.in_path { "path" } else { "query" };
        let mut help = format!("{} [{place}: {}]", sentence(&param.doc), param.name.wire);
        if let Some(default) = &param.default {
            help.push_str(&format!(" [server default: {default}]"));
        }
        if param.served != endpoint.served
            && let Some(words) = param.served.describe(&api.releases)
        {
            help.push_str(&format!(" [read by {words}]"));
        }
        Some(Flag {
            long: kebab(&param.name.rust),
            help,
            kind,
            list,
            required: param.required,
            field: None,
        })
    }

    /// The `clap::Arg` builder.
    fn arg(&self) -> TokenStream {
        let long = &self.long;
        let help = &self.help;
        let mut arg = match &self.kind {
            FlagKind::Plain(ty) => quote! { args::flag::<#ty>(#long, #help) },
            FlagKind::Choice { values, .. } => {
                let values = values.iter().map(|(wire, doc)| quote! { (#wire, #doc) });
                quote! { args::choice(#long, #help, &[#(#values),*]) }
            }
        };
        if self.list {
            arg = quote! { #arg.action(clap::ArgAction::Append) };
        }
        if self.required {
            arg = quote! { #arg.required(true) };
        }
        if self.field.is_some() {
            arg = quote! { #arg.help_heading("Body fields") };
        }
        arg
    }

    /// The expression reading the flag's value as the client method wants it.
    fn value(&self) -> TokenStream {
        let long = &self.long;
        match (&self.kind, self.list, self.required) {
            (FlagKind::Plain(ty), false, true) => quote! { args::one::<#ty>(matches, #long)? },
            (FlagKind::Plain(ty), false, false) => quote! { args::opt::<#ty>(matches, #long) },
            (FlagKind::Plain(ty), true, _) => quote! { args::many::<#ty>(matches, #long) },
            (FlagKind::Choice { ty, .. }, false, true) => {
                quote! { #ty::from(args::one::<String>(matches, #long)?) }
            }
            (FlagKind::Choice { ty, .. }, false, false) => {
                quote! { args::opt::<String>(matches, #long).map(#ty::from) }
            }
            (FlagKind::Choice { ty, .. }, true, _) => quote! {
                args::many::<String>(matches, #long).into_iter().map(#ty::from).collect::<Vec<_>>()
            },
        }
    }
}

/// `text` as one sentence for a help line: trimmed, without a final period, first line only
/// when it has several paragraphs.
fn sentence(text: &str) -> String {
    let text = text.trim();
    let paragraph = text.split("\n\n").next().unwrap_or(text);
    paragraph
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches('.')
        .to_owned()
}

/// What the emitter decides about one endpoint's command.
struct Endpoint<'a> {
    endpoint: &'a EndpointItem,
    api: &'a Api,
    /// The group's name (`workflow`).
    group: String,
    /// `list-workflow-tasks`.
    name: String,
    /// The function building its `clap::Command`.
    builder: proc_macro2::Ident,
    /// The parameters' flags, by wire name.
    params: Vec<(&'a ParamItem, Flag)>,
    /// The body's type and its field flags (empty unless every field is a scalar).
    body: Option<(TokenStream, Vec<Flag>)>,
    /// The body's type name, for help.
    body_name: Option<String>,
    table: Option<TableSpec>,
}

/// The default table view of a JSON answer: the rows (the answer itself, or one of its
/// fields holding a list) and the columns.
struct TableSpec {
    /// The answer's field holding the rows; `None`: the answer is the list, or one row.
    rows: Option<String>,
    columns: Vec<String>,
}

impl<'a> Endpoint<'a> {
    fn new(
        api: &'a Api,
        group: &str,
        endpoint: &'a EndpointItem,
        types: &BTreeMap<&str, &TypeItem>,
    ) -> Self {
        let name = kebab(&endpoint.method.rust);
        let builder = format_ident!("{}_command", endpoint.method.rust.trim_end_matches('_'));
        let params: Vec<(&ParamItem, Flag)> = endpoint
            .path_params
            .iter()
            .chain(&endpoint.query)
            .filter_map(|param| Some((param, Flag::of_param(param, endpoint, api, types)?)))
            .collect();
        let taken: Vec<String> = params.iter().map(|(_, flag)| flag.long.clone()).collect();
        let body = endpoint.body.as_ref().map(|body| {
            let flags = body_fields(&body.ty, types)
                .into_iter()
                .filter(|flag| {
                    !taken.contains(&flag.long) && !RESERVED_FLAGS.contains(&flag.long.as_str())
                })
                .collect();
            (public_ty(&body.ty), flags)
        });
        let body_name = endpoint.body.as_ref().map(|body| {
            public_ty(&body.ty)
                .to_string()
                .replace(' ', "")
                .replace("crate::types::", "")
        });
        let table = match &endpoint.response {
            ResponseItem::Json(ty) => table_spec(ty, endpoint, types),
            _ => None,
        };
        Endpoint {
            endpoint,
            api,
            group: group.to_owned(),
            name,
            builder,
            params,
            body,
            body_name,
            table,
        }
    }

    /// The command's long help: summary, HTTP line, description, releases.
    fn long_about(&self) -> String {
        let endpoint = self.endpoint;
        let mut text = format!(
            "{}\n\n{} {}",
            endpoint.summary.trim(),
            endpoint.http_method,
            endpoint.path
        );
        if let Some(description) = &endpoint.description {
            text.push_str("\n\n");
            text.push_str(description.trim());
        }
        text.push_str("\n\nServed by: ");
        text.push_str(&served_words(&endpoint.served, &self.api.releases));
        for older in &endpoint.older_paths {
            text.push_str(&format!("\nUntil {} at: {}", older.until, older.path));
        }
        if let Some(name) = &self.body_name {
            text.push_str(&format!(
                "\n\nThe body ({name}, JSON or YAML) is given with --body FILE (- for standard input){}.",
                match &self.body {
                    Some((_, fields)) if !fields.is_empty() => ", the field flags below, or both (the flags win)",
                    _ => "",
                }
            ));
        }
        if let Some(table) = &self.table {
            let columns: Vec<String> = table.columns.iter().map(|c| c.to_uppercase()).collect();
            let rows = match &table.rows {
                Some(field) => format!("a row per item of `{field}`"),
                None if matches!(&endpoint.response, ResponseItem::Json(Ty::Array(_))) => {
                    "a row per item".to_owned()
                }
                None => "one row".to_owned(),
            };
            text.push_str(&format!(
                "\n\nWith --output table: {rows}, columns {}.",
                columns.join(", ")
            ));
        }
        text.push_str(&format!("\n\nClient method: {}", endpoint.method.rust));
        text
    }

    fn command_fn(&self) -> TokenStream {
        let builder = &self.builder;
        let name = &self.name;
        let about = sentence(&self.endpoint.summary);
        let long_about = self.long_about();
        let mut args: Vec<TokenStream> = self.params.iter().map(|(_, flag)| flag.arg()).collect();
        if let Some((_, fields)) = &self.body {
            let body_name = self.body_name.as_deref().unwrap_or("body");
            let required = fields.is_empty();
            args.push(quote! { args::body(#body_name, #required) });
            args.extend(fields.iter().map(Flag::arg));
        }
        if self.endpoint.pagination.is_some() {
            args.push(quote! { args::all_pages() });
        }
        let text = format!(
            " `zadig {} {name}`: `{} {}`.",
            self.group, self.endpoint.http_method, self.endpoint.path
        );
        let args = (!args.is_empty()).then(|| quote! { .args([#(#args),*]) });
        quote! {
            #[doc = #text]
            fn #builder() -> Command {
                Command::new(#name)
                    .about(#about)
                    .long_about(#long_about)
                    #args
            }
        }
    }

    fn dispatch_arm(&self) -> TokenStream {
        let endpoint = self.endpoint;
        let name = &self.name;
        let method = ident(&endpoint.method.rust);
        // The client refuses a command its configured release does not serve (its
        // `Route` says which do): one place decides it, for the library and the CLI alike.
        let mut arguments: Vec<TokenStream> = endpoint
            .positional
            .iter()
            .filter_map(|param| {
                self.params
                    .iter()
                    .find(|(p, _)| p.name.wire == param.name.wire && p.in_path == param.in_path)
                    .map(|(_, flag)| flag.value())
            })
            .collect();
        let body = self.body.as_ref().map(|(ty, fields)| {
            let fields = fields.iter().map(|flag| {
                let long = &flag.long;
                let wire = flag.field.as_deref().unwrap_or_default();
                let kind = match &flag.kind {
                    FlagKind::Plain(ty) => ty.clone(),
                    FlagKind::Choice { .. } => quote! { String },
                };
                quote! { (#long, #wire, args::field_value::<#kind>) }
            });
            quote! { let body: #ty = ctx.body(matches, &[#(#fields),*])?; }
        });
        if body.is_some() {
            arguments.push(quote! { body });
        }
        let setters = endpoint.optional_query().filter_map(|param| {
            let (_, flag) = self
                .params
                .iter()
                .find(|(p, _)| p.name.wire == param.name.wire && !p.in_path)?;
            let setter = ident(&param.name.rust);
            let value = flag.value();
            Some(if flag.list {
                quote! {
                    let values = #value;
                    if !values.is_empty() {
                        call = call.#setter(values);
                    }
                }
            } else {
                quote! {
                    if let Some(value) = #value {
                        call = call.#setter(value);
                    }
                }
            })
        });
        let has_setters = endpoint.optional_query().next().is_some();
        let binding = if has_setters {
            quote! { let mut call }
        } else {
            quote! { let call }
        };
        let table = |spec: Option<&TableSpec>| match spec {
            Some(spec) => {
                let rows = match &spec.rows {
                    Some(rows) => quote! { Some(#rows) },
                    None => quote! { None },
                };
                let columns = &spec.columns;
                quote! { Some(&crate::runtime::Table { rows: #rows, columns: &[#(#columns),*] }) }
            }
            None => quote! { None },
        };
        let answer_table = table(self.table.as_ref());
        let send = match &endpoint.response {
            ResponseItem::Json(_) => {
                let single = quote! { ctx.print(&call.send().await?, #answer_table) };
                match (&endpoint.pagination, &self.table) {
                    (Some(_), Some(spec)) => {
                        let items_table = table(Some(&TableSpec {
                            rows: None,
                            columns: spec.columns.clone(),
                        }));
                        quote! {
                            if args::flag_set(matches, "all") {
                                ctx.print(&call.items().collect_all().await?, #items_table)
                            } else {
                                #single
                            }
                        }
                    }
                    (Some(_), None) => quote! {
                        if args::flag_set(matches, "all") {
                            ctx.print(&call.items().collect_all().await?, None)
                        } else {
                            #single
                        }
                    },
                    (None, _) => single,
                }
            }
            ResponseItem::Text => quote! { ctx.print_text(&call.send().await?) },
            ResponseItem::EventStream => quote! { ctx.print_lines(call.send().await?).await },
            ResponseItem::Message => quote! { ctx.print(&call.send().await?, None) },
            ResponseItem::Empty => quote! {
                call.send().await?;
                Ok(())
            },
        };
        quote! {
            #name => {
                #body
                #binding = ctx.client()?.#method(#(#arguments),*);
                #(#setters)*
                #send
            }
        }
    }
}

/// The field flags of a body type: one per field when every field is a scalar (text,
/// number, boolean, enum value), none otherwise.
fn body_fields(ty: &Ty, types: &BTreeMap<&str, &TypeItem>) -> Vec<Flag> {
    let Ty::Named {
        name,
        kind: NamedKind::Struct,
    } = ty
    else {
        return Vec::new();
    };
    let Some(Shape::Struct { fields }) = types.get(name.as_str()).map(|item| &item.shape) else {
        return Vec::new();
    };
    let mut flags = Vec::new();
    for field in fields {
        let Some(kind) = scalar_kind(&field.ty, types) else {
            return Vec::new();
        };
        let required = if field.required { " (required)" } else { "" };
        flags.push(Flag {
            long: kebab(&field.name.rust),
            help: format!(
                "{}{required} [body: {}]",
                sentence(&field.doc),
                field.name.wire
            ),
            kind,
            list: false,
            required: false,
            field: Some(field.name.wire.clone()),
        });
    }
    flags
}

/// The default table of a JSON answer of type `ty`: the list it holds (the answer itself, the
/// paged items, or its only field holding a list of objects) and up to [`MAX_COLUMNS`] of the
/// row type's scalar fields, in the spec's order; a single object is one row.
fn table_spec(
    ty: &Ty,
    endpoint: &EndpointItem,
    types: &BTreeMap<&str, &TypeItem>,
) -> Option<TableSpec> {
    let fields_of = |ty: &Ty| match ty {
        Ty::Named {
            name,
            kind: NamedKind::Struct,
        } => match types.get(name.as_str()).map(|item| &item.shape) {
            Some(Shape::Struct { fields }) => Some(fields.clone()),
            _ => None,
        },
        _ => None,
    };
    let columns = |ty: &Ty| -> Option<Vec<String>> {
        let columns: Vec<String> = fields_of(ty)?
            .iter()
            .filter(|field| scalar_kind(&field.ty, types).is_some())
            .take(MAX_COLUMNS)
            .map(|field| field.name.wire.clone())
            .collect();
        (!columns.is_empty()).then_some(columns)
    };
    if let Ty::Array(inner) = ty {
        return Some(TableSpec {
            rows: None,
            columns: columns(inner)?,
        });
    }
    if let Some(paging) = &endpoint.pagination {
        return Some(TableSpec {
            rows: Some(paging.items_field.wire.clone()),
            columns: columns(&paging.item_ty)?,
        });
    }
    let fields = fields_of(ty)?;
    let lists: Vec<_> = fields
        .iter()
        .filter_map(|field| match &field.ty {
            Ty::Array(inner) if fields_of(inner).is_some() => Some((field, inner)),
            _ => None,
        })
        .collect();
    if let [(field, inner)] = lists.as_slice() {
        return Some(TableSpec {
            rows: Some(field.name.wire.clone()),
            columns: columns(inner)?,
        });
    }
    Some(TableSpec {
        rows: None,
        columns: columns(ty)?,
    })
}

/// The releases serving `range`, in words, for help.
fn served_words(range: &Range, known: &[ReleaseName]) -> String {
    range.describe(known).unwrap_or_else(|| {
        let first = known.iter().find(|release| release.is_release());
        match first {
            Some(first) => format!("every release the spec knows ({first} and later)"),
            None => "every release the spec knows".to_owned(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_and_flags_are_the_client_names_with_dashes() {
        assert_eq!(kebab("list_workflow_tasks"), "list-workflow-tasks");
        assert_eq!(kebab("project_key"), "project-key");
        // A keyword-escaped Rust name is its plain word on the command line.
        assert_eq!(kebab("self_"), "self");
        assert_eq!(kebab("type"), "type");
    }

    #[test]
    fn help_sentences_are_one_line_without_a_final_period() {
        assert_eq!(sentence("  Number of the run.\n"), "Number of the run");
        assert_eq!(
            sentence("Identifier of the\n  project.\n\nMore detail here."),
            "Identifier of the project"
        );
    }

    #[test]
    fn releases_in_words_name_the_whole_range_when_every_release_serves() {
        let known: Vec<ReleaseName> = ["v3.4.0", "v4.2.0", "main"]
            .iter()
            .map(|text| ReleaseName::parse(text).expect("a release"))
            .collect();
        assert_eq!(
            served_words(&Range::ALL, &known),
            "every release the spec knows (v3.4.0 and later)"
        );
        let since = Range {
            since: Some(known[1]),
            until: None,
        };
        assert_eq!(served_words(&since, &known), "v4.2.0 and later");
    }
}
