// @generated from spec/cluster.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig cluster` commands: the Cluster API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig cluster` group and its commands.
pub(super) fn command() -> Command {
    Command::new("cluster")
        .about("The Cluster API (5 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            list_clusters_command(),
            create_cluster_command(),
            update_cluster_command(),
            delete_cluster_command(),
            check_cluster_istio_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "list-clusters" => {
            let mut call = ctx.client()?.list_clusters();
            if let Some(value) = args::opt::<String>(matches, "project-key") {
                call = call.project_key(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "cluster_id",
                            "name",
                            "production",
                            "description",
                            "provider",
                            "provider_name",
                        ],
                    },
                ),
            )
        }
        "create-cluster" => {
            let body: crate::types::OpenApiCreateClusterRequest = ctx
                .body(matches, &[])?;
            let call = ctx.client()?.create_cluster(body);
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["agent_cmd"],
                    },
                ),
            )
        }
        "update-cluster" => {
            let body: crate::types::OpenApiCluster = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .update_cluster(args::one::<String>(matches, "id")?, body);
            ctx.print(&call.send().await?, None)
        }
        "delete-cluster" => {
            let call = ctx.client()?.delete_cluster(args::one::<String>(matches, "id")?);
            ctx.print(&call.send().await?, None)
        }
        "check-cluster-istio" => {
            let call = ctx
                .client()?
                .check_cluster_istio(args::one::<String>(matches, "id")?);
            ctx.print(&call.send().await?, None)
        }
        _ => Err(Failure::unknown_command("cluster", command)),
    }
}
/// `zadig cluster list-clusters`: `GET /openapi/system/cluster`.
fn list_clusters_command() -> Command {
    Command::new("list-clusters")
        .about("Lists the connected clusters")
        .long_about(
            "Lists the connected clusters.\n\nGET /openapi/system/cluster\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns CLUSTER_ID, NAME, PRODUCTION, DESCRIPTION, PROVIDER, PROVIDER_NAME.\n\nClient method: list_clusters",
        )
        .args([
            args::flag::<
                String,
            >(
                "project-key",
                "Identifier of a project; only the clusters that project may use are listed. All clusters when left out [query: projectName]",
            ),
        ])
}
/// `zadig cluster create-cluster`: `POST /openapi/system/cluster`.
fn create_cluster_command() -> Command {
    Command::new("create-cluster")
        .about("Connects a new cluster")
        .long_about(
            "Connects a new cluster.\n\nPOST /openapi/system/cluster\n\nFor an `agent` cluster, run the returned `agent_cmd` in the cluster to finish connecting it. Only system administrators may call this.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (OpenApiCreateClusterRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nWith --output table: one row, columns AGENT_CMD.\n\nClient method: create_cluster",
        )
        .args([args::body("OpenApiCreateClusterRequest", true)])
}
/// `zadig cluster update-cluster`: `PUT /openapi/system/cluster/{id}`.
fn update_cluster_command() -> Command {
    Command::new("update-cluster")
        .about("Changes the name, description and allowed projects of a cluster")
        .long_about(
            "Changes the name, description and allowed projects of a cluster.\n\nPUT /openapi/system/cluster/{id}\n\nOnly `name`, `description` and `project_names` of the body are applied; the other fields are ignored. The project list replaces the current one. Only system administrators may call this.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (OpenApiCluster, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_cluster",
        )
        .args([
            args::flag::<String>("id", "Id of the cluster [path: id]").required(true),
            args::body("OpenApiCluster", true),
        ])
}
/// `zadig cluster delete-cluster`: `DELETE /openapi/system/cluster/{id}`.
fn delete_cluster_command() -> Command {
    Command::new("delete-cluster")
        .about("Removes a cluster")
        .long_about(
            "Removes a cluster.\n\nDELETE /openapi/system/cluster/{id}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_cluster",
        )
        .args([
            args::flag::<String>("id", "Id of the cluster [path: id]").required(true),
        ])
}
/// `zadig cluster check-cluster-istio`: `GET /openapi/cluster/istio/check/{id}`.
fn check_cluster_istio_command() -> Command {
    Command::new("check-cluster-istio")
        .about("Tells whether Istio is installed in a cluster")
        .long_about(
            "Tells whether Istio is installed in a cluster.\n\nGET /openapi/cluster/istio/check/{id}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: check_cluster_istio",
        )
        .args([
            args::flag::<String>("id", "Id of the cluster [path: id]").required(true),
        ])
}
