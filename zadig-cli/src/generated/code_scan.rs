// @generated from spec/code_scan.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig code-scan` commands: the Code scanning API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig code-scan` group and its commands.
pub(super) fn command() -> Command {
    Command::new("code-scan")
        .about("The Code scanning API (3 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            create_code_scan_command(),
            create_code_scan_task_command(),
            get_code_scan_task_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "create-code-scan" => {
            let body: crate::types::OpenApiCreateScanningReq = ctx.body(matches, &[])?;
            let call = ctx.client()?.create_code_scan(body);
            ctx.print(&call.send().await?, None)
        }
        "create-code-scan-task" => {
            let body: crate::types::OpenApiCreateScanningTaskReq = ctx
                .body(matches, &[])?;
            let call = ctx
                .client()?
                .create_code_scan_task(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "scan-name")?,
                    body,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["task_id"],
                    },
                ),
            )
        }
        "get-code-scan-task" => {
            let call = ctx
                .client()?
                .get_code_scan_task(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "scan-name")?,
                    args::one::<String>(matches, "task-id")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("repo_info"),
                        columns: &[
                            "repo_owner",
                            "source",
                            "address",
                            "branch",
                            "remote_name",
                            "repo_name",
                        ],
                    },
                ),
            )
        }
        _ => Err(Failure::unknown_command("code-scan", command)),
    }
}
/// `zadig code-scan create-code-scan`: `POST /openapi/quality/codescan`.
fn create_code_scan_command() -> Command {
    Command::new("create-code-scan")
        .about("Defines a new code scan")
        .long_about(
            "Defines a new code scan.\n\nPOST /openapi/quality/codescan\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (OpenApiCreateScanningReq, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_code_scan",
        )
        .args([args::body("OpenApiCreateScanningReq", true)])
}
/// `zadig code-scan create-code-scan-task`: `POST /openapi/quality/codescan/{scanName}/task`.
fn create_code_scan_task_command() -> Command {
    Command::new("create-code-scan-task")
        .about("Starts a run of a code scan")
        .long_about(
            "Starts a run of a code scan.\n\nPOST /openapi/quality/codescan/{scanName}/task\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (OpenApiCreateScanningTaskReq, JSON or YAML) is given with --body FILE (- for standard input).\n\nWith --output table: one row, columns TASK_ID.\n\nClient method: create_code_scan_task",
        )
        .args([
            args::flag::<String>("scan-name", "Name of the code scan [path: scanName]")
                .required(true),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Identifier of the project the code scan belongs to [query: projectKey]",
                )
                .required(true),
            args::body("OpenApiCreateScanningTaskReq", true),
        ])
}
/// `zadig code-scan get-code-scan-task`: `GET /openapi/quality/codescan/{scanName}/task/{taskID}`.
fn get_code_scan_task_command() -> Command {
    Command::new("get-code-scan-task")
        .about("Reads the state of one code scan run")
        .long_about(
            "Reads the state of one code scan run.\n\nGET /openapi/quality/codescan/{scanName}/task/{taskID}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `repo_info`, columns REPO_OWNER, SOURCE, ADDRESS, BRANCH, REMOTE_NAME, REPO_NAME.\n\nClient method: get_code_scan_task",
        )
        .args([
            args::flag::<String>("scan-name", "Name of the code scan [path: scanName]")
                .required(true),
            args::flag::<String>("task-id", "Number of the task run [path: taskID]")
                .required(true),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Identifier of the project the code scan belongs to [query: projectKey]",
                )
                .required(true),
        ])
}
