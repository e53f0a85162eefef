// @generated from spec/project.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig project` commands: the Project API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig project` group and its commands.
pub(super) fn command() -> Command {
    Command::new("project")
        .about("The Project API (9 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            create_project_command(),
            create_yaml_project_command(),
            create_helm_project_command(),
            list_projects_command(),
            get_project_command(),
            delete_project_command(),
            get_project_global_variables_command(),
            create_collaboration_mode_command(),
            delete_collaboration_mode_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "create-project" => {
            let body: crate::types::ProjectCreateRequest = ctx
                .body(
                    matches,
                    &[
                        ("project-name", "project_name", args::field_value::<String>),
                        ("project-key", "project_key", args::field_value::<String>),
                        ("is-public", "is_public", args::field_value::<bool>),
                        ("description", "description", args::field_value::<String>),
                        ("project-type", "project_type", args::field_value::<String>),
                    ],
                )?;
            let call = ctx.client()?.create_project(body);
            ctx.print(&call.send().await?, None)
        }
        "create-yaml-project" => {
            let body: crate::types::ProjectInitializeRequest = ctx.body(matches, &[])?;
            let call = ctx.client()?.create_yaml_project(body);
            ctx.print(&call.send().await?, None)
        }
        "create-helm-project" => {
            let body: crate::types::ProjectInitializeRequest = ctx.body(matches, &[])?;
            let call = ctx.client()?.create_helm_project(body);
            ctx.print(&call.send().await?, None)
        }
        "list-projects" => {
            let mut call = ctx.client()?.list_projects();
            if let Some(value) = args::opt::<i64>(matches, "page-num") {
                call = call.page_num(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "page-size") {
                call = call.page_size(value);
            }
            if args::flag_set(matches, "all") {
                ctx.print(
                    &call.items().collect_all().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: None,
                            columns: &[
                                "project_name",
                                "project_key",
                                "description",
                                "deploy_type",
                            ],
                        },
                    ),
                )
            } else {
                ctx.print(
                    &call.send().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: Some("projects"),
                            columns: &[
                                "project_name",
                                "project_key",
                                "description",
                                "deploy_type",
                            ],
                        },
                    ),
                )
            }
        }
        "get-project" => {
            let call = ctx
                .client()?
                .get_project(args::one::<String>(matches, "project-key")?);
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "project_name",
                            "project_key",
                            "is_public",
                            "desc",
                            "deploy_type",
                            "create_time",
                        ],
                    },
                ),
            )
        }
        "delete-project" => {
            let call = ctx
                .client()?
                .delete_project(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<bool>(matches, "is-delete")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "get-project-global-variables" => {
            let call = ctx
                .client()?
                .get_project_global_variables(
                    args::one::<String>(matches, "project-key")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "create-collaboration-mode" => {
            let body: crate::types::CollaborationModeCreateRequest = ctx
                .body(matches, &[])?;
            let call = ctx.client()?.create_collaboration_mode(body);
            ctx.print(&call.send().await?, None)
        }
        "delete-collaboration-mode" => {
            let call = ctx
                .client()?
                .delete_collaboration_mode(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "name")?,
                );
            ctx.print(&call.send().await?, None)
        }
        _ => Err(Failure::unknown_command("project", command)),
    }
}
/// `zadig project create-project`: `POST /openapi/projects/project`.
fn create_project_command() -> Command {
    Command::new("create-project")
        .about("Creates a project with no services")
        .long_about(
            "Creates a project with no services.\n\nPOST /openapi/projects/project\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (ProjectCreateRequest, JSON or YAML) is given with --body FILE (- for standard input), the field flags below, or both (the flags win).\n\nClient method: create_project",
        )
        .args([
            args::body("ProjectCreateRequest", false),
            args::flag::<
                String,
            >(
                    "project-name",
                    "Display name of the project; must not be empty (required) [body: project_name]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Identifier of the project; lowercase letters, digits and `-` only [body: project_key]",
                )
                .help_heading("Body fields"),
            args::flag::<
                bool,
            >("is-public", "Whether every user may see the project [body: is_public]")
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("description", "Free-text description [body: description]")
                .help_heading("Body fields"),
            args::choice(
                    "project-type",
                    "Kind of project; the server rejects any other value (required) [body: project_type]",
                    &[
                        ("yaml", "A K8s YAML project."),
                        ("helm", "A Helm chart project."),
                        (
                            "loaded",
                            "A hosted project, made of existing Kubernetes resources.",
                        ),
                        ("vm", "A project deployed to hosts."),
                    ],
                )
                .help_heading("Body fields"),
        ])
}
/// `zadig project create-yaml-project`: `POST /openapi/projects/project/init/yaml`.
fn create_yaml_project_command() -> Command {
    Command::new("create-yaml-project")
        .about("Creates a Kubernetes YAML project and sets it up")
        .long_about(
            "Creates a Kubernetes YAML project and sets it up.\n\nPOST /openapi/projects/project/init/yaml\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (ProjectInitializeRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_yaml_project",
        )
        .args([args::body("ProjectInitializeRequest", true)])
}
/// `zadig project create-helm-project`: `POST /openapi/projects/project/init/helm`.
fn create_helm_project_command() -> Command {
    Command::new("create-helm-project")
        .about("Creates a Helm project and sets it up")
        .long_about(
            "Creates a Helm project and sets it up.\n\nPOST /openapi/projects/project/init/helm\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (ProjectInitializeRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_helm_project",
        )
        .args([args::body("ProjectInitializeRequest", true)])
}
/// `zadig project list-projects`: `GET /openapi/projects/project`.
fn list_projects_command() -> Command {
    Command::new("list-projects")
        .about("Lists the projects")
        .long_about(
            "Lists the projects.\n\nGET /openapi/projects/project\n\nLists the projects the caller may see (all of them for a system administrator). A caller with access to no project gets an empty list.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `projects`, columns PROJECT_NAME, PROJECT_KEY, DESCRIPTION, DEPLOY_TYPE.\n\nClient method: list_projects",
        )
        .args([
            args::flag::<
                i64,
            >("page-num", "1-based page number [query: pageNum] [server default: 1]"),
            args::flag::<
                i64,
            >("page-size", "Projects per page [query: pageSize] [server default: 20]"),
            args::all_pages(),
        ])
}
/// `zadig project get-project`: `GET /openapi/projects/project/detail`.
fn get_project_command() -> Command {
    Command::new("get-project")
        .about("Reads the details of one project")
        .long_about(
            "Reads the details of one project.\n\nGET /openapi/projects/project/detail\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns PROJECT_NAME, PROJECT_KEY, IS_PUBLIC, DESC, DEPLOY_TYPE, CREATE_TIME.\n\nClient method: get_project",
        )
        .args([
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig project delete-project`: `DELETE /openapi/projects/project`.
fn delete_project_command() -> Command {
    Command::new("delete-project")
        .about("Deletes a project")
        .long_about(
            "Deletes a project.\n\nDELETE /openapi/projects/project\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_project",
        )
        .args([
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
            args::flag::<
                bool,
            >(
                    "is-delete",
                    "Whether deleting the project's test environments also removes their Kubernetes resources (namespaces) from the clusters; with `false` those resources are left in place [query: isDelete]",
                )
                .required(true),
        ])
}
/// `zadig project get-project-global-variables`: `GET /openapi/projects/project/globalVariable`.
fn get_project_global_variables_command() -> Command {
    Command::new("get-project-global-variables")
        .about("Reads the global variables of a project, for test and production")
        .long_about(
            "Reads the global variables of a project, for test and production.\n\nGET /openapi/projects/project/globalVariable\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: get_project_global_variables",
        )
        .args([
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig project create-collaboration-mode`: `POST /openapi/collaborations`.
fn create_collaboration_mode_command() -> Command {
    Command::new("create-collaboration-mode")
        .about("Creates a collaboration mode in a project")
        .long_about(
            "Creates a collaboration mode in a project.\n\nPOST /openapi/collaborations\n\nA collaboration mode gives a set of users and user groups their own or shared workflows and environments. The project is named in the body.\n\nServed by: v4.2.0 and later\n\nThe body (CollaborationModeCreateRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_collaboration_mode",
        )
        .args([args::body("CollaborationModeCreateRequest", true)])
}
/// `zadig project delete-collaboration-mode`: `DELETE /openapi/collaborations/{name}`.
fn delete_collaboration_mode_command() -> Command {
    Command::new("delete-collaboration-mode")
        .about("Deletes a collaboration mode of a project")
        .long_about(
            "Deletes a collaboration mode of a project.\n\nDELETE /openapi/collaborations/{name}\n\nServed by: v4.2.0 and later\n\nClient method: delete_collaboration_mode",
        )
        .args([
            args::flag::<String>("name", "Name of the collaboration mode [path: name]")
                .required(true),
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
        ])
}
