// @generated from spec/registry.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig registry` commands: the Image registry API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig registry` group and its commands.
pub(super) fn command() -> Command {
    Command::new("registry")
        .about("The Image registry API (4 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            create_registry_command(),
            list_registries_command(),
            get_registry_command(),
            update_registry_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "create-registry" => {
            let body: crate::types::OpenApiCreateRegistryReq = ctx
                .body(
                    matches,
                    &[
                        ("address", "address", args::field_value::<String>),
                        ("provider", "provider", args::field_value::<String>),
                        ("namespace", "namespace", args::field_value::<String>),
                        ("is-default", "is_default", args::field_value::<bool>),
                        ("access-key", "access_key", args::field_value::<String>),
                        ("secret-key", "secret_key", args::field_value::<String>),
                        ("enable-tls", "enable_tls", args::field_value::<bool>),
                        ("region", "region", args::field_value::<String>),
                        ("tls-cert", "tls_cert", args::field_value::<String>),
                    ],
                )?;
            let call = ctx.client()?.create_registry(body);
            ctx.print(&call.send().await?, None)
        }
        "list-registries" => {
            let call = ctx.client()?.list_registries();
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "registry_id",
                            "address",
                            "provider",
                            "region",
                            "namespace",
                            "is_default",
                        ],
                    },
                ),
            )
        }
        "get-registry" => {
            let call = ctx.client()?.get_registry(args::one::<String>(matches, "id")?);
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "registry_id",
                            "address",
                            "provider",
                            "region",
                            "namespace",
                            "is_default",
                        ],
                    },
                ),
            )
        }
        "update-registry" => {
            let body: crate::types::OpenApiRegistry = ctx
                .body(
                    matches,
                    &[
                        ("registry-id", "registry_id", args::field_value::<String>),
                        ("address", "address", args::field_value::<String>),
                        ("provider", "provider", args::field_value::<String>),
                        ("region", "region", args::field_value::<String>),
                        ("namespace", "namespace", args::field_value::<String>),
                        ("is-default", "is_default", args::field_value::<bool>),
                    ],
                )?;
            let call = ctx
                .client()?
                .update_registry(args::one::<String>(matches, "id")?, body);
            ctx.print(&call.send().await?, None)
        }
        _ => Err(Failure::unknown_command("registry", command)),
    }
}
/// `zadig registry create-registry`: `POST /openapi/system/registry`.
fn create_registry_command() -> Command {
    Command::new("create-registry")
        .about("Integrates a new image registry")
        .long_about(
            "Integrates a new image registry.\n\nPOST /openapi/system/registry\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (OpenApiCreateRegistryReq, JSON or YAML) is given with --body FILE (- for standard input), the field flags below, or both (the flags win).\n\nClient method: create_registry",
        )
        .args([
            args::body("OpenApiCreateRegistryReq", false),
            args::flag::<
                String,
            >(
                    "address",
                    "Address of the registry, with scheme (for example `https://registry.example.com`) (required) [body: address]",
                )
                .help_heading("Body fields"),
            args::choice(
                    "provider",
                    "Kind of registry; the server creates only these kinds through the API (required) [body: provider]",
                    &[
                        (
                            "native",
                            "A plain registry (Docker Registry, Nexus and the like).",
                        ),
                        ("harbor", "Harbor."),
                        ("dockerhub", "Docker Hub."),
                        ("acr", "Alibaba Cloud Container Registry."),
                        ("swr", "Huawei Cloud SoftWare Repository for Container."),
                        ("tcr", "Tencent Cloud Container Registry."),
                        ("ecr", "Amazon Elastic Container Registry (needs `region`)."),
                    ],
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >(
                    "namespace",
                    "Namespace (project) in the registry that images are pushed to; required for every kind but ECR [body: namespace]",
                )
                .help_heading("Body fields"),
            args::flag::<
                bool,
            >(
                    "is-default",
                    "Whether this becomes the default registry [body: is_default]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("access-key", "User name or access key to sign in with [body: access_key]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("secret-key", "Password or secret key to sign in with [body: secret_key]")
                .help_heading("Body fields"),
            args::flag::<
                bool,
            >("enable-tls", "Whether TLS certificates are verified [body: enable_tls]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("region", "Region of the registry; required for ECR [body: region]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >(
                    "tls-cert",
                    "CA certificate (PEM) to trust, for registries with a private certificate [body: tls_cert]",
                )
                .help_heading("Body fields"),
        ])
}
/// `zadig registry list-registries`: `GET /openapi/system/registry`.
fn list_registries_command() -> Command {
    Command::new("list-registries")
        .about("Lists the integrated image registries")
        .long_about(
            "Lists the integrated image registries.\n\nGET /openapi/system/registry\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns REGISTRY_ID, ADDRESS, PROVIDER, REGION, NAMESPACE, IS_DEFAULT.\n\nClient method: list_registries",
        )
}
/// `zadig registry get-registry`: `GET /openapi/system/registry/{id}`.
fn get_registry_command() -> Command {
    Command::new("get-registry")
        .about("Reads one image registry")
        .long_about(
            "Reads one image registry.\n\nGET /openapi/system/registry/{id}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns REGISTRY_ID, ADDRESS, PROVIDER, REGION, NAMESPACE, IS_DEFAULT.\n\nClient method: get_registry",
        )
        .args([
            args::flag::<String>("id", "Id of the image registry [path: id]")
                .required(true),
        ])
}
/// `zadig registry update-registry`: `PUT /openapi/system/registry/{id}`.
fn update_registry_command() -> Command {
    Command::new("update-registry")
        .about(
            "Changes the address, kind, namespace, region and default flag of an image registry",
        )
        .long_about(
            "Changes the address, kind, namespace, region and default flag of an image registry.\n\nPUT /openapi/system/registry/{id}\n\nThe body's `registry_id` is ignored (the path names the registry) and the credentials are kept as they are. Only system administrators may call this.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (OpenApiRegistry, JSON or YAML) is given with --body FILE (- for standard input), the field flags below, or both (the flags win).\n\nClient method: update_registry",
        )
        .args([
            args::flag::<String>("id", "Id of the image registry [path: id]")
                .required(true),
            args::body("OpenApiRegistry", false),
            args::flag::<
                String,
            >("registry-id", "Id of the registry integration [body: registry_id]")
                .help_heading("Body fields"),
            args::flag::<String>("address", "Address of the registry [body: address]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >(
                    "provider",
                    "Kind of registry (for example `harbor`, `dockerhub`, `acr`) [body: provider]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("region", "Region of the registry, for cloud registries [body: region]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("namespace", "Namespace (project) in the registry [body: namespace]")
                .help_heading("Body fields"),
            args::flag::<
                bool,
            >("is-default", "Whether this is the default registry [body: is_default]")
                .help_heading("Body fields"),
        ])
}
