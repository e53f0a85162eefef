//! The request body: `--body FILE` (JSON or YAML, `-` for standard input) and the body
//! field flags, decoded into the endpoint's body type before anything is sent. A field that
//! does not fit is named with its path (`inputs[0].job_type`); keys the type does not model
//! are kept, as the library keeps them.

use std::io::Read;

use clap::ArgMatches;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::args::BodyField;
use crate::failure::Failure;

/// The body from `--body` with the field flags laid over it, decoded into `T`.
pub(crate) fn decode<T: DeserializeOwned>(
    matches: &ArgMatches,
    fields: &[BodyField],
) -> Result<T, Failure> {
    let file: Option<String> = matches
        .try_get_one::<String>("body")
        .ok()
        .flatten()
        .cloned();
    let mut value = match &file {
        Some(file) => read(file)?,
        None => Value::Object(Map::new()),
    };
    let given: Vec<(&str, &str, Value)> = fields
        .iter()
        .filter_map(|(flag, wire, get)| Some((*flag, *wire, get(matches, flag)?)))
        .collect();
    if !given.is_empty() {
        let Value::Object(object) = &mut value else {
            return Err(Failure::usage(format!(
                "{} is not an object, so the field flags cannot be set on it",
                shown(file.as_deref())
            )));
        };
        for (_, wire, field) in &given {
            object.insert((*wire).to_owned(), field.clone());
        }
    }
    from_value(value, file.as_deref(), fields)
}

/// Reads and parses a body file: JSON when it is named `.json` or starts with `{` or `[`,
/// YAML otherwise.
pub(crate) fn read(file: &str) -> Result<Value, Failure> {
    let text = if file == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(|err| {
            Failure::usage(format!("cannot read the body from standard input: {err}"))
        })?;
        text
    } else {
        std::fs::read_to_string(file)
            .map_err(|err| Failure::usage(format!("cannot read the body file {file}: {err}")))?
    };
    let start = text.trim_start();
    let json = file.ends_with(".json") || start.starts_with('{') || start.starts_with('[');
    if json {
        serde_json::from_str(&text).map_err(|err| {
            Failure::usage(format!("{} is not valid JSON: {err}", shown(Some(file))))
        })
    } else {
        serde_yaml::from_str(&text).map_err(|err| {
            Failure::usage(format!("{} is not valid YAML: {err}", shown(Some(file))))
        })
    }
}

fn shown(file: Option<&str>) -> String {
    match file {
        Some("-") => "the body from standard input".to_owned(),
        Some(file) => format!("the body in {file}"),
        None => "the body the field flags give".to_owned(),
    }
}

/// Decodes `value` into `T`, naming the field that does not fit.
pub(crate) fn from_value<T: DeserializeOwned>(
    value: Value,
    file: Option<&str>,
    fields: &[BodyField],
) -> Result<T, Failure> {
    serde_path_to_error::deserialize(value).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner().to_string();
        // A missing field the flags could have given: say which flag.
        let hint = inner
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next())
            .and_then(|missing| fields.iter().find(|(_, wire, _)| *wire == missing))
            .map(|(flag, _, _)| format!(" (give --{flag})"))
            .unwrap_or_default();
        let place = if path == "." {
            String::new()
        } else {
            format!(" at `{path}`")
        };
        Failure::usage(format!(
            "{} does not fit the request{place}: {inner}{hint}",
            shown(file)
        ))
    })
}
