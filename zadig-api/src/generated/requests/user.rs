// @generated from spec/user.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Users and permissions API.
#[cfg_attr(docsrs, doc(cfg(feature = "user")))]
impl<M> crate::GenericClient<M> {
    /// Lists the users, one page at a time.
    ///
    /// `GET /openapi/users`
    ///
    /// Only a system administrator may call this. With `account` set the server looks that one account up instead of searching by name.
    ///
    /// Optional query parameters: [`page_num`](ListUsers::page_num), [`page_size`](ListUsers::page_size), [`name`](ListUsers::name), [`account`](ListUsers::account), [`identity_type`](ListUsers::identity_type), [`roles`](ListUsers::roles), [`project_key`](ListUsers::project_key), [`mfa_enabled`](ListUsers::mfa_enabled).
    ///
    /// `send()` returns the decoded [`UserBriefList`](crate::types::UserBriefList).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/user/#list-user-information>
    pub fn list_users(&self) -> ListUsers<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListUsers {
                page_num: None,
                page_size: None,
                name: None,
                account: None,
                identity_type: None,
                roles: None,
                project_key: None,
                mfa_enabled: None,
            },
        )
    }
    /// Reads one user's account details.
    ///
    /// `GET /openapi/users/{uid}`
    ///
    /// A system administrator may read any user; anyone else only themselves.
    ///
    /// Arguments:
    /// - `uid` (path `uid`): Id of the user.
    ///
    /// `send()` returns the decoded [`UserDetail`](crate::types::UserDetail).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn get_user(&self, uid: impl Into<String>) -> GetUser<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetUser {
                uid: uid.into(),
            },
        )
    }
    /// Lists the user groups, one page at a time.
    ///
    /// `GET /openapi/user-groups`
    ///
    /// Only a system administrator may call this, and only on a licensed (enterprise) Zadig. Groups are listed most recently updated first.
    ///
    /// Optional query parameters: [`page_num`](ListUserGroups::page_num), [`page_size`](ListUserGroups::page_size), [`name`](ListUserGroups::name).
    ///
    /// `send()` returns the decoded [`UserGroupList`](crate::types::UserGroupList).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/user/#list-user-group-information>
    pub fn list_user_groups(&self) -> ListUserGroups<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListUserGroups {
                page_num: None,
                page_size: None,
                name: None,
            },
        )
    }
    /// Deletes a user.
    ///
    /// `DELETE /openapi/users/{uid}`
    ///
    /// Served by Zadig v4.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Arguments:
    /// - `uid` (path `uid`): Id of the user.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/user/#delete-user>
    pub fn delete_user(&self, uid: impl Into<String>) -> DeleteUser<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteUser {
                uid: uid.into(),
            },
        )
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
    /// Optional query parameters: [`env_type`](ListResourceActions::env_type).
    ///
    /// `send()` returns the decoded list of [`PermissionResourceDefinition`](crate::types::PermissionResourceDefinition).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#list-project-permission-item-definitions>
    pub fn list_resource_actions(
        &self,
        project_key: impl Into<String>,
    ) -> ListResourceActions<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListResourceActions {
                project_key: project_key.into(),
                env_type: None,
            },
        )
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
    /// Optional query parameters: [`uid`](ListRoles::uid).
    ///
    /// `send()` returns the decoded list of [`ProjectRole`](crate::types::ProjectRole).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#list-project-role-information>
    pub fn list_roles(&self, namespace: impl Into<String>) -> ListRoles<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListRoles {
                namespace: namespace.into(),
                uid: None,
            },
        )
    }
    /// Reads one project role with the permissions it grants.
    ///
    /// `GET /openapi/policy/roles/{name}`
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project; `*` means system-wide roles (system administrators only).
    /// - `name` (path `name`): Name of the project role.
    ///
    /// `send()` returns the decoded [`ProjectRoleDetail`](crate::types::ProjectRoleDetail).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#get-project-role-details>
    pub fn get_role(
        &self,
        namespace: impl Into<String>,
        name: impl Into<String>,
    ) -> GetRole<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetRole {
                namespace: namespace.into(),
                name: name.into(),
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#create-project-role>
    pub fn create_role(
        &self,
        namespace: impl Into<String>,
        body: crate::types::ProjectRoleRequest,
    ) -> CreateRole<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateRole {
                namespace: namespace.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#edit-project-role>
    pub fn update_role(
        &self,
        namespace: impl Into<String>,
        name: impl Into<String>,
        body: crate::types::ProjectRoleRequest,
    ) -> UpdateRole<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateRole {
                namespace: namespace.into(),
                name: name.into(),
                body,
            },
        )
    }
    /// Deletes a project role.
    ///
    /// `DELETE /openapi/policy/roles/{name}`
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project; `*` means system-wide roles (system administrators only).
    /// - `name` (path `name`): Name of the project role.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#delete-project-role>
    pub fn delete_role(
        &self,
        namespace: impl Into<String>,
        name: impl Into<String>,
    ) -> DeleteRole<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteRole {
                namespace: namespace.into(),
                name: name.into(),
            },
        )
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
    /// Optional query parameters: [`uid`](ListRoleBindings::uid), [`gid`](ListRoleBindings::gid).
    ///
    /// `send()` returns the decoded list of [`RoleBindingInfo`](crate::types::RoleBindingInfo).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#list-project-members>
    pub fn list_role_bindings(
        &self,
        namespace: impl Into<String>,
    ) -> ListRoleBindings<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListRoleBindings {
                namespace: namespace.into(),
                uid: None,
                gid: None,
            },
        )
    }
    /// Adds users or user groups to a project with one role.
    ///
    /// `POST /openapi/policy/role-bindings`
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#add-project-members>
    pub fn create_role_bindings(
        &self,
        namespace: impl Into<String>,
        body: crate::types::CreateRoleBindingsRequest,
    ) -> CreateRoleBindings<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateRoleBindings {
                namespace: namespace.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#update-project-member-roles>
    pub fn update_user_role_bindings(
        &self,
        namespace: impl Into<String>,
        uid: impl Into<String>,
        body: crate::types::UpdateRoleBindingsRequest,
    ) -> UpdateUserRoleBindings<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateUserRoleBindings {
                namespace: namespace.into(),
                uid: uid.into(),
                body,
            },
        )
    }
    /// Removes a user from a project.
    ///
    /// `DELETE /openapi/policy/role-bindings/user/{uid}`
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project.
    /// - `uid` (path `uid`): Id of the user.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#delete-project-member>
    pub fn delete_user_role_bindings(
        &self,
        namespace: impl Into<String>,
        uid: impl Into<String>,
    ) -> DeleteUserRoleBindings<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteUserRoleBindings {
                namespace: namespace.into(),
                uid: uid.into(),
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#update-project-user-group-member-roles>
    pub fn update_group_role_bindings(
        &self,
        namespace: impl Into<String>,
        gid: impl Into<String>,
        body: crate::types::UpdateRoleBindingsRequest,
    ) -> UpdateGroupRoleBindings<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateGroupRoleBindings {
                namespace: namespace.into(),
                gid: gid.into(),
                body,
            },
        )
    }
    /// Removes a user group from a project.
    ///
    /// `DELETE /openapi/policy/role-bindings/group/{gid}`
    ///
    /// Arguments:
    /// - `namespace` (query `namespace`): Key of the project.
    /// - `gid` (path `gid`): Id of the user group.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/policy/#delete-project-user-group-member>
    pub fn delete_group_role_bindings(
        &self,
        namespace: impl Into<String>,
        gid: impl Into<String>,
    ) -> DeleteGroupRoleBindings<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteGroupRoleBindings {
                namespace: namespace.into(),
                gid: gid.into(),
            },
        )
    }
}
/// The call of [`Client::list_users`](crate::Client::list_users) (`GET /openapi/users`) on either client.
pub type ListUsers<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListUsers,
>;
impl<M> ListUsers<'_, M> {
    /// 1-based page number; the server sets no default, so pass it together with `pageSize` (query `pageNum`).
    pub fn page_num(mut self, value: i64) -> Self {
        self.endpoint.page_num = Some(value);
        self
    }
    /// Number of users per page; the server sets no default (query `pageSize`).
    pub fn page_size(mut self, value: i64) -> Self {
        self.endpoint.page_size = Some(value);
        self
    }
    /// Only users whose display name contains this text (query `name`).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.name = Some(value.into());
        self
    }
    /// Look up the user with exactly this login account; the name, role and paging filters are then not applied (query `account`).
    pub fn account(mut self, value: impl Into<String>) -> Self {
        self.endpoint.account = Some(value.into());
        self
    }
    /// With `account`: the account type to look in, e.g. `system` (used when left empty), `ldap` or `oauth`; `*` matches the account in every type (query `identity_type`).
    pub fn identity_type(mut self, value: impl Into<String>) -> Self {
        self.endpoint.identity_type = Some(value.into());
        self
    }
    /// Only users bound to one of these role names (in the project `projectName`, else system-wide) (query `roles`).
    pub fn roles(mut self, value: Vec<String>) -> Self {
        self.endpoint.roles = Some(value);
        self
    }
    /// Project key the `roles` filter applies in; empty means system roles (query `projectName`). The Zadig releases that read it: v5.0.0 and later; the others ignore it when it is sent.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.project_key = Some(value.into());
        self
    }
    /// Only users whose multi-factor authentication is turned on (true) or off (false) (query `mfa_enabled`). The Zadig releases that read it: v5.0.0 and later; the others ignore it when it is sent.
    pub fn mfa_enabled(mut self, value: bool) -> Self {
        self.endpoint.mfa_enabled = Some(value);
        self
    }
}
/// The call of [`Client::get_user`](crate::Client::get_user) (`GET /openapi/users/{uid}`) on either client.
pub type GetUser<'a, M = crate::Async> = crate::Call<'a, M, crate::endpoints::GetUser>;
/// The call of [`Client::list_user_groups`](crate::Client::list_user_groups) (`GET /openapi/user-groups`) on either client.
pub type ListUserGroups<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListUserGroups,
>;
impl<M> ListUserGroups<'_, M> {
    /// 1-based page number; the server sets no default, so pass it together with `pageSize` (query `pageNum`).
    pub fn page_num(mut self, value: i64) -> Self {
        self.endpoint.page_num = Some(value);
        self
    }
    /// Number of groups per page; the server sets no default (query `pageSize`).
    pub fn page_size(mut self, value: i64) -> Self {
        self.endpoint.page_size = Some(value);
        self
    }
    /// Only groups whose name contains this text (query `name`).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.name = Some(value.into());
        self
    }
}
/// The call of [`Client::delete_user`](crate::Client::delete_user) (`DELETE /openapi/users/{uid}`) on either client.
pub type DeleteUser<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteUser,
>;
/// The call of [`Client::list_resource_actions`](crate::Client::list_resource_actions) (`GET /openapi/policy/resource-actions`) on either client.
pub type ListResourceActions<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListResourceActions,
>;
impl<M> ListResourceActions<'_, M> {
    /// Deployment type of the project, used to leave out items that do not apply: `pm` (host deployments) drops pod debugging and the production resources, any other value drops host SSH access; empty lists everything (query `envType`).
    pub fn env_type(mut self, value: impl Into<String>) -> Self {
        self.endpoint.env_type = Some(value.into());
        self
    }
}
/// The call of [`Client::list_roles`](crate::Client::list_roles) (`GET /openapi/policy/roles`) on either client.
pub type ListRoles<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListRoles,
>;
impl<M> ListRoles<'_, M> {
    /// Only the roles this user (id) holds in the project (query `uid`).
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        self.endpoint.uid = Some(value.into());
        self
    }
}
/// The call of [`Client::get_role`](crate::Client::get_role) (`GET /openapi/policy/roles/{name}`) on either client.
pub type GetRole<'a, M = crate::Async> = crate::Call<'a, M, crate::endpoints::GetRole>;
/// The call of [`Client::create_role`](crate::Client::create_role) (`POST /openapi/policy/roles`) on either client.
pub type CreateRole<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateRole,
>;
/// The call of [`Client::update_role`](crate::Client::update_role) (`PUT /openapi/policy/roles/{name}`) on either client.
pub type UpdateRole<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateRole,
>;
/// The call of [`Client::delete_role`](crate::Client::delete_role) (`DELETE /openapi/policy/roles/{name}`) on either client.
pub type DeleteRole<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteRole,
>;
/// The call of [`Client::list_role_bindings`](crate::Client::list_role_bindings) (`GET /openapi/policy/role-bindings`) on either client.
pub type ListRoleBindings<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListRoleBindings,
>;
impl<M> ListRoleBindings<'_, M> {
    /// Only this user (id); cannot be combined with `gid` (query `uid`).
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        self.endpoint.uid = Some(value.into());
        self
    }
    /// Only this user group (id); cannot be combined with `uid` (query `gid`).
    pub fn gid(mut self, value: impl Into<String>) -> Self {
        self.endpoint.gid = Some(value.into());
        self
    }
}
/// The call of [`Client::create_role_bindings`](crate::Client::create_role_bindings) (`POST /openapi/policy/role-bindings`) on either client.
pub type CreateRoleBindings<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateRoleBindings,
>;
/// The call of [`Client::update_user_role_bindings`](crate::Client::update_user_role_bindings) (`POST /openapi/policy/role-bindings/user/{uid}`) on either client.
pub type UpdateUserRoleBindings<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateUserRoleBindings,
>;
/// The call of [`Client::delete_user_role_bindings`](crate::Client::delete_user_role_bindings) (`DELETE /openapi/policy/role-bindings/user/{uid}`) on either client.
pub type DeleteUserRoleBindings<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteUserRoleBindings,
>;
/// The call of [`Client::update_group_role_bindings`](crate::Client::update_group_role_bindings) (`POST /openapi/policy/role-bindings/group/{gid}`) on either client.
pub type UpdateGroupRoleBindings<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateGroupRoleBindings,
>;
/// The call of [`Client::delete_group_role_bindings`](crate::Client::delete_group_role_bindings) (`DELETE /openapi/policy/role-bindings/group/{gid}`) on either client.
pub type DeleteGroupRoleBindings<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteGroupRoleBindings,
>;
