//! The request value an expression stands for: a query parameter, a field of the body or of a
//! struct bound from the query, through variables, loops, struct literals and the fields the
//! handler sets from the query.

use tree_sitter::Node;

use super::{Frame, Reader, Value, collect_kind, is_gin_context, operator};
use crate::program::{Callee, ConstValue, Origin, Program, named_children, unparen};
use crate::types::tag_lookup;

impl<'m> Reader<'_, 'm, '_> {
    /// The request value an expression stands for.
    pub(super) fn value(&self, frame: &Frame<'_, 'm>, expr: Node<'m>, depth: u32) -> Option<Value> {
        if depth > 8 {
            return None;
        }
        let prog = self.prog;
        let scope = frame.scope;
        let expr = unparen(expr);
        match expr.kind() {
            "call_expression" => {
                if let Some(name) = self.query_read(frame, expr) {
                    return Some(Value::Query(name));
                }
                // Text normalised before the test, or converted to a named string type: the
                // same value.
                match prog.callee(scope, expr) {
                    Ok(Callee::Conversion(_)) => {
                        let arg = named_children(expr.child_by_field_name("arguments")?)
                            .first()
                            .copied()?;
                        self.value(frame, arg, depth + 1)
                    }
                    Ok(Callee::External { name })
                        if matches!(
                            name.as_str(),
                            "strings.TrimSpace" | "strings.ToLower" | "strings.ToUpper"
                        ) =>
                    {
                        let arg = named_children(expr.child_by_field_name("arguments")?)
                            .first()
                            .copied()?;
                        self.value(frame, arg, depth + 1)
                    }
                    _ => None,
                }
            }
            "identifier" => {
                let var = scope.lookup(self.text(frame, expr), expr.start_byte())?;
                if let Some(root) = frame.roots.iter().find(|root| root.var == var) {
                    return Some(root.value.clone());
                }
                match scope.vars.get(var)?.origin {
                    Origin::Value(value, None | Some(0))
                        if matches!(
                            unparen(value).kind(),
                            "call_expression" | "selector_expression" | "identifier"
                        ) =>
                    {
                        self.value(frame, value, depth + 1)
                    }
                    Origin::RangeValue(range) => match self.value(frame, range, depth + 1)? {
                        Value::Field { body, mut path } => {
                            path.push("[]".to_owned());
                            Some(Value::Field { body, path })
                        }
                        _ => None,
                    },
                    _ => None,
                }
            }
            "selector_expression" => {
                let operand = expr.child_by_field_name("operand")?;
                let field = self.text(frame, expr.child_by_field_name("field")?);
                // A field of a struct literal built from request values: what it was given.
                if let Some(element) = self.literal_field(frame, operand, field) {
                    return self.value(frame, element, depth + 1);
                }
                let base = self.value(frame, operand, depth + 1)?;
                let at_root = match &base {
                    Value::QueryStruct => true,
                    Value::Field { path, .. } => path.is_empty(),
                    Value::Query(_) => return None,
                };
                if at_root && let Some(set) = self.overridden(frame, operand, field, expr) {
                    // Set from a query parameter, or from something that is not the body.
                    return set.map(Value::Query);
                }
                let owner = prog.expr_type(scope, operand).ok()?;
                let owner = owner.named()?;
                match base {
                    Value::QueryStruct => wire_name(prog, owner, field, "form").map(Value::Query),
                    Value::Field { body, mut path } => {
                        path.push(wire_name(prog, owner, field, "json")?);
                        Some(Value::Field { body, path })
                    }
                    Value::Query(_) => None,
                }
            }
            "index_expression" => {
                match self.value(frame, expr.child_by_field_name("operand")?, depth + 1)? {
                    Value::Field { body, mut path } => {
                        path.push("[]".to_owned());
                        Some(Value::Field { body, path })
                    }
                    _ => None,
                }
            }
            "unary_expression" if matches!(operator(expr), "*" | "&") => {
                self.value(frame, expr.child_by_field_name("operand")?, depth + 1)
            }
            _ => None,
        }
    }

    /// The local variable an identifier names.
    pub(super) fn var_of(&self, frame: &Frame<'_, 'm>, node: Node<'m>) -> Option<usize> {
        let node = unparen(node);
        if node.kind() != "identifier" {
            return None;
        }
        frame
            .scope
            .lookup(self.text(frame, node), node.start_byte())
    }

    /// For `v.F` where `v := T{F: x}` (or `&T{..}`): `x`.
    pub(super) fn literal_field(
        &self,
        frame: &Frame<'_, 'm>,
        operand: Node<'m>,
        field: &str,
    ) -> Option<Node<'m>> {
        let var = self.var_of(frame, operand)?;
        if frame.roots.iter().any(|root| root.var == var) {
            return None;
        }
        let Origin::Value(value, None) = frame.scope.vars.get(var)?.origin else {
            return None;
        };
        let mut literal = unparen(value);
        if literal.kind() == "unary_expression" && operator(literal) == "&" {
            literal = unparen(literal.child_by_field_name("operand")?);
        }
        if literal.kind() != "composite_literal" {
            return None;
        }
        for element in named_children(literal.child_by_field_name("body")?) {
            if element.kind() != "keyed_element" {
                continue;
            }
            let key = element.child_by_field_name("key")?;
            if self.text(frame, key) == field {
                return named_children(element.child_by_field_name("value")?)
                    .first()
                    .copied();
            }
        }
        None
    }

    /// `c.Query("x")`, `c.DefaultQuery("x", ..)`, `c.GetQuery("x")`: the name.
    pub(super) fn query_read(&self, frame: &Frame<'_, 'm>, call: Node<'m>) -> Option<String> {
        let function = call.child_by_field_name("function")?;
        if function.kind() != "selector_expression" {
            return None;
        }
        let method = self.text(frame, function.child_by_field_name("field")?);
        if !matches!(method, "Query" | "DefaultQuery" | "GetQuery") {
            return None;
        }
        let operand = function.child_by_field_name("operand")?;
        if !self
            .prog
            .expr_type(frame.scope, operand)
            .is_ok_and(|ty| is_gin_context(&ty))
        {
            return None;
        }
        let name = named_children(call.child_by_field_name("arguments")?)
            .first()
            .copied()?;
        match self.constant(frame, name)? {
            ConstValue::Str(name) => Some(name),
            _ => None,
        }
    }

    /// What a root's field was set from before `at`, by the handler
    /// (`args.ProjectName = c.Query("projectKey")`) or, for a validation method's receiver, by
    /// its caller: `Some(Some(query))` from a query parameter, `Some(None)` from something
    /// else, `None` when it was not set.
    pub(super) fn overridden(
        &self,
        frame: &Frame<'_, 'm>,
        operand: Node<'m>,
        field: &str,
        at: Node<'m>,
    ) -> Option<Option<String>> {
        let var = self.var_of(frame, operand)?;
        let root = frame.roots.iter().find(|root| root.var == var)?;
        let mut found = root
            .overrides
            .iter()
            .find(|(go, _)| go == field)
            .map(|(_, query)| query.clone());
        let mut assignments = Vec::new();
        collect_kind(frame.scope.node, "assignment_statement", &mut assignments);
        for statement in assignments {
            if statement.end_byte() > at.start_byte() {
                break;
            }
            if let Some(set) = self.assigned(frame, statement, var, field) {
                found = Some(set);
            }
        }
        found
    }

    /// `root.field = <value>`: `Some(Some(query))` when the value is a query parameter,
    /// `Some(None)` when it is not a value of the request; `None` when the statement does not
    /// set the field (or sets it from the body itself).
    pub(super) fn assigned(
        &self,
        frame: &Frame<'_, 'm>,
        statement: Node<'m>,
        var: usize,
        field: &str,
    ) -> Option<Option<String>> {
        let left = named_children(statement.child_by_field_name("left")?);
        let right = named_children(statement.child_by_field_name("right")?);
        let index = left.iter().position(|target| {
            target.kind() == "selector_expression"
                && target
                    .child_by_field_name("field")
                    .is_some_and(|name| self.text(frame, name) == field)
                && target
                    .child_by_field_name("operand")
                    .is_some_and(|operand| self.var_of(frame, operand) == Some(var))
        })?;
        let source = match right.as_slice() {
            // `a.X, a.Y, err = f(c)`: set from a result of a call.
            [_] if left.len() > 1 => return Some(None),
            right => right.get(index)?,
        };
        match self.value(frame, *source, 0) {
            Some(Value::Query(name)) => Some(Some(name)),
            Some(_) => None,
            None => Some(None),
        }
    }
}

/// The Go field `go_name` of a struct (promoted fields included) by its wire name under the
/// `key` tag (`json` or `form`); `None` for a field that tag hides (`-`).
fn wire_name(
    prog: &Program,
    owner: &crate::ty::TypeName,
    go_name: &str,
    key: &str,
) -> Option<String> {
    let mut level = vec![owner.clone()];
    for _ in 0..6 {
        let mut next = Vec::new();
        for name in &level {
            let Some((file, st, _)) = prog.struct_of(name) else {
                continue;
            };
            for raw in prog.struct_fields(file, st) {
                let tag = tag_lookup(&raw.tag, key);
                match &raw.name {
                    Some(field) if field == go_name => {
                        let tag = tag.unwrap_or_default();
                        let wire = tag.split(',').next().unwrap_or("");
                        return match wire {
                            "-" => None,
                            "" => Some(go_name.to_owned()),
                            wire => Some(wire.to_owned()),
                        };
                    }
                    None if tag
                        .as_deref()
                        .is_none_or(|t| t.split(',').next() == Some("")) =>
                    {
                        if let Some(inner) = prog.type_expr(file, raw.ty, "").named() {
                            next.push(inner.clone());
                        }
                    }
                    _ => {}
                }
            }
        }
        if next.is_empty() {
            return None;
        }
        level = next;
    }
    None
}
