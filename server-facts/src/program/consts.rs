//! Constants: the value of a constant expression (`iota`, literals, arithmetic, other
//! constants, conversions) and the type a constant declares.

use tree_sitter::Node;

use super::Program;
use super::calls::Callee;
use super::syntax::{named_children, unparen};
use crate::load::{string_literal, text};
use crate::ty::Ty;

/// A constant's value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ConstValue {
    Int(i128),
    Str(String),
    Bool(bool),
    /// Anything else, as written (floats, expressions the evaluator does not do).
    Text(String),
}

impl ConstValue {
    pub fn render(&self) -> String {
        match self {
            ConstValue::Int(value) => value.to_string(),
            ConstValue::Str(value) | ConstValue::Text(value) => value.clone(),
            ConstValue::Bool(value) => value.to_string(),
        }
    }
}

impl<'m> Program<'m> {
    /// The value of a constant of a module package.
    pub fn const_value(&self, dir: &str, name: &str) -> Option<ConstValue> {
        let package = self.ix.package(dir)?;
        let constant = package.consts.iter().find(|c| c.name == name)?;
        let values = constant.source.child_by_field_name("value")?;
        let value = named_children(values).get(constant.index).copied()?;
        self.const_expr(constant.file, value, constant.iota, 0).ok()
    }

    /// Evaluates a constant expression (`iota`, literals, arithmetic, other constants,
    /// conversions).
    pub fn const_expr(
        &self,
        file: usize,
        expr: Node<'m>,
        iota: u64,
        depth: u32,
    ) -> Result<ConstValue, ()> {
        if depth > 16 {
            return Err(());
        }
        let source = self.ix.text(file);
        match expr.kind() {
            "int_literal" => parse_int(text(expr, source)).map(ConstValue::Int).ok_or(()),
            "interpreted_string_literal" | "raw_string_literal" => {
                Ok(ConstValue::Str(string_literal(expr, source)))
            }
            "true" => Ok(ConstValue::Bool(true)),
            "false" => Ok(ConstValue::Bool(false)),
            "iota" => Ok(ConstValue::Int(i128::from(iota))),
            "float_literal" | "rune_literal" => Ok(ConstValue::Text(text(expr, source).to_owned())),
            "parenthesized_expression" => {
                self.const_expr(file, expr.named_child(0).ok_or(())?, iota, depth + 1)
            }
            "identifier" => {
                let name = text(expr, source);
                self.const_value_at(self.ix.dir(file), name, depth + 1)
            }
            "selector_expression" => {
                let operand = expr.child_by_field_name("operand").ok_or(())?;
                let field = expr.child_by_field_name("field").ok_or(())?;
                let import = self.ix.import(file, text(operand, source)).ok_or(())?;
                let dir = self.ix.module_dir(import).ok_or(())?;
                self.const_value_at(dir, text(field, source), depth + 1)
            }
            "call_expression" | "type_conversion_expression" => {
                // A conversion `T(x)` keeps x's value.
                let args = expr
                    .child_by_field_name("arguments")
                    .map(named_children)
                    .or_else(|| expr.child_by_field_name("operand").map(|o| vec![o]))
                    .ok_or(())?;
                match args.as_slice() {
                    [single] => self.const_expr(file, *single, iota, depth + 1),
                    _ => Err(()),
                }
            }
            "unary_expression" => {
                let operand = self.const_expr(
                    file,
                    expr.child_by_field_name("operand").ok_or(())?,
                    iota,
                    depth + 1,
                )?;
                let operator = expr
                    .child_by_field_name("operator")
                    .map(|o| o.kind())
                    .unwrap_or("");
                match (operator, operand) {
                    ("-", ConstValue::Int(v)) => Ok(ConstValue::Int(-v)),
                    ("+", value) => Ok(value),
                    ("^", ConstValue::Int(v)) => Ok(ConstValue::Int(!v)),
                    ("!", ConstValue::Bool(v)) => Ok(ConstValue::Bool(!v)),
                    _ => Err(()),
                }
            }
            "binary_expression" => {
                let left = self.const_expr(
                    file,
                    expr.child_by_field_name("left").ok_or(())?,
                    iota,
                    depth + 1,
                )?;
                let right = self.const_expr(
                    file,
                    expr.child_by_field_name("right").ok_or(())?,
                    iota,
                    depth + 1,
                )?;
                let operator = expr
                    .child_by_field_name("operator")
                    .map(|o| o.kind())
                    .unwrap_or("");
                match (left, right) {
                    (ConstValue::Int(a), ConstValue::Int(b)) => {
                        let shift = u32::try_from(b).ok().filter(|s| *s < 127);
                        let value = match operator {
                            "+" => a.checked_add(b),
                            "-" => a.checked_sub(b),
                            "*" => a.checked_mul(b),
                            "/" => a.checked_div(b),
                            "%" => a.checked_rem(b),
                            "<<" => shift.and_then(|s| a.checked_shl(s)),
                            ">>" => shift.and_then(|s| a.checked_shr(s)),
                            "|" => Some(a | b),
                            "&" => Some(a & b),
                            "^" => Some(a ^ b),
                            "&^" => Some(a & !b),
                            _ => None,
                        };
                        value.map(ConstValue::Int).ok_or(())
                    }
                    (ConstValue::Str(a), ConstValue::Str(b)) if operator == "+" => {
                        Ok(ConstValue::Str(a + &b))
                    }
                    _ => Err(()),
                }
            }
            _ => Err(()),
        }
    }

    fn const_value_at(&self, dir: &str, name: &str, depth: u32) -> Result<ConstValue, ()> {
        let package = self.ix.package(dir).ok_or(())?;
        let constant = package.consts.iter().find(|c| c.name == name).ok_or(())?;
        let values = constant.source.child_by_field_name("value").ok_or(())?;
        let value = named_children(values)
            .get(constant.index)
            .copied()
            .ok_or(())?;
        self.const_expr(constant.file, value, constant.iota, depth)
    }

    /// The type a constant has: its spec's type, or a conversion's; `None` if untyped.
    pub fn const_type(&self, constant: &crate::load::ConstDecl<'m>) -> Option<Ty> {
        if let Some(ty) = constant.source.child_by_field_name("type") {
            return Some(self.type_expr(constant.file, ty, &constant.name));
        }
        let values = constant.source.child_by_field_name("value")?;
        let value = unparen(named_children(values).get(constant.index).copied()?);
        if value.kind() == "call_expression" || value.kind() == "type_conversion_expression" {
            let scope = self.scope_of(constant.file, constant.source);
            if let Ok(Callee::Conversion(ty)) = self.callee(&scope, value) {
                return Some(ty);
            }
            if let Some(ty) = value.child_by_field_name("type") {
                return Some(self.type_expr(constant.file, ty, &constant.name));
            }
        }
        None
    }
}

fn parse_int(literal: &str) -> Option<i128> {
    let clean: String = literal.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        i128::from_str_radix(hex, 16).ok()
    } else if let Some(bin) = lower.strip_prefix("0b") {
        i128::from_str_radix(bin, 2).ok()
    } else if let Some(oct) = lower.strip_prefix("0o") {
        i128::from_str_radix(oct, 8).ok()
    } else if lower.len() > 1 && lower.starts_with('0') {
        i128::from_str_radix(&lower[1..], 8).ok()
    } else {
        lower.parse().ok()
    }
}
