//! The static type of an expression.

use tree_sitter::Node;

use super::scopes::FnScope;
use super::syntax::{collapse, named_children, unparen};
use super::{Program, Typed};
use crate::ty::Ty;

impl<'m> Program<'m> {
    /// The `index`th value of a multi-valued expression (`v, ok := m[k]`, `x, err := f()`).
    pub fn nth_value(&self, scope: &FnScope<'m>, expr: Node<'m>, index: usize) -> Typed {
        let expr = unparen(expr);
        match expr.kind() {
            "index_expression" | "type_assertion_expression" | "unary_expression" if index == 1 => {
                Ok(Ty::Basic("bool".to_owned()))
            }
            "index_expression" | "type_assertion_expression" | "unary_expression" => {
                self.expr_type(scope, expr)
            }
            "call_expression" => {
                let results = self.call_results(scope, expr)?;
                let ty = results.get(index).cloned().ok_or_else(|| {
                    format!(
                        "`{}` has no result {index}",
                        collapse(self.text(scope.file, expr))
                    )
                })?;
                if ty == Ty::Any {
                    return Ok(self.concrete_result(scope, expr, index).unwrap_or(Ty::Any));
                }
                Ok(ty)
            }
            _ => Err(format!(
                "`{}` is not multi-valued",
                collapse(self.text(scope.file, expr))
            )),
        }
    }
    /// The static type of an expression.
    pub fn expr_type(&self, scope: &FnScope<'m>, expr: Node<'m>) -> Typed {
        self.expr_type_hinted(scope, expr, &format!("{}.Anonymous", scope.name))
    }

    /// As [`Program::expr_type`], naming an anonymous struct literal by `hint`.
    pub fn expr_type_hinted(&self, scope: &FnScope<'m>, expr: Node<'m>, hint: &str) -> Typed {
        let _guard = self.enter()?;
        let file = scope.file;
        match expr.kind() {
            "parenthesized_expression" => match expr.named_child(0) {
                Some(inner) => self.expr_type_hinted(scope, inner, hint),
                None => Err("empty parentheses".to_owned()),
            },
            "identifier" => self.ident_type(scope, expr),
            "int_literal" => Ok(Ty::Basic("int".to_owned())),
            "float_literal" => Ok(Ty::Basic("float64".to_owned())),
            "imaginary_literal" => Ok(Ty::Basic("complex128".to_owned())),
            "rune_literal" => Ok(Ty::Basic("rune".to_owned())),
            "interpreted_string_literal" | "raw_string_literal" => {
                Ok(Ty::Basic("string".to_owned()))
            }
            "true" | "false" => Ok(Ty::Basic("bool".to_owned())),
            "nil" => Ok(Ty::Nil),
            "iota" => Ok(Ty::Basic("int".to_owned())),
            "func_literal" => Ok(Ty::Other("func".to_owned())),
            "composite_literal" => match expr.child_by_field_name("type") {
                Some(ty) => Ok(self.type_expr(file, ty, hint)),
                None => Err("a composite literal without a type".to_owned()),
            },
            "unary_expression" => {
                let operand = expr
                    .child_by_field_name("operand")
                    .ok_or_else(|| "a unary expression without operand".to_owned())?;
                let operator = expr
                    .child_by_field_name("operator")
                    .map(|o| o.kind())
                    .unwrap_or("");
                match operator {
                    "&" => Ok(Ty::Ptr(Box::new(
                        self.expr_type_hinted(scope, operand, hint)?,
                    ))),
                    "*" => match self.expr_type(scope, operand)? {
                        Ty::Ptr(inner) => Ok(*inner),
                        other => Err(format!("dereferences a {other}")),
                    },
                    "!" => Ok(Ty::Basic("bool".to_owned())),
                    "<-" => Err(format!(
                        "receives from a {}",
                        self.expr_type(scope, operand)?
                    )),
                    _ => self.expr_type(scope, operand),
                }
            }
            "binary_expression" => {
                let operator = expr
                    .child_by_field_name("operator")
                    .map(|o| o.kind())
                    .unwrap_or("");
                if matches!(
                    operator,
                    "==" | "!=" | "<" | "<=" | ">" | ">=" | "&&" | "||"
                ) {
                    return Ok(Ty::Basic("bool".to_owned()));
                }
                let left = expr
                    .child_by_field_name("left")
                    .ok_or_else(|| "a binary expression without operand".to_owned())?;
                self.expr_type(scope, left)
            }
            "call_expression" => {
                let results = self.call_results(scope, expr)?;
                match results.first() {
                    Some(Ty::Any) => Ok(self.concrete_result(scope, expr, 0).unwrap_or(Ty::Any)),
                    Some(first) => Ok(first.clone()),
                    None => Err(format!(
                        "`{}` has no result",
                        collapse(self.text(file, expr))
                    )),
                }
            }
            "selector_expression" => self.selector_type(scope, expr),
            "index_expression" => {
                let operand = expr
                    .child_by_field_name("operand")
                    .ok_or_else(|| "an index expression without operand".to_owned())?;
                match self.expr_type(scope, operand)?.deref() {
                    Ty::Slice(elem) | Ty::Array(_, elem) => Ok((**elem).clone()),
                    Ty::Map(_, value) => Ok((**value).clone()),
                    Ty::Basic(b) if b == "string" => Ok(Ty::Basic("byte".to_owned())),
                    other => Err(format!("indexes a {other}")),
                }
            }
            "slice_expression" => {
                let operand = expr
                    .child_by_field_name("operand")
                    .ok_or_else(|| "a slice expression without operand".to_owned())?;
                match self.expr_type(scope, operand)? {
                    Ty::Array(_, elem) => Ok(Ty::Slice(elem)),
                    Ty::Ptr(inner) => match *inner {
                        Ty::Array(_, elem) => Ok(Ty::Slice(elem)),
                        other => Ok(other),
                    },
                    other => Ok(other),
                }
            }
            "type_assertion_expression" | "type_conversion_expression" => {
                match expr.child_by_field_name("type") {
                    Some(ty) => Ok(self.type_expr(file, ty, hint)),
                    None => Err("a type assertion without type".to_owned()),
                }
            }
            other => Err(format!("cannot type a `{other}`")),
        }
    }

    fn ident_type(&self, scope: &FnScope<'m>, ident: Node<'m>) -> Typed {
        let file = scope.file;
        let name = self.text(file, ident);
        if let Some(var) = scope.lookup(name, ident.start_byte()) {
            return self.var_type(scope, var);
        }
        let dir = self.ix.dir(file);
        match name {
            "true" | "false" => return Ok(Ty::Basic("bool".to_owned())),
            "nil" => return Ok(Ty::Nil),
            _ => {}
        }
        self.package_member_type(dir, name)
            .unwrap_or_else(|| Err(format!("`{name}` is not declared in package {dir}")))
    }

    /// The type of a package-level variable or constant.
    fn package_member_type(&self, dir: &str, name: &str) -> Option<Typed> {
        let package = self.ix.package(dir)?;
        if let Some((decl, index)) = package.vars.get(name) {
            let scope = self.scope_of(decl.file, decl.node);
            let hint = name.to_owned();
            if let Some(ty) = decl.node.child_by_field_name("type") {
                return Some(Ok(self.type_expr(decl.file, ty, &hint)));
            }
            let values = decl.node.child_by_field_name("value")?;
            let list = named_children(values);
            let mut c = decl.node.walk();
            let names = decl.node.children_by_field_name("name", &mut c).count();
            return Some(if list.len() == names {
                self.expr_type_hinted(&scope, *list.get(*index)?, &hint)
            } else if list.len() == 1 {
                self.nth_value(&scope, list[0], *index)
            } else {
                Err(format!("cannot match the values of `{name}`"))
            });
        }
        if let Some(constant) = package.consts.iter().find(|c| c.name == name) {
            if let Some(ty) = constant.source.child_by_field_name("type") {
                return Some(Ok(self.type_expr(constant.file, ty, name)));
            }
            let value = constant
                .source
                .child_by_field_name("value")
                .and_then(|v| named_children(v).get(constant.index).copied())?;
            let scope = self.scope_of(constant.file, constant.source);
            return Some(self.expr_type(&scope, value));
        }
        if package.funcs.contains_key(name) {
            return Some(Ok(Ty::Other("func".to_owned())));
        }
        None
    }

    fn selector_type(&self, scope: &FnScope<'m>, expr: Node<'m>) -> Typed {
        let file = scope.file;
        let operand = expr
            .child_by_field_name("operand")
            .ok_or_else(|| "a selector without operand".to_owned())?;
        let field = expr
            .child_by_field_name("field")
            .map(|f| self.text(file, f))
            .ok_or_else(|| "a selector without field".to_owned())?;
        if let Some(import) = self.package_operand(scope, operand) {
            return match self.ix.module_dir(&import) {
                Some(dir) => self
                    .package_member_type(dir, field)
                    .unwrap_or_else(|| Err(format!("`{field}` is not declared in package {dir}"))),
                None => Err(format!("{import}.{field} is outside the module")),
            };
        }
        let owner = self.expr_type(scope, operand)?;
        match owner.deref() {
            Ty::Named(name) if name.internal => {
                if let Some(ty) = self.field_type(name, field) {
                    return Ok(ty);
                }
                if self.method(name, field).is_some() {
                    return Ok(Ty::Other("func".to_owned()));
                }
                Err(format!("{} has no field {field}", name.qualified()))
            }
            Ty::Named(name) => Err(format!(
                "field {field} of {}, outside the module",
                name.qualified()
            )),
            other => Err(format!("field {field} of {other}")),
        }
    }

    /// The import path an identifier operand names, if it is a package name (not shadowed).
    pub fn package_operand(&self, scope: &FnScope<'m>, operand: Node<'m>) -> Option<String> {
        if operand.kind() != "identifier" {
            return None;
        }
        let name = self.text(scope.file, operand);
        if scope.lookup(name, operand.start_byte()).is_some() {
            return None;
        }
        self.ix.import(scope.file, name).map(str::to_owned)
    }
}
