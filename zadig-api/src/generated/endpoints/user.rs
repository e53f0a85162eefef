// @generated from spec/user.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Users and permissions API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::list_users`](crate::Client::list_users), with its route.
#[derive(Debug, Clone)]
pub struct ListUsers {
    pub(crate) page_num: Option<i64>,
    pub(crate) page_size: Option<i64>,
    pub(crate) name: Option<String>,
    pub(crate) account: Option<String>,
    pub(crate) identity_type: Option<String>,
    pub(crate) roles: Option<Vec<String>>,
    pub(crate) project_key: Option<String>,
    pub(crate) mfa_enabled: Option<bool>,
}
static LIST_USERS: Route = Route::new(
    "list_users",
    reqwest::Method::GET,
    "/openapi/users",
    &[
        "pageNum",
        "pageSize",
        "name",
        "account",
        "identity_type",
        "roles",
        "projectName",
        "mfa_enabled",
    ],
    crate::release::Availability::ALL,
);
impl Endpoint for ListUsers {
    type Answer = crate::call::Json<crate::types::UserBriefList>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_USERS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query_opt("pageNum", &self.page_num);
        request.query_opt("pageSize", &self.page_size);
        request.query_opt("name", &self.name);
        request.query_opt("account", &self.account);
        request.query_opt("identity_type", &self.identity_type);
        request.query_each("roles", self.roles.as_deref().unwrap_or_default());
        request.query_opt("projectName", &self.project_key);
        request.query_opt("mfa_enabled", &self.mfa_enabled);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_user`](crate::Client::get_user), with its route.
#[derive(Debug, Clone)]
pub struct GetUser {
    pub(crate) uid: String,
}
static GET_USER: Route = Route::new(
    "get_user",
    reqwest::Method::GET,
    "/openapi/users/{uid}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for GetUser {
    type Answer = crate::call::Json<crate::types::UserDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_USER
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("uid", &self.uid);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::list_user_groups`](crate::Client::list_user_groups), with its route.
#[derive(Debug, Clone)]
pub struct ListUserGroups {
    pub(crate) page_num: Option<i64>,
    pub(crate) page_size: Option<i64>,
    pub(crate) name: Option<String>,
}
static LIST_USER_GROUPS: Route = Route::new(
    "list_user_groups",
    reqwest::Method::GET,
    "/openapi/user-groups",
    &["pageNum", "pageSize", "name"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListUserGroups {
    type Answer = crate::call::Json<crate::types::UserGroupList>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_USER_GROUPS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query_opt("pageNum", &self.page_num);
        request.query_opt("pageSize", &self.page_size);
        request.query_opt("name", &self.name);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::delete_user`](crate::Client::delete_user), with its route.
#[derive(Debug, Clone)]
pub struct DeleteUser {
    pub(crate) uid: String,
}
static DELETE_USER: Route = Route::new(
    "delete_user",
    reqwest::Method::DELETE,
    "/openapi/users/{uid}",
    &[],
    crate::release::Availability {
        since: Some(crate::Release::V4_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for DeleteUser {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_USER
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("uid", &self.uid);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::list_resource_actions`](crate::Client::list_resource_actions), with its route.
#[derive(Debug, Clone)]
pub struct ListResourceActions {
    pub(crate) project_key: String,
    pub(crate) env_type: Option<String>,
}
static LIST_RESOURCE_ACTIONS: Route = Route::new(
    "list_resource_actions",
    reqwest::Method::GET,
    "/openapi/policy/resource-actions",
    &["projectName", "envType"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListResourceActions {
    type Answer = crate::call::Json<Vec<crate::types::PermissionResourceDefinition>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_RESOURCE_ACTIONS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectName", &self.project_key);
        request.query_opt("envType", &self.env_type);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::list_roles`](crate::Client::list_roles), with its route.
#[derive(Debug, Clone)]
pub struct ListRoles {
    pub(crate) namespace: String,
    pub(crate) uid: Option<String>,
}
static LIST_ROLES: Route = Route::new(
    "list_roles",
    reqwest::Method::GET,
    "/openapi/policy/roles",
    &["namespace", "uid"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListRoles {
    type Answer = crate::call::Json<Vec<crate::types::ProjectRole>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_ROLES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("namespace", &self.namespace);
        request.query_opt("uid", &self.uid);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_role`](crate::Client::get_role), with its route.
#[derive(Debug, Clone)]
pub struct GetRole {
    pub(crate) namespace: String,
    pub(crate) name: String,
}
static GET_ROLE: Route = Route::new(
    "get_role",
    reqwest::Method::GET,
    "/openapi/policy/roles/{name}",
    &["namespace"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetRole {
    type Answer = crate::call::Json<crate::types::ProjectRoleDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_ROLE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.name);
        request.query("namespace", &self.namespace);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::create_role`](crate::Client::create_role), with its route.
#[derive(Debug, Clone)]
pub struct CreateRole {
    pub(crate) namespace: String,
    pub(crate) body: crate::types::ProjectRoleRequest,
}
static CREATE_ROLE: Route = Route::new(
    "create_role",
    reqwest::Method::POST,
    "/openapi/policy/roles",
    &["namespace"],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateRole {
    type Answer = crate::call::Message;
    type Body = crate::types::ProjectRoleRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_ROLE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("namespace", &self.namespace);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::ProjectRoleRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_role`](crate::Client::update_role), with its route.
#[derive(Debug, Clone)]
pub struct UpdateRole {
    pub(crate) namespace: String,
    pub(crate) name: String,
    pub(crate) body: crate::types::ProjectRoleRequest,
}
static UPDATE_ROLE: Route = Route::new(
    "update_role",
    reqwest::Method::PUT,
    "/openapi/policy/roles/{name}",
    &["namespace"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateRole {
    type Answer = crate::call::Message;
    type Body = crate::types::ProjectRoleRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_ROLE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.name);
        request.query("namespace", &self.namespace);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::ProjectRoleRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::delete_role`](crate::Client::delete_role), with its route.
#[derive(Debug, Clone)]
pub struct DeleteRole {
    pub(crate) namespace: String,
    pub(crate) name: String,
}
static DELETE_ROLE: Route = Route::new(
    "delete_role",
    reqwest::Method::DELETE,
    "/openapi/policy/roles/{name}",
    &["namespace"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteRole {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_ROLE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.name);
        request.query("namespace", &self.namespace);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::list_role_bindings`](crate::Client::list_role_bindings), with its route.
#[derive(Debug, Clone)]
pub struct ListRoleBindings {
    pub(crate) namespace: String,
    pub(crate) uid: Option<String>,
    pub(crate) gid: Option<String>,
}
static LIST_ROLE_BINDINGS: Route = Route::new(
    "list_role_bindings",
    reqwest::Method::GET,
    "/openapi/policy/role-bindings",
    &["namespace", "uid", "gid"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListRoleBindings {
    type Answer = crate::call::Json<Vec<crate::types::RoleBindingInfo>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_ROLE_BINDINGS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("namespace", &self.namespace);
        request.query_opt("uid", &self.uid);
        request.query_opt("gid", &self.gid);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::create_role_bindings`](crate::Client::create_role_bindings), with its route.
#[derive(Debug, Clone)]
pub struct CreateRoleBindings {
    pub(crate) namespace: String,
    pub(crate) body: crate::types::CreateRoleBindingsRequest,
}
static CREATE_ROLE_BINDINGS: Route = Route::new(
    "create_role_bindings",
    reqwest::Method::POST,
    "/openapi/policy/role-bindings",
    &["namespace"],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateRoleBindings {
    type Answer = crate::call::Message;
    type Body = crate::types::CreateRoleBindingsRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_ROLE_BINDINGS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("namespace", &self.namespace);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::CreateRoleBindingsRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_user_role_bindings`](crate::Client::update_user_role_bindings), with its route.
#[derive(Debug, Clone)]
pub struct UpdateUserRoleBindings {
    pub(crate) namespace: String,
    pub(crate) uid: String,
    pub(crate) body: crate::types::UpdateRoleBindingsRequest,
}
static UPDATE_USER_ROLE_BINDINGS: Route = Route::new(
    "update_user_role_bindings",
    reqwest::Method::POST,
    "/openapi/policy/role-bindings/user/{uid}",
    &["namespace"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateUserRoleBindings {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateRoleBindingsRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_USER_ROLE_BINDINGS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("uid", &self.uid);
        request.query("namespace", &self.namespace);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateRoleBindingsRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::delete_user_role_bindings`](crate::Client::delete_user_role_bindings), with its route.
#[derive(Debug, Clone)]
pub struct DeleteUserRoleBindings {
    pub(crate) namespace: String,
    pub(crate) uid: String,
}
static DELETE_USER_ROLE_BINDINGS: Route = Route::new(
    "delete_user_role_bindings",
    reqwest::Method::DELETE,
    "/openapi/policy/role-bindings/user/{uid}",
    &["namespace"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteUserRoleBindings {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_USER_ROLE_BINDINGS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("uid", &self.uid);
        request.query("namespace", &self.namespace);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::update_group_role_bindings`](crate::Client::update_group_role_bindings), with its route.
#[derive(Debug, Clone)]
pub struct UpdateGroupRoleBindings {
    pub(crate) namespace: String,
    pub(crate) gid: String,
    pub(crate) body: crate::types::UpdateRoleBindingsRequest,
}
static UPDATE_GROUP_ROLE_BINDINGS: Route = Route::new(
    "update_group_role_bindings",
    reqwest::Method::POST,
    "/openapi/policy/role-bindings/group/{gid}",
    &["namespace"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateGroupRoleBindings {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateRoleBindingsRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_GROUP_ROLE_BINDINGS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("gid", &self.gid);
        request.query("namespace", &self.namespace);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateRoleBindingsRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::delete_group_role_bindings`](crate::Client::delete_group_role_bindings), with its route.
#[derive(Debug, Clone)]
pub struct DeleteGroupRoleBindings {
    pub(crate) namespace: String,
    pub(crate) gid: String,
}
static DELETE_GROUP_ROLE_BINDINGS: Route = Route::new(
    "delete_group_role_bindings",
    reqwest::Method::DELETE,
    "/openapi/policy/role-bindings/group/{gid}",
    &["namespace"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteGroupRoleBindings {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_GROUP_ROLE_BINDINGS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("gid", &self.gid);
        request.query("namespace", &self.namespace);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
