//! The call-order rule (README "Call order"; `zadig_codegen::order`), checked on the code users
//! call: every `pub fn` taking `&self` in an `impl` block of a client of `zadig-api`
//! (`Client`, `GenericClient<M>`, which serves the async and the blocking client), generated
//! and hand-written alike. One test per rule, each listing every method that breaks it.
//!
//! The sources are parsed with `syn`, so a method written by hand (like
//! `wait_for_workflow_task`) is held to the same rule as a generated one. Whether a name is a path
//! parameter comes from the spec for generated methods; a hand-written method has none.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use zadig_codegen::order::{self, Rank};

/// One client method as written in the source.
struct Method {
    /// `requests/workflow.rs: get_workflow_task`.
    location: String,
    /// Argument names in order, `r#` removed, the receiver left out.
    arguments: Vec<String>,
    /// Names that are path parameters of the endpoint.
    path_params: Vec<String>,
}

impl Method {
    /// The arguments before the body, with whether each is a path parameter.
    fn positional(&self) -> Vec<(&str, bool)> {
        self.arguments
            .iter()
            .filter(|name| *name != "body")
            .map(|name| (name.as_str(), self.path_params.contains(name)))
            .collect()
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the workspace")
        .to_path_buf()
}

/// Rust name → path parameter names of each endpoint, from the spec.
fn path_params_by_method() -> BTreeMap<String, Vec<String>> {
    let (_, api) = zadig_codegen::load_api(&root().join("spec"))
        .unwrap_or_else(|diagnostics| panic!("the spec does not validate:\n{diagnostics}"));
    api.modules
        .iter()
        .flat_map(|module| &module.endpoints)
        .map(|endpoint| {
            (
                endpoint.method.rust.clone(),
                endpoint
                    .path_params
                    .iter()
                    .map(|param| param.name.rust.clone())
                    .collect(),
            )
        })
        .collect()
}

fn client_methods() -> Vec<Method> {
    let source = root().join("zadig-api/src");
    let mut files = vec![
        source.join("wait.rs"),
        source.join("blocking.rs"),
        source.join("client.rs"),
        source.join("raw.rs"),
    ];
    let dir = "generated/requests";
    let mut entries: Vec<PathBuf> = std::fs::read_dir(source.join(dir))
        .unwrap_or_else(|err| panic!("cannot list {dir}: {err}"))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    entries.sort();
    files.extend(entries);
    let path_params = path_params_by_method();
    let mut methods = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file)
            .unwrap_or_else(|err| panic!("cannot read {}: {err}", file.display()));
        let parsed = syn::parse_file(&text)
            .unwrap_or_else(|err| panic!("cannot parse {}: {err}", file.display()));
        let name = file
            .strip_prefix(&source)
            .unwrap_or(&file)
            .display()
            .to_string();
        collect(&parsed.items, &name, &path_params, &mut methods);
    }
    // One generated method per endpoint serves both clients (`impl<M> GenericClient<M>`).
    let endpoints = path_params.len();
    assert!(
        endpoints > 150 && methods.len() > endpoints,
        "expected a method for each of the {endpoints} endpoints and the hand-written ones, found {}",
        methods.len()
    );
    methods
}

fn collect(
    items: &[syn::Item],
    file: &str,
    path_params: &BTreeMap<String, Vec<String>>,
    methods: &mut Vec<Method>,
) {
    for item in items {
        match item {
            syn::Item::Mod(module) => {
                if let Some((_, items)) = &module.content {
                    collect(items, file, path_params, methods);
                }
            }
            syn::Item::Impl(block) if block.trait_.is_none() && is_client(&block.self_ty) => {
                for member in &block.items {
                    let syn::ImplItem::Fn(function) = member else {
                        continue;
                    };
                    let takes_ref_self = matches!(
                        function.sig.inputs.first(),
                        Some(syn::FnArg::Receiver(receiver))
                            if matches!(receiver.kind, syn::ReceiverKind::Reference(..))
                    );
                    if !matches!(function.vis, syn::Visibility::Public(_)) || !takes_ref_self {
                        continue;
                    }
                    let name = function.sig.ident.to_string();
                    let arguments = function
                        .sig
                        .inputs
                        .iter()
                        .filter_map(|input| match input {
                            syn::FnArg::Typed(typed) => match &*typed.pat {
                                syn::Pat::Ident(ident) => Some(
                                    ident.ident.to_string().trim_start_matches("r#").to_owned(),
                                ),
                                _ => None,
                            },
                            syn::FnArg::Receiver(_) => None,
                        })
                        .collect();
                    methods.push(Method {
                        location: format!("{file}: {name}"),
                        arguments,
                        path_params: path_params.get(&name).cloned().unwrap_or_default(),
                    });
                }
            }
            _ => {}
        }
    }
}

/// `Client`, `blocking::Client` or `GenericClient<M>`.
fn is_client(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(path)
        if path.path.segments.last().is_some_and(|segment| segment.ident.to_string().ends_with("Client")))
}

/// Every method for which `broken` says why it breaks a rule, one per line.
fn violations(broken: impl Fn(&Method) -> Option<String>) -> Vec<String> {
    client_methods()
        .iter()
        .filter_map(|method| broken(method).map(|why| format!("{}: {why}", method.location)))
        .collect()
}

fn assert_none(rule: &str, found: Vec<String>) {
    assert!(
        found.is_empty(),
        "{} client method(s) break the rule \"{rule}\":\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn rule_1_the_project_scope_comes_first() {
    assert_none(
        "project_key (or namespace) is the first argument",
        violations(|method| {
            let positional = method.positional();
            let index = positional
                .iter()
                .position(|(name, _)| order::SCOPE.contains(name))?;
            (index != 0).then(|| format!("{} is argument {}", positional[index].0, index + 1))
        }),
    );
}

#[test]
fn rule_2_resources_come_outermost_first_before_other_parameters() {
    assert_none(
        "resource identifiers follow the scope, outer resource first",
        violations(|method| {
            let positional = method.positional();
            positional.windows(2).find_map(|pair| {
                let (first, second) = (
                    order::rank(pair[0].0, pair[0].1),
                    order::rank(pair[1].0, pair[1].1),
                );
                match (first, second) {
                    (Rank::Resource(outer), Rank::Resource(inner)) if outer > inner => Some(
                        format!("{} (inner) comes before {} (outer)", pair[0].0, pair[1].0),
                    ),
                    (Rank::Other, Rank::Resource(_)) => Some(format!(
                        "{} comes before the resource {}",
                        pair[0].0, pair[1].0
                    )),
                    _ => None,
                }
            })
        }),
    );
}

#[test]
fn rule_3_the_body_is_the_last_argument() {
    assert_none(
        "the request body is the last argument",
        violations(|method| {
            let index = method.arguments.iter().position(|name| name == "body")?;
            (index + 1 != method.arguments.len()).then(|| {
                format!(
                    "body is argument {} of {}",
                    index + 1,
                    method.arguments.len()
                )
            })
        }),
    );
}

#[test]
fn rule_4_one_name_per_concept() {
    assert_none(
        "a concept has one Rust name (workflow_key, project_key, page_num, page_size, ...)",
        violations(|method| {
            method.arguments.iter().find_map(|name| {
                order::canonical(name).map(|canonical| format!("{name} should be {canonical}"))
            })
        }),
    );
}

/// The rule holds because the generator applies it, not by luck: the full check of
/// `zadig_codegen::order` passes on every method, hand-written ones included.
#[test]
fn every_client_method_passes_the_whole_rule() {
    assert_none(
        "the call-order rule",
        violations(|method| order::check(&method.positional())),
    );
}
