//! Printing the spec against every release ([`ReleasesReport`]): a summary line per release,
//! where availability disagrees with the facts, routes the spec lacks, field-level
//! differences; and the release matrix (`cargo xtask audit --releases`) on its own.

use std::fmt::Write as _;

use serde::Serialize;

use super::releases::{IdleErratum, ReleaseFinding, ReleasesReport};
use super::render_text::{Format, columns, heading, md_heading, md_table};
use super::server::ServerCounts;
use crate::text::code;

const SUMMARY_COLUMNS: [&str; 15] = [
    "release",
    "commit",
    "routes",
    "served",
    "not served",
    "not in spec",
    "query ok",
    "query extra",
    "req missing",
    "opt missing",
    "fields ok",
    "field extra",
    "field missing",
    "mismatch",
    "code checks",
];

const LEGEND: [(&str, &str); 10] = [
    (
        "served",
        "spec methods the release serves (a client configured for it sends them)",
    ),
    (
        "not served",
        "spec methods it does not serve (refused before sending)",
    ),
    (
        "not in spec",
        "routes of the release no spec endpoint stands for",
    ),
    (
        "query ok",
        "query parameters agreeing on name, required flag and type",
    ),
    (
        "query extra",
        "spec query parameters the handler does not read",
    ),
    (
        "req missing",
        "query parameters the handler requires and the spec lacks",
    ),
    (
        "opt missing",
        "query parameters the handler reads optionally and the spec lacks",
    ),
    ("field extra", "spec fields the Go struct does not have"),
    (
        "mismatch",
        "query, field, body or response types that do not fit, and `any` where the server has a type",
    ),
    (
        "code checks",
        "checks in handler code (required, required when, allowed values, conditional bodies) held against the spec",
    ),
];

fn summary_cells(report: &ReleasesReport) -> Vec<Vec<String>> {
    report
        .releases
        .iter()
        .map(|release| {
            let counts: &ServerCounts = &release.counts;
            let name = if release.unreleased {
                format!("{} (unreleased)", release.release)
            } else {
                release.release.clone()
            };
            vec![
                name,
                release
                    .commit
                    .get(..12)
                    .unwrap_or(&release.commit)
                    .to_owned(),
                release.routes.to_string(),
                release.methods_served.to_string(),
                release.methods_not_served.to_string(),
                release.routes_not_in_spec.to_string(),
                counts.query_matching.to_string(),
                counts.query_spec_only.to_string(),
                counts.query_missing_required.to_string(),
                counts.query_missing_optional.to_string(),
                counts.fields_matching.to_string(),
                counts.fields_spec_only.to_string(),
                counts.fields_missing.to_string(),
                (counts.type_mismatches + counts.untyped).to_string(),
                counts.code_checks.to_string(),
            ]
        })
        .collect()
}

/// The releases a finding was seen in, as few words as say it.
fn span(report: &ReleasesReport, finding: &ReleaseFinding) -> String {
    let all = report.release_names();
    let releases = &finding.releases;
    if releases.len() == all.len() {
        return "every release".to_owned();
    }
    let first = all
        .iter()
        .position(|name| Some(*name) == releases.first().map(String::as_str));
    let contiguous = first.is_some_and(|first| {
        all.get(first..first + releases.len())
            .is_some_and(|window| window.iter().zip(releases).all(|(a, b)| *a == b))
    });
    match (releases.first(), releases.last()) {
        (Some(only), _) if releases.len() == 1 => only.clone(),
        (Some(first), Some(last)) if contiguous => format!("{first} to {last}"),
        _ => releases.join(", "),
    }
}

fn finding_line(report: &ReleasesReport, finding: &ReleaseFinding) -> String {
    let f = &finding.finding;
    let at =
        f.at.as_deref()
            .map_or_else(String::new, |at| format!(" at {at}"));
    format!(
        "{}: {} {}: {}: {} [{}{at}]",
        f.module,
        f.owner,
        f.subject,
        f.kind.as_str(),
        f.detail,
        span(report, finding)
    )
}

/// The plain-text section of the full report.
pub fn table(out: &mut String, report: &ReleasesReport) {
    let _ = writeln!(
        out,
        "\nSpec against the server, release by release ({} releases)\n",
        report.releases.len()
    );
    let mut rows = vec![
        SUMMARY_COLUMNS
            .iter()
            .map(|c| (*c).to_owned())
            .collect::<Vec<_>>(),
    ];
    rows.extend(summary_cells(report));
    out.push_str(&columns(&rows));
    out.push('\n');
    for (term, meaning) in LEGEND {
        let _ = writeln!(out, "{term:<13}  {meaning}");
    }
    heading(
        out,
        "Availability the facts disagree with",
        report.availability.len(),
    );
    for problem in &report.availability {
        let _ = writeln!(
            out,
            "  {}: {}: {}",
            problem.file, problem.location, problem.message
        );
        if let Some(help) = &problem.help {
            // The help's own lines (YAML to write) keep their indentation.
            for (index, line) in help.lines().enumerate() {
                let indent = if index == 0 { "      " } else { "    " };
                let _ = writeln!(out, "{indent}{line}");
            }
        }
    }
    heading(out, "Routes the spec lacks", report.not_in_spec.len());
    for route in &report.not_in_spec {
        let _ = writeln!(
            out,
            "  {:<7} {:<6} {}  ({})",
            route.release, route.method, route.path, route.handler
        );
    }
    let unrecorded: Vec<&ReleaseFinding> = report.unrecorded().collect();
    heading(out, "Differences no erratum records", unrecorded.len());
    for finding in unrecorded {
        let _ = writeln!(out, "  {}", finding_line(report, finding));
        if let Some(suggestion) = &finding.suggestion {
            let _ = writeln!(out, "      write: {suggestion}");
        }
    }
    heading(
        out,
        "Errata recording no difference with the server",
        report.errata_recording_nothing.len(),
    );
    for item in &report.errata_recording_nothing {
        let _ = writeln!(out, "  {}", idle_line(item));
    }
    let recorded = report.findings.len() - report.unrecorded().count();
    let _ = writeln!(out, "\nDifferences recorded as errata: {recorded}");
}

/// An erratum recording nothing on the server, and what becomes of it.
fn idle_line(item: &IdleErratum) -> String {
    let verdict = if item.overview {
        "an overview page shows no parameters or fields: it no longer applies"
    } else {
        "it may record a difference on its page: `--docs` checks it there"
    };
    format!(
        "{}: {} about `{}` (source {}; {verdict})",
        item.module, item.owner, item.about, item.source
    )
}

/// The Markdown section of the full report.
pub fn markdown(out: &mut String, report: &ReleasesReport) {
    let _ = writeln!(out, "\n### Spec against the server, release by release\n");
    md_table(out, &SUMMARY_COLUMNS, 2, &summary_cells(report));
    if md_heading(
        out,
        "Availability the facts disagree with",
        report.availability.len(),
    ) {
        for problem in &report.availability {
            let _ = writeln!(
                out,
                "- {}: {}: {}",
                code(&problem.file),
                problem.location,
                problem.message
            );
        }
    }
    if md_heading(out, "Routes the spec lacks", report.not_in_spec.len()) {
        let rows: Vec<Vec<String>> = report
            .not_in_spec
            .iter()
            .map(|route| {
                vec![
                    route.release.clone(),
                    route.method.clone(),
                    code(&route.path),
                    code(&route.handler),
                ]
            })
            .collect();
        md_table(out, &["release", "method", "path", "handler"], 99, &rows);
    }
    let unrecorded: Vec<&ReleaseFinding> = report.unrecorded().collect();
    if md_heading(out, "Differences no erratum records", unrecorded.len()) {
        let rows: Vec<Vec<String>> = unrecorded
            .iter()
            .map(|finding| {
                let f = &finding.finding;
                vec![
                    format!("{}: {}", f.module, f.owner),
                    code(&f.subject),
                    f.kind.as_str().to_owned(),
                    f.detail.clone(),
                    span(report, finding),
                ]
            })
            .collect();
        md_table(
            out,
            &["where", "part", "kind", "detail", "releases"],
            99,
            &rows,
        );
    }
    if md_heading(
        out,
        "Errata recording no difference with the server",
        report.errata_recording_nothing.len(),
    ) {
        for item in &report.errata_recording_nothing {
            let _ = writeln!(out, "- {}", idle_line(item));
        }
    }
    let recorded = report.findings.len() - report.unrecorded().count();
    let _ = writeln!(out, "\nDifferences recorded as errata: {recorded}.");
}

/// The matrix's JSON: the releases, and per endpoint the path each serves it at.
#[derive(Serialize)]
struct MatrixJson<'a> {
    releases: Vec<&'a str>,
    endpoints: &'a [super::releases::MatrixRow],
}

/// `cargo xtask audit --releases`: which release serves which endpoint, and at what path.
pub fn matrix(report: &ReleasesReport, format: Format) -> String {
    match format {
        Format::Json => {
            let json = MatrixJson {
                releases: report.release_names(),
                endpoints: &report.endpoints,
            };
            let mut text = serde_json::to_string_pretty(&json).expect("the matrix serialises");
            text.push('\n');
            text
        }
        Format::Table | Format::Markdown => matrix_text(report, format == Format::Markdown),
    }
}

/// One mark per release: served at the newest path, served at another path, not served.
fn marks(report: &ReleasesReport, row: &super::releases::MatrixRow) -> Vec<String> {
    let newest = row.served.values().rev().flatten().next();
    report
        .releases
        .iter()
        .map(|release| match row.served.get(&release.release) {
            Some(Some(path)) if Some(path) == newest => "yes".to_owned(),
            Some(Some(_)) => "moved".to_owned(),
            _ => "-".to_owned(),
        })
        .collect()
}

fn matrix_text(report: &ReleasesReport, markdown: bool) -> String {
    let mut out = String::new();
    let mut header: Vec<String> = vec!["endpoint".to_owned(), "method".to_owned()];
    header.extend(
        report
            .releases
            .iter()
            .map(|release| release.release.clone()),
    );
    let mut totals: Vec<String> = vec!["served".to_owned(), String::new()];
    totals.extend(
        report
            .releases
            .iter()
            .map(|release| format!("{}/{}", release.methods_served, report.endpoints.len())),
    );
    // Endpoints every release serves at one path say nothing per release: one line for them.
    let varying: Vec<&super::releases::MatrixRow> = report
        .endpoints
        .iter()
        .filter(|row| marks(report, row).iter().any(|mark| mark != "yes"))
        .collect();
    let mut rows: Vec<Vec<String>> = varying
        .iter()
        .map(|row| {
            let mut cells = vec![row.id.clone(), row.method.clone()];
            cells.extend(marks(report, row));
            cells
        })
        .collect();
    rows.push(totals);
    let steady = report.endpoints.len() - varying.len();
    if markdown {
        let _ = writeln!(out, "## Endpoints by Zadig release\n");
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        md_table(&mut out, &header, 2, &rows);
    } else {
        let _ = writeln!(out, "Endpoints by Zadig release\n");
        let mut all = vec![header];
        all.extend(rows);
        out.push_str(&columns(&all));
    }
    let _ = writeln!(
        out,
        "\n{steady} more endpoints are served by every release at one path. yes: served at the \
         endpoint's newest path; moved: served at an older path; -: not served.",
    );
    out
}
