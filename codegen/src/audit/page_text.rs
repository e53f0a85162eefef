//! Reading requests out of a page's text: a `METHOD /path` line or table cell, as the docs
//! write it, and HTML comments blanked out. Used by both readers of a page, the endpoint list
//! (`docs`) and the detail facts (`docs_facts`), so it sits below both.

use super::paths::{METHODS, strip_query};

/// Parses a request line such as `GET /openapi/x/:id?key=<a value>` (as the docs write it, or as
/// an erratum's `said` records it) into the method and the path without its query. `None` unless
/// the text starts with a method, whitespace and a path.
pub fn parse_request(text: &str) -> Option<(String, String)> {
    let text = text.trim_start();
    let method = METHODS.iter().find(|method| text.starts_with(**method))?;
    let rest = &text[method.len()..];
    let after_space = rest.trim_start_matches([' ', '\t']);
    if after_space.len() == rest.len() {
        return None;
    }
    let path = read_path(after_space)?;
    Some(((*method).to_owned(), path))
}

/// Every `METHOD /path` in `line` whose preceding character passes `accept` (and is not part of
/// a word).
pub(crate) fn scan(line: &str, accept: impl Fn(Option<char>) -> bool) -> Vec<(String, String)> {
    let mut hits = Vec::new();
    for (index, _) in line.char_indices() {
        let rest = &line[index..];
        if !METHODS.iter().any(|method| rest.starts_with(method)) {
            continue;
        }
        let before = line[..index].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-') || !accept(before) {
            continue;
        }
        if let Some(hit) = parse_request(rest) {
            hits.push(hit);
        }
    }
    hits
}

/// Reads a path starting at `text` (which must start with `/`) up to where it ends: whitespace,
/// a closing bracket, a backtick, a table bar or a quote, except inside `<...>` and `{...}`
/// placeholders, which may hold spaces. The query and fragment are dropped, and so is
/// trailing sentence punctuation.
fn read_path(text: &str) -> Option<String> {
    if !text.starts_with('/') {
        return None;
    }
    let mut angle = 0usize;
    let mut brace = 0usize;
    let mut end = text.len();
    for (index, c) in text.char_indices() {
        match c {
            // `<br>` after a path in a table cell ends it; any other `<` opens a placeholder.
            '<' if angle == 0
                && text[index..]
                    .get(..3)
                    .is_some_and(|tag| tag.eq_ignore_ascii_case("<br")) =>
            {
                end = index;
                break;
            }
            '<' => angle += 1,
            '>' if angle > 0 => angle -= 1,
            '{' => brace += 1,
            '}' if brace > 0 => brace -= 1,
            '\n' | '\r' => {
                end = index;
                break;
            }
            c if angle == 0
                && brace == 0
                && (c.is_whitespace()
                    || matches!(
                        c,
                        ')' | ']' | '`' | '|' | '"' | '\'' | ',' | ';' | '）' | '，'
                    )) =>
            {
                end = index;
                break;
            }
            _ => {}
        }
    }
    let path = strip_query(&text[..end]).trim_end_matches(['.', ':', '：', '。']);
    if path.len() < 2 || path.starts_with("//") {
        return None;
    }
    Some(path.to_owned())
}

/// The text with every `<!-- ... -->` replaced by spaces, keeping line breaks so line numbers
/// stay right. An unclosed comment runs to the end of the text.
pub(crate) fn blank_html_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find("-->").map_or(after.len(), |index| index + 3);
        out.extend(
            after[..end]
                .chars()
                .map(|c| if c == '\n' { '\n' } else { ' ' }),
        );
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}
