// @generated from spec/delivery.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig delivery` commands: the Version management API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig delivery` group and its commands.
pub(super) fn command() -> Command {
    Command::new("delivery")
        .about("The Version management API (10 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            list_delivery_versions_command(),
            delete_delivery_version_command(),
            create_k8s_delivery_version_command(),
            create_helm_delivery_version_command(),
            retry_delivery_version_command(),
            get_delivery_version_command(),
            list_delivery_versions_legacy_command(),
            get_delivery_version_legacy_command(),
            create_k8s_delivery_version_legacy_command(),
            create_helm_delivery_version_legacy_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "list-delivery-versions" => {
            let call = ctx
                .client()?
                .list_delivery_versions(
                    args::one::<String>(matches, "project-key")?,
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
                                "version_name",
                                "type",
                                "source",
                                "status",
                                "description",
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
                                "version_name",
                                "type",
                                "source",
                                "status",
                                "description",
                            ],
                        },
                    ),
                )
            }
        }
        "delete-delivery-version" => {
            let call = ctx
                .client()?
                .delete_delivery_version(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "id")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "create-k8s-delivery-version" => {
            let body: crate::types::K8sDeliveryVersionCreateRequest = ctx
                .body(matches, &[])?;
            let call = ctx.client()?.create_k8s_delivery_version(body);
            ctx.print(&call.send().await?, None)
        }
        "create-helm-delivery-version" => {
            let body: crate::types::HelmDeliveryVersionCreateRequest = ctx
                .body(matches, &[])?;
            let call = ctx.client()?.create_helm_delivery_version(body);
            ctx.print(&call.send().await?, None)
        }
        "retry-delivery-version" => {
            let call = ctx
                .client()?
                .retry_delivery_version(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "id")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "get-delivery-version" => {
            let call = ctx
                .client()?
                .get_delivery_version(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "version-name")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("services"),
                        columns: &[
                            "service_name",
                            "chart_name",
                            "original_chart_version",
                            "chart_version",
                            "chart_status",
                            "yaml_content",
                        ],
                    },
                ),
            )
        }
        "list-delivery-versions-legacy" => {
            let call = ctx
                .client()?
                .list_delivery_versions_legacy(
                    args::one::<String>(matches, "project-key")?,
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
                                "version_name",
                                "type",
                                "status",
                                "description",
                                "created_by",
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
                                "version_name",
                                "type",
                                "status",
                                "description",
                                "created_by",
                            ],
                        },
                    ),
                )
            }
        }
        "get-delivery-version-legacy" => {
            let call = ctx
                .client()?
                .get_delivery_version_legacy(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "id")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "create-k8s-delivery-version-legacy" => {
            let body: crate::types::K8sDeliveryVersionCreateRequestLegacy = ctx
                .body(matches, &[])?;
            let call = ctx.client()?.create_k8s_delivery_version_legacy(body);
            ctx.print(&call.send().await?, None)
        }
        "create-helm-delivery-version-legacy" => {
            let body: crate::types::HelmDeliveryVersionCreateRequestLegacy = ctx
                .body(matches, &[])?;
            let call = ctx.client()?.create_helm_delivery_version_legacy(body);
            ctx.print(&call.send().await?, None)
        }
        _ => Err(Failure::unknown_command("delivery", command)),
    }
}
/// `zadig delivery list-delivery-versions`: `GET /openapi/delivery/releases`.
fn list_delivery_versions_command() -> Command {
    Command::new("list-delivery-versions")
        .about("Lists the versions of a project")
        .long_about(
            "Lists the versions of a project.\n\nGET /openapi/delivery/releases\n\nServed by: v4.0.0 and later\n\nWith --output table: a row per item of `list`, columns ID, VERSION_NAME, TYPE, SOURCE, STATUS, DESCRIPTION.\n\nClient method: list_delivery_versions",
        )
        .args([
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
            args::flag::<i64>("page-num", "1-based page number [query: pageNum]")
                .required(true),
            args::flag::<i64>("page-size", "Versions per page [query: pageSize]")
                .required(true),
            args::all_pages(),
        ])
}
/// `zadig delivery delete-delivery-version`: `DELETE /openapi/delivery/releases/{id}`.
fn delete_delivery_version_command() -> Command {
    Command::new("delete-delivery-version")
        .about("Deletes a version")
        .long_about(
            "Deletes a version.\n\nDELETE /openapi/delivery/releases/{id}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_delivery_version",
        )
        .args([
            args::flag::<String>("id", "Id of the version [path: id]").required(true),
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig delivery create-k8s-delivery-version`: `POST /openapi/delivery/releases/k8s`.
fn create_k8s_delivery_version_command() -> Command {
    Command::new("create-k8s-delivery-version")
        .about("Creates a version of a K8s YAML project")
        .long_about(
            "Creates a version of a K8s YAML project.\n\nPOST /openapi/delivery/releases/k8s\n\nServed by: v4.0.0 and later\n\nThe body (K8sDeliveryVersionCreateRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_k8s_delivery_version",
        )
        .args([args::body("K8sDeliveryVersionCreateRequest", true)])
}
/// `zadig delivery create-helm-delivery-version`: `POST /openapi/delivery/releases/helm`.
fn create_helm_delivery_version_command() -> Command {
    Command::new("create-helm-delivery-version")
        .about("Creates a version of a Helm chart project")
        .long_about(
            "Creates a version of a Helm chart project.\n\nPOST /openapi/delivery/releases/helm\n\nServed by: v4.0.0 and later\n\nThe body (HelmDeliveryVersionCreateRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_helm_delivery_version",
        )
        .args([args::body("HelmDeliveryVersionCreateRequest", true)])
}
/// `zadig delivery retry-delivery-version`: `POST /openapi/delivery/releases/retry`.
fn retry_delivery_version_command() -> Command {
    Command::new("retry-delivery-version")
        .about("Retries creating a version whose creation failed")
        .long_about(
            "Retries creating a version whose creation failed.\n\nPOST /openapi/delivery/releases/retry\n\nThe version is named by query parameters; the request has no body.\n\nServed by: v4.0.0 and later\n\nClient method: retry_delivery_version",
        )
        .args([
            args::flag::<String>("id", "Id of the version [query: id]").required(true),
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig delivery get-delivery-version`: `GET /openapi/delivery/releases/detail`.
fn get_delivery_version_command() -> Command {
    Command::new("get-delivery-version")
        .about("Reads one version of a project, with its services, charts and images")
        .long_about(
            "Reads one version of a project, with its services, charts and images.\n\nGET /openapi/delivery/releases/detail\n\nThe version is named by its name, not its id. The docs' overview shows GET /openapi/delivery/releases/:id instead, which only v3.4.x serves (`get_delivery_version_legacy`).\n\nServed by: v4.0.0 and later\n\nWith --output table: a row per item of `services`, columns SERVICE_NAME, CHART_NAME, ORIGINAL_CHART_VERSION, CHART_VERSION, CHART_STATUS, YAML_CONTENT.\n\nClient method: get_delivery_version",
        )
        .args([
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
            args::flag::<
                String,
            >("version-name", "Name of the version [query: versionName]")
                .required(true),
        ])
}
/// `zadig delivery list-delivery-versions-legacy`: `GET /openapi/delivery/releases`.
fn list_delivery_versions_legacy_command() -> Command {
    Command::new("list-delivery-versions-legacy")
        .about("Lists the versions of a project, in the shape v3.4.x answers with")
        .long_about(
            "Lists the versions of a project, in the shape v3.4.x answers with.\n\nGET /openapi/delivery/releases\n\nv4.0.0 changed the items of this list (`list_delivery_versions`); releases up to v3.4.1 answer with `DeliveryVersionListLegacy`, whose items carry an upload progress instead of a source. The v3.4 overview lists the route; the shapes come from the server source.\n\nServed by: v3.4.0 to v3.4.1\n\nWith --output table: a row per item of `list`, columns ID, VERSION_NAME, TYPE, STATUS, DESCRIPTION, CREATED_BY.\n\nClient method: list_delivery_versions_legacy",
        )
        .args([
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
            args::flag::<i64>("page-num", "1-based page number [query: pageNum]")
                .required(true),
            args::flag::<i64>("page-size", "Versions per page [query: pageSize]")
                .required(true),
            args::all_pages(),
        ])
}
/// `zadig delivery get-delivery-version-legacy`: `GET /openapi/delivery/releases/{id}`.
fn get_delivery_version_legacy_command() -> Command {
    Command::new("get-delivery-version-legacy")
        .about(
            "Reads one version of a project by id, with what was deployed and distributed (v3.4.x)",
        )
        .long_about(
            "Reads one version of a project by id, with what was deployed and distributed (v3.4.x).\n\nGET /openapi/delivery/releases/{id}\n\nReleases up to v3.4.1 read a version by its id; v4.0.0 dropped this route for `get_delivery_version`, which names the version instead. The v3.4 overview lists the route; the shapes come from the server source.\n\nServed by: v3.4.0 to v3.4.1\n\nClient method: get_delivery_version_legacy",
        )
        .args([
            args::flag::<String>("id", "Id of the version [path: id]").required(true),
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig delivery create-k8s-delivery-version-legacy`: `POST /openapi/delivery/releases/k8s`.
fn create_k8s_delivery_version_legacy_command() -> Command {
    Command::new("create-k8s-delivery-version-legacy")
        .about(
            "Creates a version of a K8s YAML project from an environment's services (v3.4.x body)",
        )
        .long_about(
            "Creates a version of a K8s YAML project from an environment's services (v3.4.x body).\n\nPOST /openapi/delivery/releases/k8s\n\nThe body releases up to v3.4.1 read: the services are taken from an environment, each with the images to put in the version. v4.0.0 replaced it with the body of `create_k8s_delivery_version`. The v3.4 overview lists the route; the shapes come from the server source.\n\nServed by: v3.4.0 to v3.4.1\n\nThe body (K8sDeliveryVersionCreateRequestLegacy, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_k8s_delivery_version_legacy",
        )
        .args([args::body("K8sDeliveryVersionCreateRequestLegacy", true)])
}
/// `zadig delivery create-helm-delivery-version-legacy`: `POST /openapi/delivery/releases/helm`.
fn create_helm_delivery_version_legacy_command() -> Command {
    Command::new("create-helm-delivery-version-legacy")
        .about(
            "Creates a version of a Helm chart project from an environment's charts (v3.4.x body)",
        )
        .long_about(
            "Creates a version of a Helm chart project from an environment's charts (v3.4.x body).\n\nPOST /openapi/delivery/releases/helm\n\nThe body releases up to v3.4.1 read: the charts are taken from an environment, each with a chart version and the images to put in the version. v4.0.0 replaced it with the body of `create_helm_delivery_version`. The v3.4 overview lists the route; the shapes come from the server source.\n\nServed by: v3.4.0 to v3.4.1\n\nThe body (HelmDeliveryVersionCreateRequestLegacy, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_helm_delivery_version_legacy",
        )
        .args([args::body("HelmDeliveryVersionCreateRequestLegacy", true)])
}
