//! The old side of a comparison: a spec loaded without today's naming rules, and the argument
//! order its committed code gave users.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostic::Diagnostics;
use crate::ir::Api;

/// The spec in `spec_dir` for the old side of a comparison: it must load and validate, but the
/// naming rules of today's generator are not held against it (a spec released before a rule
/// such as the parameter synonyms existed still has the names it was released with). The
/// naming problems come back beside the model, for a note.
pub fn load_base(spec_dir: &Path) -> Result<(Api, Diagnostics), Diagnostics> {
    let loaded = crate::load::load_dir(spec_dir)?;
    crate::validate::validate(&loaded)?;
    let (mut api, naming) = crate::ir::lower(&loaded);
    // As `load_api` does, so that the base's generated code can be compared with what was
    // committed (the server-shape cases are part of it).
    crate::ir::attach_server_cases(&mut api, &loaded);
    Ok((api, naming))
}

/// The positional arguments of every `Client` method in generated request code (the text of a
/// committed `requests/<module>.rs`), by method name; the body is left out.
///
/// An old revision's code is what its users call. Where the generator's call-order rule has
/// changed since, [`use_released_order`] puts these back into a model that today's generator
/// lowered from the old spec.
pub fn released_arguments(source: &str) -> Result<BTreeMap<String, Vec<String>>, String> {
    let file = syn::parse_file(source).map_err(|err| err.to_string())?;
    let mut methods = BTreeMap::new();
    for item in &file.items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        // `impl Client` until the generated methods served both clients, `impl<M>
        // GenericClient<M>` since.
        let is_client = matches!(&*block.self_ty, syn::Type::Path(path)
            if path.path.segments.last().is_some_and(|segment| segment.ident.to_string().ends_with("Client")));
        if block.trait_.is_some() || !is_client {
            continue;
        }
        for member in &block.items {
            let syn::ImplItem::Fn(function) = member else {
                continue;
            };
            if !matches!(function.vis, syn::Visibility::Public(_)) {
                continue;
            }
            let arguments = function
                .sig
                .inputs
                .iter()
                .filter_map(|input| match input {
                    syn::FnArg::Typed(typed) => match &*typed.pat {
                        syn::Pat::Ident(ident) => {
                            Some(ident.ident.to_string().trim_start_matches("r#").to_owned())
                        }
                        _ => None,
                    },
                    syn::FnArg::Receiver(_) => None,
                })
                .filter(|name| name != "body")
                .collect();
            methods.insert(function.sig.ident.to_string(), arguments);
        }
    }
    Ok(methods)
}

/// Orders each endpoint's positional arguments in `api` as `released` (see
/// [`released_arguments`]) has them, where both name the same arguments; returns the methods
/// whose order changed. Arguments named otherwise are left alone: a rename is a spec change the
/// comparison reports.
pub fn use_released_order(api: &mut Api, released: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut reordered = Vec::new();
    for endpoint in api
        .modules
        .iter_mut()
        .flat_map(|module| &mut module.endpoints)
    {
        let Some(names) = released.get(&endpoint.method.rust) else {
            continue;
        };
        let current: Vec<&str> = endpoint
            .positional
            .iter()
            .map(|param| param.name.rust.as_str())
            .collect();
        if current == *names {
            continue;
        }
        let mut sorted_current = current.clone();
        let mut sorted_released: Vec<&str> = names.iter().map(String::as_str).collect();
        sorted_current.sort_unstable();
        sorted_released.sort_unstable();
        if sorted_current != sorted_released {
            continue;
        }
        endpoint.positional.sort_by_key(|param| {
            names
                .iter()
                .position(|name| *name == param.name.rust)
                .unwrap_or(usize::MAX)
        });
        reordered.push(endpoint.method.rust.clone());
    }
    reordered
}
