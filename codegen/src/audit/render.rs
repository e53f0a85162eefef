//! Printing a [`Report`]: a plain-text table for people, Markdown for a README or a pull
//! request comment, JSON (schema version [`super::SCHEMA_VERSION`]) for CI.
//!
//! Every list in a report is already sorted, so output is a pure function of the inputs.

use std::fmt::Write as _;

use super::docs_check::{DocsFinding, FactsReport};
use super::documented::DocumentedCheck;
use super::{
    Counts, DocRef, DocsReport, LikelyErratum, MissingDoc, RecordKind, RecordRef, Report, SpecRef,
};
use crate::text::code;

pub use super::render_text::Format;
use super::render_text::{columns, heading, md_heading, md_table};

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
    for page in &docs.ignored {
        let _ = writeln!(
            out,
            "  ignored: {}, superseded by {}",
            page.file, page.superseded_by
        );
    }

    heading(
        out,
        "Documented but missing from the spec",
        docs.missing.len(),
    );
    for item in &docs.missing {
        let doc = &item.doc;
        let _ = writeln!(out, "  {:<6} {}  ({})", doc.method, doc.path, sources(doc));
        let _ = writeln!(out, "         {}", missing_advice(item));
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
        "Documented now, but marked `undocumented: true` in the spec",
        docs.newly_documented.len(),
    );
    for item in &docs.newly_documented {
        let spec = &item.spec;
        let places: Vec<String> = item
            .sources
            .iter()
            .map(|source| format!("{}:{}", source.file, source.line))
            .collect();
        let _ = writeln!(
            out,
            "  {:<6} {}  ({}), documented at {}",
            spec.method,
            spec.path,
            spec_name(spec),
            places.join(", ")
        );
        let _ = writeln!(
            out,
            "         drop `undocumented: true`, link the page with `doc:` and set `source: both`"
        );
    }

    match &docs.no_longer_documented {
        Some(specs) => {
            heading(
                out,
                "No longer documented, not marked `undocumented: true`",
                specs.len(),
            );
            for spec in specs {
                let _ = writeln!(
                    out,
                    "  {:<6} {}  ({})",
                    spec.method,
                    spec.path,
                    spec_name(spec)
                );
                let _ = writeln!(
                    out,
                    "         mark it `undocumented: true` if the server still serves it, else remove it"
                );
            }
        }
        None => {
            let _ = writeln!(
                out,
                "\nNo longer documented: not checked (needs the spec's documented-endpoints.yaml and every overview page it names)"
            );
        }
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
    heading(
        out,
        "Records citing an older version of a page than the one read",
        docs.records_on_older_versions.len(),
    );
    for item in &docs.records_on_older_versions {
        let _ = writeln!(
            out,
            "  {} record{} citing {}, read: {} (cargo xtask docs retarget {})",
            item.records,
            if item.records == 1 { "" } else { "s" },
            item.source,
            item.checked_against,
            item.page
        );
    }
    if let Some(check) = &docs.documented_endpoints {
        documented_table(out, check);
    }
    facts_table(out, &docs.facts);
}

/// What to do about a documented endpoint the spec lacks.
fn missing_advice(item: &MissingDoc) -> String {
    let request = format!("{} {}", item.doc.method, item.doc.path);
    match item.served {
        Some(true) => format!(
            "served by the server: add the endpoint (`cargo xtask draft \"{request}\"`)"
        ),
        Some(false) => "not served by the server: add an `unserved` entry, or record the served path it stands for as an erratum".to_owned(),
        None => "whether the server serves it: unknown (no server facts)".to_owned(),
    }
}

fn documented_table(out: &mut String, check: &DocumentedCheck) {
    if check.derived_from.is_empty() {
        let _ = writeln!(
            out,
            "\ndocumented-endpoints.yaml: not checked (give the overview pages it was derived from: {})",
            check.pages.join(", ")
        );
        return;
    }
    if !check.stale() {
        let _ = writeln!(
            out,
            "\ndocumented-endpoints.yaml: up to date with {}",
            check.derived_from.join(", ")
        );
        return;
    }
    let _ = writeln!(
        out,
        "\ndocumented-endpoints.yaml: stale, derived from {} but the pages given are {}: {} entr{} to add, {} to remove",
        check.pages.join(", "),
        check.derived_from.join(", "),
        check.added.len(),
        if check.added.len() == 1 { "y" } else { "ies" },
        check.removed.len()
    );
    for entry in &check.added {
        let _ = writeln!(
            out,
            "  + {:<6} {}  ({})",
            entry.method,
            entry.path,
            entry.sources.join(", ")
        );
    }
    for entry in &check.removed {
        let _ = writeln!(
            out,
            "  - {:<6} {}  ({})",
            entry.method,
            entry.path,
            entry.sources.join(", ")
        );
    }
    let _ = writeln!(
        out,
        "  derive it again: cargo xtask docs endpoints {}",
        check.given.join(" ")
    );
}

fn docs_finding_line(finding: &DocsFinding) -> String {
    format!(
        "{}: {} {}: {}: {} [{}]",
        finding.module,
        finding.owner,
        finding.subject,
        finding.kind.as_str(),
        finding.detail,
        finding.at.join(", ")
    )
}

fn facts_table(out: &mut String, facts: &FactsReport) {
    let read: usize = facts.pages.iter().filter(|page| page.endpoints > 0).count();
    if read == 0 {
        let _ = writeln!(
            out,
            "\nDocs facts against the spec: none, no detail page (with request lines) given"
        );
        return;
    }
    let _ = writeln!(
        out,
        "\nDocs facts against the spec: {read} detail page{}, {} parameter and field fact{}",
        if read == 1 { "" } else { "s" },
        facts.facts(),
        if facts.facts() == 1 { "" } else { "s" }
    );
    for page in facts.pages.iter().filter(|page| page.endpoints > 0) {
        let _ = writeln!(
            out,
            "  {}: {} endpoint{}, {} fact{}, {} example{}, {} line{} not read",
            page.file,
            page.endpoints,
            if page.endpoints == 1 { "" } else { "s" },
            page.facts,
            if page.facts == 1 { "" } else { "s" },
            page.examples,
            if page.examples == 1 { "" } else { "s" },
            page.unread,
            if page.unread == 1 { "" } else { "s" }
        );
    }
    let _ = writeln!(
        out,
        "  compared: {} documented endpoint{} ({} not in the spec); {} fact{} agree{} with the spec; {} spec parameter{} and field{} of server-backed items not on the pages",
        facts.endpoints_compared,
        if facts.endpoints_compared == 1 {
            ""
        } else {
            "s"
        },
        facts.endpoints_not_in_spec,
        facts.facts_matched,
        if facts.facts_matched == 1 { "" } else { "s" },
        if facts.facts_matched == 1 { "s" } else { "" },
        facts.spec_only_server_backed,
        if facts.spec_only_server_backed == 1 {
            ""
        } else {
            "s"
        },
        if facts.spec_only_server_backed == 1 {
            ""
        } else {
            "s"
        }
    );
    let _ = writeln!(
        out,
        "  JSON examples: {} fit their spec type, {} do not, {} not verifiable",
        facts.examples_verified, facts.examples_failed, facts.examples_not_verifiable
    );
    let unrecorded: Vec<&DocsFinding> = facts.unrecorded().collect();
    heading(
        out,
        "Differences between the pages and the spec no erratum records",
        unrecorded.len(),
    );
    for finding in unrecorded {
        let _ = writeln!(out, "  {}", docs_finding_line(finding));
    }
    let recorded = facts.findings.len() - facts.unrecorded().count();
    let _ = writeln!(
        out,
        "\nDifferences between the pages and the spec recorded as errata: {recorded}"
    );
    heading(
        out,
        "Errata that no longer apply, the page no longer says what they quote and the server agrees with the spec",
        facts.errata_no_longer_apply.len(),
    );
    for item in &facts.errata_no_longer_apply {
        let _ = writeln!(
            out,
            "  {}: {} about `{}` (source {}, checked against {})",
            item.module, item.owner, item.about, item.source, item.checked_against
        );
    }
    if !facts.errata_not_checked.is_empty() {
        let _ = writeln!(
            out,
            "\nErrata with `about` citing the pages given but not checked: {} (their endpoint or type has no table there, or the page agrees with the spec and no --server facts were given)",
            facts.errata_not_checked.len()
        );
    }
    heading(out, "Lines of the pages not read", facts.unread.len());
    for item in &facts.unread {
        let _ = writeln!(out, "  {}:{}: {}", item.file, item.line, item.what);
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown.

/// The Markdown of what the docs section adds to the paths: ignored versions, endpoints
/// newly or no longer documented, `documented-endpoints.yaml`, and the docs facts.
fn docs_markdown(out: &mut String, docs: &DocsReport) {
    if !docs.ignored.is_empty() {
        let _ = writeln!(out);
        for page in &docs.ignored {
            let _ = writeln!(
                out,
                "Ignored {}: superseded by {}.",
                code(&page.file),
                code(&page.superseded_by)
            );
        }
    }
    if md_heading(
        out,
        "Documented now, but marked `undocumented: true`",
        docs.newly_documented.len(),
    ) {
        let rows: Vec<Vec<String>> = docs
            .newly_documented
            .iter()
            .map(|item| {
                let places: Vec<String> = item
                    .sources
                    .iter()
                    .map(|source| format!("{}:{}", source.file, source.line))
                    .collect();
                vec![
                    item.spec.method.clone(),
                    code(&item.spec.path),
                    spec_name(&item.spec),
                    places.join(", "),
                ]
            })
            .collect();
        md_table(
            out,
            &["method", "path", "endpoint", "documented at"],
            99,
            &rows,
        );
    }
    match &docs.no_longer_documented {
        Some(specs) => {
            if md_heading(out, "No longer documented", specs.len()) {
                let rows: Vec<Vec<String>> = specs
                    .iter()
                    .map(|spec| vec![spec.method.clone(), code(&spec.path), spec_name(spec)])
                    .collect();
                md_table(out, &["method", "path", "endpoint"], 99, &rows);
            }
        }
        None => {
            let _ = writeln!(
                out,
                "\nNo longer documented: not checked (not every overview page was given)."
            );
        }
    }
    if md_heading(
        out,
        "Records citing an older version of a page",
        docs.records_on_older_versions.len(),
    ) {
        let rows: Vec<Vec<String>> = docs
            .records_on_older_versions
            .iter()
            .map(|item| {
                vec![
                    item.source.clone(),
                    item.checked_against.clone(),
                    item.records.to_string(),
                ]
            })
            .collect();
        md_table(out, &["cited", "read", "records"], 2, &rows);
    }
    if let Some(check) = &docs.documented_endpoints {
        let _ = writeln!(out, "\n#### documented-endpoints.yaml\n");
        if check.derived_from.is_empty() {
            let _ = writeln!(out, "Not checked: give {}.", check.pages.join(", "));
        } else if check.stale() {
            let _ = writeln!(
                out,
                "Stale: derived from {}, the pages given are {}; {} to add, {} to remove. Run `cargo xtask docs endpoints {}`.",
                check.pages.join(", "),
                check.derived_from.join(", "),
                check.added.len(),
                check.removed.len(),
                check.given.join(" ")
            );
        } else {
            let _ = writeln!(out, "Up to date with {}.", check.derived_from.join(", "));
        }
    }
    let facts = &docs.facts;
    let _ = writeln!(
        out,
        "\n### Docs facts against the spec\n\n{} parameter and field facts; {} endpoints compared, {} not in the spec; {} facts match; JSON examples: {} fit, {} do not, {} not verifiable.\n",
        facts.facts(),
        facts.endpoints_compared,
        facts.endpoints_not_in_spec,
        facts.facts_matched,
        facts.examples_verified,
        facts.examples_failed,
        facts.examples_not_verifiable
    );
    let rows: Vec<Vec<String>> = facts
        .pages
        .iter()
        .filter(|page| page.endpoints > 0)
        .map(|page| {
            vec![
                code(&page.file),
                page.endpoints.to_string(),
                page.facts.to_string(),
                page.examples.to_string(),
                page.unread.to_string(),
            ]
        })
        .collect();
    md_table(
        out,
        &["page", "endpoints", "facts", "examples", "not read"],
        1,
        &rows,
    );
    let unrecorded: Vec<&DocsFinding> = facts.unrecorded().collect();
    if md_heading(out, "Differences no erratum records", unrecorded.len()) {
        let rows: Vec<Vec<String>> = unrecorded
            .iter()
            .map(|finding| {
                vec![
                    format!("{}: {}", finding.module, finding.owner),
                    code(&finding.subject),
                    finding.kind.as_str().to_owned(),
                    finding.detail.clone(),
                    finding.at.join(", "),
                ]
            })
            .collect();
        md_table(out, &["where", "part", "kind", "detail", "page"], 99, &rows);
    }
    let recorded = facts.findings.len() - unrecorded.len();
    let _ = writeln!(out, "\nDifferences recorded as errata: {recorded}.");
    if md_heading(
        out,
        "Errata that no longer apply",
        facts.errata_no_longer_apply.len(),
    ) {
        let rows: Vec<Vec<String>> = facts
            .errata_no_longer_apply
            .iter()
            .map(|item| {
                vec![
                    format!("{}: {}", item.module, item.owner),
                    code(&item.about),
                    item.source.clone(),
                    item.checked_against.clone(),
                ]
            })
            .collect();
        md_table(
            out,
            &["where", "about", "source", "checked against"],
            99,
            &rows,
        );
    }
    if !facts.unread.is_empty() {
        let _ = writeln!(
            out,
            "\n{} line(s) of the pages not read.",
            facts.unread.len()
        );
    }
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
                .map(|item| {
                    vec![
                        item.doc.method.clone(),
                        code(&item.doc.path),
                        sources(&item.doc),
                        missing_advice(item),
                    ]
                })
                .collect();
            md_table(
                &mut out,
                &["method", "path", "documented at", "to do"],
                99,
                &rows,
            );
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
        docs_markdown(&mut out, docs);
    }

    if let Some(server) = &report.server {
        super::render_releases::markdown(&mut out, server);
    }
    out
}
