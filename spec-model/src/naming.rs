//! Rust names for wire names: snake_case for fields, parameters and methods, PascalCase for
//! types and variants, with keywords escaped.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Keywords that can be used as raw identifiers (`r#type`).
const RAW_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while",
    "abstract", "become", "box", "do", "final", "gen", "macro", "override", "priv", "typeof",
    "unsized", "virtual", "yield", "try",
];

/// Keywords that cannot be raw identifiers; they get a trailing underscore.
const NON_RAW_KEYWORDS: &[&str] = &["self", "Self", "super", "crate", "_"];

/// The snake_case Rust name of a wire name, before keyword escaping (`weChat_webHook` →
/// `we_chat_web_hook`).
pub fn snake(wire: &str) -> String {
    wire.to_snake_case()
}

/// The PascalCase Rust name of a wire value (`zadig-build` → `ZadigBuild`).
pub fn pascal(wire: &str) -> String {
    let name = wire.to_upper_camel_case();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{name}")
    } else {
        name
    }
}

/// A valid identifier for `name`: keywords become raw identifiers or get a trailing `_`.
pub fn escape(name: &str) -> String {
    if NON_RAW_KEYWORDS.contains(&name) {
        format!("{name}_")
    } else if RAW_KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    }
}

/// True for keywords that are written as raw identifiers (`type` → `r#type`).
pub fn is_raw_keyword(name: &str) -> bool {
    RAW_KEYWORDS.contains(&name)
}

/// True when `name` is a plain ASCII Rust identifier (before escaping).
pub fn is_ascii_ident(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_"
}

/// True for `lower_snake_case` ids.
pub fn is_snake_case(name: &str) -> bool {
    is_ascii_ident(name) && name == name.to_snake_case()
}

/// True for `PascalCase` type names.
pub fn is_pascal_case(name: &str) -> bool {
    is_ascii_ident(name)
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && !name.contains('_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_zadig_mixed_case_names() {
        assert_eq!(snake("weChat_webHook"), "we_chat_web_hook");
        assert_eq!(snake("NeededApprovers"), "needed_approvers");
        assert_eq!(snake("configMap_detail"), "config_map_detail");
        assert_eq!(snake("projectKey"), "project_key");
        assert_eq!(pascal("zadig-build"), "ZadigBuild");
        assert_eq!(pascal("feishu_app"), "FeishuApp");
    }

    #[test]
    fn escapes_keywords() {
        assert_eq!(escape("type"), "r#type");
        assert_eq!(escape("self"), "self_");
        assert_eq!(escape("name"), "name");
    }
}
