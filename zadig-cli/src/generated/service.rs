// @generated from spec/service.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig service` commands: the Service API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig service` group and its commands.
pub(super) fn command() -> Command {
    Command::new("service")
        .about("The Service API (20 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            list_services_command(),
            list_production_services_command(),
            get_service_command(),
            get_production_service_command(),
            create_service_from_template_command(),
            create_production_service_from_template_command(),
            create_raw_service_command(),
            create_raw_production_service_command(),
            update_service_command(),
            update_production_service_command(),
            update_service_variables_command(),
            update_production_service_variables_command(),
            delete_service_command(),
            delete_production_service_command(),
            list_service_labels_command(),
            load_services_from_code_host_command(),
            load_services_from_code_host_by_name_command(),
            load_helm_services_command(),
            create_helm_service_from_template_command(),
            list_chart_templates_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "list-services" => {
            let call = ctx
                .client()?
                .list_services(args::one::<String>(matches, "project-key")?);
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["service_name", "source", "type"],
                    },
                ),
            )
        }
        "list-production-services" => {
            let call = ctx
                .client()?
                .list_production_services(args::one::<String>(matches, "project-key")?);
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["service_name", "source", "type"],
                    },
                ),
            )
        }
        "get-service" => {
            let call = ctx
                .client()?
                .get_service(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "service-name")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "service_name",
                            "source",
                            "type",
                            "template_name",
                            "created_by",
                            "created_time",
                        ],
                    },
                ),
            )
        }
        "get-production-service" => {
            let call = ctx
                .client()?
                .get_production_service(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "service-name")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "service_name",
                            "source",
                            "type",
                            "template_name",
                            "created_by",
                            "created_time",
                        ],
                    },
                ),
            )
        }
        "create-service-from-template" => {
            let body: crate::types::ServiceFromYamlTemplateRequest = ctx
                .body(matches, &[])?;
            let call = ctx.client()?.create_service_from_template(body);
            ctx.print(&call.send().await?, None)
        }
        "create-production-service-from-template" => {
            let body: crate::types::ServiceFromYamlTemplateRequest = ctx
                .body(matches, &[])?;
            let call = ctx.client()?.create_production_service_from_template(body);
            ctx.print(&call.send().await?, None)
        }
        "create-raw-service" => {
            let body: crate::types::RawYamlServiceRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .create_raw_service(args::one::<String>(matches, "project-key")?, body);
            ctx.print(&call.send().await?, None)
        }
        "create-raw-production-service" => {
            let body: crate::types::RawYamlServiceRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .create_raw_production_service(
                    args::one::<String>(matches, "project-key")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "update-service" => {
            let body: crate::types::ServiceConfigUpdate = ctx
                .body(
                    matches,
                    &[
                        ("project-name", "project_name", args::field_value::<String>),
                        ("type", "type", args::field_value::<String>),
                        ("yaml", "yaml", args::field_value::<String>),
                    ],
                )?;
            let call = ctx
                .client()?
                .update_service(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "service-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "update-production-service" => {
            let body: crate::types::ServiceConfigUpdate = ctx
                .body(
                    matches,
                    &[
                        ("project-name", "project_name", args::field_value::<String>),
                        ("type", "type", args::field_value::<String>),
                        ("yaml", "yaml", args::field_value::<String>),
                    ],
                )?;
            let call = ctx
                .client()?
                .update_production_service(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "service-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "update-service-variables" => {
            let body: crate::types::ServiceVariablesUpdate = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .update_service_variables(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "service-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "update-production-service-variables" => {
            let body: crate::types::ServiceVariablesUpdate = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .update_production_service_variables(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "service-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "delete-service" => {
            let call = ctx
                .client()?
                .delete_service(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "service-name")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "delete-production-service" => {
            let call = ctx
                .client()?
                .delete_production_service(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "service-name")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "list-service-labels" => {
            let mut call = ctx
                .client()?
                .list_service_labels(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "service-name")?,
                );
            if let Some(value) = args::opt::<String>(matches, "production") {
                call = call.production(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["id", "label_id", "key", "value"],
                    },
                ),
            )
        }
        "load-services-from-code-host" => {
            let body: crate::types::ServiceFromCodeHostRequest = ctx.body(matches, &[])?;
            let mut call = ctx
                .client()?
                .load_services_from_code_host(
                    args::one::<i64>(matches, "codehost-id")?,
                    args::one::<String>(matches, "repo-owner")?,
                    body,
                );
            if let Some(value) = args::opt::<String>(matches, "repo-name") {
                call = call.repo_name(value);
            }
            if let Some(value) = args::opt::<String>(matches, "repo-uuid") {
                call = call.repo_uuid(value);
            }
            if let Some(value) = args::opt::<String>(matches, "namespace") {
                call = call.namespace(value);
            }
            if let Some(value) = args::opt::<String>(matches, "branch-name") {
                call = call.branch_name(value);
            }
            if let Some(value) = args::opt::<String>(matches, "remote-name") {
                call = call.remote_name(value);
            }
            if let Some(value) = args::opt::<String>(matches, "production") {
                call = call.production(value);
            }
            ctx.print(&call.send().await?, None)
        }
        "load-services-from-code-host-by-name" => {
            let body: crate::types::ServiceFromCodeHostRequest = ctx.body(matches, &[])?;
            let mut call = ctx
                .client()?
                .load_services_from_code_host_by_name(
                    args::one::<String>(matches, "codehost-name")?,
                    args::one::<String>(matches, "repo-owner")?,
                    body,
                );
            if let Some(value) = args::opt::<String>(matches, "repo-name") {
                call = call.repo_name(value);
            }
            if let Some(value) = args::opt::<String>(matches, "repo-uuid") {
                call = call.repo_uuid(value);
            }
            if let Some(value) = args::opt::<String>(matches, "namespace") {
                call = call.namespace(value);
            }
            if let Some(value) = args::opt::<String>(matches, "branch-name") {
                call = call.branch_name(value);
            }
            if let Some(value) = args::opt::<String>(matches, "remote-name") {
                call = call.remote_name(value);
            }
            if let Some(value) = args::opt::<String>(matches, "production") {
                call = call.production(value);
            }
            ctx.print(&call.send().await?, None)
        }
        "load-helm-services" => {
            let body: crate::types::HelmServiceLoadRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .load_helm_services(args::one::<String>(matches, "project-key")?, body);
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("failedServices"),
                        columns: &["path", "error"],
                    },
                ),
            )
        }
        "create-helm-service-from-template" => {
            let body: crate::types::HelmServiceFromTemplateRequest = ctx
                .body(matches, &[])?;
            let call = ctx
                .client()?
                .create_helm_service_from_template(
                    args::one::<String>(matches, "project-key")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "list-chart-templates" => {
            let call = ctx.client()?.list_chart_templates();
            ctx.print(&call.send().await?, None)
        }
        _ => Err(Failure::unknown_command("service", command)),
    }
}
/// `zadig service list-services`: `GET /openapi/service/yaml/services`.
fn list_services_command() -> Command {
    Command::new("list-services")
        .about("Lists the test services of a project")
        .long_about(
            "Lists the test services of a project.\n\nGET /openapi/service/yaml/services\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns SERVICE_NAME, SOURCE, TYPE.\n\nClient method: list_services",
        )
        .args([
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig service list-production-services`: `GET /openapi/service/yaml/production/services`.
fn list_production_services_command() -> Command {
    Command::new("list-production-services")
        .about("Lists the production services of a project")
        .long_about(
            "Lists the production services of a project.\n\nGET /openapi/service/yaml/production/services\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns SERVICE_NAME, SOURCE, TYPE.\n\nClient method: list_production_services",
        )
        .args([
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig service get-service`: `GET /openapi/service/yaml/{serviceName}`.
fn get_service_command() -> Command {
    Command::new("get-service")
        .about("Reads one test service")
        .long_about(
            "Reads one test service.\n\nGET /openapi/service/yaml/{serviceName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns SERVICE_NAME, SOURCE, TYPE, TEMPLATE_NAME, CREATED_BY, CREATED_TIME.\n\nClient method: get_service",
        )
        .args([
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig service get-production-service`: `GET /openapi/service/yaml/production/{serviceName}`.
fn get_production_service_command() -> Command {
    Command::new("get-production-service")
        .about("Reads one production service")
        .long_about(
            "Reads one production service.\n\nGET /openapi/service/yaml/production/{serviceName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns SERVICE_NAME, SOURCE, TYPE, TEMPLATE_NAME, CREATED_BY, CREATED_TIME.\n\nClient method: get_production_service",
        )
        .args([
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig service create-service-from-template`: `POST /openapi/service/template/load/yaml`.
fn create_service_from_template_command() -> Command {
    Command::new("create-service-from-template")
        .about("Creates a test service from a YAML template")
        .long_about(
            "Creates a test service from a YAML template.\n\nPOST /openapi/service/template/load/yaml\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (ServiceFromYamlTemplateRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_service_from_template",
        )
        .args([args::body("ServiceFromYamlTemplateRequest", true)])
}
/// `zadig service create-production-service-from-template`: `POST /openapi/service/template/production/load/yaml`.
fn create_production_service_from_template_command() -> Command {
    Command::new("create-production-service-from-template")
        .about("Creates a production service from a YAML template")
        .long_about(
            "Creates a production service from a YAML template.\n\nPOST /openapi/service/template/production/load/yaml\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (ServiceFromYamlTemplateRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_production_service_from_template",
        )
        .args([args::body("ServiceFromYamlTemplateRequest", true)])
}
/// `zadig service create-raw-service`: `POST /openapi/service/yaml/raw`.
fn create_raw_service_command() -> Command {
    Command::new("create-raw-service")
        .about("Creates a test service from YAML typed in by hand")
        .long_about(
            "Creates a test service from YAML typed in by hand.\n\nPOST /openapi/service/yaml/raw\n\nThe overview links the test variant of this row to the same anchor as the \"update service configuration\" row (`#test-service-5`); it is kept as given.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (RawYamlServiceRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_raw_service",
        )
        .args([
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
            args::body("RawYamlServiceRequest", true),
        ])
}
/// `zadig service create-raw-production-service`: `POST /openapi/service/yaml/production/raw`.
fn create_raw_production_service_command() -> Command {
    Command::new("create-raw-production-service")
        .about("Creates a production service from YAML typed in by hand")
        .long_about(
            "Creates a production service from YAML typed in by hand.\n\nPOST /openapi/service/yaml/production/raw\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (RawYamlServiceRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_raw_production_service",
        )
        .args([
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
            args::body("RawYamlServiceRequest", true),
        ])
}
/// `zadig service update-service`: `PUT /openapi/service/yaml/{serviceName}`.
fn update_service_command() -> Command {
    Command::new("update-service")
        .about("Replaces the configuration of a test service")
        .long_about(
            "Replaces the configuration of a test service.\n\nPUT /openapi/service/yaml/{serviceName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (ServiceConfigUpdate, JSON or YAML) is given with --body FILE (- for standard input), the field flags below, or both (the flags win).\n\nClient method: update_service",
        )
        .args([
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Identifier (key) of the project; the server rejects the update without it [query: projectKey]",
                )
                .required(true),
            args::body("ServiceConfigUpdate", false),
            args::flag::<
                String,
            >(
                    "project-name",
                    "Ignored; the server takes the project from the `projectKey` query parameter [body: project_name]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("type", "Kind of service, e.g. k8s (required) [body: type]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("yaml", "The new Kubernetes YAML of the service (required) [body: yaml]")
                .help_heading("Body fields"),
        ])
}
/// `zadig service update-production-service`: `PUT /openapi/service/yaml/production/{serviceName}`.
fn update_production_service_command() -> Command {
    Command::new("update-production-service")
        .about("Replaces the configuration of a production service")
        .long_about(
            "Replaces the configuration of a production service.\n\nPUT /openapi/service/yaml/production/{serviceName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (ServiceConfigUpdate, JSON or YAML) is given with --body FILE (- for standard input), the field flags below, or both (the flags win).\n\nClient method: update_production_service",
        )
        .args([
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Identifier (key) of the project; the server rejects the update without it [query: projectKey]",
                )
                .required(true),
            args::body("ServiceConfigUpdate", false),
            args::flag::<
                String,
            >(
                    "project-name",
                    "Ignored; the server takes the project from the `projectKey` query parameter [body: project_name]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("type", "Kind of service, e.g. k8s (required) [body: type]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("yaml", "The new Kubernetes YAML of the service (required) [body: yaml]")
                .help_heading("Body fields"),
        ])
}
/// `zadig service update-service-variables`: `PUT /openapi/service/yaml/{serviceName}/variable`.
fn update_service_variables_command() -> Command {
    Command::new("update-service-variables")
        .about("Changes the variables of a test service")
        .long_about(
            "Changes the variables of a test service.\n\nPUT /openapi/service/yaml/{serviceName}/variable\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (ServiceVariablesUpdate, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_service_variables",
        )
        .args([
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
            args::body("ServiceVariablesUpdate", true),
        ])
}
/// `zadig service update-production-service-variables`: `PUT /openapi/service/yaml/production/{serviceName}/variable`.
fn update_production_service_variables_command() -> Command {
    Command::new("update-production-service-variables")
        .about("Changes the variables of a production service")
        .long_about(
            "Changes the variables of a production service.\n\nPUT /openapi/service/yaml/production/{serviceName}/variable\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (ServiceVariablesUpdate, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_production_service_variables",
        )
        .args([
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
            args::body("ServiceVariablesUpdate", true),
        ])
}
/// `zadig service delete-service`: `DELETE /openapi/service/yaml/{serviceName}`.
fn delete_service_command() -> Command {
    Command::new("delete-service")
        .about("Removes a test service from the project")
        .long_about(
            "Removes a test service from the project.\n\nDELETE /openapi/service/yaml/{serviceName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_service",
        )
        .args([
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig service delete-production-service`: `DELETE /openapi/service/yaml/production/{serviceName}`.
fn delete_production_service_command() -> Command {
    Command::new("delete-production-service")
        .about("Removes a production service from the project")
        .long_about(
            "Removes a production service from the project.\n\nDELETE /openapi/service/yaml/production/{serviceName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_production_service",
        )
        .args([
            args::flag::<
                String,
            >("service-name", "Name of the service [path: serviceName]")
                .required(true),
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig service list-service-labels`: `GET /openapi/service/yaml/{name}/labels`.
fn list_service_labels_command() -> Command {
    Command::new("list-service-labels")
        .about("Lists the labels attached to one service of a project")
        .long_about(
            "Lists the labels attached to one service of a project.\n\nGET /openapi/service/yaml/{name}/labels\n\nReturns the label bindings of a service, as key/value pairs.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns ID, LABEL_ID, KEY, VALUE.\n\nClient method: list_service_labels",
        )
        .args([
            args::flag::<String>("service-name", "Name of the service [path: name]")
                .required(true),
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
            args::flag::<
                String,
            >(
                "production",
                "`true` for the production service, `false` for the test service; any other value (or none) does not filter on the kind of service [query: production]",
            ),
        ])
}
/// `zadig service load-services-from-code-host`: `POST /openapi/service/loader/load/{codehostId}`.
fn load_services_from_code_host_command() -> Command {
    Command::new("load-services-from-code-host")
        .about(
            "Creates services of a project from YAML files kept in a code repository, naming the code host by id",
        )
        .long_about(
            "Creates services of a project from YAML files kept in a code repository, naming the code host by id.\n\nPOST /openapi/service/loader/load/{codehostId}\n\nThe form v5.0.0 serves: the code host integration is named by its numeric id in the path, the repository by the query parameters, the project and the files by the body. The development branch replaced it with `load_services_from_code_host_by_name`, which names the code host in the query instead.\n\nServed by: v5.0.0; the development branch no longer serves it\n\nThe body (ServiceFromCodeHostRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: load_services_from_code_host",
        )
        .args([
            args::flag::<
                i64,
            >(
                    "codehost-id",
                    "Id of the code host integration in Zadig that holds the repository [path: codehostId]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                    "repo-owner",
                    "Owner (user or organisation) of the repository [query: repoOwner]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                "repo-name",
                "Name of the repository; the server needs it or `repoUUID` [query: repoName]",
            ),
            args::flag::<
                String,
            >(
                "repo-uuid",
                "UUID of the repository, for code hosts that identify repositories that way; the server needs it or `repoName` [query: repoUUID]",
            ),
            args::flag::<
                String,
            >(
                "namespace",
                "Namespace (group path) of the repository, where the code host has one [query: namespace]",
            ),
            args::flag::<
                String,
            >("branch-name", "Branch to read the files from [query: branchName]"),
            args::flag::<
                String,
            >(
                "remote-name",
                "Name of the git remote, for code hosts that use one (e.g. Gerrit) [query: remoteName]",
            ),
            args::flag::<
                String,
            >(
                "production",
                "`true` to create production services; anything else creates test services [query: production]",
            ),
            args::body("ServiceFromCodeHostRequest", true),
        ])
}
/// `zadig service load-services-from-code-host-by-name`: `POST /openapi/service/loader/load`.
fn load_services_from_code_host_by_name_command() -> Command {
    Command::new("load-services-from-code-host-by-name")
        .about(
            "Creates services of a project from YAML files kept in a code repository, naming the code host by name",
        )
        .long_about(
            "Creates services of a project from YAML files kept in a code repository, naming the code host by name.\n\nPOST /openapi/service/loader/load\n\nThe repository is named by the query parameters (the server rejects the call without `codehostName`), the project and the files by the body. No release serves this form yet; v5.0.0 serves `load_services_from_code_host`, which takes the code host's id in the path.\n\nServed by: no release yet (only the development branch)\n\nThe body (ServiceFromCodeHostRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: load_services_from_code_host_by_name",
        )
        .args([
            args::flag::<
                String,
            >(
                    "codehost-name",
                    "Name of the code host integration in Zadig that holds the repository [query: codehostName]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                    "repo-owner",
                    "Owner (user or organisation) of the repository [query: repoOwner]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                "repo-name",
                "Name of the repository; the server needs it or `repoUUID` [query: repoName]",
            ),
            args::flag::<
                String,
            >(
                "repo-uuid",
                "UUID of the repository, for code hosts that identify repositories that way; the server needs it or `repoName` [query: repoUUID]",
            ),
            args::flag::<
                String,
            >(
                "namespace",
                "Namespace (group path) of the repository, where the code host has one [query: namespace]",
            ),
            args::flag::<
                String,
            >("branch-name", "Branch to read the files from [query: branchName]"),
            args::flag::<
                String,
            >(
                "remote-name",
                "Name of the git remote, for code hosts that use one (e.g. Gerrit) [query: remoteName]",
            ),
            args::flag::<
                String,
            >(
                "production",
                "`true` to create production services; anything else creates test services [query: production]",
            ),
            args::body("ServiceFromCodeHostRequest", true),
        ])
}
/// `zadig service load-helm-services`: `POST /openapi/service/helm/load`.
fn load_helm_services_command() -> Command {
    Command::new("load-helm-services")
        .about(
            "Creates Helm chart services of a project from a code repository, a public repository or a chart repository",
        )
        .long_about(
            "Creates Helm chart services of a project from a code repository, a public repository or a chart repository.\n\nPOST /openapi/service/helm/load\n\nSeveral charts may be loaded at once; the answer says which were created and which failed.\n\nServed by: v5.0.0 and later\n\nThe body (HelmServiceLoadRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nWith --output table: a row per item of `failedServices`, columns PATH, ERROR.\n\nClient method: load_helm_services",
        )
        .args([
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
            args::body("HelmServiceLoadRequest", true),
        ])
}
/// `zadig service create-helm-service-from-template`: `POST /openapi/service/template/load/helm`.
fn create_helm_service_from_template_command() -> Command {
    Command::new("create-helm-service-from-template")
        .about("Creates a Helm chart service from a chart template")
        .long_about(
            "Creates a Helm chart service from a chart template.\n\nPOST /openapi/service/template/load/helm\n\nServed by: v4.2.0 and later\n\nThe body (HelmServiceFromTemplateRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_helm_service_from_template",
        )
        .args([
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
            args::body("HelmServiceFromTemplateRequest", true),
        ])
}
/// `zadig service list-chart-templates`: `GET /openapi/templates/charts`.
fn list_chart_templates_command() -> Command {
    Command::new("list-chart-templates")
        .about("Lists the Helm chart templates of the template library")
        .long_about(
            "Lists the Helm chart templates of the template library.\n\nGET /openapi/templates/charts\n\nAlso lists the system variables that chart templates may refer to.\n\nServed by: no release yet (only the development branch)\n\nClient method: list_chart_templates",
        )
}
