//! Tree helpers shared by the type checker and the extraction: parentheses, children,
//! statements, function names.

use tree_sitter::Node;

use crate::load::text;

/// Strips parentheses around an expression.
pub(crate) fn unparen(mut node: Node) -> Node {
    while node.kind() == "parenthesized_expression" {
        match node.named_child(0) {
            Some(inner) => node = inner,
            None => break,
        }
    }
    node
}

/// A node's named children, comments left out.
pub(crate) fn named_children(node: Node) -> Vec<Node> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .filter(|n| n.kind() != "comment")
        .collect()
}

/// The statements directly in a block.
pub(crate) fn block_statements(block: Node) -> Vec<Node> {
    let mut out = Vec::new();
    for child in named_children(block) {
        if child.kind() == "statement_list" {
            out.extend(named_children(child));
        } else {
            out.push(child);
        }
    }
    out
}

/// Whitespace runs collapsed, for types and expressions quoted in messages.
pub(crate) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `F` for a function, `T.M` for a method, `func` for a literal, `` for anything else.
pub(crate) fn function_name(node: Node, source: &str) -> String {
    let name = node
        .child_by_field_name("name")
        .map(|n| text(n, source).to_owned())
        .unwrap_or_default();
    match node.kind() {
        "method_declaration" => {
            let receiver = node
                .child_by_field_name("receiver")
                .and_then(|r| r.named_child(0))
                .and_then(|p| p.child_by_field_name("type"))
                .map(|t| text(t, source).trim_start_matches('*').to_owned())
                .unwrap_or_default();
            format!("{receiver}.{name}")
        }
        "function_declaration" | "method_elem" => name,
        "func_literal" => "func".to_owned(),
        _ => name,
    }
}

/// The name of the top-level function that contains a node.
pub(super) fn enclosing_function_name(node: Node, source: &str) -> String {
    let mut current = Some(node);
    while let Some(n) = current {
        if matches!(n.kind(), "function_declaration" | "method_declaration") {
            return function_name(n, source);
        }
        current = n.parent();
    }
    String::new()
}
