//! Client methods: positional arguments, builder setters, body, response and pager.

use std::collections::BTreeMap;

use super::{ChangeKind, Changes, arguments, response_ty, rust_ty};
use crate::ir::{Api, EndpointItem, ParamItem};
use crate::text::code;

fn endpoints_by_method(api: &Api) -> BTreeMap<&str, (&str, &EndpointItem)> {
    api.modules
        .iter()
        .flat_map(|module| {
            module.endpoints.iter().map(|endpoint| {
                (
                    endpoint.method.rust.as_str(),
                    (module.name.as_str(), endpoint),
                )
            })
        })
        .collect()
}

pub(super) fn diff_endpoints(old: &Api, new: &Api, changes: &mut Changes) {
    let old_endpoints = endpoints_by_method(old);
    let new_endpoints = endpoints_by_method(new);
    for (method, (module, endpoint)) in &old_endpoints {
        if !new_endpoints.contains_key(method) {
            changes.push(
                module,
                format!("{method}()"),
                ChangeKind::EndpointRemoved,
                format!(
                    "client method removed, with its builder {}",
                    code(&endpoint.builder)
                ),
            );
        }
    }
    for (method, (module, endpoint)) in &new_endpoints {
        match old_endpoints.get(method) {
            None => changes.push(
                module,
                format!("{method}()"),
                ChangeKind::EndpointAdded,
                format!(
                    "client method added: {}",
                    code(&format!("{method}{}", arguments(endpoint)))
                ),
            ),
            Some((old_module, old_endpoint)) => {
                if old_module != module {
                    changes.push(
                        module,
                        format!("{method}()"),
                        ChangeKind::EndpointMoved,
                        format!(
                            "builder {} moved from `requests::{old_module}` to `requests::{module}` \
                             (`requests::{}` still names it)",
                            code(&endpoint.builder),
                            endpoint.builder
                        ),
                    );
                }
                diff_endpoint(module, old_endpoint, endpoint, changes);
            }
        }
    }
}

/// A parameter of `params` that is the same query parameter as `param`: the same Rust name, or
/// failing that the same wire name.
fn same_param<'a>(params: &[&'a ParamItem], param: &ParamItem) -> Option<&'a ParamItem> {
    params
        .iter()
        .find(|other| other.name.rust == param.name.rust)
        .or_else(|| {
            params
                .iter()
                .find(|other| other.name.wire == param.name.wire)
        })
        .copied()
}

fn diff_endpoint(module: &str, old: &EndpointItem, new: &EndpointItem, changes: &mut Changes) {
    let method = new.method.rust.as_str();
    let old_route = format!("{} {}", old.http_method, old.path);
    let new_route = format!("{} {}", new.http_method, new.path);
    if old_route != new_route {
        changes.push(
            module,
            format!("{method}()"),
            ChangeKind::RouteChanged,
            format!("route {} -> {}", code(&old_route), code(&new_route)),
        );
    }
    diff_arguments(module, old, new, changes);
    diff_setters(module, old, new, changes);

    match (&old.body, &new.body) {
        (None, Some(body)) => changes.push(
            module,
            format!("{method}(body)"),
            ChangeKind::BodyAdded,
            format!(
                "body argument added: {} (last argument)",
                code(&rust_ty(&body.ty))
            ),
        ),
        (Some(body), None) => changes.push(
            module,
            format!("{method}(body)"),
            ChangeKind::BodyRemoved,
            format!("body argument removed (was {})", code(&rust_ty(&body.ty))),
        ),
        (Some(old_body), Some(new_body)) => {
            let (old_ty, new_ty) = (rust_ty(&old_body.ty), rust_ty(&new_body.ty));
            if old_ty != new_ty {
                changes.push(
                    module,
                    format!("{method}(body)"),
                    ChangeKind::BodyRetyped,
                    format!("body type {} -> {}", code(&old_ty), code(&new_ty)),
                );
            }
        }
        (None, None) => {}
    }

    let (old_output, new_output) = (response_ty(&old.response), response_ty(&new.response));
    if old_output != new_output {
        changes.push(
            module,
            format!("{method}().send()"),
            ChangeKind::ResponseChanged,
            format!(
                "response type {} -> {}",
                code(&old_output),
                code(&new_output)
            ),
        );
    }

    let item = format!("{method}().items()");
    match (&old.pagination, &new.pagination) {
        (None, Some(pagination)) => changes.push(
            module,
            item,
            ChangeKind::PaginationAdded,
            format!(
                "pager added: `.items()` yields {} across pages",
                code(&rust_ty(&pagination.item_ty))
            ),
        ),
        (Some(_), None) => changes.push(
            module,
            item,
            ChangeKind::PaginationRemoved,
            "pager removed: the builder has no `.items()`",
        ),
        (Some(old_pages), Some(new_pages)) => {
            let (old_ty, new_ty) = (rust_ty(&old_pages.item_ty), rust_ty(&new_pages.item_ty));
            if old_ty != new_ty {
                changes.push(
                    module,
                    item,
                    ChangeKind::PaginationRetyped,
                    format!("`.items()` yields {} -> {}", code(&old_ty), code(&new_ty)),
                );
            }
        }
        (None, None) => {}
    }
}

/// Positional arguments: paired by Rust name, then by wire name (a rename); what is left over
/// was added or removed, or moved between the arguments and the setters.
fn diff_arguments(module: &str, old: &EndpointItem, new: &EndpointItem, changes: &mut Changes) {
    let method = new.method.rust.as_str();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut old_paired = vec![false; old.positional.len()];
    let mut new_paired = vec![false; new.positional.len()];
    let same_rust = |a: &ParamItem, b: &ParamItem| a.name.rust == b.name.rust;
    let same_wire = |a: &ParamItem, b: &ParamItem| a.name.wire == b.name.wire;
    for matches in [
        &same_rust as &dyn Fn(&ParamItem, &ParamItem) -> bool,
        &same_wire,
    ] {
        for (old_index, old_param) in old.positional.iter().enumerate() {
            if old_paired[old_index] {
                continue;
            }
            let found = new
                .positional
                .iter()
                .enumerate()
                .find(|(new_index, new_param)| {
                    !new_paired[*new_index] && matches(old_param, new_param)
                });
            if let Some((new_index, _)) = found {
                old_paired[old_index] = true;
                new_paired[new_index] = true;
                pairs.push((old_index, new_index));
            }
        }
    }

    let old_setters: Vec<&ParamItem> = old.optional_query().collect();
    let new_setters: Vec<&ParamItem> = new.optional_query().collect();
    for (index, param) in old.positional.iter().enumerate() {
        if old_paired[index] {
            continue;
        }
        let item = format!("{method}({})", param.name.rust);
        match same_param(&new_setters, param) {
            Some(setter) => changes.push(
                module,
                item,
                ChangeKind::QueryBecameOptional,
                format!(
                    "query parameter {} became optional: the argument is now the setter `.{}()`",
                    code(&param.name.wire),
                    setter.name.rust
                ),
            ),
            None => changes.push(
                module,
                item,
                ChangeKind::ArgumentRemoved,
                format!(
                    "argument removed (was {}: {})",
                    code(&param.name.rust),
                    code(&rust_ty(&param.ty))
                ),
            ),
        }
    }
    for (index, param) in new.positional.iter().enumerate() {
        if new_paired[index] {
            continue;
        }
        let item = format!("{method}({})", param.name.rust);
        match same_param(&old_setters, param) {
            Some(setter) => changes.push(
                module,
                item,
                ChangeKind::QueryBecameRequired,
                format!(
                    "query parameter {} became required: the setter `.{}()` is now argument {} of {}",
                    code(&param.name.wire),
                    setter.name.rust,
                    index + 1,
                    code(&format!("{method}{}", arguments(new)))
                ),
            ),
            None => changes.push(
                module,
                item,
                ChangeKind::ArgumentAdded,
                format!(
                    "argument added: {}, now {}",
                    code(&format!("{}: {}", param.name.rust, rust_ty(&param.ty))),
                    code(&format!("{method}{}", arguments(new)))
                ),
            ),
        }
    }

    // Arguments both versions take, in the new order: their old places must still increase.
    pairs.sort_by_key(|&(_, new_index)| new_index);
    let reordered = pairs.windows(2).any(|pair| pair[0].0 > pair[1].0);
    if reordered {
        // The two signatures show any renames as well.
        changes.push(
            module,
            format!("{method}(..)"),
            ChangeKind::ArgumentsReordered,
            format!(
                "arguments reordered: {} -> {}",
                code(&format!("{method}{}", arguments(old))),
                code(&format!("{method}{}", arguments(new)))
            ),
        );
    }
    for &(old_index, new_index) in &pairs {
        let (old_param, new_param) = (&old.positional[old_index], &new.positional[new_index]);
        let item = format!("{method}({})", new_param.name.rust);
        let (old_ty, new_ty) = (rust_ty(&old_param.ty), rust_ty(&new_param.ty));
        if old_ty != new_ty {
            changes.push(
                module,
                item.clone(),
                ChangeKind::ArgumentRetyped,
                format!("argument type {} -> {}", code(&old_ty), code(&new_ty)),
            );
        }
        if old_param.name.rust != new_param.name.rust {
            if reordered {
                continue;
            }
            changes.push(
                module,
                item.clone(),
                ChangeKind::ArgumentRenamed,
                format!(
                    "argument renamed from {} (callers pass it by position)",
                    code(&old_param.name.rust)
                ),
            );
        } else if old_param.name.wire != new_param.name.wire {
            changes.push(
                module,
                item,
                ChangeKind::WireNameChanged,
                format!(
                    "sent as {} instead of {}",
                    code(&new_param.name.wire),
                    code(&old_param.name.wire)
                ),
            );
        }
    }
}

/// Builder setters (optional query parameters), by Rust name: the setter's name is its API.
fn diff_setters(module: &str, old: &EndpointItem, new: &EndpointItem, changes: &mut Changes) {
    let method = new.method.rust.as_str();
    let old_setters: BTreeMap<&str, &ParamItem> = old
        .optional_query()
        .map(|param| (param.name.rust.as_str(), param))
        .collect();
    let new_setters: BTreeMap<&str, &ParamItem> = new
        .optional_query()
        .map(|param| (param.name.rust.as_str(), param))
        .collect();
    let new_positional: Vec<&ParamItem> = new.positional.iter().collect();
    let old_positional: Vec<&ParamItem> = old.positional.iter().collect();
    let setter_for_wire = |setters: &BTreeMap<&str, &ParamItem>, wire: &str| {
        setters
            .values()
            .find(|param| param.name.wire == wire)
            .map(|param| param.name.rust.clone())
    };
    for (name, param) in &old_setters {
        if new_setters.contains_key(name) || same_param(&new_positional, param).is_some() {
            // Unchanged, or reported with the arguments (it became required).
            continue;
        }
        let description = match setter_for_wire(&new_setters, &param.name.wire) {
            Some(other) => format!(
                "setter removed; the query parameter {} is now set with `.{other}()`",
                code(&param.name.wire)
            ),
            None => format!(
                "setter removed (optional query parameter {})",
                code(&param.name.wire)
            ),
        };
        changes.push(
            module,
            format!("{method}().{name}()"),
            ChangeKind::SetterRemoved,
            description,
        );
    }
    for (name, param) in &new_setters {
        let item = format!("{method}().{name}()");
        match old_setters.get(name) {
            None if same_param(&old_positional, param).is_some() => {
                // Reported with the arguments (it became optional).
            }
            None => {
                let description = match setter_for_wire(&old_setters, &param.name.wire) {
                    Some(other) => format!(
                        "setter added for the query parameter {} (was `.{other}()`)",
                        code(&param.name.wire)
                    ),
                    None => format!(
                        "setter added for the optional query parameter {} ({})",
                        code(&param.name.wire),
                        code(&rust_ty(&param.ty))
                    ),
                };
                changes.push(module, item, ChangeKind::SetterAdded, description);
            }
            Some(old_param) => {
                let (old_ty, new_ty) = (rust_ty(&old_param.ty), rust_ty(&param.ty));
                if old_ty != new_ty {
                    changes.push(
                        module,
                        item.clone(),
                        ChangeKind::SetterRetyped,
                        format!(
                            "setter takes {} instead of {}",
                            code(&new_ty),
                            code(&old_ty)
                        ),
                    );
                }
                if old_param.name.wire != param.name.wire {
                    changes.push(
                        module,
                        item,
                        ChangeKind::WireNameChanged,
                        format!(
                            "sent as {} instead of {}",
                            code(&param.name.wire),
                            code(&old_param.name.wire)
                        ),
                    );
                }
            }
        }
    }
}
