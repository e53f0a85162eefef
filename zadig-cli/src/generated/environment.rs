// @generated from spec/environment.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig environment` commands: the Environment API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig environment` group and its commands.
pub(super) fn command() -> Command {
    Command::new("environment")
        .about("The Environment API (57 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            list_environments_command(),
            list_production_environments_command(),
            get_environment_command(),
            get_production_environment_command(),
            get_environment_service_command(),
            get_production_environment_service_command(),
            get_environment_service_yaml_command(),
            get_production_environment_service_yaml_command(),
            get_environment_service_values_command(),
            get_production_environment_service_values_command(),
            create_environment_command(),
            create_production_environment_command(),
            create_helm_environment_command(),
            update_environment_command(),
            update_production_environment_command(),
            delete_environment_command(),
            delete_production_environment_command(),
            add_environment_services_command(),
            add_production_environment_services_command(),
            add_helm_environment_services_command(),
            update_environment_services_command(),
            update_production_environment_services_command(),
            delete_environment_services_command(),
            delete_production_environment_services_command(),
            list_environment_global_variables_command(),
            list_production_environment_global_variables_command(),
            update_environment_global_variables_command(),
            update_production_environment_global_variables_command(),
            create_env_config_command(),
            create_production_env_config_command(),
            list_env_configs_command(),
            list_production_env_configs_command(),
            get_env_config_command(),
            get_production_env_config_command(),
            update_env_config_command(),
            update_production_env_config_command(),
            delete_env_config_command(),
            delete_production_env_config_command(),
            scale_workload_command(),
            restart_environment_service_command(),
            restart_production_environment_service_command(),
            list_environment_service_pods_command(),
            list_production_environment_service_pods_command(),
            restart_environment_service_pod_command(),
            restart_production_environment_service_pod_command(),
            update_deployment_image_command(),
            update_statefulset_image_command(),
            update_cronjob_image_command(),
            update_job_image_command(),
            list_environment_events_command(),
            check_workload_k8s_services_command(),
            enable_sub_environment_command(),
            disable_sub_environment_command(),
            check_sub_environment_ready_command(),
            get_entry_service_command(),
            set_entry_service_command(),
            stream_container_logs_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "list-environments" => {
            let call = ctx
                .client()?
                .list_environments(args::one::<String>(matches, "project-key")?);
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "env_key",
                            "envName",
                            "cluster_id",
                            "namespace",
                            "production",
                            "registry_id",
                        ],
                    },
                ),
            )
        }
        "list-production-environments" => {
            let call = ctx
                .client()?
                .list_production_environments(
                    args::one::<String>(matches, "project-key")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "env_key",
                            "envName",
                            "cluster_id",
                            "namespace",
                            "production",
                            "registry_id",
                        ],
                    },
                ),
            )
        }
        "get-environment" => {
            let call = ctx
                .client()?
                .get_environment(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "project_key",
                            "env_key",
                            "env_name",
                            "update_by",
                            "update_time",
                            "cluster_id",
                        ],
                    },
                ),
            )
        }
        "get-production-environment" => {
            let call = ctx
                .client()?
                .get_production_environment(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "project_key",
                            "env_key",
                            "env_name",
                            "update_by",
                            "update_time",
                            "cluster_id",
                        ],
                    },
                ),
            )
        }
        "get-environment-service" => {
            let mut call = ctx
                .client()?
                .get_environment_service(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "service-name")?,
                );
            if let Some(value) = args::opt::<String>(matches, "work-load-type") {
                call = call.work_load_type(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "service_name",
                            "namespace",
                            "env_name",
                            "product_name",
                            "group_name",
                        ],
                    },
                ),
            )
        }
        "get-production-environment-service" => {
            let mut call = ctx
                .client()?
                .get_production_environment_service(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "service-name")?,
                );
            if let Some(value) = args::opt::<String>(matches, "work-load-type") {
                call = call.work_load_type(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "service_name",
                            "namespace",
                            "env_name",
                            "product_name",
                            "group_name",
                        ],
                    },
                ),
            )
        }
        "get-environment-service-yaml" => {
            let call = ctx
                .client()?
                .get_environment_service_yaml(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "service-name")?,
                );
            ctx.print_text(&call.send().await?)
        }
        "get-production-environment-service-yaml" => {
            let call = ctx
                .client()?
                .get_production_environment_service_yaml(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "service-name")?,
                );
            ctx.print_text(&call.send().await?)
        }
        "get-environment-service-values" => {
            let call = ctx
                .client()?
                .get_environment_service_values(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "service-name")?,
                );
            ctx.print_text(&call.send().await?)
        }
        "get-production-environment-service-values" => {
            let call = ctx
                .client()?
                .get_production_environment_service_values(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "service-name")?,
                );
            ctx.print_text(&call.send().await?)
        }
        "create-environment" => {
            let body: crate::types::CreateEnvironmentRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .create_environment(args::one::<String>(matches, "project-key")?, body);
            ctx.print(&call.send().await?, None)
        }
        "create-production-environment" => {
            let body: crate::types::CreateEnvironmentRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .create_production_environment(
                    args::one::<String>(matches, "project-key")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "create-helm-environment" => {
            let body: crate::types::CreateHelmEnvironmentRequest = ctx
                .body(matches, &[])?;
            let call = ctx
                .client()?
                .create_helm_environment(
                    args::one::<String>(matches, "project-key")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "update-environment" => {
            let body: crate::types::EnvironmentDetail = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .update_environment(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "update-production-environment" => {
            let body: crate::types::EnvironmentDetail = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .update_production_environment(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "delete-environment" => {
            let call = ctx
                .client()?
                .delete_environment(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<bool>(matches, "is-delete")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "delete-production-environment" => {
            let call = ctx
                .client()?
                .delete_production_environment(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "add-environment-services" => {
            let body: crate::types::AddEnvironmentServicesRequest = ctx
                .body(matches, &[])?;
            let call = ctx
                .client()?
                .add_environment_services(
                    args::one::<String>(matches, "project-key")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "add-production-environment-services" => {
            let body: crate::types::AddEnvironmentServicesRequest = ctx
                .body(matches, &[])?;
            let call = ctx
                .client()?
                .add_production_environment_services(
                    args::one::<String>(matches, "project-key")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "add-helm-environment-services" => {
            let body: crate::types::AddHelmServicesRequest = ctx.body(matches, &[])?;
            let mut call = ctx
                .client()?
                .add_helm_environment_services(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    body,
                );
            if let Some(value) = args::opt::<String>(matches, "production") {
                call = call.production(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["env_name", "status", "err_message"],
                    },
                ),
            )
        }
        "update-environment-services" => {
            let body: crate::types::UpdateEnvironmentServicesRequest = ctx
                .body(matches, &[])?;
            let call = ctx
                .client()?
                .update_environment_services(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "update-production-environment-services" => {
            let body: crate::types::UpdateEnvironmentServicesRequest = ctx
                .body(matches, &[])?;
            let call = ctx
                .client()?
                .update_production_environment_services(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "delete-environment-services" => {
            let body: crate::types::DeleteEnvironmentServicesRequest = ctx
                .body(matches, &[])?;
            let call = ctx
                .client()?
                .delete_environment_services(
                    args::one::<String>(matches, "project-key")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "delete-production-environment-services" => {
            let body: crate::types::DeleteEnvironmentServicesRequest = ctx
                .body(matches, &[])?;
            let call = ctx
                .client()?
                .delete_production_environment_services(
                    args::one::<String>(matches, "project-key")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "list-environment-global-variables" => {
            let call = ctx
                .client()?
                .list_environment_global_variables(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["key", "type", "desc"],
                    },
                ),
            )
        }
        "list-production-environment-global-variables" => {
            let call = ctx
                .client()?
                .list_production_environment_global_variables(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["key", "type", "desc"],
                    },
                ),
            )
        }
        "update-environment-global-variables" => {
            let body: crate::types::UpdateGlobalVariablesRequest = ctx
                .body(matches, &[])?;
            let call = ctx
                .client()?
                .update_environment_global_variables(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "update-production-environment-global-variables" => {
            let body: crate::types::UpdateGlobalVariablesRequest = ctx
                .body(matches, &[])?;
            let call = ctx
                .client()?
                .update_production_environment_global_variables(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "create-env-config" => {
            let body: crate::types::CreateEnvConfigRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .create_env_config(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "create-production-env-config" => {
            let body: crate::types::CreateEnvConfigRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .create_production_env_config(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "list-env-configs" => {
            let call = ctx
                .client()?
                .list_env_configs(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    crate::types::EnvConfigType::from(
                        args::one::<String>(matches, "type")?,
                    ),
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "name",
                            "env_name",
                            "project_name",
                            "common_env_cfg_type",
                            "update_by",
                            "update_time",
                        ],
                    },
                ),
            )
        }
        "list-production-env-configs" => {
            let call = ctx
                .client()?
                .list_production_env_configs(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    crate::types::EnvConfigType::from(
                        args::one::<String>(matches, "type")?,
                    ),
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "name",
                            "env_name",
                            "project_name",
                            "common_env_cfg_type",
                            "update_by",
                            "update_time",
                        ],
                    },
                ),
            )
        }
        "get-env-config" => {
            let call = ctx
                .client()?
                .get_env_config(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "cfg-name")?,
                    crate::types::EnvConfigType::from(
                        args::one::<String>(matches, "type")?,
                    ),
                );
            ctx.print(&call.send().await?, None)
        }
        "get-production-env-config" => {
            let call = ctx
                .client()?
                .get_production_env_config(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "cfg-name")?,
                    crate::types::EnvConfigType::from(
                        args::one::<String>(matches, "type")?,
                    ),
                );
            ctx.print(&call.send().await?, None)
        }
        "update-env-config" => {
            let body: crate::types::UpdateEnvConfigRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .update_env_config(args::one::<String>(matches, "project-key")?, body);
            ctx.print(&call.send().await?, None)
        }
        "update-production-env-config" => {
            let body: crate::types::UpdateEnvConfigRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .update_production_env_config(
                    args::one::<String>(matches, "project-key")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "delete-env-config" => {
            let call = ctx
                .client()?
                .delete_env_config(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "cfg-name")?,
                    args::one::<String>(matches, "type")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "delete-production-env-config" => {
            let call = ctx
                .client()?
                .delete_production_env_config(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "cfg-name")?,
                    args::one::<String>(matches, "type")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "scale-workload" => {
            let body: crate::types::ScaleWorkloadRequest = ctx
                .body(
                    matches,
                    &[
                        ("project-key", "project_key", args::field_value::<String>),
                        ("env-key", "env_key", args::field_value::<String>),
                        ("workload-name", "workload_name", args::field_value::<String>),
                        ("workload-type", "workload_type", args::field_value::<String>),
                        ("service-name", "service_name", args::field_value::<String>),
                        ("target-replicas", "target_replicas", args::field_value::<i64>),
                    ],
                )?;
            let call = ctx.client()?.scale_workload(body);
            ctx.print(&call.send().await?, None)
        }
        "restart-environment-service" => {
            let call = ctx
                .client()?
                .restart_environment_service(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "service-name")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "restart-production-environment-service" => {
            let call = ctx
                .client()?
                .restart_production_environment_service(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "service-name")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "list-environment-service-pods" => {
            let call = ctx
                .client()?
                .list_environment_service_pods(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "service-name")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("pods"),
                        columns: &[
                            "pod_name",
                            "status",
                            "pod_ready",
                            "containers_ready",
                            "create_time",
                            "ip",
                        ],
                    },
                ),
            )
        }
        "list-production-environment-service-pods" => {
            let call = ctx
                .client()?
                .list_production_environment_service_pods(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "service-name")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("pods"),
                        columns: &[
                            "pod_name",
                            "status",
                            "pod_ready",
                            "containers_ready",
                            "create_time",
                            "ip",
                        ],
                    },
                ),
            )
        }
        "restart-environment-service-pod" => {
            let call = ctx
                .client()?
                .restart_environment_service_pod(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "service-name")?,
                    args::one::<String>(matches, "pod-name")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["message"],
                    },
                ),
            )
        }
        "restart-production-environment-service-pod" => {
            let call = ctx
                .client()?
                .restart_production_environment_service_pod(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "service-name")?,
                    args::one::<String>(matches, "pod-name")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["message"],
                    },
                ),
            )
        }
        "update-deployment-image" => {
            let body: crate::types::UpdateContainerImageRequest = ctx
                .body(
                    matches,
                    &[
                        ("type", "type", args::field_value::<String>),
                        ("product-name", "product_name", args::field_value::<String>),
                        ("service-name", "service_name", args::field_value::<String>),
                        ("name", "name", args::field_value::<String>),
                        (
                            "container-name",
                            "container_name",
                            args::field_value::<String>,
                        ),
                        ("image", "image", args::field_value::<String>),
                    ],
                )?;
            let call = ctx
                .client()?
                .update_deployment_image(
                    args::one::<String>(matches, "env-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "update-statefulset-image" => {
            let body: crate::types::UpdateContainerImageRequest = ctx
                .body(
                    matches,
                    &[
                        ("type", "type", args::field_value::<String>),
                        ("product-name", "product_name", args::field_value::<String>),
                        ("service-name", "service_name", args::field_value::<String>),
                        ("name", "name", args::field_value::<String>),
                        (
                            "container-name",
                            "container_name",
                            args::field_value::<String>,
                        ),
                        ("image", "image", args::field_value::<String>),
                    ],
                )?;
            let call = ctx
                .client()?
                .update_statefulset_image(
                    args::one::<String>(matches, "env-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "update-cronjob-image" => {
            let body: crate::types::UpdateContainerImageRequest = ctx
                .body(
                    matches,
                    &[
                        ("type", "type", args::field_value::<String>),
                        ("product-name", "product_name", args::field_value::<String>),
                        ("service-name", "service_name", args::field_value::<String>),
                        ("name", "name", args::field_value::<String>),
                        (
                            "container-name",
                            "container_name",
                            args::field_value::<String>,
                        ),
                        ("image", "image", args::field_value::<String>),
                    ],
                )?;
            let call = ctx
                .client()?
                .update_cronjob_image(args::one::<String>(matches, "env-name")?, body);
            ctx.print(&call.send().await?, None)
        }
        "update-job-image" => {
            let body: crate::types::UpdateContainerImageRequest = ctx
                .body(
                    matches,
                    &[
                        ("type", "type", args::field_value::<String>),
                        ("product-name", "product_name", args::field_value::<String>),
                        ("service-name", "service_name", args::field_value::<String>),
                        ("name", "name", args::field_value::<String>),
                        (
                            "container-name",
                            "container_name",
                            args::field_value::<String>,
                        ),
                        ("image", "image", args::field_value::<String>),
                    ],
                )?;
            let call = ctx
                .client()?
                .update_job_image(args::one::<String>(matches, "env-name")?, body);
            ctx.print(&call.send().await?, None)
        }
        "list-environment-events" => {
            let mut call = ctx
                .client()?
                .list_environment_events(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                );
            if let Some(value) = args::opt::<String>(matches, "name") {
                call = call.name(value);
            }
            if let Some(value) = args::opt::<String>(matches, "type") {
                call = call.r#type(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "reason",
                            "message",
                            "first_seen",
                            "last_seen",
                            "count",
                            "type",
                        ],
                    },
                ),
            )
        }
        "check-workload-k8s-services" => {
            let call = ctx
                .client()?
                .check_workload_k8s_services(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "enable-sub-environment" => {
            let call = ctx
                .client()?
                .enable_sub_environment(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "disable-sub-environment" => {
            let call = ctx
                .client()?
                .disable_sub_environment(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "check-sub-environment-ready" => {
            let call = ctx
                .client()?
                .check_sub_environment_ready(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "op")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["is_ready"],
                    },
                ),
            )
        }
        "get-entry-service" => {
            let call = ctx
                .client()?
                .get_entry_service(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "service-name")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "set-entry-service" => {
            let body: Vec<crate::types::EntryServiceServer> = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .set_entry_service(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "service-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "stream-container-logs" => {
            let mut call = ctx
                .client()?
                .stream_container_logs(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "env-name")?,
                    args::one::<String>(matches, "pod-name")?,
                    args::one::<String>(matches, "container-name")?,
                );
            if let Some(value) = args::opt::<i64>(matches, "tails") {
                call = call.tails(value);
            }
            if let Some(value) = args::opt::<String>(matches, "since") {
                call = call.since(value);
            }
            ctx.print_lines(call.send().await?).await
        }
        _ => Err(Failure::unknown_command("environment", command)),
    }
}
/// `zadig environment list-environments`: `GET /openapi/environments`.
fn list_environments_command() -> Command {
    Command::new("list-environments")
        .about("Lists the test environments of a project")
        .long_about(
            "Lists the test environments of a project.\n\nGET /openapi/environments\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns ENV_KEY, ENVNAME, CLUSTER_ID, NAMESPACE, PRODUCTION, REGISTRY_ID.\n\nClient method: list_environments",
        )
        .args([
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment list-production-environments`: `GET /openapi/environments/production`.
fn list_production_environments_command() -> Command {
    Command::new("list-production-environments")
        .about("Lists the production environments of a project")
        .long_about(
            "Lists the production environments of a project.\n\nGET /openapi/environments/production\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns ENV_KEY, ENVNAME, CLUSTER_ID, NAMESPACE, PRODUCTION, REGISTRY_ID.\n\nClient method: list_production_environments",
        )
        .args([
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment get-environment`: `GET /openapi/environments/{name}`.
fn get_environment_command() -> Command {
    Command::new("get-environment")
        .about("Reads one test environment with its global variables and services")
        .long_about(
            "Reads one test environment with its global variables and services.\n\nGET /openapi/environments/{name}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns PROJECT_KEY, ENV_KEY, ENV_NAME, UPDATE_BY, UPDATE_TIME, CLUSTER_ID.\n\nClient method: get_environment",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment get-production-environment`: `GET /openapi/environments/production/{name}`.
fn get_production_environment_command() -> Command {
    Command::new("get-production-environment")
        .about("Reads one production environment with its global variables and services")
        .long_about(
            "Reads one production environment with its global variables and services.\n\nGET /openapi/environments/production/{name}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns PROJECT_KEY, ENV_KEY, ENV_NAME, UPDATE_BY, UPDATE_TIME, CLUSTER_ID.\n\nClient method: get_production_environment",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment get-environment-service`: `GET /openapi/environments/{name}/services/{serviceName}`.
fn get_environment_service_command() -> Command {
    Command::new("get-environment-service")
        .about(
            "Reads the workloads, pods, ingresses and Kubernetes services of one service in a test environment",
        )
        .long_about(
            "Reads the workloads, pods, ingresses and Kubernetes services of one service in a test environment.\n\nGET /openapi/environments/{name}/services/{serviceName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns SERVICE_NAME, NAMESPACE, ENV_NAME, PRODUCT_NAME, GROUP_NAME.\n\nClient method: get_environment_service",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Key of the project. The server looks the environment up by it and checks a caller's permissions against it: without it, it finds nothing, and refuses a caller who is not a system administrator [query: projectKey]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                "work-load-type",
                "Kind of workload to look at (Deployment, StatefulSet or CronJob). Only Helm environments use it; the server ignores it for K8s YAML environments [query: workLoadType]",
            ),
        ])
}
/// `zadig environment get-production-environment-service`: `GET /openapi/environments/production/{name}/services/{serviceName}`.
fn get_production_environment_service_command() -> Command {
    Command::new("get-production-environment-service")
        .about(
            "Reads the workloads, pods, ingresses and Kubernetes services of one service in a production environment",
        )
        .long_about(
            "Reads the workloads, pods, ingresses and Kubernetes services of one service in a production environment.\n\nGET /openapi/environments/production/{name}/services/{serviceName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns SERVICE_NAME, NAMESPACE, ENV_NAME, PRODUCT_NAME, GROUP_NAME.\n\nClient method: get_production_environment_service",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Key of the project. The server looks the environment up by it and checks a caller's permissions against it: without it, it finds nothing, and refuses a caller who is not a system administrator [query: projectKey]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                "work-load-type",
                "Kind of workload to look at (Deployment, StatefulSet or CronJob). Only Helm environments use it; the server ignores it for K8s YAML environments [query: workLoadType]",
            ),
        ])
}
/// `zadig environment get-environment-service-yaml`: `GET /openapi/environments/service/yaml`.
fn get_environment_service_yaml_command() -> Command {
    Command::new("get-environment-service-yaml")
        .about(
            "Returns the rendered Kubernetes YAML of one service in a test environment",
        )
        .long_about(
            "Returns the rendered Kubernetes YAML of one service in a test environment.\n\nGET /openapi/environments/service/yaml\n\nServed by: v4.0.0 and later\n\nClient method: get_environment_service_yaml",
        )
        .args([
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::flag::<String>("env-name", "Key of the environment [query: envName]")
                .required(true),
            args::flag::<
                String,
            >("service-name", "Name of the service [query: serviceName]")
                .required(true),
        ])
}
/// `zadig environment get-production-environment-service-yaml`: `GET /openapi/environments/production/service/yaml`.
fn get_production_environment_service_yaml_command() -> Command {
    Command::new("get-production-environment-service-yaml")
        .about(
            "Returns the rendered Kubernetes YAML of one service in a production environment",
        )
        .long_about(
            "Returns the rendered Kubernetes YAML of one service in a production environment.\n\nGET /openapi/environments/production/service/yaml\n\nServed by: v4.0.0 and later\n\nClient method: get_production_environment_service_yaml",
        )
        .args([
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::flag::<String>("env-name", "Key of the environment [query: envName]")
                .required(true),
            args::flag::<
                String,
            >("service-name", "Name of the service [query: serviceName]")
                .required(true),
        ])
}
/// `zadig environment get-environment-service-values`: `GET /openapi/environments/service/values`.
fn get_environment_service_values_command() -> Command {
    Command::new("get-environment-service-values")
        .about("Returns the Helm values in effect for one service in a test environment")
        .long_about(
            "Returns the Helm values in effect for one service in a test environment.\n\nGET /openapi/environments/service/values\n\nServed by: v4.0.0 and later\n\nClient method: get_environment_service_values",
        )
        .args([
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::flag::<String>("env-name", "Key of the environment [query: envName]")
                .required(true),
            args::flag::<
                String,
            >("service-name", "Name of the service [query: serviceName]")
                .required(true),
        ])
}
/// `zadig environment get-production-environment-service-values`: `GET /openapi/environments/production/service/values`.
fn get_production_environment_service_values_command() -> Command {
    Command::new("get-production-environment-service-values")
        .about(
            "Returns the Helm values in effect for one service in a production environment",
        )
        .long_about(
            "Returns the Helm values in effect for one service in a production environment.\n\nGET /openapi/environments/production/service/values\n\nServed by: v4.0.0 and later\n\nClient method: get_production_environment_service_values",
        )
        .args([
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::flag::<String>("env-name", "Key of the environment [query: envName]")
                .required(true),
            args::flag::<
                String,
            >("service-name", "Name of the service [query: serviceName]")
                .required(true),
        ])
}
/// `zadig environment create-environment`: `POST /openapi/environments`.
fn create_environment_command() -> Command {
    Command::new("create-environment")
        .about(
            "Creates a test environment, optionally with services, global variables and configurations",
        )
        .long_about(
            "Creates a test environment, optionally with services, global variables and configurations.\n\nPOST /openapi/environments\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (CreateEnvironmentRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_environment",
        )
        .args([
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("CreateEnvironmentRequest", true),
        ])
}
/// `zadig environment create-production-environment`: `POST /openapi/environments/production`.
fn create_production_environment_command() -> Command {
    Command::new("create-production-environment")
        .about("Creates a production environment")
        .long_about(
            "Creates a production environment.\n\nPOST /openapi/environments/production\n\nThe docs list only the basic fields (key, name, cluster, namespace, registry) for the production variant; the server reads the same body as for test environments.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (CreateEnvironmentRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_production_environment",
        )
        .args([
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("CreateEnvironmentRequest", true),
        ])
}
/// `zadig environment create-helm-environment`: `POST /openapi/environments/helm`.
fn create_helm_environment_command() -> Command {
    Command::new("create-helm-environment")
        .about("Creates an empty test or production environment for a Helm project")
        .long_about(
            "Creates an empty test or production environment for a Helm project.\n\nPOST /openapi/environments/helm\n\nCreates the environment only (cluster, namespace, registry, optional sub-environment); services are added afterwards with `add_helm_environment_services`.\n\nServed by: v4.2.0 and later\n\nThe body (CreateHelmEnvironmentRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_helm_environment",
        )
        .args([
            args::flag::<
                String,
            >(
                    "project-key",
                    "Key of the project; the server rejects a request without it and checks a caller's permissions against it [query: projectKey]",
                )
                .required(true),
            args::body("CreateHelmEnvironmentRequest", true),
        ])
}
/// `zadig environment update-environment`: `PUT /openapi/environments/{name}`.
fn update_environment_command() -> Command {
    Command::new("update-environment")
        .about("Changes the image registry of a test environment")
        .long_about(
            "Changes the image registry of a test environment.\n\nPUT /openapi/environments/{name}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (EnvironmentDetail, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_environment",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("EnvironmentDetail", true),
        ])
}
/// `zadig environment update-production-environment`: `PUT /openapi/environments/production/{name}`.
fn update_production_environment_command() -> Command {
    Command::new("update-production-environment")
        .about("Changes the image registry or display name of a production environment")
        .long_about(
            "Changes the image registry or display name of a production environment.\n\nPUT /openapi/environments/production/{name}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (EnvironmentDetail, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_production_environment",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("EnvironmentDetail", true),
        ])
}
/// `zadig environment delete-environment`: `DELETE /openapi/environments/{name}`.
fn delete_environment_command() -> Command {
    Command::new("delete-environment")
        .about("Deletes a test environment")
        .long_about(
            "Deletes a test environment.\n\nDELETE /openapi/environments/{name}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_environment",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::flag::<
                bool,
            >(
                    "is-delete",
                    "Also remove the environment's Kubernetes namespace and the services in it [query: isDelete]",
                )
                .required(true),
        ])
}
/// `zadig environment delete-production-environment`: `DELETE /openapi/environments/production/{name}`.
fn delete_production_environment_command() -> Command {
    Command::new("delete-production-environment")
        .about("Deletes a production environment")
        .long_about(
            "Deletes a production environment.\n\nDELETE /openapi/environments/production/{name}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_production_environment",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment add-environment-services`: `POST /openapi/environments/service/yaml`.
fn add_environment_services_command() -> Command {
    Command::new("add-environment-services")
        .about("Deploys services of the project into a test environment")
        .long_about(
            "Deploys services of the project into a test environment.\n\nPOST /openapi/environments/service/yaml\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (AddEnvironmentServicesRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: add_environment_services",
        )
        .args([
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("AddEnvironmentServicesRequest", true),
        ])
}
/// `zadig environment add-production-environment-services`: `POST /openapi/environments/production/service/yaml`.
fn add_production_environment_services_command() -> Command {
    Command::new("add-production-environment-services")
        .about("Deploys services of the project into a production environment")
        .long_about(
            "Deploys services of the project into a production environment.\n\nPOST /openapi/environments/production/service/yaml\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (AddEnvironmentServicesRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: add_production_environment_services",
        )
        .args([
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("AddEnvironmentServicesRequest", true),
        ])
}
/// `zadig environment add-helm-environment-services`: `POST /openapi/environments/helm/{name}/services`.
fn add_helm_environment_services_command() -> Command {
    Command::new("add-helm-environment-services")
        .about(
            "Deploys Helm services of the project into an environment, with their values",
        )
        .long_about(
            "Deploys Helm services of the project into an environment, with their values.\n\nPOST /openapi/environments/helm/{name}/services\n\nThe answer gives the state of the environment after the request. The server takes the environment from the body's `env_name` (and `production`), not from the path.\n\nServed by: v4.2.0 and later\n\nThe body (AddHelmServicesRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nWith --output table: a row per item, columns ENV_NAME, STATUS, ERR_MESSAGE.\n\nClient method: add_helm_environment_services",
        )
        .args([
            args::flag::<
                String,
            >(
                    "env-name",
                    "Key of the environment; the server reads the body's `env_name` instead, so keep them equal [path: name]",
                )
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::flag::<
                String,
            >(
                "production",
                "`true` when the environment is a production one. v4.2.0 reads it for the licence and permission checks (later releases read the body's `production`); keep the two equal [query: production] [read by v4.2.0 only]",
            ),
            args::body("AddHelmServicesRequest", true),
        ])
}
/// `zadig environment update-environment-services`: `PUT /openapi/environments/{name}/services`.
fn update_environment_services_command() -> Command {
    Command::new("update-environment-services")
        .about(
            "Changes the variables of services already deployed in a test environment and redeploys them",
        )
        .long_about(
            "Changes the variables of services already deployed in a test environment and redeploys them.\n\nPUT /openapi/environments/{name}/services\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (UpdateEnvironmentServicesRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_environment_services",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("UpdateEnvironmentServicesRequest", true),
        ])
}
/// `zadig environment update-production-environment-services`: `PUT /openapi/environments/production/{name}/services`.
fn update_production_environment_services_command() -> Command {
    Command::new("update-production-environment-services")
        .about(
            "Changes the variables of services already deployed in a production environment and redeploys them",
        )
        .long_about(
            "Changes the variables of services already deployed in a production environment and redeploys them.\n\nPUT /openapi/environments/production/{name}/services\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (UpdateEnvironmentServicesRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_production_environment_services",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("UpdateEnvironmentServicesRequest", true),
        ])
}
/// `zadig environment delete-environment-services`: `DELETE /openapi/environments/service/yaml`.
fn delete_environment_services_command() -> Command {
    Command::new("delete-environment-services")
        .about("Removes services from a test environment")
        .long_about(
            "Removes services from a test environment.\n\nDELETE /openapi/environments/service/yaml\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (DeleteEnvironmentServicesRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: delete_environment_services",
        )
        .args([
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("DeleteEnvironmentServicesRequest", true),
        ])
}
/// `zadig environment delete-production-environment-services`: `DELETE /openapi/environments/production/service/yaml`.
fn delete_production_environment_services_command() -> Command {
    Command::new("delete-production-environment-services")
        .about("Removes services from a production environment")
        .long_about(
            "Removes services from a production environment.\n\nDELETE /openapi/environments/production/service/yaml\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (DeleteEnvironmentServicesRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: delete_production_environment_services",
        )
        .args([
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("DeleteEnvironmentServicesRequest", true),
        ])
}
/// `zadig environment list-environment-global-variables`: `GET /openapi/environments/{name}/variable`.
fn list_environment_global_variables_command() -> Command {
    Command::new("list-environment-global-variables")
        .about("Lists the global variables of a test environment")
        .long_about(
            "Lists the global variables of a test environment.\n\nGET /openapi/environments/{name}/variable\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns KEY, TYPE, DESC.\n\nClient method: list_environment_global_variables",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment list-production-environment-global-variables`: `GET /openapi/environments/production/{name}/variable`.
fn list_production_environment_global_variables_command() -> Command {
    Command::new("list-production-environment-global-variables")
        .about("Lists the global variables of a production environment")
        .long_about(
            "Lists the global variables of a production environment.\n\nGET /openapi/environments/production/{name}/variable\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns KEY, TYPE, DESC.\n\nClient method: list_production_environment_global_variables",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment update-environment-global-variables`: `PUT /openapi/environments/{name}/variable`.
fn update_environment_global_variables_command() -> Command {
    Command::new("update-environment-global-variables")
        .about(
            "Sets global variables of a test environment; services using them are redeployed",
        )
        .long_about(
            "Sets global variables of a test environment; services using them are redeployed.\n\nPUT /openapi/environments/{name}/variable\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (UpdateGlobalVariablesRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_environment_global_variables",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("UpdateGlobalVariablesRequest", true),
        ])
}
/// `zadig environment update-production-environment-global-variables`: `PUT /openapi/environments/production/{name}/variable`.
fn update_production_environment_global_variables_command() -> Command {
    Command::new("update-production-environment-global-variables")
        .about(
            "Sets global variables of a production environment; services using them are redeployed",
        )
        .long_about(
            "Sets global variables of a production environment; services using them are redeployed.\n\nPUT /openapi/environments/production/{name}/variable\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (UpdateGlobalVariablesRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_production_environment_global_variables",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("UpdateGlobalVariablesRequest", true),
        ])
}
/// `zadig environment create-env-config`: `POST /openapi/environments/{name}/envcfgs`.
fn create_env_config_command() -> Command {
    Command::new("create-env-config")
        .about(
            "Adds a configuration resource (ConfigMap, Secret, Ingress, PVC) to a test environment",
        )
        .long_about(
            "Adds a configuration resource (ConfigMap, Secret, Ingress, PVC) to a test environment.\n\nPOST /openapi/environments/{name}/envcfgs\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (CreateEnvConfigRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_env_config",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("CreateEnvConfigRequest", true),
        ])
}
/// `zadig environment create-production-env-config`: `POST /openapi/environments/production/{name}/envcfgs`.
fn create_production_env_config_command() -> Command {
    Command::new("create-production-env-config")
        .about(
            "Adds a configuration resource (ConfigMap, Secret, Ingress, PVC) to a production environment",
        )
        .long_about(
            "Adds a configuration resource (ConfigMap, Secret, Ingress, PVC) to a production environment.\n\nPOST /openapi/environments/production/{name}/envcfgs\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (CreateEnvConfigRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_production_env_config",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("CreateEnvConfigRequest", true),
        ])
}
/// `zadig environment list-env-configs`: `GET /openapi/environments/{name}/envcfgs`.
fn list_env_configs_command() -> Command {
    Command::new("list-env-configs")
        .about("Lists the configuration resources of one kind in a test environment")
        .long_about(
            "Lists the configuration resources of one kind in a test environment.\n\nGET /openapi/environments/{name}/envcfgs\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns NAME, ENV_NAME, PROJECT_NAME, COMMON_ENV_CFG_TYPE, UPDATE_BY, UPDATE_TIME.\n\nClient method: list_env_configs",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::choice(
                    "type",
                    "Kind of configuration resource: `ConfigMap`, `Secret`, `Ingress` or `PVC`; the server rejects a request without one of these [query: type]",
                    &[
                        ("ConfigMap", "A Kubernetes ConfigMap."),
                        ("Secret", "A Kubernetes Secret."),
                        ("Ingress", "A Kubernetes Ingress."),
                        ("PVC", "A Kubernetes PersistentVolumeClaim."),
                    ],
                )
                .required(true),
        ])
}
/// `zadig environment list-production-env-configs`: `GET /openapi/environments/production/{name}/envcfgs`.
fn list_production_env_configs_command() -> Command {
    Command::new("list-production-env-configs")
        .about(
            "Lists the configuration resources of one kind in a production environment",
        )
        .long_about(
            "Lists the configuration resources of one kind in a production environment.\n\nGET /openapi/environments/production/{name}/envcfgs\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns NAME, ENV_NAME, PROJECT_NAME, COMMON_ENV_CFG_TYPE, UPDATE_BY, UPDATE_TIME.\n\nClient method: list_production_env_configs",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::choice(
                    "type",
                    "Kind of configuration resource: `ConfigMap`, `Secret`, `Ingress` or `PVC`; the server rejects a request without one of these [query: type]",
                    &[
                        ("ConfigMap", "A Kubernetes ConfigMap."),
                        ("Secret", "A Kubernetes Secret."),
                        ("Ingress", "A Kubernetes Ingress."),
                        ("PVC", "A Kubernetes PersistentVolumeClaim."),
                    ],
                )
                .required(true),
        ])
}
/// `zadig environment get-env-config`: `GET /openapi/environments/{name}/envcfg/{cfgName}`.
fn get_env_config_command() -> Command {
    Command::new("get-env-config")
        .about("Reads one configuration resource of a test environment")
        .long_about(
            "Reads one configuration resource of a test environment.\n\nGET /openapi/environments/{name}/envcfg/{cfgName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: get_env_config",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<
                String,
            >("cfg-name", "Name of the configuration resource [path: cfgName]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::choice(
                    "type",
                    "Kind of configuration resource: `ConfigMap`, `Secret`, `Ingress` or `PVC`; the server rejects a request without one of these [query: type]",
                    &[
                        ("ConfigMap", "A Kubernetes ConfigMap."),
                        ("Secret", "A Kubernetes Secret."),
                        ("Ingress", "A Kubernetes Ingress."),
                        ("PVC", "A Kubernetes PersistentVolumeClaim."),
                    ],
                )
                .required(true),
        ])
}
/// `zadig environment get-production-env-config`: `GET /openapi/environments/production/{name}/envcfg/{cfgName}`.
fn get_production_env_config_command() -> Command {
    Command::new("get-production-env-config")
        .about("Reads one configuration resource of a production environment")
        .long_about(
            "Reads one configuration resource of a production environment.\n\nGET /openapi/environments/production/{name}/envcfg/{cfgName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: get_production_env_config",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<
                String,
            >("cfg-name", "Name of the configuration resource [path: cfgName]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::choice(
                    "type",
                    "Kind of configuration resource: `ConfigMap`, `Secret`, `Ingress` or `PVC`; the server rejects a request without one of these [query: type]",
                    &[
                        ("ConfigMap", "A Kubernetes ConfigMap."),
                        ("Secret", "A Kubernetes Secret."),
                        ("Ingress", "A Kubernetes Ingress."),
                        ("PVC", "A Kubernetes PersistentVolumeClaim."),
                    ],
                )
                .required(true),
        ])
}
/// `zadig environment update-env-config`: `PUT /openapi/environments/envcfgs`.
fn update_env_config_command() -> Command {
    Command::new("update-env-config")
        .about(
            "Replaces the content of one configuration resource of a test environment",
        )
        .long_about(
            "Replaces the content of one configuration resource of a test environment.\n\nPUT /openapi/environments/envcfgs\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (UpdateEnvConfigRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_env_config",
        )
        .args([
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("UpdateEnvConfigRequest", true),
        ])
}
/// `zadig environment update-production-env-config`: `PUT /openapi/environments/production/envcfgs`.
fn update_production_env_config_command() -> Command {
    Command::new("update-production-env-config")
        .about(
            "Replaces the content of one configuration resource of a production environment",
        )
        .long_about(
            "Replaces the content of one configuration resource of a production environment.\n\nPUT /openapi/environments/production/envcfgs\n\nNot documented on its own; the server serves it with the same body as the test route.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (UpdateEnvConfigRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_production_env_config",
        )
        .args([
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("UpdateEnvConfigRequest", true),
        ])
}
/// `zadig environment delete-env-config`: `DELETE /openapi/environments/{name}/envcfg/{cfgName}`.
fn delete_env_config_command() -> Command {
    Command::new("delete-env-config")
        .about("Removes one configuration resource from a test environment")
        .long_about(
            "Removes one configuration resource from a test environment.\n\nDELETE /openapi/environments/{name}/envcfg/{cfgName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_env_config",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<
                String,
            >("cfg-name", "Name of the configuration resource [path: cfgName]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::flag::<
                String,
            >(
                    "type",
                    "Kind of configuration resource, `ConfigMap`, `Secret`, `Ingress` or `PVC` [query: type]",
                )
                .required(true),
        ])
}
/// `zadig environment delete-production-env-config`: `DELETE /openapi/environments/production/{name}/envcfg/{cfgName}`.
fn delete_production_env_config_command() -> Command {
    Command::new("delete-production-env-config")
        .about("Removes one configuration resource from a production environment")
        .long_about(
            "Removes one configuration resource from a production environment.\n\nDELETE /openapi/environments/production/{name}/envcfg/{cfgName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_production_env_config",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<
                String,
            >("cfg-name", "Name of the configuration resource [path: cfgName]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::flag::<
                String,
            >(
                    "type",
                    "Kind of configuration resource, `ConfigMap`, `Secret`, `Ingress` or `PVC` [query: type]",
                )
                .required(true),
        ])
}
/// `zadig environment scale-workload`: `POST /openapi/environments/scale`.
fn scale_workload_command() -> Command {
    Command::new("scale-workload")
        .about(
            "Sets the replica count of a Deployment or StatefulSet in a test environment",
        )
        .long_about(
            "Sets the replica count of a Deployment or StatefulSet in a test environment.\n\nPOST /openapi/environments/scale\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (ScaleWorkloadRequest, JSON or YAML) is given with --body FILE (- for standard input), the field flags below, or both (the flags win).\n\nClient method: scale_workload",
        )
        .args([
            args::body("ScaleWorkloadRequest", false),
            args::flag::<
                String,
            >("project-key", "Key of the project (required) [body: project_key]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("env-key", "Key of the environment (required) [body: env_key]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("workload-name", "Name of the workload (required) [body: workload_name]")
                .help_heading("Body fields"),
            args::choice(
                    "workload-type",
                    "Kind of workload; the server rejects any other (required) [body: workload_type]",
                    &[
                        ("Deployment", "A Kubernetes Deployment."),
                        ("StatefulSet", "A Kubernetes StatefulSet."),
                        ("CloneSet", "An OpenKruise CloneSet."),
                    ],
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >(
                    "service-name",
                    "Name of the service the workload belongs to; from v4.2.1 the server rejects a request without it (older releases ignore it) (required) [body: service_name]",
                )
                .help_heading("Body fields"),
            args::flag::<
                i64,
            >(
                    "target-replicas",
                    "Desired number of replicas (required) [body: target_replicas]",
                )
                .help_heading("Body fields"),
        ])
}
/// `zadig environment restart-environment-service`: `POST /openapi/environments/{name}/service/{serviceName}/restart`.
fn restart_environment_service_command() -> Command {
    Command::new("restart-environment-service")
        .about("Restarts the workloads of one service in a test environment")
        .long_about(
            "Restarts the workloads of one service in a test environment.\n\nPOST /openapi/environments/{name}/service/{serviceName}/restart\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: restart_environment_service",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment restart-production-environment-service`: `POST /openapi/environments/production/{name}/service/{serviceName}/restart`.
fn restart_production_environment_service_command() -> Command {
    Command::new("restart-production-environment-service")
        .about("Restarts the workloads of one service in a production environment")
        .long_about(
            "Restarts the workloads of one service in a production environment.\n\nPOST /openapi/environments/production/{name}/service/{serviceName}/restart\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: restart_production_environment_service",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment list-environment-service-pods`: `GET /openapi/environments/{name}/service/{serviceName}/pods`.
fn list_environment_service_pods_command() -> Command {
    Command::new("list-environment-service-pods")
        .about(
            "Lists the pods of one service in a test environment, with their state and images",
        )
        .long_about(
            "Lists the pods of one service in a test environment, with their state and images.\n\nGET /openapi/environments/{name}/service/{serviceName}/pods\n\nA flat list over all workloads of the service, each pod once.\n\nServed by: v4.3.0 and later\n\nWith --output table: a row per item of `pods`, columns POD_NAME, STATUS, POD_READY, CONTAINERS_READY, CREATE_TIME, IP.\n\nClient method: list_environment_service_pods",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment list-production-environment-service-pods`: `GET /openapi/environments/production/{name}/service/{serviceName}/pods`.
fn list_production_environment_service_pods_command() -> Command {
    Command::new("list-production-environment-service-pods")
        .about(
            "Lists the pods of one service in a production environment, with their state and images",
        )
        .long_about(
            "Lists the pods of one service in a production environment, with their state and images.\n\nGET /openapi/environments/production/{name}/service/{serviceName}/pods\n\nA flat list over all workloads of the service, each pod once. Needs a Zadig professional licence.\n\nServed by: v4.3.0 and later\n\nWith --output table: a row per item of `pods`, columns POD_NAME, STATUS, POD_READY, CONTAINERS_READY, CREATE_TIME, IP.\n\nClient method: list_production_environment_service_pods",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment restart-environment-service-pod`: `POST /openapi/environments/{name}/pod/{podName}/restart`.
fn restart_environment_service_pod_command() -> Command {
    Command::new("restart-environment-service-pod")
        .about(
            "Restarts one pod of a test environment by deleting it so that its workload recreates it",
        )
        .long_about(
            "Restarts one pod of a test environment by deleting it so that its workload recreates it.\n\nPOST /openapi/environments/{name}/pod/{podName}/restart\n\nReleases v4.3.0 to v5.0.0 route it under the service (`/{name}/service/{serviceName}/pod/{podName}/restart`); the development branch dropped the service segment.\n\nServed by: v4.3.0 and later\nUntil v5.0.0 at: /openapi/environments/{name}/service/{serviceName}/pod/{podName}/restart\n\nWith --output table: one row, columns MESSAGE.\n\nClient method: restart_environment_service_pod",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("pod-name", "Name of the pod [path: podName]")
                .required(true),
            args::flag::<
                String,
            >(
                    "service-name",
                    "Name of the service the pod belongs to. Releases v4.3.0 to v5.0.0 take it in the path; the newer path has no service segment, and there it is not sent [path: serviceName]",
                )
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment restart-production-environment-service-pod`: `POST /openapi/environments/production/{name}/pod/{podName}/restart`.
fn restart_production_environment_service_pod_command() -> Command {
    Command::new("restart-production-environment-service-pod")
        .about(
            "Restarts one pod of a production environment by deleting it so that its workload recreates it",
        )
        .long_about(
            "Restarts one pod of a production environment by deleting it so that its workload recreates it.\n\nPOST /openapi/environments/production/{name}/pod/{podName}/restart\n\nNeeds a Zadig professional licence. Releases v4.3.0 to v5.0.0 route it under the service (`/production/{name}/service/{serviceName}/pod/{podName}/restart`); the development branch dropped the service segment.\n\nServed by: v4.3.0 and later\nUntil v5.0.0 at: /openapi/environments/production/{name}/service/{serviceName}/pod/{podName}/restart\n\nWith --output table: one row, columns MESSAGE.\n\nClient method: restart_production_environment_service_pod",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("pod-name", "Name of the pod [path: podName]")
                .required(true),
            args::flag::<
                String,
            >(
                    "service-name",
                    "Name of the service the pod belongs to. Releases v4.3.0 to v5.0.0 take it in the path; the newer path has no service segment, and there it is not sent [path: serviceName]",
                )
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment update-deployment-image`: `POST /openapi/environments/image/deployment/{envName}`.
fn update_deployment_image_command() -> Command {
    Command::new("update-deployment-image")
        .about("Changes the image of one container of a Deployment")
        .long_about(
            "Changes the image of one container of a Deployment.\n\nPOST /openapi/environments/image/deployment/{envName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (UpdateContainerImageRequest, JSON or YAML) is given with --body FILE (- for standard input), the field flags below, or both (the flags win).\n\nClient method: update_deployment_image",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: envName]")
                .required(true),
            args::body("UpdateContainerImageRequest", false),
            args::flag::<
                String,
            >(
                    "type",
                    "Kind of workload. The route already sets it (Deployment, StatefulSet, CronJob or Job), so leave it out; a value sent here replaces the route's [body: type]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("product-name", "Key of the project (required) [body: product_name]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("service-name", "Name of the service (required) [body: service_name]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >(
                    "name",
                    "Name of the workload (Deployment, StatefulSet or CronJob) (required) [body: name]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >(
                    "container-name",
                    "Name of the container to change (required) [body: container_name]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("image", "Full address of the new image (required) [body: image]")
                .help_heading("Body fields"),
        ])
}
/// `zadig environment update-statefulset-image`: `POST /openapi/environments/image/statefulset/{envName}`.
fn update_statefulset_image_command() -> Command {
    Command::new("update-statefulset-image")
        .about("Changes the image of one container of a StatefulSet")
        .long_about(
            "Changes the image of one container of a StatefulSet.\n\nPOST /openapi/environments/image/statefulset/{envName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (UpdateContainerImageRequest, JSON or YAML) is given with --body FILE (- for standard input), the field flags below, or both (the flags win).\n\nClient method: update_statefulset_image",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: envName]")
                .required(true),
            args::body("UpdateContainerImageRequest", false),
            args::flag::<
                String,
            >(
                    "type",
                    "Kind of workload. The route already sets it (Deployment, StatefulSet, CronJob or Job), so leave it out; a value sent here replaces the route's [body: type]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("product-name", "Key of the project (required) [body: product_name]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("service-name", "Name of the service (required) [body: service_name]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >(
                    "name",
                    "Name of the workload (Deployment, StatefulSet or CronJob) (required) [body: name]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >(
                    "container-name",
                    "Name of the container to change (required) [body: container_name]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("image", "Full address of the new image (required) [body: image]")
                .help_heading("Body fields"),
        ])
}
/// `zadig environment update-cronjob-image`: `POST /openapi/environments/image/cronjob/{envName}`.
fn update_cronjob_image_command() -> Command {
    Command::new("update-cronjob-image")
        .about("Changes the image of one container of a CronJob")
        .long_about(
            "Changes the image of one container of a CronJob.\n\nPOST /openapi/environments/image/cronjob/{envName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (UpdateContainerImageRequest, JSON or YAML) is given with --body FILE (- for standard input), the field flags below, or both (the flags win).\n\nClient method: update_cronjob_image",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: envName]")
                .required(true),
            args::body("UpdateContainerImageRequest", false),
            args::flag::<
                String,
            >(
                    "type",
                    "Kind of workload. The route already sets it (Deployment, StatefulSet, CronJob or Job), so leave it out; a value sent here replaces the route's [body: type]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("product-name", "Key of the project (required) [body: product_name]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("service-name", "Name of the service (required) [body: service_name]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >(
                    "name",
                    "Name of the workload (Deployment, StatefulSet or CronJob) (required) [body: name]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >(
                    "container-name",
                    "Name of the container to change (required) [body: container_name]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("image", "Full address of the new image (required) [body: image]")
                .help_heading("Body fields"),
        ])
}
/// `zadig environment update-job-image`: `POST /openapi/environments/image/job/{envName}`.
fn update_job_image_command() -> Command {
    Command::new("update-job-image")
        .about(
            "Changes the image of one container of a Kubernetes Job in a test environment",
        )
        .long_about(
            "Changes the image of one container of a Kubernetes Job in a test environment.\n\nPOST /openapi/environments/image/job/{envName}\n\nThe environment and project come from the body (`env_name`, `product_name`).\n\nServed by: no release yet (only the development branch)\n\nThe body (UpdateContainerImageRequest, JSON or YAML) is given with --body FILE (- for standard input), the field flags below, or both (the flags win).\n\nClient method: update_job_image",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: envName]")
                .required(true),
            args::body("UpdateContainerImageRequest", false),
            args::flag::<
                String,
            >(
                    "type",
                    "Kind of workload. The route already sets it (Deployment, StatefulSet, CronJob or Job), so leave it out; a value sent here replaces the route's [body: type]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("product-name", "Key of the project (required) [body: product_name]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("service-name", "Name of the service (required) [body: service_name]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >(
                    "name",
                    "Name of the workload (Deployment, StatefulSet or CronJob) (required) [body: name]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >(
                    "container-name",
                    "Name of the container to change (required) [body: container_name]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("image", "Full address of the new image (required) [body: image]")
                .help_heading("Body fields"),
        ])
}
/// `zadig environment list-environment-events`: `GET /openapi/environments/kube/events`.
fn list_environment_events_command() -> Command {
    Command::new("list-environment-events")
        .about(
            "Lists the Kubernetes events of one object (e.g. a Deployment) in an environment",
        )
        .long_about(
            "Lists the Kubernetes events of one object (e.g. a Deployment) in an environment.\n\nGET /openapi/environments/kube/events\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns REASON, MESSAGE, FIRST_SEEN, LAST_SEEN, COUNT, TYPE.\n\nClient method: list_environment_events",
        )
        .args([
            args::flag::<
                String,
            >(
                    "project-key",
                    "Key of the project. The server looks the environment up by it (with `envName`), so a call without it finds nothing and fails [query: projectKey]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                    "env-name",
                    "Key of the environment. The server looks the environment up by it (with `projectKey`), so a call without it finds nothing and fails [query: envName]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                "name",
                "Name of the Kubernetes object the events are about; without it no object's events match [query: name]",
            ),
            args::flag::<
                String,
            >(
                "type",
                "Kind of the Kubernetes object the events are about, e.g. Deployment; without it no object's events match [query: type]",
            ),
        ])
}
/// `zadig environment check-workload-k8s-services`: `GET /openapi/environments/{name}/check/workloads/k8services`.
fn check_workload_k8s_services_command() -> Command {
    Command::new("check-workload-k8s-services")
        .about(
            "Lists the workloads of an environment that have no Kubernetes Service (a sub-environment prerequisite)",
        )
        .long_about(
            "Lists the workloads of an environment that have no Kubernetes Service (a sub-environment prerequisite).\n\nGET /openapi/environments/{name}/check/workloads/k8services\n\nEach item reads `<workload>.<kind>`, e.g. `service1.Deployment`.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: check_workload_k8s_services",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment enable-sub-environment`: `POST /openapi/environments/{name}/share/enable`.
fn enable_sub_environment_command() -> Command {
    Command::new("enable-sub-environment")
        .about(
            "Turns a test environment into a base environment that sub-environments can share",
        )
        .long_about(
            "Turns a test environment into a base environment that sub-environments can share.\n\nPOST /openapi/environments/{name}/share/enable\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: enable_sub_environment",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment disable-sub-environment`: `DELETE /openapi/environments/{name}/share/enable`.
fn disable_sub_environment_command() -> Command {
    Command::new("disable-sub-environment")
        .about("Turns off environment sharing (sub-environments) for a base environment")
        .long_about(
            "Turns off environment sharing (sub-environments) for a base environment.\n\nDELETE /openapi/environments/{name}/share/enable\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: disable_sub_environment",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment check-sub-environment-ready`: `GET /openapi/environments/{name}/check/sharenv/{op}/ready`.
fn check_sub_environment_ready_command() -> Command {
    Command::new("check-sub-environment-ready")
        .about(
            "Checks whether enabling or disabling environment sharing has taken effect",
        )
        .long_about(
            "Checks whether enabling or disabling environment sharing has taken effect.\n\nGET /openapi/environments/{name}/check/sharenv/{op}/ready\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns IS_READY.\n\nClient method: check_sub_environment_ready",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<
                String,
            >("op", "Operation being checked, `enable` or `disable` [path: op]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment get-entry-service`: `GET /openapi/environments/{name}/share/portal/{serviceName}`.
fn get_entry_service_command() -> Command {
    Command::new("get-entry-service")
        .about(
            "Asks for the entry (portal) settings of a shared environment's service; answers only an acknowledgement",
        )
        .long_about(
            "Asks for the entry (portal) settings of a shared environment's service; answers only an acknowledgement.\n\nGET /openapi/environments/{name}/share/portal/{serviceName}\n\nIn every release the spec knows, the handler reads the settings but never puts them in its answer, so the call only returns Zadig's success acknowledgement.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: get_entry_service",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig environment set-entry-service`: `POST /openapi/environments/{name}/share/portal/{serviceName}`.
fn set_entry_service_command() -> Command {
    Command::new("set-entry-service")
        .about(
            "Sets the hosts and ports through which a service of a shared environment is reached",
        )
        .long_about(
            "Sets the hosts and ports through which a service of a shared environment is reached.\n\nPOST /openapi/environments/{name}/share/portal/{serviceName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (Vec<EntryServiceServer>, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: set_entry_service",
        )
        .args([
            args::flag::<String>("env-name", "Key of the environment [path: name]")
                .required(true),
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<String>("project-key", "Key of the project [query: projectKey]")
                .required(true),
            args::body("Vec<EntryServiceServer>", true),
        ])
}
/// `zadig environment stream-container-logs`: `GET /openapi/logs/sse/pods/{podName}/containers/{containerName}`.
fn stream_container_logs_command() -> Command {
    Command::new("stream-container-logs")
        .about("Follows the log of one container of a pod as a server-sent event stream")
        .long_about(
            "Follows the log of one container of a pod as a server-sent event stream.\n\nGET /openapi/logs/sse/pods/{podName}/containers/{containerName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: stream_container_logs",
        )
        .args([
            args::flag::<String>("pod-name", "Name of the pod [path: podName]")
                .required(true),
            args::flag::<
                String,
            >("container-name", "Name of the container in the pod [path: containerName]")
                .required(true),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Key of the project. The server looks the environment up by it (with `envName`), so a call without it finds nothing and fails [query: projectKey]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                    "env-name",
                    "Key of the environment. The server looks the environment up by it (with `projectKey`), so a call without it finds nothing and fails [query: envName]",
                )
                .required(true),
            args::flag::<
                i64,
            >(
                "tails",
                "Number of past lines to send before following (10 when missing or not a number) [query: tails] [server default: 10]",
            ),
            args::flag::<
                String,
            >(
                "since",
                "Send only lines from this long ago onwards, as a Go duration such as `30s`, `5m` or `1h` (at least one second). Without it, `tails` alone decides where the log starts [query: since] [read by v4.2.0 and later]",
            ),
        ])
}
