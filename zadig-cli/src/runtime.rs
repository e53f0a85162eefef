//! What a command runs with ([`Ctx`]), how it fails ([`Failure`], [`Exit`]), and the small
//! data the generated commands hand over ([`Table`]).

use std::cell::OnceCell;
use std::fmt;

use serde::Serialize;
use zadig_api::ErrorKind;

use crate::config::Connection;
use crate::output::Printer;

/// The exit status of `zadig`, one per kind of outcome (the README's table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    /// A workflow run ended without passing (failed, rejected, timed out on the server...).
    RunFailed = 1,
    /// Bad usage: an unknown or missing flag, a bad value, a body file that does not fit, a
    /// missing URL or token, a bad config file.
    Usage = 2,
    /// Zadig (or a proxy in front of it) answered an error status, or an answer the CLI
    /// cannot read.
    Api = 3,
    /// The server could not be reached, or the connection broke.
    Transport = 4,
    /// A request, or `--wait`, took longer than allowed.
    Timeout = 5,
    /// A workflow run was cancelled.
    Cancelled = 6,
    /// The configured Zadig release does not serve the command.
    Unsupported = 7,
}

/// Why a command failed: one line for stderr and an exit status.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) exit: Exit,
    pub(crate) message: String,
}

impl Failure {
    pub(crate) fn new(exit: Exit, message: impl Into<String>) -> Self {
        Failure {
            exit,
            message: message.into(),
        }
    }

    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Failure::new(Exit::Usage, message)
    }

    /// A command name the tree does not have (clap refuses it first; this is a guard).
    pub(crate) fn unknown_command(group: &str, command: &str) -> Self {
        Failure::usage(format!("unknown command `zadig {group} {command}`"))
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<zadig_api::Error> for Failure {
    /// The client's error as one line (its `Display`: endpoint, status, Zadig's code, message
    /// and description; never the token), with the exit status of its kind.
    fn from(error: zadig_api::Error) -> Self {
        let exit = match error.kind() {
            ErrorKind::Api | ErrorKind::Http | ErrorKind::Decode => Exit::Api,
            ErrorKind::Timeout => Exit::Timeout,
            ErrorKind::Transport | ErrorKind::Stream => Exit::Transport,
            ErrorKind::InvalidInput => Exit::Usage,
            ErrorKind::Unsupported => Exit::Unsupported,
            // An interceptor's refusal, and kinds a later client adds.
            _ => Exit::Api,
        };
        Failure::new(exit, error.to_string())
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Failure::new(Exit::Transport, format!("cannot write the output: {error}"))
    }
}

/// The default table view of a JSON answer (generated per endpoint; see the README).
#[derive(Debug)]
pub(crate) struct Table {
    /// The answer's field holding the rows; `None`: the answer is the list of rows (or one
    /// row).
    pub(crate) rows: Option<&'static str>,
    /// The rows' fields shown, by wire name.
    pub(crate) columns: &'static [&'static str],
}

/// What every command runs with: the connection (the client is built on first use, so a
/// usage error never needs a URL) and the printer.
pub(crate) struct Ctx {
    connection: Connection,
    client: OnceCell<zadig_api::Client>,
    pub(crate) printer: Printer,
}

impl Ctx {
    pub(crate) fn new(connection: Connection, printer: Printer) -> Self {
        Ctx {
            connection,
            client: OnceCell::new(),
            printer,
        }
    }

    /// The client, built from the connection settings on first use.
    pub(crate) fn client(&self) -> Result<&zadig_api::Client, Failure> {
        if let Some(client) = self.client.get() {
            return Ok(client);
        }
        let client = self.connection.client()?;
        Ok(self.client.get_or_init(|| client))
    }

    /// Decodes the request body from `--body` and the body field flags.
    pub(crate) fn body<T: serde::de::DeserializeOwned>(
        &self,
        matches: &clap::ArgMatches,
        fields: &[crate::args::BodyField],
    ) -> Result<T, Failure> {
        crate::body::decode(matches, fields)
    }

    /// Prints a JSON answer in the chosen format.
    pub(crate) fn print<T: Serialize>(
        &self,
        value: &T,
        table: Option<&Table>,
    ) -> Result<(), Failure> {
        let value = serde_json::to_value(value).map_err(|err| {
            Failure::new(Exit::Api, format!("cannot show the answer as JSON: {err}"))
        })?;
        self.printer.print(&value, table)
    }

    /// Prints a text answer (a log, a YAML file) as it is.
    pub(crate) fn print_text(&self, text: &str) -> Result<(), Failure> {
        self.printer.print_text(text)
    }

    /// Prints a log stream's lines as they arrive.
    pub(crate) async fn print_lines(
        &self,
        mut stream: zadig_api::LogStream,
    ) -> Result<(), Failure> {
        while let Some(line) = stream.next_line().await {
            self.printer.print_line(&line?)?;
        }
        Ok(())
    }
}
