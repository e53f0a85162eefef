// @generated from spec/user.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Users and permissions endpoints.
#![allow(clippy::too_many_lines)]
use crate::{Expectation, MockZadig, Mounted};
impl MockZadig {
    /// Expects `GET /openapi/users` calls (`list_users`): Lists the users, one page at a time
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_users(&self) -> ListUsers<'_> {
        ListUsers {
            expectation: self.expect("list_users"),
        }
    }
}
/// An expected `GET /openapi/users` call (`Client::list_users`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListUsers<'a> {
    expectation: Expectation<'a>,
}
impl ListUsers<'_> {
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("pageNum", &value);
        self
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("pageSize", &value);
        self
    }
    /// Matches only calls whose query parameter `name` is `value`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("name", &value);
        self
    }
    /// Matches only calls whose query parameter `account` is `value`.
    pub fn account(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("account", &value);
        self
    }
    /// Matches only calls whose query parameter `identity_type` is `value`.
    pub fn identity_type(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("identity_type", &value);
        self
    }
    /// Matches only calls whose query parameter `roles` is `value`.
    pub fn roles(mut self, value: Vec<String>) -> Self {
        let value: Vec<String> = value;
        self.expectation.match_query("roles", &value);
        self
    }
    /// Matches only calls whose query parameter `projectName` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectName", &value);
        self
    }
    /// Matches only calls whose query parameter `mfa_enabled` is `value`.
    pub fn mfa_enabled(mut self, value: bool) -> Self {
        let value: bool = value;
        self.expectation.match_query("mfa_enabled", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::UserBriefList) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(self, values: Vec<crate::types::UserBriefList>) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/users/{uid}` calls (`get_user`): Reads one user's account details
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_user(&self) -> GetUser<'_> {
        GetUser {
            expectation: self.expect("get_user"),
        }
    }
}
/// An expected `GET /openapi/users/{uid}` call (`Client::get_user`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetUser<'a> {
    expectation: Expectation<'a>,
}
impl GetUser<'_> {
    /// Matches only calls whose path parameter `uid` is `value`.
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("uid", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::UserDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(self, values: Vec<crate::types::UserDetail>) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/user-groups` calls (`list_user_groups`): Lists the user groups, one page at a time
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_user_groups(&self) -> ListUserGroups<'_> {
        ListUserGroups {
            expectation: self.expect("list_user_groups"),
        }
    }
}
/// An expected `GET /openapi/user-groups` call (`Client::list_user_groups`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListUserGroups<'a> {
    expectation: Expectation<'a>,
}
impl ListUserGroups<'_> {
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("pageNum", &value);
        self
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("pageSize", &value);
        self
    }
    /// Matches only calls whose query parameter `name` is `value`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("name", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::UserGroupList) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(self, values: Vec<crate::types::UserGroupList>) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `DELETE /openapi/users/{uid}` calls (`delete_user`): Deletes a user
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_user(&self) -> DeleteUser<'_> {
        DeleteUser {
            expectation: self.expect("delete_user"),
        }
    }
}
/// An expected `DELETE /openapi/users/{uid}` call (`Client::delete_user`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteUser<'a> {
    expectation: Expectation<'a>,
}
impl DeleteUser<'_> {
    /// Matches only calls whose path parameter `uid` is `value`.
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("uid", &value);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/policy/resource-actions` calls (`list_resource_actions`): Lists the permission items a project role can grant
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_resource_actions(&self) -> ListResourceActions<'_> {
        ListResourceActions {
            expectation: self.expect("list_resource_actions"),
        }
    }
}
/// An expected `GET /openapi/policy/resource-actions` call (`Client::list_resource_actions`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListResourceActions<'a> {
    expectation: Expectation<'a>,
}
impl ListResourceActions<'_> {
    /// Matches only calls whose query parameter `projectName` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectName", &value);
        self
    }
    /// Matches only calls whose query parameter `envType` is `value`.
    pub fn env_type(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("envType", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(
        self,
        value: Vec<crate::types::PermissionResourceDefinition>,
    ) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::PermissionResourceDefinition>>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/policy/roles` calls (`list_roles`): Lists the roles of a project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_roles(&self) -> ListRoles<'_> {
        ListRoles {
            expectation: self.expect("list_roles"),
        }
    }
}
/// An expected `GET /openapi/policy/roles` call (`Client::list_roles`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListRoles<'a> {
    expectation: Expectation<'a>,
}
impl ListRoles<'_> {
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("namespace", &value);
        self
    }
    /// Matches only calls whose query parameter `uid` is `value`.
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("uid", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::ProjectRole>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::ProjectRole>>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/policy/roles/{name}` calls (`get_role`): Reads one project role with the permissions it grants
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_role(&self) -> GetRole<'_> {
        GetRole {
            expectation: self.expect("get_role"),
        }
    }
}
/// An expected `GET /openapi/policy/roles/{name}` call (`Client::get_role`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetRole<'a> {
    expectation: Expectation<'a>,
}
impl GetRole<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("namespace", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::ProjectRoleDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::ProjectRoleDetail>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/policy/roles` calls (`create_role`): Creates a project role
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_role(&self) -> CreateRole<'_> {
        CreateRole {
            expectation: self.expect("create_role"),
        }
    }
}
/// An expected `POST /openapi/policy/roles` call (`Client::create_role`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateRole<'a> {
    expectation: Expectation<'a>,
}
impl CreateRole<'_> {
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("namespace", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ProjectRoleRequest) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::ProjectRoleRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `PUT /openapi/policy/roles/{name}` calls (`update_role`): Changes a project role; its permission list is replaced
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_role(&self) -> UpdateRole<'_> {
        UpdateRole {
            expectation: self.expect("update_role"),
        }
    }
}
/// An expected `PUT /openapi/policy/roles/{name}` call (`Client::update_role`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateRole<'a> {
    expectation: Expectation<'a>,
}
impl UpdateRole<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("namespace", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ProjectRoleRequest) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::ProjectRoleRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `DELETE /openapi/policy/roles/{name}` calls (`delete_role`): Deletes a project role
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_role(&self) -> DeleteRole<'_> {
        DeleteRole {
            expectation: self.expect("delete_role"),
        }
    }
}
/// An expected `DELETE /openapi/policy/roles/{name}` call (`Client::delete_role`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteRole<'a> {
    expectation: Expectation<'a>,
}
impl DeleteRole<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("namespace", &value);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/policy/role-bindings` calls (`list_role_bindings`): Lists the members of a project and their roles
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_role_bindings(&self) -> ListRoleBindings<'_> {
        ListRoleBindings {
            expectation: self.expect("list_role_bindings"),
        }
    }
}
/// An expected `GET /openapi/policy/role-bindings` call (`Client::list_role_bindings`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListRoleBindings<'a> {
    expectation: Expectation<'a>,
}
impl ListRoleBindings<'_> {
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("namespace", &value);
        self
    }
    /// Matches only calls whose query parameter `uid` is `value`.
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("uid", &value);
        self
    }
    /// Matches only calls whose query parameter `gid` is `value`.
    pub fn gid(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("gid", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::RoleBindingInfo>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::RoleBindingInfo>>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/policy/role-bindings` calls (`create_role_bindings`): Adds users or user groups to a project with one role
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_role_bindings(&self) -> CreateRoleBindings<'_> {
        CreateRoleBindings {
            expectation: self.expect("create_role_bindings"),
        }
    }
}
/// An expected `POST /openapi/policy/role-bindings` call (`Client::create_role_bindings`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateRoleBindings<'a> {
    expectation: Expectation<'a>,
}
impl CreateRoleBindings<'_> {
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("namespace", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::CreateRoleBindingsRequest) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::CreateRoleBindingsRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/policy/role-bindings/user/{uid}` calls (`update_user_role_bindings`): Sets the project roles of a user, replacing the ones it had
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_user_role_bindings(&self) -> UpdateUserRoleBindings<'_> {
        UpdateUserRoleBindings {
            expectation: self.expect("update_user_role_bindings"),
        }
    }
}
/// An expected `POST /openapi/policy/role-bindings/user/{uid}` call (`Client::update_user_role_bindings`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateUserRoleBindings<'a> {
    expectation: Expectation<'a>,
}
impl UpdateUserRoleBindings<'_> {
    /// Matches only calls whose path parameter `uid` is `value`.
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("uid", &value);
        self
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("namespace", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::UpdateRoleBindingsRequest) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::UpdateRoleBindingsRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `DELETE /openapi/policy/role-bindings/user/{uid}` calls (`delete_user_role_bindings`): Removes a user from a project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_user_role_bindings(&self) -> DeleteUserRoleBindings<'_> {
        DeleteUserRoleBindings {
            expectation: self.expect("delete_user_role_bindings"),
        }
    }
}
/// An expected `DELETE /openapi/policy/role-bindings/user/{uid}` call (`Client::delete_user_role_bindings`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteUserRoleBindings<'a> {
    expectation: Expectation<'a>,
}
impl DeleteUserRoleBindings<'_> {
    /// Matches only calls whose path parameter `uid` is `value`.
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("uid", &value);
        self
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("namespace", &value);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/policy/role-bindings/group/{gid}` calls (`update_group_role_bindings`): Sets the project roles of a user group, replacing the ones it had
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_group_role_bindings(&self) -> UpdateGroupRoleBindings<'_> {
        UpdateGroupRoleBindings {
            expectation: self.expect("update_group_role_bindings"),
        }
    }
}
/// An expected `POST /openapi/policy/role-bindings/group/{gid}` call (`Client::update_group_role_bindings`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateGroupRoleBindings<'a> {
    expectation: Expectation<'a>,
}
impl UpdateGroupRoleBindings<'_> {
    /// Matches only calls whose path parameter `gid` is `value`.
    pub fn gid(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("gid", &value);
        self
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("namespace", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::UpdateRoleBindingsRequest) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::UpdateRoleBindingsRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `DELETE /openapi/policy/role-bindings/group/{gid}` calls (`delete_group_role_bindings`): Removes a user group from a project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_group_role_bindings(&self) -> DeleteGroupRoleBindings<'_> {
        DeleteGroupRoleBindings {
            expectation: self.expect("delete_group_role_bindings"),
        }
    }
}
/// An expected `DELETE /openapi/policy/role-bindings/group/{gid}` call (`Client::delete_group_role_bindings`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteGroupRoleBindings<'a> {
    expectation: Expectation<'a>,
}
impl DeleteGroupRoleBindings<'_> {
    /// Matches only calls whose path parameter `gid` is `value`.
    pub fn gid(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("gid", &value);
        self
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("namespace", &value);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
