//! How a command fails: one line for stderr ([`Failure`]) and an exit status ([`Exit`]). Below
//! every other module of the CLI, which all fail the same way.

use std::fmt;

use zadig_api::ErrorKind;

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
