//! The root command: global options, the generated groups, and the hand-written commands
//! (`zadig api`, `zadig completions`, `zadig workflow run`); then parsing, dispatch and the
//! exit status.

use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};
use clap_complete::Shell;

use crate::config::{Connection, Options};
use crate::output::{Format, Printer};
use crate::runtime::{Ctx, Failure};

const ABOUT: &str = "Zadig's OpenAPI from the shell: one command per endpoint, generated from the same spec as the zadig-api crate";

const LONG_ABOUT: &str = "\
Zadig's OpenAPI from the shell: one command per endpoint, generated from the same spec as the
zadig-api crate. A command is `zadig <module> <client method>` with `-` for `_`
(`client.list_workflow_tasks(..)` is `zadig workflow list-workflow-tasks`), and each parameter
is a flag named as the client's (`--project-key`).

Connection: --url or ZADIG_URL; the token from ZADIG_TOKEN or a profile of the config file
($ZADIG_CONFIG, else ~/.config/zadig/config.yaml; --profile or ZADIG_PROFILE names one); the
Zadig release from --release, ZADIG_RELEASE or the profile.";

const AFTER_HELP: &str = "\
Exit status: 0 done; 1 a workflow run ended without passing; 2 bad usage (flags, body file,
config); 3 Zadig answered an error; 4 the server could not be reached; 5 timed out; 6 a
workflow run was cancelled; 7 the configured Zadig release does not serve the command.";

/// The whole command tree.
pub(crate) fn command() -> Command {
    let global = |arg: Arg| arg.global(true).help_heading("Global options");
    #[cfg_attr(not(feature = "workflow-run"), allow(unused_mut))]
    let mut root = Command::new("zadig")
        .about(ABOUT)
        .long_about(LONG_ABOUT)
        .after_help(AFTER_HELP)
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .args([
            global(
                Arg::new("url")
                    .long("url")
                    .value_name("URL")
                    .help("Zadig's base URL [env: ZADIG_URL]"),
            ),
            global(
                Arg::new("profile")
                    .long("profile")
                    .value_name("NAME")
                    .help("The config file's profile to use [env: ZADIG_PROFILE]"),
            ),
            global(
                Arg::new("release")
                    .long("release")
                    .value_name("RELEASE")
                    .help("The Zadig release the server runs (4.2, v4.2.1, main): commands it does not serve fail before sending [env: ZADIG_RELEASE]"),
            ),
            global(
                Arg::new("output")
                    .long("output")
                    .short('o')
                    .value_name("FORMAT")
                    .value_parser(Format::NAMES)
                    .default_value("json")
                    .help("How to print answers (JSON is indented on a terminal, one line when piped)"),
            ),
            global(
                Arg::new("jq")
                    .long("jq")
                    .short('q')
                    .value_name("FILTER")
                    .help("Filter the answer with a jq expression (strings print without quotes)"),
            ),
            global(
                Arg::new("verbose")
                    .long("verbose")
                    .short('v')
                    .action(ArgAction::SetTrue)
                    .help("Print each request and its answer's status on stderr (the token never)"),
            ),
        ])
        .subcommands(crate::generated::groups())
        .subcommand(crate::raw::command())
        .subcommand(
            Command::new("completions")
                .about("Print the shell completion script (enum values included)")
                .long_about("Print the shell completion script (enum values included).\n\nbash: zadig completions bash > /etc/bash_completion.d/zadig\nzsh:  zadig completions zsh > \"${fpath[1]}/_zadig\"\nfish: zadig completions fish > ~/.config/fish/completions/zadig.fish")
                .arg(
                    Arg::new("shell")
                        .value_name("SHELL")
                        .required(true)
                        .value_parser(clap::value_parser!(Shell)),
                ),
        );
    #[cfg(feature = "workflow-run")]
    if root.find_subcommand("workflow").is_some() {
        root = root.mut_subcommand("workflow", |group| group.subcommand(crate::run::command()));
    }
    root
}

/// Parses the command line, runs the command, and says how it ended.
pub(crate) fn main() -> ExitCode {
    let matches = match command().try_get_matches() {
        Ok(matches) => matches,
        Err(err) => {
            // Usage errors and help alike: clap says it and knows the status (2, or 0 for
            // `--help`).
            let _ = err.print();
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
        }
    };
    match run(&matches) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("error: {failure}");
            ExitCode::from(failure.exit as u8)
        }
    }
}

fn text(matches: &ArgMatches, id: &str) -> Option<String> {
    matches.try_get_one::<String>(id).ok().flatten().cloned()
}

fn run(matches: &ArgMatches) -> Result<(), Failure> {
    let Some((group, group_matches)) = matches.subcommand() else {
        return Err(Failure::usage("no command given; see `zadig --help`"));
    };
    if group == "completions" {
        let shell = group_matches
            .try_get_one::<Shell>("shell")
            .ok()
            .flatten()
            .copied()
            .ok_or_else(|| Failure::usage("name a shell: bash, zsh, fish, powershell or elvish"))?;
        // Into a buffer first: clap_complete panics on a write error (a closed pipe).
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut command(), "zadig", &mut script);
        let script = String::from_utf8_lossy(&script);
        return Printer::new(Format::Json, None)?.print_text(&script);
    }
    let format = Format::parse(text(matches, "output").as_deref().unwrap_or("json"));
    let printer = Printer::new(format, text(matches, "jq").as_deref())?;
    let connection = Connection::resolve(Options {
        url: text(matches, "url"),
        profile: text(matches, "profile"),
        release: text(matches, "release"),
        verbose: matches
            .try_get_one::<bool>("verbose")
            .ok()
            .flatten()
            .copied()
            .unwrap_or(false),
    })?;
    let ctx = Ctx::new(connection, printer);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|err| Failure::usage(format!("cannot start the async runtime: {err}")))?;
    runtime.block_on(async {
        if group == "api" {
            return crate::raw::run(&ctx, group_matches).await;
        }
        let Some((command, command_matches)) = group_matches.subcommand() else {
            return Err(Failure::usage(format!(
                "no command given; see `zadig {group} --help`"
            )));
        };
        #[cfg(feature = "workflow-run")]
        if group == "workflow" && command == "run" {
            return crate::run::run(&ctx, command_matches).await;
        }
        crate::generated::dispatch(&ctx, group, command, command_matches).await
    })
}
