// @generated from spec/system.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig system` commands: the System API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig system` group and its commands.
pub(super) fn command() -> Command {
    Command::new("system")
        .about("The System API (3 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            list_operation_logs_command(),
            list_environment_operation_logs_command(),
            get_cli_context_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "list-operation-logs" => {
            let mut call = ctx
                .client()?
                .list_operation_logs(
                    args::one::<i64>(matches, "page-num")?,
                    args::one::<i64>(matches, "page-size")?,
                    crate::types::OperationLogSearchType::from(
                        args::one::<String>(matches, "search-type")?,
                    ),
                );
            if let Some(value) = args::opt::<String>(matches, "project-key") {
                call = call.project_key(value);
            }
            if let Some(value) = args::opt::<String>(matches, "username") {
                call = call.username(value);
            }
            if let Some(value) = args::opt::<String>(matches, "function") {
                call = call.function(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "status") {
                call = call.status(value);
            }
            if args::flag_set(matches, "all") {
                ctx.print(
                    &call.items().collect_all().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: None,
                            columns: &[
                                "username",
                                "project_key",
                                "method",
                                "function",
                                "scene",
                                "detail",
                            ],
                        },
                    ),
                )
            } else {
                ctx.print(
                    &call.send().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: Some("operation_logs"),
                            columns: &[
                                "username",
                                "project_key",
                                "method",
                                "function",
                                "scene",
                                "detail",
                            ],
                        },
                    ),
                )
            }
        }
        "list-environment-operation-logs" => {
            let mut call = ctx
                .client()?
                .list_environment_operation_logs(
                    args::one::<i64>(matches, "page-num")?,
                    args::one::<i64>(matches, "page-size")?,
                    crate::types::EnvOperationLogSearchType::from(
                        args::one::<String>(matches, "search-type")?,
                    ),
                );
            if let Some(value) = args::opt::<String>(matches, "project-key") {
                call = call.project_key(value);
            }
            if let Some(value) = args::opt::<String>(matches, "env-name") {
                call = call.env_name(value);
            }
            if let Some(value) = args::opt::<String>(matches, "username") {
                call = call.username(value);
            }
            if let Some(value) = args::opt::<String>(matches, "function") {
                call = call.function(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "status") {
                call = call.status(value);
            }
            if let Some(value) = args::opt::<String>(matches, "detail") {
                call = call.detail(value);
            }
            if args::flag_set(matches, "all") {
                ctx.print(
                    &call.items().collect_all().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: None,
                            columns: &[
                                "username",
                                "project_key",
                                "method",
                                "function",
                                "scene",
                                "detail",
                            ],
                        },
                    ),
                )
            } else {
                ctx.print(
                    &call.send().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: Some("operation_logs"),
                            columns: &[
                                "username",
                                "project_key",
                                "method",
                                "function",
                                "scene",
                                "detail",
                            ],
                        },
                    ),
                )
            }
        }
        "get-cli-context" => {
            let call = ctx.client()?.get_cli_context();
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "request_id",
                            "edition",
                            "license_status",
                            "server_version",
                        ],
                    },
                ),
            )
        }
        _ => Err(Failure::unknown_command("system", command)),
    }
}
/// `zadig system list-operation-logs`: `GET /openapi/system/operation`.
fn list_operation_logs_command() -> Command {
    Command::new("list-operation-logs")
        .about("Lists the system operation log, newest first")
        .long_about(
            "Lists the system operation log, newest first.\n\nGET /openapi/system/operation\n\nCallers need to be a system administrator or hold the permission to view operation logs. `searchType` picks the one filter that applies; the other filter parameters are ignored.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `operation_logs`, columns USERNAME, PROJECT_KEY, METHOD, FUNCTION, SCENE, DETAIL.\n\nClient method: list_operation_logs",
        )
        .args([
            args::flag::<
                i64,
            >("page-num", "1-based page number; 0 means the first page [query: page]")
                .required(true),
            args::flag::<
                i64,
            >("page-size", "Number of entries per page; 0 means 50 [query: perPage]")
                .required(true),
            args::choice(
                    "search-type",
                    "Which filter applies; the server rejects a request without one of these values [query: searchType]",
                    &[
                        ("all", "None; every entry."),
                        ("project", "The project key (`projectKey`)."),
                        ("user", "The user name (`username`)."),
                        (
                            "function",
                            "The function, the area of Zadig acted on (`function`).",
                        ),
                        ("status", "The HTTP status code (`status`)."),
                    ],
                )
                .required(true),
            args::flag::<
                String,
            >(
                "project-key",
                "With `searchType=project`, only entries whose project key matches this regular expression (plain text matches as a substring) [query: projectKey]",
            ),
            args::flag::<
                String,
            >(
                "username",
                "With `searchType=user`, only entries whose user name matches this regular expression (plain text matches as a substring) [query: username]",
            ),
            args::flag::<
                String,
            >(
                "function",
                "With `searchType=function`, only entries whose function (the area of Zadig acted on) matches this regular expression (plain text matches as a substring) [query: function]",
            ),
            args::flag::<
                i64,
            >(
                "status",
                "With `searchType=status`, only entries whose HTTP status code equals this (0 matches every code); the server then rejects a request without it. Other search types do not read it [query: status]",
            ),
            args::all_pages(),
        ])
}
/// `zadig system list-environment-operation-logs`: `GET /openapi/system/operation/env`.
fn list_environment_operation_logs_command() -> Command {
    Command::new("list-environment-operation-logs")
        .about("Lists the operation log of environments, newest first")
        .long_about(
            "Lists the operation log of environments, newest first.\n\nGET /openapi/system/operation/env\n\nOnly a system administrator may call this. Only entries about environments are listed; `searchType` picks the one extra filter that applies.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `operation_logs`, columns USERNAME, PROJECT_KEY, METHOD, FUNCTION, SCENE, DETAIL.\n\nClient method: list_environment_operation_logs",
        )
        .args([
            args::flag::<
                i64,
            >("page-num", "1-based page number; 0 means the first page [query: page]")
                .required(true),
            args::flag::<
                i64,
            >("page-size", "Number of entries per page; 0 means 50 [query: perPage]")
                .required(true),
            args::choice(
                    "search-type",
                    "Which extra filter applies; the server rejects a request without one of these values [query: searchType]",
                    &[
                        ("all", "None; every entry about the environment."),
                        ("user", "The user name (`username`)."),
                        (
                            "function",
                            "The function, the area of Zadig acted on (`function`).",
                        ),
                        ("status", "The HTTP status code (`status`)."),
                        ("detail", "The detail text (`detail`)."),
                    ],
                )
                .required(true),
            args::flag::<
                String,
            >(
                "project-key",
                "Only entries of the project with exactly this key [query: projectKey]",
            ),
            args::flag::<
                String,
            >(
                "env-name",
                "Only entries about the environment with this name [query: envName]",
            ),
            args::flag::<
                String,
            >(
                "username",
                "With `searchType=user`, only entries whose user name matches this regular expression (plain text matches as a substring) [query: username]",
            ),
            args::flag::<
                String,
            >(
                "function",
                "With `searchType=function`, only entries whose function (the area of Zadig acted on) matches this regular expression (plain text matches as a substring) [query: function]",
            ),
            args::flag::<
                i64,
            >(
                "status",
                "With `searchType=status`, only entries whose HTTP status code equals this (0 matches every code); the server then rejects a request without it. Other search types do not read it [query: status]",
            ),
            args::flag::<
                String,
            >(
                "detail",
                "With `searchType=detail`, only entries whose detail text matches this regular expression (plain text matches as a substring) [query: detail]",
            ),
            args::all_pages(),
        ])
}
/// `zadig system get-cli-context`: `GET /openapi/system/cli/context`.
fn get_cli_context_command() -> Command {
    Command::new("get-cli-context")
        .about(
            "Tells who the API token belongs to, plus edition and version for administrators",
        )
        .long_about(
            "Tells who the API token belongs to, plus edition and version for administrators.\n\nGET /openapi/system/cli/context\n\nReturns the user behind the token and the request id; for a system administrator also the Zadig edition, licence status, licensed features and server version.\n\nServed by: v5.0.0 and later\n\nWith --output table: one row, columns REQUEST_ID, EDITION, LICENSE_STATUS, SERVER_VERSION.\n\nClient method: get_cli_context",
        )
}
