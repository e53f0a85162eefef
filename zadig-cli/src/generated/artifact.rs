// @generated from spec/artifact.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig artifact` commands: the Artifact management API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig artifact` group and its commands.
pub(super) fn command() -> Command {
    Command::new("artifact")
        .about("The Artifact management API (2 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            list_artifact_versions_command(),
            list_artifact_versions_legacy_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "list-artifact-versions" => {
            let mut call = ctx.client()?.list_artifact_versions();
            if let Some(value) = args::opt::<String>(matches, "project-key") {
                call = call.project_key(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "page-num") {
                call = call.page_num(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "page-size") {
                call = call.page_size(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "task-id") {
                call = call.task_id(value);
            }
            if let Some(value) = args::opt::<String>(matches, "workflow-key") {
                call = call.workflow_key(value);
            }
            if let Some(value) = args::opt::<String>(matches, "service-name") {
                call = call.service_name(value);
            }
            if let Some(value) = args::opt::<String>(matches, "label") {
                call = call.label(value);
            }
            if let Some(value) = args::opt::<String>(matches, "verbosity") {
                call = call.verbosity(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "id",
                            "version",
                            "project_name",
                            "env_name",
                            "production",
                            "type",
                        ],
                    },
                ),
            )
        }
        "list-artifact-versions-legacy" => {
            let mut call = ctx.client()?.list_artifact_versions_legacy();
            if let Some(value) = args::opt::<String>(matches, "project-key") {
                call = call.project_key(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "page-num") {
                call = call.page_num(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "page-size") {
                call = call.page_size(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "task-id") {
                call = call.task_id(value);
            }
            if let Some(value) = args::opt::<String>(matches, "workflow-key") {
                call = call.workflow_key(value);
            }
            if let Some(value) = args::opt::<String>(matches, "service-name") {
                call = call.service_name(value);
            }
            if let Some(value) = args::opt::<String>(matches, "verbosity") {
                call = call.verbosity(value);
            }
            ctx.print(&call.send().await?, None)
        }
        _ => Err(Failure::unknown_command("artifact", command)),
    }
}
/// `zadig artifact list-artifact-versions`: `GET /api/aslan/delivery/releases`.
fn list_artifact_versions_command() -> Command {
    Command::new("list-artifact-versions")
        .about("Lists versions as the artifact management page shows them")
        .long_about(
            "Lists versions as the artifact management page shows them.\n\nGET /api/aslan/delivery/releases\n\nThe server also sends the number of matching versions in the `X-Total` response header.\n\nServed by: v4.0.0 and later\n\nWith --output table: a row per item, columns ID, VERSION, PROJECT_NAME, ENV_NAME, PRODUCTION, TYPE.\n\nClient method: list_artifact_versions",
        )
        .args([
            args::flag::<
                String,
            >(
                "project-key",
                "Identifier of a project to list the versions of; all projects when left out [query: projectName]",
            ),
            args::flag::<
                i64,
            >(
                "page-num",
                "1-based page number; 0 or left out returns every matching version on one page [query: page]",
            ),
            args::flag::<
                i64,
            >(
                "page-size",
                "Number of versions per page, used when `page` is set [query: per_page]",
            ),
            args::flag::<
                i64,
            >(
                "task-id",
                "Number of a workflow run; only versions that run made are listed [query: taskId]",
            ),
            args::flag::<
                String,
            >(
                "workflow-key",
                "Name of a workflow; only versions it made are listed [query: workflowName]",
            ),
            args::flag::<
                String,
            >(
                "service-name",
                "Name of a service; only versions that contain it are listed [query: serviceName]",
            ),
            args::flag::<
                String,
            >(
                "label",
                "A label; only versions carrying it are listed. URL-encode it [query: label]",
            ),
            args::flag::<
                String,
            >(
                "verbosity",
                "Level of detail, `detailed` (assumed when left out) or `brief`. The server reads it but returns the same fields either way [query: verbosity]",
            ),
        ])
}
/// `zadig artifact list-artifact-versions-legacy`: `GET /api/aslan/delivery/releases`.
fn list_artifact_versions_legacy_command() -> Command {
    Command::new("list-artifact-versions-legacy")
        .about(
            "Lists versions as the artifact management page of v3.4.x shows them, with their build, deploy, test and distribution records",
        )
        .long_about(
            "Lists versions as the artifact management page of v3.4.x shows them, with their build, deploy, test and distribution records.\n\nGET /api/aslan/delivery/releases\n\nReleases up to v3.4.1 answer this route with one record per version that bundles the version with what made it (builds, deployments, tests, distributions, image scans); v4.0.0 replaced that with `list_artifact_versions`. The server also sends the number of matching versions in the `X-Total` response header. The v3.4 overview lists the route; the shapes come from the server source.\n\nServed by: v3.4.0 to v3.4.1\n\nClient method: list_artifact_versions_legacy",
        )
        .args([
            args::flag::<
                String,
            >(
                "project-key",
                "Identifier of a project to list the versions of; all projects when left out [query: projectName]",
            ),
            args::flag::<
                i64,
            >(
                "page-num",
                "1-based page number; 0 or left out returns every matching version on one page [query: page]",
            ),
            args::flag::<
                i64,
            >(
                "page-size",
                "Number of versions per page, used when `page` is set [query: per_page]",
            ),
            args::flag::<
                i64,
            >(
                "task-id",
                "Number of a workflow run; only versions that run made are listed [query: taskId]",
            ),
            args::flag::<
                String,
            >(
                "workflow-key",
                "Name of a workflow; only versions it made are listed [query: workflowName]",
            ),
            args::flag::<
                String,
            >(
                "service-name",
                "Name of a service; only versions that deployed it are listed (not applied with `verbosity=brief`) [query: serviceName]",
            ),
            args::flag::<
                String,
            >(
                "verbosity",
                "Level of detail: `brief` sends each version alone, without its environment and records; `detailed` (assumed when left out) sends everything [query: verbosity]",
            ),
        ])
}
