// @generated from spec/test.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig test` commands: the Test API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig test` group and its commands.
pub(super) fn command() -> Command {
    Command::new("test")
        .about("The Test API (3 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            get_test_info_command(),
            create_test_task_command(),
            get_test_task_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "get-test-info" => {
            let call = ctx
                .client()?
                .get_test_info(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "test-name")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("inputs"),
                        columns: &[
                            "key",
                            "value",
                            "type",
                            "required",
                            "is_credential",
                            "has_value",
                        ],
                    },
                ),
            )
        }
        "create-test-task" => {
            let body: crate::types::OpenApiCreateTestTaskReq = ctx.body(matches, &[])?;
            let call = ctx.client()?.create_test_task(body);
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
        "get-test-task" => {
            let call = ctx
                .client()?
                .get_test_task(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "test-name")?,
                    args::one::<String>(matches, "task-id")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "test_name",
                            "task_id",
                            "creator",
                            "create_time",
                            "start_time",
                            "end_time",
                        ],
                    },
                ),
            )
        }
        _ => Err(Failure::unknown_command("test", command)),
    }
}
/// `zadig test get-test-info`: `GET /openapi/quality/testing/{testName}`.
fn get_test_info_command() -> Command {
    Command::new("get-test-info")
        .about("Reads a test and the variables a run of it takes")
        .long_about(
            "Reads a test and the variables a run of it takes.\n\nGET /openapi/quality/testing/{testName}\n\nLists the test's variables with their types, defaults and whether they are required, which is what `create_test_task` needs in `inputs`; credential values are withheld.\n\nServed by: no release yet (only the development branch)\n\nWith --output table: a row per item of `inputs`, columns KEY, VALUE, TYPE, REQUIRED, IS_CREDENTIAL, HAS_VALUE.\n\nClient method: get_test_info",
        )
        .args([
            args::flag::<String>("test-name", "Name of the test [path: testName]")
                .required(true),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Identifier of the project the test belongs to [query: projectKey]",
                )
                .required(true),
        ])
}
/// `zadig test create-test-task`: `POST /openapi/quality/testing/task`.
fn create_test_task_command() -> Command {
    Command::new("create-test-task")
        .about("Starts a run of a test")
        .long_about(
            "Starts a run of a test.\n\nPOST /openapi/quality/testing/task\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (OpenApiCreateTestTaskReq, JSON or YAML) is given with --body FILE (- for standard input).\n\nWith --output table: one row, columns TASK_ID.\n\nClient method: create_test_task",
        )
        .args([args::body("OpenApiCreateTestTaskReq", true)])
}
/// `zadig test get-test-task`: `GET /openapi/quality/testing/{testName}/task/{taskID}`.
fn get_test_task_command() -> Command {
    Command::new("get-test-task")
        .about("Reads the state and report of one test run")
        .long_about(
            "Reads the state and report of one test run.\n\nGET /openapi/quality/testing/{testName}/task/{taskID}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns TEST_NAME, TASK_ID, CREATOR, CREATE_TIME, START_TIME, END_TIME.\n\nClient method: get_test_task",
        )
        .args([
            args::flag::<String>("test-name", "Name of the test [path: testName]")
                .required(true),
            args::flag::<String>("task-id", "Number of the task run [path: taskID]")
                .required(true),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Identifier of the project the test belongs to [query: projectKey]",
                )
                .required(true),
        ])
}
