// @generated from spec/user.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Users and permissions API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
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
            options: CallOptions::default(),
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
            uid: uid.into(),
            options: CallOptions::default(),
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
            options: CallOptions::default(),
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
            options: CallOptions::default(),
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
            name: name.into(),
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
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
            name: name.into(),
            options: CallOptions::default(),
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
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
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
            uid: uid.into(),
            options: CallOptions::default(),
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
    options: CallOptions,
}
impl<'a> ListUsers<'a> {
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::list_users`](crate::Client::list_users).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let request = Request::new("list_users", reqwest::Method::GET, "/openapi/users");
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
    options: CallOptions,
}
impl<'a> ListUserGroups<'a> {
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::list_user_groups`](crate::Client::list_user_groups).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let request = Request::new(
            "list_user_groups",
            reqwest::Method::GET,
            "/openapi/user-groups",
        );
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_user`](crate::Client::delete_user).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "delete_user",
            reqwest::Method::DELETE,
            "/openapi/users/{uid}",
        );
        request.path_param("uid", &self.uid);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_resource_actions`](crate::Client::list_resource_actions): `GET /openapi/policy/resource-actions`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListResourceActions<'a> {
    client: &'a crate::Client,
    options: CallOptions,
}
impl<'a> ListResourceActions<'a> {
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::list_resource_actions`](crate::Client::list_resource_actions).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let request = Request::new(
            "list_resource_actions",
            reqwest::Method::GET,
            "/openapi/policy/resource-actions",
        );
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
    options: CallOptions,
}
impl<'a> ListRoles<'a> {
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::list_roles`](crate::Client::list_roles).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let request = Request::new(
            "list_roles",
            reqwest::Method::GET,
            "/openapi/policy/roles",
        );
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::get_role`](crate::Client::get_role).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "get_role",
            reqwest::Method::GET,
            "/openapi/policy/roles/{name}",
        );
        request.path_param("name", &self.name);
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
    body: serde_json::Value,
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::create_role`](crate::Client::create_role).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "create_role",
            reqwest::Method::POST,
            "/openapi/policy/roles",
        );
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::update_role`](crate::Client::update_role): `PUT /openapi/policy/roles/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateRole<'a> {
    client: &'a crate::Client,
    name: String,
    body: serde_json::Value,
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::update_role`](crate::Client::update_role).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "update_role",
            reqwest::Method::PUT,
            "/openapi/policy/roles/{name}",
        );
        request.path_param("name", &self.name);
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::delete_role`](crate::Client::delete_role): `DELETE /openapi/policy/roles/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteRole<'a> {
    client: &'a crate::Client,
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_role`](crate::Client::delete_role).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "delete_role",
            reqwest::Method::DELETE,
            "/openapi/policy/roles/{name}",
        );
        request.path_param("name", &self.name);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_role_bindings`](crate::Client::list_role_bindings): `GET /openapi/policy/role-bindings`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListRoleBindings<'a> {
    client: &'a crate::Client,
    options: CallOptions,
}
impl<'a> ListRoleBindings<'a> {
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::list_role_bindings`](crate::Client::list_role_bindings).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let request = Request::new(
            "list_role_bindings",
            reqwest::Method::GET,
            "/openapi/policy/role-bindings",
        );
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
    body: serde_json::Value,
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::create_role_bindings`](crate::Client::create_role_bindings).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "create_role_bindings",
            reqwest::Method::POST,
            "/openapi/policy/role-bindings",
        );
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::update_user_role_bindings`](crate::Client::update_user_role_bindings): `POST /openapi/policy/role-bindings/user/{uid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateUserRoleBindings<'a> {
    client: &'a crate::Client,
    uid: String,
    body: serde_json::Value,
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::update_user_role_bindings`](crate::Client::update_user_role_bindings).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "update_user_role_bindings",
            reqwest::Method::POST,
            "/openapi/policy/role-bindings/user/{uid}",
        );
        request.path_param("uid", &self.uid);
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::delete_user_role_bindings`](crate::Client::delete_user_role_bindings): `DELETE /openapi/policy/role-bindings/user/{uid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteUserRoleBindings<'a> {
    client: &'a crate::Client,
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_user_role_bindings`](crate::Client::delete_user_role_bindings).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "delete_user_role_bindings",
            reqwest::Method::DELETE,
            "/openapi/policy/role-bindings/user/{uid}",
        );
        request.path_param("uid", &self.uid);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::update_group_role_bindings`](crate::Client::update_group_role_bindings): `POST /openapi/policy/role-bindings/group/{gid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateGroupRoleBindings<'a> {
    client: &'a crate::Client,
    gid: String,
    body: serde_json::Value,
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::update_group_role_bindings`](crate::Client::update_group_role_bindings).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "update_group_role_bindings",
            reqwest::Method::POST,
            "/openapi/policy/role-bindings/group/{gid}",
        );
        request.path_param("gid", &self.gid);
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::delete_group_role_bindings`](crate::Client::delete_group_role_bindings): `DELETE /openapi/policy/role-bindings/group/{gid}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteGroupRoleBindings<'a> {
    client: &'a crate::Client,
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
    /// Sends the request and returns the response as untyped JSON.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_group_role_bindings`](crate::Client::delete_group_role_bindings).
    pub async fn send(self) -> crate::Result<serde_json::Value> {
        let mut request = Request::new(
            "delete_group_role_bindings",
            reqwest::Method::DELETE,
            "/openapi/policy/role-bindings/group/{gid}",
        );
        request.path_param("gid", &self.gid);
        self.client.send_json(request, self.options).await
    }
}
