// @generated from spec/user.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Types of the Users and permissions API.
//!
//! Users, user groups, project roles, permission definitions and project members (role bindings).
use serde::{Deserialize, Deserializer, Serialize, Serializer};
/// One page of users, in brief.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UserBriefList {
    /// The users on this page.
    pub users: Vec<UserBrief>,
    /// Number of users matching the filters, over all pages.
    pub total_count: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for UserBriefList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("users", &self.users);
        map.entry("total_count", &self.total_count);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for UserBriefList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for UserBriefList {
    const NAME: &'static str = "UserBriefList";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "users" => or_default(map, &mut self.users),
            "total_count" => or_default(map, &mut self.total_count),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl UserBriefList {
    /// Creates an empty `UserBriefList`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A user as the user list shows it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UserBrief {
    /// Id of the user.
    pub uid: String,
    /// Login account.
    pub account: String,
    /// Display name.
    pub name: String,
    /// Where the account comes from, e.g. `system` (a local account), `ldap` or `oauth`.
    pub identity_type: String,
    /// When the user last logged in (Unix seconds, 0 if never).
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub last_login_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for UserBrief {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("uid", &self.uid);
        map.entry("account", &self.account);
        map.entry("name", &self.name);
        map.entry("identity_type", &self.identity_type);
        map.entry("last_login_time", &self.last_login_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for UserBrief {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for UserBrief {
    const NAME: &'static str = "UserBrief";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "uid" => or_default(map, &mut self.uid),
            "account" => or_default(map, &mut self.account),
            "name" => or_default(map, &mut self.name),
            "identity_type" => or_default(map, &mut self.identity_type),
            "last_login_time" => or_default(map, &mut self.last_login_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl UserBrief {
    /// Creates an empty `UserBrief`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Account details of one user.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UserDetail {
    /// Id of the user.
    pub uid: String,
    /// Login account.
    pub account: String,
    /// Display name.
    pub name: String,
    /// Where the account comes from, e.g. `system` (a local account), `ldap` or `oauth`.
    pub identity_type: String,
    /// E-mail address (empty if not set).
    pub email: String,
    /// Phone number (empty if not set).
    pub phone: String,
    /// When the user last logged in (Unix seconds, 0 if never).
    pub last_login_time: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for UserDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("uid", &self.uid);
        map.entry("account", &self.account);
        map.entry("name", &self.name);
        map.entry("identity_type", &self.identity_type);
        map.entry("email", &self.email);
        map.entry("phone", &self.phone);
        map.entry("last_login_time", &self.last_login_time);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for UserDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for UserDetail {
    const NAME: &'static str = "UserDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "uid" => or_default(map, &mut self.uid),
            "account" => or_default(map, &mut self.account),
            "name" => or_default(map, &mut self.name),
            "identity_type" => or_default(map, &mut self.identity_type),
            "email" => or_default(map, &mut self.email),
            "phone" => or_default(map, &mut self.phone),
            "last_login_time" => or_default(map, &mut self.last_login_time),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl UserDetail {
    /// Creates an empty `UserDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One page of user groups.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UserGroupList {
    /// The groups on this page.
    pub group_list: Vec<UserGroup>,
    /// Number of groups matching the filter, over all pages.
    pub total: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for UserGroupList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("group_list", &self.group_list);
        map.entry("total", &self.total);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for UserGroupList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for UserGroupList {
    const NAME: &'static str = "UserGroupList";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "group_list" => or_default(map, &mut self.group_list),
            "total" => or_default(map, &mut self.total),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl UserGroupList {
    /// Creates an empty `UserGroupList`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A user group with its system roles and size.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UserGroup {
    /// Id of the group.
    pub id: String,
    /// Name of the group.
    pub name: String,
    /// Free-text description of the group.
    pub description: String,
    /// `system` for a group Zadig itself provides, `custom` for one created by users.
    pub r#type: String,
    /// Names of the system-wide roles bound to the group.
    ///
    /// The Zadig releases that send or read this field: v3.4.1 and later; the others ignore it when it is sent.
    pub system_role_names: Vec<String>,
    /// Number of users in the group.
    pub user_total: i64,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for UserGroup {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("id", &self.id);
        map.entry("name", &self.name);
        map.entry("description", &self.description);
        map.entry("type", &self.r#type);
        map.entry("system_role_names", &self.system_role_names);
        map.entry("user_total", &self.user_total);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for UserGroup {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for UserGroup {
    const NAME: &'static str = "UserGroup";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "id" => or_default(map, &mut self.id),
            "name" => or_default(map, &mut self.name),
            "description" => or_default(map, &mut self.description),
            "type" => or_default(map, &mut self.r#type),
            "system_role_names" => or_default(map, &mut self.system_role_names),
            "user_total" => or_default(map, &mut self.user_total),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl UserGroup {
    /// Creates an empty `UserGroup`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A kind of project resource and the actions a role can be granted on it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PermissionResourceDefinition {
    /// Identifier of the resource kind, e.g. `Workflow` or `Environment`.
    pub resource: String,
    /// Display name of the resource kind (in Chinese).
    pub alias: String,
    /// The actions that can be granted on the resource.
    pub rules: Vec<PermissionAction>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for PermissionResourceDefinition {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("resource", &self.resource);
        map.entry("alias", &self.alias);
        map.entry("rules", &self.rules);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for PermissionResourceDefinition {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for PermissionResourceDefinition {
    const NAME: &'static str = "PermissionResourceDefinition";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "resource" => or_default(map, &mut self.resource),
            "alias" => or_default(map, &mut self.alias),
            "rules" => or_default(map, &mut self.rules),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl PermissionResourceDefinition {
    /// Creates an empty `PermissionResourceDefinition`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// One grantable action on a resource kind.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PermissionAction {
    /// Identifier of the action (a verb such as `get_workflow`), as used in a role's `actions`.
    pub action: String,
    /// Display name of the action.
    pub alias: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for PermissionAction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("action", &self.action);
        map.entry("alias", &self.alias);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for PermissionAction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for PermissionAction {
    const NAME: &'static str = "PermissionAction";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "action" => or_default(map, &mut self.action),
            "alias" => or_default(map, &mut self.alias),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl PermissionAction {
    /// Creates an empty `PermissionAction`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A role as the role list shows it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProjectRole {
    /// Numeric id of the role.
    pub id: u64,
    /// Name of the role, unique in its project.
    pub name: String,
    /// Key of the project the role belongs to (`*` for a system-wide role).
    pub namespace: String,
    /// Free-text description.
    pub desc: String,
    /// `system` for a role Zadig provides, `custom` for one created by users.
    pub r#type: String,
    /// Whether the role grants read-only access to everything.
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub global_read_only: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProjectRole {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("id", &self.id);
        map.entry("name", &self.name);
        map.entry("namespace", &self.namespace);
        map.entry("desc", &self.desc);
        map.entry("type", &self.r#type);
        map.some("global_read_only", &self.global_read_only);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProjectRole {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProjectRole {
    const NAME: &'static str = "ProjectRole";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => or_default(map, &mut self.id),
            "name" => or_default(map, &mut self.name),
            "namespace" => or_default(map, &mut self.namespace),
            "desc" => or_default(map, &mut self.desc),
            "type" => or_default(map, &mut self.r#type),
            "global_read_only" => value(map, &mut self.global_read_only),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProjectRole {
    /// Creates an empty `ProjectRole`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A role with the permissions it grants, per resource kind.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProjectRoleDetail {
    /// Numeric id of the role.
    pub id: u64,
    /// Name of the role, unique in its project.
    pub name: String,
    /// Key of the project the role belongs to (`*` for a system-wide role).
    pub namespace: String,
    /// Free-text description.
    pub desc: String,
    /// `system` for a role Zadig provides, `custom` for one created by users.
    pub r#type: String,
    /// Whether the role grants read-only access to everything.
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub global_read_only: Option<bool>,
    /// The granted actions, grouped by resource kind.
    pub rules: Vec<RoleResourceActions>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProjectRoleDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("id", &self.id);
        map.entry("name", &self.name);
        map.entry("namespace", &self.namespace);
        map.entry("desc", &self.desc);
        map.entry("type", &self.r#type);
        map.some("global_read_only", &self.global_read_only);
        map.entry("rules", &self.rules);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProjectRoleDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProjectRoleDetail {
    const NAME: &'static str = "ProjectRoleDetail";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "id" => or_default(map, &mut self.id),
            "name" => or_default(map, &mut self.name),
            "namespace" => or_default(map, &mut self.namespace),
            "desc" => or_default(map, &mut self.desc),
            "type" => or_default(map, &mut self.r#type),
            "global_read_only" => value(map, &mut self.global_read_only),
            "rules" => or_default(map, &mut self.rules),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProjectRoleDetail {
    /// Creates an empty `ProjectRoleDetail`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// The actions a role grants on one resource kind.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RoleResourceActions {
    /// Identifier of the resource kind, as in the permission item definitions.
    pub resource: String,
    /// Identifiers of the granted actions.
    pub verbs: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for RoleResourceActions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("resource", &self.resource);
        map.entry("verbs", &self.verbs);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for RoleResourceActions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for RoleResourceActions {
    const NAME: &'static str = "RoleResourceActions";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "resource" => or_default(map, &mut self.resource),
            "verbs" => or_default(map, &mut self.verbs),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl RoleResourceActions {
    /// Creates an empty `RoleResourceActions`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Settings of a project role to create or change.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProjectRoleRequest {
    /// Name of the role; on update the path's name is used instead.
    pub name: String,
    /// Identifiers of the actions the role grants (the `action` values of the permission item definitions).
    pub actions: Vec<String>,
    /// Key of the project; the server takes the project from the `namespace` query parameter instead.
    pub namespace: String,
    /// Free-text description.
    pub desc: Option<String>,
    /// `system` to create a Zadig-provided role; anything else (or empty) makes a custom role.
    pub r#type: Option<String>,
    /// Whether the role grants read-only access to everything.
    ///
    /// The Zadig releases that send or read this field: v4.3.0 and later; the others ignore it when it is sent.
    pub global_read_only: Option<bool>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for ProjectRoleRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("actions", &self.actions);
        map.entry("namespace", &self.namespace);
        map.some("desc", &self.desc);
        map.some("type", &self.r#type);
        map.some("global_read_only", &self.global_read_only);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for ProjectRoleRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for ProjectRoleRequest {
    const NAME: &'static str = "ProjectRoleRequest";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "name" => or_default(map, &mut self.name),
            "actions" => or_default(map, &mut self.actions),
            "namespace" => or_default(map, &mut self.namespace),
            "desc" => value(map, &mut self.desc),
            "type" => value(map, &mut self.r#type),
            "global_read_only" => value(map, &mut self.global_read_only),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl ProjectRoleRequest {
    /// Creates an empty `ProjectRoleRequest`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name` and returns the value, for chaining.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = value.into();
        self
    }
    /// Sets `actions` and returns the value, for chaining.
    #[inline]
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
    #[inline]
    pub fn with_global_read_only(mut self, value: bool) -> Self {
        self.global_read_only = Some(value);
        self
    }
}
/// A member of a project (a user or a user group) and the roles it holds there.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RoleBindingInfo {
    /// `user` when `user_info` is set, `group` when `group_info` is set.
    pub binding_type: String,
    /// The user, for a user binding.
    pub user_info: Option<RoleBindingUser>,
    /// The user group, for a group binding.
    pub group_info: Option<RoleBindingGroup>,
    /// Names of the roles the member holds in the project.
    pub roles: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for RoleBindingInfo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("binding_type", &self.binding_type);
        map.some("user_info", &self.user_info);
        map.some("group_info", &self.group_info);
        map.entry("roles", &self.roles);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for RoleBindingInfo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for RoleBindingInfo {
    const NAME: &'static str = "RoleBindingInfo";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default, value};
        match key {
            "binding_type" => or_default(map, &mut self.binding_type),
            "user_info" => value(map, &mut self.user_info),
            "group_info" => value(map, &mut self.group_info),
            "roles" => or_default(map, &mut self.roles),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl RoleBindingInfo {
    /// Creates an empty `RoleBindingInfo`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A user as a project member.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RoleBindingUser {
    /// Id of the user.
    pub uid: String,
    /// Login account.
    pub account: String,
    /// Display name.
    pub username: String,
    /// Where the account comes from, e.g. `system`, `ldap` or `oauth`.
    pub identity_type: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for RoleBindingUser {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("uid", &self.uid);
        map.entry("account", &self.account);
        map.entry("username", &self.username);
        map.entry("identity_type", &self.identity_type);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for RoleBindingUser {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for RoleBindingUser {
    const NAME: &'static str = "RoleBindingUser";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "uid" => or_default(map, &mut self.uid),
            "account" => or_default(map, &mut self.account),
            "username" => or_default(map, &mut self.username),
            "identity_type" => or_default(map, &mut self.identity_type),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl RoleBindingUser {
    /// Creates an empty `RoleBindingUser`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// A user group as a project member, with its users.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RoleBindingGroup {
    /// Id of the group.
    pub group_id: String,
    /// Name of the group.
    pub name: String,
    /// The users in the group.
    pub user_infos: Vec<RoleBindingUser>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for RoleBindingGroup {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("group_id", &self.group_id);
        map.entry("name", &self.name);
        map.entry("user_infos", &self.user_infos);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for RoleBindingGroup {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for RoleBindingGroup {
    const NAME: &'static str = "RoleBindingGroup";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "group_id" => or_default(map, &mut self.group_id),
            "name" => or_default(map, &mut self.name),
            "user_infos" => or_default(map, &mut self.user_infos),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl RoleBindingGroup {
    /// Creates an empty `RoleBindingGroup`: optional fields start as `None`, the others as their zero value. No request sends this type: change a field by assigning to it.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}
/// Users and user groups to add to a project, all with the same role.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateRoleBindingsRequest {
    /// The users and groups to add.
    pub identities: Vec<RoleBindingIdentity>,
    /// Name of the project role they get.
    pub role: String,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for CreateRoleBindingsRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("identities", &self.identities);
        map.entry("role", &self.role);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for CreateRoleBindingsRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for CreateRoleBindingsRequest {
    const NAME: &'static str = "CreateRoleBindingsRequest";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "identities" => or_default(map, &mut self.identities),
            "role" => or_default(map, &mut self.role),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl CreateRoleBindingsRequest {
    /// Creates an empty `CreateRoleBindingsRequest`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `identities` and returns the value, for chaining.
    #[inline]
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RoleBindingIdentity {
    /// Whether the identity is a user (then set `uid`) or a group (then set `gid`).
    pub identity_type: RoleBindingIdentityType,
    /// Id of the user.
    pub uid: Option<String>,
    /// Id of the user group.
    pub gid: Option<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for RoleBindingIdentity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("identity_type", &self.identity_type);
        map.some("uid", &self.uid);
        map.some("gid", &self.gid);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for RoleBindingIdentity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for RoleBindingIdentity {
    const NAME: &'static str = "RoleBindingIdentity";
    const REQUIRED: &'static [&'static str] = &["identity_type"];
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, required, value};
        match key {
            "identity_type" => required(map, &mut self.identity_type, 0u32),
            "uid" => value(map, &mut self.uid),
            "gid" => value(map, &mut self.gid),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl RoleBindingIdentity {
    /// Creates a `RoleBindingIdentity` from its required fields; optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new(identity_type: RoleBindingIdentityType) -> Self {
        Self {
            identity_type,
            ..Self::default()
        }
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
/// What kind of identity a role binding is for.
///
/// The set of values is open: a value this version does not know decodes to
/// [`RoleBindingIdentityType::Unknown`] and keeps its text (see [`as_str`](Self::as_str)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RoleBindingIdentityType {
    /// `user`: A user (`uid`).
    User,
    /// `group`: A user group (`gid`).
    Group,
    /// A value this version of the bindings does not know; it keeps the text.
    Unknown(crate::types::UnknownValue),
}
impl RoleBindingIdentityType {
    /// The value as it is written on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Group => "group",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
/// The empty string, Go's zero value for a string type: the variant spelt `""` if there
/// is one, else an unknown empty value.
impl Default for RoleBindingIdentityType {
    #[inline]
    fn default() -> Self {
        Self::from("")
    }
}
impl From<&str> for RoleBindingIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "group" => Self::Group,
            other => Self::Unknown(crate::types::UnknownValue::new(other.to_owned())),
        }
    }
}
impl From<String> for RoleBindingIdentityType {
    /// The values are listed once, in `From<&str>`; an unknown one keeps this `String`.
    #[inline]
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(crate::types::UnknownValue::new(value)),
            known => known,
        }
    }
}
impl std::str::FromStr for RoleBindingIdentityType {
    type Err = std::convert::Infallible;
    #[inline]
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for RoleBindingIdentityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RoleBindingIdentityType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RoleBindingIdentityType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
/// The full list of project roles a user or user group should hold.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateRoleBindingsRequest {
    /// Names of the project roles; the member's other roles in the project are removed.
    pub roles: Vec<String>,
    /// Fields the server sent that this version of the bindings does not model; they are written back when the value is encoded, so a read-modify-write keeps them.
    pub unknown_fields: crate::types::UnknownFields,
}
impl Serialize for UpdateRoleBindingsRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = crate::runtime::model::Writer::new(serializer)?;
        map.entry("roles", &self.roles);
        map.end(&self.unknown_fields)
    }
}
impl<'de> Deserialize<'de> for UpdateRoleBindingsRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::model::read_struct(deserializer)
    }
}
impl crate::runtime::model::Fields for UpdateRoleBindingsRequest {
    const NAME: &'static str = "UpdateRoleBindingsRequest";
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<crate::runtime::model::Slot, A::Error> {
        use crate::runtime::model::{Slot, or_default};
        match key {
            "roles" => or_default(map, &mut self.roles),
            _ => Ok(Slot::Unknown),
        }
    }
    #[inline]
    fn unknown_fields(&mut self) -> &mut crate::types::UnknownFields {
        &mut self.unknown_fields
    }
}
impl UpdateRoleBindingsRequest {
    /// Creates an empty `UpdateRoleBindingsRequest`: optional fields start as `None`, the others as their zero value.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `roles` and returns the value, for chaining.
    #[inline]
    pub fn with_roles(mut self, value: Vec<String>) -> Self {
        self.roles = value;
        self
    }
}
