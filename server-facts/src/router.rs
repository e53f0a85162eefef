//! Finding the routes: the `/openapi/<x>` (and, for the extra routes, `/api/<x>`) prefixes the
//! services' routers mount, and the `Inject` methods that register handlers under them.
//!
//! Zadig mounts routers as `map[string]injector{"/openapi/build": new(buildhandler.OpenAPIRouter),
//! ...}` and calls `r.Inject(router.Group(name))` for each. The walk follows `Group` calls
//! (and calls that pass a group on to another function of the module) and reads every
//! `GET`/`POST`/`PUT`/`PATCH`/`DELETE`/`Handle` registration.

use std::collections::{BTreeMap, HashMap};

use tree_sitter::Node;
use zadig_spec_model::facts::{ExtractConfig, Unresolved};

use crate::ExtractError;
use crate::load::{Decl, string_literal};
use crate::program::{Callee, FnScope, Program, named_children, unparen};

/// The files that mount the services' routers, with the prefix the gateway adds to their
/// `/api` routes (aslan's `/api/x` is served at `/api/aslan/x`; the user service's `/api`
/// routes are not extracted).
pub const ROUTER_FILES: &[(&str, Option<&str>)] = &[
    (
        "pkg/microservice/aslan/server/rest/router.go",
        Some("/api/aslan"),
    ),
    ("pkg/microservice/user/server/rest/router.go", None),
];

const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE"];

/// A registered route, before its handler is analysed.
pub(crate) struct Route<'m> {
    pub method: String,
    /// The path as clients request it.
    pub path: String,
    /// The handler, or why it could not be told.
    pub handler: Result<(Decl<'m>, String), String>,
    /// `file:line` of the registration.
    pub at: String,
}

/// Every `/openapi` route, plus the config's extra routes, sorted by path and method; extra
/// routes that are not found come back as unresolved.
pub(crate) fn find_routes<'m>(
    prog: &Program<'m>,
    config: &ExtractConfig,
) -> Result<(Vec<Route<'m>>, Vec<Unresolved>), ExtractError> {
    let mut routes: BTreeMap<(String, String), Route<'m>> = BTreeMap::new();
    let mut unresolved = Vec::new();
    // Extra routes by their path inside the service (`/api/x`), to the path clients use.
    let mut wanted: HashMap<(String, String), String> = HashMap::new();
    for entry in &config.routes {
        let (method, path) = entry.split_once(' ').ok_or_else(|| {
            ExtractError::new(format!(
                "extract config: route `{entry}` is not `METHOD /path`"
            ))
        })?;
        wanted.insert(
            (method.to_owned(), path.trim().to_owned()),
            path.trim().to_owned(),
        );
    }
    let mut found_any = false;
    for (rel, api_prefix) in ROUTER_FILES {
        let Some(file) = prog.ix.module.files.iter().position(|f| f.rel == *rel) else {
            continue;
        };
        found_any = true;
        if let Some((line, what)) = &prog.ix.module.files[file].error {
            return Err(ExtractError::at(
                rel,
                *line,
                format!("cannot parse this Go file ({what})"),
            ));
        }
        let root = prog.ix.module.files[file].tree.root_node();
        let mut mounts = Vec::new();
        find_mounts(prog, file, root, &mut mounts);
        for (prefix, value) in mounts {
            let is_openapi = prefix.starts_with("/openapi");
            let served = match api_prefix {
                Some(gateway) if prefix.starts_with("/api/") => Some(*gateway),
                _ => None,
            };
            if !is_openapi && served.is_none() {
                continue;
            }
            let scope = prog.scope_of(file, value);
            let mut found = Vec::new();
            match injector(prog, &scope, value) {
                Ok(decl) => {
                    walk_registrar(prog, decl, 0, &prefix, &mut found, &mut unresolved, 0);
                }
                Err(reason) => unresolved.push(Unresolved {
                    what: format!("router {prefix}"),
                    reason,
                    at: Some(prog.ix.at(file, value)),
                }),
            }
            for route in found {
                let path = if is_openapi {
                    route.path.clone()
                } else {
                    let gateway = served.unwrap_or("");
                    let outside = format!("{gateway}{}", route.path.trim_start_matches("/api"));
                    if wanted
                        .remove(&(route.method.clone(), outside.clone()))
                        .is_none()
                    {
                        continue;
                    }
                    outside
                };
                if !path.starts_with("/openapi") && is_openapi {
                    continue;
                }
                routes
                    .entry((path.clone(), route.method.clone()))
                    .or_insert(Route { path, ..route });
            }
        }
    }
    if !found_any {
        return Err(ExtractError::new(format!(
            "not a Zadig checkout: none of the router files ({}) is there",
            ROUTER_FILES
                .iter()
                .map(|(f, _)| *f)
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let mut missing: Vec<_> = wanted.into_keys().collect();
    missing.sort();
    for (method, path) in missing {
        unresolved.push(Unresolved {
            what: format!("route {method} {path}"),
            reason: "listed in the extract config but no router registers it".to_owned(),
            at: None,
        });
    }
    Ok((routes.into_values().collect(), unresolved))
}

/// The `"prefix": router` pairs of map literals in a file, in source order.
fn find_mounts<'m>(
    prog: &Program<'m>,
    file: usize,
    node: Node<'m>,
    out: &mut Vec<(String, Node<'m>)>,
) {
    if node.kind() == "keyed_element" {
        let children = named_children(node);
        if let [key, value] = children.as_slice() {
            let key = element(*key);
            let value = element(*value);
            if matches!(
                key.kind(),
                "interpreted_string_literal" | "raw_string_literal"
            ) {
                let prefix = string_literal(key, prog.ix.text(file));
                if prefix.starts_with('/') {
                    out.push((prefix, value));
                }
            }
        }
        return;
    }
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        find_mounts(prog, file, child, out);
    }
}

/// The expression inside a `literal_element`.
fn element(node: Node) -> Node {
    if node.kind() == "literal_element" {
        node.named_child(0).unwrap_or(node)
    } else {
        node
    }
}

/// The `Inject` method of the router a mount's value makes (`new(pkg.Router)`,
/// `pkg.NewRouter()`).
fn injector<'m>(
    prog: &Program<'m>,
    scope: &FnScope<'m>,
    value: Node<'m>,
) -> Result<Decl<'m>, String> {
    let ty = prog.expr_type(scope, value)?;
    let Some(name) = ty.named() else {
        return Err(format!("the router is a {ty}, not a named type"));
    };
    match prog.method(name, "Inject") {
        Some(Callee::Func { decl, .. }) => Ok(decl),
        _ => Err(format!(
            "{} has no Inject method in the module",
            name.qualified()
        )),
    }
}

/// Walks a function that registers routes on its parameter `param` (a group at `prefix`).
fn walk_registrar<'m>(
    prog: &Program<'m>,
    decl: Decl<'m>,
    param: usize,
    prefix: &str,
    out: &mut Vec<Route<'m>>,
    unresolved: &mut Vec<Unresolved>,
    depth: u32,
) {
    if depth > 8 {
        return;
    }
    let Some(body) = decl.node.child_by_field_name("body") else {
        return;
    };
    let scope = prog.scope_of(decl.file, body);
    let params = parameter_names(prog, decl);
    let mut groups: HashMap<usize, String> = HashMap::new();
    if let Some(name) = params.get(param)
        && let Some(var) = scope.lookup(name, body.start_byte())
    {
        groups.insert(var, prefix.to_owned());
    }
    let mut walker = Walker {
        prog,
        scope: &scope,
        groups,
        out,
        unresolved,
        depth,
    };
    walker.walk(body);
}

/// The parameter names of a function, in order (`_` for unnamed ones).
fn parameter_names(prog: &Program, decl: Decl) -> Vec<String> {
    let mut names = Vec::new();
    let Some(list) = decl.node.child_by_field_name("parameters") else {
        return names;
    };
    for param in named_children(list) {
        let mut cursor = param.walk();
        let declared: Vec<String> = param
            .children_by_field_name("name", &mut cursor)
            .map(|n| prog.text(decl.file, n).to_owned())
            .collect();
        if declared.is_empty() {
            names.push("_".to_owned());
        }
        names.extend(declared);
    }
    names
}

struct Walker<'a, 'p, 'm> {
    prog: &'p Program<'m>,
    scope: &'a FnScope<'m>,
    /// Local variables holding a route group, with its prefix.
    groups: HashMap<usize, String>,
    out: &'a mut Vec<Route<'m>>,
    unresolved: &'a mut Vec<Unresolved>,
    depth: u32,
}

impl<'m> Walker<'_, '_, 'm> {
    fn walk(&mut self, node: Node<'m>) {
        match node.kind() {
            "short_var_declaration" | "assignment_statement" => {
                let left = node
                    .child_by_field_name("left")
                    .map(named_children)
                    .unwrap_or_default();
                let right = node
                    .child_by_field_name("right")
                    .map(named_children)
                    .unwrap_or_default();
                if left.len() == right.len() {
                    for (name, value) in left.iter().zip(&right) {
                        self.walk(*value);
                        if let Some(prefix) = self.group_of(*value)
                            && name.kind() == "identifier"
                            && let Some(var) = self
                                .scope
                                .lookup(self.prog.text(self.scope.file, *name), node.end_byte())
                        {
                            self.groups.insert(var, prefix);
                        }
                    }
                    return;
                }
            }
            "call_expression" => {
                self.call(node);
            }
            "func_literal" => return,
            _ => {}
        }
        let mut cursor = node.walk();
        let children: Vec<Node<'m>> = node.named_children(&mut cursor).collect();
        for child in children {
            self.walk(child);
        }
    }

    /// The prefix of a group expression: a group variable, or `g.Group("x")` on one.
    fn group_of(&self, expr: Node<'m>) -> Option<String> {
        let expr = unparen(expr);
        let file = self.scope.file;
        match expr.kind() {
            "identifier" => {
                let var = self
                    .scope
                    .lookup(self.prog.text(file, expr), expr.start_byte())?;
                self.groups.get(&var).cloned()
            }
            "call_expression" => {
                let function = expr.child_by_field_name("function")?;
                if function.kind() != "selector_expression" {
                    return None;
                }
                let field = function.child_by_field_name("field")?;
                if self.prog.text(file, field) != "Group" {
                    return None;
                }
                let base = self.group_of(function.child_by_field_name("operand")?)?;
                let args = named_children(expr.child_by_field_name("arguments")?);
                let relative = self.path_arg(*args.first()?)?;
                Some(join_paths(&base, &relative))
            }
            _ => None,
        }
    }

    /// A path argument: a string literal or a string constant.
    fn path_arg(&self, node: Node<'m>) -> Option<String> {
        let node = unparen(node);
        let file = self.scope.file;
        if matches!(
            node.kind(),
            "interpreted_string_literal" | "raw_string_literal"
        ) {
            return Some(string_literal(node, self.prog.ix.text(file)));
        }
        match self.prog.const_expr(file, node, 0, 0) {
            Ok(crate::program::ConstValue::Str(value)) => Some(value),
            _ => None,
        }
    }

    fn call(&mut self, call: Node<'m>) {
        let prog = self.prog;
        let file = self.scope.file;
        let Some(function) = call.child_by_field_name("function") else {
            return;
        };
        let args = call
            .child_by_field_name("arguments")
            .map(named_children)
            .unwrap_or_default();
        if function.kind() == "selector_expression"
            && let (Some(operand), Some(field)) = (
                function.child_by_field_name("operand"),
                function.child_by_field_name("field"),
            )
            && let Some(base) = self.group_of(operand)
        {
            let method = prog.text(file, field);
            let (method, path_index) = if METHODS.contains(&method) {
                (method.to_owned(), 0)
            } else if method == "Handle" {
                match args.first().and_then(|a| self.path_arg(*a)) {
                    Some(m) => (m, 1),
                    None => return,
                }
            } else {
                return;
            };
            let at = prog.ix.at(file, call);
            let Some(relative) = args.get(path_index).and_then(|a| self.path_arg(*a)) else {
                self.unresolved.push(Unresolved {
                    what: format!("route {method} {base}/?"),
                    reason: "the path is not a string constant".to_owned(),
                    at: Some(at),
                });
                return;
            };
            let path = join_paths(&base, &relative);
            let handler = match args.last() {
                Some(last) if args.len() > path_index + 1 => self.handler(*last),
                _ => Err("the registration names no handler".to_owned()),
            };
            self.out.push(Route {
                method,
                path,
                handler,
                at,
            });
            return;
        }
        // A group passed on to a function of the module that registers under it.
        for (index, arg) in args.iter().enumerate() {
            let Some(prefix) = self.group_of(*arg) else {
                continue;
            };
            if let Ok(Callee::Func { decl, .. }) = prog.callee(self.scope, call) {
                walk_registrar(
                    prog,
                    decl,
                    index,
                    &prefix,
                    self.out,
                    self.unresolved,
                    self.depth + 1,
                );
            }
        }
    }

    /// The function a handler argument names.
    fn handler(&self, node: Node<'m>) -> Result<(Decl<'m>, String), String> {
        let node = unparen(node);
        match self.prog.callee_of(self.scope, node) {
            Ok(Callee::Func { decl, name }) => Ok((decl, name)),
            Ok(other) => Err(format!("the handler is {}", other.describe())),
            Err(reason) => Err(format!("the handler cannot be resolved: {reason}")),
        }
    }
}

/// gin's `joinPaths`: `path.Join`, keeping a trailing slash of the relative part.
pub(crate) fn join_paths(absolute: &str, relative: &str) -> String {
    if relative.is_empty() {
        return absolute.to_owned();
    }
    let mut joined = clean_path(&format!("{absolute}/{relative}"));
    if relative.ends_with('/') && !joined.ends_with('/') {
        joined.push('/');
    }
    joined
}

/// Go's `path.Clean` for absolute paths.
fn clean_path(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    format!("/{}", parts.join("/"))
}

/// The `:name` and `*name` parameters of a gin path, in order.
pub(crate) fn path_params(path: &str) -> Vec<String> {
    path.split('/')
        .filter_map(|segment| {
            segment
                .strip_prefix(':')
                .or_else(|| segment.strip_prefix('*'))
        })
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_like_gin() {
        assert_eq!(join_paths("/openapi/build", ""), "/openapi/build");
        assert_eq!(
            join_paths("/openapi/build", "/:name/detail"),
            "/openapi/build/:name/detail"
        );
        assert_eq!(join_paths("/openapi/", "users"), "/openapi/users");
        assert_eq!(join_paths("/openapi/x", "y/"), "/openapi/x/y/");
        assert_eq!(path_params("/a/:b/c/:d"), vec!["b", "d"]);
    }
}
