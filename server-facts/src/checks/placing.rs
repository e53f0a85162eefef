//! Placing a check: the conditions on other values it sits under (the `if`s and `case`s around
//! it, the early returns before it, those of the call it was followed through), and the facts it
//! makes.

use tree_sitter::Node;
use zadig_spec_model::facts::{CheckRule, CodeCheck};

use super::answers::rejects;
use super::{Cond, Found, Frame, Reader, Rule, Value};
use crate::program::{ConstValue, block_statements, named_children};

impl<'m> Reader<'_, 'm, '_> {
    /// Records a check of `node` on `value`, with the conditions it sits under.
    pub(super) fn emit(
        &mut self,
        frame: &Frame<'_, 'm>,
        node: Node<'m>,
        value: Value,
        rule: Rule,
        construct: &str,
        authorization: bool,
    ) {
        // The body itself is never absent once decoded; only its fields are facts.
        if matches!(&value, Value::Field { path, .. } if path.is_empty()) {
            return;
        }
        let Some(around) = self.conditions_around(frame, node, Some(&value), authorization) else {
            return;
        };
        // Conditions on the tested value itself (`if v != "" { check v }`) make it optional,
        // not conditional.
        let (own, others): (Vec<Cond>, Vec<Cond>) =
            around.into_iter().partition(|cond| cond.value == value);
        let when = match (others.as_slice(), &rule) {
            ([], _) => None,
            ([one], Rule::Required | Rule::Values(..)) => Some(one.clone()),
            // Two conditions: more than a fact can say.
            _ => return,
        };
        let at = self.prog.ix.at(frame.scope.file, node);
        let via = format!("{construct}{}", frame.within);
        let check = |rule: CheckRule, values: Vec<String>, when: Option<&Cond>| CodeCheck {
            rule,
            field: None,
            values,
            when: when.map(Cond::to_fact),
            via: via.clone(),
            at: at.clone(),
        };
        let mut checks = Vec::new();
        match rule {
            Rule::Required if !own.is_empty() => return,
            Rule::Required => match &when {
                None => checks.push(check(CheckRule::Required, Vec::new(), None)),
                Some(cond) => checks.push(check(CheckRule::RequiredWhen, Vec::new(), Some(cond))),
            },
            Rule::RequiredWhen(cond) => {
                if !own.is_empty() || when.is_some() {
                    return;
                }
                // `req.Owner != nil && req.Owner.Email == ""`: required in an owner given.
                if cond.is_presence() && value.inside(&cond.value) {
                    checks.push(check(CheckRule::Required, Vec::new(), None));
                } else {
                    checks.push(check(CheckRule::RequiredWhen, Vec::new(), Some(&cond)));
                }
            }
            Rule::Values(mut values, zero) => {
                // An absent value is the zero value: outside the set, it is rejected too;
                // in the set, it only says that the value may be left out.
                let absent_rejected = own.is_empty() && !values.contains(&zero);
                values.retain(|value| *value != zero);
                if values.is_empty() {
                    return;
                }
                checks.push(check(CheckRule::Values, values, when.as_ref()));
                if absent_rejected {
                    match &when {
                        None => checks.push(check(CheckRule::Required, Vec::new(), None)),
                        Some(cond) => {
                            checks.push(check(CheckRule::RequiredWhen, Vec::new(), Some(cond)))
                        }
                    }
                }
            }
        }
        for check in checks {
            let found = Found {
                value: value.clone(),
                check,
            };
            if !self
                .out
                .iter()
                .any(|known| known.value == found.value && known.check == found.check)
            {
                self.out.push(found);
            }
        }
    }

    /// The conditions on request values under which `node` runs: the branches of `if`s and
    /// `switch`es around it, and the early returns before it. `None` when one of them cannot
    /// be tied to a request value (the check then is not a fact). Presence tests of a value
    /// that holds `value` (`if req.Schedule != nil`) are left out: the check is about a field
    /// of something given. With `authorization`, the system administrator test around the
    /// authorization check is left out too.
    pub(super) fn conditions_around(
        &self,
        frame: &Frame<'_, 'm>,
        node: Node<'m>,
        value: Option<&Value>,
        authorization: bool,
    ) -> Option<Vec<Cond>> {
        let mut out = Vec::new();
        let keep = |cond: Cond, out: &mut Vec<Cond>| {
            let about_holder = value.is_some_and(|v| v.inside(&cond.value)) && cond.is_presence();
            if !about_holder && !out.contains(&cond) {
                out.push(cond);
            }
        };
        for cond in &frame.inherited {
            keep(cond.clone(), &mut out);
        }
        let mut child = node;
        while let Some(parent) = child.parent() {
            if parent.id() == frame.body.id() {
                break;
            }
            match parent.kind() {
                "if_statement" => {
                    let condition = parent.child_by_field_name("condition")?;
                    let in_consequence = parent
                        .child_by_field_name("consequence")
                        .is_some_and(|c| c.id() == child.id());
                    let in_alternative = parent
                        .child_by_field_name("alternative")
                        .is_some_and(|c| c.id() == child.id());
                    if in_consequence || in_alternative {
                        match self.condition(frame, condition) {
                            Some(cond) if in_consequence => keep(cond, &mut out),
                            Some(cond) => keep(cond.negated(), &mut out),
                            None if authorization
                                && self.text(frame, condition).contains("IsSystemAdmin") => {}
                            None => return None,
                        }
                    }
                }
                "expression_case" | "default_case" => {
                    let switch = parent.parent()?;
                    let value = self.value(frame, switch.child_by_field_name("value")?, 0)?;
                    let (cases, _) = self.cases(frame, switch)?;
                    let render = |constants: &[ConstValue]| {
                        constants.iter().map(ConstValue::render).collect::<Vec<_>>()
                    };
                    let cond = if parent.kind() == "expression_case" {
                        let own = cases.iter().find(|(case, _)| case.id() == parent.id())?;
                        Cond {
                            value,
                            is: render(&own.1),
                            is_not: Vec::new(),
                        }
                    } else {
                        Cond {
                            value,
                            is: Vec::new(),
                            is_not: cases.iter().flat_map(|(_, c)| render(c)).collect(),
                        }
                    };
                    keep(cond, &mut out);
                }
                "func_literal" | "type_case" | "communication_case" | "select_statement" => {
                    return None;
                }
                "statement_list" => {
                    // An earlier `if cond { return }` that answers no error: what follows runs
                    // when cond does not hold.
                    for earlier in named_children(parent) {
                        if earlier.start_byte() >= child.start_byte() {
                            break;
                        }
                        if earlier.kind() != "if_statement"
                            || earlier.child_by_field_name("alternative").is_some()
                        {
                            continue;
                        }
                        let Some(consequence) = earlier.child_by_field_name("consequence") else {
                            continue;
                        };
                        if !exits(consequence) || rejects(self.prog, frame.scope.file, consequence)
                        {
                            continue;
                        }
                        match self.condition(frame, earlier.child_by_field_name("condition")?) {
                            Some(cond) => keep(cond.negated(), &mut out),
                            None => return None,
                        }
                    }
                }
                _ => {}
            }
            child = parent;
        }
        Some(out)
    }
}

/// Whether a block ends by leaving: `return`, `continue` or `break`.
fn exits(block: Node) -> bool {
    block_statements(block).last().is_some_and(|last| {
        matches!(
            last.kind(),
            "return_statement" | "continue_statement" | "break_statement"
        )
    })
}
