//! Local scopes: every variable a function declares (parameters, `:=`, `var`, `range`, type
//! switch aliases), where it is visible, and its type.

use std::rc::Rc;

use tree_sitter::Node;

use super::syntax::{function_name, named_children};
use super::{Program, Typed};
use crate::load::text;
use crate::ty::Ty;

/// Node kinds that open a scope for the declarations directly inside them.
const SCOPES: &[&str] = &[
    "block",
    "if_statement",
    "for_statement",
    "expression_switch_statement",
    "type_switch_statement",
    "select_statement",
    "expression_case",
    "default_case",
    "type_case",
    "communication_case",
    "func_literal",
    "function_declaration",
    "method_declaration",
];

/// A local variable (or parameter) of a function.
#[derive(Clone)]
pub(crate) struct LocalVar<'m> {
    pub name: String,
    /// Visible from this byte on (the end of its declaring statement).
    pub pos: usize,
    /// The byte range of the scope it is declared in.
    pub scope: (usize, usize),
    pub origin: Origin<'m>,
}

/// Where a local variable's type comes from.
#[derive(Clone, Copy)]
pub(crate) enum Origin<'m> {
    /// A declared type.
    Typed(Node<'m>),
    /// A variadic parameter `...T`: a slice of it.
    Variadic(Node<'m>),
    /// The value of `expr`; `Some(i)` for the `i`th result of a multi-valued expression.
    Value(Node<'m>, Option<usize>),
    /// The key or the value of a `range` over `expr`.
    RangeKey(Node<'m>),
    RangeValue(Node<'m>),
    Unknown,
}

/// A function's (or a file's package-level) local declarations.
pub(crate) struct FnScope<'m> {
    /// A unique id (the function node's id).
    pub id: usize,
    pub file: usize,
    /// The function or method declaration (the file's root for package level).
    pub node: Node<'m>,
    /// `F` or `T.M`, used to name anonymous structs declared inside.
    pub name: String,
    pub vars: Vec<LocalVar<'m>>,
}

impl<'m> FnScope<'m> {
    /// The variable `name` refers to at byte `at`.
    pub fn lookup(&self, name: &str, at: usize) -> Option<usize> {
        let mut best: Option<usize> = None;
        for (index, var) in self.vars.iter().enumerate() {
            if var.name == name && var.scope.0 <= at && at < var.scope.1 && var.pos <= at {
                let better = match best {
                    Some(b) => {
                        let cur = &self.vars[b];
                        // The innermost scope wins; within it the latest declaration.
                        (var.scope.0, var.pos) >= (cur.scope.0, cur.pos)
                    }
                    None => true,
                };
                if better {
                    best = Some(index);
                }
            }
        }
        best
    }
}

impl<'m> Program<'m> {
    /// The scope of the function (or method) that contains `node`, or of the file's package
    /// level.
    pub fn scope_of(&self, file: usize, node: Node<'m>) -> Rc<FnScope<'m>> {
        let mut top = None;
        let mut current = Some(node);
        while let Some(n) = current {
            if matches!(n.kind(), "function_declaration" | "method_declaration") {
                top = Some(n);
            }
            current = n.parent();
        }
        let root = match top {
            Some(top) => top,
            None => {
                let mut root = node;
                while let Some(parent) = root.parent() {
                    root = parent;
                }
                root
            }
        };
        if let Some(scope) = self.scopes.borrow().get(&root.id()) {
            return scope.clone();
        }
        let source = self.ix.text(file);
        let name = function_name(root, source);
        let mut vars = Vec::new();
        if top.is_some() {
            collect_vars(root, source, &mut vars);
        }
        let scope = Rc::new(FnScope {
            id: root.id(),
            file,
            node: root,
            name,
            vars,
        });
        self.scopes.borrow_mut().insert(root.id(), scope.clone());
        scope
    }

    /// The type of a local variable.
    pub fn var_type(&self, scope: &FnScope<'m>, var: usize) -> Typed {
        let key = (scope.id, var);
        if let Some(known) = self.var_types.borrow().get(&key) {
            return known.clone();
        }
        if !self.busy.borrow_mut().insert(key) {
            return Err("its type depends on itself".to_owned());
        }
        let result = self.var_type_uncached(scope, var);
        self.busy.borrow_mut().remove(&key);
        self.var_types.borrow_mut().insert(key, result.clone());
        result
    }

    fn var_type_uncached(&self, scope: &FnScope<'m>, var: usize) -> Typed {
        let Some(local) = scope.vars.get(var) else {
            return Err("unknown variable".to_owned());
        };
        let hint = format!("{}.{}", scope.name, local.name);
        match local.origin {
            Origin::Typed(node) => Ok(self.type_expr(scope.file, node, &hint)),
            Origin::Variadic(node) => {
                Ok(Ty::Slice(Box::new(self.type_expr(scope.file, node, &hint))))
            }
            Origin::Value(expr, None) => self.expr_type_hinted(scope, expr, &hint),
            Origin::Value(expr, Some(index)) => self.nth_value(scope, expr, index),
            Origin::RangeKey(expr) => match self.expr_type(scope, expr)?.deref() {
                Ty::Map(key, _) => Ok((**key).clone()),
                Ty::Slice(_) | Ty::Array(..) | Ty::Basic(_) => Ok(Ty::Basic("int".to_owned())),
                other => Err(format!("ranges over {other}")),
            },
            Origin::RangeValue(expr) => match self.expr_type(scope, expr)?.deref() {
                Ty::Map(_, value) => Ok((**value).clone()),
                Ty::Slice(elem) | Ty::Array(_, elem) => Ok((**elem).clone()),
                Ty::Basic(b) if b == "string" => Ok(Ty::Basic("rune".to_owned())),
                other => Err(format!("ranges over {other}")),
            },
            Origin::Unknown => Err(format!("the type of `{}` is not known", local.name)),
        }
    }
}

/// The scope a declaration inside a function belongs to.
fn scope_range(node: Node) -> (usize, usize) {
    let mut current = node.parent();
    while let Some(n) = current {
        if SCOPES.contains(&n.kind()) {
            return (n.start_byte(), n.end_byte());
        }
        current = n.parent();
    }
    (0, usize::MAX)
}

/// Every local declaration in a function, nested function literals included.
fn collect_vars<'m>(node: Node<'m>, source: &str, out: &mut Vec<LocalVar<'m>>) {
    match node.kind() {
        "parameter_list" => {
            let is_signature = node.parent().is_some_and(|p| {
                matches!(
                    p.kind(),
                    "function_declaration" | "method_declaration" | "func_literal"
                )
            });
            if is_signature && let Some(function) = node.parent() {
                let scope = (function.start_byte(), function.end_byte());
                for param in named_children(node) {
                    let Some(ty) = param.child_by_field_name("type") else {
                        continue;
                    };
                    let variadic = param.kind() == "variadic_parameter_declaration";
                    let mut c = param.walk();
                    for name in param.children_by_field_name("name", &mut c) {
                        out.push(LocalVar {
                            name: text(name, source).to_owned(),
                            pos: name.end_byte(),
                            scope,
                            origin: if variadic {
                                Origin::Variadic(ty)
                            } else {
                                Origin::Typed(ty)
                            },
                        });
                    }
                }
            }
            return;
        }
        "short_var_declaration" => {
            declare_assigned(
                node,
                node.child_by_field_name("left"),
                node.child_by_field_name("right"),
                None,
                source,
                out,
            );
        }
        "var_spec" | "const_spec" => {
            let ty = node.child_by_field_name("type");
            declare_assigned(
                node,
                None,
                node.child_by_field_name("value"),
                ty,
                source,
                out,
            );
        }
        "range_clause" => {
            let mut c = node.walk();
            let declares = node.children(&mut c).any(|child| child.kind() == ":=");
            if declares
                && let (Some(left), Some(right)) = (
                    node.child_by_field_name("left"),
                    node.child_by_field_name("right"),
                )
            {
                let scope = scope_range(node);
                for (index, name) in named_children(left).into_iter().enumerate() {
                    if name.kind() != "identifier" || text(name, source) == "_" {
                        continue;
                    }
                    out.push(LocalVar {
                        name: text(name, source).to_owned(),
                        pos: node.end_byte(),
                        scope,
                        origin: if index == 0 {
                            Origin::RangeKey(right)
                        } else {
                            Origin::RangeValue(right)
                        },
                    });
                }
            }
        }
        "type_switch_statement" => {
            // `switch v := x.(type)`: in each case, v has the case's type when it names one.
            if let Some(alias) = node.child_by_field_name("alias")
                && let Some(name) = named_children(alias).first().copied()
            {
                let value = node.child_by_field_name("value");
                for case in named_children(node) {
                    if !matches!(case.kind(), "type_case" | "default_case") {
                        continue;
                    }
                    let mut c = case.walk();
                    let types: Vec<Node<'m>> =
                        case.children_by_field_name("type", &mut c).collect();
                    let origin = match (types.as_slice(), value) {
                        ([single], _) if single.kind() != "nil" => Origin::Typed(*single),
                        (_, Some(value)) => Origin::Value(value, None),
                        _ => Origin::Unknown,
                    };
                    out.push(LocalVar {
                        name: text(name, source).to_owned(),
                        pos: case.start_byte(),
                        scope: (case.start_byte(), case.end_byte()),
                        origin,
                    });
                }
            }
        }
        _ => {}
    }
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        collect_vars(child, source, out);
    }
}

/// Declares the identifiers of `left` (or a var spec's names) with their values.
fn declare_assigned<'m>(
    statement: Node<'m>,
    left: Option<Node<'m>>,
    right: Option<Node<'m>>,
    ty: Option<Node<'m>>,
    source: &str,
    out: &mut Vec<LocalVar<'m>>,
) {
    let names: Vec<Node<'m>> = match left {
        Some(left) => named_children(left),
        None => {
            let mut c = statement.walk();
            statement.children_by_field_name("name", &mut c).collect()
        }
    };
    let values: Vec<Node<'m>> = right.map(named_children).unwrap_or_default();
    let scope = scope_range(statement);
    for (index, name) in names.iter().enumerate() {
        if name.kind() != "identifier" || text(*name, source) == "_" {
            continue;
        }
        let origin = match ty {
            Some(ty) => Origin::Typed(ty),
            None if values.len() == names.len() => Origin::Value(values[index], None),
            None if values.len() == 1 => Origin::Value(values[0], Some(index)),
            None => Origin::Unknown,
        };
        out.push(LocalVar {
            name: text(*name, source).to_owned(),
            pos: statement.end_byte(),
            scope,
            origin,
        });
    }
}
