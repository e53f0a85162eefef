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
//!
//! The reading is spread over one module per question: `rules` (what a condition says),
//! `values` (which request value an expression is), `placing` (the conditions around a check),
//! `calls` (following a call) and `answers` (whether a branch answers an error).

mod answers;
mod calls;
mod placing;
mod rules;
mod values;

use std::collections::HashSet;

use tree_sitter::Node;
use zadig_spec_model::facts::{CodeCheck, Condition};

use crate::program::{FnScope, Program, unparen};
use crate::ty::Ty;

pub(crate) use answers::{Check, Outcome, answers_error, is_empty_comparison, outcome};

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
