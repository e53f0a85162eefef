//! `zadig api METHOD PATH [--query k=v]... [--body FILE]`: any request through the client's
//! runtime (base URL, token, timeouts, retries, errors), for what the commands lack, as
//! `gh api` does.

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::Value;
use zadig_api::reqwest::Method;

use crate::runtime::{Ctx, Failure};

pub(crate) fn command() -> Command {
    Command::new("api")
        .about("Send any request with the configured URL and token (the raw escape hatch)")
        .long_about(
            "Send any request with the configured URL and token, through the client's runtime \
             (retries, timeouts, Zadig's errors): for a route the generated commands lack.\n\n\
             A JSON answer is printed as every command prints one (--output, --jq); any other \
             answer as text; with --stream, an event stream line by line as it arrives.\n\n\
             Example: zadig api GET /openapi/workflows --query projectKey=demo",
        )
        .args([
            Arg::new("method")
                .value_name("METHOD")
                .required(true)
                .help("The HTTP method: GET, POST, PUT, PATCH, DELETE, ..."),
            Arg::new("path")
                .value_name("PATH")
                .required(true)
                .help("The path under the base URL, starting with / (a ?query is split into --query pairs)"),
            Arg::new("query")
                .long("query")
                .value_name("NAME=VALUE")
                .action(ArgAction::Append)
                .help("A query parameter; repeat for more"),
            Arg::new("body")
                .long("body")
                .value_name("FILE")
                .help("The JSON body: a JSON or YAML file, or - for standard input"),
            Arg::new("stream")
                .long("stream")
                .action(ArgAction::SetTrue)
                .help("Read the answer as an event stream and print its lines as they arrive"),
        ])
}

pub(crate) async fn run(ctx: &Ctx, matches: &ArgMatches) -> Result<(), Failure> {
    let get = |id: &str| matches.try_get_one::<String>(id).ok().flatten().cloned();
    let method_text = get("method").unwrap_or_default();
    let method = Method::from_bytes(method_text.to_ascii_uppercase().as_bytes())
        .map_err(|_| Failure::usage(format!("`{method_text}` is not an HTTP method")))?;
    let full_path = get("path").unwrap_or_default();
    if !full_path.starts_with('/') {
        return Err(Failure::usage(format!(
            "the path `{full_path}` must start with / (it is relative to the base URL)"
        )));
    }
    let (path, inline_query) = match full_path.split_once('?') {
        Some((path, query)) => (path.to_owned(), Some(query.to_owned())),
        None => (full_path.clone(), None),
    };
    let mut pairs: Vec<(String, String)> = Vec::new();
    for pair in inline_query
        .iter()
        .flat_map(|query| query.split('&'))
        .filter(|pair| !pair.is_empty())
    {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        pairs.push((name.to_owned(), value.to_owned()));
    }
    let given: Vec<String> = matches
        .try_get_many::<String>("query")
        .ok()
        .flatten()
        .map(|values| values.cloned().collect())
        .unwrap_or_default();
    for pair in given {
        let Some((name, value)) = pair.split_once('=') else {
            return Err(Failure::usage(format!(
                "--query `{pair}` is not NAME=VALUE"
            )));
        };
        pairs.push((name.to_owned(), value.to_owned()));
    }
    let body = get("body")
        .map(|file| crate::body::read(&file))
        .transpose()?;

    let mut request = ctx.client()?.request(method, path);
    for (name, value) in pairs {
        request = request.query(name, value);
    }
    if let Some(body) = &body {
        request = request.json(body);
    }
    if matches
        .try_get_one::<bool>("stream")
        .ok()
        .flatten()
        .copied()
        .unwrap_or(false)
    {
        return ctx.print_lines(request.send_event_stream().await?).await;
    }
    let text = request.send_text().await?;
    match serde_json::from_str::<Value>(&text) {
        Ok(value) if !text.trim().is_empty() => ctx.printer.print(&value, None),
        _ => ctx.print_text(&text),
    }
}
