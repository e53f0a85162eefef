// @generated from spec/release_plan.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig release-plan` commands: the Release plan API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig release-plan` group and its commands.
pub(super) fn command() -> Command {
    Command::new("release-plan")
        .about("The Release plan API (4 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            list_release_plans_command(),
            get_release_plan_command(),
            create_release_plan_command(),
            update_release_plan_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "list-release-plans" => {
            let call = ctx
                .client()?
                .list_release_plans(
                    args::one::<i64>(matches, "page-num")?,
                    args::one::<i64>(matches, "page-size")?,
                );
            if args::flag_set(matches, "all") {
                ctx.print(
                    &call.items().collect_all().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: None,
                            columns: &[
                                "id",
                                "name",
                                "index",
                                "manager",
                                "description",
                                "create_time",
                            ],
                        },
                    ),
                )
            } else {
                ctx.print(
                    &call.send().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: Some("list"),
                            columns: &[
                                "id",
                                "name",
                                "index",
                                "manager",
                                "description",
                                "create_time",
                            ],
                        },
                    ),
                )
            }
        }
        "get-release-plan" => {
            let call = ctx
                .client()?
                .get_release_plan(args::one::<String>(matches, "id")?);
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("jobs"),
                        columns: &[
                            "id",
                            "name",
                            "type",
                            "manager",
                            "manager_id",
                            "status",
                        ],
                    },
                ),
            )
        }
        "create-release-plan" => {
            let body: crate::types::CreateReleasePlanRequest = ctx.body(matches, &[])?;
            let call = ctx.client()?.create_release_plan(body);
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["id"],
                    },
                ),
            )
        }
        "update-release-plan" => {
            let body: crate::types::UpdateReleasePlanRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .update_release_plan(args::one::<String>(matches, "id")?, body);
            ctx.print(&call.send().await?, None)
        }
        _ => Err(Failure::unknown_command("release-plan", command)),
    }
}
/// `zadig release-plan list-release-plans`: `GET /openapi/release_plan/v1`.
fn list_release_plans_command() -> Command {
    Command::new("list-release-plans")
        .about("Lists release plans, one page at a time")
        .long_about(
            "Lists release plans, one page at a time.\n\nGET /openapi/release_plan/v1\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `list`, columns ID, NAME, INDEX, MANAGER, DESCRIPTION, CREATE_TIME.\n\nClient method: list_release_plans",
        )
        .args([
            args::flag::<i64>("page-num", "1-based page number [query: pageNum]")
                .required(true),
            args::flag::<i64>("page-size", "Number of plans per page [query: pageSize]")
                .required(true),
            args::all_pages(),
        ])
}
/// `zadig release-plan get-release-plan`: `GET /openapi/release_plan/v1/{id}`.
fn get_release_plan_command() -> Command {
    Command::new("get-release-plan")
        .about("Reads one release plan with its approval settings and jobs")
        .long_about(
            "Reads one release plan with its approval settings and jobs.\n\nGET /openapi/release_plan/v1/{id}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `jobs`, columns ID, NAME, TYPE, MANAGER, MANAGER_ID, STATUS.\n\nClient method: get_release_plan",
        )
        .args([
            args::flag::<String>("id", "Id of the release plan [path: id]")
                .required(true),
        ])
}
/// `zadig release-plan create-release-plan`: `POST /openapi/release_plan/v1`.
fn create_release_plan_command() -> Command {
    Command::new("create-release-plan")
        .about("Creates a release plan (without jobs) and returns its id")
        .long_about(
            "Creates a release plan (without jobs) and returns its id.\n\nPOST /openapi/release_plan/v1\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (CreateReleasePlanRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nWith --output table: one row, columns ID.\n\nClient method: create_release_plan",
        )
        .args([args::body("CreateReleasePlanRequest", true)])
}
/// `zadig release-plan update-release-plan`: `PATCH /openapi/release_plan/v1/{id}`.
fn update_release_plan_command() -> Command {
    Command::new("update-release-plan")
        .about("Updates a release plan and replaces its list of jobs")
        .long_about(
            "Updates a release plan and replaces its list of jobs.\n\nPATCH /openapi/release_plan/v1/{id}\n\nDespite the PATCH method every setting is replaced: a field left out is cleared. A plan that has succeeded, is executing or is waiting for approval cannot be changed; a changed plan goes back to planning.\n\nServed by: v4.0.0 and later\n\nThe body (UpdateReleasePlanRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_release_plan",
        )
        .args([
            args::flag::<String>("id", "Id of the release plan [path: id]")
                .required(true),
            args::body("UpdateReleasePlanRequest", true),
        ])
}
