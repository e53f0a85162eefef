//! Writes spec YAML in the house style (two-space indents, folded long text, plain scalars where
//! YAML reads them back unchanged) for the drafts of [`super::draft`].

use std::fmt::Write as _;

use indexmap::IndexMap;

use crate::spec::{Erratum, Field, Source, TypeDef, TypeShape};

/// Descriptions longer than this are written as folded blocks.
const WRAP: usize = 96;

/// The whole `types:` section for `types`, ending with a newline.
pub fn types_section(types: &IndexMap<String, TypeDef>) -> String {
    let mut out = String::from("types:\n");
    for (index, (name, def)) in types.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "  {name}:");
        text_key(&mut out, 4, "description", &def.description);
        let _ = writeln!(out, "    source: {}", source(def.source));
        if let Some(go) = &def.go {
            let _ = writeln!(out, "    go: {}", scalar(go));
        }
        match &def.shape {
            TypeShape::Struct(struct_) => {
                out.push_str("    struct:\n");
                if struct_.fields.is_empty() {
                    out.push_str("      fields: []\n");
                } else {
                    out.push_str("      fields:\n");
                    for field in &struct_.fields {
                        write_field(&mut out, field);
                    }
                }
            }
            TypeShape::Enum(enum_) => {
                out.push_str("    enum:\n      values:\n");
                for value in &enum_.values {
                    let _ = writeln!(out, "        - value: {}", scalar(&value.value));
                    if let Some(rust) = &value.rust_name {
                        let _ = writeln!(out, "          rust_name: {}", scalar(rust));
                    }
                    text_key(&mut out, 10, "description", &value.description);
                }
            }
            TypeShape::Union(union) => {
                let _ = writeln!(out, "    union:\n      tag: {}", scalar(&union.tag));
                out.push_str("      variants:\n");
                for variant in &union.variants {
                    let _ = writeln!(out, "        - value: {}", scalar(&variant.value));
                    let _ = writeln!(out, "          type: {}", scalar(&variant.ty));
                    if let Some(rust) = &variant.rust_name {
                        let _ = writeln!(out, "          rust_name: {}", scalar(rust));
                    }
                    if let Some(description) = &variant.description {
                        text_key(&mut out, 10, "description", description);
                    }
                }
            }
        }
        if !def.errata.is_empty() {
            out.push_str("    errata:\n");
            for erratum in &def.errata {
                write_erratum(&mut out, erratum);
            }
        }
    }
    out
}

fn write_field(out: &mut String, field: &Field) {
    let _ = writeln!(out, "        - name: {}", scalar(&field.name));
    let _ = writeln!(out, "          type: {}", scalar(&field.ty));
    if field.required {
        out.push_str("          required: true\n");
    }
    if field.nullable {
        out.push_str("          nullable: true\n");
    }
    if let Some(rust) = &field.rust_name {
        let _ = writeln!(out, "          rust_name: {}", scalar(rust));
    }
    if !field.aliases.is_empty() {
        let aliases: Vec<String> = field.aliases.iter().map(|alias| scalar(alias)).collect();
        let _ = writeln!(out, "          aliases: [{}]", aliases.join(", "));
    }
    text_key(out, 10, "description", &field.description);
}

fn write_erratum(out: &mut String, erratum: &Erratum) {
    let _ = writeln!(out, "      - source: {}", scalar(&erratum.source));
    text_key(out, 8, "said", &erratum.said);
    text_key(out, 8, "decision", &erratum.decision);
    if let Some(about) = &erratum.about {
        let _ = writeln!(out, "        about: {}", scalar(about));
    }
}

fn source(source: Source) -> &'static str {
    source.as_str()
}

/// `key: value` at `indent`, as a plain or quoted scalar when short, a folded block when long.
pub(crate) fn text_key(out: &mut String, indent: usize, key: &str, text: &str) {
    let pad = " ".repeat(indent);
    let one_line = format!("{pad}{key}: {}", scalar(text));
    if one_line.len() <= WRAP + 4 && !text.contains('\n') {
        out.push_str(&one_line);
        out.push('\n');
        return;
    }
    if foldable(text) {
        let _ = writeln!(out, "{pad}{key}: >-");
        let body_pad = " ".repeat(indent + 2);
        for line in wrap(text, WRAP.saturating_sub(indent + 2).max(20)) {
            let _ = writeln!(out, "{body_pad}{line}");
        }
        return;
    }
    out.push_str(&one_line);
    out.push('\n');
}

/// Text that a folded block gives back exactly: one line of single-spaced words (a text with
/// line breaks is written quoted instead).
fn foldable(text: &str) -> bool {
    !text.is_empty()
        && !text.contains(['\n', '\t'])
        && !text.starts_with(' ')
        && !text.ends_with(' ')
        && !text.contains("  ")
}

fn wrap(paragraph: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in paragraph.split(' ') {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A YAML scalar for `text`: plain when YAML reads it back as the same string, else
/// double-quoted (JSON's escapes are YAML's).
pub fn scalar(text: &str) -> String {
    if plain_ok(text) {
        text.to_owned()
    } else {
        serde_json::to_string(text).unwrap_or_else(|_| format!("{text:?}"))
    }
}

fn plain_ok(text: &str) -> bool {
    if text.is_empty()
        || text.trim() != text
        || text.contains(": ")
        || text.contains(" #")
        || text.ends_with(':')
        || text.contains(['\n', '\t', '"', '\''])
        || text.starts_with([
            '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`',
        ])
    {
        return false;
    }
    // Words YAML reads as something other than this string (`true`, `12`, `~`).
    matches!(
        serde_yaml::from_str::<serde_yaml::Value>(text),
        Ok(serde_yaml::Value::String(ref read)) if read == text
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_stay_strings() {
        for text in [
            "plain",
            "true",
            "null",
            "12",
            "1.5",
            "a: b",
            "- x",
            "#x",
            "x #y",
            "",
            " pad",
            "it's",
            "array<KeyValue>",
            "map<any>",
            "pkg/setting.ProductStatus",
            "yes",
            "~",
        ] {
            let written = scalar(text);
            let read: String = serde_yaml::from_str(&written)
                .unwrap_or_else(|err| panic!("{text:?} as {written}: {err}"));
            assert_eq!(read, text, "{written}");
        }
        assert_eq!(scalar("array<KeyValue>"), "array<KeyValue>");
    }

    #[test]
    fn long_text_folds_and_reads_back() {
        let text = "word ".repeat(60).trim_end().to_owned() + " #1: a `code` span.";
        let mut out = String::new();
        text_key(&mut out, 4, "description", &text);
        assert!(out.starts_with("    description: >-\n"), "{out}");
        #[derive(serde::Deserialize)]
        struct Holder {
            description: String,
        }
        let unindented: String = out
            .lines()
            .map(|l| format!("{}\n", l.get(4..).unwrap_or("")))
            .collect();
        let read: Holder = serde_yaml::from_str(&unindented).unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(read.description, text);
    }
}
