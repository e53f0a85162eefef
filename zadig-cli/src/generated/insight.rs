// @generated from spec/insight.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig insight` commands: the Performance insights API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig insight` group and its commands.
pub(super) fn command() -> Command {
    Command::new("insight")
        .about("The Performance insights API (6 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            get_statistics_overview_command(),
            get_build_statistics_command(),
            get_deploy_statistics_command(),
            get_test_statistics_command(),
            get_release_statistics_command(),
            get_rollback_statistics_detail_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "get-statistics-overview" => {
            let call = ctx.client()?.get_statistics_overview();
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "project_count",
                            "cluster_count",
                            "service_count",
                            "workflow_count",
                            "env_count",
                            "artifact_count",
                        ],
                    },
                ),
            )
        }
        "get-build-statistics" => {
            let mut call = ctx.client()?.get_build_statistics();
            if let Some(value) = args::opt::<i64>(matches, "start-date") {
                call = call.start_date(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "end-date") {
                call = call.end_date(value);
            }
            if let Some(value) = args::opt::<String>(matches, "project-key") {
                call = call.project_key(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("data"),
                        columns: &["date", "success", "failure", "total"],
                    },
                ),
            )
        }
        "get-deploy-statistics" => {
            let mut call = ctx.client()?.get_deploy_statistics();
            if let Some(value) = args::opt::<i64>(matches, "start-date") {
                call = call.start_date(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "end-date") {
                call = call.end_date(value);
            }
            if let Some(value) = args::opt::<String>(matches, "project-key") {
                call = call.project_key(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("data"),
                        columns: &[
                            "project_key",
                            "production",
                            "success",
                            "rollback",
                            "failed",
                            "timeout",
                        ],
                    },
                ),
            )
        }
        "get-test-statistics" => {
            let mut call = ctx.client()?.get_test_statistics();
            if let Some(value) = args::opt::<i64>(matches, "start-date") {
                call = call.start_date(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "end-date") {
                call = call.end_date(value);
            }
            if let Some(value) = args::opt::<String>(matches, "project-key") {
                call = call.project_key(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("data"),
                        columns: &[
                            "date",
                            "success_count",
                            "timeout_count",
                            "failed_count",
                        ],
                    },
                ),
            )
        }
        "get-release-statistics" => {
            let mut call = ctx
                .client()?
                .get_release_statistics(
                    args::one::<i64>(matches, "start-time")?,
                    args::one::<i64>(matches, "end-time")?,
                );
            if let Some(value) = args::opt::<String>(matches, "project-key") {
                call = call.project_key(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("daily_stat"),
                        columns: &["date", "total", "success_count", "fail_count"],
                    },
                ),
            )
        }
        "get-rollback-statistics-detail" => {
            let mut call = ctx
                .client()?
                .get_rollback_statistics_detail(
                    args::one::<i64>(matches, "start-time")?,
                    args::one::<i64>(matches, "end-time")?,
                    args::one::<i64>(matches, "page-size")?,
                );
            if let Some(value) = args::opt::<String>(matches, "project-key") {
                call = call.project_key(value);
            }
            if let Some(value) = args::opt::<String>(matches, "env-name") {
                call = call.env_name(value);
            }
            if let Some(value) = args::opt::<String>(matches, "service-name") {
                call = call.service_name(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "page-num") {
                call = call.page_num(value);
            }
            if args::flag_set(matches, "all") {
                ctx.print(
                    &call.items().collect_all().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: None,
                            columns: &[
                                "project_key",
                                "env_name",
                                "env_type",
                                "production",
                                "operation_type",
                                "service_name",
                            ],
                        },
                    ),
                )
            } else {
                ctx.print(
                    &call.send().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: Some("data"),
                            columns: &[
                                "project_key",
                                "env_name",
                                "env_type",
                                "production",
                                "operation_type",
                                "service_name",
                            ],
                        },
                    ),
                )
            }
        }
        _ => Err(Failure::unknown_command("insight", command)),
    }
}
/// `zadig insight get-statistics-overview`: `GET /openapi/statistics/overview`.
fn get_statistics_overview_command() -> Command {
    Command::new("get-statistics-overview")
        .about(
            "Reads how many projects, clusters, services, workflows, environments and artifacts exist",
        )
        .long_about(
            "Reads how many projects, clusters, services, workflows, environments and artifacts exist.\n\nGET /openapi/statistics/overview\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns PROJECT_COUNT, CLUSTER_COUNT, SERVICE_COUNT, WORKFLOW_COUNT, ENV_COUNT, ARTIFACT_COUNT.\n\nClient method: get_statistics_overview",
        )
}
/// `zadig insight get-build-statistics`: `GET /openapi/statistics/build`.
fn get_build_statistics_command() -> Command {
    Command::new("get-build-statistics")
        .about("Reads build counts for a time range, in total and per day")
        .long_about(
            "Reads build counts for a time range, in total and per day.\n\nGET /openapi/statistics/build\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `data`, columns DATE, SUCCESS, FAILURE, TOTAL.\n\nClient method: get_build_statistics",
        )
        .args([
            args::flag::<
                i64,
            >(
                "start-date",
                "Start of the range, as a Unix timestamp in seconds. 0 (the default) means no range: all builds are counted and `endDate` is ignored [query: startDate] [server default: 0]",
            ),
            args::flag::<
                i64,
            >(
                "end-date",
                "End of the range, as a Unix timestamp in seconds; give it whenever `startDate` is set [query: endDate] [server default: 0]",
            ),
            args::flag::<
                String,
            >(
                "project-key",
                "Identifier of a project to count for; all projects when left out [query: projectKey]",
            ),
        ])
}
/// `zadig insight get-deploy-statistics`: `GET /openapi/statistics/deploy`.
fn get_deploy_statistics_command() -> Command {
    Command::new("get-deploy-statistics")
        .about("Reads deployment counts, in total and per week of a time range")
        .long_about(
            "Reads deployment counts, in total and per week of a time range.\n\nGET /openapi/statistics/deploy\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `data`, columns PROJECT_KEY, PRODUCTION, SUCCESS, ROLLBACK, FAILED, TIMEOUT.\n\nClient method: get_deploy_statistics",
        )
        .args([
            args::flag::<
                i64,
            >(
                "start-date",
                "Start of the range of the weekly breakdown, as a Unix timestamp in seconds [query: startDate] [server default: 0]",
            ),
            args::flag::<
                i64,
            >(
                "end-date",
                "End of the range of the weekly breakdown, as a Unix timestamp in seconds [query: endDate] [server default: 0]",
            ),
            args::flag::<
                String,
            >(
                "project-key",
                "Identifier of a project to count for; all projects when left out [query: projectKey]",
            ),
        ])
}
/// `zadig insight get-test-statistics`: `GET /openapi/statistics/test`.
fn get_test_statistics_command() -> Command {
    Command::new("get-test-statistics")
        .about("Reads test counts for a time range, in total and per day")
        .long_about(
            "Reads test counts for a time range, in total and per day.\n\nGET /openapi/statistics/test\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `data`, columns DATE, SUCCESS_COUNT, TIMEOUT_COUNT, FAILED_COUNT.\n\nClient method: get_test_statistics",
        )
        .args([
            args::flag::<
                i64,
            >(
                "start-date",
                "Start of the range, as a Unix timestamp in seconds [query: startDate] [server default: 0]",
            ),
            args::flag::<
                i64,
            >(
                "end-date",
                "End of the range, as a Unix timestamp in seconds [query: endDate] [server default: 0]",
            ),
            args::flag::<
                String,
            >(
                "project-key",
                "Identifier of a project to count for; all projects when left out [query: projectKey]",
            ),
        ])
}
/// `zadig insight get-release-statistics`: `GET /openapi/statistics/v2/release`.
fn get_release_statistics_command() -> Command {
    Command::new("get-release-statistics")
        .about("Reads production release counts for a time range, in total and per day")
        .long_about(
            "Reads production release counts for a time range, in total and per day.\n\nGET /openapi/statistics/v2/release\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `daily_stat`, columns DATE, TOTAL, SUCCESS_COUNT, FAIL_COUNT.\n\nClient method: get_release_statistics",
        )
        .args([
            args::flag::<
                i64,
            >(
                    "start-time",
                    "Start of the range, as a Unix timestamp in seconds; must not be 0 [query: startTime]",
                )
                .required(true),
            args::flag::<
                i64,
            >(
                    "end-time",
                    "End of the range, as a Unix timestamp in seconds; not before `startTime` and at most 365 days after it [query: endTime]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                "project-key",
                "Identifier of a project to count for; all projects when left out [query: projectKey]",
            ),
        ])
}
/// `zadig insight get-rollback-statistics-detail`: `GET /openapi/statistics/v2/rollback/detail`.
fn get_rollback_statistics_detail_command() -> Command {
    Command::new("get-rollback-statistics-detail")
        .about("Lists the rollbacks of services in a time range, a page at a time")
        .long_about(
            "Lists the rollbacks of services in a time range, a page at a time.\n\nGET /openapi/statistics/v2/rollback/detail\n\nEach record gives the service (or SAE application) before and after the rollback, who did it and when; the service fields are null for SAE environments and the SAE fields null for Zadig environments.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `data`, columns PROJECT_KEY, ENV_NAME, ENV_TYPE, PRODUCTION, OPERATION_TYPE, SERVICE_NAME.\n\nClient method: get_rollback_statistics_detail",
        )
        .args([
            args::flag::<
                i64,
            >(
                    "start-time",
                    "Start of the range, as a Unix timestamp in seconds; must not be 0 [query: startTime]",
                )
                .required(true),
            args::flag::<
                i64,
            >(
                    "end-time",
                    "End of the range, as a Unix timestamp in seconds; not before `startTime` and at most 365 days after it [query: endTime]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                "project-key",
                "Identifier of a project to list for; all projects when left out [query: projectKey]",
            ),
            args::flag::<
                String,
            >(
                "env-name",
                "Name of an environment to list for; all environments when left out [query: envName]",
            ),
            args::flag::<
                String,
            >(
                "service-name",
                "Name of a service to list for; all services when left out [query: serviceName]",
            ),
            args::flag::<i64>("page-num", "1-based page number [query: pageNum]"),
            args::flag::<
                i64,
            >("page-size", "Number of records per page; must not be 0 [query: pageSize]")
                .required(true),
            args::all_pages(),
        ])
}
