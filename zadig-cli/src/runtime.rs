//! What a command runs with ([`Ctx`]), and the names the generated commands use: how they
//! fail ([`Failure`], [`Exit`], from `failure`) and the table view they hand over ([`Table`],
//! from `output`).

use std::cell::OnceCell;

use serde::Serialize;

use crate::config::Connection;
pub(crate) use crate::failure::{Exit, Failure};
use crate::output::Printer;
pub(crate) use crate::output::Table;

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
