//! What a rejecting branch's condition says about the request's values: the rules (required,
//! required when, allowed values) of an `if`, a `switch`, and the authorization lookup.

use tree_sitter::Node;

use super::answers::rejects;
use super::{Cond, Frame, Reader, Rule, Value, flatten, operator};
use crate::load::string_literal;
use crate::program::{ConstValue, Program, named_children, unparen};
use crate::ty::Ty;

impl<'m> Reader<'_, 'm, '_> {
    pub(super) fn if_statement(&mut self, frame: &Frame<'_, 'm>, node: Node<'m>) {
        let file = frame.scope.file;
        let (Some(condition), Some(consequence)) = (
            node.child_by_field_name("condition"),
            node.child_by_field_name("consequence"),
        ) else {
            return;
        };
        if !rejects(self.prog, file, consequence) {
            return;
        }
        if let Some(value) = self.authorization(frame, node, condition) {
            self.emit(frame, node, value, Rule::Required, "authorization", true);
            return;
        }
        for (value, rule, construct) in self.rejections(frame, condition) {
            self.emit(frame, node, value, rule, construct, false);
        }
    }

    /// `if _, ok := ctx.Resources.ProjectAuthInfo[v]; !ok { ctx.UnAuthorized = true; return }`.
    pub(super) fn authorization(
        &self,
        frame: &Frame<'_, 'm>,
        node: Node<'m>,
        condition: Node<'m>,
    ) -> Option<Value> {
        let condition = unparen(condition);
        if condition.kind() != "unary_expression"
            || condition.child_by_field_name("operator").map(|o| o.kind()) != Some("!")
        {
            return None;
        }
        let ok = unparen(condition.child_by_field_name("operand")?);
        let init = node.child_by_field_name("initializer")?;
        let left = named_children(init.child_by_field_name("left")?);
        let right = named_children(init.child_by_field_name("right")?);
        let ([_, ok_name], [lookup]) = (left.as_slice(), right.as_slice()) else {
            return None;
        };
        if self.text(frame, *ok_name) != self.text(frame, ok) || lookup.kind() != "index_expression"
        {
            return None;
        }
        let map = lookup.child_by_field_name("operand")?;
        if !self.text(frame, map).ends_with("ProjectAuthInfo") {
            return None;
        }
        let value = self.value(frame, lookup.child_by_field_name("index")?, 0)?;
        matches!(value, Value::Query(_) | Value::Field { .. }).then_some(value)
    }

    /// What a rejecting branch's condition says: each (value, rule, construct) it decides.
    pub(super) fn rejections(
        &self,
        frame: &Frame<'_, 'm>,
        condition: Node<'m>,
    ) -> Vec<(Value, Rule, &'static str)> {
        let condition = unparen(condition);
        if condition.kind() != "binary_expression" {
            return Vec::new();
        }
        match operator(condition) {
            "||" => {
                let mut out = Vec::new();
                for side in ["left", "right"] {
                    if let Some(side) = condition.child_by_field_name(side) {
                        out.extend(self.rejections(frame, side));
                    }
                }
                out
            }
            "&&" => {
                let mut terms = Vec::new();
                flatten(condition, "&&", &mut terms);
                if let Some((value, values, zero)) = self.outside_set(frame, &terms) {
                    return vec![(value, Rule::Values(values, zero), "comparison")];
                }
                let mut out = Vec::new();
                // `a == "" && b == ""` says both: a is required when b is empty, and the
                // other way round.
                if let [a, b] = terms.as_slice() {
                    for (test, other) in [(*a, *b), (*b, *a)] {
                        if let Some(value) = self.empty_test(frame, test)
                            && let Some(cond) = self.condition(frame, other)
                            && cond.value != value
                        {
                            out.push((value, Rule::RequiredWhen(cond), "empty check"));
                        }
                    }
                }
                out
            }
            _ => {
                if let Some(value) = self.empty_test(frame, condition) {
                    return vec![(value, Rule::Required, "empty check")];
                }
                match self.outside_set(frame, &[condition]) {
                    Some((value, values, zero)) => {
                        vec![(value, Rule::Values(values, zero), "comparison")]
                    }
                    None => Vec::new(),
                }
            }
        }
    }

    /// `v == ""`, `v == 0`, `v == nil`, `len(v) == 0`, `len(v) < 1`: the value it tests.
    pub(super) fn empty_test(&self, frame: &Frame<'_, 'm>, node: Node<'m>) -> Option<Value> {
        let node = unparen(node);
        if node.kind() != "binary_expression" {
            return None;
        }
        let (left, right) = (
            node.child_by_field_name("left")?,
            node.child_by_field_name("right")?,
        );
        let empty =
            |side: Node| matches!(self.text(frame, unparen(side)), "\"\"" | "``" | "0" | "nil");
        let tested = match operator(node) {
            "==" if empty(right) => left,
            "==" if empty(left) => right,
            "<" if self.text(frame, right) == "1"
                && len_argument(self.prog, frame, left).is_some() =>
            {
                left
            }
            _ => return None,
        };
        let tested = len_argument(self.prog, frame, tested).unwrap_or(tested);
        let value = self.value(frame, tested, 0)?;
        matches!(value, Value::Query(_) | Value::Field { .. }).then_some(value)
    }

    /// `v != A && v != B ...` (all on one value, against constants): the value, the set and
    /// the zero value of its type.
    pub(super) fn outside_set(
        &self,
        frame: &Frame<'_, 'm>,
        terms: &[Node<'m>],
    ) -> Option<(Value, Vec<String>, String)> {
        let mut found: Option<Value> = None;
        let mut values = Vec::new();
        let mut zero = String::new();
        for term in terms {
            let term = unparen(*term);
            if term.kind() != "binary_expression" || operator(term) != "!=" {
                return None;
            }
            let (value, constant) = self.compared(frame, term)?;
            if constant == ConstValue::Text("nil".to_owned()) {
                return None;
            }
            zero = zero_of(&constant);
            match &found {
                Some(known) if *known != value => return None,
                _ => found = Some(value),
            }
            values.push(constant.render());
        }
        let value = found?;
        matches!(value, Value::Query(_) | Value::Field { .. }).then_some((value, values, zero))
    }

    /// A comparison of a request value with a constant: (value, constant).
    pub(super) fn compared(
        &self,
        frame: &Frame<'_, 'm>,
        binary: Node<'m>,
    ) -> Option<(Value, ConstValue)> {
        let (left, right) = (
            binary.child_by_field_name("left")?,
            binary.child_by_field_name("right")?,
        );
        for (value, constant) in [(left, right), (right, left)] {
            if let Some(constant) = self.constant(frame, constant)
                && let Some(value) = self.value(frame, value, 0)
                && matches!(value, Value::Query(_) | Value::Field { .. })
            {
                return Some((value, constant));
            }
        }
        None
    }

    pub(super) fn constant(&self, frame: &Frame<'_, 'm>, node: Node<'m>) -> Option<ConstValue> {
        let node = unparen(node);
        match node.kind() {
            "nil" => Some(ConstValue::Text("nil".to_owned())),
            "interpreted_string_literal" | "raw_string_literal" => Some(ConstValue::Str(
                string_literal(node, self.prog.ix.text(frame.scope.file)),
            )),
            "identifier"
                if frame
                    .scope
                    .lookup(self.text(frame, node), node.start_byte())
                    .is_some() =>
            {
                None
            }
            _ => self.prog.const_expr(frame.scope.file, node, 0, 0).ok(),
        }
    }

    /// A condition on one request value: `v == C`, `v != C`, `v == A || v == B`,
    /// `v != A && v != B`, a flag `v` or `!v`.
    pub(super) fn condition(&self, frame: &Frame<'_, 'm>, node: Node<'m>) -> Option<Cond> {
        let node = unparen(node);
        match node.kind() {
            "binary_expression" => match operator(node) {
                op @ ("==" | "!=") => {
                    let (value, constant) = self.compared(frame, node)?;
                    let rendered = match constant {
                        ConstValue::Text(text) if text == "nil" => text,
                        other => other.render(),
                    };
                    let cond = Cond {
                        value,
                        is: vec![rendered],
                        is_not: Vec::new(),
                    };
                    Some(if op == "==" { cond } else { cond.negated() })
                }
                op @ ("||" | "&&") => {
                    let left = self.condition(frame, node.child_by_field_name("left")?)?;
                    let right = self.condition(frame, node.child_by_field_name("right")?)?;
                    if left.value != right.value {
                        return None;
                    }
                    let mut merged = left;
                    match op {
                        // Either value: the union of `is`.
                        "||" if merged.is_not.is_empty() && right.is_not.is_empty() => {
                            merged.is.extend(right.is);
                        }
                        // Neither value: the union of `is_not`.
                        "&&" if merged.is.is_empty() && right.is.is_empty() => {
                            merged.is_not.extend(right.is_not);
                        }
                        _ => return None,
                    }
                    Some(merged)
                }
                _ => None,
            },
            "unary_expression" if operator(node) == "!" => self
                .condition(frame, node.child_by_field_name("operand")?)
                .map(Cond::negated),
            "identifier" | "selector_expression" => {
                let is_bool = self
                    .prog
                    .expr_type(frame.scope, node)
                    .is_ok_and(|ty| matches!(ty, Ty::Basic(ref b) if b == "bool"));
                if !is_bool {
                    return None;
                }
                let value = self.value(frame, node, 0)?;
                matches!(value, Value::Query(_) | Value::Field { .. }).then(|| Cond {
                    value,
                    is: vec!["true".to_owned()],
                    is_not: Vec::new(),
                })
            }
            _ => None,
        }
    }

    /// `switch v { case A, B: ... default: <answers an error> }`.
    pub(super) fn switch(&mut self, frame: &Frame<'_, 'm>, node: Node<'m>) {
        let file = frame.scope.file;
        let Some(tested) = node.child_by_field_name("value") else {
            return;
        };
        let Some(value) = self.value(frame, tested, 0) else {
            return;
        };
        if !matches!(value, Value::Query(_) | Value::Field { .. }) {
            return;
        }
        let Some((cases, default)) = self.cases(frame, node) else {
            return;
        };
        let mut values = Vec::new();
        let mut zero = String::new();
        for (_, constants) in &cases {
            for constant in constants {
                zero = zero_of(constant);
                values.push(constant.render());
            }
        }
        if let Some(default) = default
            && rejects(self.prog, file, default)
        {
            self.emit(
                frame,
                node,
                value,
                Rule::Values(values, zero),
                "switch",
                false,
            );
            return;
        }
        // `case "": <answers an error>`.
        for (case, constants) in &cases {
            if constants.iter().any(|c| c.render() == zero_of(c)) && rejects(self.prog, file, *case)
            {
                self.emit(frame, node, value.clone(), Rule::Required, "switch", false);
            }
        }
    }

    /// A switch's cases with their constant values, and its `default`; `None` when a case
    /// value is not a constant.
    #[allow(clippy::type_complexity)]
    pub(super) fn cases(
        &self,
        frame: &Frame<'_, 'm>,
        switch: Node<'m>,
    ) -> Option<(Vec<(Node<'m>, Vec<ConstValue>)>, Option<Node<'m>>)> {
        let mut cases = Vec::new();
        let mut default = None;
        for case in named_children(switch) {
            match case.kind() {
                "expression_case" => {
                    let list = case.child_by_field_name("value")?;
                    let constants = named_children(list)
                        .into_iter()
                        .map(|value| self.constant(frame, value))
                        .collect::<Option<Vec<_>>>()?;
                    cases.push((case, constants));
                }
                "default_case" => default = Some(case),
                _ => {}
            }
        }
        Some((cases, default))
    }
}

/// The argument of `len(x)`.
fn len_argument<'m>(prog: &Program<'m>, frame: &Frame<'_, 'm>, node: Node<'m>) -> Option<Node<'m>> {
    let node = unparen(node);
    if node.kind() != "call_expression"
        || node
            .child_by_field_name("function")
            .is_none_or(|f| prog.text(frame.scope.file, f) != "len")
    {
        return None;
    }
    named_children(node.child_by_field_name("arguments")?)
        .first()
        .copied()
}

fn zero_of(constant: &ConstValue) -> String {
    match constant {
        ConstValue::Int(_) => "0".to_owned(),
        ConstValue::Bool(_) => "false".to_owned(),
        _ => String::new(),
    }
}
