//! Text helpers for the Markdown that generated docs and reports print.

/// A Markdown code span of `text` that survives backticks inside.
pub fn code(text: &str) -> String {
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_survive_backticks() {
        assert_eq!(code("a b"), "`a b`");
        assert_eq!(code("say `x`"), "`` say `x` ``");
    }
}
