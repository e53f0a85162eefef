// @generated from spec/service.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Service API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
    /// Lists the test services of a project.
    ///
    /// `GET /openapi/service/yaml/services`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    ///
    /// Returns the decoded list of [`ServiceBrief`](crate::types::ServiceBrief).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_services(&self, project_key: impl Into<String>) -> ListServices<'_> {
        ListServices {
            client: self,
            inner: self.as_async().list_services(project_key),
        }
    }
    /// Lists the production services of a project.
    ///
    /// `GET /openapi/service/yaml/production/services`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    ///
    /// Returns the decoded list of [`ServiceBrief`](crate::types::ServiceBrief).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_production_services(
        &self,
        project_key: impl Into<String>,
    ) -> ListProductionServices<'_> {
        ListProductionServices {
            client: self,
            inner: self.as_async().list_production_services(project_key),
        }
    }
    /// Reads one test service.
    ///
    /// `GET /openapi/service/yaml/{serviceName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Returns the decoded [`ServiceDetail`](crate::types::ServiceDetail).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-2>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_service(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetService<'_> {
        GetService {
            client: self,
            inner: self.as_async().get_service(project_key, service_name),
        }
    }
    /// Reads one production service.
    ///
    /// `GET /openapi/service/yaml/production/{serviceName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Returns the decoded [`ServiceDetail`](crate::types::ServiceDetail).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-2>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_production_service(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetProductionService<'_> {
        GetProductionService {
            client: self,
            inner: self.as_async().get_production_service(project_key, service_name),
        }
    }
    /// Creates a test service from a YAML template.
    ///
    /// `POST /openapi/service/template/load/yaml`
    ///
    /// Arguments:
    /// - `body`: The project is named in the body (`project_key`); the server treats the service as a test service whatever `production` says.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-3>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_service_from_template(
        &self,
        body: crate::types::ServiceFromYamlTemplateRequest,
    ) -> CreateServiceFromTemplate<'_> {
        CreateServiceFromTemplate {
            client: self,
            inner: self.as_async().create_service_from_template(body),
        }
    }
    /// Creates a production service from a YAML template.
    ///
    /// `POST /openapi/service/template/production/load/yaml`
    ///
    /// Arguments:
    /// - `body`: The project is named in the body (`project_key`); the server treats the service as a production service whatever `production` says.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-3>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_production_service_from_template(
        &self,
        body: crate::types::ServiceFromYamlTemplateRequest,
    ) -> CreateProductionServiceFromTemplate<'_> {
        CreateProductionServiceFromTemplate {
            client: self,
            inner: self.as_async().create_production_service_from_template(body),
        }
    }
    /// Creates a test service from YAML typed in by hand.
    ///
    /// `POST /openapi/service/yaml/raw`
    ///
    /// The overview links the test variant of this row to the same anchor as the "update service configuration" row (`#test-service-5`); it is kept as given.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-5>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_raw_service(
        &self,
        project_key: impl Into<String>,
        body: crate::types::RawYamlServiceRequest,
    ) -> CreateRawService<'_> {
        CreateRawService {
            client: self,
            inner: self.as_async().create_raw_service(project_key, body),
        }
    }
    /// Creates a production service from YAML typed in by hand.
    ///
    /// `POST /openapi/service/yaml/production/raw`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-4>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_raw_production_service(
        &self,
        project_key: impl Into<String>,
        body: crate::types::RawYamlServiceRequest,
    ) -> CreateRawProductionService<'_> {
        CreateRawProductionService {
            client: self,
            inner: self.as_async().create_raw_production_service(project_key, body),
        }
    }
    /// Replaces the configuration of a test service.
    ///
    /// `PUT /openapi/service/yaml/{serviceName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project; the server rejects the update without it.
    /// - `service_name` (path `serviceName`): Name of the service.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-5>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_service(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
        body: crate::types::ServiceConfigUpdate,
    ) -> UpdateService<'_> {
        UpdateService {
            client: self,
            inner: self.as_async().update_service(project_key, service_name, body),
        }
    }
    /// Replaces the configuration of a production service.
    ///
    /// `PUT /openapi/service/yaml/production/{serviceName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project; the server rejects the update without it.
    /// - `service_name` (path `serviceName`): Name of the service.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-5>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_production_service(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
        body: crate::types::ServiceConfigUpdate,
    ) -> UpdateProductionService<'_> {
        UpdateProductionService {
            client: self,
            inner: self
                .as_async()
                .update_production_service(project_key, service_name, body),
        }
    }
    /// Changes the variables of a test service.
    ///
    /// `PUT /openapi/service/yaml/{serviceName}/variable`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `service_name` (path `serviceName`): Name of the service.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-6>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_service_variables(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
        body: crate::types::ServiceVariablesUpdate,
    ) -> UpdateServiceVariables<'_> {
        UpdateServiceVariables {
            client: self,
            inner: self
                .as_async()
                .update_service_variables(project_key, service_name, body),
        }
    }
    /// Changes the variables of a production service.
    ///
    /// `PUT /openapi/service/yaml/production/{serviceName}/variable`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `service_name` (path `serviceName`): Name of the service.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-6>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_production_service_variables(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
        body: crate::types::ServiceVariablesUpdate,
    ) -> UpdateProductionServiceVariables<'_> {
        UpdateProductionServiceVariables {
            client: self,
            inner: self
                .as_async()
                .update_production_service_variables(project_key, service_name, body),
        }
    }
    /// Removes a test service from the project.
    ///
    /// `DELETE /openapi/service/yaml/{serviceName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-7>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_service(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
    ) -> DeleteService<'_> {
        DeleteService {
            client: self,
            inner: self.as_async().delete_service(project_key, service_name),
        }
    }
    /// Removes a production service from the project.
    ///
    /// `DELETE /openapi/service/yaml/production/{serviceName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-7>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_production_service(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
    ) -> DeleteProductionService<'_> {
        DeleteProductionService {
            client: self,
            inner: self.as_async().delete_production_service(project_key, service_name),
        }
    }
    /// Lists the labels attached to one service of a project.
    ///
    /// `GET /openapi/service/yaml/{name}/labels`
    ///
    /// Returns the label bindings of a service, as key/value pairs. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `service_name` (path `name`): Name of the service.
    ///
    /// Optional query parameters are setters on [`ListServiceLabels`]:
    /// - `production`: `true` for the production service, `false` for the test service; any other value (or none) does not filter on the kind of service.
    ///
    /// Returns the decoded list of [`ServiceLabel`](crate::types::ServiceLabel).
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
    pub fn list_service_labels(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
    ) -> ListServiceLabels<'_> {
        ListServiceLabels {
            client: self,
            inner: self.as_async().list_service_labels(project_key, service_name),
        }
    }
    /// Creates services of a project from YAML files kept in a code repository, naming the code host by id.
    ///
    /// `POST /openapi/service/loader/load/{codehostId}`
    ///
    /// The form v5.0.0 serves: the code host integration is named by its numeric id in the path, the repository by the query parameters, the project and the files by the body. The development branch replaced it with `load_services_from_code_host_by_name`, which names the code host in the query instead. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `codehost_id` (path `codehostId`): Id of the code host integration in Zadig that holds the repository.
    /// - `repo_owner` (query `repoOwner`): Owner (user or organisation) of the repository.
    /// - `body`: the JSON request body
    ///
    /// Optional query parameters are setters on [`LoadServicesFromCodeHost`]:
    /// - `repo_name`: Name of the repository; the server needs it or `repoUUID`.
    /// - `repo_uuid`: UUID of the repository, for code hosts that identify repositories that way; the server needs it or `repoName`.
    /// - `namespace`: Namespace (group path) of the repository, where the code host has one.
    /// - `branch_name`: Branch to read the files from.
    /// - `remote_name`: Name of the git remote, for code hosts that use one (e.g. Gerrit).
    /// - `production`: `true` to create production services; anything else creates test services.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `7c32e69d1e8a`, and may change without notice in a release.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn load_services_from_code_host(
        &self,
        codehost_id: i64,
        repo_owner: impl Into<String>,
        body: crate::types::ServiceFromCodeHostRequest,
    ) -> LoadServicesFromCodeHost<'_> {
        LoadServicesFromCodeHost {
            client: self,
            inner: self
                .as_async()
                .load_services_from_code_host(codehost_id, repo_owner, body),
        }
    }
    /// Creates services of a project from YAML files kept in a code repository, naming the code host by name.
    ///
    /// `POST /openapi/service/loader/load`
    ///
    /// The repository is named by the query parameters (the server rejects the call without `codehostName`), the project and the files by the body. No release serves this form yet; v5.0.0 serves `load_services_from_code_host`, which takes the code host's id in the path. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `codehost_name` (query `codehostName`): Name of the code host integration in Zadig that holds the repository.
    /// - `repo_owner` (query `repoOwner`): Owner (user or organisation) of the repository.
    /// - `body`: the JSON request body
    ///
    /// Optional query parameters are setters on [`LoadServicesFromCodeHostByName`]:
    /// - `repo_name`: Name of the repository; the server needs it or `repoUUID`.
    /// - `repo_uuid`: UUID of the repository, for code hosts that identify repositories that way; the server needs it or `repoName`.
    /// - `namespace`: Namespace (group path) of the repository, where the code host has one.
    /// - `branch_name`: Branch to read the files from.
    /// - `remote_name`: Name of the git remote, for code hosts that use one (e.g. Gerrit).
    /// - `production`: `true` to create production services; anything else creates test services.
    ///
    /// Returns Zadig's acknowledgement message.
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
    pub fn load_services_from_code_host_by_name(
        &self,
        codehost_name: impl Into<String>,
        repo_owner: impl Into<String>,
        body: crate::types::ServiceFromCodeHostRequest,
    ) -> LoadServicesFromCodeHostByName<'_> {
        LoadServicesFromCodeHostByName {
            client: self,
            inner: self
                .as_async()
                .load_services_from_code_host_by_name(codehost_name, repo_owner, body),
        }
    }
    /// Creates Helm chart services of a project from a code repository, a public repository or a chart repository.
    ///
    /// `POST /openapi/service/helm/load`
    ///
    /// Several charts may be loaded at once; the answer says which were created and which failed. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `body`: the JSON request body
    ///
    /// Returns the decoded [`HelmServiceLoadResult`](crate::types::HelmServiceLoadResult).
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
    pub fn load_helm_services(
        &self,
        project_key: impl Into<String>,
        body: crate::types::HelmServiceLoadRequest,
    ) -> LoadHelmServices<'_> {
        LoadHelmServices {
            client: self,
            inner: self.as_async().load_helm_services(project_key, body),
        }
    }
    /// Creates a Helm chart service from a chart template.
    ///
    /// `POST /openapi/service/template/load/helm`
    ///
    /// Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
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
    pub fn create_helm_service_from_template(
        &self,
        project_key: impl Into<String>,
        body: crate::types::HelmServiceFromTemplateRequest,
    ) -> CreateHelmServiceFromTemplate<'_> {
        CreateHelmServiceFromTemplate {
            client: self,
            inner: self.as_async().create_helm_service_from_template(project_key, body),
        }
    }
    /// Lists the Helm chart templates of the template library.
    ///
    /// `GET /openapi/templates/charts`
    ///
    /// Also lists the system variables that chart templates may refer to. Zadig's public API docs do not list this route.
    ///
    /// Returns the decoded [`ChartTemplateList`](crate::types::ChartTemplateList).
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
    pub fn list_chart_templates(&self) -> ListChartTemplates<'_> {
        ListChartTemplates {
            client: self,
            inner: self.as_async().list_chart_templates(),
        }
    }
}
/// Blocking request builder for [`blocking::Client::list_services`](crate::blocking::Client::list_services): `GET /openapi/service/yaml/services`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListServices<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListServices<'a>,
}
impl<'a> ListServices<'a> {
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
    /// See [`Client::list_services`](crate::Client::list_services); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<Vec<crate::types::ServiceBrief>> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_production_services`](crate::blocking::Client::list_production_services): `GET /openapi/service/yaml/production/services`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListProductionServices<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListProductionServices<'a>,
}
impl<'a> ListProductionServices<'a> {
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
    /// See [`Client::list_production_services`](crate::Client::list_production_services); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<Vec<crate::types::ServiceBrief>> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_service`](crate::blocking::Client::get_service): `GET /openapi/service/yaml/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetService<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetService<'a>,
}
impl<'a> GetService<'a> {
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
    /// See [`Client::get_service`](crate::Client::get_service); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ServiceDetail> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_production_service`](crate::blocking::Client::get_production_service): `GET /openapi/service/yaml/production/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetProductionService<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetProductionService<'a>,
}
impl<'a> GetProductionService<'a> {
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
    /// See [`Client::get_production_service`](crate::Client::get_production_service); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ServiceDetail> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_service_from_template`](crate::blocking::Client::create_service_from_template): `POST /openapi/service/template/load/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateServiceFromTemplate<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateServiceFromTemplate<'a>,
}
impl<'a> CreateServiceFromTemplate<'a> {
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
    /// See [`Client::create_service_from_template`](crate::Client::create_service_from_template); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_production_service_from_template`](crate::blocking::Client::create_production_service_from_template): `POST /openapi/service/template/production/load/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateProductionServiceFromTemplate<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateProductionServiceFromTemplate<'a>,
}
impl<'a> CreateProductionServiceFromTemplate<'a> {
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
    /// See [`Client::create_production_service_from_template`](crate::Client::create_production_service_from_template); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_raw_service`](crate::blocking::Client::create_raw_service): `POST /openapi/service/yaml/raw`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateRawService<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateRawService<'a>,
}
impl<'a> CreateRawService<'a> {
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
    /// See [`Client::create_raw_service`](crate::Client::create_raw_service); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_raw_production_service`](crate::blocking::Client::create_raw_production_service): `POST /openapi/service/yaml/production/raw`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateRawProductionService<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateRawProductionService<'a>,
}
impl<'a> CreateRawProductionService<'a> {
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
    /// See [`Client::create_raw_production_service`](crate::Client::create_raw_production_service); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_service`](crate::blocking::Client::update_service): `PUT /openapi/service/yaml/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateService<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateService<'a>,
}
impl<'a> UpdateService<'a> {
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
    /// See [`Client::update_service`](crate::Client::update_service); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_production_service`](crate::blocking::Client::update_production_service): `PUT /openapi/service/yaml/production/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateProductionService<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateProductionService<'a>,
}
impl<'a> UpdateProductionService<'a> {
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
    /// See [`Client::update_production_service`](crate::Client::update_production_service); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_service_variables`](crate::blocking::Client::update_service_variables): `PUT /openapi/service/yaml/{serviceName}/variable`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateServiceVariables<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateServiceVariables<'a>,
}
impl<'a> UpdateServiceVariables<'a> {
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
    /// See [`Client::update_service_variables`](crate::Client::update_service_variables); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_production_service_variables`](crate::blocking::Client::update_production_service_variables): `PUT /openapi/service/yaml/production/{serviceName}/variable`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateProductionServiceVariables<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateProductionServiceVariables<'a>,
}
impl<'a> UpdateProductionServiceVariables<'a> {
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
    /// See [`Client::update_production_service_variables`](crate::Client::update_production_service_variables); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_service`](crate::blocking::Client::delete_service): `DELETE /openapi/service/yaml/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteService<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteService<'a>,
}
impl<'a> DeleteService<'a> {
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
    /// See [`Client::delete_service`](crate::Client::delete_service); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_production_service`](crate::blocking::Client::delete_production_service): `DELETE /openapi/service/yaml/production/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteProductionService<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteProductionService<'a>,
}
impl<'a> DeleteProductionService<'a> {
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
    /// See [`Client::delete_production_service`](crate::Client::delete_production_service); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_service_labels`](crate::blocking::Client::list_service_labels): `GET /openapi/service/yaml/{name}/labels`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListServiceLabels<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListServiceLabels<'a>,
}
impl<'a> ListServiceLabels<'a> {
    /// Sets the optional query parameter `production`; see [`requests::ListServiceLabels::production`](crate::requests::ListServiceLabels::production).
    pub fn production(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.production(value);
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
    /// See [`Client::list_service_labels`](crate::Client::list_service_labels); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<Vec<crate::types::ServiceLabel>> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::load_services_from_code_host`](crate::blocking::Client::load_services_from_code_host): `POST /openapi/service/loader/load/{codehostId}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct LoadServicesFromCodeHost<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::LoadServicesFromCodeHost<'a>,
}
impl<'a> LoadServicesFromCodeHost<'a> {
    /// Sets the optional query parameter `repoName`; see [`requests::LoadServicesFromCodeHost::repo_name`](crate::requests::LoadServicesFromCodeHost::repo_name).
    pub fn repo_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.repo_name(value);
        self
    }
    /// Sets the optional query parameter `repoUUID`; see [`requests::LoadServicesFromCodeHost::repo_uuid`](crate::requests::LoadServicesFromCodeHost::repo_uuid).
    pub fn repo_uuid(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.repo_uuid(value);
        self
    }
    /// Sets the optional query parameter `namespace`; see [`requests::LoadServicesFromCodeHost::namespace`](crate::requests::LoadServicesFromCodeHost::namespace).
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.namespace(value);
        self
    }
    /// Sets the optional query parameter `branchName`; see [`requests::LoadServicesFromCodeHost::branch_name`](crate::requests::LoadServicesFromCodeHost::branch_name).
    pub fn branch_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.branch_name(value);
        self
    }
    /// Sets the optional query parameter `remoteName`; see [`requests::LoadServicesFromCodeHost::remote_name`](crate::requests::LoadServicesFromCodeHost::remote_name).
    pub fn remote_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.remote_name(value);
        self
    }
    /// Sets the optional query parameter `production`; see [`requests::LoadServicesFromCodeHost::production`](crate::requests::LoadServicesFromCodeHost::production).
    pub fn production(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.production(value);
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
    /// See [`Client::load_services_from_code_host`](crate::Client::load_services_from_code_host); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::load_services_from_code_host_by_name`](crate::blocking::Client::load_services_from_code_host_by_name): `POST /openapi/service/loader/load`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct LoadServicesFromCodeHostByName<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::LoadServicesFromCodeHostByName<'a>,
}
impl<'a> LoadServicesFromCodeHostByName<'a> {
    /// Sets the optional query parameter `repoName`; see [`requests::LoadServicesFromCodeHostByName::repo_name`](crate::requests::LoadServicesFromCodeHostByName::repo_name).
    pub fn repo_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.repo_name(value);
        self
    }
    /// Sets the optional query parameter `repoUUID`; see [`requests::LoadServicesFromCodeHostByName::repo_uuid`](crate::requests::LoadServicesFromCodeHostByName::repo_uuid).
    pub fn repo_uuid(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.repo_uuid(value);
        self
    }
    /// Sets the optional query parameter `namespace`; see [`requests::LoadServicesFromCodeHostByName::namespace`](crate::requests::LoadServicesFromCodeHostByName::namespace).
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.namespace(value);
        self
    }
    /// Sets the optional query parameter `branchName`; see [`requests::LoadServicesFromCodeHostByName::branch_name`](crate::requests::LoadServicesFromCodeHostByName::branch_name).
    pub fn branch_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.branch_name(value);
        self
    }
    /// Sets the optional query parameter `remoteName`; see [`requests::LoadServicesFromCodeHostByName::remote_name`](crate::requests::LoadServicesFromCodeHostByName::remote_name).
    pub fn remote_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.remote_name(value);
        self
    }
    /// Sets the optional query parameter `production`; see [`requests::LoadServicesFromCodeHostByName::production`](crate::requests::LoadServicesFromCodeHostByName::production).
    pub fn production(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.production(value);
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
    /// See [`Client::load_services_from_code_host_by_name`](crate::Client::load_services_from_code_host_by_name); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::load_helm_services`](crate::blocking::Client::load_helm_services): `POST /openapi/service/helm/load`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct LoadHelmServices<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::LoadHelmServices<'a>,
}
impl<'a> LoadHelmServices<'a> {
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
    /// See [`Client::load_helm_services`](crate::Client::load_helm_services); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::HelmServiceLoadResult> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_helm_service_from_template`](crate::blocking::Client::create_helm_service_from_template): `POST /openapi/service/template/load/helm`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateHelmServiceFromTemplate<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateHelmServiceFromTemplate<'a>,
}
impl<'a> CreateHelmServiceFromTemplate<'a> {
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
    /// See [`Client::create_helm_service_from_template`](crate::Client::create_helm_service_from_template); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_chart_templates`](crate::blocking::Client::list_chart_templates): `GET /openapi/templates/charts`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListChartTemplates<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListChartTemplates<'a>,
}
impl<'a> ListChartTemplates<'a> {
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
    /// See [`Client::list_chart_templates`](crate::Client::list_chart_templates); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ChartTemplateList> {
        self.client.block_on(self.inner.send())
    }
}
