// @generated from spec/user.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Users and permissions API.
//!
//! Users, user groups, project roles, permission definitions and project members (role bindings).
use serde::{Deserialize, Serialize};
/// One page of users, in brief.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserBriefList {
    /// The users on this page.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub users: Vec<UserBrief>,
    /// Number of users matching the filters, over all pages.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub total_count: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl UserBriefList {
    /// Creates an empty `UserBriefList`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            users: Default::default(),
            total_count: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `users` and returns the value, for chaining.
    pub fn with_users(mut self, value: Vec<UserBrief>) -> Self {
        self.users = value;
        self
    }
    /// Sets `total_count` and returns the value, for chaining.
    pub fn with_total_count(mut self, value: i64) -> Self {
        self.total_count = value;
        self
    }
}
/// A user as the user list shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserBrief {
    /// Id of the user.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub uid: String,
    /// Login account.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub account: String,
    /// Display name.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub name: String,
    /// Where the account comes from, e.g. `system` (a local account), `ldap` or `oauth`.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub identity_type: String,
    /// When the user last logged in (Unix seconds, 0 if never).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub last_login_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl UserBrief {
    /// Creates an empty `UserBrief`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            uid: Default::default(),
            account: Default::default(),
            name: Default::default(),
            identity_type: Default::default(),
            last_login_time: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `uid` and returns the value, for chaining.
    pub fn with_uid(mut self, value: impl Into<String>) -> Self {
        self.uid = value.into();
        self
    }
    /// Sets `account` and returns the value, for chaining.
    pub fn with_account(mut self, value: impl Into<String>) -> Self {
        self.account = value.into();
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `identity_type` and returns the value, for chaining.
    pub fn with_identity_type(mut self, value: impl Into<String>) -> Self {
        self.identity_type = value.into();
        self
    }
    /// Sets `last_login_time` and returns the value, for chaining.
    pub fn with_last_login_time(mut self, value: i64) -> Self {
        self.last_login_time = value;
        self
    }
}
/// Account details of one user.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserDetail {
    /// Id of the user.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub uid: String,
    /// Login account.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub account: String,
    /// Display name.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub name: String,
    /// Where the account comes from, e.g. `system` (a local account), `ldap` or `oauth`.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub identity_type: String,
    /// E-mail address (empty if not set).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub email: String,
    /// Phone number (empty if not set).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub phone: String,
    /// When the user last logged in (Unix seconds, 0 if never).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub last_login_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl UserDetail {
    /// Creates an empty `UserDetail`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            uid: Default::default(),
            account: Default::default(),
            name: Default::default(),
            identity_type: Default::default(),
            email: Default::default(),
            phone: Default::default(),
            last_login_time: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `uid` and returns the value, for chaining.
    pub fn with_uid(mut self, value: impl Into<String>) -> Self {
        self.uid = value.into();
        self
    }
    /// Sets `account` and returns the value, for chaining.
    pub fn with_account(mut self, value: impl Into<String>) -> Self {
        self.account = value.into();
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `identity_type` and returns the value, for chaining.
    pub fn with_identity_type(mut self, value: impl Into<String>) -> Self {
        self.identity_type = value.into();
        self
    }
    /// Sets `email` and returns the value, for chaining.
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = value.into();
        self
    }
    /// Sets `phone` and returns the value, for chaining.
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = value.into();
        self
    }
    /// Sets `last_login_time` and returns the value, for chaining.
    pub fn with_last_login_time(mut self, value: i64) -> Self {
        self.last_login_time = value;
        self
    }
}
/// One page of user groups.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserGroupList {
    /// The groups on this page.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub group_list: Vec<UserGroup>,
    /// Number of groups matching the filter, over all pages.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub total: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl UserGroupList {
    /// Creates an empty `UserGroupList`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            group_list: Default::default(),
            total: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `group_list` and returns the value, for chaining.
    pub fn with_group_list(mut self, value: Vec<UserGroup>) -> Self {
        self.group_list = value;
        self
    }
    /// Sets `total` and returns the value, for chaining.
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = value;
        self
    }
}
/// A user group with its system roles and size.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserGroup {
    /// Id of the group.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub id: String,
    /// Name of the group.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub name: String,
    /// Free-text description of the group.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub description: String,
    /// `system` for a group Zadig itself provides, `custom` for one created by users.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub r#type: String,
    /// Names of the system-wide roles bound to the group.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub system_role_names: Vec<String>,
    /// Number of users in the group.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub user_total: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl UserGroup {
    /// Creates an empty `UserGroup`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: Default::default(),
            name: Default::default(),
            description: Default::default(),
            r#type: Default::default(),
            system_role_names: Default::default(),
            user_total: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `description` and returns the value, for chaining.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = value.into();
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
    /// Sets `system_role_names` and returns the value, for chaining.
    pub fn with_system_role_names(mut self, value: Vec<String>) -> Self {
        self.system_role_names = value;
        self
    }
    /// Sets `user_total` and returns the value, for chaining.
    pub fn with_user_total(mut self, value: i64) -> Self {
        self.user_total = value;
        self
    }
}
/// A kind of project resource and the actions a role can be granted on it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PermissionResourceDefinition {
    /// Identifier of the resource kind, e.g. `Workflow` or `Environment`.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub resource: String,
    /// Display name of the resource kind (in Chinese).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub alias: String,
    /// The actions that can be granted on the resource.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub rules: Vec<PermissionAction>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl PermissionResourceDefinition {
    /// Creates an empty `PermissionResourceDefinition`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            resource: Default::default(),
            alias: Default::default(),
            rules: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `resource` and returns the value, for chaining.
    pub fn with_resource(mut self, value: impl Into<String>) -> Self {
        self.resource = value.into();
        self
    }
    /// Sets `alias` and returns the value, for chaining.
    pub fn with_alias(mut self, value: impl Into<String>) -> Self {
        self.alias = value.into();
        self
    }
    /// Sets `rules` and returns the value, for chaining.
    pub fn with_rules(mut self, value: Vec<PermissionAction>) -> Self {
        self.rules = value;
        self
    }
}
/// One grantable action on a resource kind.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PermissionAction {
    /// Identifier of the action (a verb such as `get_workflow`), as used in a role's `actions`.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub action: String,
    /// Display name of the action.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub alias: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl PermissionAction {
    /// Creates an empty `PermissionAction`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            action: Default::default(),
            alias: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `action` and returns the value, for chaining.
    pub fn with_action(mut self, value: impl Into<String>) -> Self {
        self.action = value.into();
        self
    }
    /// Sets `alias` and returns the value, for chaining.
    pub fn with_alias(mut self, value: impl Into<String>) -> Self {
        self.alias = value.into();
        self
    }
}
/// A role as the role list shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectRole {
    /// Numeric id of the role.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub id: u64,
    /// Name of the role, unique in its project.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub name: String,
    /// Key of the project the role belongs to (`*` for a system-wide role).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub namespace: String,
    /// Free-text description.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub desc: String,
    /// `system` for a role Zadig provides, `custom` for one created by users.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub r#type: String,
    /// Whether the role grants read-only access to everything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_read_only: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectRole {
    /// Creates an empty `ProjectRole`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: Default::default(),
            name: Default::default(),
            namespace: Default::default(),
            desc: Default::default(),
            r#type: Default::default(),
            global_read_only: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: u64) -> Self {
        self.id = value;
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = value.into();
        self
    }
    /// Sets `desc` and returns the value, for chaining.
    pub fn with_desc(mut self, value: impl Into<String>) -> Self {
        self.desc = value.into();
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
    /// Sets `global_read_only` and returns the value, for chaining.
    pub fn with_global_read_only(mut self, value: bool) -> Self {
        self.global_read_only = Some(value);
        self
    }
}
/// A role with the permissions it grants, per resource kind.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectRoleDetail {
    /// Numeric id of the role.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub id: u64,
    /// Name of the role, unique in its project.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub name: String,
    /// Key of the project the role belongs to (`*` for a system-wide role).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub namespace: String,
    /// Free-text description.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub desc: String,
    /// `system` for a role Zadig provides, `custom` for one created by users.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub r#type: String,
    /// Whether the role grants read-only access to everything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_read_only: Option<bool>,
    /// The granted actions, grouped by resource kind.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub rules: Vec<RoleResourceActions>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectRoleDetail {
    /// Creates an empty `ProjectRoleDetail`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            id: Default::default(),
            name: Default::default(),
            namespace: Default::default(),
            desc: Default::default(),
            r#type: Default::default(),
            global_read_only: None,
            rules: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `id` and returns the value, for chaining.
    pub fn with_id(mut self, value: u64) -> Self {
        self.id = value;
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = value.into();
        self
    }
    /// Sets `desc` and returns the value, for chaining.
    pub fn with_desc(mut self, value: impl Into<String>) -> Self {
        self.desc = value.into();
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = value.into();
        self
    }
    /// Sets `global_read_only` and returns the value, for chaining.
    pub fn with_global_read_only(mut self, value: bool) -> Self {
        self.global_read_only = Some(value);
        self
    }
    /// Sets `rules` and returns the value, for chaining.
    pub fn with_rules(mut self, value: Vec<RoleResourceActions>) -> Self {
        self.rules = value;
        self
    }
}
/// The actions a role grants on one resource kind.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoleResourceActions {
    /// Identifier of the resource kind, as in the permission item definitions.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub resource: String,
    /// Identifiers of the granted actions.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub verbs: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl RoleResourceActions {
    /// Creates an empty `RoleResourceActions`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            resource: Default::default(),
            verbs: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `resource` and returns the value, for chaining.
    pub fn with_resource(mut self, value: impl Into<String>) -> Self {
        self.resource = value.into();
        self
    }
    /// Sets `verbs` and returns the value, for chaining.
    pub fn with_verbs(mut self, value: Vec<String>) -> Self {
        self.verbs = value;
        self
    }
}
/// Settings of a project role to create or change.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProjectRoleRequest {
    /// Name of the role; on update the path's name is used instead.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub name: String,
    /// Identifiers of the actions the role grants (the `action` values of the permission item definitions).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub actions: Vec<String>,
    /// Key of the project; the server takes the project from the `namespace` query parameter instead.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub namespace: String,
    /// Free-text description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// `system` to create a Zadig-provided role; anything else (or empty) makes a custom role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Whether the role grants read-only access to everything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_read_only: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl ProjectRoleRequest {
    /// Creates an empty `ProjectRoleRequest`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            name: Default::default(),
            actions: Default::default(),
            namespace: Default::default(),
            desc: None,
            r#type: None,
            global_read_only: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `actions` and returns the value, for chaining.
    pub fn with_actions(mut self, value: Vec<String>) -> Self {
        self.actions = value;
        self
    }
    /// Sets `namespace` and returns the value, for chaining.
    pub fn with_namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = value.into();
        self
    }
    /// Sets `desc` and returns the value, for chaining.
    pub fn with_desc(mut self, value: impl Into<String>) -> Self {
        self.desc = Some(value.into());
        self
    }
    /// Sets `type` and returns the value, for chaining.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `global_read_only` and returns the value, for chaining.
    pub fn with_global_read_only(mut self, value: bool) -> Self {
        self.global_read_only = Some(value);
        self
    }
}
/// A member of a project (a user or a user group) and the roles it holds there.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoleBindingInfo {
    /// `user` when `user_info` is set, `group` when `group_info` is set.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub binding_type: String,
    /// The user, for a user binding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_info: Option<RoleBindingUser>,
    /// The user group, for a group binding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_info: Option<RoleBindingGroup>,
    /// Names of the roles the member holds in the project.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub roles: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl RoleBindingInfo {
    /// Creates an empty `RoleBindingInfo`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            binding_type: Default::default(),
            user_info: None,
            group_info: None,
            roles: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `binding_type` and returns the value, for chaining.
    pub fn with_binding_type(mut self, value: impl Into<String>) -> Self {
        self.binding_type = value.into();
        self
    }
    /// Sets `user_info` and returns the value, for chaining.
    pub fn with_user_info(mut self, value: RoleBindingUser) -> Self {
        self.user_info = Some(value);
        self
    }
    /// Sets `group_info` and returns the value, for chaining.
    pub fn with_group_info(mut self, value: RoleBindingGroup) -> Self {
        self.group_info = Some(value);
        self
    }
    /// Sets `roles` and returns the value, for chaining.
    pub fn with_roles(mut self, value: Vec<String>) -> Self {
        self.roles = value;
        self
    }
}
/// A user as a project member.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoleBindingUser {
    /// Id of the user.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub uid: String,
    /// Login account.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub account: String,
    /// Display name.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub username: String,
    /// Where the account comes from, e.g. `system`, `ldap` or `oauth`.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub identity_type: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl RoleBindingUser {
    /// Creates an empty `RoleBindingUser`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            uid: Default::default(),
            account: Default::default(),
            username: Default::default(),
            identity_type: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `uid` and returns the value, for chaining.
    pub fn with_uid(mut self, value: impl Into<String>) -> Self {
        self.uid = value.into();
        self
    }
    /// Sets `account` and returns the value, for chaining.
    pub fn with_account(mut self, value: impl Into<String>) -> Self {
        self.account = value.into();
        self
    }
    /// Sets `username` and returns the value, for chaining.
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = value.into();
        self
    }
    /// Sets `identity_type` and returns the value, for chaining.
    pub fn with_identity_type(mut self, value: impl Into<String>) -> Self {
        self.identity_type = value.into();
        self
    }
}
/// A user group as a project member, with its users.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoleBindingGroup {
    /// Id of the group.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub group_id: String,
    /// Name of the group.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub name: String,
    /// The users in the group.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub user_infos: Vec<RoleBindingUser>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl RoleBindingGroup {
    /// Creates an empty `RoleBindingGroup`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            group_id: Default::default(),
            name: Default::default(),
            user_infos: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `group_id` and returns the value, for chaining.
    pub fn with_group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = value.into();
        self
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `user_infos` and returns the value, for chaining.
    pub fn with_user_infos(mut self, value: Vec<RoleBindingUser>) -> Self {
        self.user_infos = value;
        self
    }
}
/// Users and user groups to add to a project, all with the same role.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateRoleBindingsRequest {
    /// The users and groups to add.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub identities: Vec<RoleBindingIdentity>,
    /// Name of the project role they get.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub role: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl CreateRoleBindingsRequest {
    /// Creates an empty `CreateRoleBindingsRequest`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            identities: Default::default(),
            role: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `identities` and returns the value, for chaining.
    pub fn with_identities(mut self, value: Vec<RoleBindingIdentity>) -> Self {
        self.identities = value;
        self
    }
    /// Sets `role` and returns the value, for chaining.
    pub fn with_role(mut self, value: impl Into<String>) -> Self {
        self.role = value.into();
        self
    }
}
/// A user or a user group to bind to a role.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoleBindingIdentity {
    /// `user` (then set `uid`) or `group` (then set `gid`).
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub identity_type: String,
    /// Id of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    /// Id of the user group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gid: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl RoleBindingIdentity {
    /// Creates an empty `RoleBindingIdentity`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            identity_type: Default::default(),
            uid: None,
            gid: None,
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `identity_type` and returns the value, for chaining.
    pub fn with_identity_type(mut self, value: impl Into<String>) -> Self {
        self.identity_type = value.into();
        self
    }
    /// Sets `uid` and returns the value, for chaining.
    pub fn with_uid(mut self, value: impl Into<String>) -> Self {
        self.uid = Some(value.into());
        self
    }
    /// Sets `gid` and returns the value, for chaining.
    pub fn with_gid(mut self, value: impl Into<String>) -> Self {
        self.gid = Some(value.into());
        self
    }
}
/// The full list of project roles a user or user group should hold.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateRoleBindingsRequest {
    /// Names of the project roles; the member's other roles in the project are removed.
    #[serde(default, deserialize_with = "crate::runtime::model::null_as_default")]
    pub roles: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    #[serde(flatten)]
    pub unknown_fields: crate::types::UnknownFields,
}
impl UpdateRoleBindingsRequest {
    /// Creates an empty `UpdateRoleBindingsRequest`: optional fields start as `None`, the others as their zero value.
    pub fn new() -> Self {
        Self {
            roles: Default::default(),
            unknown_fields: crate::types::UnknownFields::new(),
        }
    }
    /// Sets `roles` and returns the value, for chaining.
    pub fn with_roles(mut self, value: Vec<String>) -> Self {
        self.roles = value;
        self
    }
}
