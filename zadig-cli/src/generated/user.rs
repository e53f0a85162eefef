// @generated from spec/user.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig user` commands: the Users and permissions API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig user` group and its commands.
pub(super) fn command() -> Command {
    Command::new("user")
        .about("The Users and permissions API (16 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            list_users_command(),
            get_user_command(),
            list_user_groups_command(),
            delete_user_command(),
            list_resource_actions_command(),
            list_roles_command(),
            get_role_command(),
            create_role_command(),
            update_role_command(),
            delete_role_command(),
            list_role_bindings_command(),
            create_role_bindings_command(),
            update_user_role_bindings_command(),
            delete_user_role_bindings_command(),
            update_group_role_bindings_command(),
            delete_group_role_bindings_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "list-users" => {
            let mut call = ctx.client()?.list_users();
            if let Some(value) = args::opt::<i64>(matches, "page-num") {
                call = call.page_num(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "page-size") {
                call = call.page_size(value);
            }
            if let Some(value) = args::opt::<String>(matches, "name") {
                call = call.name(value);
            }
            if let Some(value) = args::opt::<String>(matches, "account") {
                call = call.account(value);
            }
            if let Some(value) = args::opt::<String>(matches, "identity-type") {
                call = call.identity_type(value);
            }
            let values = args::many::<String>(matches, "roles");
            if !values.is_empty() {
                call = call.roles(values);
            }
            if let Some(value) = args::opt::<String>(matches, "project-key") {
                call = call.project_key(value);
            }
            if let Some(value) = args::opt::<bool>(matches, "mfa-enabled") {
                call = call.mfa_enabled(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("users"),
                        columns: &[
                            "uid",
                            "account",
                            "name",
                            "identity_type",
                            "last_login_time",
                        ],
                    },
                ),
            )
        }
        "get-user" => {
            let call = ctx.client()?.get_user(args::one::<String>(matches, "uid")?);
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "uid",
                            "account",
                            "name",
                            "identity_type",
                            "email",
                            "phone",
                        ],
                    },
                ),
            )
        }
        "list-user-groups" => {
            let mut call = ctx.client()?.list_user_groups();
            if let Some(value) = args::opt::<i64>(matches, "page-num") {
                call = call.page_num(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "page-size") {
                call = call.page_size(value);
            }
            if let Some(value) = args::opt::<String>(matches, "name") {
                call = call.name(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("group_list"),
                        columns: &["id", "name", "description", "type", "user_total"],
                    },
                ),
            )
        }
        "delete-user" => {
            let call = ctx.client()?.delete_user(args::one::<String>(matches, "uid")?);
            ctx.print(&call.send().await?, None)
        }
        "list-resource-actions" => {
            let mut call = ctx
                .client()?
                .list_resource_actions(args::one::<String>(matches, "project-key")?);
            if let Some(value) = args::opt::<String>(matches, "env-type") {
                call = call.env_type(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["resource", "alias"],
                    },
                ),
            )
        }
        "list-roles" => {
            let mut call = ctx
                .client()?
                .list_roles(args::one::<String>(matches, "namespace")?);
            if let Some(value) = args::opt::<String>(matches, "uid") {
                call = call.uid(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "id",
                            "name",
                            "namespace",
                            "desc",
                            "type",
                            "global_read_only",
                        ],
                    },
                ),
            )
        }
        "get-role" => {
            let call = ctx
                .client()?
                .get_role(
                    args::one::<String>(matches, "namespace")?,
                    args::one::<String>(matches, "name")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("rules"),
                        columns: &["resource"],
                    },
                ),
            )
        }
        "create-role" => {
            let body: crate::types::ProjectRoleRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .create_role(args::one::<String>(matches, "namespace")?, body);
            ctx.print(&call.send().await?, None)
        }
        "update-role" => {
            let body: crate::types::ProjectRoleRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .update_role(
                    args::one::<String>(matches, "namespace")?,
                    args::one::<String>(matches, "name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "delete-role" => {
            let call = ctx
                .client()?
                .delete_role(
                    args::one::<String>(matches, "namespace")?,
                    args::one::<String>(matches, "name")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "list-role-bindings" => {
            let mut call = ctx
                .client()?
                .list_role_bindings(args::one::<String>(matches, "namespace")?);
            if let Some(value) = args::opt::<String>(matches, "uid") {
                call = call.uid(value);
            }
            if let Some(value) = args::opt::<String>(matches, "gid") {
                call = call.gid(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["binding_type"],
                    },
                ),
            )
        }
        "create-role-bindings" => {
            let body: crate::types::CreateRoleBindingsRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .create_role_bindings(args::one::<String>(matches, "namespace")?, body);
            ctx.print(&call.send().await?, None)
        }
        "update-user-role-bindings" => {
            let body: crate::types::UpdateRoleBindingsRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .update_user_role_bindings(
                    args::one::<String>(matches, "namespace")?,
                    args::one::<String>(matches, "uid")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "delete-user-role-bindings" => {
            let call = ctx
                .client()?
                .delete_user_role_bindings(
                    args::one::<String>(matches, "namespace")?,
                    args::one::<String>(matches, "uid")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "update-group-role-bindings" => {
            let body: crate::types::UpdateRoleBindingsRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .update_group_role_bindings(
                    args::one::<String>(matches, "namespace")?,
                    args::one::<String>(matches, "gid")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "delete-group-role-bindings" => {
            let call = ctx
                .client()?
                .delete_group_role_bindings(
                    args::one::<String>(matches, "namespace")?,
                    args::one::<String>(matches, "gid")?,
                );
            ctx.print(&call.send().await?, None)
        }
        _ => Err(Failure::unknown_command("user", command)),
    }
}
/// `zadig user list-users`: `GET /openapi/users`.
fn list_users_command() -> Command {
    Command::new("list-users")
        .about("Lists the users, one page at a time")
        .long_about(
            "Lists the users, one page at a time.\n\nGET /openapi/users\n\nOnly a system administrator may call this. With `account` set the server looks that one account up instead of searching by name.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `users`, columns UID, ACCOUNT, NAME, IDENTITY_TYPE, LAST_LOGIN_TIME.\n\nClient method: list_users",
        )
        .args([
            args::flag::<
                i64,
            >(
                "page-num",
                "1-based page number; the server sets no default, so pass it together with `pageSize` [query: pageNum]",
            ),
            args::flag::<
                i64,
            >(
                "page-size",
                "Number of users per page; the server sets no default [query: pageSize]",
            ),
            args::flag::<
                String,
            >("name", "Only users whose display name contains this text [query: name]"),
            args::flag::<
                String,
            >(
                "account",
                "Look up the user with exactly this login account; the name, role and paging filters are then not applied [query: account]",
            ),
            args::flag::<
                String,
            >(
                "identity-type",
                "With `account`: the account type to look in, e.g. `system` (used when left empty), `ldap` or `oauth`; `*` matches the account in every type [query: identity_type]",
            ),
            args::flag::<
                String,
            >(
                    "roles",
                    "Only users bound to one of these role names (in the project `projectName`, else system-wide) [query: roles]",
                )
                .action(clap::ArgAction::Append),
            args::flag::<
                String,
            >(
                "project-key",
                "Project key the `roles` filter applies in; empty means system roles [query: projectName] [read by v5.0.0 and later]",
            ),
            args::flag::<
                bool,
            >(
                "mfa-enabled",
                "Only users whose multi-factor authentication is turned on (true) or off (false) [query: mfa_enabled] [read by v5.0.0 and later]",
            ),
        ])
}
/// `zadig user get-user`: `GET /openapi/users/{uid}`.
fn get_user_command() -> Command {
    Command::new("get-user")
        .about("Reads one user's account details")
        .long_about(
            "Reads one user's account details.\n\nGET /openapi/users/{uid}\n\nA system administrator may read any user; anyone else only themselves.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns UID, ACCOUNT, NAME, IDENTITY_TYPE, EMAIL, PHONE.\n\nClient method: get_user",
        )
        .args([args::flag::<String>("uid", "Id of the user [path: uid]").required(true)])
}
/// `zadig user list-user-groups`: `GET /openapi/user-groups`.
fn list_user_groups_command() -> Command {
    Command::new("list-user-groups")
        .about("Lists the user groups, one page at a time")
        .long_about(
            "Lists the user groups, one page at a time.\n\nGET /openapi/user-groups\n\nOnly a system administrator may call this, and only on a licensed (enterprise) Zadig. Groups are listed most recently updated first.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `group_list`, columns ID, NAME, DESCRIPTION, TYPE, USER_TOTAL.\n\nClient method: list_user_groups",
        )
        .args([
            args::flag::<
                i64,
            >(
                "page-num",
                "1-based page number; the server sets no default, so pass it together with `pageSize` [query: pageNum]",
            ),
            args::flag::<
                i64,
            >(
                "page-size",
                "Number of groups per page; the server sets no default [query: pageSize]",
            ),
            args::flag::<
                String,
            >("name", "Only groups whose name contains this text [query: name]"),
        ])
}
/// `zadig user delete-user`: `DELETE /openapi/users/{uid}`.
fn delete_user_command() -> Command {
    Command::new("delete-user")
        .about("Deletes a user")
        .long_about(
            "Deletes a user.\n\nDELETE /openapi/users/{uid}\n\nServed by: v4.0.0 and later\n\nClient method: delete_user",
        )
        .args([args::flag::<String>("uid", "Id of the user [path: uid]").required(true)])
}
/// `zadig user list-resource-actions`: `GET /openapi/policy/resource-actions`.
fn list_resource_actions_command() -> Command {
    Command::new("list-resource-actions")
        .about("Lists the permission items a project role can grant")
        .long_about(
            "Lists the permission items a project role can grant.\n\nGET /openapi/policy/resource-actions\n\nThe items are grouped by resource (workflows, environments, services, ...), each with the actions that can be granted on it. Callers must be a system administrator or an administrator of the project.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns RESOURCE, ALIAS.\n\nClient method: list_resource_actions",
        )
        .args([
            args::flag::<
                String,
            >(
                    "project-key",
                    "Key of the project the roles belong to [query: projectName]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                "env-type",
                "Deployment type of the project, used to leave out items that do not apply: `pm` (host deployments) drops pod debugging and the production resources, any other value drops host SSH access; empty lists everything [query: envType]",
            ),
        ])
}
/// `zadig user list-roles`: `GET /openapi/policy/roles`.
fn list_roles_command() -> Command {
    Command::new("list-roles")
        .about("Lists the roles of a project")
        .long_about(
            "Lists the roles of a project.\n\nGET /openapi/policy/roles\n\nCallers must be a system administrator or an administrator of the project.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns ID, NAME, NAMESPACE, DESC, TYPE, GLOBAL_READ_ONLY.\n\nClient method: list_roles",
        )
        .args([
            args::flag::<
                String,
            >(
                    "namespace",
                    "Key of the project; `*` means system-wide roles (system administrators only) [query: namespace]",
                )
                .required(true),
            args::flag::<
                String,
            >("uid", "Only the roles this user (id) holds in the project [query: uid]"),
        ])
}
/// `zadig user get-role`: `GET /openapi/policy/roles/{name}`.
fn get_role_command() -> Command {
    Command::new("get-role")
        .about("Reads one project role with the permissions it grants")
        .long_about(
            "Reads one project role with the permissions it grants.\n\nGET /openapi/policy/roles/{name}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `rules`, columns RESOURCE.\n\nClient method: get_role",
        )
        .args([
            args::flag::<String>("name", "Name of the project role [path: name]")
                .required(true),
            args::flag::<
                String,
            >(
                    "namespace",
                    "Key of the project; `*` means system-wide roles (system administrators only) [query: namespace]",
                )
                .required(true),
        ])
}
/// `zadig user create-role`: `POST /openapi/policy/roles`.
fn create_role_command() -> Command {
    Command::new("create-role")
        .about("Creates a project role")
        .long_about(
            "Creates a project role.\n\nPOST /openapi/policy/roles\n\nA role in a project cannot take the name of a global role template.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (ProjectRoleRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_role",
        )
        .args([
            args::flag::<
                String,
            >(
                    "namespace",
                    "Key of the project; `*` means system-wide roles (system administrators only) [query: namespace]",
                )
                .required(true),
            args::body("ProjectRoleRequest", true),
        ])
}
/// `zadig user update-role`: `PUT /openapi/policy/roles/{name}`.
fn update_role_command() -> Command {
    Command::new("update-role")
        .about("Changes a project role; its permission list is replaced")
        .long_about(
            "Changes a project role; its permission list is replaced.\n\nPUT /openapi/policy/roles/{name}\n\nRoles that Zadig itself provides (type `system`) cannot be changed.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (ProjectRoleRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_role",
        )
        .args([
            args::flag::<
                String,
            >(
                    "name",
                    "Name of the project role; it overrides any `name` in the body [path: name]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                    "namespace",
                    "Key of the project; `*` means system-wide roles (system administrators only) [query: namespace]",
                )
                .required(true),
            args::body("ProjectRoleRequest", true),
        ])
}
/// `zadig user delete-role`: `DELETE /openapi/policy/roles/{name}`.
fn delete_role_command() -> Command {
    Command::new("delete-role")
        .about("Deletes a project role")
        .long_about(
            "Deletes a project role.\n\nDELETE /openapi/policy/roles/{name}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_role",
        )
        .args([
            args::flag::<String>("name", "Name of the project role [path: name]")
                .required(true),
            args::flag::<
                String,
            >(
                    "namespace",
                    "Key of the project; `*` means system-wide roles (system administrators only) [query: namespace]",
                )
                .required(true),
        ])
}
/// `zadig user list-role-bindings`: `GET /openapi/policy/role-bindings`.
fn list_role_bindings_command() -> Command {
    Command::new("list-role-bindings")
        .about("Lists the members of a project and their roles")
        .long_about(
            "Lists the members of a project and their roles.\n\nGET /openapi/policy/role-bindings\n\nWithout `uid` or `gid` every user and user group bound in the project is listed; give one of them (not both) to read a single member.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns BINDING_TYPE.\n\nClient method: list_role_bindings",
        )
        .args([
            args::flag::<String>("namespace", "Key of the project [query: namespace]")
                .required(true),
            args::flag::<
                String,
            >("uid", "Only this user (id); cannot be combined with `gid` [query: uid]"),
            args::flag::<
                String,
            >(
                "gid",
                "Only this user group (id); cannot be combined with `uid` [query: gid]",
            ),
        ])
}
/// `zadig user create-role-bindings`: `POST /openapi/policy/role-bindings`.
fn create_role_bindings_command() -> Command {
    Command::new("create-role-bindings")
        .about("Adds users or user groups to a project with one role")
        .long_about(
            "Adds users or user groups to a project with one role.\n\nPOST /openapi/policy/role-bindings\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (CreateRoleBindingsRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_role_bindings",
        )
        .args([
            args::flag::<String>("namespace", "Key of the project [query: namespace]")
                .required(true),
            args::body("CreateRoleBindingsRequest", true),
        ])
}
/// `zadig user update-user-role-bindings`: `POST /openapi/policy/role-bindings/user/{uid}`.
fn update_user_role_bindings_command() -> Command {
    Command::new("update-user-role-bindings")
        .about("Sets the project roles of a user, replacing the ones it had")
        .long_about(
            "Sets the project roles of a user, replacing the ones it had.\n\nPOST /openapi/policy/role-bindings/user/{uid}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (UpdateRoleBindingsRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_user_role_bindings",
        )
        .args([
            args::flag::<String>("uid", "Id of the user [path: uid]").required(true),
            args::flag::<String>("namespace", "Key of the project [query: namespace]")
                .required(true),
            args::body("UpdateRoleBindingsRequest", true),
        ])
}
/// `zadig user delete-user-role-bindings`: `DELETE /openapi/policy/role-bindings/user/{uid}`.
fn delete_user_role_bindings_command() -> Command {
    Command::new("delete-user-role-bindings")
        .about("Removes a user from a project")
        .long_about(
            "Removes a user from a project.\n\nDELETE /openapi/policy/role-bindings/user/{uid}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_user_role_bindings",
        )
        .args([
            args::flag::<String>("uid", "Id of the user [path: uid]").required(true),
            args::flag::<String>("namespace", "Key of the project [query: namespace]")
                .required(true),
        ])
}
/// `zadig user update-group-role-bindings`: `POST /openapi/policy/role-bindings/group/{gid}`.
fn update_group_role_bindings_command() -> Command {
    Command::new("update-group-role-bindings")
        .about("Sets the project roles of a user group, replacing the ones it had")
        .long_about(
            "Sets the project roles of a user group, replacing the ones it had.\n\nPOST /openapi/policy/role-bindings/group/{gid}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (UpdateRoleBindingsRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_group_role_bindings",
        )
        .args([
            args::flag::<String>("gid", "Id of the user group [path: gid]")
                .required(true),
            args::flag::<String>("namespace", "Key of the project [query: namespace]")
                .required(true),
            args::body("UpdateRoleBindingsRequest", true),
        ])
}
/// `zadig user delete-group-role-bindings`: `DELETE /openapi/policy/role-bindings/group/{gid}`.
fn delete_group_role_bindings_command() -> Command {
    Command::new("delete-group-role-bindings")
        .about("Removes a user group from a project")
        .long_about(
            "Removes a user group from a project.\n\nDELETE /openapi/policy/role-bindings/group/{gid}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_group_role_bindings",
        )
        .args([
            args::flag::<String>("gid", "Id of the user group [path: gid]")
                .required(true),
            args::flag::<String>("namespace", "Key of the project [query: namespace]")
                .required(true),
        ])
}
