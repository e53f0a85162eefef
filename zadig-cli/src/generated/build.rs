// @generated from spec/build.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig build` commands: the Build API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig build` group and its commands.
pub(super) fn command() -> Command {
    Command::new("build")
        .about("The Build API (6 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            create_build_command(),
            update_build_command(),
            update_build_from_template_command(),
            list_builds_command(),
            get_build_command(),
            delete_build_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "create-build" => {
            let body: crate::types::OpenApiBuildCreationFromTemplateReq = ctx
                .body(matches, &[])?;
            let call = ctx
                .client()?
                .create_build(
                    crate::types::BuildCreationSource::from(
                        args::one::<String>(matches, "source")?,
                    ),
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "update-build" => {
            let body: crate::types::OpenApiBuildCreationReq = ctx.body(matches, &[])?;
            let mut call = ctx.client()?.update_build(body);
            if let Some(value) = args::opt::<String>(matches, "source") {
                call = call.source(value);
            }
            ctx.print(&call.send().await?, None)
        }
        "update-build-from-template" => {
            let body: crate::types::OpenApiBuildCreationFromTemplateReq = ctx
                .body(matches, &[])?;
            let call = ctx
                .client()?
                .update_build_from_template(
                    args::one::<String>(matches, "build-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "list-builds" => {
            let mut call = ctx
                .client()?
                .list_builds(args::one::<String>(matches, "project-key")?);
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
                                "name",
                                "project_key",
                                "source",
                                "update_by",
                                "update_time",
                            ],
                        },
                    ),
                )
            } else {
                ctx.print(
                    &call.send().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: Some("builds"),
                            columns: &[
                                "name",
                                "project_key",
                                "source",
                                "update_by",
                                "update_time",
                            ],
                        },
                    ),
                )
            }
        }
        "get-build" => {
            let mut call = ctx
                .client()?
                .get_build(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "build-name")?,
                );
            if let Some(value) = args::opt::<String>(matches, "service-name") {
                call = call.service_name(value);
            }
            if let Some(value) = args::opt::<String>(matches, "service-module") {
                call = call.service_module(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "project_key",
                            "name",
                            "source",
                            "template_name",
                            "update_by",
                            "update_time",
                        ],
                    },
                ),
            )
        }
        "delete-build" => {
            let call = ctx
                .client()?
                .delete_build(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "build-name")?,
                );
            ctx.print(&call.send().await?, None)
        }
        _ => Err(Failure::unknown_command("build", command)),
    }
}
/// `zadig build create-build`: `POST /openapi/build`.
fn create_build_command() -> Command {
    Command::new("create-build")
        .about("Creates a build from a build template")
        .long_about(
            "Creates a build from a build template.\n\nPOST /openapi/build\n\nThe server reads the body as a template-based build only when `source` is `template`; without it, it expects a full build definition instead, which this method does not send.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (OpenApiBuildCreationFromTemplateReq, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_build",
        )
        .args([
            args::choice(
                    "source",
                    "How the body defines the build: `template`, a build that follows a build template (the body this method sends). Without it the server reads the body as a full build definition and rejects this one [query: source]",
                    &[
                        (
                            "template",
                            "The build follows a build template, with settings per service component.",
                        ),
                    ],
                )
                .required(true),
            args::body("OpenApiBuildCreationFromTemplateReq", true),
        ])
}
/// `zadig build update-build`: `PUT /openapi/build`.
fn update_build_command() -> Command {
    Command::new("update-build")
        .about("Replaces the definition of a build")
        .long_about(
            "Replaces the definition of a build.\n\nPUT /openapi/build\n\nFinds the build by the body's `name` and `project_key` and replaces its definition with the body. Leave `source` out: with `source=template` the server reads a template-based body and creates a build instead (use `update_build_from_template` to change a template-based build).\n\nServed by: v4.2.0 and later\n\nThe body (OpenApiBuildCreationReq, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_build",
        )
        .args([
            args::flag::<
                String,
            >(
                "source",
                "Leave out for this method. `template` makes the server read a template-based body and create a new build from it, which this method does not send [query: source]",
            ),
            args::body("OpenApiBuildCreationReq", true),
        ])
}
/// `zadig build update-build-from-template`: `PUT /openapi/build/{name}/template`.
fn update_build_from_template_command() -> Command {
    Command::new("update-build-from-template")
        .about("Replaces the template settings of a build")
        .long_about(
            "Replaces the template settings of a build.\n\nPUT /openapi/build/{name}/template\n\nUpdates a build that follows a build template: its template and the settings of each service component it builds. The body names the build and its project.\n\nServed by: v4.2.0 and later\n\nThe body (OpenApiBuildCreationFromTemplateReq, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_build_from_template",
        )
        .args([
            args::flag::<String>("build-name", "Name of the build [path: name]")
                .required(true),
            args::body("OpenApiBuildCreationFromTemplateReq", true),
        ])
}
/// `zadig build list-builds`: `GET /openapi/build`.
fn list_builds_command() -> Command {
    Command::new("list-builds")
        .about("Lists the builds of a project, a page at a time")
        .long_about(
            "Lists the builds of a project, a page at a time.\n\nGET /openapi/build\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `builds`, columns NAME, PROJECT_KEY, SOURCE, UPDATE_BY, UPDATE_TIME.\n\nClient method: list_builds",
        )
        .args([
            args::flag::<
                String,
            >(
                    "project-key",
                    "Identifier of the project whose builds are listed [query: projectKey]",
                )
                .required(true),
            args::flag::<
                i64,
            >("page-num", "1-based page number [query: pageNum] [server default: 1]"),
            args::flag::<
                i64,
            >(
                "page-size",
                "Number of builds per page [query: pageSize] [server default: 20]",
            ),
            args::all_pages(),
        ])
}
/// `zadig build get-build`: `GET /openapi/build/{buildName}/detail`.
fn get_build_command() -> Command {
    Command::new("get-build")
        .about("Reads the full definition of one build")
        .long_about(
            "Reads the full definition of one build.\n\nGET /openapi/build/{buildName}/detail\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns PROJECT_KEY, NAME, SOURCE, TEMPLATE_NAME, UPDATE_BY, UPDATE_TIME.\n\nClient method: get_build",
        )
        .args([
            args::flag::<String>("build-name", "Name of the build [path: buildName]")
                .required(true),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Identifier of the project the build belongs to [query: projectKey]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                "service-name",
                "Name of a service the build builds; with `serviceModule`, the repositories and variables returned are those of that service component [query: serviceName]",
            ),
            args::flag::<
                String,
            >(
                "service-module",
                "Name of the service component, used together with `serviceName` [query: serviceModule]",
            ),
        ])
}
/// `zadig build delete-build`: `DELETE /openapi/build`.
fn delete_build_command() -> Command {
    Command::new("delete-build")
        .about("Deletes a build that no service uses any more")
        .long_about(
            "Deletes a build that no service uses any more.\n\nDELETE /openapi/build\n\nThe server refuses to delete a build that services still refer to.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_build",
        )
        .args([
            args::flag::<
                String,
            >("build-name", "Name of the build to delete [query: name]")
                .required(true),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Identifier of the project the build belongs to. The server deletes the build of that name in this project, and refuses a caller who is not a system administrator without it (permissions are checked against the project) [query: projectKey]",
                )
                .required(true),
        ])
}
