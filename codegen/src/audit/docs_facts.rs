//! Docs facts: what the vendor's detail pages say about each endpoint, read from the page text.
//!
//! A detail page documents an endpoint in a *section* that starts at its request line
//! (`GET /openapi/...`, in a code block, indented or plain) and runs to the next one. In a
//! section the reader takes:
//!
//! - parameter tables, each classified by the label above it: query (`Query`, `**Query
//!   Parameters**`, `query Parameter description`), path (`Path parameter description`, `# Path
//!   Parameters`), body (`**Body Parameters**`, `body Parameter description`), response (`Return
//!   Description`, `Response Description`); any other label names a *structure* (`<h4
//!   id="EnvConfig">EnvConfig Parameters</h4>`, `Repo`, `ServiceInfo Structure`) that a row's type
//!   (`[]EnvConfig`) refers to;
//! - the query names of the request line itself (`?projectKey=<projectKey>&isDelete=true`);
//! - JSON examples (fenced in Markdown, bare in the rendered-text pages), classified by their label
//!   (`**Response Example**`, `Body Parameter Example`, `Return normally`, `Exception return`) and
//!   parsed after removing what the pages add to JSON: `#` and `//` comments and trailing commas.
//!
//! Tables come in three layouts: Markdown (`| a | b |` with a `| --- |` rule), the rendered-text
//! pages' (a `| a | b |` header and rule, rows without the leading bar) and the concatenated cells
//! of the text saved from a browser (`Parameter NameTypeDescriptionRequiredDefault`, then
//! `pageNumintPagination parameter - current pageYesNone`). Headers cannot be trusted (the
//! workflow page heads its type column `Required`), so columns are recognised by content: the
//! one whose cells are all `Yes`/`No` is "required", the one whose cells are most often type
//! words is the type.
//!
//! Every fact keeps its 1-based line. Whatever the reader cannot read (a row with too few cells,
//! concatenated cells it cannot split, JSON that does not parse) is listed in [`PageFacts::unread`]
//! with its line, so nothing is dropped silently. The reading is a pure function of the text.

use serde::Serialize;
use serde_json::Value;

use super::page_text::{blank_html_comments, parse_request};

/// What one page documents, endpoint by endpoint.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageFacts {
    /// The page's file name.
    pub file: String,
    /// One entry per request line, in page order.
    pub endpoints: Vec<EndpointFacts>,
    /// What could not be read, in page order.
    pub unread: Vec<Unread>,
}

/// The facts of one documented endpoint (one section of a detail page).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EndpointFacts {
    /// HTTP method.
    pub method: String,
    /// The path as the request line writes it, without the query.
    pub path: String,
    /// 1-based line of the request line.
    pub line: usize,
    /// Rows of the path parameter table.
    pub path_params: Vec<DocParam>,
    /// Rows of the query table, then query names of the request line that no row has.
    pub query: Vec<DocParam>,
    /// The body parameter table.
    pub body: Option<DocTable>,
    /// The response table.
    pub response: Option<DocTable>,
    /// Tables of named structures, which rows refer to by type (`[]Service`).
    pub structures: Vec<DocTable>,
    /// JSON examples.
    pub examples: Vec<DocExample>,
}

impl EndpointFacts {
    /// How many parameter and field facts the section holds (rows of every table and
    /// request-line query names).
    pub fn fact_count(&self) -> usize {
        self.path_params.len()
            + self.query.len()
            + self.body.as_ref().map_or(0, |table| table.rows.len())
            + self.response.as_ref().map_or(0, |table| table.rows.len())
            + self
                .structures
                .iter()
                .map(|table| table.rows.len())
                .sum::<usize>()
    }

    /// The structure table a row type names (`[]Service`, `Repo`, `map[string]X`), compared
    /// case-insensitively with the table labels.
    pub fn structure(&self, doc_type: &str) -> Option<&DocTable> {
        let name = element_name(doc_type)?;
        self.structures
            .iter()
            .find(|table| table.label.eq_ignore_ascii_case(name))
    }
}

/// A parameter table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocTable {
    /// The label above it, cleaned (`Body Parameters`, `EnvConfig`, `workflow`).
    pub label: String,
    /// 1-based line of its header.
    pub line: usize,
    /// The type of the whole body or response, when the table gives a type instead of fields
    /// (`| Type | Required |` over `| []OpenAPISetPortalServiceRequest | Yes |`).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub ty: Option<String>,
    /// Its rows, in order.
    pub rows: Vec<DocParam>,
}

/// One row of a parameter table (or a query name of a request line).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocParam {
    /// The parameter or field name.
    pub name: String,
    /// The type as written (`string`, `[]Service`, `int`); `None` when the page gives none.
    #[serde(rename = "type")]
    pub ty: Option<String>,
    /// The "Required" cell; `None` when the page gives none.
    pub required: Option<bool>,
    /// 1-based line.
    pub line: usize,
    /// The row's cells as the page writes them (backticks and emphasis removed); empty for a
    /// request-line query name. An erratum quoting a row (`said` with `|`) is matched against
    /// them.
    #[serde(skip)]
    pub cells: Vec<String>,
}

/// What an example shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocExampleKind {
    /// A request body.
    Request,
    /// A successful response.
    Response,
    /// An error response.
    Error,
    /// Something else (a part of a body, such as one job's input): not verified.
    Other,
}

/// A JSON example.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocExample {
    /// What the label says it is.
    pub kind: DocExampleKind,
    /// The label above it, cleaned.
    pub label: String,
    /// 1-based line of its first line.
    pub line: usize,
    /// 0-based line after its last line.
    #[serde(skip)]
    pub end: usize,
    /// The JSON, once comments and trailing commas are removed; `None` when it does not parse
    /// (the reason is in [`PageFacts::unread`]).
    pub json: Option<Value>,
}

/// Something on the page the reader could not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unread {
    /// 1-based line.
    pub line: usize,
    /// What and why.
    pub what: String,
}

/// Reads the facts of a page; `file` is its file name.
pub fn read(file: &str, text: &str) -> PageFacts {
    let cleaned = blank_html_comments(text);
    let lines: Vec<&str> = cleaned.lines().collect();
    let mut reader = Reader {
        lines: &lines,
        occupied: vec![false; lines.len()],
        unread: Vec::new(),
    };
    let requests: Vec<(usize, String, String, Vec<String>)> = lines
        .iter()
        .enumerate()
        .filter_map(|(index, line)| {
            let trimmed = line.trim();
            if trimmed.starts_with('|') {
                return None;
            }
            let request = trimmed.trim_start_matches(['`', '>', ' ', '\t']);
            parse_request(request)
                .map(|(method, path)| (index, method, path, request_query(request)))
        })
        .collect();
    let mut endpoints = Vec::new();
    for (position, (index, method, path, query)) in requests.iter().enumerate() {
        let end = requests
            .get(position + 1)
            .map_or(lines.len(), |(next, ..)| *next);
        reader.occupied[*index] = true;
        let mut facts = reader.section(*index + 1, end);
        facts.method = method.clone();
        facts.path = path.clone();
        facts.line = index + 1;
        for name in query {
            if !facts.query.iter().any(|param| &param.name == name) {
                facts.query.push(DocParam {
                    name: name.clone(),
                    ty: None,
                    required: None,
                    line: index + 1,
                    cells: Vec::new(),
                });
            }
        }
        endpoints.push(facts);
    }
    let mut unread = reader.unread;
    unread.sort_by_key(|item| item.line);
    PageFacts {
        file: file.to_owned(),
        endpoints,
        unread,
    }
}

/// The query names of a request line: `GET /a?projectKey=<key>&type=<t>` gives `projectKey`,
/// `type`. Placeholders may hold spaces (`<project identifier>`).
pub fn request_query(request: &str) -> Vec<String> {
    let Some(start) = request.find('/') else {
        return Vec::new();
    };
    let mut depth = 0usize;
    let mut end = request.len();
    for (index, c) in request[start..].char_indices() {
        match c {
            '<' | '{' => depth += 1,
            '>' | '}' => depth = depth.saturating_sub(1),
            '`' => {
                end = start + index;
                break;
            }
            c if c.is_whitespace() && depth == 0 => {
                end = start + index;
                break;
            }
            _ => {}
        }
    }
    let token = &request[start..end];
    let Some((_, query)) = token.split_once('?') else {
        return Vec::new();
    };
    query
        .split('&')
        .filter_map(|pair| {
            let name = pair.split('=').next()?.trim();
            is_identifier(name).then(|| name.to_owned())
        })
        .collect()
}

/// What a label says a table holds.
#[derive(Debug, Clone, PartialEq, Eq)]
enum TableKind {
    Query,
    Path,
    Body,
    Response,
    Structure(String),
}

/// What a table holds: rows, or the type of the whole body.
struct Rows {
    rows: Vec<DocParam>,
    ty: Option<String>,
}

struct Reader<'a> {
    lines: &'a [&'a str],
    /// Lines that belong to a request line, a table or an example already read.
    occupied: Vec<bool>,
    unread: Vec<Unread>,
}

impl Reader<'_> {
    /// The tables and examples of the section on lines `start..end` (0-based).
    fn section(&mut self, start: usize, end: usize) -> EndpointFacts {
        let mut facts = EndpointFacts {
            method: String::new(),
            path: String::new(),
            line: 0,
            path_params: Vec::new(),
            query: Vec::new(),
            body: None,
            response: None,
            structures: Vec::new(),
            examples: Vec::new(),
        };
        let mut index = start;
        while index < end {
            let read = if let Some((rows, after)) = self.pipe_table(index, end) {
                self.add_table(&mut facts, index, start, rows);
                Some(after)
            } else if let Some((rows, after)) = self.concatenated_table(index, end) {
                self.add_table(&mut facts, index, start, rows);
                Some(after)
            } else {
                self.example(&mut facts, index, start, end)
            };
            match read {
                Some(after) => {
                    for line in index..after {
                        self.occupied[line] = true;
                    }
                    index = after;
                }
                None => index += 1,
            }
        }
        facts
    }

    fn add_table(&mut self, facts: &mut EndpointFacts, header: usize, start: usize, read: Rows) {
        let labels = self.labels(header, start);
        let kind = table_kind(&labels);
        let line = header + 1;
        let Rows { rows, ty } = read;
        let extend = |slot: &mut Option<DocTable>, label: &str, rows: Vec<DocParam>| match slot {
            Some(table) => table.rows.extend(rows),
            None => {
                *slot = Some(DocTable {
                    label: label.to_owned(),
                    line,
                    ty: ty.clone(),
                    rows,
                });
            }
        };
        let first = labels.first().cloned().unwrap_or_default();
        match kind {
            TableKind::Query => facts.query.extend(rows),
            TableKind::Path => facts.path_params.extend(rows),
            TableKind::Body => extend(&mut facts.body, &first, rows),
            TableKind::Response => extend(&mut facts.response, &first, rows),
            TableKind::Structure(label) => facts.structures.push(DocTable {
                label,
                line,
                ty,
                rows,
            }),
        }
    }

    /// Up to four label candidates above line `at`, nearest first: non-blank lines that are not
    /// code fences, `::: details`, `Details` or the line numbers of the text pages, stopping at
    /// anything already read and at the section's start.
    fn labels(&self, at: usize, start: usize) -> Vec<String> {
        let mut labels = Vec::new();
        let mut index = at;
        while index > start && labels.len() < 4 {
            index -= 1;
            if self.occupied[index] {
                break;
            }
            let line = self.lines[index].trim();
            if line.is_empty()
                || line.starts_with("```")
                || line.starts_with(":::")
                || line == "Details"
                || line.chars().all(|c| c.is_ascii_digit())
            {
                continue;
            }
            labels.push(clean_label(line));
        }
        labels
    }

    /// A table with `|` cells whose header is on line `at`: its rows and the line after it.
    fn pipe_table(&mut self, at: usize, end: usize) -> Option<(Rows, usize)> {
        let header = self.lines[at].trim();
        let rule = self.lines.get(at + 1)?.trim();
        if !header.starts_with('|')
            || at + 1 >= end
            || !rule.contains('-')
            || !rule.contains('|')
            || !rule.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
        {
            return None;
        }
        let header_cells = cells(header);
        let mut raw_rows = Vec::new();
        let mut index = at + 2;
        while index < end {
            let line = self.lines[index].trim();
            if line.is_empty() || !line.contains('|') {
                break;
            }
            raw_rows.push((index + 1, cells(line)));
            index += 1;
        }
        let rows = self.rows(&header_cells, raw_rows);
        Some((rows, index))
    }

    /// Reads raw rows into parameters, recognising the columns by content; a table headed
    /// `Type` gives a type instead.
    fn rows(&mut self, header: &[String], raw: Vec<(usize, Vec<String>)>) -> Rows {
        let width = header.len();
        if header
            .first()
            .is_some_and(|cell| cell.eq_ignore_ascii_case("type"))
        {
            let ty = raw.first().and_then(|(_, row)| row.first()).cloned();
            for (line, _) in raw.iter().skip(1) {
                self.unread.push(Unread {
                    line: *line,
                    what: "a second row in a table that gives the body's type".to_owned(),
                });
            }
            return Rows {
                rows: Vec::new(),
                ty,
            };
        }
        let mut good = Vec::new();
        for (line, row) in raw {
            if row.len() != width {
                self.unread.push(Unread {
                    line,
                    what: format!(
                        "table row with {} cells under a header of {width}: `{}`",
                        row.len(),
                        row.join(" | ")
                    ),
                });
            } else if !is_identifier(&row[0]) {
                self.unread.push(Unread {
                    line,
                    what: format!("table row whose first cell is not a name: `{}`", row[0]),
                });
            } else {
                good.push((line, row));
            }
        }
        let required_column = (1..width).find(|&column| {
            !good.is_empty()
                && good
                    .iter()
                    .all(|(_, row)| yes_no(&row[column]).is_some() || row[column].is_empty())
                && good.iter().any(|(_, row)| yes_no(&row[column]).is_some())
        });
        let type_column = (1..width)
            .filter(|column| Some(*column) != required_column)
            .map(|column| {
                let score = good
                    .iter()
                    .filter(|(_, row)| is_type_word(&row[column]))
                    .count();
                let headed = header[column].eq_ignore_ascii_case("type");
                (column, score, headed)
            })
            .filter(|(_, score, headed)| *score > 0 || *headed)
            .max_by_key(|(column, score, headed)| (*score, *headed, std::cmp::Reverse(*column)))
            .map(|(column, ..)| column);
        let rows = good
            .into_iter()
            .map(|(line, row)| DocParam {
                name: row[0].clone(),
                ty: type_column
                    .map(|column| row[column].clone())
                    .filter(|ty| !ty.is_empty()),
                required: required_column.and_then(|column| yes_no(&row[column])),
                line,
                cells: row,
            })
            .collect();
        Rows { rows, ty: None }
    }

    /// A table of concatenated cells whose header is on line `at`.
    fn concatenated_table(&mut self, at: usize, end: usize) -> Option<(Rows, usize)> {
        let columns = concatenated_header(self.lines[at].trim())?;
        let mut rows = Vec::new();
        let mut index = at + 1;
        while index < end {
            let line = self.lines[index].trim();
            if line.is_empty() {
                break;
            }
            match split_concatenated(line, &columns) {
                Some((name, ty, required)) => rows.push(DocParam {
                    cells: vec![name.clone(), ty.clone()],
                    name,
                    ty: Some(ty),
                    required,
                    line: index + 1,
                }),
                None => self.unread.push(Unread {
                    line: index + 1,
                    what: format!(
                        "table row whose cells run together and cannot be split: `{line}`"
                    ),
                }),
            }
            index += 1;
        }
        Some((Rows { rows, ty: None }, index))
    }

    /// A JSON example starting on line `at`: records it and returns the line after it.
    fn example(
        &mut self,
        facts: &mut EndpointFacts,
        at: usize,
        start: usize,
        end: usize,
    ) -> Option<usize> {
        if !is_json_start(self.lines[at].trim()) {
            return None;
        }
        let (text, after) = match json_extent(&self.lines[at..end]) {
            Some(count) => (self.lines[at..at + count].join("\n"), at + count),
            None => {
                self.unread.push(Unread {
                    line: at + 1,
                    what: "JSON example whose brackets do not close".to_owned(),
                });
                return Some(at + 1);
            }
        };
        let labels = self.labels(at, start);
        // The previous example, when nothing but its labels lies between the two.
        let label_lines = (start..at)
            .rev()
            .take_while(|line| !self.occupied[*line])
            .count();
        let previous = facts
            .examples
            .last()
            .filter(|_| at - label_lines > start)
            .filter(|previous| previous.end == at - label_lines)
            .map(|previous| previous.kind);
        let kind = example_kind(&labels, previous);
        let json = match serde_json::from_str::<Value>(&relax_json(&text)) {
            Ok(value) => Some(value),
            Err(err) => {
                self.unread.push(Unread {
                    line: at + err.line(),
                    what: format!("JSON example that does not parse: {err}"),
                });
                None
            }
        };
        facts.examples.push(DocExample {
            kind,
            label: labels.first().cloned().unwrap_or_default(),
            line: at + 1,
            end: after,
            json,
        });
        Some(after)
    }
}

/// The cells of a `|` table line, cleaned of backticks and emphasis.
fn cells(line: &str) -> Vec<String> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = line.strip_suffix('|').unwrap_or(line);
    line.split('|').map(clean_cell).collect()
}

fn clean_cell(cell: &str) -> String {
    cell.trim().trim_matches(['`', '*']).trim().to_owned()
}

/// A label line without Markdown and HTML: `<h4 id="X">X Parameters</h4>` gives `X Parameters`,
/// `**Query Parameters**` gives `Query Parameters`, `# Path Parameters` gives `Path Parameters`.
fn clean_label(line: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in line.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.trim()
        .trim_start_matches(['#', '>', ' '])
        .replace("**", "")
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .to_owned()
}

/// A sentence rather than a label: long, or several words ending in punctuation.
fn is_prose(label: &str) -> bool {
    let words = label.split_whitespace().count();
    words > 8 || (words > 4 && label.ends_with(['.', ':', '。']))
}

fn table_kind(labels: &[String]) -> TableKind {
    for label in labels {
        let lower = label.to_lowercase();
        if lower.contains("query") {
            return TableKind::Query;
        }
        if lower.contains("path param") {
            return TableKind::Path;
        }
        if lower.contains("body") && !lower.contains("example") && !lower.contains("sample") {
            return TableKind::Body;
        }
        if (lower.starts_with("return") || lower.starts_with("response"))
            && !lower.contains("example")
            && !lower.contains("normally")
            && !lower.contains("successfully")
        {
            return TableKind::Response;
        }
    }
    let name = labels
        .iter()
        .find(|label| !is_prose(label))
        .map_or("", String::as_str);
    TableKind::Structure(structure_name(name))
}

/// `EnvConfig Parameters`, `Stage Parameter description`, `ServiceInfo Structure` name
/// `EnvConfig`, `Stage`, `ServiceInfo`.
fn structure_name(label: &str) -> String {
    let mut name = label.trim();
    for suffix in [
        " Parameter description",
        " Parameter Description",
        " Parameters",
        " parameters",
        " Parameter",
        " Structure",
        " structure",
        " Fields",
    ] {
        if let Some(stripped) = name.strip_suffix(suffix) {
            name = stripped.trim();
            break;
        }
    }
    name.to_owned()
}

/// The kind of an example from its labels (nearest first): an error label anywhere above it
/// wins (the text pages put a heading per error case under `Exception return`), then a body or
/// request example, then a response. An example with no such label right after an error
/// example is another error case.
fn example_kind(labels: &[String], after: Option<DocExampleKind>) -> DocExampleKind {
    let lower: Vec<String> = labels.iter().map(|label| label.to_lowercase()).collect();
    if lower
        .iter()
        .any(|label| label.contains("exception") || label.contains("error"))
    {
        return DocExampleKind::Error;
    }
    for label in &lower {
        if (label.contains("example") || label.contains("sample"))
            && (label.contains("body") || label.contains("request"))
        {
            return DocExampleKind::Request;
        }
        if label.contains("return") || label.contains("response") || label.contains("success") {
            return DocExampleKind::Response;
        }
    }
    match after {
        Some(DocExampleKind::Error) => DocExampleKind::Error,
        _ => DocExampleKind::Other,
    }
}

/// `Yes`/`No` (and the Chinese 是/否).
fn yes_no(cell: &str) -> Option<bool> {
    match cell.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "required" | "是" => Some(true),
        "no" | "n" | "false" | "optional" | "否" => Some(false),
        _ => None,
    }
}

/// Type words of the pages, most specific first (so `int64` is tried before `int`).
const SCALAR_TYPES: &[&str] = &[
    "float64", "float32", "uint64", "uint32", "int64", "int32", "integer", "boolean", "string",
    "object", "float", "uint", "bool", "int",
];

/// A cell that is plainly a type: a scalar type word, `[]X`, `map[..]X` or `interface{}`.
fn is_type_word(cell: &str) -> bool {
    let cell = cell.trim();
    let lower = cell.to_lowercase();
    SCALAR_TYPES.contains(&lower.as_str())
        || cell.starts_with("[]")
        || cell.starts_with("map[")
        || cell == "interface{}"
}

/// The element name a row type refers to: `[]Service` → `Service`, `map[string]X` → `X`,
/// `Repo` → `Repo`; `None` for scalar types.
pub fn element_name(doc_type: &str) -> Option<&str> {
    let mut ty = doc_type.trim();
    loop {
        if let Some(rest) = ty.strip_prefix("[]") {
            ty = rest;
        } else if let Some(rest) = ty.strip_prefix("map[") {
            ty = rest.split_once(']').map_or(rest, |(_, value)| value);
        } else {
            break;
        }
    }
    (!ty.is_empty()
        && !SCALAR_TYPES.contains(&ty.to_lowercase().as_str())
        && ty != "interface{}"
        && is_identifier(ty))
    .then_some(ty)
}

fn is_identifier(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
        && !text.starts_with(|c: char| c.is_ascii_digit())
}

/// A column of a concatenated header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Type,
    Description,
    Required,
    Default,
}

/// `Parameter NameTypeDescriptionRequiredDefault` → name, type, description, required,
/// default. `None` unless the whole line is made of known header words, name first.
fn concatenated_header(line: &str) -> Option<Vec<Column>> {
    if line.contains('|') || !line.starts_with("Parameter Name") {
        return None;
    }
    const WORDS: &[(&str, Column)] = &[
        ("Parameter Name", Column::Name),
        ("Is it Required", Column::Required),
        ("Default Value", Column::Default),
        ("Description", Column::Description),
        ("Required", Column::Required),
        ("Default", Column::Default),
        ("Type", Column::Type),
    ];
    let mut rest = line;
    let mut columns = Vec::new();
    while !rest.is_empty() {
        let (word, column) = WORDS.iter().find(|(word, _)| rest.starts_with(word))?;
        columns.push(*column);
        rest = rest[word.len()..].trim_start();
    }
    (columns.len() >= 2 && columns.contains(&Column::Type)).then_some(columns)
}

/// Splits a row of concatenated cells into name, type and "required"; `None` when it cannot be
/// split with confidence. The cells after the description (required, default) are taken off
/// the end; the name, type and description are told apart by the type's shape: `[]X`, a scalar
/// type word, or a named type followed by a description that starts with a capital letter.
fn split_concatenated(line: &str, columns: &[Column]) -> Option<(String, String, Option<bool>)> {
    let mut rest = line.trim();
    let mut required = None;
    let mut front = columns;
    while let Some((last, before)) = front.split_last() {
        match last {
            Column::Required => {
                let (stripped, value) = if let Some(stripped) = rest.strip_suffix("Yes") {
                    (stripped, true)
                } else {
                    (rest.strip_suffix("No")?, false)
                };
                rest = stripped;
                required = Some(value);
            }
            Column::Default => {
                rest = ["None", "true", "false", "-"]
                    .iter()
                    .find_map(|word| rest.strip_suffix(word))
                    .or_else(|| {
                        let trimmed = rest.trim_end_matches(|c: char| c.is_ascii_digit());
                        (trimmed.len() < rest.len()).then_some(trimmed)
                    })?;
            }
            _ => break,
        }
        front = before;
    }
    if front.first() != Some(&Column::Name) || front.get(1) != Some(&Column::Type) {
        return None;
    }
    let (name, ty) = split_name_type(rest)?;
    Some((name, ty, required))
}

fn split_name_type(text: &str) -> Option<(String, String)> {
    let word_end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '[' || c == ']'))
        .unwrap_or(text.len());
    let word = &text[..word_end];
    let glued_description = word_end < text.len();
    // `jobs[]ReleasePlanJobRelease jobs`: a list type, its element up to the description.
    if let Some(index) = word.find("[]").filter(|index| *index > 0) {
        let name = &word[..index];
        let element = &word[index + 2..];
        let element = if glued_description {
            &element[..last_capital(element).filter(|at| *at > 0)?]
        } else {
            element
        };
        return (is_identifier(name) && !element.is_empty())
            .then(|| (name.to_owned(), format!("[]{element}")));
    }
    // `pageNumintPagination ...`: a scalar type word followed by the description's capital.
    for (index, _) in word.char_indices().skip(1) {
        let rest = &word[index..];
        for scalar in SCALAR_TYPES {
            if let Some(after) = rest.strip_prefix(scalar)
                && after.chars().next().is_none_or(|c| c.is_ascii_uppercase())
            {
                return Some((word[..index].to_owned(), (*scalar).to_owned()));
            }
        }
    }
    // `specReleaseJobSpecJob spec. ...` or `approvalapprovalApproval ...`: a named type.
    let description = last_capital(word).filter(|at| *at > 0)?;
    let front = &word[..description];
    if let Some(capital) = front
        .char_indices()
        .skip(1)
        .find(|(_, c)| c.is_ascii_uppercase())
        .map(|(index, _)| index)
    {
        return Some((front[..capital].to_owned(), front[capital..].to_owned()));
    }
    let half = front.len() / 2;
    (front.len().is_multiple_of(2) && front[..half] == front[half..])
        .then(|| (front[..half].to_owned(), front[half..].to_owned()))
}

fn last_capital(text: &str) -> Option<usize> {
    text.char_indices()
        .filter(|(_, c)| c.is_ascii_uppercase())
        .map(|(index, _)| index)
        .next_back()
}

/// A line that opens a JSON object or array (not a Markdown link such as `[GET /x](..)`).
fn is_json_start(line: &str) -> bool {
    let Some(rest) = line.strip_prefix(['{', '[']) else {
        return false;
    };
    let rest = rest.trim_start();
    rest.is_empty()
        || rest.starts_with(['"', '{', '[', ']', '}'])
        || rest.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a scan of JSON text is inside a string.
#[derive(Default)]
struct Quotes {
    inside: bool,
    escaped: bool,
}

impl Quotes {
    /// Feeds one character; true when it belongs to a string, its quotes included.
    fn feed(&mut self, c: char) -> bool {
        if self.inside {
            match c {
                _ if self.escaped => self.escaped = false,
                '\\' => self.escaped = true,
                '"' => self.inside = false,
                _ => {}
            }
            true
        } else {
            self.inside = c == '"';
            self.inside
        }
    }
}

/// Where a line's JSON ends: at a `#` or `//` comment outside a string, else at its end. A
/// string does not run across lines in these examples.
fn code_end(line: &str) -> usize {
    let mut quotes = Quotes::default();
    let mut chars = line.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        if quotes.feed(c) {
            continue;
        }
        if c == '#' || (c == '/' && chars.peek().is_some_and(|(_, next)| *next == '/')) {
            return index;
        }
    }
    line.len()
}

/// How many lines from the first one the JSON value spans (brackets balanced outside strings
/// and comments); `None` when they never balance or a code fence comes first.
fn json_extent(lines: &[&str]) -> Option<usize> {
    let mut depth = 0usize;
    for (index, line) in lines.iter().enumerate() {
        if index > 0 && line.trim_start().starts_with("```") {
            return None;
        }
        let mut quotes = Quotes::default();
        for c in line[..code_end(line)].chars() {
            if quotes.feed(c) {
                continue;
            }
            match c {
                '{' | '[' => depth += 1,
                '}' | ']' => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(index + 1);
                    }
                }
                _ => {}
            }
        }
    }
    None
}

/// The JSON text without what the pages add: `#` and `//` comments outside strings, and commas
/// before a closing bracket.
pub fn relax_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        out.push_str(line[..code_end(line)].trim_end());
        out.push('\n');
    }
    // Commas followed (across whitespace) by a closing bracket.
    let mut relaxed = String::with_capacity(out.len());
    let mut quotes = Quotes::default();
    let chars: Vec<char> = out.chars().collect();
    for (index, c) in chars.iter().enumerate() {
        let trailing_comma = !quotes.feed(*c)
            && *c == ','
            && chars[index + 1..]
                .iter()
                .find(|next| !next.is_whitespace())
                .is_some_and(|next| matches!(next, '}' | ']'));
        if !trailing_comma {
            relaxed.push(*c);
        }
    }
    relaxed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_section() {
        let text = "\
## New Environment

**Request**

```
POST /openapi/environments?projectKey=<projectKey>
```

**Body Parameters**

| Parameter Name     | Description     | Type             | Required |
| ------------------ | --------------- | ---------------- | -------- |
| `env_key`          | Environment Key | string           | Yes      |
| `services`         | Services        | []Service        | No       |

<h4 id=\"Service\">Service Parameters</h4>

| Parameter Name | Description  | Type   | Required |
| -------------- | ------------ | ------ | -------- |
| `service_name` | Service Name | string | Yes      |

**Body Parameter Example**

::: details
``` json
{
    \"env_key\": \"dev\",   # the key
    \"services\": [{\"service_name\": \"a\",}],
}
```
:::

**Response**

```json
{\"message\": \"success\"}
```
";
        let facts = read("env.md", text);
        assert!(facts.unread.is_empty(), "{:?}", facts.unread);
        let [endpoint] = facts.endpoints.as_slice() else {
            panic!("one endpoint: {:?}", facts.endpoints);
        };
        assert_eq!((endpoint.method.as_str(), endpoint.line), ("POST", 6));
        assert_eq!(endpoint.query[0].name, "projectKey");
        let body = endpoint.body.as_ref().unwrap();
        assert_eq!(body.rows[1].ty.as_deref(), Some("[]Service"));
        assert_eq!(body.rows[0].required, Some(true));
        assert_eq!(
            endpoint.structure("[]Service").unwrap().rows[0].name,
            "service_name"
        );
        assert_eq!(endpoint.examples.len(), 2);
        assert_eq!(endpoint.examples[0].kind, DocExampleKind::Request);
        assert_eq!(
            endpoint.examples[0].json,
            Some(serde_json::json!({"env_key": "dev", "services": [{"service_name": "a"}]}))
        );
        assert_eq!(endpoint.examples[1].kind, DocExampleKind::Response);
        assert_eq!(endpoint.fact_count(), 4);
    }

    #[test]
    fn rendered_text_section() {
        let text = "\
# Get a Workflow Task List
Request
GET /openapi/workflows/custom/:workflowKey/tasks?projectKey=<project identifier>
query Parameter description
| Parameter Name | Required | Description | Is it Required | Default Value |
|---|---|---|---|---|
projectKey | string | Project identifier | Yes | None |
pageNum | int | Pagination - Current page count | No | 1 |
Return Description
| Parameter Name | Description | Required |
|---|---|---|
total | Total workflow tasks | int |
workflow_tasks | Workflow task list | []workflow_task |
workflow_task
| Parameter Name | Required | Description |
|---|---|---|
task_id | int | Workflow task ID |
| string | Email address |
Return normally
{
\"total\": 1, // how many
\"workflow_tasks\": []
}
2
3
Exception return
# The task does not exist
{
\"code\": 400
}
";
        let facts = read("workflow.en.txt", text);
        let endpoint = &facts.endpoints[0];
        let query: Vec<_> = endpoint
            .query
            .iter()
            .map(|p| (p.name.as_str(), p.ty.as_deref(), p.required))
            .collect();
        assert_eq!(
            query,
            vec![
                ("projectKey", Some("string"), Some(true)),
                ("pageNum", Some("int"), Some(false))
            ]
        );
        let response = endpoint.response.as_ref().unwrap();
        assert_eq!(response.rows[1].ty.as_deref(), Some("[]workflow_task"));
        assert_eq!(
            endpoint.structure("[]workflow_task").unwrap().rows[0]
                .ty
                .as_deref(),
            Some("int")
        );
        assert_eq!(facts.unread.len(), 1, "{:?}", facts.unread);
        assert_eq!(facts.unread[0].line, 18);
        let kinds: Vec<_> = endpoint.examples.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, vec![DocExampleKind::Response, DocExampleKind::Error]);
    }

    #[test]
    fn concatenated_cells() {
        let columns = concatenated_header("Parameter NameTypeDescriptionRequiredDefault").unwrap();
        let split = |line| split_concatenated(line, &columns);
        assert_eq!(
            split("pageNumintPagination parameter - current pageYesNone"),
            Some(("pageNum".into(), "int".into(), Some(true)))
        );
        assert_eq!(
            split(
                "manager_identity_typestringRelease manager user type: system (default), ldap, oauth, etc.YesNone"
            ),
            Some(("manager_identity_type".into(), "string".into(), Some(true)))
        );
        assert_eq!(
            split("approvalapprovalApproval configuration, refer to custom workflow sectionNoNone"),
            Some(("approval".into(), "approval".into(), Some(false)))
        );
        assert_eq!(
            split("jobs[]ReleasePlanJobRelease jobsNoNone"),
            Some(("jobs".into(), "[]ReleasePlanJob".into(), Some(false)))
        );
        let columns = concatenated_header("Parameter NameTypeDescription").unwrap();
        assert_eq!(
            split_concatenated(
                "specReleaseJobSpecJob spec. If type=text, use TextReleasePlanJob",
                &columns
            ),
            Some(("spec".into(), "ReleaseJobSpec".into(), None))
        );
        assert_eq!(
            split_concatenated("contentstringContent", &columns),
            Some(("content".into(), "string".into(), None))
        );
        assert_eq!(split_concatenated("!!!", &columns), None);
        assert_eq!(concatenated_header("Parameter Name | Type"), None);
    }

    #[test]
    fn request_line_queries() {
        assert_eq!(
            request_query("DELETE /a/<env key>?projectKey=<project key>&isDelete=true"),
            vec!["projectKey", "isDelete"]
        );
        assert!(request_query("GET /a/b").is_empty());
    }

    #[test]
    fn relaxed_json() {
        let text = "{\"a\": \"x # y\", # note\n \"b\": [1, 2,], // more\n \"c\": \"http://z\",\n \"d\": \"say \\\"hi,]\\\" # no\",\n}";
        assert_eq!(
            serde_json::from_str::<Value>(&relax_json(text)).unwrap(),
            serde_json::json!({"a": "x # y", "b": [1, 2], "c": "http://z", "d": "say \"hi,]\" # no"})
        );
        assert_eq!(json_extent(&["{\"a\": \"}\", # }", "}", "after"]), Some(2));
    }
}
