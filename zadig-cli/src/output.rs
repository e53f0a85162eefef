//! Printing answers: JSON (pretty on a terminal, one line when piped), YAML or a table, after
//! an optional jq filter (`--jq`, run by the `jaq` crates). Text answers and log lines are
//! printed as they are. A closed pipe (`zadig ... | head`) ends the output quietly.

use std::io::{IsTerminal, Write};

use comfy_table::{ContentArrangement, Table as Grid, presets};
use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::Value;

use crate::failure::{Exit, Failure};

/// The default table view of a JSON answer (generated per endpoint; see the README).
#[derive(Debug)]
pub(crate) struct Table {
    /// The answer's field holding the rows; `None`: the answer is the list of rows (or one
    /// row).
    pub(crate) rows: Option<&'static str>,
    /// The rows' fields shown, by wire name.
    pub(crate) columns: &'static [&'static str],
}

/// `--output`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Json,
    Yaml,
    Table,
}

impl Format {
    pub(crate) const NAMES: [&'static str; 3] = ["json", "yaml", "table"];

    pub(crate) fn parse(name: &str) -> Format {
        match name {
            "yaml" => Format::Yaml,
            "table" => Format::Table,
            _ => Format::Json,
        }
    }
}

type Filter = jaq_core::compile::Filter<jaq_core::Native<data::JustLut<Val>>>;

/// How answers are printed.
pub(crate) struct Printer {
    format: Format,
    filter: Option<Filter>,
    /// Standard output is a terminal: JSON is indented.
    terminal: bool,
}

impl Printer {
    /// A printer in `format`, filtering through `jq` when given (a filter that does not
    /// compile is a usage error, reported before any request is sent).
    pub(crate) fn new(format: Format, jq: Option<&str>) -> Result<Printer, Failure> {
        let filter = jq.map(compile).transpose()?;
        Ok(Printer {
            format,
            filter,
            terminal: std::io::stdout().is_terminal(),
        })
    }

    /// Prints a JSON answer; `table` is the endpoint's default table view.
    pub(crate) fn print(&self, value: &Value, table: Option<&Table>) -> Result<(), Failure> {
        let Some(filter) = &self.filter else {
            return self.write(&self.render(value, table)?);
        };
        let input: Val = serde_json::from_value(value.clone())
            .map_err(|err| Failure::new(Exit::Api, format!("cannot filter the answer: {err}")))?;
        let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
        let mut out = String::new();
        for result in filter.id.run((ctx, input)).map(unwrap_valr) {
            let result =
                result.map_err(|err| Failure::usage(format!("the --jq filter failed: {err}")))?;
            // Strings print raw, as `gh --jq` and `jq -r` do.
            if let Val::TStr(_) = &result
                && let Ok(Value::String(text)) = serde_json::from_str::<Value>(&result.to_string())
            {
                out.push_str(&text);
                out.push('\n');
                continue;
            }
            let value: Value = serde_json::from_str(&result.to_string()).map_err(|err| {
                Failure::new(
                    Exit::Api,
                    format!("the --jq filter gave a value that is not JSON: {err}"),
                )
            })?;
            // A table of a filtered value has no generated view: its columns come from the data.
            out.push_str(&self.render(&value, None)?);
        }
        self.write(&out)
    }

    /// `value` in the chosen format, ending with a newline.
    fn render(&self, value: &Value, table: Option<&Table>) -> Result<String, Failure> {
        let text = match self.format {
            Format::Json if self.terminal => serde_json::to_string_pretty(value),
            Format::Json => serde_json::to_string(value),
            Format::Yaml => {
                return serde_yaml::to_string(value).map_err(|err| {
                    Failure::new(Exit::Api, format!("cannot show the answer as YAML: {err}"))
                });
            }
            Format::Table => return Ok(render_table(value, table)),
        };
        text.map(|text| text + "\n").map_err(|err| {
            Failure::new(Exit::Api, format!("cannot show the answer as JSON: {err}"))
        })
    }

    /// Prints text as it is, with a final newline.
    pub(crate) fn print_text(&self, text: &str) -> Result<(), Failure> {
        if text.is_empty() || text.ends_with('\n') {
            self.write(text)
        } else {
            self.write(&format!("{text}\n"))
        }
    }

    /// Prints one line at once (a log line as it arrives).
    pub(crate) fn print_line(&self, line: &str) -> Result<(), Failure> {
        self.write(&format!("{line}\n"))
    }

    fn write(&self, text: &str) -> Result<(), Failure> {
        let mut stdout = std::io::stdout().lock();
        match stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush())
        {
            Ok(()) => Ok(()),
            // The reader went away (`| head`): nothing more to say, and nothing wrong.
            Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
            Err(err) => Err(err.into()),
        }
    }
}

/// Compiles a jq filter with jq's standard library.
fn compile(code: &str) -> Result<Filter, Failure> {
    let program = File { code, path: () };
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs());
    let funs = jaq_core::funs()
        .chain(jaq_std::funs())
        .chain(jaq_json::funs());
    let loader = Loader::new(defs);
    let arena = Arena::default();
    let modules = loader.load(&arena, program).map_err(|errors| {
        let reasons: Vec<String> = errors
            .into_iter()
            .map(|(_, error)| match error {
                jaq_core::load::Error::Io(items) => items
                    .into_iter()
                    .map(|(path, why)| format!("cannot load {path}: {why}"))
                    .collect::<Vec<_>>()
                    .join("; "),
                jaq_core::load::Error::Lex(items) => items
                    .into_iter()
                    .map(|(expected, at)| {
                        format!("expected {} at `{}`", expected.as_str(), snippet(at))
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                jaq_core::load::Error::Parse(items) => items
                    .into_iter()
                    .map(|(expected, at)| {
                        format!("expected {} at `{}`", expected.as_str(), snippet(at))
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            })
            .collect();
        Failure::usage(format!(
            "the --jq filter does not parse: {}",
            reasons.join("; ")
        ))
    })?;
    Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|errors| {
            let reasons: Vec<String> = errors
                .into_iter()
                .flat_map(|(_, undefined)| undefined)
                .map(|(name, what)| format!("{} `{name}` is not defined", what.as_str()))
                .collect();
            Failure::usage(format!(
                "the --jq filter does not compile: {}",
                reasons.join("; ")
            ))
        })
}

/// The start of the rest of a filter where parsing stopped.
fn snippet(rest: &str) -> String {
    let rest: String = rest.chars().take(20).collect();
    if rest.is_empty() {
        "the end".to_owned()
    } else {
        rest
    }
}

/// The table view: the rows (the answer if it is a list; the generated view's field; else the
/// answer's only field holding a list of objects; else the answer as one row) and the
/// columns (the generated view's, else the first row's scalar fields, at most six).
fn render_table(value: &Value, table: Option<&Table>) -> String {
    let empty = Vec::new();
    let rows: Vec<&Value> = match (value, table.and_then(|table| table.rows)) {
        (Value::Array(items), _) => items.iter().collect(),
        (Value::Object(object), Some(field)) => match object.get(field) {
            Some(Value::Array(items)) => items.iter().collect(),
            _ => empty.iter().collect(),
        },
        (Value::Object(object), None) if table.is_none() => {
            let lists: Vec<&Vec<Value>> = object
                .values()
                .filter_map(|value| match value {
                    Value::Array(items)
                        if items.iter().all(Value::is_object) && !items.is_empty() =>
                    {
                        Some(items)
                    }
                    _ => None,
                })
                .collect();
            match lists.as_slice() {
                [items] => items.iter().collect(),
                _ => vec![value],
            }
        }
        (other, _) => vec![other],
    };
    let columns: Vec<String> = match table {
        Some(table) => table
            .columns
            .iter()
            .map(|&column| column.to_owned())
            .collect(),
        None => match rows.first() {
            Some(Value::Object(first)) => first
                .iter()
                .filter(|(_, value)| !value.is_object() && !value.is_array())
                .take(6)
                .map(|(key, _)| key.clone())
                .collect(),
            _ => Vec::new(),
        },
    };
    let mut grid = Grid::new();
    grid.load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled);
    if columns.is_empty() {
        // Rows of plain values: one column.
        grid.set_header(vec!["VALUE"]);
        for row in rows {
            grid.add_row(vec![cell(Some(row))]);
        }
    } else {
        grid.set_header(
            columns
                .iter()
                .map(|column| column.to_uppercase())
                .collect::<Vec<_>>(),
        );
        for row in rows {
            grid.add_row(
                columns
                    .iter()
                    .map(|column| cell(row.get(column)))
                    .collect::<Vec<_>>(),
            );
        }
    }
    // kubectl's look: no borders, columns three spaces apart, no leading space.
    for column in grid.column_iter_mut() {
        column.set_padding((0, 3));
    }
    let mut text: String = grid
        .lines()
        .map(|line| line.trim_end().to_owned() + "\n")
        .collect();
    if text.is_empty() {
        text.push('\n');
    }
    text
}

fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
    }
}
