// @generated from spec/user.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Users and permissions API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Lists the users.
    ///
    /// `GET /openapi/users`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
    /// Lists the user groups.
    ///
    /// `GET /openapi/user-groups`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
    pub fn list_resource_actions(&self) -> ListResourceActions<'_> {
        ListResourceActions {
            client: self,
            inner: self.as_async().list_resource_actions(),
        }
    }
    /// Lists the project roles.
    ///
    /// `GET /openapi/policy/roles`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
    pub fn list_roles(&self) -> ListRoles<'_> {
        ListRoles {
            client: self,
            inner: self.as_async().list_roles(),
        }
    }
    /// Reads one project role.
    ///
    /// `GET /openapi/policy/roles/{name}`
    ///
    /// Arguments:
    /// - `name` (path `name`): Name of the project role.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
    pub fn get_role(&self, name: impl Into<String>) -> GetRole<'_> {
        GetRole {
            client: self,
            inner: self.as_async().get_role(name),
        }
    }
    /// Creates a project role.
    ///
    /// `POST /openapi/policy/roles`
    ///
    /// Arguments:
    /// - `body`: The docs do not give the shape of this body.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
    pub fn create_role(&self, body: serde_json::Value) -> CreateRole<'_> {
        CreateRole {
            client: self,
            inner: self.as_async().create_role(body),
        }
    }
    /// Changes a project role.
    ///
    /// `PUT /openapi/policy/roles/{name}`
    ///
    /// Arguments:
    /// - `name` (path `name`): Name of the project role.
    /// - `body`: The docs do not give the shape of this body.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
        name: impl Into<String>,
        body: serde_json::Value,
    ) -> UpdateRole<'_> {
        UpdateRole {
            client: self,
            inner: self.as_async().update_role(name, body),
        }
    }
    /// Deletes a project role.
    ///
    /// `DELETE /openapi/policy/roles/{name}`
    ///
    /// Arguments:
    /// - `name` (path `name`): Name of the project role.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
    pub fn delete_role(&self, name: impl Into<String>) -> DeleteRole<'_> {
        DeleteRole {
            client: self,
            inner: self.as_async().delete_role(name),
        }
    }
    /// Lists the members of a project and their roles.
    ///
    /// `GET /openapi/policy/role-bindings`
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
    pub fn list_role_bindings(&self) -> ListRoleBindings<'_> {
        ListRoleBindings {
            client: self,
            inner: self.as_async().list_role_bindings(),
        }
    }
    /// Adds members to a project.
    ///
    /// `POST /openapi/policy/role-bindings`
    ///
    /// Arguments:
    /// - `body`: The docs do not give the shape of this body.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
        body: serde_json::Value,
    ) -> CreateRoleBindings<'_> {
        CreateRoleBindings {
            client: self,
            inner: self.as_async().create_role_bindings(body),
        }
    }
    /// Sets the project roles of a user.
    ///
    /// `POST /openapi/policy/role-bindings/user/{uid}`
    ///
    /// Arguments:
    /// - `uid` (path `uid`): Id of the user.
    /// - `body`: The docs do not give the shape of this body.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
        uid: impl Into<String>,
        body: serde_json::Value,
    ) -> UpdateUserRoleBindings<'_> {
        UpdateUserRoleBindings {
            client: self,
            inner: self.as_async().update_user_role_bindings(uid, body),
        }
    }
    /// Removes a user from a project.
    ///
    /// `DELETE /openapi/policy/role-bindings/user/{uid}`
    ///
    /// Arguments:
    /// - `uid` (path `uid`): Id of the user.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
        uid: impl Into<String>,
    ) -> DeleteUserRoleBindings<'_> {
        DeleteUserRoleBindings {
            client: self,
            inner: self.as_async().delete_user_role_bindings(uid),
        }
    }
    /// Sets the project roles of a user group.
    ///
    /// `POST /openapi/policy/role-bindings/group/{gid}`
    ///
    /// Arguments:
    /// - `gid` (path `gid`): Id of the user group.
    /// - `body`: The docs do not give the shape of this body.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
        gid: impl Into<String>,
        body: serde_json::Value,
    ) -> UpdateGroupRoleBindings<'_> {
        UpdateGroupRoleBindings {
            client: self,
            inner: self.as_async().update_group_role_bindings(gid, body),
        }
    }
    /// Removes a user group from a project.
    ///
    /// `DELETE /openapi/policy/role-bindings/group/{gid}`
    ///
    /// Arguments:
    /// - `gid` (path `gid`): Id of the user group.
    ///
    /// Returns the response as untyped JSON.
    ///
    /// Neither Zadig's docs nor its server source give this call's request or response a precise shape, so the bindings pass it through as untyped JSON.
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
        gid: impl Into<String>,
    ) -> DeleteGroupRoleBindings<'_> {
        DeleteGroupRoleBindings {
            client: self,
            inner: self.as_async().delete_group_role_bindings(gid),
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
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
    pub fn send(self) -> crate::Result<serde_json::Value> {
        self.client.block_on(self.inner.send())
    }
}
