//! Printing a [`Report`]: a plain-text table for people, Markdown for a README or a pull
//! request comment, JSON (schema version [`super::SCHEMA_VERSION`]) for CI.
//!
//! Every list in a report is already sorted, so output is a pure function of the inputs.

use std::fmt::Write as _;

use super::{Counts, DocRef, DocsReport, LikelyErratum, RecordKind, RecordRef, Report, SpecRef};
use crate::text::code;

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

/// Renders `report` in `format`; the text ends with a newline.
pub fn render(report: &Report, format: Format) -> String {
    match format {
        Format::Table => table(report),
        Format::Markdown => markdown(report),
        Format::Json => json(report),
    }
}

/// The JSON report.
pub fn json(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report).expect("the report serialises");
    text.push('\n');
    text
}

const COLUMNS: [&str; 10] = [
    "module",
    "endpoints",
    "typed req",
    "typed resp",
    "examples",
    "verified",
    "errata",
    "unserved",
    "lacks detail",
    "coverage",
];

const LEGEND: [(&str, &str); 5] = [
    ("typed req", "no body, or a body type other than `any`"),
    (
        "typed resp",
        "a JSON type other than `any`, or text, event stream, message or empty",
    ),
    ("examples", "endpoints with at least one example"),
    (
        "verified",
        "JSON examples that fit their target type, of all examples (text is not verifiable)",
    ),
    (
        "coverage",
        "endpoints with a typed request and a typed response, as a percentage of all endpoints",
    ),
];

fn cells(name: &str, counts: &Counts) -> Vec<String> {
    vec![
        name.to_owned(),
        counts.endpoints.to_string(),
        counts.typed_request.to_string(),
        counts.typed_response.to_string(),
        counts.with_examples.to_string(),
        format!("{}/{}", counts.examples_verified, counts.examples),
        counts.errata.to_string(),
        counts.unserved.to_string(),
        counts.lacks_detail.to_string(),
        percent(counts.coverage_percent),
    ]
}

fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_owned(), |value| format!("{value:.1}%"))
}

fn spec_name(spec: &SpecRef) -> String {
    format!("{}.{}", spec.module, spec.id)
}

fn record_name(record: &RecordRef) -> String {
    match (record.kind, &record.owner) {
        (RecordKind::EndpointErratum, Some(owner)) => {
            format!("erratum on endpoint {}.{owner}", record.module)
        }
        (RecordKind::TypeErratum, Some(owner)) => {
            format!("erratum on type {}.{owner}", record.module)
        }
        _ => format!("unserved entry in {}", record.module),
    }
}

/// `overview.md:12, env.md:40 (as /a/<b>)`: every source, with the path when it is spelt
/// differently from the one shown.
fn sources(doc: &DocRef) -> String {
    doc.sources
        .iter()
        .map(|source| {
            if source.path == doc.path {
                format!("{}:{}", source.file, source.line)
            } else {
                format!("{}:{} (as {})", source.file, source.line, source.path)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `misspelt segment 4: docs `reprot`, spec `report``.
fn difference(item: &LikelyErratum) -> String {
    let what = if item.kind == "misspelt" {
        "misspelt"
    } else {
        "placeholder against literal in"
    };
    format!(
        "{what} segment {}: docs `{}`, spec `{}`",
        item.segment, item.doc_segment, item.spec_segment
    )
}

// ---------------------------------------------------------------------------------------------
// Table.

/// Lays out rows in columns: the first left-aligned, the others right-aligned.
pub(super) fn columns(rows: &[Vec<String>]) -> String {
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

pub(super) fn heading(out: &mut String, title: &str, count: usize) {
    if count == 0 {
        let _ = writeln!(out, "\n{title}: none");
    } else {
        let _ = writeln!(out, "\n{title} ({count}):");
    }
}

/// The plain-text report.
pub fn table(report: &Report) -> String {
    let mut out = String::from("Coverage by module\n\n");
    let mut rows = vec![COLUMNS.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>()];
    rows.extend(
        report
            .modules
            .iter()
            .map(|module| cells(&module.module, &module.counts)),
    );
    rows.push(cells("total", &report.total));
    out.push_str(&columns(&rows));
    out.push('\n');
    for (term, meaning) in LEGEND {
        let _ = writeln!(out, "{term:<10}  {meaning}");
    }
    if let Some(docs) = &report.docs {
        docs_table(&mut out, docs);
    }
    if let Some(server) = &report.server {
        super::render_releases::table(&mut out, server);
    }
    out
}

fn docs_table(out: &mut String, docs: &DocsReport) {
    let _ = writeln!(
        out,
        "\nDocs against the spec: {} page{}, {} documented endpoint{}, {} in the spec",
        docs.pages.len(),
        if docs.pages.len() == 1 { "" } else { "s" },
        docs.documented,
        if docs.documented == 1 { "" } else { "s" },
        docs.matched
    );
    for page in &docs.pages {
        let _ = writeln!(
            out,
            "  {}: {} mention{}",
            page.path,
            page.mentions,
            if page.mentions == 1 { "" } else { "s" }
        );
    }

    heading(
        out,
        "Documented but missing from the spec",
        docs.missing.len(),
    );
    for doc in &docs.missing {
        let _ = writeln!(out, "  {:<6} {}  ({})", doc.method, doc.path, sources(doc));
    }

    heading(
        out,
        "Likely errata, one segment off a spec endpoint and not recorded",
        docs.likely_errata.len(),
    );
    for item in &docs.likely_errata {
        let _ = writeln!(
            out,
            "  {:<6} docs: {}  ({})",
            item.doc.method,
            item.doc.path,
            sources(&item.doc)
        );
        let _ = writeln!(
            out,
            "         spec: {}  ({})",
            item.spec.path,
            spec_name(&item.spec)
        );
        let _ = writeln!(out, "         {}", difference(item));
    }

    heading(
        out,
        "Explained by an erratum or unserved entry in the spec",
        docs.explained.len(),
    );
    for item in &docs.explained {
        let _ = writeln!(
            out,
            "  {:<6} {}  ({})",
            item.doc.method,
            item.doc.path,
            sources(&item.doc)
        );
        match &item.spec {
            Some(spec) => {
                let _ = writeln!(
                    out,
                    "         {}; the spec has {} {}",
                    record_name(&item.by),
                    spec.method,
                    spec.path
                );
            }
            None => {
                let _ = writeln!(out, "         {}", record_name(&item.by));
            }
        }
    }

    heading(
        out,
        "In the spec but not documented",
        docs.undocumented.len(),
    );
    for spec in &docs.undocumented {
        let _ = writeln!(
            out,
            "  {:<6} {}  ({})",
            spec.method,
            spec.path,
            spec_name(spec)
        );
    }

    heading(
        out,
        "Errata fixed upstream, the docs no longer say what they quote",
        docs.errata_fixed_upstream.len(),
    );
    for item in &docs.errata_fixed_upstream {
        let record = &item.record;
        let _ = writeln!(out, "  {}: {}", record_name(record), record.said);
        let _ = writeln!(
            out,
            "         source {}, not on {}",
            record.source,
            item.checked_against.join(", ")
        );
    }

    if !docs.errata_unchecked.is_empty() {
        let sources: std::collections::BTreeSet<&str> = docs
            .errata_unchecked
            .iter()
            .map(|record| record.source.as_str())
            .collect();
        let _ = writeln!(
            out,
            "\nNot checked, source page not given: {} record{} quoting {}",
            docs.errata_unchecked.len(),
            if docs.errata_unchecked.len() == 1 {
                ""
            } else {
                "s"
            },
            sources.into_iter().collect::<Vec<_>>().join(", ")
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown.

fn md_row(cells: &[String]) -> String {
    let escaped: Vec<String> = cells.iter().map(|cell| cell.replace('|', "\\|")).collect();
    format!("| {} |\n", escaped.join(" | "))
}

pub(super) fn md_table(
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

pub(super) fn md_heading(out: &mut String, title: &str, count: usize) -> bool {
    let _ = writeln!(out, "\n#### {title} ({count})\n");
    if count == 0 {
        out.push_str("None.\n");
    }
    count > 0
}

/// The Markdown report.
pub fn markdown(report: &Report) -> String {
    let mut out = String::from("## Zadig API coverage\n\n");
    let mut rows: Vec<Vec<String>> = report
        .modules
        .iter()
        .map(|module| cells(&module.module, &module.counts))
        .collect();
    rows.push(cells("**total**", &report.total));
    md_table(&mut out, &COLUMNS, 1, &rows);
    out.push('\n');
    for (term, meaning) in LEGEND {
        let _ = writeln!(out, "- **{term}**: {meaning}");
    }

    if let Some(docs) = &report.docs {
        let _ = writeln!(
            out,
            "\n### Docs against the spec\n\n{} documented endpoints, {} in the spec.\n",
            docs.documented, docs.matched
        );
        let rows: Vec<Vec<String>> = docs
            .pages
            .iter()
            .map(|page| vec![code(&page.path), page.mentions.to_string()])
            .collect();
        md_table(&mut out, &["page", "mentions"], 1, &rows);

        if md_heading(
            &mut out,
            "Documented but missing from the spec",
            docs.missing.len(),
        ) {
            let rows: Vec<Vec<String>> = docs
                .missing
                .iter()
                .map(|doc| vec![doc.method.clone(), code(&doc.path), sources(doc)])
                .collect();
            md_table(&mut out, &["method", "path", "documented at"], 99, &rows);
        }
        if md_heading(&mut out, "Likely errata", docs.likely_errata.len()) {
            let rows: Vec<Vec<String>> = docs
                .likely_errata
                .iter()
                .map(|item| {
                    vec![
                        item.doc.method.clone(),
                        code(&item.doc.path),
                        format!("{} ({})", code(&item.spec.path), spec_name(&item.spec)),
                        difference(item),
                        sources(&item.doc),
                    ]
                })
                .collect();
            md_table(
                &mut out,
                &["method", "docs", "spec", "difference", "documented at"],
                99,
                &rows,
            );
        }
        if md_heading(&mut out, "Explained by the spec", docs.explained.len()) {
            let rows: Vec<Vec<String>> = docs
                .explained
                .iter()
                .map(|item| {
                    vec![
                        item.doc.method.clone(),
                        code(&item.doc.path),
                        record_name(&item.by),
                        item.spec
                            .as_ref()
                            .map_or_else(String::new, |spec| code(&spec.path)),
                        sources(&item.doc),
                    ]
                })
                .collect();
            md_table(
                &mut out,
                &["method", "docs", "explained by", "spec", "documented at"],
                99,
                &rows,
            );
        }
        if md_heading(
            &mut out,
            "In the spec but not documented",
            docs.undocumented.len(),
        ) {
            let rows: Vec<Vec<String>> = docs
                .undocumented
                .iter()
                .map(|spec| vec![spec.method.clone(), code(&spec.path), spec_name(spec)])
                .collect();
            md_table(&mut out, &["method", "path", "endpoint"], 99, &rows);
        }
        if md_heading(
            &mut out,
            "Errata fixed upstream",
            docs.errata_fixed_upstream.len(),
        ) {
            let rows: Vec<Vec<String>> = docs
                .errata_fixed_upstream
                .iter()
                .map(|item| {
                    vec![
                        record_name(&item.record),
                        code(&item.record.said),
                        item.record.source.clone(),
                        item.checked_against.join(", "),
                    ]
                })
                .collect();
            md_table(&mut out, &["record", "said", "source", "not on"], 99, &rows);
        }
        if !docs.errata_unchecked.is_empty() {
            let _ = writeln!(
                out,
                "\n{} record(s) not checked: their source page was not given.",
                docs.errata_unchecked.len()
            );
        }
    }

    if let Some(server) = &report.server {
        super::render_releases::markdown(&mut out, server);
    }
    out
}
