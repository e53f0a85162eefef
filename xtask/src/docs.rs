//! `cargo xtask docs`: the vendor's doc pages as data.
//!
//! - `docs facts PAGE...`: what the reader of `zadig_codegen::audit::docs_facts` takes from each
//!   page (parameter tables, request-line queries, JSON examples, each with its line) and what
//!   it could not read; a summary, or everything as YAML or JSON.
//! - `docs endpoints PAGE...`: writes `spec/documented-endpoints.yaml` from the overview pages
//!   (`--check`: fails when the file differs).
//! - `docs retarget PAGE...`: points every erratum and `unserved` entry that cites another
//!   version of a page at this one (`source:` lines rewritten in place).

use std::fs;
use std::path::PathBuf;

use zadig_codegen::audit::docs::{DocPage, page_family};
use zadig_codegen::audit::docs_facts::{self, DocExampleKind, PageFacts};
use zadig_codegen::audit::documented::{DOCUMENTED_FILE, DocumentedList};

use crate::workspace_root;

/// `cargo xtask docs --help`.
pub const USAGE: &str = "\
usage: cargo xtask docs facts [--format summary|yaml|json] PAGE...
       cargo xtask docs endpoints [--spec DIR] [--check] OVERVIEW_PAGE...
       cargo xtask docs retarget [--spec DIR] PAGE...

facts      prints what the audit reads from each doc page: per documented endpoint (a request
           line of a detail page) its path, query and body parameters and response fields
           (name, type, required, line), the tables of named structures, and the JSON examples;
           then every line it could not read. The default is a summary with the counts.
endpoints  writes documented-endpoints.yaml in the spec directory from the overview pages:
           every METHOD /path they list, as the first page writes it, with the pages listing it.
           With --check it writes nothing and fails when the file differs.
retarget   for each page (e.g. ../shared/zadig-docs/overview.en-v4.1.md), rewrites the `source:`
           of every erratum and unserved entry that cites another version of it (same name
           without the version: overview.en-v4.0.md) to this file name, in every module file.
           Run the audit first: the records it reports as fixed upstream or no longer applying
           must be removed or updated, not moved.

options:
  --format FORMAT   summary (default), yaml or json (facts only)
  --spec DIR        the spec directory (default: spec/ in the workspace)
  --check           (endpoints) compare instead of writing
  -h, --help        print this help
";

/// `cargo xtask docs`.
pub fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("facts") => facts(&args[1..]),
        Some("endpoints") => endpoints(&args[1..]),
        Some("retarget") => retarget(&args[1..]),
        Some("-h" | "--help") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!(
            "error: unknown docs command `{other}`; see `cargo xtask docs --help`"
        )),
    }
}

fn read_pages(files: &[String]) -> Result<Vec<(String, String)>, String> {
    let mut pages = Vec::new();
    let mut problems = Vec::new();
    for path in files {
        match fs::read_to_string(path) {
            Ok(text) => pages.push((path.clone(), text)),
            Err(err) => problems.push(format!("error: cannot read {path}: {err}")),
        }
    }
    if problems.is_empty() {
        Ok(pages)
    } else {
        Err(problems.join("\n"))
    }
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

fn facts(args: &[String]) -> Result<(), String> {
    let mut format = "summary".to_owned();
    let mut files = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(());
            }
            "--format" => {
                format = args
                    .next()
                    .cloned()
                    .ok_or("error: --format needs summary, yaml or json")?;
            }
            other if other.starts_with("--") => {
                return Err(format!(
                    "error: unknown option `{other}`; see `cargo xtask docs --help`"
                ));
            }
            file => files.push(file.to_owned()),
        }
    }
    if files.is_empty() {
        return Err("error: docs facts needs at least one page".to_owned());
    }
    let pages: Vec<PageFacts> = read_pages(&files)?
        .iter()
        .map(|(path, text)| docs_facts::read(file_name(path), text))
        .collect();
    match format.as_str() {
        "yaml" => print!(
            "{}",
            serde_yaml::to_string(&pages).map_err(|err| format!("error: {err}"))?
        ),
        "json" => println!(
            "{}",
            serde_json::to_string_pretty(&pages).map_err(|err| format!("error: {err}"))?
        ),
        "summary" => print!("{}", summary(&pages)),
        other => {
            return Err(format!(
                "error: unknown format `{other}`; use summary, yaml or json"
            ));
        }
    }
    Ok(())
}

fn summary(pages: &[PageFacts]) -> String {
    let mut out = String::new();
    let (mut endpoints, mut facts, mut examples, mut unread) = (0, 0, 0, 0);
    for page in pages {
        let page_facts: usize = page.endpoints.iter().map(|e| e.fact_count()).sum();
        let page_examples: usize = page.endpoints.iter().map(|e| e.examples.len()).sum();
        out.push_str(&format!(
            "{}: {} documented endpoint{}, {} parameter and field fact{}, {} JSON example{}, {} line{} not read\n",
            page.file,
            page.endpoints.len(),
            plural(page.endpoints.len()),
            page_facts,
            plural(page_facts),
            page_examples,
            plural(page_examples),
            page.unread.len(),
            plural(page.unread.len())
        ));
        for endpoint in &page.endpoints {
            let kinds: Vec<&str> = endpoint
                .examples
                .iter()
                .map(|example| match (example.kind, example.json.is_some()) {
                    (_, false) => "unparsed",
                    (DocExampleKind::Request, _) => "request",
                    (DocExampleKind::Response, _) => "response",
                    (DocExampleKind::Error, _) => "error",
                    (DocExampleKind::Other, _) => "other",
                })
                .collect();
            out.push_str(&format!(
                "  {}:{} {} {}: path {}, query {}, body {}, response {}, structures {}, examples {}\n",
                page.file,
                endpoint.line,
                endpoint.method,
                endpoint.path,
                endpoint.path_params.len(),
                endpoint.query.len(),
                endpoint.body.as_ref().map_or(0, |t| t.rows.len()),
                endpoint.response.as_ref().map_or(0, |t| t.rows.len()),
                if endpoint.structures.is_empty() {
                    "-".to_owned()
                } else {
                    endpoint
                        .structures
                        .iter()
                        .map(|t| format!("{}({})", t.label, t.rows.len()))
                        .collect::<Vec<_>>()
                        .join(" ")
                },
                if kinds.is_empty() {
                    "-".to_owned()
                } else {
                    kinds.join(" ")
                }
            ));
        }
        for item in &page.unread {
            out.push_str(&format!(
                "  not read: {}:{}: {}\n",
                page.file, item.line, item.what
            ));
        }
        endpoints += page.endpoints.len();
        facts += page_facts;
        examples += page_examples;
        unread += page.unread.len();
    }
    out.push_str(&format!(
        "total: {endpoints} documented endpoint{}, {facts} parameter and field fact{}, {examples} JSON example{}, {unread} line{} not read\n",
        plural(endpoints),
        plural(facts),
        plural(examples),
        plural(unread)
    ));
    out
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

/// Options shared by `endpoints` and `retarget`: the spec directory, `--check`, the pages.
struct SpecOptions {
    spec: PathBuf,
    check: bool,
    pages: Vec<String>,
    help: bool,
}

fn spec_options(args: &[String], command: &str) -> Result<SpecOptions, String> {
    let mut options = SpecOptions {
        spec: workspace_root().join("spec"),
        check: false,
        pages: Vec::new(),
        help: false,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => options.help = true,
            "--spec" => {
                options.spec = PathBuf::from(args.next().ok_or("error: --spec needs a directory")?);
            }
            "--check" if command == "endpoints" => options.check = true,
            other if other.starts_with("--") => {
                return Err(format!(
                    "error: unknown option `{other}`; see `cargo xtask docs --help`"
                ));
            }
            page => options.pages.push(page.to_owned()),
        }
    }
    if options.pages.is_empty() && !options.help {
        return Err(format!("error: docs {command} needs at least one page"));
    }
    Ok(options)
}

fn endpoints(args: &[String]) -> Result<(), String> {
    let options = spec_options(args, "endpoints")?;
    if options.help {
        print!("{USAGE}");
        return Ok(());
    }
    let pages: Vec<DocPage> = read_pages(&options.pages)?
        .iter()
        .map(|(path, text)| DocPage::parse(path, text))
        .collect();
    let mut problems = Vec::new();
    for page in &pages {
        if page.endpoints.is_empty() {
            problems.push(format!("error: {}: no endpoints found", page.path));
        }
        if !page.facts.endpoints.is_empty() {
            problems.push(format!(
                "error: {}: a detail page (it has request lines), not an overview page",
                page.path
            ));
        }
    }
    for (index, page) in pages.iter().enumerate() {
        if pages[..index]
            .iter()
            .any(|other| other.family() == page.family())
        {
            problems.push(format!(
                "error: {}: two versions of the same page; give the one to derive from",
                page.path
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    let list = DocumentedList::derive(&pages.iter().collect::<Vec<_>>());
    let text = list.render();
    let path = options.spec.join(DOCUMENTED_FILE);
    let current = fs::read_to_string(&path).ok();
    if options.check {
        return if current.as_deref() == Some(text.as_str()) {
            println!(
                "{} is up to date ({} endpoints)",
                path.display(),
                list.endpoints.len()
            );
            Ok(())
        } else {
            Err(format!(
                "error: {} differs from what {} give; run `cargo xtask docs endpoints {}`",
                path.display(),
                list.pages.join(", "),
                options.pages.join(" ")
            ))
        };
    }
    if current.as_deref() == Some(text.as_str()) {
        println!(
            "{} is up to date ({} endpoints)",
            path.display(),
            list.endpoints.len()
        );
        return Ok(());
    }
    fs::write(&path, &text)
        .map_err(|err| format!("error: cannot write {}: {err}", path.display()))?;
    println!(
        "wrote {}: {} endpoints from {}",
        path.display(),
        list.endpoints.len(),
        list.pages.join(", ")
    );
    Ok(())
}

fn retarget(args: &[String]) -> Result<(), String> {
    let options = spec_options(args, "retarget")?;
    if options.help {
        print!("{USAGE}");
        return Ok(());
    }
    // The pages are not read, only named; a missing one is most likely a typo.
    let missing: Vec<String> = options
        .pages
        .iter()
        .filter(|page| !std::path::Path::new(page).is_file())
        .map(|page| format!("error: {page}: no such file"))
        .collect();
    if !missing.is_empty() {
        return Err(missing.join("\n"));
    }
    let targets: Vec<&str> = options.pages.iter().map(|page| file_name(page)).collect();
    for (index, target) in targets.iter().enumerate() {
        if targets[..index]
            .iter()
            .any(|other| page_family(other) == page_family(target))
        {
            return Err(format!(
                "error: {target}: two versions of the same page; give the one to move to"
            ));
        }
    }
    let mut files: Vec<PathBuf> = fs::read_dir(&options.spec)
        .map_err(|err| format!("error: cannot read {}: {err}", options.spec.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.extension().is_some_and(|ext| ext == "yaml")
                && path.file_name().is_some_and(|name| name != DOCUMENTED_FILE)
        })
        .collect();
    files.sort();
    let mut moved_total = 0;
    for path in &files {
        let text = fs::read_to_string(path)
            .map_err(|err| format!("error: cannot read {}: {err}", path.display()))?;
        let (edited, moved) = retarget_text(&text, &targets);
        if moved.is_empty() {
            continue;
        }
        fs::write(path, &edited)
            .map_err(|err| format!("error: cannot write {}: {err}", path.display()))?;
        for (from, to, count) in &moved {
            println!(
                "{}: {count} record{} from {from} to {to}",
                path.display(),
                if *count == 1 { "" } else { "s" }
            );
            moved_total += count;
        }
    }
    if moved_total == 0 {
        println!("no record cites another version of these pages");
    } else {
        println!(
            "{moved_total} record{} moved; regenerate (`cargo xtask codegen`): endpoint errata name their page in the generated docs",
            if moved_total == 1 { "" } else { "s" }
        );
    }
    Ok(())
}

/// Rewrites every `source: <page>` line whose page is another version of one of `targets`;
/// returns the text and, per (old, new) pair, how many lines moved.
fn retarget_text(text: &str, targets: &[&str]) -> (String, Vec<(String, String, usize)>) {
    let mut moved: Vec<(String, String, usize)> = Vec::new();
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let indent = body.len() - body.trim_start().len();
        let rest = body.trim_start();
        let (dash, rest) = match rest.strip_prefix("- ") {
            Some(rest) => ("- ", rest),
            None => ("", rest),
        };
        let value = rest
            .strip_prefix("source:")
            .map(|value| value.trim().trim_matches(['"', '\'']));
        let target = value.and_then(|value| {
            targets
                .iter()
                .find(|target| page_family(target) == page_family(value) && **target != value)
        });
        match (value, target) {
            (Some(value), Some(target)) => {
                out.push_str(&body[..indent]);
                out.push_str(dash);
                out.push_str("source: ");
                out.push_str(target);
                out.push_str(&line[body.len()..]);
                match moved
                    .iter_mut()
                    .find(|(from, to, _)| from == value && to == target)
                {
                    Some((_, _, count)) => *count += 1,
                    None => moved.push((value.to_owned(), (*target).to_owned(), 1)),
                }
            }
            _ => out.push_str(line),
        }
    }
    (out, moved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retargets_only_other_versions_of_the_page() {
        let text = "\
    source: both
    errata:
      - source: overview.en-v4.0.md
        said: x
      - source: \"overview.zh-v3.4.md\"
        said: y
unserved:
  - method: GET
    source: overview.en-v4.0.md
";
        let (edited, moved) = retarget_text(text, &["overview.en-v4.1.md"]);
        assert_eq!(
            edited,
            text.replace("overview.en-v4.0.md", "overview.en-v4.1.md")
        );
        assert_eq!(
            moved,
            vec![(
                "overview.en-v4.0.md".into(),
                "overview.en-v4.1.md".into(),
                2
            )]
        );
    }
}
