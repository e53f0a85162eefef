//! What handlers decide in code rather than in tags.
//!
//! A *rejecting branch* is an `if` branch (or a `switch`'s `default`) that answers an error: it
//! sets `RespErr` or `UnAuthorized`, aborts, writes a non-200 status, or returns an error value,
//! and then returns. Its condition, read against the values of the request (query parameters
//! read with `c.Query`, fields of a struct bound from the query, fields of the decoded body),
//! says which value must be given, under which condition, or from which set:
//! - `v == ""`, `len(v) == 0`, `v == nil`, `v == 0` (alone or in `a || b`): required;
//! - `v == "" && w == X`: required when `w` is `X`;
//! - `v != A && v != B`, or a `switch v` whose `default` fails: one of `A`, `B` (and required,
//!   unless the empty value is one of them);
//! - `_, ok := ProjectAuthInfo[v]; !ok` answering `403`: required (the authorization check).
//!
//! The `if`s and `case`s around a branch, and the early returns before it, are conditions on
//! other values (`required_when`); a presence test of what holds the value (`if req.Owner !=
//! nil`) is not. A branch under a condition the extraction cannot tie to a request value, or
//! under two conditions, is left out rather than guessed at.
//!
//! A function or method of the module the handler hands request values to (`req.Validate()`,
//! `service.Create(args)`), whose error it answers, is read the same way with its receiver
//! and parameters standing for those values, two calls deep; fields the handler set before the
//! call (`args.ProjectName = c.Query("projectKey")`, `args.Name = c.Param("name")`) stand for
//! what they were set from, and a field of a struct literal for what it was given.
//!
//! [`scan`] reads a function; [`placed`] places a check `handler.rs` found on a query read;
//! [`branch_condition`] tells on which query value a body's decoding depends; [`outcome`]
//! tells what the `if` testing a variable does.

use std::collections::HashSet;

use tree_sitter::Node;
use zadig_codegen::facts::{CheckRule, CodeCheck, Condition};

use crate::load::string_literal;
use crate::program::{
    Callee, ConstValue, FnScope, Origin, Program, block_statements, named_children, unparen,
};
use crate::ty::Ty;
use crate::types::tag_lookup;

const GIN: &str = "github.com/gin-gonic/gin";

/// How deep calls given request values are followed: the handler's validation method or
/// service function, and one more.
const MAX_CALL_DEPTH: u32 = 2;

/// Whether a type is `*gin.Context`.
pub(crate) fn is_gin_context(ty: &Ty) -> bool {
    matches!(ty, Ty::Ptr(inner) if matches!(&**inner, Ty::Named(n) if n.pkg == GIN && n.name == "Context"))
}

/// A value of the request that an expression stands for.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    /// A query parameter, by wire name.
    Query(String),
    /// A struct bound from the query: its fields are query parameters.
    QueryStruct,
    /// The decoded body (`path` empty) or a field of it: wire names, `[]` for elements.
    Field { body: String, path: Vec<String> },
}

impl Value {
    /// The path as the facts write it: `service_list[].service_name`.
    pub fn path_text(path: &[String]) -> String {
        let mut out = String::new();
        for segment in path {
            if segment == "[]" {
                out.push_str("[]");
            } else {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(segment);
            }
        }
        out
    }

    /// Whether `self` is a field inside `other` (a proper prefix of its path).
    fn inside(&self, other: &Value) -> bool {
        match (self, other) {
            (
                Value::Field { body, path },
                Value::Field {
                    body: outer,
                    path: outer_path,
                },
            ) => body == outer && path.len() > outer_path.len() && path.starts_with(outer_path),
            _ => false,
        }
    }
}

/// A variable of the analysed function bound to a request value: the target of a body's
/// decoding or of the query's binding, or a validation method's receiver.
#[derive(Debug, Clone)]
pub(crate) struct Root {
    /// The variable, in its function's scope.
    pub var: usize,
    /// What it holds.
    pub value: Value,
    /// Fields the handler set before calling the validation method this root is the
    /// receiver of: (Go field, the query parameter it was set from, or `None` when it was set
    /// from something else, such as a path parameter).
    pub overrides: Vec<(String, Option<String>)>,
}

/// A check found, on the value it is about.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    /// `Value::Query` or `Value::Field`.
    pub value: Value,
    /// The check; its `field` is filled in when it is attached to its body.
    pub check: CodeCheck,
}

/// A condition on one value, before it is named for the facts.
#[derive(Debug, Clone, PartialEq)]
struct Cond {
    value: Value,
    is: Vec<String>,
    is_not: Vec<String>,
}

impl Cond {
    fn negated(self) -> Cond {
        Cond {
            value: self.value,
            is: self.is_not,
            is_not: self.is,
        }
    }

    /// Only tests whether the value is there (`nil` or `""`).
    fn is_presence(&self) -> bool {
        self.is
            .iter()
            .chain(&self.is_not)
            .all(|v| matches!(v.as_str(), "nil" | ""))
    }

    fn to_fact(&self) -> Condition {
        let (query, field) = match &self.value {
            Value::Query(name) => (Some(name.clone()), None),
            Value::Field { path, .. } => (None, Some(Value::path_text(path))),
            Value::QueryStruct => (None, None),
        };
        Condition {
            query,
            field,
            is: self.is.clone(),
            is_not: self.is_not.clone(),
        }
    }
}

/// What a rejecting branch says about a value.
#[derive(Debug, Clone)]
enum Rule {
    Required,
    /// Accepted values, and the zero value of their type (`""`, `0`).
    Values(Vec<String>, String),
    RequiredWhen(Cond),
}

/// The function being read and what its variables stand for.
struct Frame<'s, 'm> {
    scope: &'s FnScope<'m>,
    /// The function's body: where the walk up from a check stops.
    body: Node<'m>,
    roots: Vec<Root>,
    /// The conditions the call into this function sits under, in its caller.
    inherited: Vec<Cond>,
    /// ` in <function>` for checks in a function the handler calls.
    within: String,
    depth: u32,
}

impl<'s, 'm> Frame<'s, 'm> {
    /// A function the handler analysis reads itself, not one a check follows a call into.
    fn top(scope: &'s FnScope<'m>, body: Node<'m>, roots: Vec<Root>) -> Self {
        Frame {
            scope,
            body,
            roots,
            inherited: Vec::new(),
            within: String::new(),
            depth: 0,
        }
    }
}

/// Every check in `body` (a function's body, of `scope`) on the request's values; `roots` are
/// its variables bound to the request.
pub(crate) fn scan<'m>(
    prog: &Program<'m>,
    scope: &FnScope<'m>,
    body: Node<'m>,
    roots: Vec<Root>,
    out: &mut Vec<Found>,
) {
    let frame = Frame::top(scope, body, roots);
    Reader::new(prog, out).frame(&frame);
}

/// The checks a rejecting `if` (`node`) that tests query parameter `name` makes, as
/// `construct` (`empty check`, `presence check`, `parse`), placed under the conditions it
/// sits in: none when one of those conditions cannot be read.
pub(crate) fn placed<'m>(
    prog: &Program<'m>,
    scope: &FnScope<'m>,
    roots: Vec<Root>,
    node: Node<'m>,
    name: &str,
    construct: &str,
) -> Vec<CodeCheck> {
    let Some(body) = scope.node.child_by_field_name("body") else {
        return Vec::new();
    };
    let frame = Frame::top(scope, body, roots);
    let mut out = Vec::new();
    Reader::new(prog, &mut out).emit(
        &frame,
        node,
        Value::Query(name.to_owned()),
        Rule::Required,
        construct,
        false,
    );
    out.into_iter().map(|found| found.check).collect()
}

/// The condition on a query parameter under which the statement holding `node` runs: the
/// nearest `if` or `case` around it (or an early return before it) that tests one.
pub(crate) fn branch_condition<'m>(
    prog: &Program<'m>,
    scope: &FnScope<'m>,
    node: Node<'m>,
    roots: Vec<Root>,
) -> Option<Condition> {
    let body = scope.node.child_by_field_name("body")?;
    let frame = Frame::top(scope, body, roots);
    let mut out = Vec::new();
    let reader = Reader::new(prog, &mut out);
    let conditions = reader.conditions_around(&frame, node, None, false)?;
    conditions
        .into_iter()
        .find(|cond| matches!(cond.value, Value::Query(_)))
        .map(|cond| cond.to_fact())
}

struct Reader<'p, 'm, 'o> {
    prog: &'p Program<'m>,
    out: &'o mut Vec<Found>,
    /// Functions followed, with what they were given.
    followed: HashSet<(usize, String)>,
}

impl<'p, 'm, 'o> Reader<'p, 'm, 'o> {
    fn new(prog: &'p Program<'m>, out: &'o mut Vec<Found>) -> Self {
        Reader {
            prog,
            out,
            followed: HashSet::new(),
        }
    }

    fn frame(&mut self, frame: &Frame<'_, 'm>) {
        let mut nodes = Vec::new();
        collect_checks(frame.body, &mut nodes);
        for node in nodes {
            match node.kind() {
                "if_statement" => self.if_statement(frame, node),
                "expression_switch_statement" => self.switch(frame, node),
                "call_expression" => self.follow_call(frame, node),
                _ => {}
            }
        }
    }

    fn text(&self, frame: &Frame<'_, 'm>, node: Node) -> &'m str {
        self.prog.text(frame.scope.file, node)
    }

    fn if_statement(&mut self, frame: &Frame<'_, 'm>, node: Node<'m>) {
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
    fn authorization(
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
    fn rejections(
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
    fn empty_test(&self, frame: &Frame<'_, 'm>, node: Node<'m>) -> Option<Value> {
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
    fn outside_set(
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
    fn compared(&self, frame: &Frame<'_, 'm>, binary: Node<'m>) -> Option<(Value, ConstValue)> {
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

    fn constant(&self, frame: &Frame<'_, 'm>, node: Node<'m>) -> Option<ConstValue> {
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
    fn condition(&self, frame: &Frame<'_, 'm>, node: Node<'m>) -> Option<Cond> {
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

    /// The request value an expression stands for.
    fn value(&self, frame: &Frame<'_, 'm>, expr: Node<'m>, depth: u32) -> Option<Value> {
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
    fn var_of(&self, frame: &Frame<'_, 'm>, node: Node<'m>) -> Option<usize> {
        let node = unparen(node);
        if node.kind() != "identifier" {
            return None;
        }
        frame
            .scope
            .lookup(self.text(frame, node), node.start_byte())
    }

    /// For `v.F` where `v := T{F: x}` (or `&T{..}`): `x`.
    fn literal_field(
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
    fn query_read(&self, frame: &Frame<'_, 'm>, call: Node<'m>) -> Option<String> {
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
    fn overridden(
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
    fn assigned(
        &self,
        frame: &Frame<'_, 'm>,
        statement: Node<'m>,
        var: usize,
        field: &str,
    ) -> Option<Option<String>> {
        let left = named_children(statement.child_by_field_name("left")?);
        let right = named_children(statement.child_by_field_name("right")?);
        let ([target], [source]) = (left.as_slice(), right.as_slice()) else {
            return None;
        };
        if target.kind() != "selector_expression"
            || self.text(frame, target.child_by_field_name("field")?) != field
        {
            return None;
        }
        if self.var_of(frame, target.child_by_field_name("operand")?) != Some(var) {
            return None;
        }
        match self.value(frame, *source, 0) {
            Some(Value::Query(name)) => Some(Some(name)),
            Some(_) => None,
            None => Some(None),
        }
    }

    /// `switch v { case A, B: ... default: <answers an error> }`.
    fn switch(&mut self, frame: &Frame<'_, 'm>, node: Node<'m>) {
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
    fn cases(
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

    /// A function or method of the module given request values (as its receiver or as
    /// arguments) whose error the caller answers (`req.Validate()`, `service.Create(args)`):
    /// read with its receiver and parameters standing for those values, under the conditions
    /// the call sits in.
    fn follow_call(&mut self, frame: &Frame<'_, 'm>, call: Node<'m>) {
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
    fn overrides_before(
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
            let Some(target) = statement
                .child_by_field_name("left")
                .and_then(|left| named_children(left).first().copied())
                .filter(|target| target.kind() == "selector_expression")
            else {
                continue;
            };
            let Some(field) = target.child_by_field_name("field") else {
                continue;
            };
            let field = self.text(frame, field);
            if let Some(set) = self.assigned(frame, statement, caller_var, field) {
                overrides.retain(|(go, _)| go != field);
                overrides.push((field.to_owned(), set));
            }
        }
        overrides
    }

    /// Whether the handler answers the error a call returns: `ctx.RespErr = x.M()`,
    /// `if err := x.M(); err != nil { .. }`, or a later `if err != nil` / `if !valid` that
    /// answers an error.
    fn error_answered(&self, frame: &Frame<'_, 'm>, call: Node<'m>) -> bool {
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

    /// Records a check of `node` on `value`, with the conditions it sits under.
    fn emit(
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
    fn conditions_around(
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

fn operator<'t>(node: Node<'t>) -> &'t str {
    node.child_by_field_name("operator")
        .map(|o| o.kind())
        .unwrap_or("")
}

/// The operands of a chain of `op` (`a && b && c`).
fn flatten<'m>(node: Node<'m>, op: &str, out: &mut Vec<Node<'m>>) {
    let node = unparen(node);
    if node.kind() == "binary_expression" && operator(node) == op {
        for side in ["left", "right"] {
            if let Some(side) = node.child_by_field_name(side) {
                flatten(side, op, out);
            }
        }
    } else {
        out.push(node);
    }
}

/// The `if`s, `switch`es and calls of a function body, in source order; not those of nested
/// function literals, which run at another time.
fn collect_checks<'m>(node: Node<'m>, out: &mut Vec<Node<'m>>) {
    if node.kind() == "func_literal" {
        return;
    }
    if matches!(
        node.kind(),
        "if_statement" | "expression_switch_statement" | "call_expression"
    ) {
        out.push(node);
    }
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        collect_checks(child, out);
    }
}

fn collect_kind<'m>(node: Node<'m>, kind: &str, out: &mut Vec<Node<'m>>) {
    if node.kind() == kind {
        out.push(node);
    }
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        collect_kind(child, kind, out);
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

/// What the first `if` after `from` that tests `var` does.
pub(crate) fn outcome<'m>(
    prog: &Program<'m>,
    scope: &FnScope<'m>,
    var: usize,
    from: usize,
    check: Check,
) -> Outcome<'m> {
    let file = scope.file;
    let mut nodes = Vec::new();
    collect_ifs(scope.node, &mut nodes);
    for if_statement in nodes {
        if if_statement.start_byte() < from {
            continue;
        }
        let Some(condition) = if_statement.child_by_field_name("condition") else {
            continue;
        };
        if !tests_var(prog, scope, condition, var, check) {
            continue;
        }
        if answers_error(prog, file, if_statement) {
            return Outcome::Error(if_statement);
        }
        if let Some(value) = assigned_constant(prog, file, if_statement) {
            return Outcome::Default(value);
        }
        return Outcome::Nothing;
    }
    Outcome::Nothing
}

/// How a variable is tested.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Check {
    /// `v == ""`, `len(v) == 0`.
    Empty,
    /// `err != nil`.
    NotNil,
    /// `!ok`.
    Not,
}

/// What the branch of the `if` that tests a variable does.
#[derive(Debug, PartialEq)]
pub(crate) enum Outcome<'m> {
    /// The branch answers an error; the `if`.
    Error(Node<'m>),
    /// The branch assigns this constant.
    Default(String),
    Nothing,
}

fn collect_ifs<'m>(node: Node<'m>, out: &mut Vec<Node<'m>>) {
    if node.kind() == "if_statement" {
        out.push(node);
    }
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        collect_ifs(child, out);
    }
}

/// Whether a condition tests the variable the way `check` says (anywhere in `a || b`).
pub(crate) fn tests_var<'m>(
    prog: &Program<'m>,
    scope: &FnScope<'m>,
    condition: Node<'m>,
    var: usize,
    check: Check,
) -> bool {
    let file = scope.file;
    let is_var = |node: Node<'m>| {
        let node = unparen(node);
        node.kind() == "identifier"
            && scope.lookup(prog.text(file, node), node.start_byte()) == Some(var)
    };
    let condition = unparen(condition);
    match condition.kind() {
        "binary_expression" => {
            let operator = condition
                .child_by_field_name("operator")
                .map(|o| o.kind())
                .unwrap_or("");
            let (Some(left), Some(right)) = (
                condition.child_by_field_name("left"),
                condition.child_by_field_name("right"),
            ) else {
                return false;
            };
            match operator {
                "||" | "&&" => {
                    tests_var(prog, scope, left, var, check)
                        || tests_var(prog, scope, right, var, check)
                }
                "==" if check == Check::Empty => {
                    let operand = if is_var(left) || is_len_of(prog, file, left, &is_var) {
                        right
                    } else if is_var(right) || is_len_of(prog, file, right, &is_var) {
                        left
                    } else {
                        return false;
                    };
                    matches!(prog.text(file, operand), "\"\"" | "0" | "``")
                }
                "!=" if check == Check::NotNil => {
                    (is_var(left) && prog.text(file, right) == "nil")
                        || (is_var(right) && prog.text(file, left) == "nil")
                }
                _ => false,
            }
        }
        "unary_expression" if check == Check::Not => {
            condition.child_by_field_name("operator").map(|o| o.kind()) == Some("!")
                && condition.child_by_field_name("operand").is_some_and(is_var)
        }
        _ => false,
    }
}

fn is_len_of<'m>(
    prog: &Program<'m>,
    file: usize,
    node: Node<'m>,
    is_var: &dyn Fn(Node<'m>) -> bool,
) -> bool {
    let node = unparen(node);
    node.kind() == "call_expression"
        && node
            .child_by_field_name("function")
            .is_some_and(|f| prog.text(file, f) == "len")
        && node
            .child_by_field_name("arguments")
            .and_then(|a| named_children(a).first().copied())
            .is_some_and(is_var)
}

/// `x == ""` or `"" == x`.
pub(crate) fn is_empty_comparison(prog: &Program, file: usize, binary: Node) -> bool {
    binary.child_by_field_name("operator").map(|o| o.kind()) == Some("==")
        && [
            binary.child_by_field_name("left"),
            binary.child_by_field_name("right"),
        ]
        .into_iter()
        .flatten()
        .any(|side| prog.text(file, side) == "\"\"")
}

/// Whether an `if`'s consequence answers an error (see [`rejects`]).
pub(crate) fn answers_error(prog: &Program, file: usize, if_statement: Node) -> bool {
    if_statement
        .child_by_field_name("consequence")
        .is_some_and(|consequence| rejects(prog, file, consequence))
}

/// Whether a branch (a block or a `case`) answers an error: it returns, after setting
/// `RespErr` or `UnAuthorized`, aborting or writing a non-200 answer, or it returns an error
/// value.
pub(crate) fn rejects(prog: &Program, file: usize, branch: Node) -> bool {
    let statements = block_statements(branch);
    let Some(last) = statements.last() else {
        return false;
    };
    if last.kind() != "return_statement" {
        return false;
    }
    // A function returning an error value: `return nil, err`, `return fmt.Errorf(...)`.
    if let Some(values) = last.named_child(0)
        && returns_error(prog, file, branch)
    {
        let values = named_children(values);
        if values.last().is_some_and(|v| prog.text(file, *v) != "nil") {
            return true;
        }
    }
    statements.iter().any(|statement| {
        let text = prog.text(file, *statement);
        match statement.kind() {
            "assignment_statement" => statement
                .child_by_field_name("left")
                .map(named_children)
                .unwrap_or_default()
                .iter()
                .any(|target| {
                    target
                        .child_by_field_name("field")
                        .is_some_and(|f| matches!(prog.text(file, f), "RespErr" | "UnAuthorized"))
                }),
            "expression_statement" => {
                let Some(call) = statement
                    .named_child(0)
                    .filter(|c| c.kind() == "call_expression")
                else {
                    return false;
                };
                let name = call
                    .child_by_field_name("function")
                    .and_then(|f| f.child_by_field_name("field"))
                    .map(|f| prog.text(file, f))
                    .unwrap_or("");
                name.starts_with("Abort")
                    || (matches!(name, "JSON" | "String" | "Status") && !text.contains("StatusOK"))
            }
            _ => false,
        }
    })
}

/// Whether the function around `node` has `error` as its last result.
fn returns_error(prog: &Program, file: usize, node: Node) -> bool {
    let mut current = node.parent();
    while let Some(n) = current {
        if matches!(
            n.kind(),
            "function_declaration" | "method_declaration" | "func_literal"
        ) {
            let Some(result) = n.child_by_field_name("result") else {
                return false;
            };
            let last = if result.kind() == "parameter_list" {
                named_children(result)
                    .last()
                    .and_then(|param| param.child_by_field_name("type"))
            } else {
                Some(result)
            };
            return last.is_some_and(|ty| prog.text(file, ty) == "error");
        }
        current = n.parent();
    }
    false
}

/// The constant a branch assigns (`n = 10` when a parse fails), rendered.
pub(crate) fn assigned_constant<'m>(
    prog: &Program<'m>,
    file: usize,
    if_statement: Node<'m>,
) -> Option<String> {
    let consequence = if_statement.child_by_field_name("consequence")?;
    for statement in block_statements(consequence) {
        if statement.kind() != "assignment_statement" {
            continue;
        }
        let right = named_children(statement.child_by_field_name("right")?);
        if let [value] = right.as_slice()
            && let Ok(value) = prog.const_expr(file, *value, 0, 0)
        {
            return Some(value.render());
        }
    }
    None
}
