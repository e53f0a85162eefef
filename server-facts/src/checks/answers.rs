//! Whether a branch answers an error, and what the `if` that tests a variable does.

use tree_sitter::Node;

use crate::program::{FnScope, Program, block_statements, named_children, unparen};

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
