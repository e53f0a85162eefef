// @generated from spec/user.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Users and permissions API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
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
            inner: self.as_async().list_users(),
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
            inner: self.as_async().get_user(uid),
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
            inner: self.as_async().list_user_groups(),
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
            inner: self.as_async().delete_user(uid),
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
            inner: self.as_async().list_resource_actions(project_key),
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
            inner: self.as_async().list_roles(namespace),
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
            inner: self.as_async().get_role(namespace, name),
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
            inner: self.as_async().create_role(namespace, body),
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
            inner: self.as_async().update_role(namespace, name, body),
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
            inner: self.as_async().delete_role(namespace, name),
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
            inner: self.as_async().list_role_bindings(namespace),
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
            inner: self.as_async().create_role_bindings(namespace, body),
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
            inner: self.as_async().update_user_role_bindings(namespace, uid, body),
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
            inner: self.as_async().delete_user_role_bindings(namespace, uid),
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
            inner: self.as_async().update_group_role_bindings(namespace, gid, body),
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
            inner: self.as_async().delete_group_role_bindings(namespace, gid),
        }
    }
}
/// Blocking request builder for [`blocking::Client::list_users`](crate::blocking::Client::list_users): `GET /openapi/users`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListUsers<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListUsers<'a>,
}
impl<'a> ListUsers<'a> {
    /// Sets the optional query parameter `pageNum`; see [`requests::ListUsers::page_num`](crate::requests::ListUsers::page_num).
    pub fn page_num(mut self, value: i64) -> Self {
        self.inner = self.inner.page_num(value);
        self
    }
    /// Sets the optional query parameter `pageSize`; see [`requests::ListUsers::page_size`](crate::requests::ListUsers::page_size).
    pub fn page_size(mut self, value: i64) -> Self {
        self.inner = self.inner.page_size(value);
        self
    }
    /// Sets the optional query parameter `name`; see [`requests::ListUsers::name`](crate::requests::ListUsers::name).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.name(value);
        self
    }
    /// Sets the optional query parameter `account`; see [`requests::ListUsers::account`](crate::requests::ListUsers::account).
    pub fn account(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.account(value);
        self
    }
    /// Sets the optional query parameter `identity_type`; see [`requests::ListUsers::identity_type`](crate::requests::ListUsers::identity_type).
    pub fn identity_type(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.identity_type(value);
        self
    }
    /// Sets the optional query parameter `roles`; see [`requests::ListUsers::roles`](crate::requests::ListUsers::roles).
    pub fn roles(mut self, value: Vec<String>) -> Self {
        self.inner = self.inner.roles(value);
        self
    }
    /// Sets the optional query parameter `projectName`; see [`requests::ListUsers::project_key`](crate::requests::ListUsers::project_key).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.project_key(value);
        self
    }
    /// Sets the optional query parameter `mfa_enabled`; see [`requests::ListUsers::mfa_enabled`](crate::requests::ListUsers::mfa_enabled).
    pub fn mfa_enabled(mut self, value: bool) -> Self {
        self.inner = self.inner.mfa_enabled(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_users`](crate::Client::list_users); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::UserBriefList> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_user`](crate::blocking::Client::get_user): `GET /openapi/users/{uid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetUser<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetUser<'a>,
}
impl<'a> GetUser<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_user`](crate::Client::get_user); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::UserDetail> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_user_groups`](crate::blocking::Client::list_user_groups): `GET /openapi/user-groups`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListUserGroups<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListUserGroups<'a>,
}
impl<'a> ListUserGroups<'a> {
    /// Sets the optional query parameter `pageNum`; see [`requests::ListUserGroups::page_num`](crate::requests::ListUserGroups::page_num).
    pub fn page_num(mut self, value: i64) -> Self {
        self.inner = self.inner.page_num(value);
        self
    }
    /// Sets the optional query parameter `pageSize`; see [`requests::ListUserGroups::page_size`](crate::requests::ListUserGroups::page_size).
    pub fn page_size(mut self, value: i64) -> Self {
        self.inner = self.inner.page_size(value);
        self
    }
    /// Sets the optional query parameter `name`; see [`requests::ListUserGroups::name`](crate::requests::ListUserGroups::name).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.name(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_user_groups`](crate::Client::list_user_groups); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::UserGroupList> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_user`](crate::blocking::Client::delete_user): `DELETE /openapi/users/{uid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteUser<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteUser<'a>,
}
impl<'a> DeleteUser<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_user`](crate::Client::delete_user); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_resource_actions`](crate::blocking::Client::list_resource_actions): `GET /openapi/policy/resource-actions`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListResourceActions<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListResourceActions<'a>,
}
impl<'a> ListResourceActions<'a> {
    /// Sets the optional query parameter `envType`; see [`requests::ListResourceActions::env_type`](crate::requests::ListResourceActions::env_type).
    pub fn env_type(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.env_type(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_resource_actions`](crate::Client::list_resource_actions); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<Vec<crate::types::PermissionResourceDefinition>> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_roles`](crate::blocking::Client::list_roles): `GET /openapi/policy/roles`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListRoles<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListRoles<'a>,
}
impl<'a> ListRoles<'a> {
    /// Sets the optional query parameter `uid`; see [`requests::ListRoles::uid`](crate::requests::ListRoles::uid).
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.uid(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_roles`](crate::Client::list_roles); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<Vec<crate::types::ProjectRole>> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_role`](crate::blocking::Client::get_role): `GET /openapi/policy/roles/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetRole<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetRole<'a>,
}
impl<'a> GetRole<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_role`](crate::Client::get_role); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ProjectRoleDetail> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_role`](crate::blocking::Client::create_role): `POST /openapi/policy/roles`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateRole<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateRole<'a>,
}
impl<'a> CreateRole<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::create_role`](crate::Client::create_role); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_role`](crate::blocking::Client::update_role): `PUT /openapi/policy/roles/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateRole<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateRole<'a>,
}
impl<'a> UpdateRole<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::update_role`](crate::Client::update_role); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_role`](crate::blocking::Client::delete_role): `DELETE /openapi/policy/roles/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteRole<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteRole<'a>,
}
impl<'a> DeleteRole<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_role`](crate::Client::delete_role); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_role_bindings`](crate::blocking::Client::list_role_bindings): `GET /openapi/policy/role-bindings`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListRoleBindings<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListRoleBindings<'a>,
}
impl<'a> ListRoleBindings<'a> {
    /// Sets the optional query parameter `uid`; see [`requests::ListRoleBindings::uid`](crate::requests::ListRoleBindings::uid).
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.uid(value);
        self
    }
    /// Sets the optional query parameter `gid`; see [`requests::ListRoleBindings::gid`](crate::requests::ListRoleBindings::gid).
    pub fn gid(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.gid(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_role_bindings`](crate::Client::list_role_bindings); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<Vec<crate::types::RoleBindingInfo>> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_role_bindings`](crate::blocking::Client::create_role_bindings): `POST /openapi/policy/role-bindings`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateRoleBindings<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateRoleBindings<'a>,
}
impl<'a> CreateRoleBindings<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::create_role_bindings`](crate::Client::create_role_bindings); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_user_role_bindings`](crate::blocking::Client::update_user_role_bindings): `POST /openapi/policy/role-bindings/user/{uid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateUserRoleBindings<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateUserRoleBindings<'a>,
}
impl<'a> UpdateUserRoleBindings<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::update_user_role_bindings`](crate::Client::update_user_role_bindings); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_user_role_bindings`](crate::blocking::Client::delete_user_role_bindings): `DELETE /openapi/policy/role-bindings/user/{uid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteUserRoleBindings<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteUserRoleBindings<'a>,
}
impl<'a> DeleteUserRoleBindings<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_user_role_bindings`](crate::Client::delete_user_role_bindings); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_group_role_bindings`](crate::blocking::Client::update_group_role_bindings): `POST /openapi/policy/role-bindings/group/{gid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateGroupRoleBindings<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateGroupRoleBindings<'a>,
}
impl<'a> UpdateGroupRoleBindings<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::update_group_role_bindings`](crate::Client::update_group_role_bindings); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_group_role_bindings`](crate::blocking::Client::delete_group_role_bindings): `DELETE /openapi/policy/role-bindings/group/{gid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteGroupRoleBindings<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteGroupRoleBindings<'a>,
}
impl<'a> DeleteGroupRoleBindings<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_group_role_bindings`](crate::Client::delete_group_role_bindings); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
