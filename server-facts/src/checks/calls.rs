//! Following the functions and methods the handler hands request values to, when it answers
//! their error: `req.Validate()`, `service.Create(args)`.

use tree_sitter::Node;

use super::answers::{Check, Outcome, outcome, rejects, tests_var};
use super::{Frame, MAX_CALL_DEPTH, Reader, Root, Value, collect_kind};
use crate::program::{Callee, named_children, unparen};
use crate::ty::Ty;

impl<'m> Reader<'_, 'm, '_> {
    /// A function or method of the module given request values (as its receiver or as
    /// arguments) whose error the caller answers (`req.Validate()`, `service.Create(args)`):
    /// read with its receiver and parameters standing for those values, under the conditions
    /// the call sits in.
    pub(super) fn follow_call(&mut self, frame: &Frame<'_, 'm>, call: Node<'m>) {
        let prog = self.prog;
        if frame.depth >= MAX_CALL_DEPTH {
            return;
        }
        let Ok(Callee::Func { decl, name }) = prog.callee(frame.scope, call) else {
            return;
        };
        let Some(body) = decl.node.child_by_field_name("body") else {
            return;
        };
        // (the caller's expression, the callee's parameter name, the value).
        let mut given: Vec<(Node<'m>, Node<'m>, Value)> = Vec::new();
        let function = call.child_by_field_name("function");
        if decl.node.kind() == "method_declaration"
            && let Some(operand) = function
                .filter(|f| f.kind() == "selector_expression")
                .and_then(|f| f.child_by_field_name("operand"))
            && let Some(receiver) = decl
                .node
                .child_by_field_name("receiver")
                .and_then(|list| named_children(list).first().copied())
                .and_then(|param| param.child_by_field_name("name"))
            && let Some(value) = self.value(frame, operand, 0)
        {
            given.push((operand, receiver, value));
        }
        let params: Vec<Node<'m>> = decl
            .node
            .child_by_field_name("parameters")
            .map(named_children)
            .unwrap_or_default()
            .into_iter()
            .filter(|param| param.kind() == "parameter_declaration")
            .flat_map(|param| {
                let mut cursor = param.walk();
                param
                    .children_by_field_name("name", &mut cursor)
                    .collect::<Vec<_>>()
            })
            .collect();
        let args = call
            .child_by_field_name("arguments")
            .map(named_children)
            .unwrap_or_default();
        for (arg, param) in args.iter().zip(&params) {
            if let Some(value) = self.value(frame, *arg, 0) {
                given.push((*arg, *param, value));
            }
        }
        if given.is_empty() || !self.error_answered(frame, call) {
            return;
        }
        let Some(inherited) = self.conditions_around(frame, call, None, false) else {
            return;
        };
        let key = (decl.node.id(), format!("{given:?}{inherited:?}"));
        if !self.followed.insert(key) {
            return;
        }
        let callee_scope = prog.scope_of(decl.file, body);
        let mut roots = Vec::new();
        for (expr, param, value) in given {
            let Some(var) = callee_scope.lookup(prog.text(decl.file, param), body.start_byte())
            else {
                continue;
            };
            roots.push(Root {
                var,
                value,
                overrides: self.overrides_before(frame, expr, call),
            });
        }
        let inner = Frame {
            scope: &callee_scope,
            body,
            roots,
            inherited,
            within: format!(" in {name}"),
            depth: frame.depth + 1,
        };
        self.frame(&inner);
    }

    /// The fields of the root `expr` names that the caller set before `call`.
    pub(super) fn overrides_before(
        &self,
        frame: &Frame<'_, 'm>,
        expr: Node<'m>,
        call: Node<'m>,
    ) -> Vec<(String, Option<String>)> {
        let mut overrides = Vec::new();
        let mut expr = unparen(expr);
        if expr.kind() == "unary_expression"
            && let Some(operand) = expr.child_by_field_name("operand")
        {
            expr = operand;
        }
        let Some(caller_var) = self.var_of(frame, expr) else {
            return overrides;
        };
        if let Some(root) = frame.roots.iter().find(|root| root.var == caller_var) {
            overrides.extend(root.overrides.iter().cloned());
        }
        let mut assignments = Vec::new();
        collect_kind(frame.scope.node, "assignment_statement", &mut assignments);
        for statement in assignments {
            if statement.end_byte() > call.start_byte() {
                break;
            }
            let targets = statement
                .child_by_field_name("left")
                .map(named_children)
                .unwrap_or_default();
            for target in targets {
                if target.kind() != "selector_expression" {
                    continue;
                }
                let Some(field) = target.child_by_field_name("field") else {
                    continue;
                };
                let field = self.text(frame, field);
                if let Some(set) = self.assigned(frame, statement, caller_var, field) {
                    overrides.retain(|(go, _)| go != field);
                    overrides.push((field.to_owned(), set));
                }
            }
        }
        overrides
    }

    /// Whether the handler answers the error a call returns: `ctx.RespErr = x.M()`,
    /// `if err := x.M(); err != nil { .. }`, or a later `if err != nil` / `if !valid` that
    /// answers an error.
    pub(super) fn error_answered(&self, frame: &Frame<'_, 'm>, call: Node<'m>) -> bool {
        let prog = self.prog;
        let scope = frame.scope;
        let file = scope.file;
        let Some(list) = call.parent().filter(|p| p.kind() == "expression_list") else {
            return false;
        };
        let Some(statement) = list.parent() else {
            return false;
        };
        let left = statement
            .child_by_field_name("left")
            .map(named_children)
            .unwrap_or_default();
        if statement.kind() == "assignment_statement"
            && left.iter().any(|target| {
                target
                    .child_by_field_name("field")
                    .is_some_and(|f| prog.text(file, f) == "RespErr")
            })
        {
            return true;
        }
        if !matches!(
            statement.kind(),
            "short_var_declaration" | "assignment_statement"
        ) {
            return false;
        }
        let results = prog.call_results(scope, call).unwrap_or_default();
        let mut tested = Vec::new();
        for (index, (target, ty)) in left.iter().zip(&results).enumerate() {
            let check = match ty {
                Ty::Basic(name) if name == "error" => Check::NotNil,
                Ty::Basic(name) if name == "bool" && index == 0 => Check::Not,
                _ => continue,
            };
            if target.kind() != "identifier" {
                continue;
            }
            if let Some(var) = scope.lookup(prog.text(file, *target), statement.end_byte()) {
                tested.push((var, check));
            }
        }
        // `if err := x.M(); err != nil { .. }`.
        if let Some(if_statement) = statement.parent().filter(|p| {
            p.kind() == "if_statement"
                && p.child_by_field_name("initializer")
                    .is_some_and(|init| init.id() == statement.id())
        }) {
            return tested.iter().any(|(var, check)| {
                if_statement
                    .child_by_field_name("condition")
                    .is_some_and(|cond| tests_var(prog, scope, cond, *var, *check))
                    && if_statement
                        .child_by_field_name("consequence")
                        .is_some_and(|block| rejects(prog, file, block))
            });
        }
        tested.iter().any(|(var, check)| {
            matches!(
                outcome(prog, scope, *var, call.end_byte(), *check),
                Outcome::Error(_)
            )
        })
    }
}
