// @generated from spec/user.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Users and permissions API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Lists the users, one page at a time.
    ///
    /// `GET /openapi/users`
    ///
    /// Only a system administrator may call this. With `account` set the server looks that one account up instead of searching by name.
    ///
    /// Optional query parameters are setters on [`ListUsers`]:
    /// - `page_num`: 1-based page number; the server sets no default, so pass it together with `pageSize`.
    /// - `page_size`: Number of users per page; the server sets no default.
    /// - `name`: Only users whose display name contains this text.
    /// - `account`: Look up the user with exactly this login account; the name, role and paging filters are then not applied.
    /// - `identity_type`: With `account`: the account type to look in, e.g. `system` (used when left empty), `ldap` or `oauth`; `*` matches the account in every type.
    /// - `roles`: Only users bound to one of these role names (in the project `projectName`, else system-wide).
    /// - `project_key`: Project key the `roles` filter applies in; empty means system roles.
    /// - `mfa_enabled`: Only users whose multi-factor authentication is turned on (true) or off (false).
    ///
    /// Returns the decoded [`UserBriefList`](crate::types::UserBriefList).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/user/#list-user-information>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_users(&self) -> ListUsers<'_> {
        ListUsers {
            client: self,
            page_num: None,
            page_size: None,
            name: None,
            account: None,
            identity_type: None,
            roles: None,
            project_key: None,
            mfa_enabled: None,
            options: CallOptions::default(),
        }
    }
    /// Reads one user's account details.
    ///
    /// `GET /openapi/users/{uid}`
    ///
    /// A system administrator may read any user; anyone else only themselves. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `uid` (path `uid`): Id of the user.
    ///
    /// Returns the decoded [`UserDetail`](crate::types::UserDetail).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `18278c71646c`, and may change without notice in a release.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_user(&self, uid: impl Into<String>) -> GetUser<'_> {
        GetUser {
            client: self,
            uid: uid.into(),
            options: CallOptions::default(),
        }
    }
    /// Lists the user groups, one page at a time.
    ///
    /// `GET /openapi/user-groups`
    ///
    /// Only a system administrator may call this, and only on a licensed (enterprise) Zadig. Groups are listed most recently updated first.
    ///
    /// Optional query parameters are setters on [`ListUserGroups`]:
    /// - `page_num`: 1-based page number; the server sets no default, so pass it together with `pageSize`.
    /// - `page_size`: Number of groups per page; the server sets no default.
    /// - `name`: Only groups whose name contains this text.
    ///
    /// Returns the decoded [`UserGroupList`](crate::types::UserGroupList).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/user/#list-user-group-information>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_user_groups(&self) -> ListUserGroups<'_> {
        ListUserGroups {
            client: self,
            page_num: None,
            page_size: None,
            name: None,
            options: CallOptions::default(),
        }
    }
    /// Deletes a user.
    ///
    /// `DELETE /openapi/users/{uid}`
    ///
    /// Arguments:
    /// - `uid` (path `uid`): Id of the user.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/user/#delete-user>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_user(&self, uid: impl Into<String>) -> DeleteUser<'_> {
        DeleteUser {
            client: self,
            uid: uid.into(),
            options: CallOptions::default(),
        }
    }
    /// Lists the permission items a project role can grant.
    ///
    /// `GET /openapi/policy/resource-actions`
    ///
    /// The items are grouped by resource (workflows, environments, services, ...), each with the actions that can be granted on it. Callers must be a system administrator or an administrator of the project.
    ///
    /// Arguments:
    /// - `project_key` (query `projectName`): Key of the project the roles belong to.
    ///
    /// Optional query parameters are setters on [`ListResourceActions`]:
    /// - `env_type`: Deployment type of the project, used to leave out items that do not apply: `pm` (host deployments) drops pod debugging and the production resources, any other value drops host SSH access; empty lists everything.
    ///
    /// Returns the decoded list of [`PermissionResourceDefinition`](crate::types::PermissionResourceDefinition).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#list-project-permission-item-definitions>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_resource_actions(
        &self,
        project_key: impl Into<String>,
    ) -> ListResourceActions<'_> {
        ListResourceActions {
            client: self,
            project_key: project_key.into(),
            env_type: None,
            options: CallOptions::default(),
        }
    }
    /// Lists the roles of a project.
    ///
    /// `GET /openapi/policy/roles`
    ///
    /// Callers must be a system administrator or an administrator of the project.
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project; `*` means system-wide roles (system administrators only).
    ///
    /// Optional query parameters are setters on [`ListRoles`]:
    /// - `uid`: Only the roles this user (id) holds in the project.
    ///
    /// Returns the decoded list of [`ProjectRole`](crate::types::ProjectRole).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#list-project-role-information>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_roles(&self, namespace: impl Into<String>) -> ListRoles<'_> {
        ListRoles {
            client: self,
            namespace: namespace.into(),
            uid: None,
            options: CallOptions::default(),
        }
    }
    /// Reads one project role with the permissions it grants.
    ///
    /// `GET /openapi/policy/roles/{name}`
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project; `*` means system-wide roles (system administrators only).
    /// - `name` (path `name`): Name of the project role.
    ///
    /// Returns the decoded [`ProjectRoleDetail`](crate::types::ProjectRoleDetail).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#get-project-role-details>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_role(
        &self,
        namespace: impl Into<String>,
        name: impl Into<String>,
    ) -> GetRole<'_> {
        GetRole {
            client: self,
            namespace: namespace.into(),
            name: name.into(),
            options: CallOptions::default(),
        }
    }
    /// Creates a project role.
    ///
    /// `POST /openapi/policy/roles`
    ///
    /// A role in a project cannot take the name of a global role template.
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project; `*` means system-wide roles (system administrators only).
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#create-project-role>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_role(
        &self,
        namespace: impl Into<String>,
        body: crate::types::ProjectRoleRequest,
    ) -> CreateRole<'_> {
        CreateRole {
            client: self,
            namespace: namespace.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Changes a project role; its permission list is replaced.
    ///
    /// `PUT /openapi/policy/roles/{name}`
    ///
    /// Roles that Zadig itself provides (type `system`) cannot be changed.
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project; `*` means system-wide roles (system administrators only).
    /// - `name` (path `name`): Name of the project role; it overrides any `name` in the body.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#edit-project-role>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_role(
        &self,
        namespace: impl Into<String>,
        name: impl Into<String>,
        body: crate::types::ProjectRoleRequest,
    ) -> UpdateRole<'_> {
        UpdateRole {
            client: self,
            namespace: namespace.into(),
            name: name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Deletes a project role.
    ///
    /// `DELETE /openapi/policy/roles/{name}`
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project; `*` means system-wide roles (system administrators only).
    /// - `name` (path `name`): Name of the project role.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#delete-project-role>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_role(
        &self,
        namespace: impl Into<String>,
        name: impl Into<String>,
    ) -> DeleteRole<'_> {
        DeleteRole {
            client: self,
            namespace: namespace.into(),
            name: name.into(),
            options: CallOptions::default(),
        }
    }
    /// Lists the members of a project and their roles.
    ///
    /// `GET /openapi/policy/role-bindings`
    ///
    /// Without `uid` or `gid` every user and user group bound in the project is listed; give one of them (not both) to read a single member.
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project.
    ///
    /// Optional query parameters are setters on [`ListRoleBindings`]:
    /// - `uid`: Only this user (id); cannot be combined with `gid`.
    /// - `gid`: Only this user group (id); cannot be combined with `uid`.
    ///
    /// Returns the decoded list of [`RoleBindingInfo`](crate::types::RoleBindingInfo).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#list-project-members>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_role_bindings(
        &self,
        namespace: impl Into<String>,
    ) -> ListRoleBindings<'_> {
        ListRoleBindings {
            client: self,
            namespace: namespace.into(),
            uid: None,
            gid: None,
            options: CallOptions::default(),
        }
    }
    /// Adds users or user groups to a project with one role.
    ///
    /// `POST /openapi/policy/role-bindings`
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#add-project-members>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_role_bindings(
        &self,
        namespace: impl Into<String>,
        body: crate::types::CreateRoleBindingsRequest,
    ) -> CreateRoleBindings<'_> {
        CreateRoleBindings {
            client: self,
            namespace: namespace.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Sets the project roles of a user, replacing the ones it had.
    ///
    /// `POST /openapi/policy/role-bindings/user/{uid}`
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project.
    /// - `uid` (path `uid`): Id of the user.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#update-project-member-roles>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_user_role_bindings(
        &self,
        namespace: impl Into<String>,
        uid: impl Into<String>,
        body: crate::types::UpdateRoleBindingsRequest,
    ) -> UpdateUserRoleBindings<'_> {
        UpdateUserRoleBindings {
            client: self,
            namespace: namespace.into(),
            uid: uid.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Removes a user from a project.
    ///
    /// `DELETE /openapi/policy/role-bindings/user/{uid}`
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project.
    /// - `uid` (path `uid`): Id of the user.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#delete-project-member>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_user_role_bindings(
        &self,
        namespace: impl Into<String>,
        uid: impl Into<String>,
    ) -> DeleteUserRoleBindings<'_> {
        DeleteUserRoleBindings {
            client: self,
            namespace: namespace.into(),
            uid: uid.into(),
            options: CallOptions::default(),
        }
    }
    /// Sets the project roles of a user group, replacing the ones it had.
    ///
    /// `POST /openapi/policy/role-bindings/group/{gid}`
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project.
    /// - `gid` (path `gid`): Id of the user group.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#update-project-user-group-member-roles>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_group_role_bindings(
        &self,
        namespace: impl Into<String>,
        gid: impl Into<String>,
        body: crate::types::UpdateRoleBindingsRequest,
    ) -> UpdateGroupRoleBindings<'_> {
        UpdateGroupRoleBindings {
            client: self,
            namespace: namespace.into(),
            gid: gid.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Removes a user group from a project.
    ///
    /// `DELETE /openapi/policy/role-bindings/group/{gid}`
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project.
    /// - `gid` (path `gid`): Id of the user group.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#delete-project-user-group-member>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_group_role_bindings(
        &self,
        namespace: impl Into<String>,
        gid: impl Into<String>,
    ) -> DeleteGroupRoleBindings<'_> {
        DeleteGroupRoleBindings {
            client: self,
            namespace: namespace.into(),
            gid: gid.into(),
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::list_users`](crate::Client::list_users): `GET /openapi/users`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListUsers<'a> {
    client: &'a crate::Client,
    page_num: Option<i64>,
    page_size: Option<i64>,
    name: Option<String>,
    account: Option<String>,
    identity_type: Option<String>,
    roles: Option<Vec<String>>,
    project_key: Option<String>,
    mfa_enabled: Option<bool>,
    options: CallOptions,
}
impl<'a> ListUsers<'a> {
    /// 1-based page number; the server sets no default, so pass it together with `pageSize` (query `pageNum`).
    pub fn page_num(mut self, value: i64) -> Self {
        self.page_num = Some(value);
        self
    }
    /// Number of users per page; the server sets no default (query `pageSize`).
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Only users whose display name contains this text (query `name`).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Look up the user with exactly this login account; the name, role and paging filters are then not applied (query `account`).
    pub fn account(mut self, value: impl Into<String>) -> Self {
        self.account = Some(value.into());
        self
    }
    /// With `account`: the account type to look in, e.g. `system` (used when left empty), `ldap` or `oauth`; `*` matches the account in every type (query `identity_type`).
    pub fn identity_type(mut self, value: impl Into<String>) -> Self {
        self.identity_type = Some(value.into());
        self
    }
    /// Only users bound to one of these role names (in the project `projectName`, else system-wide) (query `roles`).
    pub fn roles(mut self, value: Vec<String>) -> Self {
        self.roles = Some(value);
        self
    }
    /// Project key the `roles` filter applies in; empty means system roles (query `projectName`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// Only users whose multi-factor authentication is turned on (true) or off (false) (query `mfa_enabled`).
    pub fn mfa_enabled(mut self, value: bool) -> Self {
        self.mfa_enabled = Some(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`UserBriefList`](crate::types::UserBriefList).
    ///
    /// # Errors
    ///
    /// See [`Client::list_users`](crate::Client::list_users).
    pub async fn send(self) -> crate::Result<crate::types::UserBriefList> {
        let mut request = Request::new(
            "list_users",
            reqwest::Method::GET,
            "/openapi/users",
        );
        if let Some(value) = &self.page_num {
            request.query("pageNum", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        if let Some(value) = &self.name {
            request.query("name", value);
        }
        if let Some(value) = &self.account {
            request.query("account", value);
        }
        if let Some(value) = &self.identity_type {
            request.query("identity_type", value);
        }
        for value in self.roles.iter().flatten() {
            request.query("roles", value);
        }
        if let Some(value) = &self.project_key {
            request.query("projectName", value);
        }
        if let Some(value) = &self.mfa_enabled {
            request.query("mfa_enabled", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_user`](crate::Client::get_user): `GET /openapi/users/{uid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetUser<'a> {
    client: &'a crate::Client,
    uid: String,
    options: CallOptions,
}
impl<'a> GetUser<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`UserDetail`](crate::types::UserDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_user`](crate::Client::get_user).
    pub async fn send(self) -> crate::Result<crate::types::UserDetail> {
        let mut request = Request::new(
            "get_user",
            reqwest::Method::GET,
            "/openapi/users/{uid}",
        );
        request.path_param("uid", &self.uid);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_user_groups`](crate::Client::list_user_groups): `GET /openapi/user-groups`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListUserGroups<'a> {
    client: &'a crate::Client,
    page_num: Option<i64>,
    page_size: Option<i64>,
    name: Option<String>,
    options: CallOptions,
}
impl<'a> ListUserGroups<'a> {
    /// 1-based page number; the server sets no default, so pass it together with `pageSize` (query `pageNum`).
    pub fn page_num(mut self, value: i64) -> Self {
        self.page_num = Some(value);
        self
    }
    /// Number of groups per page; the server sets no default (query `pageSize`).
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Only groups whose name contains this text (query `name`).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`UserGroupList`](crate::types::UserGroupList).
    ///
    /// # Errors
    ///
    /// See [`Client::list_user_groups`](crate::Client::list_user_groups).
    pub async fn send(self) -> crate::Result<crate::types::UserGroupList> {
        let mut request = Request::new(
            "list_user_groups",
            reqwest::Method::GET,
            "/openapi/user-groups",
        );
        if let Some(value) = &self.page_num {
            request.query("pageNum", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        if let Some(value) = &self.name {
            request.query("name", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::delete_user`](crate::Client::delete_user): `DELETE /openapi/users/{uid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteUser<'a> {
    client: &'a crate::Client,
    uid: String,
    options: CallOptions,
}
impl<'a> DeleteUser<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_user`](crate::Client::delete_user).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_user",
            reqwest::Method::DELETE,
            "/openapi/users/{uid}",
        );
        request.path_param("uid", &self.uid);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::list_resource_actions`](crate::Client::list_resource_actions): `GET /openapi/policy/resource-actions`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListResourceActions<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_type: Option<String>,
    options: CallOptions,
}
impl<'a> ListResourceActions<'a> {
    /// Deployment type of the project, used to leave out items that do not apply: `pm` (host deployments) drops pod debugging and the production resources, any other value drops host SSH access; empty lists everything (query `envType`).
    pub fn env_type(mut self, value: impl Into<String>) -> Self {
        self.env_type = Some(value.into());
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded list of [`PermissionResourceDefinition`](crate::types::PermissionResourceDefinition).
    ///
    /// # Errors
    ///
    /// See [`Client::list_resource_actions`](crate::Client::list_resource_actions).
    pub async fn send(
        self,
    ) -> crate::Result<Vec<crate::types::PermissionResourceDefinition>> {
        let mut request = Request::new(
            "list_resource_actions",
            reqwest::Method::GET,
            "/openapi/policy/resource-actions",
        );
        request.query("projectName", &self.project_key);
        if let Some(value) = &self.env_type {
            request.query("envType", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_roles`](crate::Client::list_roles): `GET /openapi/policy/roles`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListRoles<'a> {
    client: &'a crate::Client,
    namespace: String,
    uid: Option<String>,
    options: CallOptions,
}
impl<'a> ListRoles<'a> {
    /// Only the roles this user (id) holds in the project (query `uid`).
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        self.uid = Some(value.into());
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded list of [`ProjectRole`](crate::types::ProjectRole).
    ///
    /// # Errors
    ///
    /// See [`Client::list_roles`](crate::Client::list_roles).
    pub async fn send(self) -> crate::Result<Vec<crate::types::ProjectRole>> {
        let mut request = Request::new(
            "list_roles",
            reqwest::Method::GET,
            "/openapi/policy/roles",
        );
        request.query("namespace", &self.namespace);
        if let Some(value) = &self.uid {
            request.query("uid", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_role`](crate::Client::get_role): `GET /openapi/policy/roles/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetRole<'a> {
    client: &'a crate::Client,
    namespace: String,
    name: String,
    options: CallOptions,
}
impl<'a> GetRole<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded [`ProjectRoleDetail`](crate::types::ProjectRoleDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_role`](crate::Client::get_role).
    pub async fn send(self) -> crate::Result<crate::types::ProjectRoleDetail> {
        let mut request = Request::new(
            "get_role",
            reqwest::Method::GET,
            "/openapi/policy/roles/{name}",
        );
        request.path_param("name", &self.name);
        request.query("namespace", &self.namespace);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_role`](crate::Client::create_role): `POST /openapi/policy/roles`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateRole<'a> {
    client: &'a crate::Client,
    namespace: String,
    body: crate::types::ProjectRoleRequest,
    options: CallOptions,
}
impl<'a> CreateRole<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since
    /// repeating it may repeat its effect; opt in only when that is safe.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_role`](crate::Client::create_role).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_role",
            reqwest::Method::POST,
            "/openapi/policy/roles",
        );
        request.query("namespace", &self.namespace);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_role`](crate::Client::update_role): `PUT /openapi/policy/roles/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateRole<'a> {
    client: &'a crate::Client,
    namespace: String,
    name: String,
    body: crate::types::ProjectRoleRequest,
    options: CallOptions,
}
impl<'a> UpdateRole<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::update_role`](crate::Client::update_role).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_role",
            reqwest::Method::PUT,
            "/openapi/policy/roles/{name}",
        );
        request.path_param("name", &self.name);
        request.query("namespace", &self.namespace);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_role`](crate::Client::delete_role): `DELETE /openapi/policy/roles/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteRole<'a> {
    client: &'a crate::Client,
    namespace: String,
    name: String,
    options: CallOptions,
}
impl<'a> DeleteRole<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_role`](crate::Client::delete_role).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_role",
            reqwest::Method::DELETE,
            "/openapi/policy/roles/{name}",
        );
        request.path_param("name", &self.name);
        request.query("namespace", &self.namespace);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::list_role_bindings`](crate::Client::list_role_bindings): `GET /openapi/policy/role-bindings`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListRoleBindings<'a> {
    client: &'a crate::Client,
    namespace: String,
    uid: Option<String>,
    gid: Option<String>,
    options: CallOptions,
}
impl<'a> ListRoleBindings<'a> {
    /// Only this user (id); cannot be combined with `gid` (query `uid`).
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        self.uid = Some(value.into());
        self
    }
    /// Only this user group (id); cannot be combined with `uid` (query `gid`).
    pub fn gid(mut self, value: impl Into<String>) -> Self {
        self.gid = Some(value.into());
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns the decoded list of [`RoleBindingInfo`](crate::types::RoleBindingInfo).
    ///
    /// # Errors
    ///
    /// See [`Client::list_role_bindings`](crate::Client::list_role_bindings).
    pub async fn send(self) -> crate::Result<Vec<crate::types::RoleBindingInfo>> {
        let mut request = Request::new(
            "list_role_bindings",
            reqwest::Method::GET,
            "/openapi/policy/role-bindings",
        );
        request.query("namespace", &self.namespace);
        if let Some(value) = &self.uid {
            request.query("uid", value);
        }
        if let Some(value) = &self.gid {
            request.query("gid", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_role_bindings`](crate::Client::create_role_bindings): `POST /openapi/policy/role-bindings`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateRoleBindings<'a> {
    client: &'a crate::Client,
    namespace: String,
    body: crate::types::CreateRoleBindingsRequest,
    options: CallOptions,
}
impl<'a> CreateRoleBindings<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since
    /// repeating it may repeat its effect; opt in only when that is safe.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_role_bindings`](crate::Client::create_role_bindings).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_role_bindings",
            reqwest::Method::POST,
            "/openapi/policy/role-bindings",
        );
        request.query("namespace", &self.namespace);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_user_role_bindings`](crate::Client::update_user_role_bindings): `POST /openapi/policy/role-bindings/user/{uid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateUserRoleBindings<'a> {
    client: &'a crate::Client,
    namespace: String,
    uid: String,
    body: crate::types::UpdateRoleBindingsRequest,
    options: CallOptions,
}
impl<'a> UpdateUserRoleBindings<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since
    /// repeating it may repeat its effect; opt in only when that is safe.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::update_user_role_bindings`](crate::Client::update_user_role_bindings).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_user_role_bindings",
            reqwest::Method::POST,
            "/openapi/policy/role-bindings/user/{uid}",
        );
        request.path_param("uid", &self.uid);
        request.query("namespace", &self.namespace);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_user_role_bindings`](crate::Client::delete_user_role_bindings): `DELETE /openapi/policy/role-bindings/user/{uid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteUserRoleBindings<'a> {
    client: &'a crate::Client,
    namespace: String,
    uid: String,
    options: CallOptions,
}
impl<'a> DeleteUserRoleBindings<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_user_role_bindings`](crate::Client::delete_user_role_bindings).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_user_role_bindings",
            reqwest::Method::DELETE,
            "/openapi/policy/role-bindings/user/{uid}",
        );
        request.path_param("uid", &self.uid);
        request.query("namespace", &self.namespace);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_group_role_bindings`](crate::Client::update_group_role_bindings): `POST /openapi/policy/role-bindings/group/{gid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateGroupRoleBindings<'a> {
    client: &'a crate::Client,
    namespace: String,
    gid: String,
    body: crate::types::UpdateRoleBindingsRequest,
    options: CallOptions,
}
impl<'a> UpdateGroupRoleBindings<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Opts this call in to retries (`true`). A `POST` or `PATCH` is not retried by default, since
    /// repeating it may repeat its effect; opt in only when that is safe.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::update_group_role_bindings`](crate::Client::update_group_role_bindings).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_group_role_bindings",
            reqwest::Method::POST,
            "/openapi/policy/role-bindings/group/{gid}",
        );
        request.path_param("gid", &self.gid);
        request.query("namespace", &self.namespace);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_group_role_bindings`](crate::Client::delete_group_role_bindings): `DELETE /openapi/policy/role-bindings/group/{gid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteGroupRoleBindings<'a> {
    client: &'a crate::Client,
    namespace: String,
    gid: String,
    options: CallOptions,
}
impl<'a> DeleteGroupRoleBindings<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call;
    /// see [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.set_deadline(deadline);
        self
    }
    /// Turns retries off (`false`) or on (`true`, the default for this idempotent method) for this call.
    pub fn retry(mut self, retry: bool) -> Self {
        self.options.set_retry(retry);
        self
    }
    /// Adds `name=value` to the query string, after the parameters this call declares:
    /// for a parameter the server reads that the bindings do not know yet.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.options.add_query(name, value);
        self
    }
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_group_role_bindings`](crate::Client::delete_group_role_bindings).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_group_role_bindings",
            reqwest::Method::DELETE,
            "/openapi/policy/role-bindings/group/{gid}",
        );
        request.path_param("gid", &self.gid);
        request.query("namespace", &self.namespace);
        self.client.send_message(request, self.options).await
    }
}
