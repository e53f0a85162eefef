// @generated from spec/api.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig api` commands: the Fixture API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig api` group and its commands.
pub(super) fn command() -> Command {
    Command::new("api")
        .about("The Fixture API (5 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            list_runs_command(),
            create_run_command(),
            get_run_log_command(),
            follow_run_log_command(),
            delete_run_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "list-runs" => {
            let mut call = ctx
                .client()?
                .list_runs(
                    args::one::<String>(matches, "project-key")?,
                    crate::types::RunStatus::from(
                        args::one::<String>(matches, "status")?,
                    ),
                );
            let values = args::many::<String>(matches, "kinds")
                .into_iter()
                .map(crate::types::RunStatus::from)
                .collect::<Vec<_>>();
            if !values.is_empty() {
                call = call.kinds(values);
            }
            let values = args::many::<String>(matches, "tags");
            if !values.is_empty() {
                call = call.tags(values);
            }
            if let Some(value) = args::opt::<bool>(matches, "detailed") {
                call = call.detailed(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "page-num") {
                call = call.page_num(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "page-size") {
                call = call.page_size(value);
            }
            if args::flag_set(matches, "all") {
                ctx.print(
                    &call.items().collect_all().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: None,
                            columns: &["run_id", "status"],
                        },
                    ),
                )
            } else {
                ctx.print(
                    &call.send().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: Some("runs"),
                            columns: &["run_id", "status"],
                        },
                    ),
                )
            }
        }
        "create-run" => {
            let body: crate::types::NewRun = ctx
                .body(
                    matches,
                    &[
                        ("name", "name", args::field_value::<String>),
                        ("status", "status", args::field_value::<String>),
                        ("retries", "retries", args::field_value::<u32>),
                        ("dry-run", "dry_run", args::field_value::<bool>),
                    ],
                )?;
            let call = ctx.client()?.create_run(body);
            ctx.print(&call.send().await?, None)
        }
        "get-run-log" => {
            let call = ctx.client()?.get_run_log(args::one::<i64>(matches, "run-id")?);
            ctx.print_text(&call.send().await?)
        }
        "follow-run-log" => {
            let call = ctx
                .client()?
                .follow_run_log(args::one::<i64>(matches, "run-id")?);
            ctx.print_lines(call.send().await?).await
        }
        "delete-run" => {
            let call = ctx.client()?.delete_run(args::one::<i64>(matches, "run-id")?);
            call.send().await?;
            Ok(())
        }
        _ => Err(Failure::unknown_command("api", command)),
    }
}
/// `zadig api list-runs`: `GET /projects/{projectKey}/runs`.
fn list_runs_command() -> Command {
    Command::new("list-runs")
        .about("Lists runs page by page, by status and tags")
        .long_about(
            "Lists runs page by page, by status and tags./n/nGET /projects/{projectKey}/runs/n/nNewest first./n/nServed by: every release the spec knows/n/nWith --output table: a row per item of `runs`, columns RUN_ID, STATUS./n/nClient method: list_runs",
        )
        .args([
            args::flag::<String>("project-key", "Project identifier [path: projectKey]")
                .required(true),
            args::choice(
                    "status",
                    "Only runs with this status [query: status]",
                    &[("running", "Still going."), ("passed", "Finished well.")],
                )
                .required(true),
            args::choice(
                    "kinds",
                    "Only runs of these statuses too [query: kinds]",
                    &[("running", "Still going."), ("passed", "Finished well.")],
                )
                .action(clap::ArgAction::Append),
            args::flag::<
                String,
            >("tags", "Only runs with all of these tags [query: tags]")
                .action(clap::ArgAction::Append),
            args::flag::<bool>("detailed", "Include details [query: detailed]"),
            args::flag::<
                i64,
            >("page-num", "Page number [query: pageNum] [server default: 1]"),
            args::flag::<
                i64,
            >("page-size", "Page size [query: pageSize] [server default: 20]"),
            args::all_pages(),
        ])
}
/// `zadig api create-run`: `POST /runs`.
fn create_run_command() -> Command {
    Command::new("create-run")
        .about("Starts a run")
        .long_about(
            "Starts a run./n/nPOST /runs/n/nServed by: every release the spec knows/n/nThe body (NewRun, JSON or YAML) is given with --body FILE (- for standard input), the field flags below, or both (the flags win)./n/nClient method: create_run",
        )
        .args([
            args::body("NewRun", false),
            args::flag::<String>("name", "Name of the run (required) [body: name]")
                .help_heading("Body fields"),
            args::choice(
                    "status",
                    "Status to start in [body: status]",
                    &[("running", "Still going."), ("passed", "Finished well.")],
                )
                .help_heading("Body fields"),
            args::flag::<u32>("retries", "How often to retry [body: retries]")
                .help_heading("Body fields"),
            args::flag::<bool>("dry-run", "Only check [body: dry_run]")
                .help_heading("Body fields"),
        ])
}
/// `zadig api get-run-log`: `GET /runs/{runId}/log`.
fn get_run_log_command() -> Command {
    Command::new("get-run-log")
        .about("Fetches a run's whole log")
        .long_about(
            "Fetches a run's whole log./n/nGET /runs/{runId}/log/n/nServed by: every release the spec knows/n/nClient method: get_run_log",
        )
        .args([args::flag::<i64>("run-id", "Run number [path: runId]").required(true)])
}
/// `zadig api follow-run-log`: `GET /runs/{runId}/log/stream`.
fn follow_run_log_command() -> Command {
    Command::new("follow-run-log")
        .about("Follows a run's log")
        .long_about(
            "Follows a run's log./n/nGET /runs/{runId}/log/stream/n/nServed by: every release the spec knows/n/nClient method: follow_run_log",
        )
        .args([args::flag::<i64>("run-id", "Run number [path: runId]").required(true)])
}
/// `zadig api delete-run`: `DELETE /runs/{runId}`.
fn delete_run_command() -> Command {
    Command::new("delete-run")
        .about("Deletes a run")
        .long_about(
            "Deletes a run./n/nDELETE /runs/{runId}/n/nServed by: every release the spec knows/n/nClient method: delete_run",
        )
        .args([args::flag::<i64>("run-id", "Run number [path: runId]").required(true)])
}
