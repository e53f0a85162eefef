//! The flag builders and typed getters the generated commands use. Getters never panic: a
//! flag the command does not have, or of another type, is a usage error.

use clap::builder::{PossibleValue, PossibleValuesParser, ValueParser};
use clap::{Arg, ArgAction, ArgMatches};
use serde_json::Value;

use crate::failure::Failure;

/// A type a flag takes: how clap parses it, what the help calls its value, and how it goes
/// into a JSON body.
pub(crate) trait Scalar: Clone + Send + Sync + 'static {
    /// `<TEXT>`, `<INT>`, ...
    const VALUE_NAME: &'static str;
    fn parser() -> ValueParser;
    fn json(self) -> Value;
}

impl Scalar for String {
    const VALUE_NAME: &'static str = "TEXT";
    fn parser() -> ValueParser {
        clap::value_parser!(String)
    }
    fn json(self) -> Value {
        Value::String(self)
    }
}

impl Scalar for bool {
    const VALUE_NAME: &'static str = "BOOL";
    fn parser() -> ValueParser {
        clap::value_parser!(bool)
    }
    fn json(self) -> Value {
        Value::Bool(self)
    }
}

impl Scalar for f64 {
    const VALUE_NAME: &'static str = "NUMBER";
    fn parser() -> ValueParser {
        clap::value_parser!(f64).into()
    }
    fn json(self) -> Value {
        serde_json::Number::from_f64(self).map_or(Value::Null, Value::Number)
    }
}

macro_rules! integer {
    ($($ty:ty),*) => {$(
        impl Scalar for $ty {
            const VALUE_NAME: &'static str = "INT";
            fn parser() -> ValueParser {
                clap::value_parser!($ty).into()
            }
            fn json(self) -> Value {
                Value::from(self)
            }
        }
    )*};
}
integer!(i32, i64, u32, u64);

/// `--<long> <VALUE>` of type `T`.
pub(crate) fn flag<T: Scalar>(long: &'static str, help: &'static str) -> Arg {
    Arg::new(long)
        .long(long)
        .help(help)
        .value_name(T::VALUE_NAME)
        .value_parser(T::parser())
        .action(ArgAction::Set)
}

// Generated for enum parameters and body fields, which not every spec has.
#[allow(dead_code)]
/// `--<long> <VALUE>` taking one of an enum's `values` (wire value, what it means); the help
/// and the shell completions list them.
pub(crate) fn choice(
    long: &'static str,
    help: &'static str,
    values: &[(&'static str, &'static str)],
) -> Arg {
    let values = values.iter().map(|(value, meaning)| {
        let value = PossibleValue::new(*value);
        if meaning.is_empty() {
            value
        } else {
            value.help(*meaning)
        }
    });
    Arg::new(long)
        .long(long)
        .help(help)
        .value_name("VALUE")
        .value_parser(PossibleValuesParser::new(values))
        .action(ArgAction::Set)
}

/// `--body FILE`: the request body, a JSON or YAML file (`-`: standard input).
pub(crate) fn body(type_name: &str, required: bool) -> Arg {
    Arg::new("body")
        .long("body")
        .value_name("FILE")
        .help(format!(
            "The request body, a {type_name}: a JSON or YAML file, or - for standard input"
        ))
        .value_parser(clap::value_parser!(String))
        .required(required)
}

/// `--all`: walk every page of a paged list.
pub(crate) fn all_pages() -> Arg {
    Arg::new("all")
        .long("all")
        .help("Fetch every page and print all the items as one list")
        .action(ArgAction::SetTrue)
}

/// A body field's flag: `(flag, wire name, its value as JSON when given)`.
pub(crate) type BodyField = (
    &'static str,
    &'static str,
    fn(&ArgMatches, &str) -> Option<Value>,
);

/// The value of a required flag.
pub(crate) fn one<T: Scalar>(matches: &ArgMatches, id: &str) -> Result<T, Failure> {
    opt(matches, id).ok_or_else(|| Failure::usage(format!("the flag --{id} is required")))
}

/// The value of an optional flag.
pub(crate) fn opt<T: Scalar>(matches: &ArgMatches, id: &str) -> Option<T> {
    matches.try_get_one::<T>(id).ok().flatten().cloned()
}

/// Every value of a flag given several times (none: empty).
pub(crate) fn many<T: Scalar>(matches: &ArgMatches, id: &str) -> Vec<T> {
    matches
        .try_get_many::<T>(id)
        .ok()
        .flatten()
        .map(|values| values.cloned().collect())
        .unwrap_or_default()
}

/// Whether a switch (`--all`) is on.
pub(crate) fn flag_set(matches: &ArgMatches, id: &str) -> bool {
    matches
        .try_get_one::<bool>(id)
        .ok()
        .flatten()
        .copied()
        .unwrap_or(false)
}

/// A body field flag's value as JSON, when given.
pub(crate) fn field_value<T: Scalar>(matches: &ArgMatches, id: &str) -> Option<Value> {
    opt::<T>(matches, id).map(Scalar::json)
}
