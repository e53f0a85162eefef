// @generated from spec/user.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Users and permissions endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{Endpoint, JsonAnswer, JsonBody, MessageAnswer, sealed::Sealed};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `GET /openapi/users` calls (`list_users`): Lists the users, one page at a time
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_users(&self) -> Expect<'_, ListUsers> {
        self.expect()
    }
    /// Expects `GET /openapi/users/{uid}` calls (`get_user`): Reads one user's account details
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_user(&self) -> Expect<'_, GetUser> {
        self.expect()
    }
    /// Expects `GET /openapi/user-groups` calls (`list_user_groups`): Lists the user groups, one page at a time
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_user_groups(&self) -> Expect<'_, ListUserGroups> {
        self.expect()
    }
    /// Expects `DELETE /openapi/users/{uid}` calls (`delete_user`): Deletes a user
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_user(&self) -> Expect<'_, DeleteUser> {
        self.expect()
    }
    /// Expects `GET /openapi/policy/resource-actions` calls (`list_resource_actions`): Lists the permission items a project role can grant
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_resource_actions(&self) -> Expect<'_, ListResourceActions> {
        self.expect()
    }
    /// Expects `GET /openapi/policy/roles` calls (`list_roles`): Lists the roles of a project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_roles(&self) -> Expect<'_, ListRoles> {
        self.expect()
    }
    /// Expects `GET /openapi/policy/roles/{name}` calls (`get_role`): Reads one project role with the permissions it grants
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_role(&self) -> Expect<'_, GetRole> {
        self.expect()
    }
    /// Expects `POST /openapi/policy/roles` calls (`create_role`): Creates a project role
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_role(&self) -> Expect<'_, CreateRole> {
        self.expect()
    }
    /// Expects `PUT /openapi/policy/roles/{name}` calls (`update_role`): Changes a project role; its permission list is replaced
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_role(&self) -> Expect<'_, UpdateRole> {
        self.expect()
    }
    /// Expects `DELETE /openapi/policy/roles/{name}` calls (`delete_role`): Deletes a project role
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_role(&self) -> Expect<'_, DeleteRole> {
        self.expect()
    }
    /// Expects `GET /openapi/policy/role-bindings` calls (`list_role_bindings`): Lists the members of a project and their roles
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_role_bindings(&self) -> Expect<'_, ListRoleBindings> {
        self.expect()
    }
    /// Expects `POST /openapi/policy/role-bindings` calls (`create_role_bindings`): Adds users or user groups to a project with one role
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_role_bindings(&self) -> Expect<'_, CreateRoleBindings> {
        self.expect()
    }
    /// Expects `POST /openapi/policy/role-bindings/user/{uid}` calls (`update_user_role_bindings`): Sets the project roles of a user, replacing the ones it had
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_user_role_bindings(&self) -> Expect<'_, UpdateUserRoleBindings> {
        self.expect()
    }
    /// Expects `DELETE /openapi/policy/role-bindings/user/{uid}` calls (`delete_user_role_bindings`): Removes a user from a project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_user_role_bindings(&self) -> Expect<'_, DeleteUserRoleBindings> {
        self.expect()
    }
    /// Expects `POST /openapi/policy/role-bindings/group/{gid}` calls (`update_group_role_bindings`): Sets the project roles of a user group, replacing the ones it had
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_group_role_bindings(&self) -> Expect<'_, UpdateGroupRoleBindings> {
        self.expect()
    }
    /// Expects `DELETE /openapi/policy/role-bindings/group/{gid}` calls (`delete_group_role_bindings`): Removes a user group from a project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_group_role_bindings(&self) -> Expect<'_, DeleteGroupRoleBindings> {
        self.expect()
    }
}
/// The `list_users` endpoint (`GET /openapi/users`, `Client::list_users`): the type of its expectation, [`Expect<ListUsers>`](crate::Expect), which [`MockZadig::list_users`] returns.
pub enum ListUsers {}
impl Sealed for ListUsers {}
impl Endpoint for ListUsers {
    const ID: &'static str = "list_users";
}
impl JsonAnswer for ListUsers {
    type Response = crate::types::UserBriefList;
}
impl Expect<'_, ListUsers> {
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageNum", &value)
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageSize", &value)
    }
    /// Matches only calls whose query parameter `name` is `value`.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("name", &value)
    }
    /// Matches only calls whose query parameter `account` is `value`.
    pub fn account(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("account", &value)
    }
    /// Matches only calls whose query parameter `identity_type` is `value`.
    pub fn identity_type(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("identity_type", &value)
    }
    /// Matches only calls whose query parameter `roles` is `value`.
    pub fn roles(self, value: Vec<String>) -> Self {
        let value: Vec<String> = value;
        self.match_query("roles", &value)
    }
    /// Matches only calls whose query parameter `projectName` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectName", &value)
    }
    /// Matches only calls whose query parameter `mfa_enabled` is `value`.
    pub fn mfa_enabled(self, value: bool) -> Self {
        let value: bool = value;
        self.match_query("mfa_enabled", &value)
    }
    /// Matches only calls that do not send the query parameter `pageNum`.
    pub fn without_page_num(self) -> Self {
        self.match_query_absent("pageNum")
    }
    /// Matches only calls that do not send the query parameter `pageSize`.
    pub fn without_page_size(self) -> Self {
        self.match_query_absent("pageSize")
    }
    /// Matches only calls that do not send the query parameter `name`.
    pub fn without_name(self) -> Self {
        self.match_query_absent("name")
    }
    /// Matches only calls that do not send the query parameter `account`.
    pub fn without_account(self) -> Self {
        self.match_query_absent("account")
    }
    /// Matches only calls that do not send the query parameter `identity_type`.
    pub fn without_identity_type(self) -> Self {
        self.match_query_absent("identity_type")
    }
    /// Matches only calls that do not send the query parameter `roles`.
    pub fn without_roles(self) -> Self {
        self.match_query_absent("roles")
    }
    /// Matches only calls that do not send the query parameter `projectName`.
    pub fn without_project_key(self) -> Self {
        self.match_query_absent("projectName")
    }
    /// Matches only calls that do not send the query parameter `mfa_enabled`.
    pub fn without_mfa_enabled(self) -> Self {
        self.match_query_absent("mfa_enabled")
    }
}
/// The `get_user` endpoint (`GET /openapi/users/{uid}`, `Client::get_user`): the type of its expectation, [`Expect<GetUser>`](crate::Expect), which [`MockZadig::get_user`] returns.
pub enum GetUser {}
impl Sealed for GetUser {}
impl Endpoint for GetUser {
    const ID: &'static str = "get_user";
}
impl JsonAnswer for GetUser {
    type Response = crate::types::UserDetail;
}
impl Expect<'_, GetUser> {
    /// Matches only calls whose path parameter `uid` is `value`.
    pub fn uid(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("uid", &value)
    }
}
/// The `list_user_groups` endpoint (`GET /openapi/user-groups`, `Client::list_user_groups`): the type of its expectation, [`Expect<ListUserGroups>`](crate::Expect), which [`MockZadig::list_user_groups`] returns.
pub enum ListUserGroups {}
impl Sealed for ListUserGroups {}
impl Endpoint for ListUserGroups {
    const ID: &'static str = "list_user_groups";
}
impl JsonAnswer for ListUserGroups {
    type Response = crate::types::UserGroupList;
}
impl Expect<'_, ListUserGroups> {
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageNum", &value)
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageSize", &value)
    }
    /// Matches only calls whose query parameter `name` is `value`.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("name", &value)
    }
    /// Matches only calls that do not send the query parameter `pageNum`.
    pub fn without_page_num(self) -> Self {
        self.match_query_absent("pageNum")
    }
    /// Matches only calls that do not send the query parameter `pageSize`.
    pub fn without_page_size(self) -> Self {
        self.match_query_absent("pageSize")
    }
    /// Matches only calls that do not send the query parameter `name`.
    pub fn without_name(self) -> Self {
        self.match_query_absent("name")
    }
}
/// The `delete_user` endpoint (`DELETE /openapi/users/{uid}`, `Client::delete_user`): the type of its expectation, [`Expect<DeleteUser>`](crate::Expect), which [`MockZadig::delete_user`] returns.
pub enum DeleteUser {}
impl Sealed for DeleteUser {}
impl Endpoint for DeleteUser {
    const ID: &'static str = "delete_user";
}
impl MessageAnswer for DeleteUser {}
impl Expect<'_, DeleteUser> {
    /// Matches only calls whose path parameter `uid` is `value`.
    pub fn uid(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("uid", &value)
    }
}
/// The `list_resource_actions` endpoint (`GET /openapi/policy/resource-actions`, `Client::list_resource_actions`): the type of its expectation, [`Expect<ListResourceActions>`](crate::Expect), which [`MockZadig::list_resource_actions`] returns.
pub enum ListResourceActions {}
impl Sealed for ListResourceActions {}
impl Endpoint for ListResourceActions {
    const ID: &'static str = "list_resource_actions";
}
impl JsonAnswer for ListResourceActions {
    type Response = Vec<crate::types::PermissionResourceDefinition>;
}
impl Expect<'_, ListResourceActions> {
    /// Matches only calls whose query parameter `projectName` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectName", &value)
    }
    /// Matches only calls whose query parameter `envType` is `value`.
    pub fn env_type(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("envType", &value)
    }
    /// Matches only calls that do not send the query parameter `envType`.
    pub fn without_env_type(self) -> Self {
        self.match_query_absent("envType")
    }
}
/// The `list_roles` endpoint (`GET /openapi/policy/roles`, `Client::list_roles`): the type of its expectation, [`Expect<ListRoles>`](crate::Expect), which [`MockZadig::list_roles`] returns.
pub enum ListRoles {}
impl Sealed for ListRoles {}
impl Endpoint for ListRoles {
    const ID: &'static str = "list_roles";
}
impl JsonAnswer for ListRoles {
    type Response = Vec<crate::types::ProjectRole>;
}
impl Expect<'_, ListRoles> {
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("namespace", &value)
    }
    /// Matches only calls whose query parameter `uid` is `value`.
    pub fn uid(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("uid", &value)
    }
    /// Matches only calls that do not send the query parameter `uid`.
    pub fn without_uid(self) -> Self {
        self.match_query_absent("uid")
    }
}
/// The `get_role` endpoint (`GET /openapi/policy/roles/{name}`, `Client::get_role`): the type of its expectation, [`Expect<GetRole>`](crate::Expect), which [`MockZadig::get_role`] returns.
pub enum GetRole {}
impl Sealed for GetRole {}
impl Endpoint for GetRole {
    const ID: &'static str = "get_role";
}
impl JsonAnswer for GetRole {
    type Response = crate::types::ProjectRoleDetail;
}
impl Expect<'_, GetRole> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("namespace", &value)
    }
}
/// The `create_role` endpoint (`POST /openapi/policy/roles`, `Client::create_role`): the type of its expectation, [`Expect<CreateRole>`](crate::Expect), which [`MockZadig::create_role`] returns.
pub enum CreateRole {}
impl Sealed for CreateRole {}
impl Endpoint for CreateRole {
    const ID: &'static str = "create_role";
}
impl MessageAnswer for CreateRole {}
impl JsonBody for CreateRole {
    type Body = crate::types::ProjectRoleRequest;
}
impl Expect<'_, CreateRole> {
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("namespace", &value)
    }
}
/// The `update_role` endpoint (`PUT /openapi/policy/roles/{name}`, `Client::update_role`): the type of its expectation, [`Expect<UpdateRole>`](crate::Expect), which [`MockZadig::update_role`] returns.
pub enum UpdateRole {}
impl Sealed for UpdateRole {}
impl Endpoint for UpdateRole {
    const ID: &'static str = "update_role";
}
impl MessageAnswer for UpdateRole {}
impl JsonBody for UpdateRole {
    type Body = crate::types::ProjectRoleRequest;
}
impl Expect<'_, UpdateRole> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("namespace", &value)
    }
}
/// The `delete_role` endpoint (`DELETE /openapi/policy/roles/{name}`, `Client::delete_role`): the type of its expectation, [`Expect<DeleteRole>`](crate::Expect), which [`MockZadig::delete_role`] returns.
pub enum DeleteRole {}
impl Sealed for DeleteRole {}
impl Endpoint for DeleteRole {
    const ID: &'static str = "delete_role";
}
impl MessageAnswer for DeleteRole {}
impl Expect<'_, DeleteRole> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("namespace", &value)
    }
}
/// The `list_role_bindings` endpoint (`GET /openapi/policy/role-bindings`, `Client::list_role_bindings`): the type of its expectation, [`Expect<ListRoleBindings>`](crate::Expect), which [`MockZadig::list_role_bindings`] returns.
pub enum ListRoleBindings {}
impl Sealed for ListRoleBindings {}
impl Endpoint for ListRoleBindings {
    const ID: &'static str = "list_role_bindings";
}
impl JsonAnswer for ListRoleBindings {
    type Response = Vec<crate::types::RoleBindingInfo>;
}
impl Expect<'_, ListRoleBindings> {
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("namespace", &value)
    }
    /// Matches only calls whose query parameter `uid` is `value`.
    pub fn uid(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("uid", &value)
    }
    /// Matches only calls whose query parameter `gid` is `value`.
    pub fn gid(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("gid", &value)
    }
    /// Matches only calls that do not send the query parameter `uid`.
    pub fn without_uid(self) -> Self {
        self.match_query_absent("uid")
    }
    /// Matches only calls that do not send the query parameter `gid`.
    pub fn without_gid(self) -> Self {
        self.match_query_absent("gid")
    }
}
/// The `create_role_bindings` endpoint (`POST /openapi/policy/role-bindings`, `Client::create_role_bindings`): the type of its expectation, [`Expect<CreateRoleBindings>`](crate::Expect), which [`MockZadig::create_role_bindings`] returns.
pub enum CreateRoleBindings {}
impl Sealed for CreateRoleBindings {}
impl Endpoint for CreateRoleBindings {
    const ID: &'static str = "create_role_bindings";
}
impl MessageAnswer for CreateRoleBindings {}
impl JsonBody for CreateRoleBindings {
    type Body = crate::types::CreateRoleBindingsRequest;
}
impl Expect<'_, CreateRoleBindings> {
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("namespace", &value)
    }
}
/// The `update_user_role_bindings` endpoint (`POST /openapi/policy/role-bindings/user/{uid}`, `Client::update_user_role_bindings`): the type of its expectation, [`Expect<UpdateUserRoleBindings>`](crate::Expect), which [`MockZadig::update_user_role_bindings`] returns.
pub enum UpdateUserRoleBindings {}
impl Sealed for UpdateUserRoleBindings {}
impl Endpoint for UpdateUserRoleBindings {
    const ID: &'static str = "update_user_role_bindings";
}
impl MessageAnswer for UpdateUserRoleBindings {}
impl JsonBody for UpdateUserRoleBindings {
    type Body = crate::types::UpdateRoleBindingsRequest;
}
impl Expect<'_, UpdateUserRoleBindings> {
    /// Matches only calls whose path parameter `uid` is `value`.
    pub fn uid(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("uid", &value)
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("namespace", &value)
    }
}
/// The `delete_user_role_bindings` endpoint (`DELETE /openapi/policy/role-bindings/user/{uid}`, `Client::delete_user_role_bindings`): the type of its expectation, [`Expect<DeleteUserRoleBindings>`](crate::Expect), which [`MockZadig::delete_user_role_bindings`] returns.
pub enum DeleteUserRoleBindings {}
impl Sealed for DeleteUserRoleBindings {}
impl Endpoint for DeleteUserRoleBindings {
    const ID: &'static str = "delete_user_role_bindings";
}
impl MessageAnswer for DeleteUserRoleBindings {}
impl Expect<'_, DeleteUserRoleBindings> {
    /// Matches only calls whose path parameter `uid` is `value`.
    pub fn uid(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("uid", &value)
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("namespace", &value)
    }
}
/// The `update_group_role_bindings` endpoint (`POST /openapi/policy/role-bindings/group/{gid}`, `Client::update_group_role_bindings`): the type of its expectation, [`Expect<UpdateGroupRoleBindings>`](crate::Expect), which [`MockZadig::update_group_role_bindings`] returns.
pub enum UpdateGroupRoleBindings {}
impl Sealed for UpdateGroupRoleBindings {}
impl Endpoint for UpdateGroupRoleBindings {
    const ID: &'static str = "update_group_role_bindings";
}
impl MessageAnswer for UpdateGroupRoleBindings {}
impl JsonBody for UpdateGroupRoleBindings {
    type Body = crate::types::UpdateRoleBindingsRequest;
}
impl Expect<'_, UpdateGroupRoleBindings> {
    /// Matches only calls whose path parameter `gid` is `value`.
    pub fn gid(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("gid", &value)
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("namespace", &value)
    }
}
/// The `delete_group_role_bindings` endpoint (`DELETE /openapi/policy/role-bindings/group/{gid}`, `Client::delete_group_role_bindings`): the type of its expectation, [`Expect<DeleteGroupRoleBindings>`](crate::Expect), which [`MockZadig::delete_group_role_bindings`] returns.
pub enum DeleteGroupRoleBindings {}
impl Sealed for DeleteGroupRoleBindings {}
impl Endpoint for DeleteGroupRoleBindings {
    const ID: &'static str = "delete_group_role_bindings";
}
impl MessageAnswer for DeleteGroupRoleBindings {}
impl Expect<'_, DeleteGroupRoleBindings> {
    /// Matches only calls whose path parameter `gid` is `value`.
    pub fn gid(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("gid", &value)
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("namespace", &value)
    }
}
