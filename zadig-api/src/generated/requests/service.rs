// @generated from spec/service.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Service API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
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
            project_key: project_key.into(),
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            service_name: service_name.into(),
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            service_name: service_name.into(),
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
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
            body,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            body,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            body,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            service_name: service_name.into(),
            body,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            service_name: service_name.into(),
            body,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            service_name: service_name.into(),
            body,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            service_name: service_name.into(),
            body,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            service_name: service_name.into(),
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            service_name: service_name.into(),
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            service_name: service_name.into(),
            production: None,
            options: CallOptions::default(),
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
            codehost_id,
            repo_owner: repo_owner.into(),
            body,
            repo_name: None,
            repo_uuid: None,
            namespace: None,
            branch_name: None,
            remote_name: None,
            production: None,
            options: CallOptions::default(),
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
            codehost_name: codehost_name.into(),
            repo_owner: repo_owner.into(),
            body,
            repo_name: None,
            repo_uuid: None,
            namespace: None,
            branch_name: None,
            remote_name: None,
            production: None,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            body,
            options: CallOptions::default(),
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
            project_key: project_key.into(),
            body,
            options: CallOptions::default(),
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
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::list_services`](crate::Client::list_services): `GET /openapi/service/yaml/services`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListServices<'a> {
    client: &'a crate::Client,
    project_key: String,
    options: CallOptions,
}
impl<'a> ListServices<'a> {
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
    /// Sends the request and returns the decoded list of [`ServiceBrief`](crate::types::ServiceBrief).
    ///
    /// # Errors
    ///
    /// See [`Client::list_services`](crate::Client::list_services).
    pub async fn send(self) -> crate::Result<Vec<crate::types::ServiceBrief>> {
        let mut request = Request::new(
            "list_services",
            reqwest::Method::GET,
            "/openapi/service/yaml/services",
        );
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_production_services`](crate::Client::list_production_services): `GET /openapi/service/yaml/production/services`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListProductionServices<'a> {
    client: &'a crate::Client,
    project_key: String,
    options: CallOptions,
}
impl<'a> ListProductionServices<'a> {
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
    /// Sends the request and returns the decoded list of [`ServiceBrief`](crate::types::ServiceBrief).
    ///
    /// # Errors
    ///
    /// See [`Client::list_production_services`](crate::Client::list_production_services).
    pub async fn send(self) -> crate::Result<Vec<crate::types::ServiceBrief>> {
        let mut request = Request::new(
            "list_production_services",
            reqwest::Method::GET,
            "/openapi/service/yaml/production/services",
        );
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_service`](crate::Client::get_service): `GET /openapi/service/yaml/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetService<'a> {
    client: &'a crate::Client,
    project_key: String,
    service_name: String,
    options: CallOptions,
}
impl<'a> GetService<'a> {
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
    /// Sends the request and returns the decoded [`ServiceDetail`](crate::types::ServiceDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_service`](crate::Client::get_service).
    pub async fn send(self) -> crate::Result<crate::types::ServiceDetail> {
        let mut request = Request::new(
            "get_service",
            reqwest::Method::GET,
            "/openapi/service/yaml/{serviceName}",
        );
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_production_service`](crate::Client::get_production_service): `GET /openapi/service/yaml/production/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetProductionService<'a> {
    client: &'a crate::Client,
    project_key: String,
    service_name: String,
    options: CallOptions,
}
impl<'a> GetProductionService<'a> {
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
    /// Sends the request and returns the decoded [`ServiceDetail`](crate::types::ServiceDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_production_service`](crate::Client::get_production_service).
    pub async fn send(self) -> crate::Result<crate::types::ServiceDetail> {
        let mut request = Request::new(
            "get_production_service",
            reqwest::Method::GET,
            "/openapi/service/yaml/production/{serviceName}",
        );
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_service_from_template`](crate::Client::create_service_from_template): `POST /openapi/service/template/load/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateServiceFromTemplate<'a> {
    client: &'a crate::Client,
    body: crate::types::ServiceFromYamlTemplateRequest,
    options: CallOptions,
}
impl<'a> CreateServiceFromTemplate<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_service_from_template`](crate::Client::create_service_from_template).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_service_from_template",
            reqwest::Method::POST,
            "/openapi/service/template/load/yaml",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_production_service_from_template`](crate::Client::create_production_service_from_template): `POST /openapi/service/template/production/load/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateProductionServiceFromTemplate<'a> {
    client: &'a crate::Client,
    body: crate::types::ServiceFromYamlTemplateRequest,
    options: CallOptions,
}
impl<'a> CreateProductionServiceFromTemplate<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_production_service_from_template`](crate::Client::create_production_service_from_template).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_production_service_from_template",
            reqwest::Method::POST,
            "/openapi/service/template/production/load/yaml",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_raw_service`](crate::Client::create_raw_service): `POST /openapi/service/yaml/raw`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateRawService<'a> {
    client: &'a crate::Client,
    project_key: String,
    body: crate::types::RawYamlServiceRequest,
    options: CallOptions,
}
impl<'a> CreateRawService<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_raw_service`](crate::Client::create_raw_service).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_raw_service",
            reqwest::Method::POST,
            "/openapi/service/yaml/raw",
        );
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_raw_production_service`](crate::Client::create_raw_production_service): `POST /openapi/service/yaml/production/raw`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateRawProductionService<'a> {
    client: &'a crate::Client,
    project_key: String,
    body: crate::types::RawYamlServiceRequest,
    options: CallOptions,
}
impl<'a> CreateRawProductionService<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_raw_production_service`](crate::Client::create_raw_production_service).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_raw_production_service",
            reqwest::Method::POST,
            "/openapi/service/yaml/production/raw",
        );
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_service`](crate::Client::update_service): `PUT /openapi/service/yaml/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateService<'a> {
    client: &'a crate::Client,
    project_key: String,
    service_name: String,
    body: crate::types::ServiceConfigUpdate,
    options: CallOptions,
}
impl<'a> UpdateService<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::update_service`](crate::Client::update_service).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_service",
            reqwest::Method::PUT,
            "/openapi/service/yaml/{serviceName}",
        );
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_production_service`](crate::Client::update_production_service): `PUT /openapi/service/yaml/production/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateProductionService<'a> {
    client: &'a crate::Client,
    project_key: String,
    service_name: String,
    body: crate::types::ServiceConfigUpdate,
    options: CallOptions,
}
impl<'a> UpdateProductionService<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::update_production_service`](crate::Client::update_production_service).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_production_service",
            reqwest::Method::PUT,
            "/openapi/service/yaml/production/{serviceName}",
        );
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_service_variables`](crate::Client::update_service_variables): `PUT /openapi/service/yaml/{serviceName}/variable`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateServiceVariables<'a> {
    client: &'a crate::Client,
    project_key: String,
    service_name: String,
    body: crate::types::ServiceVariablesUpdate,
    options: CallOptions,
}
impl<'a> UpdateServiceVariables<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::update_service_variables`](crate::Client::update_service_variables).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_service_variables",
            reqwest::Method::PUT,
            "/openapi/service/yaml/{serviceName}/variable",
        );
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_production_service_variables`](crate::Client::update_production_service_variables): `PUT /openapi/service/yaml/production/{serviceName}/variable`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateProductionServiceVariables<'a> {
    client: &'a crate::Client,
    project_key: String,
    service_name: String,
    body: crate::types::ServiceVariablesUpdate,
    options: CallOptions,
}
impl<'a> UpdateProductionServiceVariables<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::update_production_service_variables`](crate::Client::update_production_service_variables).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_production_service_variables",
            reqwest::Method::PUT,
            "/openapi/service/yaml/production/{serviceName}/variable",
        );
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_service`](crate::Client::delete_service): `DELETE /openapi/service/yaml/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteService<'a> {
    client: &'a crate::Client,
    project_key: String,
    service_name: String,
    options: CallOptions,
}
impl<'a> DeleteService<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_service`](crate::Client::delete_service).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_service",
            reqwest::Method::DELETE,
            "/openapi/service/yaml/{serviceName}",
        );
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_production_service`](crate::Client::delete_production_service): `DELETE /openapi/service/yaml/production/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteProductionService<'a> {
    client: &'a crate::Client,
    project_key: String,
    service_name: String,
    options: CallOptions,
}
impl<'a> DeleteProductionService<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_production_service`](crate::Client::delete_production_service).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_production_service",
            reqwest::Method::DELETE,
            "/openapi/service/yaml/production/{serviceName}",
        );
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::list_service_labels`](crate::Client::list_service_labels): `GET /openapi/service/yaml/{name}/labels`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListServiceLabels<'a> {
    client: &'a crate::Client,
    project_key: String,
    service_name: String,
    production: Option<String>,
    options: CallOptions,
}
impl<'a> ListServiceLabels<'a> {
    /// `true` for the production service, `false` for the test service; any other value (or none) does not filter on the kind of service (query `production`).
    pub fn production(mut self, value: impl Into<String>) -> Self {
        self.production = Some(value.into());
        self
    }
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
    /// Sends the request and returns the decoded list of [`ServiceLabel`](crate::types::ServiceLabel).
    ///
    /// # Errors
    ///
    /// See [`Client::list_service_labels`](crate::Client::list_service_labels).
    pub async fn send(self) -> crate::Result<Vec<crate::types::ServiceLabel>> {
        let mut request = Request::new(
            "list_service_labels",
            reqwest::Method::GET,
            "/openapi/service/yaml/{name}/labels",
        );
        request.path_param("name", &self.service_name);
        request.query("projectKey", &self.project_key);
        if let Some(value) = &self.production {
            request.query("production", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::load_services_from_code_host`](crate::Client::load_services_from_code_host): `POST /openapi/service/loader/load/{codehostId}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct LoadServicesFromCodeHost<'a> {
    client: &'a crate::Client,
    codehost_id: i64,
    repo_owner: String,
    body: crate::types::ServiceFromCodeHostRequest,
    repo_name: Option<String>,
    repo_uuid: Option<String>,
    namespace: Option<String>,
    branch_name: Option<String>,
    remote_name: Option<String>,
    production: Option<String>,
    options: CallOptions,
}
impl<'a> LoadServicesFromCodeHost<'a> {
    /// Name of the repository; the server needs it or `repoUUID` (query `repoName`).
    pub fn repo_name(mut self, value: impl Into<String>) -> Self {
        self.repo_name = Some(value.into());
        self
    }
    /// UUID of the repository, for code hosts that identify repositories that way; the server needs it or `repoName` (query `repoUUID`).
    pub fn repo_uuid(mut self, value: impl Into<String>) -> Self {
        self.repo_uuid = Some(value.into());
        self
    }
    /// Namespace (group path) of the repository, where the code host has one (query `namespace`).
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Branch to read the files from (query `branchName`).
    pub fn branch_name(mut self, value: impl Into<String>) -> Self {
        self.branch_name = Some(value.into());
        self
    }
    /// Name of the git remote, for code hosts that use one (e.g. Gerrit) (query `remoteName`).
    pub fn remote_name(mut self, value: impl Into<String>) -> Self {
        self.remote_name = Some(value.into());
        self
    }
    /// `true` to create production services; anything else creates test services (query `production`).
    pub fn production(mut self, value: impl Into<String>) -> Self {
        self.production = Some(value.into());
        self
    }
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::load_services_from_code_host`](crate::Client::load_services_from_code_host).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "load_services_from_code_host",
            reqwest::Method::POST,
            "/openapi/service/loader/load/{codehostId}",
        );
        request.path_param("codehostId", &self.codehost_id.to_string());
        request.query("repoOwner", &self.repo_owner);
        if let Some(value) = &self.repo_name {
            request.query("repoName", value);
        }
        if let Some(value) = &self.repo_uuid {
            request.query("repoUUID", value);
        }
        if let Some(value) = &self.namespace {
            request.query("namespace", value);
        }
        if let Some(value) = &self.branch_name {
            request.query("branchName", value);
        }
        if let Some(value) = &self.remote_name {
            request.query("remoteName", value);
        }
        if let Some(value) = &self.production {
            request.query("production", value);
        }
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::load_services_from_code_host_by_name`](crate::Client::load_services_from_code_host_by_name): `POST /openapi/service/loader/load`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct LoadServicesFromCodeHostByName<'a> {
    client: &'a crate::Client,
    codehost_name: String,
    repo_owner: String,
    body: crate::types::ServiceFromCodeHostRequest,
    repo_name: Option<String>,
    repo_uuid: Option<String>,
    namespace: Option<String>,
    branch_name: Option<String>,
    remote_name: Option<String>,
    production: Option<String>,
    options: CallOptions,
}
impl<'a> LoadServicesFromCodeHostByName<'a> {
    /// Name of the repository; the server needs it or `repoUUID` (query `repoName`).
    pub fn repo_name(mut self, value: impl Into<String>) -> Self {
        self.repo_name = Some(value.into());
        self
    }
    /// UUID of the repository, for code hosts that identify repositories that way; the server needs it or `repoName` (query `repoUUID`).
    pub fn repo_uuid(mut self, value: impl Into<String>) -> Self {
        self.repo_uuid = Some(value.into());
        self
    }
    /// Namespace (group path) of the repository, where the code host has one (query `namespace`).
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.namespace = Some(value.into());
        self
    }
    /// Branch to read the files from (query `branchName`).
    pub fn branch_name(mut self, value: impl Into<String>) -> Self {
        self.branch_name = Some(value.into());
        self
    }
    /// Name of the git remote, for code hosts that use one (e.g. Gerrit) (query `remoteName`).
    pub fn remote_name(mut self, value: impl Into<String>) -> Self {
        self.remote_name = Some(value.into());
        self
    }
    /// `true` to create production services; anything else creates test services (query `production`).
    pub fn production(mut self, value: impl Into<String>) -> Self {
        self.production = Some(value.into());
        self
    }
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::load_services_from_code_host_by_name`](crate::Client::load_services_from_code_host_by_name).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "load_services_from_code_host_by_name",
            reqwest::Method::POST,
            "/openapi/service/loader/load",
        );
        request.query("codehostName", &self.codehost_name);
        request.query("repoOwner", &self.repo_owner);
        if let Some(value) = &self.repo_name {
            request.query("repoName", value);
        }
        if let Some(value) = &self.repo_uuid {
            request.query("repoUUID", value);
        }
        if let Some(value) = &self.namespace {
            request.query("namespace", value);
        }
        if let Some(value) = &self.branch_name {
            request.query("branchName", value);
        }
        if let Some(value) = &self.remote_name {
            request.query("remoteName", value);
        }
        if let Some(value) = &self.production {
            request.query("production", value);
        }
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::load_helm_services`](crate::Client::load_helm_services): `POST /openapi/service/helm/load`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct LoadHelmServices<'a> {
    client: &'a crate::Client,
    project_key: String,
    body: crate::types::HelmServiceLoadRequest,
    options: CallOptions,
}
impl<'a> LoadHelmServices<'a> {
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
    /// Sends the request and returns the decoded [`HelmServiceLoadResult`](crate::types::HelmServiceLoadResult).
    ///
    /// # Errors
    ///
    /// See [`Client::load_helm_services`](crate::Client::load_helm_services).
    pub async fn send(self) -> crate::Result<crate::types::HelmServiceLoadResult> {
        let mut request = Request::new(
            "load_helm_services",
            reqwest::Method::POST,
            "/openapi/service/helm/load",
        );
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_helm_service_from_template`](crate::Client::create_helm_service_from_template): `POST /openapi/service/template/load/helm`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateHelmServiceFromTemplate<'a> {
    client: &'a crate::Client,
    project_key: String,
    body: crate::types::HelmServiceFromTemplateRequest,
    options: CallOptions,
}
impl<'a> CreateHelmServiceFromTemplate<'a> {
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_helm_service_from_template`](crate::Client::create_helm_service_from_template).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_helm_service_from_template",
            reqwest::Method::POST,
            "/openapi/service/template/load/helm",
        );
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::list_chart_templates`](crate::Client::list_chart_templates): `GET /openapi/templates/charts`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListChartTemplates<'a> {
    client: &'a crate::Client,
    options: CallOptions,
}
impl<'a> ListChartTemplates<'a> {
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
    /// Sends the request and returns the decoded [`ChartTemplateList`](crate::types::ChartTemplateList).
    ///
    /// # Errors
    ///
    /// See [`Client::list_chart_templates`](crate::Client::list_chart_templates).
    pub async fn send(self) -> crate::Result<crate::types::ChartTemplateList> {
        let request = Request::new(
            "list_chart_templates",
            reqwest::Method::GET,
            "/openapi/templates/charts",
        );
        self.client.send_json(request, self.options).await
    }
}
