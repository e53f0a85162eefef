//! The pieces both audit renderers lay their text out with: the output format, aligned
//! columns, plain-text and Markdown headings and Markdown tables. Below `render` and
//! `render_releases`, which both use them.

use std::fmt::Write as _;

/// Output formats of the audit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned plain-text tables (the default).
    Table,
    /// GitHub-flavoured Markdown.
    Markdown,
    /// Pretty-printed JSON with a stable key order.
    Json,
}

impl Format {
    /// Parses `table`, `markdown` or `json`.
    pub fn parse(text: &str) -> Option<Format> {
        match text {
            "table" => Some(Format::Table),
            "markdown" | "md" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// Lays out rows in columns: the first left-aligned, the others right-aligned.
pub(crate) fn columns(rows: &[Vec<String>]) -> String {
    let count = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..count)
        .map(|i| {
            rows.iter()
                .filter_map(|row| row.get(i))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            let pad = widths[i] - cell.chars().count();
            if i == 0 {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str("  ");
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

pub(crate) fn heading(out: &mut String, title: &str, count: usize) {
    if count == 0 {
        let _ = writeln!(out, "\n{title}: none");
    } else {
        let _ = writeln!(out, "\n{title} ({count}):");
    }
}

fn md_row(cells: &[String]) -> String {
    let escaped: Vec<String> = cells.iter().map(|cell| cell.replace('|', "\\|")).collect();
    format!("| {} |\n", escaped.join(" | "))
}

pub(crate) fn md_table(
    out: &mut String,
    header: &[&str],
    align_right_from: usize,
    rows: &[Vec<String>],
) {
    out.push_str(&md_row(
        &header.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>(),
    ));
    let rule: Vec<String> = (0..header.len())
        .map(|i| {
            if i >= align_right_from {
                "---:".to_owned()
            } else {
                "---".to_owned()
            }
        })
        .collect();
    out.push_str(&format!("| {} |\n", rule.join(" | ")));
    for row in rows {
        out.push_str(&md_row(row));
    }
}

pub(crate) fn md_heading(out: &mut String, title: &str, count: usize) -> bool {
    let _ = writeln!(out, "\n#### {title} ({count})\n");
    if count == 0 {
        out.push_str("None.\n");
    }
    count > 0
}
